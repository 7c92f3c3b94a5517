/**
 * One paragraph of a sample article rebuilt for a generated story (bench/corpus-articles.ts):
 * some sentences left out, names, numbers and dates replaced, and every annotation inside what
 * is kept carried over with its span shifted to the new text (annotations in a left-out
 * sentence, or across one, are dropped; so are those of text cleaning removed). Entity ids are
 * cleared: resolve sets them again.
 */
import type { AnnotationLayers, Quantity, TimeExpression } from '../src/model/annotations.js';
import { formSpans, fnv, type FormInfo, type StoryNames } from './corpus-names.js';
import { applyEdits, type Edit } from './text-edits.js';

/** How a paragraph is rewritten. */
export interface Substitution {
  /** The sample article's names (surface form -> what it stands for). */
  readonly forms: ReadonlyMap<string, FormInfo>;
  readonly names: StoryNames;
  /** Factor applied to claimed numbers written in digits. */
  readonly scale: number;
  /** Days every date moves. */
  readonly shiftDays: number;
  /** Whether to keep the sentence that starts at this position of the sample text. */
  keep(sentenceStart: number): boolean;
  /** The story's word for a lower-case word of the sample text (itself, or another word of the sample corpus). */
  reword(word: string): string;
}

/** A rebuilt paragraph: its text and annotations (spans relative to the paragraph). */
export interface RebuiltParagraph {
  readonly text: string;
  readonly layers: AnnotationLayers;
}

const NUMBER = /\d[\d,]*(?:\.\d+)?/u;
const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(.*)$/su;
const ISO_MONTH = /^(\d{4})-(\d{2})$/u;
const ISO_YEAR = /^(\d{4})$/u;
const YEAR_TOKEN = /\b(?:19|20)\d{2}\b/u;
const DAY_TOKEN = /\b(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b/u;
const DIGITS = /\d+/u;
const LOWER_WORD = /(?<![\p{L}\p{N}'’-])\p{Ll}[\p{Ll}'’-]*\p{Ll}(?![\p{L}\p{N}])/gu;
const SEPARATORS = /[,.]/gu;
const COMMAS = /,/gu;
const LEADING_ZEROS = /^0+/u;
const TRAILING_ZEROS = /0+$/u;
const MONTHS = Array.from({ length: 12 }, (_, month) => new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2001, month, 1)));
const WEEKDAYS = Array.from({ length: 7 }, (_, day) => new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2001, 0, 7 + day)));

/** A partial ISO date moved by whole days (months and years by the nearest whole month or year). */
export function shiftDate(value: string, days: number): string {
  const day = ISO_DAY.exec(value);
  if (day !== null) return `${new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])) + days * DAY_MS).toISOString().slice(0, 10)}${day[4] ?? ''}`;
  const month = ISO_MONTH.exec(value);
  if (month !== null) return new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1 + Math.round(days / 30.44), 1)).toISOString().slice(0, 7);
  const year = ISO_YEAR.exec(value);
  if (year !== null) return String(Number(year[1]) + Math.round(days / 365.25));
  return value;
}

/** The text of a time expression for its moved date: day, month, year and weekday words replaced in place. */
function dateText(text: string, value: string): string {
  const day = ISO_DAY.exec(value);
  const month = ISO_MONTH.exec(value) ?? day;
  if (month === null) return text;
  const when = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, day === null ? 1 : Number(day[3])));
  let out = text.replace(YEAR_TOKEN, String(when.getUTCFullYear()));
  for (const name of MONTHS) if (out.includes(name)) out = out.replace(name, MONTHS[when.getUTCMonth()] ?? name);
  if (day !== null) {
    out = out.replace(DAY_TOKEN, (token) => token.replace(DIGITS, String(when.getUTCDate())));
    for (const name of WEEKDAYS) if (out.includes(name)) out = out.replace(name, WEEKDAYS[when.getUTCDay()] ?? name);
  }
  return out;
}

function significant(token: string): number {
  const digits = token.replace(SEPARATORS, '').replace(LEADING_ZEROS, '');
  return Math.max(1, digits.replace(TRAILING_ZEROS, '').length);
}

function roundTo(value: number, digits: number): number {
  if (value === 0) return 0;
  const power = 10 ** (Math.floor(Math.log10(Math.abs(value))) - digits + 1);
  return Math.round(value / power) * power;
}

/** A claimed number scaled: its new digits (same style) and values, or undefined when it is not written in digits. */
function scaledNumber(quantity: Quantity, scale: number): { at: number; digits: string; token: string; value: number } | undefined {
  if (scale === 1 || quantity.low !== undefined || quantity.high !== undefined) return undefined;
  const match = NUMBER.exec(quantity.text);
  if (match === null) return undefined;
  const token = match[0];
  const written = Number(token.replace(COMMAS, ''));
  if (!Number.isFinite(written) || written === 0) return undefined;
  const unit = quantity.value / written;
  const decimals = token.includes('.') ? (token.split('.')[1] ?? '').length : 0;
  const newWritten = roundTo(written * scale, significant(token) + 1);
  const digits = newWritten.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: token.includes(',') });
  const value = Math.round(Number(digits.replace(COMMAS, '')) * unit * 1e6) / 1e6;
  return { at: match.index, digits, token, value };
}

