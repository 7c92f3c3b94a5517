/**
 * Events: triggers, words used in another sense, modality, and what the sentence attaches
 * (actors, place, time), on sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractEvents, type EventContext, type EventReading } from '../../src/annotate/events/extract-events.js';
import { splitSentences } from '../../src/annotate/tokens/sentences.js';
import type { Place, TimeExpression } from '../../src/model/annotations.js';

const EMPTY: EventContext = { mentions: [], places: [], times: [] };

function events(text: string, context: EventContext = EMPTY): EventReading[] {
  return extractEvents(text, splitSentences(text), context);
}

function only(text: string, type: string): EventReading {
  const found = events(text).filter((event) => event.type === type);
  assert.equal(found.length, 1, `expected one ${type} event in: ${text}`);
  const [event] = found;
  assert.ok(event);
  return event;
}

describe('events: triggers', () => {
  it('finds a deployment and an exercise', () => {
    assert.equal(only('The ministry deployed two battalions to the frontier.', 'deploy').text, 'deployed');
    assert.equal(only('Naval drills began off the northern coast.', 'exercise').text, 'drills');
  });

  it('finds multiword triggers and keeps their subtype', () => {
    const strike = only('An air strike hit a fuel depot outside the town.', 'attack');
    assert.deepEqual([strike.text, strike.subtype], ['air strike', 'air-strike']);
  });

  it('does not fire on "heart attack" or "exercise caution"', () => {
    assert.deepEqual(events('The senator died of a heart attack at home.').map((event) => event.type).filter((type) => type === 'attack'), []);
    assert.deepEqual(events('Travellers should exercise caution near the lake.').map((event) => event.type), []);
  });

  it('does not fire on a capitalised trigger word inside a name', () => {
    assert.deepEqual(events('He leads the Storm Shadow Attack Foundation charity.').filter((event) => event.type === 'attack'), []);
  });
});

describe('events: modality', () => {
  it('reads a reported event as asserted', () => {
    assert.equal(only('Rebels shelled the airport overnight.', 'attack').modality, 'asserted');
  });

  it('reads "threatened to" as threatened', () => {
    assert.equal(only('The general threatened to invade the island.', 'incursion').modality, 'threatened');
  });

  it('reads "would ... if" as threatened and a bare "if" as conditional', () => {
    assert.equal(only('Our forces would attack if they cross the river.', 'attack').modality, 'threatened');
    assert.equal(only('If the convoy is attacked, the talks end.', 'attack').modality, 'conditional');
  });

  it('reads a denial and a negation as denied', () => {
    assert.equal(only('The ministry denied that troops were deployed there.', 'deploy').modality, 'denied');
    assert.equal(only('Officials said no soldiers were deployed near the border.', 'deploy').modality, 'denied');
  });

  it('reads "plans to" and "is preparing to" as planned', () => {
    assert.equal(only('The navy plans to deploy a frigate next month.', 'deploy').modality, 'planned');
    assert.equal(only('The army is preparing to evacuate the valley.', 'evacuate').modality, 'planned');
  });

  it('keeps a threat itself asserted', () => {
    assert.equal(only('The president threatened the neighbours with sanctions.', 'threaten').modality, 'asserted');
  });
});

describe('events: what the sentence attaches', () => {
  it('takes the place and dated time of the sentence, not a duration', () => {
    const text = 'Protesters gathered in the square for two days.';
    const place: Place = { kind: 'place', start: 23, end: 29, text: 'square', name: 'Test Square', placeKind: 'other', countryCode: null, lat: 0, lon: 0, gazetteerId: null, provenance: { stage: 'annotate', rule: 'test', confidence: 1 } };
    const duration: TimeExpression = { kind: 'time', start: 34, end: 42, text: 'two days', value: 'P2D', granularity: 'duration', provenance: { stage: 'annotate', rule: 'test', confidence: 1 } };
    const [event] = events(text, { mentions: [], places: [place], times: [duration] });
    assert.ok(event);
    assert.deepEqual([event.type, event.place, event.time], ['protest', 'Test Square', null]);
  });

  it('falls back to capitalised names for actors when there are no mentions', () => {
    const event = only('Yesterday Northland accused Southland of sabotage at the dam.', 'accuse');
    assert.deepEqual([...event.actors].sort(), ['Northland', 'Southland']);
  });
});
