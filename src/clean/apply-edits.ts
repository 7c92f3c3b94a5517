/**
 * Apply one clean rule's edits to a document: new text, one more pass on the offset map, and a
 * record of every removal and repair with its raw span. Nothing is deleted without a record.
 */
import type { NewsDoc } from '../model/news-doc.js';
import { applyEdits } from '../model/offset-map.js';
import type { CleanEdit } from '../pipeline/stage.js';

/** Drop edits that overlap an earlier one (by start), so one rule's proposals never collide. */
function withoutOverlaps(edits: readonly CleanEdit[]): CleanEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: CleanEdit[] = [];
  let reach = -1;
  for (const edit of sorted) {
    if (edit.start < reach) continue;
    kept.push(edit);
    reach = Math.max(reach, edit.end);
  }
  return kept;
}

/** Apply the edits of the rule `rule` to `doc` in place. */
export function applyCleanEdits(doc: NewsDoc, rule: string, edits: readonly CleanEdit[]): void {
  if (edits.length === 0) return;
  const kept = withoutOverlaps(edits);
  for (const edit of kept) {
    const raw = doc.offsets.spanToRaw(edit.start, edit.end);
    if (edit.kind === 'remove') {
      doc.cleaning.removed.push({
        text: doc.raw.slice(raw.start, raw.end),
        reason: edit.reason,
        rule,
        rawStart: raw.start,
        rawEnd: raw.end,
      });
    } else if (edit.kind === 'repair') {
      doc.cleaning.homoglyphs.push({
        before: doc.text.slice(edit.start, edit.end),
        after: edit.text,
        rawStart: raw.start,
        rawEnd: raw.end,
        scripts: edit.scripts ?? [],
      });
    }
  }
  const result = applyEdits(doc.text, kept);
  doc.text = result.text;
  doc.offsets = doc.offsets.then(result.map);
}
