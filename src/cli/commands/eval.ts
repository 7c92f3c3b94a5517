/**
 * `sitrep eval <gold.json>`: score an export (or a fresh in-memory analysis of the corpus) against
 * a gold file with the shared gold rules; prints every miss and the per-category figures.
 */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { formatGoldScore, scoreAgainstGold, type GoldFile } from '../../eval/gold-score.js';
import type { SitrepAnalysisExportVersion1 } from '../../model/analysis.generated.js';
import { createError } from '../../pipeline/errors.js';
import { EXIT, printLine } from '../output.js';
import { analyzeSources } from './analyze.js';

interface EvalFlags {
  export?: string;
  corpus?: string;
  min: string;
  only?: string;
}

async function readJson(file: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw createError('FILE_NOT_FOUND', { file, detail: `the ${what} file could not be read` });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw createError('MALFORMED_RECORD', { file, detail: `the ${what} file is not valid JSON: ${String(error)}` });
  }
}

/** Score and print; returns the exit code (0 when every category reaches --min). */
export async function runEval(goldFile: string, flags: EvalFlags): Promise<number> {
  const gold = (await readJson(goldFile, 'gold')) as GoldFile;
  if (typeof gold !== 'object' || gold === null || typeof gold.documents !== 'object') {
    throw createError('USAGE', { detail: `${goldFile} is not a gold file: it has no "documents" object` });
  }
  let analysis: SitrepAnalysisExportVersion1;
  if (flags.export !== undefined) {
    analysis = (await readJson(flags.export, 'export')) as SitrepAnalysisExportVersion1;
  } else {
    const corpus = flags.corpus ?? dirname(goldFile);
    const articles = readdirSync(corpus).filter((name) => name in gold.documents);
    if (articles.length === 0) {
      throw createError('USAGE', { detail: `no article of the gold file is in ${corpus}; pass --corpus <folder> or --export <file>` });
    }
    analysis = (await analyzeSources([corpus], { quiet: true })).analysis;
  }
  const minimum = Number(flags.min);
  const only = flags.only === undefined ? undefined : new Set(flags.only.split(','));
  const { text, worst } = formatGoldScore(scoreAgainstGold(analysis, gold), only);
  printLine(text);
  return worst >= minimum ? EXIT.ok : EXIT.someFailed;
}

/** Register the command. */
export function registerEval(program: Command): void {
  program
    .command('eval')
    .summary('score sitrep against a gold file')
    .description(
      'Score an export against gold annotations (format: docs/gold.md), printing every miss and, last, one figure per category, exactly as the reference score.py does. Without --export, the corpus is analyzed in memory first.',
    )
    .argument('<gold.json>', 'the gold file')
    .option('--export <file>', 'score this export instead of analyzing the corpus')
    .option('--corpus <folder>', 'the articles the gold describes (default: the gold file’s folder)')
    .option('--min <figure>', 'exit 0 only when every category reaches this', '0.9')
    .option('--only <categories>', 'comma-separated categories to judge (all are still listed)')
    .addHelpText('after', '\nExamples:\n  $ sitrep eval examples/corpus/gold.json\n  $ sitrep eval ../shared/gold/seeds.gold.json --corpus ../shared/seeds')
    .action(async (goldFile: string, flags: EvalFlags) => {
      process.exitCode = await runEval(goldFile, flags);
    });
}
