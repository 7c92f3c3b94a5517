/**
 * A short plain-text situation summary: what was read, from whom, over which dates, who is
 * involved, which stories, and where sources disagree.
 */
import type { CorpusFindings } from '../export/analysis-export.js';
import type { NewsDoc } from '../model/news-doc.js';

const TOP = 8;

function counted(values: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Summarise a corpus and its findings in a few lines of text. */
export function summarise(docs: readonly NewsDoc[], findings: CorpusFindings): string {
  const lines: string[] = [];
  const outlets = counted(docs.map((doc) => doc.meta.outlet ?? 'unknown outlet'));
  const dates = docs.map((doc) => doc.meta.published.value).filter((value): value is string => value !== null).sort();
  lines.push(`SITUATION SUMMARY: ${docs.length} articles from ${outlets.length} outlets${dates.length > 0 ? `, ${dates[0] ?? ''} to ${dates[dates.length - 1] ?? ''}` : ''}`);
  lines.push(`  outlets: ${outlets.map(([name, count]) => `${name} (${count})`).join(', ')}`);
  const removed = docs.reduce((sum, doc) => sum + doc.cleaning.removed.length, 0);
  const repaired = docs.reduce((sum, doc) => sum + doc.cleaning.homoglyphs.length, 0);
  lines.push(`  cleaning: ${removed} pieces of page furniture removed, ${repaired} disguised words repaired`);
  const people = counted(docs.flatMap((doc) => [...new Set(doc.layers.mentions.filter((mention) => mention.type === 'PERSON').map((mention) => mention.name))]));
  if (people.length > 0) lines.push(`  people: ${people.slice(0, TOP).map(([name, count]) => `${name} (${count} articles)`).join(', ')}`);
  const places = counted(docs.flatMap((doc) => [...new Set(doc.layers.places.map((place) => place.name))]));
  if (places.length > 0) lines.push(`  places: ${places.slice(0, TOP).map(([name]) => name).join(', ')}`);
  const quotes = docs.reduce((sum, doc) => sum + doc.layers.quotes.length, 0);
  const numbers = docs.reduce((sum, doc) => sum + doc.layers.quantities.length, 0);
  if (quotes + numbers > 0) lines.push(`  statements: ${quotes} quotes, ${numbers} claimed numbers`);
  for (const story of findings.stories.slice(0, TOP)) lines.push(`  story: ${story.label} (${story.documents.length} articles)`);
  if (findings.duplicates.length > 0) lines.push(`  copies and rewrites: ${findings.duplicates.length} pairs`);
  const contradictions = findings.conflicts.filter((conflict) => conflict.kind === 'contradiction');
  for (const conflict of contradictions.slice(0, TOP)) lines.push(`  CONTRADICTION: ${conflict.note}`);
  return lines.join('\n');
}
