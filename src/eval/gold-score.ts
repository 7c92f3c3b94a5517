/**
 * Score an export against a gold file with the rules of the shared gold README, category by
 * category, listing every miss. On the same export it reports what the reference scorer
 * (score.py) reports; test/eval/gold-score.test.ts checks that against the Python original.
 */
import type { SitrepAnalysisExportVersion1 } from '../model/analysis.generated.js';
import { kilometres, mixedScriptWords, normaliseForGold as norm } from './normalise.js';

/** Gold for one document (shared gold README, "DocGold"). */
export interface DocGold {
  readonly published?: string;
  readonly outlet?: string;
  readonly author?: string;
  readonly homoglyphs: boolean;
  readonly must_remove: readonly string[];
  readonly must_keep: readonly string[];
  readonly entities: readonly (readonly [string, string])[];
  readonly not_entities?: readonly string[];
  readonly quotes: readonly { readonly speaker: string; readonly snippet: string }[];
  readonly quantities: readonly { readonly value: number; readonly claimant: string | null }[];
  readonly times: readonly { readonly text: string; readonly value: string }[];
  readonly places: readonly { readonly name: string; readonly lat: number; readonly lon: number; readonly km?: number }[];
}

/** A gold file. */
export interface GoldFile {
  readonly documents: Readonly<Record<string, DocGold>>;
  readonly same_entity?: readonly (readonly [string, readonly string[]])[];
  readonly stories?: readonly (readonly string[])[];
  readonly duplicates?: readonly (readonly [string, string])[];
  readonly contradictions?: readonly (readonly [number, number])[];
  readonly agreements?: readonly (readonly [number, number])[];
  readonly must_not_pair?: readonly (readonly [number, number, string])[];
}

/** The categories, in the order the reference scorer prints them. */
export const CATEGORIES = ['documents', 'cleaning', 'metadata', 'entities', 'quotes', 'quantities', 'times', 'places', 'resolution', 'stories', 'duplicates', 'conflicts'] as const;
/** A category. */
export type Category = (typeof CATEGORIES)[number];

/** Hits and totals per category, and every miss. */
export interface GoldScore {
  readonly categories: Partial<Record<Category, { hit: number; total: number }>>;
  readonly misses: readonly string[];
}

type ExportDocument = SitrepAnalysisExportVersion1['documents'][number];

/** Score an export against gold. */
export function scoreAgainstGold(analysis: SitrepAnalysisExportVersion1, gold: GoldFile): GoldScore {
  const categories: Partial<Record<Category, { hit: number; total: number }>> = {};
  const misses: string[] = [];
  const tally = (category: Category, ok: boolean): void => {
    const current = categories[category] ?? { hit: 0, total: 0 };
    categories[category] = { hit: current.hit + (ok ? 1 : 0), total: current.total + 1 };
  };
  const entities = new Map(analysis.entities.map((entity) => [entity.id, entity]));
  const entityName = (id: string | null | undefined): string => {
    const entity = id ? entities.get(id) : undefined;
    return entity ? norm(entity.name) : '';
  };
  const docs = new Map<string, ExportDocument>();
  for (const doc of analysis.documents) docs.set((doc.source.path ?? '').split('/').pop() ?? '', doc);

  for (const [name, g] of Object.entries(gold.documents)) {
    const d = docs.get(name);
    if (d === undefined) {
      tally('documents', false);
      const counts: [Category, number][] = [
        ['cleaning', g.must_remove.length + g.must_keep.length + 1],
        ['metadata', [g.published, g.outlet, g.author].filter(Boolean).length],
        ['entities', g.entities.length + (g.not_entities ?? []).length],
        ['quotes', g.quotes.length],
        ['quantities', g.quantities.length],
        ['times', g.times.length],
        ['places', g.places.length],
      ];
      for (const [category, count] of counts) for (let index = 0; index < count; index += 1) tally(category, false);
      misses.push(`${name}: missing from export`);
      continue;
    }
    tally('documents', true);
    scoreDocument(name, d, g, { tally, misses, entityName });
  }
  scoreCorpus(analysis, gold, docs, { tally, misses, entityName });
  return { categories, misses };
}

interface Scoring {
  readonly tally: (category: Category, ok: boolean) => void;
  readonly misses: string[];
  readonly entityName: (id: string | null | undefined) => string;
}

const CYRILLIC_BLOCK = /[\u0400-\u04ff]/gu;
/** Python's repr() of a string, so miss lines read exactly as the reference scorer prints them. */
function pyRepr(value: string): string {
  const escaped = value.replaceAll('\\', '\\\\').replaceAll('\n', '\\n');
  if (value.includes("'") && !value.includes('"')) return `"${escaped}"`;
  return `'${escaped.replaceAll("'", "\\'")}'`;
}

