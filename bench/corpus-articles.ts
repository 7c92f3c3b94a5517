/**
 * Benchmark articles made from the sample corpus (examples/corpus, annotated once by the real
 * pipeline): each generated story takes one sample article as its skeleton and gives every
 * entity of it a new name (people and organisations new for every story; countries and regions
 * drawn from a pool of 600, so some recur across stories as real ones do); its articles are built
 * from paragraphs of the skeleton and of other sample articles, each keeping about two thirds of
 * its sentences, with the story's names substituted consistently, numbers scaled by the story and
 * varied by the article, dates moved to the story's days. Every annotation (mentions, quotes,
 * quantities, times, places, events, sentences) is carried over with its span shifted to the new
 * text, so resolve sees documents that read like news: named people and places, claims that
 * agree or disagree within a story, copies and rewrites of one another, a background of stock
 * phrasing shared across unrelated stories. Deterministic: the same index gives the same article.
 */
import type { AnnotationLayers, Mention, Place } from '../src/model/annotations.js';
import { createDoc, type NewsDoc } from '../src/model/news-doc.js';
import { resolveData } from '../src/resolve/resolve-data.js';
import { fnv, namesFor, type FormInfo, type NameKind } from './corpus-names.js';
import { rebuildParagraph, type Substitution } from './corpus-paragraph.js';

/** One annotated sample article, as the generator keeps it (serialisable). */
export interface SourceArticle {
  readonly id: string;
  readonly title: string | null;
  /** YYYY-MM-DD of publication, or null. */
  readonly published: string | null;
  readonly text: string;
  readonly layers: AnnotationLayers;
  /** Index of the sample article's story (from resolving the sample corpus). */
  readonly story: number;
}

/** The annotated sample corpus the generator works from (serialisable, so child processes share one annotation run). */
export interface SourceCorpus {
  readonly articles: readonly SourceArticle[];
  /** Entity id -> type and display name, from resolving the sample corpus. */
  readonly entities: Readonly<Record<string, { readonly type: string; readonly name: string }>>;
}

/** A sentence of a sample article: the article, the sentence's start and its paragraph's span. */
interface PoolSentence {
  readonly article: number;
  readonly start: number;
  readonly paragraph: { readonly start: number; readonly end: number };
}

/** A prepared generator: the sample articles cut into paragraphs, with their names. */
export interface CorpusGenerator {
  /** The generated article at a position. */
  article(index: number): NewsDoc;
}

const OUTLET_FIRST = ['The', 'Daily', 'Evening', 'Morning', 'Weekly', 'Coastal', 'Northern', 'Southern'];
const OUTLET_LAST = ['Ledger', 'Courier', 'Signal', 'Beacon', 'Herald', 'Times', 'Monitor', 'Gazette', 'Wire', 'Post', 'Chronicle', 'Observer'];
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2000, 0, 1) / DAY_MS;
/** Articles of eight consecutive stories (32 articles, on average four per story). */
const STORY_SIZES = [3, 5, 1, 6, 4, 2, 7, 4] as const;
const BLOCK = STORY_SIZES.reduce((sum, size) => sum + size, 0);
/** New stories a day. */
const STORIES_PER_DAY = 3;
/** Sentences of the skeleton in a story's pool at most. */
const POOL_OWN = 10;
/** Sentences of other sample articles in a story's pool. */
const POOL_BORROWED = 6;
/** Share of the pool's sentences (after the lead) an article takes, per thousand. */
const PICK_SENTENCE = 500;
/**
 * Share of the lower-case content words a story words its own way, per thousand. Note: with
 * fewer, two stories built on one sample article share sentences that differ only in their
 * names, which resolve's paraphrase test rightly takes for one sentence, so stories that have
 * nothing in common but their skeleton would pass for copies of each other.
 */
