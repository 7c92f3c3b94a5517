/**
 * `sitrep analyze <paths...> --json <file>`: the whole pipeline in memory, written as a
 * `sitrep.analysis/1` export that is checked against the contract before it is written.
 */
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { buildExport, streamsOf, type CorpusFindings } from '../../export/analysis-export.js';
import type { SitrepAnalysisExportVersion1 } from '../../model/analysis.generated.js';
import { validateExport } from '../../export/validate-export.js';
import type { NewsDoc } from '../../model/news-doc.js';
import { summarise } from '../../report/summary.js';
import { resolveCorpus } from '../../resolve/index.js';
import { createProgress } from '../progress.js';
import { EXIT, printError } from '../output.js';
import { processSources, readStdin } from '../process-sources.js';
import { sourceOptions, type SourceFlags } from './shared-options.js';

/** Flags of `sitrep analyze`. */
export interface AnalyzeFlags extends SourceFlags {
  json?: string;
  summary?: boolean;
  quiet?: boolean;
}

/** What an in-memory analysis produced. */
export interface AnalyzeOutcome {
  readonly docs: readonly NewsDoc[];
  readonly findings: CorpusFindings;
  readonly analysis: SitrepAnalysisExportVersion1;
  /** Inputs that failed (each already reported on stderr). */
  readonly failed: number;
}

/** Run the whole pipeline over sources in memory and build the export. */
export async function analyzeSources(sources: readonly string[], flags: AnalyzeFlags): Promise<AnalyzeOutcome> {
  const docs: NewsDoc[] = [];
  const seen = new Set<string>();
  let failed = 0;
  const progress = createProgress({ task: 'analyze', quiet: flags.quiet === true });
  for await (const item of processSources(sources, { ...sourceOptions(flags), stdin: readStdin })) {
    if (item.kind === 'error') {
      failed += 1;
      printError(item.error);
      progress.tick(item.error.file ?? '', true);
      continue;
    }
    if (!seen.has(item.doc.id)) docs.push(item.doc);
    seen.add(item.doc.id);
    progress.tick(item.doc.source.path ?? item.doc.id, false);
  }
  progress.done();
  const findings = resolveCorpus(docs);
  return { docs, findings, analysis: buildExport(docs, findings), failed };
}

/** Analyze sources and write the export; returns the exit code. */
export async function runAnalyze(sources: readonly string[], flags: AnalyzeFlags): Promise<number> {
  const { docs, findings, analysis, failed } = await analyzeSources(sources, flags);
  const problems = validateExport(analysis);
  if (problems.length > 0) {
    process.stderr.write(`error: the export does not validate against the contract [SCHEMA_INVALID]\n${problems.slice(0, 20).map((problem) => `  ${problem}`).join('\n')}\n`);
    return EXIT.someFailed;
  }
  const json = `${JSON.stringify(analysis, null, 2)}\n`;
  if (flags.json === undefined || flags.json === '-') process.stdout.write(json);
  else await writeFile(flags.json, json);
  if (flags.summary === true || (flags.json !== undefined && flags.json !== '-' && flags.quiet !== true)) {
    process.stderr.write(`${summarise(docs, streamsOf(findings))}\n`);
  }
  return failed > 0 ? EXIT.someFailed : EXIT.ok;
}

/** Register the command. */
export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .summary('analyze articles in memory and write the JSON export')
    .description(
      'Run the whole pipeline (ingest, clean, annotate, resolve) in memory, without a database, and write a sitrep.analysis/1 export that validates against contract/analysis.schema.json.',
    )
    .argument('<paths...>', 'files, folders, - for standard input, or URLs (with --allow-urls)')
    .option('--json <file>', 'where to write the export (- or omitted: standard output)')
    .option('--summary', 'print a short situation summary on stderr')
    .option('--allow-urls', 'fetch http(s) URLs given as sources (public addresses only)')
    .option('--max-size <MiB>', 'size limit per file in MiB', '20')
    .option('-q, --quiet', 'no progress output')
    .addHelpText('after', '\nExamples:\n  $ sitrep analyze examples/corpus --json out.json\n  $ sitrep analyze article.html --json - | jq .documents[0].text')
    .action(async (paths: string[], flags: AnalyzeFlags) => {
      process.exitCode = await runAnalyze(paths, flags);
    });
}
