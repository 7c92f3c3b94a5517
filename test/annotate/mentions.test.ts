import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveMentionNames } from '../../src/annotate/mentions/mention-coref.js';
import { extractMentions } from '../../src/annotate/mentions/mention-stage.js';
import { nerGazetteer } from '../../src/annotate/mentions/ner-gazetteer.js';
import { splitSentences } from '../../src/annotate/tokens/sentences.js';
import type { Mention } from '../../src/model/annotations.js';

function mentions(text: string): Mention[] {
  return resolveMentionNames(extractMentions(text, splitSentences(text)), nerGazetteer());
}

function find(found: readonly Mention[], text: string): Mention | undefined {
  return found.find((mention) => mention.text === text);
}

describe('mentions: names, titles and roles', () => {
  it('takes a title off the name and keeps it as the description', () => {
    const found = mentions('Defence Minister Jane Doe said on Friday that the talks had failed.');
    const jane = find(found, 'Jane Doe');
    assert.ok(jane, `no Jane Doe in ${found.map((mention) => mention.text).join(', ')}`);
    assert.equal(jane.type, 'PERSON');
    assert.equal(jane.name, 'Jane Doe');
    assert.equal(jane.description, 'Defence Minister');
    assert.equal(found.some((mention) => mention.text.includes('Minister')), false);
  });

  it('reads a role from an apposition after the name', () => {
    const found = mentions('Pavel Orlenko, the deputy head of the border guard, told reporters the crossing was closed.');
    const pavel = find(found, 'Pavel Orlenko');
    assert.ok(pavel);
    assert.equal(pavel.description, 'deputy head of the border guard');
  });

  it('gives no description when none is stated', () => {
    const found = mentions('Maria Kovacs arrived in Vienna late on Sunday.');
    const maria = find(found, 'Maria Kovacs');
    assert.ok(maria);
    assert.equal(maria.description, undefined);
  });

  it('drops Mr and resolves the surname and a one-letter misspelling to the full name', () => {
    const found = mentions(
      'Negotiator Thomas Brandtner met the delegation in Geneva. Mr Brandtner said progress was slow. Later Brandtnar added that a deal was close.',
    );
    const people = found.filter((mention) => mention.type === 'PERSON');
    assert.ok(people.length >= 3, `people: ${people.map((mention) => mention.text).join(', ')}`);
    for (const person of people) assert.equal(person.name, 'Thomas Brandtner');
    assert.equal(find(found, 'Mr Brandtner'), undefined);
  });

  it('keeps two people with the same surname and different first names apart', () => {
    const found = mentions('Anna Weber spoke first. Later Klaus Weber replied to her.');
    assert.equal(find(found, 'Anna Weber')?.name, 'Anna Weber');
    assert.equal(find(found, 'Klaus Weber')?.name, 'Klaus Weber');
  });
});

describe('mentions: names marked by roles and surnames', () => {
  it('finds a person by a role apposition, and the surname alone later', () => {
    const text = 'Ostap Vrublevsky, the deputy chief of the port authority, made the call. Vrublevsky gave no details.';
    const found = mentions(text);
    const people = found.filter((mention) => mention.type === 'PERSON');
    assert.deepEqual(
      people.map((mention) => mention.text),
      ['Ostap Vrublevsky', 'Vrublevsky'],
    );
    for (const person of people) assert.equal(person.name, 'Ostap Vrublevsky');
  });

  it('does not make a person of an organisation word after a title word', () => {
    const found = mentions('The order came from the General Staff of the army on Monday.');
    assert.equal(found.some((mention) => mention.type === 'PERSON'), false);
  });

  it('does not make a person of a capitalised run without a role', () => {
    const found = mentions('Green Valley, a quiet district, voted early.');
    assert.equal(found.some((mention) => mention.type === 'PERSON' && mention.provenance.rule === 'mentions/role-pattern'), false);
  });
});

describe('mentions: types', () => {
  it('types countries as GPE and nationalities as NORP', () => {
    const found = mentions('Polish farmers blocked the border with Germany for a week.');
    assert.equal(find(found, 'Germany')?.type, 'GPE');
    assert.equal(find(found, 'Polish')?.type, 'NORP');
  });

  it('makes a name with a facility head noun a FAC', () => {
    const found = mentions('Engineers inspected the Zaporizhzhia nuclear power plant after the blackout.');
    const plant = found.find((mention) => mention.type === 'FAC');
    assert.ok(plant, `found: ${found.map((mention) => `${mention.text}/${mention.type}`).join(', ')}`);
    assert.equal(plant.text, 'Zaporizhzhia nuclear power plant');
  });
});

describe('mentions: capitals standing for governments', () => {
  it('marks a capital that speaks or acts as standing for its country', () => {
    const found = mentions('Warsaw accused its neighbour of staging the incident, and Berlin said it would respond.');
    assert.equal(find(found, 'Warsaw')?.standsFor, 'Poland');
    assert.equal(find(found, 'Berlin')?.standsFor, 'Germany');
  });

  it("marks a capital's possessive with a political noun", () => {
    const found = mentions("The decision followed Berlin's pressure on its partners.");
    assert.equal(find(found, 'Berlin')?.standsFor, 'Germany');
  });

  it('leaves a capital that is only a place alone', () => {
    const found = mentions('The delegates met in Warsaw on Tuesday.');
    const warsaw = find(found, 'Warsaw');
    assert.ok(warsaw);
    assert.equal(warsaw.type, 'GPE');
    assert.equal(warsaw.standsFor, undefined);
  });
});

describe('mentions: negative cases', () => {
  it('does not tag sentence-initial function words and adverbs', () => {
    const text = 'Meanwhile the river kept rising. Although the dam held, Surveys showed fear. Nevertheless residents stayed.';
    const found = mentions(text);
    for (const word of ['Meanwhile', 'Although', 'Nevertheless']) assert.equal(find(found, word), undefined, word);
  });

  it('does not tag a capitalised common word that the document also writes in lower case', () => {
    const found = mentions('Polls were closed early. The polls in the north stayed open.');
    assert.equal(find(found, 'Polls'), undefined);
  });

  it('does not tag an all-caps photo credit line', () => {
    const found = mentions('Soldiers walk along a road\nJOHN SMITHSON/AFP via Getty Images\nThe army said it had withdrawn.');
    assert.equal(found.some((mention) => mention.text.includes('SMITHSON')), false);
  });

  it('does not tag page furniture', () => {
    const found = mentions('The story ends here.\nCOMMENTS\nRead More\nShare This Article');
    assert.deepEqual(found, []);
  });
});
