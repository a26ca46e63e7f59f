/**
 * Tiny DOM building helpers for the panels: elements with attributes and text children, never
 * markup strings, so untrusted comment text and names always end up as text nodes.
 */

export type Child = Node | string | null | undefined | false;

export interface Props {
  className?: string;
  testid?: string;
  title?: string;
  type?: string;
  /** Other attributes, set with setAttribute (values are plain strings, never markup). */
  attrs?: Record<string, string>;
}

/** `h('button', { className: 'x', testid: 'y' }, 'Open')` */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.className) el.className = props.className;
  if (props.testid) el.dataset.testid = props.testid;
  if (props.title) el.title = props.title;
  if (props.type) el.setAttribute('type', props.type);
  for (const [k, v] of Object.entries(props.attrs ?? {})) el.setAttribute(k, v);
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/** Removes every child of an element. */
export function clear(el: Element): void {
  el.replaceChildren();
}

/** A button that runs `onClick`; the listener goes with the element when it is removed. */
export function button(label: Child, onClick: (event: MouseEvent) => void, props: Props = {}): HTMLButtonElement {
  const b = h('button', { type: 'button', ...props }, label);
  b.addEventListener('click', onClick);
  return b;
}

/**
 * Whether a key's target sits in an open dialog, which handles its own keys. A closed dialog
 * does not count: focus can stay on its button after it closes.
 */
export function inOpenDialog(target: EventTarget | null): boolean {
  return target instanceof Element && (target.closest('dialog')?.open ?? false);
}

/** Whether keyboard focus is in a text field or control that uses typing keys itself. */
export function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}
