/**
 * A text as one flat string. Note: a text built by concatenation is held by V8 as a tree of parts
 * (a rope), and reading it character by character goes through that tree on every read; the time
 * stage reads a text several times over (its scan, chrono's windows, our patterns, the refiner), and
 * on such a text its scan alone ran at about half speed. One copy into a flat string (the cost of
 * a copy of the text) makes every read direct. The copy equals the text, so no result changes.
 */

/** Shorter strings are copied whole by V8 when sliced, and cost nothing to read either way. */
const SHORTEST_COPIED = 16;

/** The text as a flat string (equal to it). */
export function flatText(text: string): string {
  if (text.length < SHORTEST_COPIED) return text;
  // Note: slicing a rope makes V8 flatten it into a new string and slice that; the space keeps it from handing back the text itself.
  return ` ${text}`.slice(1);
}
