/**
 * A small element builder for the circle display (no framework): `h('p', { class: 'x' }, 'text', child)`.
 * Attributes are set as attributes (`class`, `data-*`, `aria-*`, `role`); `style` takes an object of
 * CSS properties; `on` takes event listeners. null, undefined and false children are skipped.
 */
export type Child = Node | string | null | undefined | false;

/** CSS properties by their CSS name: `{ 'font-size': '2rem' }`. */
export type Style = Record<string, string>;
export type Listeners = { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
export interface Props {
  style?: Style;
  on?: Listeners;
  [attribute: string]: string | number | boolean | null | undefined | Style | Listeners;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props | null = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props) {
    for (const [name, value] of Object.entries(props)) {
      if (value === null || value === undefined || value === false) continue;
      if (name === 'style') setStyle(el, value as Style);
      else if (name === 'on') for (const [type, listener] of Object.entries(value as Listeners)) el.addEventListener(type, listener as EventListener);
      else el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(parent: Node, children: Child[]) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Set inline styles by CSS property name (`font-size`, `--var`); an empty value removes one. */
function setStyle(el: HTMLElement, style: Style) {
  for (const [property, value] of Object.entries(style)) {
    if (value === '') el.style.removeProperty(property);
    else el.style.setProperty(property, value);
  }
}

/** Change an attribute only when it differs (no mutation, no style recalculation, when nothing changed). */
export function setAttr(el: Element, name: string, value: string | null) {
  if (value === null) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
  } else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}
