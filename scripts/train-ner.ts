/**
 * Train the NER tagger on CoNLL-2003 eng.train, choose the number of passes on eng.testa (dev),
 * print the dev figures and write data/models/ner-en.json.gz. eng.testb (test) is never read here.
 * Run: `node --import tsx scripts/train-ner.ts [--epochs N] [--min-count N]`.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type Score, readConll } from '../src/annotate/mentions/conll-data.js';
import { nerGazetteer } from '../src/annotate/mentions/ner-gazetteer.js';
import { packModel, toModelFile, trainTagger } from '../src/annotate/mentions/perceptron-trainer.js';
import { CONLL_FOLDER, printScores, scoreTagger } from './ner-figures.js';

const MODEL_FILE = new URL('../data/models/ner-en.json.gz', import.meta.url);

const { values } = parseArgs({ options: { epochs: { type: 'string', default: '12' }, 'min-count': { type: 'string', default: '1' } } });
const started = Date.now();
const train = readConll(new URL('eng.train', CONLL_FOLDER).pathname);
const dev = readConll(new URL('eng.testa', CONLL_FOLDER).pathname);
const gazetteer = nerGazetteer();
let best: { epoch: number; f1: number; weights: Float32Array } = { epoch: 0, f1: -1, weights: new Float32Array(0) };
let bestScores = new Map<string, Score>();
const result = trainTagger(train, gazetteer, {
  epochs: Number(values.epochs),
  minCount: Number(values['min-count']),
  afterEpoch(epoch, tagger, weights) {
    const scores = scoreTagger(tagger, dev);
    const f1 = scores.get('*')?.f1 ?? 0;
    console.log(`epoch ${epoch}: dev micro F1 ${f1.toFixed(2)} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    if (f1 > best.f1) {
      best = { epoch, f1, weights };
      bestScores = scores;
    }
  },
});
const devFigures: Record<string, number> = { epoch: best.epoch };
for (const [type, score] of bestScores) devFigures[type === '*' ? 'micro' : type] = Number(score.f1.toFixed(2));
const model = toModelFile(result.keys, best.weights, devFigures);
const packed = packModel(model);
writeFileSync(MODEL_FILE, packed);
console.log(`kept epoch ${best.epoch}; ${model.keys.length} features; model ${(packed.length / 1e6).toFixed(2)} MB`);
printScores(`eng.testa (dev), epoch ${best.epoch}`, bestScores);
