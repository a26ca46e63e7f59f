/**
 * Mail header handling: reading a header block (with unfolding of continuation lines), RFC 2047
 * encoded-words, the author's display name from a From header, message ids from
 * Message-ID / In-Reply-To / References, and parameters of Content-Type-like headers.
 */
import { base64ToBytes, decodeBytes, qWordToBytes } from './mail-encoding';

export interface HeaderField {
  /** Field name in lower case. */
  name: string;
  /** Unfolded value, not yet decoded. */
  value: string;
}

export interface HeaderBlock {
  fields: HeaderField[];
  /** Index (into the lines given) of the first body line. */
  bodyStart: number;
}

const FIELD_LINE = /^([!-9;-~]+):[ \t]?(.*)$/;

/** True when the line has the shape of a header field (`Name: value`). */
export function isHeaderLine(line: string): boolean {
  return FIELD_LINE.test(line);
}

/**
 * Reads header fields from `lines[start]` until the blank line that ends them. Lines starting
 * with white space continue the previous field. A line that is neither ends the header block
 * early and is kept as the first body line (lenient, as mail readers are).
 */
export function readHeaderBlock(lines: readonly string[], start = 0, end = lines.length): HeaderBlock {
  const fields: HeaderField[] = [];
  let i = start;
  for (; i < end; i++) {
    const line = lines[i]!;
    if (line.trim() === '') return { fields, bodyStart: i + 1 };
    const last = fields[fields.length - 1];
    if (/^[ \t]/.test(line) && last) {
      last.value = `${last.value} ${line.trim()}`.trim();
      continue;
    }
    const m = FIELD_LINE.exec(line);
    if (!m) return { fields, bodyStart: i };
    fields.push({ name: m[1]!.toLowerCase(), value: m[2]!.trim() });
  }
  return { fields, bodyStart: i };
}

/** The first value of a header field (case-insensitive name), if present. */
export function headerValue(fields: readonly HeaderField[], name: string): string | undefined {
  const wanted = name.toLowerCase();
  return fields.find((f) => f.name === wanted)?.value;
}

const ENCODED_WORD = /=\?([^?\s]+)\?([QqBb])\?([^?\s]*)\?=/g;

interface EncodedPiece {
  charset: string;
  bytes: Uint8Array;
}

function wordBytes(encoding: string, text: string): Uint8Array {
  return encoding.toUpperCase() === 'B' ? base64ToBytes(text) : qWordToBytes(text);
}

/**
 * Decodes RFC 2047 encoded-words (`=?utf-8?Q?...?=`, `=?iso-8859-1?B?...?=`). White space between
 * two adjacent encoded-words is dropped, and adjacent words in one charset are decoded together
 * so a multi-byte character split across words survives.
 */
export function decodeEncodedWords(value: string): string {
  let out = '';
  let pending: EncodedPiece | undefined;
  let lastEnd = 0;
  const flush = (): void => {
    if (pending) out += decodeBytes(pending.bytes, pending.charset);
    pending = undefined;
  };
  for (const m of value.matchAll(ENCODED_WORD)) {
    const gap = value.slice(lastEnd, m.index);
    const charset = m[1]!.toLowerCase().replace(/\*.*$/, '');
    const bytes = wordBytes(m[2]!, m[3]!);
    const adjacent = pending !== undefined && /^\s*$/.test(gap);
    if (adjacent && pending && pending.charset === charset) {
      const merged = new Uint8Array(pending.bytes.length + bytes.length);
      merged.set(pending.bytes);
      merged.set(bytes, pending.bytes.length);
      pending = { charset, bytes: merged };
    } else {
      flush();
      if (!adjacent) out += gap;
      pending = { charset, bytes };
    }
    lastEnd = m.index + m[0].length;
  }
  flush();
  return out + value.slice(lastEnd);
}

/** Removes the quotes of a quoted-string and its backslash escapes. */
function unquote(s: string): string {
  const t = s.trim();
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) return t.slice(1, -1).replace(/\\(.)/g, '$1');
  return t.replace(/"/g, '');
}

/** Index of the first `ch` that is not inside a quoted string, or -1. */
function indexOutsideQuotes(s: string, ch: string): number {
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\' && quoted) i++;
    else if (c === '"') quoted = !quoted;
    else if (c === ch && !quoted) return i;
  }
  return -1;
}

export interface Mailbox {
  /** Display name, decoded; empty when the header gives none. */
  name: string;
  address: string;
}

/**
 * The first mailbox of an address header: `Name <addr>`, `"Last, First" <addr>`, `addr (Name)`
 * or a bare `addr`.
 */
export function parseMailbox(value: string): Mailbox {
  const clean = (s: string): string => decodeEncodedWords(s).replace(/\s+/g, ' ').trim();
  const lt = indexOutsideQuotes(value, '<');
  if (lt >= 0) {
    const gt = value.indexOf('>', lt);
    const address = value.slice(lt + 1, gt >= 0 ? gt : undefined).trim();
    return { name: clean(unquote(value.slice(0, lt))), address };
  }
  const comma = indexOutsideQuotes(value, ',');
  const first = comma >= 0 ? value.slice(0, comma) : value;
  const paren = /^\s*([^\s(]*)\s*\((.*)\)\s*$/.exec(first);
  if (paren) return { name: clean(unquote(paren[2]!)), address: paren[1]!.trim() };
  return { name: '', address: first.trim() };
}

/** The author of a From header: its display name, else the local part of its address. */
export function authorFromHeader(value: string): string {
  const { name, address } = parseMailbox(value);
  if (name) return name;
  const at = address.search(/@| at /);
  return (at >= 0 ? address.slice(0, at) : address).trim();
}

/** Message ids in a Message-ID, In-Reply-To or References value, without angle brackets, in order. */
export function messageIds(value: string | undefined): string[] {
  if (!value) return [];
  const bracketed = [...value.matchAll(/<([^<>]*)>/g)].map((m) => m[1]!.replace(/\s+/g, '')).filter(Boolean);
  if (bracketed.length) return bracketed;
  return value.split(/\s+/).filter((token) => token.includes('@'));
}

export interface HeaderParams {
  /** The main value in lower case, e.g. `text/plain`. */
  value: string;
  /** Parameters with lower-case names and unquoted values, e.g. `charset`, `boundary`. */
  params: Record<string, string>;
}

/** Splits `type/subtype; name=value; name="quoted value"` into its parts. */
export function parseHeaderParams(value: string | undefined): HeaderParams {
  if (!value) return { value: '', params: {} };
  const parts: string[] = [];
  let rest = value;
  for (let i = indexOutsideQuotes(rest, ';'); i >= 0; i = indexOutsideQuotes(rest, ';')) {
    parts.push(rest.slice(0, i));
    rest = rest.slice(i + 1);
  }
  parts.push(rest);
  const params: Record<string, string> = {};
  for (const part of parts.slice(1)) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    params[part.slice(0, eq).trim().toLowerCase()] = unquote(part.slice(eq + 1));
  }
  return { value: parts[0]!.trim().toLowerCase(), params };
}
