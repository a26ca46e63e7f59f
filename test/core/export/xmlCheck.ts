/**
 * A small strict XML reader for tests: checks well-formedness (one root, balanced and properly
 * nested tags, quoted attributes, known entities only, no characters XML 1.0 forbids) and returns
 * the element tree with decoded attribute values and text.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const INVALID_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const NAME = /^[A-Za-z_][\w.:-]*/;

function decode(raw: string, where: string): string {
  if (raw.includes('<')) throw new Error(`raw "<" in ${where}`);
  return raw.replace(/&([^;]*);?/g, (whole, body: string) => {
    if (!whole.endsWith(';')) throw new Error(`unterminated entity in ${where}`);
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (body in named) return named[body]!;
    const num = /^#(x[0-9a-fA-F]+|[0-9]+)$/.exec(body);
    if (!num) throw new Error(`unknown entity &${body}; in ${where}`);
    const code = num[1]!.startsWith('x') ? parseInt(num[1]!.slice(1), 16) : parseInt(num[1]!, 10);
    const ch = String.fromCodePoint(code);
    if (INVALID_CHAR.test(ch)) throw new Error(`entity for a forbidden character in ${where}`);
    return ch;
  });
}

export function parseXml(xml: string): XmlElement {
  if (INVALID_CHAR.test(xml)) throw new Error('document holds a character XML 1.0 forbids');
  let pos = 0;
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end < 0) throw new Error('unterminated XML declaration');
    pos = end + 2;
  }
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (pos < xml.length) {
    const lt = xml.indexOf('<', pos);
    const text = xml.slice(pos, lt < 0 ? xml.length : lt);
    if (stack.length === 0) {
      if (text.trim() !== '') throw new Error(`text outside the root element: ${text.trim().slice(0, 20)}`);
    } else {
      stack[stack.length - 1]!.text += decode(text, 'text');
    }
    if (lt < 0) break;
    pos = lt + 1;
    if (xml[pos] === '/') {
      const gt = xml.indexOf('>', pos);
      const name = xml.slice(pos + 1, gt).trim();
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`closing </${name}> does not match <${open?.name ?? 'nothing'}>`);
      pos = gt + 1;
      continue;
    }
    const nameMatch = NAME.exec(xml.slice(pos));
    if (!nameMatch) throw new Error(`bad tag name at ${pos}`);
    const el: XmlElement = { name: nameMatch[0], attrs: {}, children: [], text: '' };
    pos += nameMatch[0].length;
    for (;;) {
      const ws = /^\s*/.exec(xml.slice(pos))![0];
      pos += ws.length;
      if (xml.startsWith('/>', pos) || xml[pos] === '>') break;
      if (ws === '') throw new Error(`missing space before attribute in <${el.name}>`);
      const attr = /^([A-Za-z_][\w.:-]*)="([^"]*)"/.exec(xml.slice(pos));
      if (!attr) throw new Error(`bad attribute in <${el.name}> at ${pos}: ${xml.slice(pos, pos + 30)}`);
      if (attr[1]! in el.attrs) throw new Error(`duplicate attribute ${attr[1]} in <${el.name}>`);
      el.attrs[attr[1]!] = decode(attr[2]!, `attribute ${attr[1]}`);
      pos += attr[0].length;
    }
    if (stack.length > 0) stack[stack.length - 1]!.children.push(el);
    else if (root) throw new Error('more than one root element');
    else root = el;
    if (xml.startsWith('/>', pos)) {
      pos += 2;
    } else {
      pos += 1;
      stack.push(el);
    }
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
  if (!root) throw new Error('no root element');
  return root;
}

/** First descendant (depth first) with this name, or undefined. */
export function find(el: XmlElement, name: string): XmlElement | undefined {
  for (const child of el.children) {
    if (child.name === name) return child;
    const deeper = find(child, name);
    if (deeper) return deeper;
  }
  return undefined;
}

/** Every child with this name. */
export function childrenNamed(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? el.children.filter((c) => c.name === name) : [];
}
