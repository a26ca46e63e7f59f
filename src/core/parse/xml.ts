/**
 * A small XML reader for exports (no DOM, so it runs in Node, the browser and workers): a tree
 * of elements with their text (character data and CDATA sections, entities decoded) and the
 * offset where each starts, for line numbers in reports. Comments, processing instructions
 * and the doctype are passed over; attributes are kept as written. Malformed input throws an
 * InputError naming the line.
 */
import { InputError } from '../errors';
import { decodeEntities, lineAt, lineStarts } from './lines';

export interface XmlElement {
  /** Qualified name as written, e.g. `wp:comment`. */
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (not its children's), entities decoded, CDATA as is. */
  text: string;
  /** Offset of the `<` that opens the element. */
  start: number;
  /** Offset just after the element's end. */
  end: number;
}

const NAME = /[A-Za-z_][\w.:-]*/y;
const ATTRIBUTE = /\s*([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

function fail(text: string, at: number, what: string): never {
  throw new InputError('BAD_XML', `${what}.`, {
    line: lineAt(lineStarts(text), at),
    hint: 'The file is not well-formed XML; export it again from the site, or check it in an XML validator.',
  });
}

/** Offset of `close` after the `open` marker at `at`; fails naming `what` when it never comes. */
function closing(text: string, at: number, open: string, close: string, what: string): number {
  const end = text.indexOf(close, at + open.length);
  if (end < 0) fail(text, at, `${what} is never closed`);
  return end;
}

/** The document's root element. */
export function parseXml(text: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let i = 0;
  const textParts: string[][] = [];
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const chunk = lt < 0 ? text.slice(i) : text.slice(i, lt);
    if (chunk.length > 0) {
      if (stack.length > 0) textParts[stack.length - 1]!.push(decodeEntities(chunk));
      else if (chunk.trim() !== '') fail(text, i, 'text outside the root element');
    }
    if (lt < 0) break;
    if (text.startsWith('<!--', lt)) {
      i = closing(text, lt, '<!--', '-->', 'a comment') + 3;
    } else if (text.startsWith('<![CDATA[', lt)) {
      const close = closing(text, lt, '<![CDATA[', ']]>', 'a CDATA section');
      if (stack.length === 0) fail(text, lt, 'a CDATA section outside the root element');
      textParts[stack.length - 1]!.push(text.slice(lt + 9, close));
      i = close + 3;
    } else if (text.startsWith('<?', lt)) {
      i = closing(text, lt, '<?', '?>', 'a processing instruction') + 2;
    } else if (text.startsWith('<!', lt)) {
      i = closing(text, lt, '<!', '>', 'a declaration') + 1;
    } else if (text.startsWith('</', lt)) {
      NAME.lastIndex = lt + 2;
      const m = NAME.exec(text);
      const open = stack.pop();
      if (!m || !open) fail(text, lt, 'a closing tag without an opening one');
      if (m[0] !== open.name) fail(text, lt, `</${m[0]}> closes <${open.name}>`);
      const close = text.indexOf('>', NAME.lastIndex);
      if (close < 0) fail(text, lt, `</${m[0]}> is never finished`);
      open.text = textParts.pop()!.join('');
      open.end = close + 1;
      i = close + 1;
    } else {
      NAME.lastIndex = lt + 1;
      const m = NAME.exec(text);
      if (!m) fail(text, lt, 'a "<" that starts no tag (write it as &lt;)');
      const element: XmlElement = { name: m[0], attributes: {}, children: [], text: '', start: lt, end: lt };
      let at = NAME.lastIndex;
      for (;;) {
        ATTRIBUTE.lastIndex = at;
        const a = ATTRIBUTE.exec(text);
        if (!a) break;
        element.attributes[a[1]!] = decodeEntities(a[2] ?? a[3] ?? '');
        at = ATTRIBUTE.lastIndex;
      }
      while (at < text.length && /\s/.test(text[at]!)) at++;
      const selfClosing = text.startsWith('/>', at);
      if (!selfClosing && text[at] !== '>') fail(text, lt, `the tag <${m[0]}> is malformed`);
      i = at + (selfClosing ? 2 : 1);
      if (stack.length > 0) stack[stack.length - 1]!.children.push(element);
      else if (root) fail(text, lt, 'a second root element');
      else root = element;
      if (selfClosing) element.end = i;
      else {
        stack.push(element);
        textParts.push([]);
      }
    }
  }
  if (stack.length > 0) fail(text, stack[stack.length - 1]!.start, `<${stack[stack.length - 1]!.name}> is never closed`);
  if (!root) fail(text, 0, 'no element found');
  return root;
}

/** The first child element with this name. */
export function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name === name);
}

/** The text of the first child with this name, or '' when there is none. */
export function childText(el: XmlElement, name: string): string {
  return child(el, name)?.text ?? '';
}
