/**
 * Normalise a publication date found in the input's metadata (front matter, <meta>, JSON-LD,
 * feed item, sidecar) to ISO 8601 at the precision it states.
 */
import type { DocStage } from '../../pipeline/stage.js';

const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?)?)?$/u;

/** Normalise a date string to an ISO partial date, or null when it cannot be read. */
export function normaliseDate(value: string): string | null {
  const trimmed = value.trim();
  const iso = ISO_PARTIAL.exec(trimmed);
  if (iso !== null) {
    const [, year, month, day, time, zone] = iso;
    if (time !== undefined) {
      const parsed = new Date(`${year}-${month}-${day}T${time}${zone ?? 'Z'}`);
      return Number.isNaN(parsed.getTime()) ? `${year}-${month}-${day}` : parsed.toISOString().replace('.000Z', 'Z');
    }
    return [year, month, day].filter((part) => part !== undefined).join('-');
  }
  const parsed = new Date(trimmed);
  if (Number.isNaN(parsed.getTime())) return null;
  return parsed.toISOString().replace('.000Z', 'Z');
}

/** Set `published` from the format's metadata when it has a readable date. */
export const publishedFromMetadata: DocStage = {
  kind: 'meta',
  name: 'meta/published',
  run(doc) {
    const hint = doc.data['publishedHint'];
    if (typeof hint !== 'string') return;
    const value = normaliseDate(hint);
    if (value === null) {
      doc.diagnostics.push({ severity: 'warning', code: 'MALFORMED_METADATA', message: `publication date "${hint}" could not be read`, stage: 'ingest' });
      return;
    }
    doc.meta.published = { value, basis: 'metadata' };
  },
};