function scoreDocument(name: string, d: ExportDocument, g: DocGold, { tally, misses, entityName }: Scoring): void {
  const text = norm(d.text);
  for (const s of g.must_remove) {
    const ok = !text.includes(norm(s));
    tally('cleaning', ok);
    if (!ok) misses.push(`${name}: boilerplate kept: ${pyRepr(s)}`);
  }
  for (const s of g.must_keep) {
    const ok = text.includes(norm(s));
    tally('cleaning', ok);
    if (!ok) misses.push(`${name}: body text lost: ${pyRepr(s)}`);
  }
  const count = d.cleaning.homoglyphs.count;
  const left = mixedScriptWords(d.text);
  if (g.homoglyphs) left.push(...(d.text.match(CYRILLIC_BLOCK) ?? []));
  const homoglyphsOk = count > 0 === g.homoglyphs && left.length === 0;
  tally('cleaning', homoglyphsOk);
  if (!homoglyphsOk) misses.push(`${name}: homoglyph repair wrong (count ${count}, left [${left.slice(0, 3).map(pyRepr).join(', ')}])`);
  const published = d.published.value ?? '';
  if (g.published) {
    const ok = published.startsWith(g.published);
    tally('metadata', ok);
    if (!ok) misses.push(`${name}: published ${pyRepr(published)} != ${g.published}`);
  }
  const outlet = norm(d.source.outlet);
  if (g.outlet) {
    const want = norm(g.outlet);
    const ok = outlet === want || (outlet !== '' && outlet.replace(/^the /u, '') === want.replace(/^the /u, ''));
    tally('metadata', ok);
    if (!ok) misses.push(`${name}: outlet ${pyRepr(outlet)} != ${pyRepr(g.outlet)}`);
  }
  if (g.author) {
    const author = norm(d.source.author);
    const ok = author === norm(g.author);
    tally('metadata', ok);
    if (!ok) misses.push(`${name}: author ${pyRepr(author)} != ${pyRepr(g.author)}`);
  }
  const lastWord = (value: string): string => value.split(' ').pop() ?? '';
  for (const [goldName, goldType] of g.entities) {
    const want = norm(goldName);
    const found = d.mentions.some((m) => {
      if (!(m.type === goldType || (['GPE', 'LOC'].includes(goldType) && ['GPE', 'LOC'].includes(m.type)))) return false;
      const candidates = [norm(m.text), entityName(m.entity)];
      return candidates.includes(want) || (goldType === 'PERSON' && candidates.some((c) => c !== '' && lastWord(c) === lastWord(want)));
    });
    tally('entities', found);
    if (!found) misses.push(`${name}: entity missed: ${goldName} (${goldType})`);
  }
  for (const bad of g.not_entities ?? []) {
    const ok = !d.mentions.some((m) => norm(m.text) === norm(bad));
    tally('entities', ok);
    if (!ok) misses.push(`${name}: junk entity: ${pyRepr(bad)}`);
  }
  for (const gq of g.quotes) {
    const snippet = norm(gq.snippet);
    const speaker = norm(gq.speaker);
    const ok = d.quotes.some((q) => norm(q.text).includes(snippet) && (entityName(q.speaker).includes(speaker) || norm(q.speakerText).includes(speaker)));
    tally('quotes', ok);
    if (!ok) misses.push(`${name}: quote missed: ${gq.speaker}: ${pyRepr(gq.snippet)}`);
  }
  for (const gq of g.quantities) {
    const ok = d.quantities.some((q) => {
      if (Math.abs(q.value - gq.value) > 1e-6) return false;
      if (gq.claimant === null) return true;
      const claimant = norm(gq.claimant);
      return entityName(q.claimant).includes(claimant) || norm(q.claimantText).includes(claimant);
    });
    tally('quantities', ok);
    if (!ok) misses.push(`${name}: quantity missed: ${gq.value} by ${gq.claimant ?? 'None'}`);
  }
  for (const gt of g.times) {
    const ok = d.times.some((t) => norm(t.text).includes(norm(gt.text)) && (t.value ?? '').startsWith(gt.value));
    tally('times', ok);
    if (!ok) misses.push(`${name}: time missed: ${pyRepr(gt.text)} -> ${gt.value}`);
  }
  for (const gp of g.places) {
    const want = norm(gp.name);
    const ok = d.places.some((p) => (norm(p.name).includes(want) || norm(p.text).includes(want)) && kilometres(p.lat, p.lon, gp.lat, gp.lon) <= (gp.km ?? 50));
    tally('places', ok);
    if (!ok) misses.push(`${name}: place missed: ${gp.name}`);
  }
}

