/**
 * Replacements in a text with the positions of the text before mapped onto the text after, for
 * the benchmark's article generator: a name or number replaced by a longer or shorter one shifts
 * every annotation after it, and an annotation that encloses a replacement grows or shrinks with
 * it. Half-open spans in UTF-16 code units, as everywhere in sitrep.
 */

/** Replace `[start, end)` of the text with `text`. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The edited text and where positions of the original text went. */
export interface EditedText {
  readonly text: string;
  /** Where a span that started at `position` starts now (inside a replaced part: at its start). */
  start(position: number): number;
  /** Where a span that ended at `position` ends now (inside a replaced part: at its end). */
  end(position: number): number;
}

/** Edits sorted by start, longest first at one start, without overlaps (a later overlapping edit is dropped). */
export function disjointEdits(edits: readonly Edit[]): Edit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Edit[] = [];
  for (const edit of sorted) {
    const last = kept[kept.length - 1];
    if (edit.end < edit.start || (last !== undefined && edit.start < last.end)) continue;
    kept.push(edit);
  }
  return kept;
}

/** Apply edits (any order; overlapping ones are dropped as {@link disjointEdits} does). */
export function applyEdits(text: string, edits: readonly Edit[]): EditedText {
  const kept = disjointEdits(edits);
  const parts: string[] = [];
  const moved: { start: number; end: number; newStart: number; newEnd: number }[] = [];
  let from = 0;
  let length = 0;
  for (const edit of kept) {
    const before = text.slice(from, edit.start);
    parts.push(before, edit.text);
    const newStart = length + before.length;
    moved.push({ start: edit.start, end: edit.end, newStart, newEnd: newStart + edit.text.length });
    length = newStart + edit.text.length;
    from = edit.end;
  }
  parts.push(text.slice(from));
  const shiftAt = (position: number, inside: (entry: (typeof moved)[number]) => number): number => {
    let low = 0;
    let high = moved.length - 1;
    let last: (typeof moved)[number] | undefined;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const entry = moved[middle];
      if (entry === undefined) break;
      if (entry.start < position) {
        last = entry;
        low = middle + 1;
      } else high = middle - 1;
    }
    if (last === undefined) return position;
    if (position < last.end) return inside(last);
    return position - last.end + last.newEnd;
  };
  return {
    text: parts.join(''),
    start: (position) => shiftAt(position, (entry) => entry.newStart),
    end: (position) => shiftAt(position, (entry) => entry.newEnd),
  };
}
