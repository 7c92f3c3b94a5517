import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { boilerplateReason, removeBoilerplate } from '../../src/clean/boilerplate-lines.js';
import { reasons, runRule } from './clean-helpers.js';

describe('boilerplateReason', () => {
  it('names the kind of page furniture', () => {
    assert.equal(boilerplateReason('ADVERTISEMENT'), 'advertisement');
    assert.equal(boilerplateReason('Most Read'), 'promo');
    assert.equal(boilerplateReason('Read more: Floods close the coastal road'), 'promo');
    assert.equal(boilerplateReason('Sign up for our morning briefing'), 'newsletter prompt');
    assert.equal(boilerplateReason('Get the best stories delivered to your inbox every week.'), 'newsletter prompt');
    assert.equal(boilerplateReason('Share this article'), 'share prompt');
    assert.equal(boilerplateReason('COMMENTS'), 'comment prompt');
    assert.equal(boilerplateReason('Tell us if you are having issues with commenting.'), 'comment prompt');
    assert.equal(boilerplateReason('Home > World > Europe'), 'navigation');
  });

  it('leaves body sentences that use the same words alone', () => {
    assert.equal(boilerplateReason('The minister said he would read more reports before deciding.'), null);
    assert.equal(boilerplateReason('Comments by the mayor drew criticism from residents on Friday.'), null);
    assert.equal(boilerplateReason('Shares in the company fell sharply after the announcement.'), null);
    assert.equal(boilerplateReason('The advertisement campaign ran for three weeks in the capital.'), null);
    assert.equal(boilerplateReason('Residents were told to subscribe'), null);
    assert.equal(boilerplateReason('Prices rose > 5% in March, and then > 7% in April, officials said.'), null);
  });
});

describe('removeBoilerplate', () => {
  it('removes furniture lines and records each with its reason', () => {
    const doc = runRule(removeBoilerplate, 'Rain fell all night.\nADVERTISEMENT\nThe river rose by a metre.\n\nShare this article');
    assert.equal(doc.text, 'Rain fell all night.\nThe river rose by a metre.\n');
    assert.deepEqual(reasons(doc), ['advertisement', 'share prompt']);
    assert.equal(doc.cleaning.removed[0]?.text, 'ADVERTISEMENT');
  });

  it('removes the headlines listed under a related-stories header, and stops at the body', () => {
    const doc = runRule(removeBoilerplate, 'Most read\nFerry service resumes after storm\nCouncil approves new bridge\nThe storm passed by noon.');
    assert.equal(doc.text, 'The storm passed by noon.');
    assert.deepEqual(reasons(doc), ['promo', 'related list', 'related list']);
  });

  it('keeps a short line without a stop when no list header comes before it', () => {
    const doc = runRule(removeBoilerplate, 'Ferry service resumes after storm\nThe storm passed by noon.');
    assert.equal(doc.cleaning.removed.length, 0);
  });
});

describe('menus and gallery labels', () => {
  it('removes a run of short capitalised menu lines and gallery counters', () => {
    const doc = runRule(removeBoilerplate, 'Weather\nHarbour\nSchools\nTransport\nCulture\nImage 2 of 9\nThe ferry sailed at noon.');
    assert.equal(doc.text, 'The ferry sailed at noon.');
    assert.deepEqual(reasons(doc), ['navigation', 'navigation', 'navigation', 'navigation', 'navigation', 'image caption']);
  });

  it('keeps a short run, and a run broken by a sentence', () => {
    const doc = runRule(removeBoilerplate, 'Weather\nHarbour\nSchools\nThe ferry sailed at noon.\nTransport\nCulture');
    assert.equal(doc.cleaning.removed.length, 0);
  });
});