function scoreCorpus(analysis: SitrepAnalysisExportVersion1, gold: GoldFile, docs: ReadonlyMap<string, ExportDocument>, { tally, misses }: Scoring): void {
  for (const [surname, names] of gold.same_entity ?? []) {
    const ids = new Set<string | null>();
    for (const n of names) {
      const d = docs.get(n);
      if (!d) continue;
      for (const m of d.mentions) if (m.type === 'PERSON' && norm(m.text).includes(norm(surname))) ids.add(m.entity ?? null);
    }
    const ok = ids.size === 1 && !ids.has(null);
    tally('resolution', ok);
    if (!ok) misses.push(`${surname}: mentions resolve to ${ids.size} entities`);
  }
  const docId = (n: string): string | null => docs.get(n)?.id ?? null;
  const storyOf = new Map<string, string>();
  for (const story of analysis.stories) for (const id of story.documents) storyOf.set(id, story.id);
  const storyIds = (group: readonly string[]): Set<string | null> => new Set(group.map((n) => storyOf.get(docId(n) ?? '') ?? null));
  const groups = gold.stories ?? [];
  for (const group of groups) {
    const ids = storyIds(group);
    const ok = ids.size === 1 && !ids.has(null);
    tally('stories', ok);
    if (!ok) misses.push(`story split: [${group.map(pyRepr).join(', ')}]`);
  }
  const allGroups = groups.map(storyIds);
  for (let i = 0; i < allGroups.length; i += 1) {
    for (let j = i + 1; j < allGroups.length; j += 1) {
      const shared = [...(allGroups[i] ?? [])].filter((id) => id !== null && (allGroups[j] ?? new Set()).has(id));
      tally('stories', shared.length === 0);
      if (shared.length > 0) misses.push('separate stories merged');
    }
  }
  const pairKey = (a: string | null, b: string | null): string => [String(a), String(b)].sort().join('\u0000');
  const pairs = new Set(analysis.duplicates.map((p) => pairKey(p.a, p.b)));
  for (const [a, b] of gold.duplicates ?? []) {
    const ok = pairs.has(pairKey(docId(a), docId(b)));
    tally('duplicates', ok);
    if (!ok) misses.push(`duplicate missed: ${a} ~ ${b}`);
  }
  const goldDuplicates = gold.duplicates ?? [];
  for (const group of groups) {
    for (const a of group) {
      for (const b of group) {
        if (!(a < b)) continue;
        if (goldDuplicates.some(([x, y]) => (x === a && y === b) || (x === b && y === a))) continue;
        const kinds = analysis.duplicates.filter((p) => pairKey(p.a, p.b) === pairKey(docId(a), docId(b))).map((p) => p.kind);
        const ok = !kinds.some((kind) => kind === 'exact' || kind === 'near');
        tally('duplicates', ok);
        if (!ok) misses.push(`false duplicate: ${a} ~ ${b}`);
      }
    }
  }
  const claims = new Map(analysis.claims.map((claim) => [claim.id, claim]));
  const valuesOf = (ids: readonly string[]): number[] => ids.filter((id) => claims.has(id)).map((id) => claims.get(id)?.value ?? Number.NaN);
  const hasConflict = (kind: string, v1: number, v2: number): boolean =>
    analysis.conflicts.some((c) => c.kind === kind && valuesOf(c.claims).includes(v1) && valuesOf(c.claims).includes(v2));
  for (const [v1, v2] of gold.contradictions ?? []) {
    const ok = hasConflict('contradiction', v1, v2);
    tally('conflicts', ok);
    if (!ok) misses.push(`contradiction missed: ${v1} vs ${v2}`);
  }
  for (const [v1, v2] of gold.agreements ?? []) {
    const ok = hasConflict('agreement', v1, v2);
    tally('conflicts', ok);
    if (!ok) misses.push(`agreement missed: ${v1} ~ ${v2}`);
  }
  for (const [v1, , why] of gold.must_not_pair ?? []) {
    const bad = analysis.conflicts.some((c) => {
      const values = valuesOf(c.claims);
      const documents = new Set(c.claims.filter((id) => claims.has(id)).map((id) => claims.get(id)?.document));
      return values.filter((value) => value === v1).length >= 2 && documents.size >= 2;
    });
    tally('conflicts', !bad);
    if (bad) misses.push(`false pairing: ${why}`);
  }
}

/** The reference scorer's report: one `  miss:` line each, then the score line. */
export function formatGoldScore(score: GoldScore, only?: ReadonlySet<string>): { text: string; worst: number } {
  const lines = score.misses.map((miss) => `  miss: ${miss}`);
  const parts: string[] = [];
  let worst = 1;
  let hit = 0;
  let total = 0;
  for (const category of CATEGORIES) {
    const figures = score.categories[category];
    if (figures === undefined) continue;
    hit += figures.hit;
    total += figures.total;
    if (figures.total === 0 || (only !== undefined && !only.has(category))) continue;
    worst = Math.min(worst, figures.hit / figures.total);
    parts.push(`${category} ${figures.hit}/${figures.total}`);
  }
  lines.push(`score: ${hit}/${total} = ${(hit / Math.max(total, 1)).toFixed(2)} overall, worst category ${worst.toFixed(2)} (${parts.join(', ')})`);
  return { text: lines.join('\n'), worst };
}
