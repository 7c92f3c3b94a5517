import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractMainText, extractMainTextFromDocument, parseHtml } from '../../src/ingest/html/extract-main-text.js';
import {
  FURNITURE_ATTRIBUTE,
  classWords,
  hasFurnitureClass,
  markBoilerplate,
  pruneTeasers,
  pruneTitleRepeats,
  removeMarked,
  teaserRule,
} from '../../src/ingest/html/prune-boilerplate.js';

const BODY = [
  'The regional water board voted on Tuesday evening to raise the reservoir levy by four percent, after a long debate about pipe repairs in the older districts.',
  'Board members said the extra income would pay for replacing cast iron mains that were laid more than sixty years ago and now burst several times each winter.',
  'Residents who spoke at the meeting asked for the work to be spread over several years, so that streets would not all be dug up during the same summer.',
  'The chair of the board promised a public timetable before the end of the month and said the first contracts would be signed in the spring.',
];

function article(extra = ''): string {
  return `<article>${BODY.map((paragraph) => `<p>${paragraph}</p>`).join('')}${extra}</article>`;
}

function page(body: string, title = 'Water board raises reservoir levy'): string {
  return `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`;
}

function element(html: string): Element {
  const document = parseHtml(`<!doctype html><html><body><div id="root">${html}</div></body></html>`);
  const root = document.getElementById('root');
  assert.ok(root !== null);
  return root;
}

test('classWords splits ids and classes at dashes, underscores and camelCase humps', () => {
  const root = element('<div id="shareBar" class="rail--trending post_meta"></div>');
  const target = root.firstElementChild;
  assert.ok(target !== null);
  assert.deepEqual(classWords(target), ['share', 'bar', 'rail', 'trending', 'post', 'meta']);
});

test('hasFurnitureClass: furniture words and phrases match; words inside longer words and embeds do not', () => {
  const root = element(
    '<div class="comments-area"></div><div class="author-bio"></div><div class="shareable-story"></div><div class="commentary"></div><div class="social-media-embed"></div>',
  );
  const [comments, bio, shareable, commentary, embed] = Array.from(root.children);
  assert.ok(comments !== undefined && bio !== undefined && shareable !== undefined && commentary !== undefined && embed !== undefined);
  assert.equal(hasFurnitureClass(comments), true);
  assert.equal(hasFurnitureClass(bio), true);
  assert.equal(hasFurnitureClass(shareable), false);
  assert.equal(hasFurnitureClass(commentary), false);
  assert.equal(hasFurnitureClass(embed), false);
});

test('markBoilerplate marks menus and furniture boxes but never the article or a box holding most of the prose', () => {
  const document = parseHtml(
    page(
      `<nav><a href="/a">Home</a><a href="/b">Sport</a></nav><div class="page has-share-tools">${article()}<div class="related-stories"><a href="/c">Another story</a></div></div><div id="comments"><p>First comment here.</p></div>`,
    ),
  );
  markBoilerplate(document);
  const marked = Array.from(document.querySelectorAll(`[${FURNITURE_ATTRIBUTE}]`)).map((node) => `${node.tagName.toLowerCase()}#${node.id}.${node.className}`);
  assert.deepEqual(marked, ['nav#.', 'a#.', 'a#.', 'div#.related-stories', 'a#.', 'div#comments.', 'p#.']);
  assert.equal(document.querySelector('article')?.hasAttribute(FURNITURE_ATTRIBUTE), false);
});

test('markBoilerplate leaves a quoted social post alone even inside a box named for sharing', () => {
  const document = parseHtml(page(`${article()}<div class="social-post"><blockquote>A post quoted by the reporter.</blockquote></div>`));
  markBoilerplate(document);
  assert.equal(document.querySelectorAll(`[${FURNITURE_ATTRIBUTE}]`).length, 0);
});

test('removeMarked drops marked elements and keeps the others', () => {
  const root = element(`<p>Kept paragraph.</p><div ${FURNITURE_ATTRIBUTE}="">Sign up for our newsletter</div>`);
  assert.deepEqual(removeMarked(root), [{ rule: 'furniture', text: 'Sign up for our newsletter' }]);
  assert.equal(root.textContent, 'Kept paragraph.');
});

test('teaserRule: link lists, one-link blocks, link runs and labelled links', () => {
  const root = element(
    [
      '<ul><li><a href="/1">Bridge reopens after repairs</a></li><li><a href="/2">Mayor opens new library</a></li><li><a href="/3">Bus fares to rise in May</a></li></ul>',
      '<p><a href="/4">Read the council report on bus fares</a></p>',
      '<p><a href="/5">Storm closes schools</a> [VIDEO] <a href="/6">Harbour wall to be rebuilt</a></p>',
      '<p>Related: <a href="/7">How the levy was set last year</a></p>',
      '<p><strong>Don\'t miss</strong> <a href="/8">Ferry timetable changes</a></p>',
    ].join(''),
  );
  assert.deepEqual(Array.from(root.children).map((child) => teaserRule(child)), ['link-list', 'one-link', 'link-run', 'labelled-link', 'labelled-link']);
});

