/**
 * The clean rules, in order. Each proposes edits on the text as the rules before it left it; the
 * pipeline applies them, records every removal and repair, and extends the offset map.
 */
import type { CleanRule } from '../pipeline/stage.js';
import { collapseBreaks, collapseSpace, normaliseOddSpace, trimEdges } from './normalise-space.js';

/** Clean rules in run order. */
export const CLEAN_RULES: readonly CleanRule[] = [
  normaliseOddSpace,
  collapseSpace,
  collapseBreaks,
  trimEdges,
];
