/**
 * Building the page without innerHTML: every piece of article text goes in as a text node, so
 * markup inside an article stays inert text.
 */

/** Attributes for {@link h}; `on*` keys are not accepted (handlers are attached with listen). */
export type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

/** A child: an element, a string (becomes a text node), or nothing. */
export type Child = Node | string | null | undefined | false;

const SAFE_URL = /^(?:#|\/(?!\/)|https?:\/\/)/iu;

/** Create an element with attributes and children; text is always a text node. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: readonly (Child | readonly Child[])[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (name.toLowerCase().startsWith('on')) throw new Error(`event handler attribute ${name} is not allowed`);
    if ((name === 'href' || name === 'src') && !SAFE_URL.test(String(value))) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

/** Append children (flattened) to a node. */
export function append(parent: Node, children: readonly (Child | readonly Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replace every child of a node. */
export function replaceChildren(parent: Element, ...children: readonly (Child | readonly Child[])[]): void {
  parent.replaceChildren();
  append(parent, children);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A partial ISO date shown at its own precision: '2022', 'Feb 2022', '23 Aug 2024', 'week 33, 2024'. */
export function formatDate(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return 'undated';
  const week = /^(\d{4})-W(\d{2})$/u.exec(value);
  if (week !== null) return `week ${Number(week[2])}, ${week[1] ?? ''}`;
  const [year, month, rest] = value.split('-');
  if (month === undefined) return year ?? value;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  if (rest === undefined) return `${monthName} ${year ?? ''}`;
  return `${Number(rest.slice(0, 2))} ${monthName} ${year ?? ''}`;
}

/** A link inside the dashboard. */
export function link(route: string, ...children: readonly Child[]): HTMLAnchorElement {
  return h('a', { href: `#${route}` }, ...children);
}

/** A section with a heading. */
export function section(title: string, ...children: readonly (Child | readonly Child[])[]): HTMLElement {
  return h('section', { class: 'card' }, h('h2', {}, title), ...children);
}

/** A table from a header row and body rows. */
export function table(headers: readonly string[], rows: readonly (readonly Child[])[], caption?: string): HTMLTableElement {
  return h(
    'table',
    {},
    caption === undefined ? null : h('caption', {}, caption),
    h('thead', {}, h('tr', {}, headers.map((header) => h('th', { scope: 'col' }, header)))),
    h('tbody', {}, rows.map((row) => h('tr', {}, row.map((cell) => h('td', {}, cell))))),
  );
}

/** A muted line saying there is nothing to show. */
export function empty(message: string): HTMLElement {
  return h('p', { class: 'muted' }, message);
}
