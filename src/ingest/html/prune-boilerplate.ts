/**
 * Page furniture removed around Readability, with page-independent signals only:
 *
 * - before Readability (`pruneBoilerplate`, on the page): site chrome by tag and ARIA role
 *   (menus, banners, page footers), and boxes whose class or id names furniture (comments,
 *   related stories, promotions, newsletters, sharing, cookie notices, ads, author boxes);
 * - after Readability (`pruneTeasers`, on the article it kept): lists whose items are all links
 *   (related-story lists, menus), short blocks that are one link (a teaser headline, "Read
 *   more"), and a teaser label ("Related:", "More:") with the links it opens.
 *
 * A box that holds the article is never removed: the page's `<body>`, `<main>`, `<article>` and
 * `[itemprop=articleBody]`, anything around them, and anything holding half of the page's
 * prose (its text outside links and scripts). Both functions change the tree they are given; callers pass a copy.
 */
import { htmlBoilerplateLexicon } from './html-boilerplate-lexicon.js';

const SPACE_RUN = /\s+/gu;
const CAMEL_HUMP = /([a-z])([A-Z])/gu;
const NOT_WORD_CHARACTER = /[^a-z0-9]+/u;
const EDGE_PUNCTUATION = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;
const LABEL_COLON = /^([^:]{1,40}):\s*(\S[\s\S]*)$/u;
const WORD = /[\p{L}\p{N}]+/gu;

/** Elements that hold the article itself: never removed, nor anything around them. */
const ARTICLE_SELECTOR = 'main, article, [itemprop="articleBody"], [itemprop="articlebody"], [role="main"]';

/** Share of the page's paragraph text above which a box is taken for the article. */
const MAX_ARTICLE_SHARE = 0.5;

/** Share of a block's letters inside links above which it is a link, not prose. */
const LINK_BLOCK_SHARE = 0.9;

/** Share of a list item's letters inside links above which the item is a link. */
const LINK_ITEM_SHARE = 0.8;

/** Share of the letters after a teaser label that must sit inside links. */
const LABELLED_LINK_SHARE = 0.7;

/** Most words of a block that is one teaser link (a headline); a longer linked sentence is a pull quote. */
const MAX_TEASER_WORDS = 16;

/** Most words of a list item that is a teaser link. */
const MAX_ITEM_WORDS = 25;

/** Fewest items of a list of links taken for a related-stories list or a menu. */
const MIN_LINK_LIST_ITEMS = 3;

/** Fewest links of a block of links with little else (bracketed tags, separators). */
const MIN_LINK_RUN = 2;

/** Share of a block's letters inside links above which a block of several links is a list of them. */
const LINK_RUN_SHARE = 0.75;

/** Blocks whose whole text may be a teaser link or a teaser label. */
const TEASER_BLOCK_TAGS: ReadonlySet<string> = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DIV']);

/** Headings: one that is a link heads a section of the article (a product, a chapter) unless it sits in a list. */
const HEADING_TAGS: ReadonlySet<string> = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** A link whose text is an address (a cited source), not a headline. */
const ADDRESS_TEXT = /^(?:https?:\/\/|www\.)\S+$/iu;

function squash(text: string | null): string {
  return (text ?? '').replace(SPACE_RUN, ' ').trim();
}

function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Lower-case words of an element's class and id ("rail--trending" -> rail, trending; "shareBar" -> share, bar). */
export function classWords(element: Element): string[] {
  const raw = `${element.id} ${element.getAttribute('class') ?? ''}`;
  return raw.replace(CAMEL_HUMP, '$1 $2').toLowerCase().split(NOT_WORD_CHARACTER).filter((word) => word.length > 0);
}

/** Whether an element's class or id names page furniture. */
export function hasFurnitureClass(element: Element): boolean {
  if (element.id === '' && !element.hasAttribute('class')) return false;
  const lexicon = htmlBoilerplateLexicon();
  const words = classWords(element);
  if (words.some((word) => lexicon.keepWords.has(word))) return false;
  if (words.some((word) => lexicon.classWords.has(word))) return true;
  const joined = ` ${words.join(' ')} `;
  return lexicon.classPhrases.some((phrase) => joined.includes(` ${phrase} `));
}

