/**
 * `sitrep serve`: the HTTP API and the dashboard over a store. Binds 127.0.0.1 unless told
 * otherwise; any other address needs a token (--token or SITREP_TOKEN).
 */
import type { Command } from 'commander';
import { createError } from '../../pipeline/errors.js';
import { isLoopback } from '../../server/auth.js';
import { createServer } from '../../server/app.js';
import { openStore } from '../../store/open-store.js';
import { printLine } from '../output.js';

interface ServeFlags {
  db: string;
  port: string;
  host: string;
  token?: string;
  allowUrls?: boolean;
}

/** Start the server; resolves once it is listening. */
export async function runServe(flags: ServeFlags): Promise<void> {
  const port = Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw createError('USAGE', { detail: `--port must be a port number, not "${flags.port}"` });
  const token = flags.token ?? process.env['SITREP_TOKEN'];
  if (!isLoopback(flags.host) && (token === undefined || token.length < 8)) {
    throw createError('USAGE', { detail: `refusing to listen on ${flags.host} without a token: pass --token <at least 8 characters> or set SITREP_TOKEN` });
  }
  const store = openStore(flags.db);
  const app = await createServer({ store, ...(token === undefined ? {} : { token }), allowUrls: flags.allowUrls === true });
  const address = await app.listen({ port, host: flags.host });
  printLine(`sitrep dashboard: ${address.replace('127.0.0.1', 'localhost')}/  (API: ${address}/api/openapi.json; ${store.countDocuments()} documents in ${flags.db}; Ctrl-C stops)`);
  const stop = (): void => {
    void app.close().then(() => {
      store.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** Register the command. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .summary('serve the dashboard and the HTTP API')
    .description('Serve the stored analysis as a web dashboard and a JSON API (OpenAPI document at /api/openapi.json). Binds 127.0.0.1 unless --host says otherwise; another address needs --token (or SITREP_TOKEN), and then every request must present it.')
    .option('--db <file>', 'SQLite database file', './sitrep.db')
    .option('--port <n>', 'port to listen on (0 picks a free one)', '8080')
    .option('--host <addr>', 'address to bind', '127.0.0.1')
    .option('--token <t>', 'require this token on every request (Authorization: Bearer <t>)')
    .option('--allow-urls', 'let POST /api/ingest fetch URLs (public addresses only)')
    .addHelpText('after', '\nExamples:\n  $ sitrep serve --db sitrep.db --port 8080\n  $ SITREP_TOKEN=change-me-please sitrep serve --host 0.0.0.0')
    .action(async (flags: ServeFlags) => {
      await runServe(flags);
    });
}