describe('boilerplateReason: comment, syndication and subscription lines', () => {
  it('removes them, also inside Markdown emphasis', () => {
    assert.equal(boilerplateReason('What do you think? Leave a comment below.'), 'comment prompt');
    assert.equal(boilerplateReason('This report was first published by the Valley Voice and is republished here with permission.'), 'syndication note');
    assert.equal(boilerplateReason('*Subscribe to the Evening Ledger for more from the region.*'), 'newsletter prompt');
  });

  it('keeps body sentences that share the words', () => {
    assert.equal(boilerplateReason('More than two million viewers subscribe to the state broadcaster, which repeated the claim on Sunday.'), null);
    assert.equal(boilerplateReason('The minister said the plan was first published by the ministry in March.'), null);
  });
});

describe('newsletter boxes', () => {
  it('takes a line closing with a call to action', () => {
    assert.equal(boilerplateReason('The best of our reporting from the valley, every Monday. Sign up now.'), 'newsletter prompt');
    assert.equal(boilerplateReason('Three stories to start your day. Subscribe today'), 'newsletter prompt');
  });

  it('negative: a call to action inside a sentence stays', () => {
    assert.equal(boilerplateReason('Residents who want the new bus pass must sign up now, the council said.'), null);
    assert.equal(boilerplateReason('Officials urged farmers to sign up now for the drought fund before it closes.'), null);
  });

  it('removes the box heading right above its prompt', () => {
    const raw = 'The river rose overnight.\n\nGet the Valley Briefing\n\nThe best of our reporting from the valley, every Monday. Sign up now.\n\nSchools stayed shut.';
    const doc = runRule(removeBoilerplate, raw);
    assert.deepEqual(reasons(doc), ['newsletter prompt', 'newsletter prompt']);
    assert.equal(doc.cleaning.removed[0]?.text, 'Get the Valley Briefing');
    assert.ok(doc.text.includes('The river rose overnight.') && doc.text.includes('Schools stayed shut.'));
  });

  it('negative: a subheading above a prompt, and a briefing heading with no prompt below, stay', () => {
    const raw = 'The river rose overnight.\n\nWhat happens next\n\nSign up to our newsletter for the latest updates.\n\nThe morning briefing\n\nSchools stayed shut.';
    const doc = runRule(removeBoilerplate, raw);
    assert.deepEqual(reasons(doc), ['newsletter prompt']);
    assert.ok(doc.text.includes('What happens next'));
    assert.ok(doc.text.includes('The morning briefing'));
  });
});

describe('more furniture: glued share buttons, caption labels, reporting credits, list headers with a colon', () => {
  it('names them', () => {
    assert.equal(boilerplateReason('Every small shop lives or dies by its regulars.Click To Tweet'), 'share prompt');
    assert.equal(boilerplateReason('Image caption The ferry at the quay after the storm'), 'image caption');
    assert.equal(boilerplateReason('Additional reporting by Ora Venn'), 'byline');
    assert.equal(boilerplateReason('READ MORE ON THE VALLEY HERALD BY CLICKING HERE'), 'promo');
    assert.equal(boilerplateReason('Related coverage from Valley Herald: Money:'), 'promo');
    assert.equal(boilerplateReason('Iklan'), 'advertisement');
  });

  it('negative: the same words inside body sentences', () => {
    assert.equal(boilerplateReason('Users were asked to click to tweet their support, but few did.'), null);
    assert.equal(boilerplateReason('Related coverage of the trial appeared in three papers on Monday.'), null);
    assert.equal(boilerplateReason('The image caption contest drew more than 300 entries this year.'), null);
  });

  it('removes the headlines after a list header ending with a colon', () => {
    const raw = 'The pass reopened on Friday.\n\nRelated coverage from Valley Herald:\n\nHow the pass was cleared\n\nWhat the storm cost the valley\n\nCrews will return in spring.';
    const doc = runRule(removeBoilerplate, raw);
    assert.deepEqual(reasons(doc), ['promo', 'related list', 'related list']);
    assert.ok(doc.text.includes('Crews will return in spring.'));
  });
});
