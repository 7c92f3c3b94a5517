// Build the dashboard into dist/web: bundle the client TypeScript with esbuild (d3-geo and
// topojson-client included, nothing loaded from elsewhere) and copy the static files.
import { copyFile, mkdir } from 'node:fs/promises';
import { build } from 'esbuild';

const out = new URL('../dist/web/', import.meta.url);
await mkdir(out, { recursive: true });
await build({
  entryPoints: { app: 'src/web/app.ts', login: 'src/web/login.ts' },
  bundle: true,
  format: 'esm',
  target: 'es2022',
  outdir: 'dist/web',
  minify: true,
  sourcemap: false,
  logLevel: 'warning',
});
for (const file of ['index.html', 'login.html', 'style.css']) await copyFile(new URL(`../src/web/static/${file}`, import.meta.url), new URL(file, out));
console.log('built dist/web');
