import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readAuthorLine, removeAuthorLines } from '../../src/clean/author-lines.js';
import { reasons, runRule } from './clean-helpers.js';

describe('readAuthorLine', () => {
  it('reads a bio with its outlet', () => {
    assert.deepEqual(readAuthorLine('Mara Quill is a senior politics writer for the Harbour Gazette.', true), {
      reason: 'author bio',
      author: 'Mara Quill',
      outlet: 'The Harbour Gazette',
    });
    assert.deepEqual(readAuthorLine('Tom Okafor is a correspondent at Daily Lantern, based in Lagos.', true), {
      reason: 'author bio',
      author: 'Tom Okafor',
      outlet: 'Daily Lantern',
    });
  });

  it('reads follow lines and bylines', () => {
    assert.deepEqual(readAuthorLine('Follow Mara Quill on Twitter here @maraq', false), { reason: 'follow prompt', author: 'Mara Quill', outlet: null });
    assert.deepEqual(readAuthorLine('By Mara Quill', true), { reason: 'byline', author: 'Mara Quill', outlet: null });
  });

  it('does not read body sentences that look like bios', () => {
    assert.equal(readAuthorLine('Viktor Brenn is the deputy chief of the general staff.', true), null);
    assert.equal(readAuthorLine('Mara Quill is a senior politics writer for the Harbour Gazette.', false), null);
    assert.equal(readAuthorLine('Follow the river on foot for two kilometres to reach the camp.', true), null);
    assert.equal(readAuthorLine('By Monday the water had gone down.', true), null);
    assert.equal(readAuthorLine('Follow the coverage on the ground for two weeks to learn more.', true), null, 'not a network');
  });

  it('reads an outlet promo as a follow prompt with no author, naming the outlet when it reads as one', () => {
    assert.deepEqual(readAuthorLine('Follow us on Twitter', true), { reason: 'follow prompt', author: null, outlet: null });
    assert.deepEqual(readAuthorLine('Follow Harbour Gazette on LinkedIn for daily updates.', true), { reason: 'follow prompt', author: null, outlet: 'Harbour Gazette' });
    assert.deepEqual(readAuthorLine('Follow Harbour Times on LinkedIn', false), { reason: 'follow prompt', author: null, outlet: 'Harbour Times' });
    assert.deepEqual(readAuthorLine('Follow our coverage of the floods on Telegram', false), { reason: 'follow prompt', author: null, outlet: null });
  });
});

describe('removeAuthorLines', () => {
  it('removes the bio and fills author and outlet with basis text', () => {
    const raw = 'Heavy rain closed the pass.\n\nCrews worked through the night.\n\nMara Quill is a senior politics writer for the Harbour Gazette.';
    const doc = runRule(removeAuthorLines, raw);
    assert.deepEqual(reasons(doc), ['author bio']);
    assert.equal(doc.meta.author, 'Mara Quill');
    assert.equal(doc.meta.outlet, 'The Harbour Gazette');
    assert.equal(doc.meta.basis.author, 'text');
    assert.equal(doc.meta.basis.outlet, 'text');
  });

  it('keeps metadata that is already known', () => {
    const doc = runRule(removeAuthorLines, 'Heavy rain closed the pass.\n\nFollow Mara Quill on Twitter', { author: 'Ana Field', outlet: 'Coast News' });
    assert.equal(doc.meta.author, 'Ana Field');
    assert.equal(doc.meta.basis.author, 'test');
    assert.deepEqual(reasons(doc), ['follow prompt']);
  });
});

describe('readAuthorLine: bios without a job noun', () => {
  it('reads "NAME covers ... for the OUTLET" at the edge of the article', () => {
    assert.deepEqual(readAuthorLine('Lena Marsh covers energy and shipping in northern Europe for the Fjord Herald.', true), {
      reason: 'author bio',
      author: 'Lena Marsh',
      outlet: 'The Fjord Herald',
    });
    assert.deepEqual(readAuthorLine('Omar Haddad reports from Beirut.', true), { reason: 'author bio', author: 'Omar Haddad', outlet: null });
  });

  it('leaves such a sentence in the body, and a sentence about an official alone', () => {
    assert.equal(readAuthorLine('Lena Marsh covers energy and shipping in northern Europe for the Fjord Herald.', false), null);
    assert.equal(readAuthorLine('The minister covers the cost of the repairs, officials said.', true), null);
  });
});

describe('readAuthorLine: bylines with a desk or an outlet', () => {
  it('keeps the people and drops the desk after a comma', () => {
    assert.deepEqual(readAuthorLine('By Mara Quill, Harbour Desk', true), { reason: 'byline', author: 'Mara Quill', outlet: null });
    assert.deepEqual(readAuthorLine('By Mara Quill, Tom Okafor and Lena Marsh', true), { reason: 'byline', author: 'Mara Quill, Tom Okafor, Lena Marsh', outlet: null });
    assert.deepEqual(readAuthorLine('By Mara Quill and Tom Okafor, Fjord Herald', true), { reason: 'byline', author: 'Mara Quill, Tom Okafor', outlet: null });
  });

  it('negative: a byline naming only a desk gives no author, but still leaves the body', () => {
    assert.deepEqual(readAuthorLine('By Harbour News Staff', true), { reason: 'byline', author: null, outlet: null });
    const doc = runRule(removeAuthorLines, 'By Harbour News Staff\n\nHeavy rain closed the pass.');
    assert.equal(doc.meta.author, null);
    assert.deepEqual(reasons(doc), ['byline']);
  });
});

describe('readAuthorLine: "NAME, ROLE" and "By NAME - time"', () => {
  it('reads a name line with a journalist role, and a byline followed by a dash', () => {
    assert.deepEqual(readAuthorLine('Ora Venn, Valley Press Political Writer', true), { reason: 'byline', author: 'Ora Venn', outlet: null });
    assert.deepEqual(readAuthorLine('By Ora Venn - 11/18/29 11:04 PM', true), { reason: 'byline', author: 'Ora Venn', outlet: null });
  });

  it('negative: a name with an official title, and such a line in the body', () => {
    assert.equal(readAuthorLine('Ora Venn, National Security Council Spokeswoman', true), null);
    assert.equal(readAuthorLine('Ora Venn, Valley Press Political Writer', false), null);
  });
});
