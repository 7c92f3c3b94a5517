/**
 * Detect the language of the cleaned text (ISO 639-3) with franc-min; 'und' when too short to say.
 */
import { franc } from 'franc-min';
import type { DocStage } from '../../pipeline/stage.js';

/** Characters of text the detector reads: enough to decide, cheap on long articles. */
const SAMPLE_LENGTH = 2000;

/** The language stage. */
export const detectLanguage: DocStage = {
  kind: 'meta',
  name: 'meta/language',
  run(doc) {
    doc.meta.language = franc(doc.text.slice(0, SAMPLE_LENGTH), { minLength: 20 });
  },
};
