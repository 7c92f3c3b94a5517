/**
 * The `sitrep.analysis/1` export written piece by piece: documents one at a time, then each kind
 * of findings from its stream. The text is exactly what `JSON.stringify(buildExport(...), null, 2)`
 * gives for the same documents and findings (test/export/export-stream.test.ts), so `sitrep export`
 * of a large store never holds the whole export, nor all its documents or findings, at once.
 */
import type { NewsDoc } from '../model/news-doc.js';
import { exportDocument, type FindingStreams } from './analysis-export.js';

/** The finding kinds after `documents`, in the order of the export. */
const FINDING_KEYS = ['entities', 'stories', 'duplicates', 'claims', 'conflicts', 'timeline', 'changes'] as const;
/** Characters gathered before a piece is handed out. */
const PIECE_SIZE = 1 << 16;
const NEWLINE = /\n/gu;

/** An array member at depth 2 of the export, as `JSON.stringify(value, null, 2)` indents it. */
function member(value: unknown): string {
  // Note: JSON.stringify writes undefined array members as null, and never a raw line break inside a string.
  const json = JSON.stringify(value, null, 2) ?? 'null';
  return `    ${json.replace(NEWLINE, '\n    ')}`;
}

function* arrayText(items: Iterable<unknown>): Generator<string> {
  let first = true;
  for (const item of items) {
    yield `${first ? '[\n' : ',\n'}${member(item)}`;
    first = false;
  }
  yield first ? '[]' : '\n  ]';
}

function* exportText(docs: Iterable<NewsDoc>, findings: FindingStreams): Generator<string> {
  yield '{\n  "schema": "sitrep.analysis/1",\n  "documents": ';
  yield* arrayText((function* () {
    for (const doc of docs) yield exportDocument(doc);
  })());
  for (const key of FINDING_KEYS) {
    yield `,\n  "${key}": `;
    yield* arrayText(findings[key]());
  }
  yield '\n}\n';
}

/** The export's JSON text (with a final line break) in pieces of about 64 KiB. */
export function* exportPieces(docs: Iterable<NewsDoc>, findings: FindingStreams): Generator<string> {
  let piece = '';
  for (const text of exportText(docs, findings)) {
    piece += text;
    if (piece.length >= PIECE_SIZE) {
      yield piece;
      piece = '';
    }
  }
  if (piece.length > 0) yield piece;
}

/** Where pieces are written: a file or standard output (a Node writable stream). */
export interface PieceSink {
  write(piece: string): boolean;
  once(event: 'drain', listener: () => void): unknown;
}

/** Write the pieces to a stream, waiting whenever its buffer is full. */
export async function writePieces(pieces: Iterable<string>, sink: PieceSink): Promise<void> {
  for (const piece of pieces) {
    if (!sink.write(piece)) await new Promise<void>((resolve) => sink.once('drain', resolve));
  }
}
