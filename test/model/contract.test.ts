import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildExport } from '../../src/export/analysis-export.js';
import { validateExport } from '../../src/export/validate-export.js';
import { createDoc, documentId } from '../../src/model/news-doc.js';
import { createContext, createPipeline } from '../../src/pipeline/pipeline.js';
import { REPO_ROOT, SHARED, SHARED_MISSING } from '../helpers/paths.js';

describe('the export contract', () => {
  it('the vendored schema is the shared contract, unchanged', { skip: SHARED_MISSING }, () => {
    const vendored = readFileSync(join(REPO_ROOT, 'contract/analysis.schema.json'), 'utf8');
    const shared = readFileSync(join(SHARED, 'contract/analysis.schema.json'), 'utf8');
    assert.equal(vendored, shared, 'contract/analysis.schema.json drifted from the shared contract: copy it again and run npm run generate');
  });

  it('the generated types are up to date with the schema', async () => {
    const script = (await import(join(REPO_ROOT, 'scripts/generate-types.mjs'))) as { generate: () => Promise<string> };
    const committed = readFileSync(join(REPO_ROOT, 'src/model/analysis.generated.ts'), 'utf8');
    assert.equal(committed, await script.generate(), 'src/model/analysis.generated.ts is stale: run npm run generate');
  });

  it('an export of a processed document validates, and a broken one does not', () => {
    const doc = createDoc({ source: { path: 'a.txt', url: null, format: 'text' }, raw: 'Troops moved to the border on Monday.\n', hints: { outlet: 'The Test Post' }, hintBasis: 'test' });
    createPipeline().run(doc, createContext());
    const analysis = buildExport([doc]);
    assert.deepEqual(validateExport(analysis), []);
    const broken = { ...analysis, schema: 'sitrep.analysis/0' };
    assert.notDeepEqual(validateExport(broken), []);
  });
});

describe('document ids', () => {
  it('are the same for the same content whatever the file name, and differ by content or outlet', () => {
    assert.equal(documentId('Some text.', 'Outlet'), documentId('Some  text.', 'outlet'));
    assert.notEqual(documentId('Some text.', 'Outlet'), documentId('Other text.', 'Outlet'));
    assert.notEqual(documentId('Some text.', 'Outlet A'), documentId('Some text.', 'Outlet B'));
  });
});
