/**
 * Progress for long runs: a bar on an interactive terminal, plain lines elsewhere (CI, pipes),
 * always on stderr so that stdout stays clean for data.
 */
import cliProgress from 'cli-progress';

/** A progress reporter. */
export interface Progress {
  tick(label: string, failed: boolean): void;
  done(): void;
}

/** Options for {@link createProgress}. */
export interface ProgressOptions {
  /** What is being done, e.g. 'ingest'. */
  readonly task: string;
  /** Write nothing (default: false). */
  readonly quiet?: boolean;
  /** The stream to write to (default: process.stderr). */
  readonly stream?: NodeJS.WriteStream;
  /** Items expected, when known (optional). */
  readonly total?: number;
}

/** Plain-line reporting interval, in items. */
const LINE_EVERY = 25;

/** Make the reporter that fits the terminal. */
export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  if (options.quiet === true) return { tick: () => undefined, done: () => undefined };
  let count = 0;
  let failures = 0;
  const interactive = stream.isTTY === true && process.env['CI'] !== 'true';
  if (interactive) {
    const bar = new cliProgress.SingleBar(
      { format: `${options.task} [{bar}] {value}${options.total === undefined ? '' : '/{total}'} {label}`, stream, clearOnComplete: true, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(options.total ?? 0, 0, { label: '' });
    return {
      tick(label, failed) {
        count += 1;
        if (failed) failures += 1;
        if (options.total === undefined) bar.setTotal(count);
        bar.update(count, { label: label.length > 40 ? `…${label.slice(-39)}` : label });
      },
      done() {
        bar.stop();
        stream.write(`${options.task}: ${count} processed, ${failures} failed\n`);
      },
    };
  }
  return {
    tick(_label, failed) {
      count += 1;
      if (failed) failures += 1;
      if (count % LINE_EVERY === 0) stream.write(`${options.task}: ${count} processed, ${failures} failed\n`);
    },
    done() {
      stream.write(`${options.task}: ${count} processed, ${failures} failed\n`);
    },
  };
}