test('teaserRule keeps prose with links, linked headings, cited addresses, linked quotes and short lists', () => {
  const root = element(
    [
      '<p>The <a href="/a">board</a> said the <a href="/b">levy</a> would rise, and residents at the meeting asked for the work to be phased over several years.</p>',
      '<h3><a href="/c">Compact folding bicycle</a></h3>',
      '<p><a href="https://example.org/report">https://example.org/report</a></p>',
      '<p><a href="/d">Every small town deserves clean water, and nobody should have to boil it before drinking it on a cold winter morning</a></p>',
      '<ul><li><a href="/e">Buy it at one shop</a></li><li><a href="/f">Buy it at another</a></li></ul>',
      '<p>Ms Ray said <a href="/g">her report</a> and <a href="/h">its annex</a> were published after months of delay in the planning office.</p>',
    ].join(''),
  );
  assert.deepEqual(Array.from(root.children).map((child) => teaserRule(child)), [null, null, null, null, null, null]);
});

test('pruneTeasers removes a teaser label with its links, and a label left heading nothing', () => {
  const root = element(
    [
      '<p>Prose stays here.</p>',
      '<h4>You may also like</h4>',
      '<p><a href="/1">Bridge reopens after repairs</a></p>',
      '<h4>More:</h4>',
      '<ul><li><h4><a href="/2">Mayor opens new library</a></h4></li></ul>',
      '<h2>What happens next</h2>',
      '<p>More prose stays too.</p>',
    ].join(''),
  );
  assert.deepEqual(
    pruneTeasers(root).map((block) => block.rule),
    ['one-link', 'label', 'one-link', 'label'],
  );
  const left = Array.from(root.children).map((child) => child.textContent?.trim());
  assert.deepEqual(left, ['Prose stays here.', '', 'What happens next', 'More prose stays too.']);
});

test('pruneTeasers keeps a label that still heads text', () => {
  const root = element('<h4>Latest</h4><p>The works begin in March, the board said in a statement on Monday.</p>');
  assert.deepEqual(pruneTeasers(root), []);
  assert.equal(root.children.length, 2);
});

test('pruneTitleRepeats removes the headline repeated in the text, not a paragraph that holds it', () => {
  const root = element('<h1>Water board raises reservoir levy</h1><p>Water board raises reservoir levy, and the town is unhappy about it.</p>');
  assert.deepEqual(pruneTitleRepeats(root, 'Water Board raises reservoir levy'), [{ rule: 'title-repeat', text: 'Water board raises reservoir levy' }]);
  assert.equal(root.children.length, 1);
  const short = element('<h2>Weather</h2>');
  assert.deepEqual(pruneTitleRepeats(short, 'Weather'), []);
  assert.deepEqual(pruneTitleRepeats(short, null), []);
});

test('extractMainText drops related boxes, newsletter prompts, comments and teaser links but keeps every paragraph', () => {
  const html = page(
    [
      '<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>',
      '<main>',
      '<h1>Water board raises reservoir levy</h1>',
      article(
        '<div class="newsletter-signup"><p>Get our morning briefing in your inbox every weekday.</p></div><p>Related: <a href="/x">Pipe bursts flood two streets</a></p><ul><li><a href="/y">Mayor opens new library</a></li><li><a href="/z">Bus fares to rise in May</a></li><li><a href="/w">Harbour wall to be rebuilt</a></li></ul>',
      ),
      '<section id="comments"><h3>Comments</h3><p>Reader one wrote that the levy is far too high for pensioners.</p></section>',
      '</main>',
    ].join(''),
  );
  const { text, prunedBlocks } = extractMainText(html);
  assert.deepEqual(text.split('\n\n'), BODY);
  assert.ok(prunedBlocks.some((block) => block.rule === 'furniture' && block.text.startsWith('Get our morning briefing')), JSON.stringify(prunedBlocks));
  assert.ok(prunedBlocks.some((block) => block.rule === 'labelled-link'), JSON.stringify(prunedBlocks));
});

test('extractMainText still records a figure caption left out with a gallery', () => {
  const html = page(`${article('<div class="gallery"><figure><img src="a.jpg"><figcaption>Workers lay a new main on the high street.</figcaption></figure></div>')}`);
  const main = extractMainText(html);
  assert.ok(!main.text.includes('Workers lay'));
  assert.deepEqual(main.droppedCaptions, ['Workers lay a new main on the high street.']);
});

test('extractMainTextFromDocument leaves the caller\'s document unmarked', () => {
  const document = parseHtml(page(`${article()}<div class="related"><a href="/c">Another story</a></div>`));
  const main = extractMainTextFromDocument(document);
  assert.ok(main.text.includes(BODY[0] ?? 'missing'));
  assert.equal(document.querySelectorAll(`[${FURNITURE_ATTRIBUTE}]`).length, 0);
  assert.ok(document.querySelector('.related') !== null);
});
