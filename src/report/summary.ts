/**
 * A short plain-text situation summary: what was read, from whom, over which dates, who is
 * involved, which stories, and where sources disagree. Documents and findings are read once, as
 * streams, so a large store is summarised without holding it.
 */
import type { FindingStreams } from '../export/analysis-export.js';
import type { NewsDoc } from '../model/news-doc.js';

const TOP = 8;

function ranked(counts: ReadonlyMap<string, number>): [string, number][] {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function add(counts: Map<string, number>, value: string): void {
  counts.set(value, (counts.get(value) ?? 0) + 1);
}

function first<T>(items: Iterable<T>, wanted: number, keep: (item: T) => boolean = () => true): T[] {
  const found: T[] = [];
  if (wanted <= 0) return found;
  for (const item of items) {
    if (!keep(item)) continue;
    found.push(item);
    if (found.length >= wanted) break;
  }
  return found;
}

function count(items: Iterable<unknown>): number {
  let total = 0;
  for (const _item of items) total += 1;
  return total;
}

/** Summarise a corpus and its findings in a few lines of text. */
export function summarise(docs: Iterable<NewsDoc>, findings: FindingStreams): string {
  const outlets = new Map<string, number>();
  const people = new Map<string, number>();
  const places = new Map<string, number>();
  let articles = 0;
  let earliest: string | undefined;
  let latest: string | undefined;
  let removed = 0;
  let repaired = 0;
  let quotes = 0;
  let numbers = 0;
  for (const doc of docs) {
    articles += 1;
    add(outlets, doc.meta.outlet ?? 'unknown outlet');
    const date = doc.meta.published.value;
    if (date !== null) {
      if (earliest === undefined || date < earliest) earliest = date;
      if (latest === undefined || date > latest) latest = date;
    }
    removed += doc.cleaning.removed.length;
    repaired += doc.cleaning.homoglyphs.length;
    for (const name of new Set(doc.layers.mentions.filter((mention) => mention.type === 'PERSON').map((mention) => mention.name))) add(people, name);
    for (const name of new Set(doc.layers.places.map((place) => place.name))) add(places, name);
    quotes += doc.layers.quotes.length;
    numbers += doc.layers.quantities.length;
  }
  const lines: string[] = [];
  const outletList = ranked(outlets);
  lines.push(`SITUATION SUMMARY: ${articles} articles from ${outletList.length} outlets${earliest !== undefined ? `, ${earliest} to ${latest ?? ''}` : ''}`);
  lines.push(`  outlets: ${outletList.map(([name, total]) => `${name} (${total})`).join(', ')}`);
  lines.push(`  cleaning: ${removed} pieces of page furniture removed, ${repaired} disguised words repaired`);
  const peopleList = ranked(people);
  if (peopleList.length > 0) lines.push(`  people: ${peopleList.slice(0, TOP).map(([name, total]) => `${name} (${total} articles)`).join(', ')}`);
  const placeList = ranked(places);
  if (placeList.length > 0) lines.push(`  places: ${placeList.slice(0, TOP).map(([name]) => name).join(', ')}`);
  if (quotes + numbers > 0) lines.push(`  statements: ${quotes} quotes, ${numbers} claimed numbers`);
  for (const story of first(findings.stories(), TOP)) lines.push(`  story: ${story.label} (${story.documents.length} articles)`);
  const pairs = count(findings.duplicates());
  if (pairs > 0) lines.push(`  copies and rewrites: ${pairs} pairs`);
  for (const conflict of first(findings.conflicts(), TOP, (item) => item.kind === 'contradiction')) lines.push(`  CONTRADICTION: ${conflict.note}`);
  return lines.join('\n');
}
