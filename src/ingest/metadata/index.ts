/**
 * Metadata stages. Those before cleaning read the raw input; those after read the cleaned text.
 * The id comes last, once text and outlet are settled.
 */
import type { DocStage } from '../../pipeline/stage.js';
import { assignId } from './document-id.js';
import { detectLanguage } from './language.js';
import { publishedFromText } from './published-from-text.js';
import { publishedFromMetadata } from './published.js';

/** Stages that run on the raw input, before cleaning. */
export const PRE_CLEAN_STAGES: readonly DocStage[] = [publishedFromMetadata];

/** Stages that run on the cleaned text, before annotation. */
export const POST_CLEAN_STAGES: readonly DocStage[] = [detectLanguage, publishedFromText, assignId];