/** Share of an element's letters that sit inside links. */
export function linkShare(element: Element): number {
  const all = squash(element.textContent).length;
  if (all === 0) return 0;
  let linked = 0;
  for (const link of Array.from(element.querySelectorAll('a'))) linked += squash(link.textContent).length;
  return Math.min(1, linked / all);
}

/** Elements whose text is never read as prose. */
const NOT_PROSE_TAGS: ReadonlySet<string> = new Set(['A', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'OPTION']);
const NODE_TEXT = 3;
const NODE_ELEMENT = 1;

/**
 * Letters of every element's text outside links, scripts and styles (white space not counted),
 * in one walk of the tree.
 */
function proseLengths(root: Element): Map<Element, number> {
  const lengths = new Map<Element, number>();
  const visit = (element: Element): number => {
    let total = 0;
    for (const child of Array.from(element.childNodes)) {
      if (child.nodeType === NODE_TEXT) {
        total += (child.nodeValue ?? '').replace(SPACE_RUN, '').length;
      } else if (child.nodeType === NODE_ELEMENT) {
        const inner = visit(child as Element);
        if (!NOT_PROSE_TAGS.has((child as Element).tagName.toUpperCase())) total += inner;
      }
    }
    lengths.set(element, total);
    return total;
  };
  visit(root);
  return lengths;
}

/**
 * The page's elements that are, or hold, the article or a quoted post: `<main>`, `<article>`,
 * `[itemprop=articleBody]` and `<blockquote>` (a tweet or an Instagram post is embedded as one;
 * share boxes hold none), with all their ancestors.
 */
function articleHolders(body: Element): Set<Element> {
  const holders = new Set<Element>();
  for (const found of Array.from(body.querySelectorAll(`${ARTICLE_SELECTOR}, blockquote`))) {
    for (let node: Element | null = found; node !== null && !holders.has(node); node = node.parentElement) holders.add(node);
  }
  return holders;
}

/** What tells a box that holds the article, computed once per page. */
interface ArticleGuard {
  readonly holders: ReadonlySet<Element>;
  readonly prose: ReadonlyMap<Element, number>;
  readonly pageProse: number;
}

/** Whether an element is, or holds, the article. */
function holdsArticle(element: Element, guard: ArticleGuard): boolean {
  const tag = element.tagName.toUpperCase();
  if (tag === 'BODY' || tag === 'HTML' || guard.holders.has(element)) return true;
  return guard.pageProse > 0 && (guard.prose.get(element) ?? 0) > MAX_ARTICLE_SHARE * guard.pageProse;
}

function isChrome(element: Element): boolean {
  const lexicon = htmlBoilerplateLexicon();
  if (lexicon.chromeTags.has(element.tagName.toLowerCase())) return true;
  const role = element.getAttribute('role')?.trim().toLowerCase();
  return role !== undefined && lexicon.chromeRoles.has(role);
}

/** A block taken out of Readability's article, with the rule that took it. */
export interface PrunedBlock {
  /** `furniture` (a marked box), a teaser rule, `label` or `title-repeat`. */
  readonly rule: 'furniture' | TeaserRule | 'label' | 'title-repeat';
  /** Its text, white space collapsed. */
  readonly text: string;
}

function pruned(rule: PrunedBlock['rule'], element: Element): PrunedBlock {
  return { rule, text: squash(element.textContent) };
}

/** Attribute that marks a furniture box on the page, so it can be dropped from what Readability keeps. */
export const FURNITURE_ATTRIBUTE = 'data-sitrep-furniture';

/**
 * Mark site chrome and furniture boxes of a page before Readability reads it (the attribute
 * survives into Readability's output, where `removeMarked` drops them). Marking, not removing,
 * leaves Readability's choice of the article as it was: taking boxes out beside the article
 * makes it climb to a wider parent. Changes the document; returns how many elements were marked.
 */
