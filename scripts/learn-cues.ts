/**
 * Learn the reporting-cue lexicon from PolNeAR's training part (BRAT Source / Cue / Content).
 *
 * For every Cue span: lower-case it, drop leading auxiliaries and adverbs ("has", "also"), and
 * count the first word left (the cue form) and the whole phrase. Each form's `rate` is how often
 * the word is a cue among all its occurrences in the training texts, so that words that are
 * sometimes cues ("called", "found") can be told from words that nearly always are ("said").
 * `thatShare` is the share of its contents that open with "that". The hand-written speech verbs
 * of data/lexicons/attribution-words.json are merged in and marked `manual`.
 *
 * usage: node --import tsx scripts/learn-cues.ts [polnear-folder] (default: ../shared/datasets/polnear)
 * writes data/lexicons/reporting-cues.json
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const OUTPUT = join(REPO, 'data/lexicons/reporting-cues.json');
const WORDS_FILE = join(REPO, 'data/lexicons/attribution-words.json');
const MIN_COUNT = 5;
const MIN_RATE = 0.5;
const MIN_PHRASE_COUNT = 5;
const WORD = /[a-z]+(?:'[a-z]+)?/gu;
const CURLY_APOSTROPHE = /[\u2018\u2019]/gu;
const ADVERB = /ly$/u;
const ANNOTATOR_SUFFIX = /_[^_]+\.ann$/u;

interface BratSpan {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Read the text-bound annotations of one BRAT file (discontinuous spans keep their outer bounds). */
function readSpans(path: string): Map<string, BratSpan> {
  const spans = new Map<string, BratSpan>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [id, info, text] = line.split('\t');
    if (id === undefined || !id.startsWith('T') || info === undefined) continue;
    const [type, ...positions] = info.split(/[ ;]/u);
    const numbers = positions.map(Number);
    if (type === undefined || numbers.length < 2) continue;
    spans.set(id, { type, start: Math.min(...numbers), end: Math.max(...numbers), text: text ?? '' });
  }
  return spans;
}

function words(text: string): string[] {
  return [...text.toLowerCase().replace(CURLY_APOSTROPHE, "'").matchAll(WORD)].map((match) => match[0]);
}

function main(): void {
  const folder = process.argv[2] ?? join(REPO, '../shared/datasets/polnear');
  const annFolder = join(folder, 'train/attributions');
  if (!existsSync(annFolder)) throw new Error(`no PolNeAR training data at ${annFolder}`);
  const lexicon = JSON.parse(readFileSync(WORDS_FILE, 'utf8')) as { speechVerbs: string[]; auxiliaries: string[]; speechNouns: string[] };
  const auxiliaries = new Set(lexicon.auxiliaries);
  const wordCounts = new Map<string, number>();
  const cueCounts = new Map<string, { count: number; that: number; after: number; bare: number }>();
  const phraseCounts = new Map<string, number>();
  const seenTexts = new Set<string>();
  let attributions = 0;
  for (const file of readdirSync(annFolder).filter((name) => name.endsWith('.ann')).sort()) {
    const base = file.replace(ANNOTATOR_SUFFIX, '');
    const textPath = join(folder, 'train/text', `${base}.txt`);
    if (!existsSync(textPath)) continue;
    const text = readFileSync(textPath, 'utf8');
    if (!seenTexts.has(base)) {
      seenTexts.add(base);
      for (const word of words(text)) wordCounts.set(word, (wordCounts.get(word) ?? 0) + 1);
    }
    const spans = readSpans(join(annFolder, file));
    for (const line of readFileSync(join(annFolder, file), 'utf8').split('\n')) {
      if (!line.startsWith('E')) continue;
      const roles = new Map((line.split('\t')[1] ?? '').split(' ').map((part) => part.split(':') as [string, string]));
      const cue = spans.get(roles.get('Cue') ?? '');
      const content = spans.get(roles.get('Content') ?? '');
      if (cue === undefined) continue;
      attributions += 1;
      const tokens = words(cue.text);
      while (tokens.length > 0 && auxiliaries.has(tokens[0] ?? '')) tokens.shift();
      const form = tokens[0];
      if (form === undefined || ADVERB.test(form)) continue;
      const key = tokens[0] === 'according' && tokens[1] === 'to' ? 'according to' : form;
      const entry = cueCounts.get(key) ?? { count: 0, that: 0, after: 0, bare: 0 };
      entry.count += 1;
      if (content !== undefined && content.start >= cue.end) {
        entry.after += 1;
        if (words(content.text)[0] === 'that' || words(text.slice(cue.end, content.start)).includes('that')) entry.that += 1;
        else if (words(text.slice(cue.end, content.start)).length === 0) entry.bare += 1;
      }
      cueCounts.set(key, entry);
      if (tokens.length > 1) phraseCounts.set(tokens.join(' '), (phraseCounts.get(tokens.join(' ')) ?? 0) + 1);
    }
  }
  const manual = new Set(lexicon.speechVerbs);
  const verbs = [...cueCounts.entries()]
    .map(([form, entry]) => ({
      form,
      count: entry.count,
      rate: Number((entry.count / Math.max(wordCounts.get(form) ?? entry.count, entry.count)).toFixed(3)),
      thatShare: entry.after === 0 ? 0 : Number((entry.that / entry.after).toFixed(3)),
      bareShare: Number((entry.bare / entry.count).toFixed(3)),
    }))
    .filter((verb) => (verb.count >= MIN_COUNT && verb.rate >= MIN_RATE && verb.form.length > 2) || manual.has(verb.form))
    .map((verb) => ({ ...verb, source: manual.has(verb.form) ? 'both' : 'polnear' }));
  const learned = new Set(verbs.map((verb) => verb.form));
  for (const form of manual) if (!learned.has(form)) verbs.push({ form, count: 0, rate: 0, thatShare: 0, bareShare: 0, source: 'manual' });
  verbs.sort((a, b) => b.count - a.count || a.form.localeCompare(b.form));
  const nouns = lexicon.speechNouns;
  const phrases = [...phraseCounts.entries()]
    .filter(([phrase, count]) => count >= MIN_PHRASE_COUNT && nouns.some((noun) => phrase.includes(` ${noun}`)))
    .map(([phrase, count]) => ({ phrase, count }))
    .sort((a, b) => b.count - a.count || a.phrase.localeCompare(b.phrase));
  const output = {
    about: 'Reporting cues learned from PolNeAR train by scripts/learn-cues.ts (do not edit by hand). form: the cue word after auxiliaries; count: times it was a cue; rate: count / occurrences of the word; thatShare: share of following contents opened by "that"; bareShare: share of all its attributions whose content follows the cue directly, with no "that" and no word between (a cue with a high bareShare may report content without "that"); source: polnear, manual (attribution-words.json) or both.',
    learnedFrom: { corpus: 'PolNeAR train', documents: seenTexts.size, attributions },
    thresholds: { minCount: MIN_COUNT, minRate: MIN_RATE, minPhraseCount: MIN_PHRASE_COUNT },
    verbs,
    phrases,
  };
  writeFileSync(OUTPUT, `${JSON.stringify(output, null, 1)}\n`);
  console.log(`${verbs.length} cue forms, ${phrases.length} phrases from ${attributions} attributions in ${seenTexts.size} documents`);
}

main();
