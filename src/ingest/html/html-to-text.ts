/**
 * Turn an HTML element into plain text that keeps the paragraph structure: every block element
 * (paragraph, heading, list item, figure caption, quote...) becomes its own paragraph, separated
 * from the next by one blank line; a `<br>` becomes a line break; runs of white space inside a
 * paragraph collapse to one space.
 */

/** Elements that start and end a paragraph of their own. */
const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE',
  'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL', 'CAPTION',
]);

/** Elements whose content is never article text. */
const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'BUTTON', 'SELECT', 'HEAD',
]);

/** Table cells: kept on one line, separated by a tab. */
const CELL_TAGS: ReadonlySet<string> = new Set(['TD', 'TH']);

const SPACE_RUN = /[ \t\n\r\f\v\u00a0]+/gu;
const SPACE_AROUND_BREAK = / *\n */gu;
const NODE_TEXT = 3;
const NODE_ELEMENT = 1;

/** Collects paragraphs while the tree is walked. */
class ParagraphWriter {
  readonly paragraphs: string[] = [];
  private current = '';

  text(value: string): void {
    this.current += value.replace(SPACE_RUN, ' ');
  }

  lineBreak(): void {
    this.current += '\n';
  }

  cell(): void {
    if (this.current.trim().length > 0) this.current += '\t';
  }

  flush(): void {
    const paragraph = this.current.replace(SPACE_AROUND_BREAK, '\n').trim();
    if (paragraph.length > 0) this.paragraphs.push(paragraph);
    this.current = '';
  }
}

function walk(node: Node, writer: ParagraphWriter): void {
  if (node.nodeType === NODE_TEXT) {
    writer.text(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== NODE_ELEMENT) return;
  const tag = (node as Element).tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag)) return;
  if (tag === 'BR') {
    writer.lineBreak();
    return;
  }
  const block = BLOCK_TAGS.has(tag);
  if (block) writer.flush();
  if (CELL_TAGS.has(tag)) writer.cell();
  for (const child of Array.from(node.childNodes)) walk(child, writer);
  if (block) writer.flush();
}

/** The paragraphs of an element's text, in document order. */
export function htmlParagraphs(root: Node): string[] {
  const writer = new ParagraphWriter();
  walk(root, writer);
  writer.flush();
  return writer.paragraphs;
}

/** An element's text with one blank line between paragraphs. */
export function htmlToText(root: Node): string {
  return htmlParagraphs(root).join('\n\n');
}