export function markBoilerplate(document: Document): number {
  const body = document.body;
  if (body === null) return 0;
  const prose = proseLengths(body);
  const guard: ArticleGuard = { holders: articleHolders(body), prose, pageProse: prose.get(body) ?? 0 };
  let boxes = 0;
  for (const element of Array.from(body.querySelectorAll('*'))) {
    // Note: every element inside a box is marked too (a parent comes before its children here),
    // because Readability may replace a box by its only child.
    if (element.parentElement?.hasAttribute(FURNITURE_ATTRIBUTE) === true) {
      element.setAttribute(FURNITURE_ATTRIBUTE, '');
      continue;
    }
    if (!isChrome(element) && !hasFurnitureClass(element)) continue;
    if (holdsArticle(element, guard)) continue;
    element.setAttribute(FURNITURE_ATTRIBUTE, '');
    boxes += 1;
  }
  return boxes;
}

/** Remove the marked furniture boxes from an element (Readability's article); returns what went. */
export function removeMarked(container: Element): PrunedBlock[] {
  const marked = Array.from(container.querySelectorAll(`[${FURNITURE_ATTRIBUTE}]`)).filter((element) => element.parentElement?.closest(`[${FURNITURE_ATTRIBUTE}]`) === null);
  for (const element of marked) element.remove();
  return marked.map((element) => pruned('furniture', element)).filter((block) => block.text.length > 0);
}

/** A folded label: lower case, edge punctuation off, one space between words. */
function fold(text: string): string {
  return text.toLowerCase().replace(EDGE_PUNCTUATION, '').replace(SPACE_RUN, ' ').replace(/[\u2018\u2019]/gu, "'");
}

function isTeaserLabel(text: string): boolean {
  return htmlBoilerplateLexicon().teaserLabels.has(fold(text));
}

/** Why a block of Readability's article is a teaser. */
export type TeaserRule = 'link-list' | 'link-run' | 'one-link' | 'labelled-link';

function linkedLetters(element: Element): number {
  let linked = 0;
  for (const link of Array.from(element.querySelectorAll('a'))) linked += squash(link.textContent).length;
  return linked;
}

/** A block that is one link, several links and nothing else, or a teaser label and a link ("Related: ..."). */
function teaserBlockRule(element: Element): TeaserRule | null {
  if (!TEASER_BLOCK_TAGS.has(element.tagName.toUpperCase())) return null;
  const text = squash(element.textContent);
  if (text.length === 0) return null;
  const share = linkShare(element);
  // Note: a block of several links with no prose between them is a list of teasers, however long.
  if (share >= LINK_RUN_SHARE && isLinkRun(element, text)) return 'link-run';
  const rest = afterTeaserLabel(element, text);
  if (rest !== null && rest > 0 && linkedLetters(element) >= LABELLED_LINK_SHARE * rest) return 'labelled-link';
  if (share < LINK_BLOCK_SHARE || wordCount(text) > MAX_TEASER_WORDS || ADDRESS_TEXT.test(text)) return null;
  return HEADING_TAGS.has(element.tagName.toUpperCase()) && element.closest('li') === null ? null : 'one-link';
}

/**
 * Several links with at most one word between them each (a tag such as "[VIDEO]", a separator):
 * a sentence that happens to hold many links has more words of its own.
 */
function isLinkRun(element: Element, text: string): boolean {
  const links = Array.from(element.querySelectorAll('a'));
  if (links.length < MIN_LINK_RUN) return false;
  let linkedWords = 0;
  for (const link of links) linkedWords += wordCount(squash(link.textContent));
  return wordCount(text) - linkedWords <= links.length;
}

/**
 * Letters after a teaser label that opens a block ("Related: ...", "<b>Don't miss</b> ..."), or
 * null when the block opens with none.
 */
function afterTeaserLabel(element: Element, text: string): number | null {
  const labelled = LABEL_COLON.exec(text);
  if (labelled?.[1] !== undefined && isTeaserLabel(labelled[1])) return squash(labelled[2] ?? '').length;
  const first = element.firstElementChild;
  if (first === null || first.tagName.toUpperCase() === 'A') return null;
  const label = squash(first.textContent);
  if (label.length === 0 || !text.startsWith(label) || !isTeaserLabel(label)) return null;
  return squash(text.slice(label.length)).length;
}

