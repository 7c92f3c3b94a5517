/**
 * Paths tests share: the repository root and the shared folder beside it (seeds, gold, datasets).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The shared folder beside the repository (seeds, gold, contract, datasets). */
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));

/** Whether the shared folder is there; tests that need it skip with this reason otherwise. */
export const SHARED_MISSING: string | false = existsSync(SHARED) ? false : 'the shared folder (../shared) is not beside the repository';