const REWORD = 300;
const VOCABULARY_WORD = /(?<![\p{L}\p{N}'’-])\p{Ll}[\p{Ll}'’-]{3,}(?![\p{L}\p{N}])/gu;
const PARTIAL_DATE = /^(\d{4})-(\d{2})-(\d{2})/u;

function epochDay(value: string | null): number | undefined {
  const match = PARTIAL_DATE.exec(value ?? '');
  if (match === null) return undefined;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The story and position in it of an article index. */
function placeOf(index: number): { story: number; position: number; size: number } {
  const block = Math.floor(index / BLOCK);
  let rest = index % BLOCK;
  for (const [offset, size] of STORY_SIZES.entries()) {
    if (rest < size) return { story: block * STORY_SIZES.length + offset, position: rest, size };
    rest -= size;
  }
  throw new Error('unreachable: the block sizes cover the block');
}

function kindOf(type: string | undefined): NameKind {
  if (type === 'PERSON') return 'person';
  if (type === 'GPE') return 'country';
  if (type === 'NORP') return 'people';
  if (type === 'LOC' || type === 'FAC') return 'place';
  return 'organisation';
}

/** The names of one sample article: surface forms with the entity each stands for. */
function formsOf(article: SourceArticle, corpus: SourceCorpus): Map<string, FormInfo> {
  const forms = new Map<string, FormInfo>();
  const overlapping = (place: Place): Mention | undefined => article.layers.mentions.find((mention) => mention.start < place.end && place.start < mention.end);
  for (const mention of article.layers.mentions) {
    if (mention.removed !== undefined) continue;
    const entity = mention.entity === null ? undefined : corpus.entities[mention.entity];
    const name = mention.name.trim();
    if (name.length < 2) continue;
    // Note: a mention resolve left without an entity is renamed by its own name; a person's text ("Ilić") may be shorter than its name ("Nenad Ilić").
    const info: FormInfo = { entity: mention.entity ?? `mention:${mention.type}:${name}`, kind: kindOf(entity?.type ?? mention.type), full: entity?.name ?? name };
    forms.set(name, info);
    if (info.kind === 'person' && mention.text !== name && mention.text.length >= 2 && !forms.has(mention.text)) forms.set(mention.text, info);
  }
  for (const place of article.layers.places) {
    if (place.removed !== undefined) continue;
    const mention = overlapping(place);
    const key = mention?.entity ?? `place:${place.gazetteerId ?? place.name}`;
    const kind: NameKind = place.placeKind === 'country' ? 'country' : 'place';
    for (const form of [place.text, place.name]) if (form.length >= 2 && !forms.has(form)) forms.set(form, { entity: key, kind, full: place.name });
  }
  return forms;
}

/** Prepare the generator over an annotated sample corpus. */
export function corpusGenerator(corpus: SourceCorpus): CorpusGenerator {
  const articles = corpus.articles;
  if (articles.length === 0) throw new Error('the sample corpus is empty');
  const forms = articles.map((article) => formsOf(article, corpus));
  const sentences: PoolSentence[][] = articles.map((article, position) => {
    const spans = new Map<number, { start: number; end: number }>();
    for (const sentence of article.layers.sentences) {
      const known = spans.get(sentence.paragraph);
      spans.set(sentence.paragraph, known === undefined ? { start: sentence.start, end: sentence.end } : { start: Math.min(known.start, sentence.start), end: Math.max(known.end, sentence.end) });
    }
    return [...article.layers.sentences]
      .filter((sentence) => sentence.removed === undefined && sentence.end > sentence.start)
      .sort((a, b) => a.start - b.start)
      .map((sentence) => ({ article: position, start: sentence.start, paragraph: spans.get(sentence.paragraph) ?? { start: sentence.start, end: sentence.end } }));
  });
  const everySentence = sentences.flat();
  const { stopwords } = resolveData();
  const vocabulary = new Map<number, string[]>();
  for (const word of new Set(articles.flatMap((article) => article.text.match(VOCABULARY_WORD) ?? []))) {
    if (stopwords.has(word)) continue;
    vocabulary.set(word.length, [...(vocabulary.get(word.length) ?? []), word]);
  }
  for (const list of vocabulary.values()) list.sort();
  const rewordFor = (story: number) => (word: string): string => {
    if (word.length < 4 || stopwords.has(word)) return word;
    const seed = fnv(`word ${story} ${word}`);
    const list = vocabulary.get(word.length);
    if (seed % 1000 >= REWORD || list === undefined || list.length < 2) return word;
    return list[(seed >>> 10) % list.length] ?? word;
  };

  /** The sentences a story's articles draw from: its skeleton's, then some of other sample articles. */
  const storyPool = (story: number, skeleton: number): PoolSentence[] => {
    const pool = (sentences[skeleton] ?? []).slice(0, POOL_OWN);
    for (let draw = 0; pool.length < POOL_OWN + POOL_BORROWED && draw < 4 * POOL_BORROWED; draw += 1) {
      const sentence = everySentence[fnv(`borrow ${story} ${draw}`) % everySentence.length];
      if (sentence !== undefined && !pool.includes(sentence)) pool.push(sentence);
    }
    return pool;
  };

  /** The sentences of one article, in runs of one sample paragraph each. */
  const plan = (story: number, basis: number, pool: readonly PoolSentence[]): PoolSentence[][] => {
    const [lead, ...rest] = pool;
    if (lead === undefined) return [];
    const chosen = [lead, ...rest.filter((sentence) => fnv(`pick ${story} ${basis} ${sentence.article} ${sentence.start}`) % 1000 < PICK_SENTENCE)];
    // Note: borrowed sentences are placed among the skeleton's at positions of their own, so the mix differs from article to article.
    const own = chosen.filter((sentence) => sentence.article === lead.article);
    for (const borrowed of chosen.filter((sentence) => sentence.article !== lead.article)) own.splice(1 + (fnv(`place ${story} ${basis} ${borrowed.article} ${borrowed.start}`) % own.length), 0, borrowed);
    const runs: PoolSentence[][] = [];
    for (const sentence of own) {
      const run = runs[runs.length - 1];
      const previous = run?.[run.length - 1];
      if (run !== undefined && previous !== undefined && previous.article === sentence.article && previous.paragraph === sentence.paragraph) run.push(sentence);
      else runs.push([sentence]);
    }
    return runs;
  };

  const build = (index: number, story: number, position: number, copyOf: number | undefined): NewsDoc => {
    // Note: a copy repeats the text of an earlier article of its story (its sentences, numbers and dates); only the outlet and the publication day are its own.
    const basis = copyOf ?? position;
    const skeleton = fnv(`skeleton ${story}`) % articles.length;
    const runs = plan(story, basis, storyPool(story, skeleton));
    const storyDay = FIRST_DAY + Math.floor(story / STORIES_PER_DAY);
    const textDay = storyDay + Math.min(basis, 5);
    const day = storyDay + Math.min(position, 5);
    const names = namesFor(story);
    const reword = rewordFor(story);
    const factor = 0.6 + (fnv(`factor ${story}`) % 1000) / 1000;
    const jitterSeed = fnv(`jitter ${story} ${basis}`) % 100;
    const jitter = basis === 0 || jitterSeed < 55 ? 1 : jitterSeed < 80 ? 1 + (jitterSeed % 2 === 0 ? 1 : -1) * 0.06 : jitterSeed % 2 === 0 ? 0.55 : 1.7;
    let text = '';
    const layers: AnnotationLayers = { sentences: [], mentions: [], quotes: [], quantities: [], times: [], places: [], events: [] };
    for (const run of runs) {
      const first = run[0];
      const source = first === undefined ? undefined : articles[first.article];
      if (first === undefined || source === undefined) continue;
      const sourceDay = epochDay(source.published);
      const starts = new Set(run.map((sentence) => sentence.start));
      const substitution: Substitution = {
        forms: forms[first.article] ?? new Map(),
        names,
        scale: factor * jitter,
        shiftDays: sourceDay === undefined ? 0 : textDay - sourceDay,
        keep: (start) => starts.has(start),
        reword,
      };
      const rebuilt = rebuildParagraph(source.text, source.layers, first.paragraph, substitution, layers.sentences.length === 0 ? 0 : (layers.sentences[layers.sentences.length - 1]?.paragraph ?? 0) + 1);
      if (rebuilt.text.length === 0) continue;
      const offset = text.length === 0 ? 0 : text.length + 2;
      text = text.length === 0 ? rebuilt.text : `${text}\n\n${rebuilt.text}`;
      for (const key of Object.keys(layers) as (keyof AnnotationLayers)[]) {
        const target = layers[key] as { start: number; end: number }[];
        for (const item of rebuilt.layers[key]) target.push({ ...item, start: item.start + offset, end: item.end + offset });
      }
    }
    const skeletonArticle = articles[skeleton];
    const outletSeed = fnv(`outlet ${story} ${position}`);
    const doc = createDoc({ source: { path: `bench-corpus-${index}.txt`, url: null, format: 'text' }, raw: text, hints: {}, hintBasis: 'bench' });
    doc.id = `doc_bench_${index}`;
    doc.layers = layers;
    doc.meta.outlet = `${OUTLET_FIRST[outletSeed % OUTLET_FIRST.length] ?? 'The'} ${OUTLET_LAST[(outletSeed >>> 3) % OUTLET_LAST.length] ?? 'Ledger'}`;
    doc.meta.published = { value: isoDay(day), basis: 'metadata' };
    doc.meta.title = skeletonArticle?.title === null || skeletonArticle?.title === undefined ? null : names.replaceIn(skeletonArticle.title, forms[skeleton] ?? new Map());
    doc.meta.language = 'eng';
    return doc;
  };

  return {
    article(index) {
      const { story, position } = placeOf(index);
      // Note: one rewrite in four (never the first article) is a copy of an earlier article of the story, from another outlet, up to a few days later.
      const copy = position > 0 && fnv(`copy ${story} ${position}`) % 4 === 0 ? fnv(`source ${story} ${position}`) % position : undefined;
      return build(index, story, position, copy);
    },
  };
}

/** The generated story an article index belongs to (for checks of the generator). */
export function generatedStory(index: number): number {
  return placeOf(index).story;
}
