/**
 * A small store for the server tests: a few articles written for these tests (a flood story told
 * by two outlets with different death tolls, and two unrelated pieces), run through the whole
 * pipeline, stored in SQLite on a temporary file and resolved as `sitrep ingest` would.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveAndSave } from '../../src/cli/commands/resolve-and-save.js';
import { createDoc, type InputFormat } from '../../src/model/news-doc.js';
import { createContext, createPipeline } from '../../src/pipeline/pipeline.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';

/** An article of the fixture corpus. */
export interface FixtureArticle {
  /** File name the article pretends to come from. */
  readonly path: string;
  readonly format: InputFormat;
  readonly outlet: string;
  readonly published: string;
  readonly title: string;
  readonly raw: string;
}

/** The fixture articles (own text, invented outlets). */
export const FIXTURE_ARTICLES: readonly FixtureArticle[] = [
  {
    path: 'tagus-tribune-floods.txt',
    format: 'text',
    outlet: 'Tagus Tribune',
    published: '2024-03-11',
    title: 'Floods kill 12 in northern Portugal',
    raw: [
      'BRAGA - Twelve people were killed when the Cávado river burst its banks near Braga on Sunday, the civil protection agency said.',
      'Rescue crews used boats to reach villages east of the city, and about 300 residents spent the night in school gyms.',
      '"The water rose faster than anyone expected," said Marta Lobo, the mayor of Braga, on Monday.',
      'Photo: Staff photographer',
    ].join('\n\n'),
  },
  {
    path: 'valley-herald-floods.txt',
    format: 'text',
    outlet: 'Valley Herald',
    published: '2024-03-12',
    title: 'Death toll from Portuguese floods rises',
    raw: [
      'BRAGA - Thirty people were killed in the floods near Braga, the regional health authority said on Tuesday, more than double the earlier figure.',
      'The Cávado river burst its banks on Sunday, and boats carried rescue crews to villages east of the city.',
      '"We are still searching the riverside farms," said Marta Lobo, the mayor of Braga.',
    ].join('\n\n'),
  },
  {
    path: 'morning-signal-tram.txt',
    format: 'text',
    outlet: 'Morning Signal',
    published: '2024-05-02',
    title: 'Lyon council approves tram extension',
    raw: [
      'LYON - The city council of Lyon approved a budget of 80 million euros on Thursday for a tram line to the eastern suburbs.',
      'Work on the line is due to start in September and to end in 2027, the transport office said.',
    ].join('\n\n'),
  },
];

/** A temporary store with the fixture articles ingested and resolved. */
export interface FixtureStore {
  readonly store: Store;
  /** Folder of the database file; removed by {@link FixtureStore.dispose}. */
  readonly folder: string;
  /** Document ids in the order of {@link FIXTURE_ARTICLES}. */
  readonly ids: readonly string[];
  /** Close the store and remove its folder. */
  dispose(): void;
}

/** Open a fresh SQLite store on a temporary file and ingest the articles into it. */
export function openFixtureStore(articles: readonly FixtureArticle[] = FIXTURE_ARTICLES): FixtureStore {
  const folder = mkdtempSync(join(tmpdir(), 'sitrep-server-'));
  const store = openSqliteStore(join(folder, 'fixture.db'));
  const pipeline = createPipeline();
  const context = createContext();
  const ids = articles.map((article) => {
    const doc = createDoc({
      source: { path: article.path, url: null, format: article.format },
      raw: article.raw,
      hints: { outlet: article.outlet, published: article.published, title: article.title },
      hintBasis: 'test',
    });
    pipeline.run(doc, context);
    store.putDocument(doc);
    return doc.id;
  });
  resolveAndSave(store);
  return {
    store,
    folder,
    ids,
    dispose: () => {
      store.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
