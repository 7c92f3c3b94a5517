/**
 * Metadata field names as they appear in front matter, sidecars and JSON records, mapped onto
 * sitrep's hints. Several spellings are accepted because exporters disagree.
 */
import type { MetaHints } from '../../model/news-doc.js';

const FIELD_NAMES = {
  title: ['title', 'headline'],
  outlet: ['outlet', 'source', 'publisher', 'site', 'site_name', 'siteName', 'publication'],
  author: ['author', 'byline', 'authors', 'creator'],
  url: ['url', 'link', 'canonical', 'canonical_url'],
  published: ['published', 'date', 'published_at', 'publishedAt', 'datePublished', 'pubDate', 'time', 'created'],
} as const;

/** Field names that may carry the article body in a JSON record. */
export const TEXT_FIELDS = ['text', 'body', 'content', 'articleBody', 'article', 'html'] as const;

function asText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    // Note: YAML reads a bare date as midnight UTC; keep it a day, not an invented time.
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(asText).filter((part): part is string => part !== null);
    return parts.length > 0 ? parts.join(', ') : null;
  }
  if (value !== null && typeof value === 'object' && 'name' in value) return asText(value.name);
  return null;
}

/** Read metadata hints from a plain record (front matter, sidecar, JSON record). */
export function hintsFromRecord(record: Readonly<Record<string, unknown>>): MetaHints {
  const hints: Record<string, string> = {};
  for (const [key, names] of Object.entries(FIELD_NAMES)) {
    for (const name of names) {
      const value = asText(record[name]);
      if (value !== null) {
        hints[key] = value;
        break;
      }
    }
  }
  return hints;
}
