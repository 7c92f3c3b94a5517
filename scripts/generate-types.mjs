// Generate src/model/analysis.generated.ts from the contract's JSON Schema (the one source of
// truth for the export format). Run by `npm run generate`; test/model/contract.test.ts fails when
// the committed file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { compile } from 'json-schema-to-typescript';

const SCHEMA = new URL('../contract/analysis.schema.json', import.meta.url);
const TARGET = new URL('../src/model/analysis.generated.ts', import.meta.url);

export async function generate() {
  const schema = JSON.parse(await readFile(SCHEMA, 'utf8'));
  const banner = '/* Generated from contract/analysis.schema.json by scripts/generate-types.mjs. Do not edit. */';
  return compile(schema, 'AnalysisExport', { bannerComment: banner, unreachableDefinitions: true, style: { singleQuote: true } });
}

if (process.argv[1] && new URL(`file://${process.argv[1]}`).href === import.meta.url) {
  await writeFile(TARGET, await generate());
  console.log('wrote src/model/analysis.generated.ts');
}
