/**
 * The dashboard's built files (dist/web), which the server serves: `npm test` builds them first
 * (the pretest script); a lone run of a server or browser test builds them when they are missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/paths.js';

/** Build dist/web with scripts/build-web.mjs unless dist/web/app.js is there. */
export function ensureWebBuilt(): void {
  if (existsSync(join(REPO_ROOT, 'dist/web/app.js'))) return;
  const result = spawnSync(process.execPath, ['scripts/build-web.mjs'], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`npm run build:web failed: ${result.stderr}`);
}
