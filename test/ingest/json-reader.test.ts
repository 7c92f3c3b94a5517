import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jsonlReader, jsonReader } from '../../src/ingest/readers/json-reader.js';
import { collect, fixture } from './ingest-helpers.js';

function read(reader: typeof jsonReader, text: string, label = 'data.json') {
  return reader.read({ text, path: label, url: null, label });
}

test('JSON array: one document per record, metadata from its fields, HTML body extracted', async () => {
  const { inputs, errors } = await collect([fixture('records.json')]);
  assert.deepEqual(errors, []);
  assert.equal(inputs.length, 2);
  assert.equal(inputs[0]?.hints.title, 'Library extends opening hours');
  assert.equal(inputs[0]?.hints.outlet, 'Valley Courier');
  assert.equal(inputs[0]?.hints.author, 'Sam Reyes');
  assert.equal(inputs[0]?.hints.published, '2030-06-02');
  assert.equal(inputs[0]?.source.record, 0);
  assert.equal(inputs[1]?.hints.title, 'Bridge repairs start', 'headline is accepted for title');
  assert.equal(inputs[1]?.raw, 'Repairs to the old stone bridge began on Monday.\n\nOne lane will stay open & traffic lights will control the flow.');
});

test('JSON object: one document, no record index', async () => {
  const { inputs } = await collect([fixture('single.json')]);
  assert.equal(inputs.length, 1);
  assert.equal(inputs[0]?.source.record, undefined);
  assert.equal(inputs[0]?.hints.outlet, 'Farm Weekly');
  assert.equal(inputs[0]?.hints.published, '2029-09-14');
});

test('JSON wrapper object with an articles array', () => {
  const result = read(jsonReader, JSON.stringify({ articles: [{ text: 'A short report about a fair.' }, { text: 'Another short report.' }] }));
  assert.equal(result.inputs.length, 2);
  assert.deepEqual(result.errors, []);
});

test('JSONL: good lines read, a malformed line and a line without text reported with their line numbers', async () => {
  const { inputs, errors } = await collect([fixture('records.jsonl')]);
  assert.deepEqual(inputs.map((input) => input.hints.title), ['Rail line reopens', 'Snow closes mountain pass', 'Market moves indoors']);
  assert.deepEqual(errors.map((error) => error.code), ['MALFORMED_RECORD', 'MALFORMED_RECORD']);
  assert.ok(errors[0]?.message.includes('records.jsonl:3'), errors[0]?.message);
  assert.ok(errors[1]?.message.includes('records.jsonl:4'), errors[1]?.message);
  assert.ok(errors[1]?.message.includes('no text field'));
});

test('JSONL: a record whose text is a whole HTML page goes through main-text extraction', async () => {
  const { inputs } = await collect([fixture('records.jsonl')]);
  const market = inputs.find((input) => input.hints.title === 'Market moves indoors');
  assert.ok(market !== undefined);
  assert.ok(!market.raw.includes('<p>'));
  assert.ok(market.raw.startsWith('The weekly farmers market will move'));
  assert.ok(market.raw.includes('\n\nStall holders'));
});

test('negative: not JSON, an empty array, a record that is not an object', () => {
  const broken = read(jsonReader, '{"text": "unfinished');
  assert.equal(broken.errors[0]?.code, 'MALFORMED_RECORD');
  assert.ok(broken.errors[0]?.message.startsWith('data.json: the file is not valid JSON'));
  const empty = read(jsonReader, '[]');
  assert.equal(empty.errors[0]?.code, 'NO_ARTICLE');
  const mixed = read(jsonReader, '[42, {"text": "A fine record."}]');
  assert.equal(mixed.inputs.length, 1);
  assert.equal(mixed.errors[0]?.code, 'MALFORMED_RECORD');
  assert.ok(mixed.errors[0]?.message.startsWith('data.json#1:'));
  const blank = read(jsonlReader, '\n\n', 'data.jsonl');
  assert.equal(blank.inputs.length, 0);
  assert.equal(blank.errors[0]?.code, 'NO_ARTICLE');
});
