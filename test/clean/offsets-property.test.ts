/**
 * Property test: whatever the clean stage removes, repairs or normalises, every character of the
 * cleaned text maps back to the raw character it came from (the same character when copied; its
 * quotation mark, space or look-alike when normalised or repaired), and every recorded removal
 * holds the raw text of its span. Documents are assembled at random from own-written pieces.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lookalikeIn, scriptOf } from '../../src/clean/confusables.js';
import { runClean } from './clean-helpers.js';

const PIECES = [
  'The ferry left the harbour at dawn.',
  'Officials said "the road will reopen" by Friday.',
  'Crews cleared the\u00a0debris near the bridge.',
  'ADVERTISEMENT',
  'Most read',
  'Lighthouse keeper retires after forty years',
  'JANE MARLOWE/Getty Images',
  'Fishermen haul their boats ashore',
  'A police officer stands near a burnt-out car in the old town on June 12, 2023',
  'Follow Mara Quill on Twitter',
  'Mara Quill is a reporter for the Harbour Gazette.',
  'Sh\u0435 s\u0430id the tr\u0430in w\u0430s l\u0430te.',
  'He w\u0430ited for \u0430 bus.',
  '«Nous restons» said the mayor.',
  'Image: Harbour office.',
  'Share this article',
  '   Spaced    out   words   here.   ',
  'Storm Batters the Northern Coast',
];
const BREAKS = ['\n', '\n\n', '\r\n', '\n\n\n\n', '\n \n'];
const QUOTE_MARKS = new Set(['"', '«', '»', '„', '“', '”', '‘', '’', "'", '`']);
const SPACE = /\s/u;
const RUNS = 200;

/** A small seeded random generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], next: () => number): T {
  const item = items[Math.floor(next() * items.length)];
  assert.ok(item !== undefined);
  return item;
}

function randomDoc(seed: number): string {
  const next = random(seed);
  const count = 1 + Math.floor(next() * 10);
  let raw = '';
  for (let index = 0; index < count; index += 1) raw += pick(PIECES, next) + pick(BREAKS, next);
  return raw;
}

function sameOrigin(cleaned: string, raw: string | undefined): boolean {
  if (raw === undefined) return false;
  if (cleaned === raw) return true;
  if (QUOTE_MARKS.has(cleaned) && QUOTE_MARKS.has(raw)) return true;
  if (cleaned === ' ' || cleaned === '\n') return SPACE.test(raw);
  const script = scriptOf(cleaned);
  return script !== null && lookalikeIn(raw, script) === cleaned;
}

describe('offset map after cleaning (property)', () => {
  it(`maps every cleaned character back to its raw character in ${RUNS} random documents`, () => {
    for (let seed = 1; seed <= RUNS; seed += 1) {
      const raw = randomDoc(seed);
      const doc = runClean(raw);
      for (let index = 0; index < doc.text.length; index += 1) {
        const at = doc.offsets.toRaw(index);
        assert.ok(sameOrigin(doc.text[index] ?? '', raw[at]), `seed ${seed}: cleaned ${index} ${JSON.stringify(doc.text[index])} -> raw ${at} ${JSON.stringify(raw[at])}`);
      }
      for (const removal of doc.cleaning.removed) assert.equal(raw.slice(removal.rawStart, removal.rawEnd), removal.text, `seed ${seed}: removal span`);
      for (const repair of doc.cleaning.homoglyphs) assert.equal(raw.slice(repair.rawStart, repair.rawEnd), repair.before, `seed ${seed}: repair span`);
    }
  });

  it('is not vacuous: the random documents do get cleaned', () => {
    let removed = 0;
    let repaired = 0;
    for (let seed = 1; seed <= RUNS; seed += 1) {
      const doc = runClean(randomDoc(seed));
      removed += doc.cleaning.removed.length;
      repaired += doc.cleaning.homoglyphs.length;
    }
    assert.ok(removed > RUNS, `only ${removed} removals`);
    assert.ok(repaired > 0, 'no homoglyph repair');
  });
});
