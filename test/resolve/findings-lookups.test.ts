/**
 * The findings reader's lookups (what one story, entity or document page reads) give what
 * filtering the whole streams would give, on the sample corpus resolved in a store.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { analyzeSources } from '../../src/cli/commands/analyze.js';
import { resolveAndSave } from '../../src/cli/commands/resolve-and-save.js';
import { collectFindings, type FindingsReader, type ResolvedFindings } from '../../src/resolve/index.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';

const CORPUS = fileURLToPath(new URL('../../examples/corpus/', import.meta.url));
let store: Store;
let reader: FindingsReader;
let all: ResolvedFindings;

before(async () => {
  const { docs } = await analyzeSources([CORPUS], { quiet: true });
  store = openSqliteStore(':memory:');
  for (const doc of docs) store.putDocument(doc);
  resolveAndSave(store);
  reader = store.findings();
  all = collectFindings(store.resolveIndex());
});
after(() => store.close());

const ids = <T extends object>(items: readonly T[]): string[] => items.map((item) => ('id' in item ? String(item.id) : '')).sort();

describe('findings lookups', () => {
  it('find each story, its claims, conflicts, changes, timeline and duplicates as the streams do', () => {
    assert.ok(all.stories.length > 3 && all.conflicts.length > 0 && all.duplicates.length > 0);
    for (const story of all.stories) {
      assert.deepEqual(reader.story(story.id), story);
      const members = new Set(story.documents);
      for (const document of story.documents) assert.equal(reader.storyOfDocument(document), story.id);
      const claims = reader.claimsOfDocuments(story.documents);
      assert.deepEqual(ids(claims), ids(all.claims.filter((claim) => members.has(claim.document))));
      const claimIds = new Set(claims.map((claim) => claim.id));
      assert.deepEqual(ids(reader.conflictsOfClaims([...claimIds])), ids(all.conflicts.filter((conflict) => conflict.claims.some((id) => claimIds.has(id)))));
      assert.deepEqual(ids(reader.changesOfClaims([...claimIds])), ids(all.changes.filter((change) => change.claims.some((id) => claimIds.has(id)))));
      const timeline = reader.timelineOfDocuments(story.documents);
      assert.deepEqual(ids(timeline), ids(all.timeline.filter((entry) => entry.documents.some((id) => members.has(id)))));
      assert.deepEqual(timeline.map((entry) => entry.date), timeline.map((entry) => entry.date).sort(), 'in date order');
      const pairs = reader.duplicatesOfDocuments(story.documents).map((pair) => `${pair.a}|${pair.b}`).sort();
      assert.deepEqual(pairs, all.duplicates.filter((pair) => members.has(pair.a) || members.has(pair.b)).map((pair) => `${pair.a}|${pair.b}`).sort());
    }
    assert.equal(reader.story('story_0000000000000000'), undefined);
  });

  it('find each entity, its name and the claims it makes', () => {
    for (const entity of all.entities) {
      assert.deepEqual(reader.entity(entity.id), entity);
      assert.equal(reader.entityName(entity.id), entity.name);
      assert.deepEqual(ids(reader.claimsOfClaimant(entity.id)), ids(all.claims.filter((claim) => claim.claimant === entity.id)));
    }
    assert.ok(all.claims.some((claim) => claim.claimant !== null), 'some claims have a claimant');
    const summaries = [...reader.entitySummaries()];
    assert.deepEqual(summaries.map((entity) => entity.documentCount), all.entities.map((entity) => entity.documents.length));
  });

  it('count stored records and page claims and stories from an offset', () => {
    assert.equal(reader.count('claims'), all.claims.length);
    assert.equal(reader.count('stories'), all.stories.length);
    assert.deepEqual([...reader.claims(5)], all.claims.slice(5));
    assert.deepEqual([...reader.stories(2)], all.stories.slice(2));
    assert.deepEqual([...reader.claims(all.claims.length)], []);
  });
});
