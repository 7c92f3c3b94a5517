/**
 * The shape every external-evaluation task shares: options in, a report out (tables to print and
 * headline rows for the summary), plus small helpers for F1, timing and Markdown tables.
 */

/** Options every task reads. */
export interface TaskOptions {
  /** The public data sets folder (`../shared/datasets/` beside the repository). */
  readonly datasets: URL;
  /** Sample a small part of each set, for development (default: false, the full sets). */
  readonly quick: boolean;
}

/** A table: a title, its column names and its rows of cells. */
export interface ResultTable {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** One headline figure: ours beside the peer measured in the same run and the bar we aim at. */
export interface HeadlineRow {
  /** Task and data set, e.g. `extraction (91 pages)`. */
  readonly task: string;
  /** Metric name, e.g. `F1`. */
  readonly metric: string;
  /** Our figure (0..1), or null when it could not be measured. */
  readonly ours: number | null;
  /** The peer's figure measured in the same run and its name, or null. */
  readonly peer: { readonly name: string; readonly value: number } | null;
  /** The bar (0..1) the project aims at, or null when none is set. */
  readonly bar: number | null;
  /** Our throughput and the peer's in documents per second on one core (optional). */
  readonly speed?: { readonly ours: number; readonly peer: number | null };
}

/** What a task reports. */
export interface TaskReport {
  readonly task: string;
  readonly tables: readonly ResultTable[];
  readonly headline: readonly HeadlineRow[];
  /** Sentences for the reader: data used, mappings, caveats. */
  readonly notes: readonly string[];
}

/** An external-evaluation task. */
export interface EvalTask {
  /** Short name used on the command line, e.g. `extraction`. */
  readonly name: string;
  run(options: TaskOptions): Promise<TaskReport> | TaskReport;
}

/** F1 from precision and recall (0 when both are 0). */
export function harmonicMean(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** A ratio that is 0 when the denominator is 0. */
export function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

/** A figure with three decimals. */
export function fixed(value: number): string {
  return Number.isFinite(value) ? value.toFixed(3) : 'n/a';
}

/**
 * Measures the CPU time spent in chosen calls, to report documents per second on one core.
 * Note: CPU time rather than wall time, so that other work on the machine does not slow the figure.
 */
export class Stopwatch {
  #elapsedMs = 0;
  #documents = 0;

  /** Run `work` for one document, adding its CPU time. */
  time<T>(work: () => T): T {
    return this.timeBatch(1, work);
  }

  /** Run `work` for a batch of `documents`, adding its CPU time. */
  timeBatch<T>(documents: number, work: () => T): T {
    const started = process.cpuUsage();
    try {
      return work();
    } finally {
      const used = process.cpuUsage(started);
      this.#elapsedMs += (used.user + used.system) / 1000;
      this.#documents += documents;
    }
  }

  /** Documents per second so far (0 before any). */
  get perSecond(): number {
    return this.#elapsedMs === 0 ? 0 : this.#documents / (this.#elapsedMs / 1000);
  }
}

/** Keep every n-th item when sampling for `--quick` (all items otherwise). */
export function sample<T>(items: readonly T[], quick: boolean, keep: number): T[] {
  if (!quick || items.length <= keep) return [...items];
  const step = items.length / keep;
  return Array.from({ length: keep }, (_, index) => items[Math.floor(index * step)]).filter((item): item is T => item !== undefined);
}

/** A Markdown table. */
export function markdownTable(table: ResultTable): string {
  const lines = [`| ${table.columns.join(' | ')} |`, `|${table.columns.map(() => '---').join('|')}|`];
  for (const row of table.rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}
