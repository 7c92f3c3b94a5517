/**
 * Offset maps: take any position in an edited text back to the text it came from.
 *
 * An edit pass produces segments, sorted by output position. A segment either copies its
 * input unchanged (`copied`, same length on both sides) or replaces an input range with
 * different characters. Mapping a position is a binary search over the segments; a chain of
 * passes is a list of maps applied from the last to the first.
 */

/** One run of output characters and the input range they came from. */
export interface Segment {
  /** Start of the run in the output text. */
  readonly outStart: number;
  /** End (exclusive) of the run in the output text. */
  readonly outEnd: number;
  /** Start of the input range. */
  readonly inStart: number;
  /** End (exclusive) of the input range. */
  readonly inEnd: number;
  /** Whether the output run is a character-for-character copy of the input range. */
  readonly copied: boolean;
}

/** The segments of one edit pass, plus the input length (for positions at the very end). */
export interface PassMap {
  readonly segments: readonly Segment[];
  readonly inLength: number;
  readonly outLength: number;
}

/** A replacement of `[start, end)` of a text by `text` (empty for a deletion). */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Result of {@link applyEdits}. */
export interface EditResult {
  readonly text: string;
  readonly map: PassMap;
}

/**
 * Apply non-overlapping edits to a text and return the new text with the map back to the old one.
 * Edits may come in any order; overlapping edits are an error, not silently merged.
 */
export function applyEdits(input: string, edits: readonly TextEdit[]): EditResult {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const segments: Segment[] = [];
  const parts: string[] = [];
  let inPos = 0;
  let outPos = 0;
  const copy = (until: number): void => {
    if (until > inPos) {
      segments.push({ outStart: outPos, outEnd: outPos + until - inPos, inStart: inPos, inEnd: until, copied: true });
      parts.push(input.slice(inPos, until));
      outPos += until - inPos;
      inPos = until;
    }
  };
  for (const edit of sorted) {
    if (edit.start < inPos || edit.end < edit.start || edit.end > input.length) {
      throw new RangeError(`overlapping or out-of-range edit [${edit.start}, ${edit.end})`);
    }
    copy(edit.start);
    if (edit.text.length > 0 || edit.end > edit.start) {
      const same = edit.text.length === edit.end - edit.start;
      segments.push({ outStart: outPos, outEnd: outPos + edit.text.length, inStart: edit.start, inEnd: edit.end, copied: same });
      parts.push(edit.text);
      outPos += edit.text.length;
      inPos = edit.end;
    }
  }
  copy(input.length);
  return { text: parts.join(''), map: { segments, inLength: input.length, outLength: outPos } };
}

function findSegment(map: PassMap, position: number): Segment | undefined {
  const { segments } = map;
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const segment = segments[middle];
    if (segment === undefined) break;
    if (position < segment.outStart) high = middle - 1;
    else if (position >= segment.outEnd) low = middle + 1;
    else return segment;
  }
  return undefined;
}

/** Map the output position of a character back to the input position of the character it came from. */
export function mapCharacter(map: PassMap, position: number): number {
  if (position >= map.outLength) return map.inLength;
  const segment = findSegment(map, position);
  if (segment === undefined) return map.inLength;
  const offset = position - segment.outStart;
  if (segment.copied) return segment.inStart + offset;
  return Math.min(segment.inStart + offset, Math.max(segment.inStart, segment.inEnd - 1));
}

/**
 * The chain of edit passes from the raw input to the cleaned text.
 * `toRaw` maps a character position; `spanToRaw` maps a half-open span so that the raw span covers
 * every raw character the cleaned span came from.
 */
export class OffsetMap {
  readonly passes: readonly PassMap[];

  /** @param passes the maps in the order they were applied (raw first). */
  constructor(passes: readonly PassMap[] = []) {
    this.passes = passes;
  }

  /** A map with one more pass appended. */
  then(pass: PassMap): OffsetMap {
    return new OffsetMap([...this.passes, pass]);
  }

  /** Map a cleaned-text character position back to the raw input. */
  toRaw(position: number): number {
    let current = position;
    for (let index = this.passes.length - 1; index >= 0; index -= 1) {
      const pass = this.passes[index];
      if (pass !== undefined) current = mapCharacter(pass, current);
    }
    return current;
  }

  /** Map a half-open cleaned span `[start, end)` to the raw span it came from. */
  spanToRaw(start: number, end: number): { start: number; end: number } {
    if (end <= start) {
      const at = this.toRaw(start);
      return { start: at, end: at };
    }
    return { start: this.toRaw(start), end: this.toRaw(end - 1) + 1 };
  }

  /** Plain data for storage. */
  toJSON(): readonly PassMap[] {
    return this.passes;
  }

  /** Rebuild from {@link OffsetMap.toJSON}. */
  static fromJSON(passes: readonly PassMap[]): OffsetMap {
    return new OffsetMap(passes);
  }
}
