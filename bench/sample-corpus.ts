/**
 * The sample corpus (examples/corpus) annotated and resolved once by the real pipeline, in the
 * form the benchmark's article generator works from (bench/corpus-articles.ts). Kept apart from
 * the generator so that a benchmark child process that only generates articles does not load
 * the pipeline.
 */
import { fileURLToPath } from 'node:url';
import { analyzeSources } from '../src/cli/commands/analyze.js';
import type { SourceArticle, SourceCorpus } from './corpus-articles.js';

const CORPUS = fileURLToPath(new URL('../examples/corpus/', import.meta.url));

/** Annotate and resolve the sample corpus and keep what the generator needs. */
export async function annotatedSampleCorpus(): Promise<SourceCorpus> {
  const { docs, findings } = await analyzeSources([CORPUS], { quiet: true });
  const storyOf = new Map<string, number>();
  findings.stories.forEach((story, position) => {
    for (const id of story.documents) storyOf.set(id, position);
  });
  const articles: SourceArticle[] = docs.map((doc) => ({
    id: doc.id,
    title: doc.meta.title,
    published: doc.meta.published.value === null ? null : doc.meta.published.value.slice(0, 10),
    text: doc.text,
    layers: doc.layers,
    story: storyOf.get(doc.id) ?? -1,
  }));
  const entities: Record<string, { type: string; name: string }> = {};
  for (const entity of findings.entities) entities[entity.id] = { type: entity.type, name: entity.name };
  return { articles, entities };
}