/** Rebuild the paragraph `[start, end)` of a sample article. */
export function rebuildParagraph(sourceText: string, layers: AnnotationLayers, span: { readonly start: number; readonly end: number }, substitution: Substitution, paragraph: number): RebuiltParagraph {
  const { names, forms } = substitution;
  const inside = <T extends { readonly start: number; readonly end: number; readonly removed?: unknown }>(items: readonly T[]): T[] => items.filter((item) => item.removed === undefined && item.start >= span.start && item.end <= span.end && item.end > item.start);
  const sentences = inside(layers.sentences).sort((a, b) => a.start - b.start);
  let kept = sentences.filter((sentence) => substitution.keep(sentence.start));
  if (kept.length === 0 && sentences[0] !== undefined) kept = [sentences[0]];
  const first = kept[0];
  const last = kept[kept.length - 1];
  if (first === undefined || last === undefined) return { text: '', layers: { sentences: [], mentions: [], quotes: [], quantities: [], times: [], places: [], events: [] } };
  const base = first.start;
  const edits: Edit[] = [];
  const dropped: { start: number; end: number }[] = [];
  // Note: the text between two kept sentences that held left-out sentences becomes one space.
  for (let position = 0; position + 1 < kept.length; position += 1) {
    const here = kept[position];
    const next = kept[position + 1];
    if (here === undefined || next === undefined) continue;
    if (sentences.some((sentence) => sentence.start > here.start && sentence.start < next.start)) {
      edits.push({ start: here.end - base, end: next.start - base, text: ' ' });
      dropped.push({ start: here.end, end: next.start });
    }
  }
  const keptAnnotation = (item: { readonly start: number; readonly end: number }): boolean => item.start >= first.start && item.end <= last.end && !dropped.some((gap) => gap.start < item.end && item.start < gap.end);
  const pick = <T extends { readonly start: number; readonly end: number; readonly removed?: unknown }>(items: readonly T[]): T[] => inside(items).filter(keptAnnotation);
  const mentions = pick(layers.mentions);
  const places = pick(layers.places);
  const quantities = pick(layers.quantities);
  const times = pick(layers.times);
  const text = sourceText.slice(base, last.end);
  for (const found of formSpans(text, forms)) {
    if (!dropped.some((gap) => gap.start < found.end + base && found.start + base < gap.end)) edits.push({ start: found.start, end: found.end, text: names.rename(found.form, found.info) });
  }
  // Note: words of the story's own vocabulary (bench/corpus-articles.ts) make two stories built on one sample article read differently; names, numbers and dates stay as annotated.
  const annotated = [...mentions, ...places, ...quantities, ...times];
  for (const match of text.matchAll(LOWER_WORD)) {
    const at = (match.index ?? 0) + base;
    const end = at + match[0].length;
    if (annotated.some((item) => item.start < end && at < item.end) || dropped.some((gap) => gap.start < end && at < gap.end)) continue;
    const replaced = substitution.reword(match[0]);
    if (replaced !== match[0]) edits.push({ start: at - base, end: end - base, text: replaced });
  }
  const numbers = new Map<Quantity, { value: number }>();
  for (const quantity of quantities) {
    const scaled = scaledNumber(quantity, substitution.scale);
    if (scaled === undefined) continue;
    const at = quantity.start - base + scaled.at;
    edits.push({ start: at, end: at + scaled.token.length, text: scaled.digits });
    numbers.set(quantity, { value: scaled.value });
  }
  const dates = new Map<TimeExpression, string>();
  for (const time of times) {
    if (time.value === null) continue;
    const moved = shiftDate(time.value, substitution.shiftDays);
    dates.set(time, moved);
    const written = dateText(time.text, moved);
    if (written !== time.text) edits.push({ start: time.start - base, end: time.end - base, text: written });
  }
  const edited = applyEdits(text, edits);
  const move = <T extends { readonly start: number; readonly end: number }>(item: T): T & { start: number; end: number; text: string } => {
    const start = edited.start(item.start - base);
    const end = edited.end(item.end - base);
    return { ...item, start, end, text: edited.text.slice(start, end) };
  };
  const rename = (value: string): string => names.replaceIn(value, forms);
  const renamedPlace = (name: string): string => {
    const info = forms.get(name);
    return info === undefined ? rename(name) : names.rename(name, info);
  };
  return {
    text: edited.text,
    layers: {
      sentences: kept.map((sentence) => ({ ...move(sentence), paragraph })),
      mentions: mentions.map((mention) => ({
        ...move(mention),
        name: rename(mention.name),
        entity: null,
        ...(mention.description === undefined ? {} : { description: rename(mention.description) }),
        ...(mention.standsFor === undefined ? {} : { standsFor: rename(mention.standsFor) }),
      })),
      quotes: pick(layers.quotes).map((quote) => {
        const { speakerSpan, ...rest } = quote;
        const keptSpeaker = speakerSpan !== undefined && keptAnnotation(speakerSpan) ? { speakerSpan: move(speakerSpan) } : {};
        return { ...move(rest), ...keptSpeaker, speaker: null, speakerText: quote.speakerText === null ? null : rename(quote.speakerText) };
      }),
      quantities: quantities.map((quantity) => ({
        ...move(quantity),
        value: numbers.get(quantity)?.value ?? quantity.value,
        what: quantity.what === null ? null : rename(quantity.what),
        claimant: null,
        claimantText: quantity.claimantText === null ? null : rename(quantity.claimantText),
      })),
      times: times.map((time) => ({ ...move(time), value: dates.get(time) ?? time.value })),
      places: places.map((place) => {
        const name = renamedPlace(place.name);
        const seed = fnv(`coordinates ${name}`);
        return { ...move(place), name, gazetteerId: `bench:${seed.toString(16)}`, lat: place.lat + ((seed % 200) - 100) / 50, lon: place.lon + (((seed >> 8) % 200) - 100) / 50 };
      }),
      events: pick(layers.events).map((event) => ({
        ...move(event),
        actors: event.actors.map(rename),
        place: event.place === null ? null : rename(event.place),
        time: event.time === null ? null : shiftDate(event.time, substitution.shiftDays),
      })),
    },
  };
}
