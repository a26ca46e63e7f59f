/**
 * A small, safe reader for flat YAML mappings: one `key: value` per top-level line, the value a
 * scalar — plain, 'single-quoted' ('' is a quote), "double-quoted" (backslash escapes), or a
 * `|` / `>` block — possibly running over indented continuation lines, which fold as YAML folds
 * them. That is the shape of comment files written by static-site comment systems (Staticman,
 * Jekyll data files). No tags, anchors, lists or nested mappings: those are refused with the
 * line, never guessed at. Every value comes back as a string (an empty or null value is '').
 */
import { InputError } from '../errors';
import { splitLines, stripBom } from './lines';

const HINT = 'Each top-level line must be "key: value" with a plain, quoted or block (| or >) scalar value.';
const KEY_LINE = /^([A-Za-z_][\w.-]*)[ \t]*:(?:[ \t]+(.*))?$/;
const BLOCK_HEADER = /^([|>])([1-9])?([+-])?([1-9])?[ \t]*(?:#.*)?$/;
const NULL_WORDS = new Set(['~', 'null', 'Null', 'NULL']);

const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};
const HEX_ESCAPE_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

function fail(message: string, line: number): never {
  throw new InputError('BAD_TEXT', message, { line, unit: 'line', hint: HINT });
}

/** One source line with its 1-based number. */
interface Line {
  text: string;
  number: number;
}

/**
 * YAML line folding of a flow scalar's lines (first line as written after the key, the rest
 * with their indentation): each line break becomes a space, except that empty lines each
 * give a newline. Continuation lines lose their indentation, every line but the last its
 * trailing spaces.
 */
function foldFlowLines(lines: readonly string[]): string {
  let out = '';
  let pendingBreaks = 0;
  lines.forEach((raw, i) => {
    let text = i === 0 ? raw : raw.replace(/^[ \t]+/, '');
    if (i < lines.length - 1) text = text.replace(/[ \t]+$/, '');
    if (i > 0 && text === '' && i < lines.length - 1) {
      pendingBreaks++;
      return;
    }
    if (i > 0) out += pendingBreaks > 0 ? '\n'.repeat(pendingBreaks) : ' ';
    pendingBreaks = 0;
    out += text;
  });
  return out;
}

