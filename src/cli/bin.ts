/**
 * Run the CLI straight from the TypeScript sources (`node --import tsx src/cli/bin.ts ...`), for
 * development and tests; the installed `sitrep` command runs the compiled copy in dist/.
 */
import { main } from './main.js';

process.exitCode = await main(process.argv);