/** A list whose items are all links (a related-stories list, a menu). */
function isLinkList(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (tag !== 'UL' && tag !== 'OL') return false;
  const items = Array.from(element.children).filter((child) => child.tagName.toUpperCase() === 'LI' && squash(child.textContent).length > 0);
  if (items.length < MIN_LINK_LIST_ITEMS) return false;
  return items.every((item) => linkShare(item) >= LINK_ITEM_SHARE && wordCount(squash(item.textContent)) <= MAX_ITEM_WORDS);
}

/** Why an element of Readability's article is a teaser, or null when it is not one. */
export function teaserRule(element: Element): TeaserRule | null {
  if (isLinkList(element)) return 'link-list';
  if (element.querySelector('p, ul, ol, table, blockquote') !== null) return null;
  return teaserBlockRule(element);
}

/** The element before this one that has text, skipping empty ones. */
function previousWithText(element: Element): Element | null {
  let previous = element.previousElementSibling;
  while (previous !== null && squash(previous.textContent).length === 0) previous = previous.previousElementSibling;
  return previous;
}

/**
 * Remove teasers from the article Readability kept: lists of links, one-link blocks and the
 * teaser labels that open them. Changes the element; returns what went.
 */
export function pruneTeasers(container: Element): PrunedBlock[] {
  const hadText = new Set(Array.from(container.querySelectorAll('*')).filter((element) => squash(element.textContent).length > 0));
  const doomed: [Element, PrunedBlock['rule']][] = [];
  for (const element of Array.from(container.querySelectorAll('*'))) {
    if (doomed.some(([removed]) => removed.contains(element))) continue;
    const rule = teaserRule(element);
    if (rule === null) continue;
    doomed.push([element, rule]);
    const label = previousWithText(element);
    if (label !== null && isTeaserLabel(squash(label.textContent))) doomed.push([label, 'label']);
  }
  for (const [element] of doomed) element.remove();
  // Note: a label whose links were pruned one by one (each item on its own) is left heading nothing.
  for (const element of Array.from(container.querySelectorAll('*'))) {
    if (!isTeaserLabel(squash(element.textContent)) || !headsNothing(element, container, hadText)) continue;
    doomed.push([element, 'label']);
    element.remove();
  }
  return doomed.map(([element, rule]) => pruned(rule, element));
}

/** Fewest words of a title whose repeats in the text are dropped (a shorter one could be a section name). */
const MIN_TITLE_WORDS = 3;

/**
 * Remove blocks of Readability's article that repeat the page's title (the headline, kept as the
 * title, not as text). Changes the element; returns what went.
 */
export function pruneTitleRepeats(container: Element, title: string | null): PrunedBlock[] {
  if (title === null || wordCount(title) < MIN_TITLE_WORDS) return [];
  const folded = fold(title);
  const repeats = Array.from(container.querySelectorAll('h1, h2, h3, p, div')).filter(
    (element) => element.querySelector('p, div, ul, ol, table') === null && fold(squash(element.textContent)) === folded,
  );
  for (const element of repeats) element.remove();
  return repeats.map((element) => pruned('title-repeat', element));
}

/**
 * Whether a label heads nothing any more: the next element after it lost all its text to pruning,
 * or no text follows it in the container.
 */
function headsNothing(label: Element, container: Element, hadText: ReadonlySet<Element>): boolean {
  let next = label.nextElementSibling;
  while (next !== null && !hadText.has(next)) next = next.nextElementSibling;
  if (next !== null) return squash(next.textContent).length === 0;
  for (let node: Element | null = label; node !== null && node !== container; node = node.parentElement) {
    for (let sibling = node.nextElementSibling; sibling !== null; sibling = sibling.nextElementSibling) {
      if (squash(sibling.textContent).length > 0) return false;
    }
  }
  return true;
}