function readPlain(first: string, rest: readonly Line[], keyLine: number): string {
  const lines = [first, ...rest.map((l) => l.text)].map((l, i) => {
    if (i > 0 && l.trimStart().startsWith('#')) fail('a comment line inside a plain value', rest[i - 1]!.number);
    const comment = l.search(/(^|[ \t])#/);
    return comment >= 0 ? l.slice(0, comment) : l;
  });
  const value = foldFlowLines(lines).trim();
  if (/^[[{&*!%@`]/.test(value)) fail(`value starts with "${value[0]}", which this reader does not support (quote the value)`, keyLine);
  if (/^-( |$)/.test(value)) fail('a list value is not supported (quote the value)', keyLine);
  if (/:( |$)/.test(value)) fail('a nested mapping is not supported (quote the value)', keyLine);
  return NULL_WORDS.has(value) ? '' : value;
}

/** The text between the opening and closing quote, as raw lines, and whatever follows the close. */
function quotedLines(first: string, rest: readonly Line[], quote: "'" | '"', keyLine: number): { lines: string[]; after: string; lastLine: number } {
  const all = [first.slice(1), ...rest.map((l) => l.text)];
  const numbers = [keyLine, ...rest.map((l) => l.number)];
  for (let i = 0; i < all.length; i++) {
    const text = all[i]!;
    for (let j = 0; j < text.length; j++) {
      const ch = text[j];
      if (quote === '"' && ch === '\\') { j++; continue; }
      if (ch !== quote) continue;
      if (quote === "'" && text[j + 1] === "'") { j++; continue; }
      return { lines: [...all.slice(0, i), text.slice(0, j)], after: text.slice(j + 1), lastLine: numbers[i]! };
    }
  }
  fail(`the ${quote === '"' ? 'double' : 'single'}-quoted value is never closed`, keyLine);
}

function checkAfterQuote(after: string, line: number): void {
  if (after.trim() !== '' && !/^[ \t]+#/.test(after)) fail(`unexpected text after the closing quote: "${after.trim()}"`, line);
}

function readSingleQuoted(first: string, rest: readonly Line[], keyLine: number): string {
  const { lines, after, lastLine } = quotedLines(first, rest, "'", keyLine);
  checkAfterQuote(after, lastLine);
  return foldFlowLines(lines).replace(/''/g, "'");
}

/**
 * Decodes the escapes of one double-quoted line. `trimmed` drops the raw (unescaped) spaces and
 * tabs at its end, as folding does; a final lone backslash is an escaped line break: the next
 * line joins this one with nothing between them.
 */
function unescapeLine(text: string, line: number): { text: string; trimmed: string; joinsNext: boolean } {
  let out = '';
  let contentEnd = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== '\\') {
      out += ch;
      if (ch !== ' ' && ch !== '\t') contentEnd = out.length;
      continue;
    }
    const code = text[++i];
    if (code === undefined) return { text: out, trimmed: out, joinsNext: true };
    const simple = SIMPLE_ESCAPES[code];
    if (simple !== undefined) {
      out += simple;
      contentEnd = out.length;
      continue;
    }
    const width = HEX_ESCAPE_LENGTH[code];
    const hex = width ? text.slice(i + 1, i + 1 + width) : '';
    if (!width || !new RegExp(`^[0-9a-fA-F]{${width}}$`).test(hex)) fail(`unknown escape "\\${code}${hex}" in a double-quoted value`, line);
    const point = parseInt(hex, 16);
    if (point > 0x10ffff) fail(`escape "\\${code}${hex}" is not a character`, line);
    out += String.fromCodePoint(point);
    contentEnd = out.length;
    i += width;
  }
  return { text: out, trimmed: out.slice(0, contentEnd), joinsNext: false };
}

function readDoubleQuoted(first: string, rest: readonly Line[], keyLine: number): string {
  const { lines, after, lastLine } = quotedLines(first, rest, '"', keyLine);
  checkAfterQuote(after, lastLine);
  const numbers = [keyLine, ...rest.map((l) => l.number)];
  let out = '';
  let breaks = 0;
  let joined = false;
  lines.forEach((raw, i) => {
    const last = i === lines.length - 1;
    const text = i === 0 ? raw : raw.replace(/^[ \t]+/, '');
    if (i > 0 && !joined && text === '' && !last) {
      breaks++;
      return;
    }
    const decoded = unescapeLine(text, numbers[i]!);
    if (i > 0 && !joined) out += breaks > 0 ? '\n'.repeat(breaks) : ' ';
    breaks = 0;
    out += last || decoded.joinsNext ? decoded.text : decoded.trimmed;
    joined = decoded.joinsNext;
  });
  return out;
}

/** YAML `>` folding of a block's lines (indentation removed): see the YAML 1.2 spec, 8.1.3. */
function foldBlockLines(content: readonly string[]): string {
  const moreIndented = (line: string | undefined) => line !== undefined && /^[ \t]/.test(line);
  let text = '';
  let lastContent: string | undefined;
  content.forEach((line, i) => {
    if (line === '') {
      text += '\n';
      return;
    }
    if (i > 0) {
      const previous = content[i - 1]!;
      const keepsBreak = moreIndented(line) || moreIndented(lastContent);
      if (previous === '') text += keepsBreak && lastContent !== undefined ? '\n' : '';
      else text += keepsBreak ? '\n' : ' ';
    }
    text += line;
    lastContent = line;
  });
  return text;
}

function readBlock(header: string, rest: readonly Line[], keyLine: number): string {
  const m = BLOCK_HEADER.exec(header);
  if (!m) fail(`cannot read the block header "${header}"`, keyLine);
  const folded = m[1] === '>';
  const chomp = m[3] ?? '';
  const explicitIndent = Number(m[2] ?? m[4] ?? 0);
  const firstContent = rest.find((l) => l.text.trim() !== '');
  const indent = explicitIndent || (firstContent ? /^ */.exec(firstContent.text)![0].length : 0);
  const body = rest.map((l) => {
    if (l.text.trim() === '') return '';
    if (!l.text.startsWith(' '.repeat(indent))) fail('a block line is less indented than the first one', l.number);
    return l.text.slice(indent);
  });
  let trailing = 0;
  while (trailing < body.length && body[body.length - 1 - trailing] === '') trailing++;
  const content = body.slice(0, body.length - trailing);
  const text = folded ? foldBlockLines(content) : content.join('\n');
  if (content.length === 0) return chomp === '+' ? '\n'.repeat(trailing) : '';
  if (chomp === '-') return text;
  if (chomp === '+') return text + '\n'.repeat(trailing + 1);
  return text + '\n';
}

/**
 * Reads a flat YAML mapping into key → string value, in file order. Throws InputError
 * ('BAD_TEXT') naming the line for anything outside that shape (a nested or list value, a tab
 * indent, an unclosed quote, an unknown escape, a repeated key).
 */
export function readFlatYaml(input: string): Map<string, string> {
  const lines = splitLines(stripBom(input)).map((text, i) => ({ text, number: i + 1 }));
  const out = new Map<string, string>();
  let i = 0;
  while (i < lines.length) {
    const { text, number } = lines[i]!;
    i++;
    if (text.trim() === '' || text.startsWith('#') || text === '---') continue;
    if (text === '...') break;
    if (/^[ \t]/.test(text)) fail('an indented line that belongs to no key', number);
    const m = KEY_LINE.exec(text);
    if (!m) fail(`"${text.slice(0, 40)}" is not a "key: value" line`, number);
    const key = m[1]!;
    if (out.has(key)) fail(`the key "${key}" appears twice`, number);
    const rest: Line[] = [];
    while (i < lines.length && (lines[i]!.text === '' || /^[ \t]/.test(lines[i]!.text))) {
      if (lines[i]!.text.startsWith('\t')) fail('a tab indents this line; YAML indents with spaces', lines[i]!.number);
      rest.push(lines[i]!);
      i++;
    }
    const value = m[2] ?? ''; // untrimmed: a quoted value may end in an escaped space
    const first = value[0];
    if (first === '|' || first === '>') {
      out.set(key, readBlock(value.trimEnd(), rest, number));
      continue;
    }
    // Blank lines after a flow value belong to no key (only a kept block's chomping counts them).
    while (rest.length > 0 && rest[rest.length - 1]!.text.trim() === '') rest.pop();
    if (first === "'") out.set(key, readSingleQuoted(value, rest, number));
    else if (first === '"') out.set(key, readDoubleQuoted(value, rest, number));
    else out.set(key, readPlain(value, rest, number));
  }
  return out;
}
