/**
 * Per-class precision, recall and F1 of a single-label classification, and their weighted
 * (by gold support) and macro means over the gold classes (scikit-learn's `f1_score` with
 * `average='weighted'` and `average='macro'` over the labels present in the gold).
 */
import { harmonicMean, ratio } from './eval-task.js';

/** One class's figures. */
export interface ClassScore {
  readonly label: string;
  readonly support: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** The figures of a classification run. */
export interface ClassificationScore {
  readonly classes: readonly ClassScore[];
  readonly weightedF1: number;
  readonly macroF1: number;
  readonly accuracy: number;
}

/** Score gold/predicted label pairs; a prediction outside the gold labels only costs precision. */
export function classificationScore(pairs: readonly { readonly gold: string; readonly predicted: string }[]): ClassificationScore {
  const labels = [...new Set(pairs.map((pair) => pair.gold))].sort();
  const classes = labels.map((label): ClassScore => {
    const truePositive = pairs.filter((pair) => pair.gold === label && pair.predicted === label).length;
    const predicted = pairs.filter((pair) => pair.predicted === label).length;
    const support = pairs.filter((pair) => pair.gold === label).length;
    const precision = ratio(truePositive, predicted);
    const recall = ratio(truePositive, support);
    return { label, support, precision, recall, f1: harmonicMean(precision, recall) };
  });
  const total = pairs.length;
  return {
    classes,
    weightedF1: classes.reduce((sum, item) => sum + ratio(item.f1 * item.support, total), 0),
    macroF1: ratio(classes.reduce((sum, item) => sum + item.f1, 0), classes.length),
    accuracy: ratio(pairs.filter((pair) => pair.gold === pair.predicted).length, total),
  };
}
