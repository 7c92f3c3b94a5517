/**
 * Events: the evidence model. Who acted on whom (clash or attack, who took territory, protest
 * sub-types), compound cues (weapons seized, industrial blasts), trigger words in other senses,
 * and the main event of a passage. Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractEvents, type EventReading } from '../../src/annotate/events/extract-events.js';
import { mainEvent } from '../../src/annotate/events/main-event.js';
import { splitSentences } from '../../src/annotate/tokens/sentences.js';

function events(text: string): EventReading[] {
  return extractEvents(text, splitSentences(text), { mentions: [], places: [], times: [] });
}

function typed(text: string, type: string): string | null {
  const event = events(text).find((candidate) => candidate.type === type);
  assert.ok(event, `expected a ${type} event in: ${text}`);
  return event.subtype;
}

function main(text: string): string {
  const event = mainEvent(text, events(text));
  return event === undefined ? '(none)' : `${event.type}/${event.subtype ?? '-'}`;
}

describe('events: clash or attack', () => {
  it('reads an attack by an armed group on a military target as a clash', () => {
    assert.equal(typed('Rebel fighters attacked an army checkpoint outside the town overnight.', 'attack'), 'clash');
  });

  it('reads a casualty report between two armed sides as a clash', () => {
    assert.equal(typed('Soldiers killed nine insurgents in the hills on Monday.', 'casualties'), 'clash');
  });

  it('keeps an attack on a civilian target an attack', () => {
    assert.equal(typed('Gunmen attacked a crowded market on Sunday, wounding several shoppers.', 'attack'), null);
  });

  it('does not count the police as a side when they only report', () => {
    assert.equal(typed('Armed men attacked a bank in the capital, police said.', 'attack'), null);
  });
});

describe('events: air strike, weapons seized, industrial blasts', () => {
  it('reads rockets fired from aircraft as an air strike, and from the ground as shelling', () => {
    assert.equal(typed('Jets fired rockets at a fuel depot near the port.', 'attack'), 'air-strike');
    assert.equal(typed('Rebels fired rockets at a fuel depot near the port.', 'attack'), 'shelling');
  });

  it('reads a seizure beside weapon nouns as weapons seized', () => {
    assert.equal(main('Officers seized rifles and ammunition during a search of the farmhouse.'), 'attack/weapons-seized');
    assert.equal(main('A cache of hand grenades was discovered under a bridge.'), 'attack/weapons-seized');
  });

  it('does not read a seizure without weapons as weapons seized', () => {
    assert.equal(main('Officers seized the opportunity to question the driver.'), '(none)');
    assert.equal(main('Customs officers seized a shipment of cheap shoes.'), '(none)');
  });

  it('reads an explosion beside an industrial word as a man-made disaster, a bomb as an explosive attack', () => {
    assert.equal(main('A gas cylinder exploded in a restaurant kitchen, killing two.'), 'disaster/man-made');
    assert.equal(main('A bomb exploded at a bus stop, killing two.'), 'attack/explosive');
  });

  it('does not read a weapons programme or test as an attack', () => {
    assert.equal(events('The country carried out new missile tests over the sea.').filter((event) => event.type === 'attack').length, 0);
    assert.equal(events('Talks covered the chemical weapons stockpile of the old regime.').filter((event) => event.type === 'attack').length, 0);
  });
});

describe('events: territory', () => {
  it('reads territory taken by state forces as regained, by an armed group as overtaken', () => {
    assert.equal(typed('Government troops captured the hill from the insurgents.', 'incursion'), 'retake-territory');
    assert.equal(typed('Insurgents seized the district headquarters and two villages.', 'incursion'), 'take-territory');
  });

  it('takes the subject of the clause as the agent, not the object of an earlier verb', () => {
    assert.equal(typed('Militants attacked army positions and captured the town.', 'incursion'), 'take-territory');
  });

  it('reads the agent of a passive after "by"', () => {
    assert.equal(typed('The village was recaptured by militia fighters at dawn.', 'incursion'), 'take-territory');
  });

  it('reads a takeover beside a withdrawal as a transfer', () => {
    assert.equal(main('The soldiers withdrew from the crossing. Militants then took over the crossing.'), 'incursion/transfer-territory');
  });

  it('does not read a takeover of a non-place as territory', () => {
    assert.equal(events('The firm took over a rival bakery chain last year.').filter((event) => event.type === 'incursion').length, 0);
  });
});

describe('events: protest sub-types', () => {
  it('reads violence by demonstrators as a violent protest', () => {
    assert.equal(main('Protesters hurled stones at the police and torched a car.'), 'protest/violent-protest');
  });

  it('reads lethal force on protesters as repression', () => {
    assert.equal(typed('Police opened fire on protesters in the square, killing three.', 'protest'), 'protest-repressed');
  });

  it('reads dispersal or arrests as an intervention', () => {
    assert.equal(main('Police used tear gas to disperse the demonstrators near parliament.'), 'protest/protest-intervention');
  });

  it('keeps a rally without force or violence peaceful', () => {
    assert.equal(main('Thousands of students rallied outside the ministry on Friday.'), 'protest/-');
  });

  it('does not take violence named as the topic for violent conduct', () => {
    assert.equal(main('Students held demonstrations against gun violence across the region.'), 'protest/-');
  });
});

describe('events: main event of a passage', () => {
  it('prefers the strongest trigger of a type to the first one', () => {
    assert.equal(typed('The two sides agreed to a ceasefire in the valley.', 'negotiate'), 'agreement');
    assert.equal(events('The two sides agreed to a ceasefire in the valley.').find((event) => event.type === 'negotiate')?.text, 'ceasefire');
  });

  it('lets the lead event win over a slightly stronger later one', () => {
    assert.equal(main('Riot police arrested forty people in the old town. Officers later found a stolen van.'), 'arrest/-');
  });

  it('lets a clearly stronger later event win over the lead', () => {
    assert.equal(main('Officials said a suicide bomber struck a checkpoint on the main road.'), 'attack/suicide-bombing');
  });

  it('lets a sanction win over the attack it answers', () => {
    assert.equal(main('The minister announced sanctions in response to the missile strike on the port.'), 'sanction/-');
  });

  it('reads surrender and exchanges as agreements', () => {
    assert.equal(main('Twelve rebels surrendered to the army on Tuesday.'), 'negotiate/agreement');
  });
});
