/**
 * The sitrep command line: one file per command group, registered here. Exit codes: 0 all good,
 * 1 some documents failed, 2 usage error.
 */
import { Command, CommanderError } from 'commander';
import { isSitrepError } from '../pipeline/errors.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerEval } from './commands/eval.js';
import { registerIngest } from './commands/ingest.js';
import { registerQueries } from './commands/query.js';
import { registerServe } from './commands/serve.js';
import { EXIT, printError } from './output.js';

/** Build the program (exported for tests). */
export function createProgram(): Command {
  const program = new Command('sitrep')
    .description('Turn a pile of raw news articles about an unfolding crisis into a cross-checked situation picture: clean text, who said what, which numbers are claimed by whom, and where sources agree or contradict.')
    .version('0.1.0')
    .showHelpAfterError('(add --help for usage)')
    .exitOverride();
  registerIngest(program);
  registerAnalyze(program);
  registerQueries(program);
  registerEval(program);
  registerServe(program);
  program.addHelpText('after', '\nStart here:\n  $ sitrep ingest examples/corpus && sitrep report\n  $ sitrep analyze ../shared/seeds --json out.json\n\nEvery command has --help.');
  for (const command of program.commands) command.exitOverride();
  return program;
}

/** Run the CLI with argv; resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? EXIT.ok : EXIT.usage;
    }
    if (isSitrepError(error)) {
      printError(error);
      return error.code === 'USAGE' ? EXIT.usage : EXIT.someFailed;
    }
    throw error;
  }
}
