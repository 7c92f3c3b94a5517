/**
 * `sitrep ingest <paths...>`: clean, annotate and store documents; re-ingesting adds nothing.
 */
import type { Command } from 'commander';
import { openStore } from '../../store/open-store.js';
import { createProgress } from '../progress.js';
import { EXIT, printError, printLine } from '../output.js';
import { processSources, readStdin } from '../process-sources.js';
import { sourceOptions, type SourceFlags } from './shared-options.js';
import { resolveAndSave } from './resolve-and-save.js';

interface IngestFlags extends SourceFlags {
  db: string;
  quiet?: boolean;
}

/** Ingest sources into a store; returns the exit code. */
export async function runIngest(sources: readonly string[], flags: IngestFlags): Promise<number> {
  const store = openStore(flags.db);
  const progress = createProgress({ task: 'ingest', quiet: flags.quiet === true });
  let added = 0;
  let known = 0;
  let failed = 0;
  try {
    for await (const item of processSources(sources, { ...sourceOptions(flags), stdin: readStdin })) {
      if (item.kind === 'error') {
        failed += 1;
        printError(item.error);
        progress.tick(item.error.file ?? '', true);
        continue;
      }
      try {
        if (store.putDocument(item.doc).inserted) added += 1;
        else known += 1;
      } catch (error) {
        failed += 1;
        process.stderr.write(`error: ${item.doc.source.path ?? item.doc.id}: could not be stored: ${String(error)} [STORE_FAILED]\n`);
      }
      progress.tick(item.doc.source.path ?? item.doc.id, false);
    }
    progress.done();
    if (added > 0) resolveAndSave(store);
    printLine(`${added} added, ${known} already stored, ${failed} failed (${store.countDocuments()} documents in ${flags.db})`);
  } finally {
    store.close();
  }
  return failed > 0 ? EXIT.someFailed : EXIT.ok;
}

/** Register the command. */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .summary('clean, annotate and store articles')
    .description(
      'Read articles from files, folders (recursively), standard input (-) or, with --allow-urls, http(s) URLs; clean them, annotate them and store them. Storing the same content again adds nothing.',
    )
    .argument('<paths...>', 'files, folders, - for standard input, or URLs (with --allow-urls)')
    .option('--db <file>', 'SQLite database file', './sitrep.db')
    .option('--allow-urls', 'fetch http(s) URLs given as sources (public addresses only)')
    .option('--max-size <MiB>', 'size limit per file in MiB', '20')
    .option('-q, --quiet', 'no progress output')
    .addHelpText('after', '\nExamples:\n  $ sitrep ingest examples/corpus\n  $ cat article.txt | sitrep ingest -\n  $ sitrep ingest --db news.db feeds/*.xml')
    .action(async (paths: string[], flags: IngestFlags) => {
      process.exitCode = await runIngest(paths, flags);
    });
}
