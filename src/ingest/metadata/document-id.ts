/**
 * Give the document its stable id once the text is clean and the outlet known.
 */
import { documentId } from '../../model/news-doc.js';
import type { DocStage } from '../../pipeline/stage.js';

/** The id stage. */
export const assignId: DocStage = {
  kind: 'meta',
  name: 'meta/id',
  run(doc) {
    doc.id = documentId(doc.text, doc.meta.outlet);
  },
};
