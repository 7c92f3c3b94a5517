import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPhotoCredit } from '../../src/clean/credit-line.js';
import { inlineCreditStart } from '../../src/clean/inline-credit.js';
import { captionAboveCredit, removePhotoCredits } from '../../src/clean/photo-credit.js';
import { reasons, runRule } from './clean-helpers.js';

describe('isPhotoCredit', () => {
  it('knows the usual credit forms', () => {
    assert.ok(isPhotoCredit('JANE MARLOWE/Getty Images'));
    assert.ok(isPhotoCredit('PETER OAKS/SOMEAGENCY/AFP via Getty Images'));
    assert.ok(isPhotoCredit('Photo: City council'));
    assert.ok(isPhotoCredit('Image: AP.'));
    assert.ok(isPhotoCredit('(Reuters)'));
    assert.ok(isPhotoCredit('Photo by Sam Reed via Getty Images'));
    assert.ok(isPhotoCredit('© 2023 Harbour Press'));
  });

  it('does not take body lines with slashes, agencies or colons for credits', () => {
    assert.equal(isPhotoCredit('The Reuters correspondent said the road was closed.'), false);
    assert.equal(isPhotoCredit('Kyiv (Reuters) - Shelling hit the port city overnight, officials said.'), false);
    assert.equal(isPhotoCredit('The ratio rose to 3/4 of all cases in the region last year'), false);
    assert.equal(isPhotoCredit('Photography was banned inside the court, the judge ruled.'), false);
    assert.equal(isPhotoCredit('Protesters carried signs that read Peace/Now through the square'), false);
  });
});

describe('removePhotoCredits', () => {
  it('removes a credit and the caption line just above it', () => {
    const raw = 'Storm Hits the Coast\n\nThe storm reached land at dawn.\n\nFishermen haul their boats ashore\nJANE MARLOWE/Getty Images\n\nThe harbour closed at noon.';
    const doc = runRule(removePhotoCredits, raw);
    assert.equal(doc.text, 'Storm Hits the Coast\n\nThe storm reached land at dawn.\n\n\nThe harbour closed at noon.');
    assert.deepEqual(reasons(doc), ['image caption', 'photo credit']);
    assert.equal(doc.cleaning.removed[0]?.text, 'Fishermen haul their boats ashore');
  });

  it('keeps a body sentence above a credit, and a line separated from it by a blank line', () => {
    const raw = 'Intro line here.\n\nThe boats were hauled ashore.\nJANE MARLOWE/Getty Images\n\nWaves along the sea wall\n\nPhoto: Harbour office';
    const doc = runRule(removePhotoCredits, raw);
    assert.deepEqual(reasons(doc), ['photo credit', 'photo credit']);
    assert.ok(doc.text.includes('The boats were hauled ashore.'));
    assert.ok(doc.text.includes('Waves along the sea wall'));
  });

  it('leaves a first line above a credit to the title rule when no title is known', () => {
    const doc = runRule(removePhotoCredits, 'Storm hits the coast\nJANE MARLOWE/Getty Images\n\nThe harbour closed at noon.');
    assert.deepEqual(reasons(doc), ['photo credit']);
    assert.ok(doc.text.startsWith('Storm hits the coast'));
  });
});

describe('isPhotoCredit: Markdown emphasis', () => {
  it('reads a credit written as emphasis under a Markdown image', () => {
    assert.ok(isPhotoCredit('*Photo: Valley Herald / Ora Venn*'));
    assert.ok(isPhotoCredit('_Image: Harbour office_'));
  });

  it('negative: an emphasised body sentence is not a credit', () => {
    assert.equal(isPhotoCredit('*The photo was taken before the flood, the museum said.*'), false);
  });
});

describe('inlineCreditStart', () => {
  it('finds a credit closing a caption line', () => {
    const line = 'A ferry waits at the quay in the morning fog. Photo: Valley Herald';
    assert.equal(line.slice(inlineCreditStart(line) ?? 0), ' Photo: Valley Herald');
    const slashed = 'Rangers clear snow from the mountain road. Photograph: Ora Venn/Harbour Press';
    assert.equal(slashed.slice(inlineCreditStart(slashed) ?? 0), ' Photograph: Ora Venn/Harbour Press');
    const bracketed = 'Lanterns float on the river at dusk (Photo: Ora Venn/AP)';
    assert.equal(bracketed.slice(inlineCreditStart(bracketed) ?? 0), ' (Photo: Ora Venn/AP)');
  });

  it('negative: a sentence about a photo, a lower-case label, a source note, a quoted caption', () => {
    assert.equal(inlineCreditStart('They shared the image: Venn and Ostrova on the pier'), null);
    assert.equal(inlineCreditStart('The ministry confirmed the figures. Source: Harbour Press'), null);
    assert.equal(inlineCreditStart('The council published a photo of the new bridge on Friday.'), null);
    assert.equal(inlineCreditStart('“We are ready,” the mayor said. Photo: Valley Herald'), null);
    assert.equal(inlineCreditStart('Photo: Valley Herald'), null, 'a credit alone is not a caption with its credit');
  });
});

