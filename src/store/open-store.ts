/**
 * Open the store a command names with `--db`. The backend is chosen from the location: a file
 * path (or ':memory:') is SQLite; a `postgres://` URL is reserved for the Postgres backend.
 */
import { createError } from '../pipeline/errors.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

/** Default database file. */
export const DEFAULT_DB = './sitrep.db';

/** Open a store by location. */
export function openStore(location: string = DEFAULT_DB, options: { readonly?: boolean } = {}): Store {
  if (/^postgres(?:ql)?:\/\//iu.test(location)) {
    throw createError('STORE_FAILED', { file: location, detail: 'the Postgres backend is not built yet; use a SQLite file' });
  }
  return openSqliteStore(location, options);
}
