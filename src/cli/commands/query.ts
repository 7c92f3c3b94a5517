/**
 * Commands that read the store: `search`, `show`, `export`, `report`.
 */
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Command } from 'commander';
import { buildExport } from '../../export/analysis-export.js';
import { exportPieces, writePieces } from '../../export/export-stream.js';
import { createError } from '../../pipeline/errors.js';
import { summarise } from '../../report/summary.js';
import { openStore } from '../../store/open-store.js';
import type { Store } from '../../store/store.js';
import { EXIT, printError, printLine } from '../output.js';
import { resolveAndSave } from './resolve-and-save.js';

function withStore<T>(db: string, work: (store: Store) => T): T {
  const store = openStore(db);
  try {
    return work(store);
  } finally {
    store.close();
  }
}

/**
 * Run `work` on a store whose findings are up to date: documents stored but not resolved yet
 * (after an interrupted ingest, or after migration 5 cleared the resolve state) are resolved first.
 */
async function withFindings(db: string, work: (store: Store) => Promise<void> | void): Promise<void> {
  const store = openStore(db);
  try {
    resolveAndSave(store);
    await work(store);
  } finally {
    store.close();
  }
}

/** Find a document by id or unique id prefix. */
function findDocumentId(store: Store, id: string): string {
  if (store.hasDocument(id)) return id;
  const matches = store.listDocuments({ limit: 100_000 }).filter((summary) => summary.id.startsWith(id));
  const [first, second] = matches;
  if (first !== undefined && second === undefined) return first.id;
  throw createError('DOCUMENT_NOT_FOUND', { file: id, detail: second === undefined ? 'no document has this id' : 'several documents start with this id; give more of it' });
}

/** Register the store-reading commands. */
export function registerQueries(program: Command): void {
  program
    .command('search')
    .summary('full-text search over stored articles')
    .description('Search titles and cleaned text of stored articles (every word must occur; diacritics and case ignored).')
    .argument('<query...>', 'words to look for')
    .option('--db <file>', 'SQLite database file', './sitrep.db')
    .option('--limit <n>', 'most hits to show', '20')
    .option('--json', 'print hits as JSON')
    .addHelpText('after', '\nExample:\n  $ sitrep search troops border')
    .action((words: string[], flags: { db: string; limit: string; json?: boolean }) => {
      const hits = withStore(flags.db, (store) => store.search(words.join(' '), Number(flags.limit) || 20));
      if (flags.json === true) printLine(JSON.stringify(hits, null, 2));
      else if (hits.length === 0) printLine('no matches');
      else for (const hit of hits) printLine(`${hit.id}  ${hit.outlet ?? '-'}  ${hit.title ?? '(untitled)'}\n    ${hit.snippet.replace(/\s+/gu, ' ')}`);
    });

  program
    .command('show')
    .summary('show one stored article')
    .description('Show a stored article: metadata, cleaned text and, with --removed, what cleaning took out and which letters it repaired.')
    .argument('<id>', 'document id (a unique prefix is enough)')
    .option('--db <file>', 'SQLite database file', './sitrep.db')
    .option('--removed', 'list what cleaning removed and repaired')
    .option('--json', 'print the document as it appears in the export')
    .action((id: string, flags: { db: string; removed?: boolean; json?: boolean }) => {
      withStore(flags.db, (store) => {
        let doc;
        try {
          doc = store.getDocument(findDocumentId(store, id));
        } catch (error) {
          if (error instanceof Error && 'code' in error) {
            printError(createError('DOCUMENT_NOT_FOUND', { file: id }));
            process.exitCode = EXIT.someFailed;
            return;
          }
          throw error;
        }
        if (doc === undefined) return;
        if (flags.json === true) {
          printLine(JSON.stringify(buildExport([doc]).documents[0], null, 2));
          return;
        }
        const published = doc.meta.published.value === null ? 'unknown' : `${doc.meta.published.value} (${doc.meta.published.basis})`;
        printLine(`${doc.meta.title ?? '(untitled)'}\n${doc.id} | ${doc.meta.outlet ?? 'outlet unknown'} | ${doc.meta.author ?? 'author unknown'} | ${published} | ${doc.meta.language}\n`);
        printLine(doc.text);
        if (flags.removed === true) {
          printLine('\n--- removed by cleaning ---');
          for (const removal of doc.cleaning.removed) printLine(`[${removal.reason}] ${removal.text.replace(/\s+/gu, ' ')}`);
          printLine(`--- ${doc.cleaning.homoglyphs.length} words repaired (look-alike letters) ---`);
          for (const repair of doc.cleaning.homoglyphs) printLine(`${repair.before} -> ${repair.after} (${repair.scripts.join(', ')})`);
        }
      });
    });

  program
    .command('export')
    .summary('write the stored analysis as JSON')
    .description('Write every stored document and the corpus findings as a sitrep.analysis/1 export.')
    .option('--db <file>', 'SQLite database file', './sitrep.db')
    .option('--json <file>', 'where to write (- or omitted: standard output)')
    .action(async (flags: { db: string; json?: string }) => {
      // Note: written piece by piece (documents one at a time, findings from their streams), so a large store is never held whole.
      await withFindings(flags.db, async (store) => {
        const pieces = exportPieces(store.allDocuments(), store.findings());
        if (flags.json === undefined || flags.json === '-') {
          await writePieces(pieces, process.stdout);
          return;
        }
        const file = createWriteStream(flags.json);
        await writePieces(pieces, file);
        file.end();
        await finished(file);
      });
    });

  program
    .command('report')
    .summary('print a short situation summary of the stored corpus')
    .option('--db <file>', 'SQLite database file', './sitrep.db')
    .action(async (flags: { db: string }) => {
      await withFindings(flags.db, (store) => {
        printLine(summarise(store.allDocuments(), store.findings()));
      });
    });
}