describe('captionAboveCredit', () => {
  it('takes captions that end with a stop when the credit supports them', () => {
    assert.ok(captionAboveCredit('Volunteers ride on a tractor through the flooded square.', true), 'a present-tense picture verb');
    assert.ok(captionAboveCredit('A fishing boat at anchor off the northern cape.', true), 'a verbless noun phrase');
    assert.ok(captionAboveCredit('Border officers check lorries at the crossing near the river', false), 'no stop and a picture verb, one blank line away');
  });

  it('negative: body sentences above a credit stay', () => {
    assert.equal(captionAboveCredit('The boats were hauled ashore before the storm.', true), false, 'a finite verb and no picture signal');
    assert.equal(captionAboveCredit('Volunteers ride on tractors every spring, the mayor said.', true), false, 'reports speech');
    assert.equal(captionAboveCredit('A quiet harbour. Then the storm came in from the west.', true), false, 'two sentences');
    assert.equal(captionAboveCredit('Rising water in the valley', false), false, 'a subheading across a blank line');
    assert.equal(captionAboveCredit('“Nobody warned us” at the flooded square', true), false, 'a quotation');
  });
});

describe('removePhotoCredits: captions with a stop, inline credits, Markdown', () => {
  it('removes a caption ending with a stop right above a credit', () => {
    const raw = 'Flood Closes the Valley\n\nThe river rose overnight.\n\nVolunteers ride on a tractor through the flooded square.\nORA VENN/Harbour Press\n\nSchools stayed shut.';
    const doc = runRule(removePhotoCredits, raw);
    assert.deepEqual(reasons(doc), ['image caption', 'photo credit']);
    assert.ok(!doc.text.includes('Volunteers ride'));
    assert.ok(doc.text.includes('The river rose overnight.'));
  });

  it('removes a caption line that ends with its credit, recording both parts', () => {
    const raw = 'The river rose overnight.\n\nA ferry waits at the quay in the morning fog. Photo: Valley Herald\n\nSchools stayed shut.';
    const doc = runRule(removePhotoCredits, raw);
    assert.deepEqual(reasons(doc), ['image caption', 'photo credit']);
    assert.equal(doc.cleaning.removed[0]?.text, 'A ferry waits at the quay in the morning fog.');
    assert.equal(doc.cleaning.removed[1]?.text, ' Photo: Valley Herald');
    assert.equal(doc.text, 'The river rose overnight.\n\n\nSchools stayed shut.');
  });

  it('removes a Markdown image caption and the emphasised credit below it', () => {
    const raw = 'Opening line of the story.\n\nBorder officers check lorries at the crossing near the river\n\n*Photo: Valley Herald / Ora Venn*\n\nThe queue was ten kilometres long.';
    const doc = runRule(removePhotoCredits, raw, { title: 'Queues at the border' });
    assert.deepEqual(reasons(doc), ['image caption', 'photo credit']);
    assert.ok(!doc.text.includes('Ora Venn'));
    assert.ok(doc.text.includes('The queue was ten kilometres long.'));
  });

  it('negative: a body paragraph above a credit and a subheading across a blank line stay', () => {
    const raw = 'Opening line of the story.\n\nThe boats were hauled ashore before the storm.\nORA VENN/Harbour Press\n\nRising water in the valley\n\nPhoto: Harbour office\n\nThe rest of the story.';
    const doc = runRule(removePhotoCredits, raw, { title: 'Storm' });
    assert.deepEqual(reasons(doc), ['photo credit', 'photo credit']);
    assert.ok(doc.text.includes('The boats were hauled ashore before the storm.'));
    assert.ok(doc.text.includes('Rising water in the valley'));
  });
});

describe('credit forms: copyright labels, person/outlet slashes, camel-case brands', () => {
  it('reads them as credits', () => {
    assert.ok(isPhotoCredit('Image copyright Harbour Press'));
    assert.ok(isPhotoCredit('Ora Venn/Valley Herald'));
    assert.ok(isPhotoCredit('AP Photo/Ora Venn, File'));
    assert.ok(isPhotoCredit('(Credit: iStock)'));
  });

  it('negative: a sentence about copyright, a two-word phrase with a slash', () => {
    assert.equal(isPhotoCredit('Image copyright law was changed last year, the court said.'), false);
    assert.equal(isPhotoCredit('Either/Or'), false);
    assert.equal(isPhotoCredit('The ratio of wins/losses fell'), false);
  });
});

describe('inlineCreditStart: glued and bracketed credits', () => {
  it('finds a glued "Credit:", a bracketed labelled or slash credit, and a credit glued after the stop', () => {
    const glued = 'Doctors outside the clinic where patients were treatedCredit: Harbour Press';
    assert.equal(glued.slice(inlineCreditStart(glued) ?? 0), 'Credit: Harbour Press');
    const bracketed = 'A crane lifts the old bridge span into the river (AP Photo/Ora Venn, File)';
    assert.equal(bracketed.slice(inlineCreditStart(bracketed) ?? 0), ' (AP Photo/Ora Venn, File)');
    const filed = 'Soldiers on the ridge above the valley in 2019 [File: Reuters]';
    assert.equal(filed.slice(inlineCreditStart(filed) ?? 0), ' [File: Reuters]');
    const afterStop = 'Saving for a house is not easy.Ora Venn/Getty';
    assert.equal(afterStop.slice(inlineCreditStart(afterStop) ?? 0), 'Ora Venn/Getty');
  });

  it('negative: an agency alone in brackets, an acronym, a sentence glued to a name', () => {
    assert.equal(inlineCreditStart('Prices rose again in the third quarter of the year (Reuters)'), null);
    assert.equal(inlineCreditStart('New rules from the Environmental Protection Agency (EPA)'), null);
    assert.equal(inlineCreditStart('The council met on Monday.The mayor left early'), null);
    assert.equal(inlineCreditStart('The ministry said the ship had left.Ora Venn/Getty'), null, 'a reporting verb in the caption part');
  });
});
