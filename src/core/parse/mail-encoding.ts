/**
 * Byte-level mail encodings: base64, quoted-printable and charset decoding with TextDecoder
 * (available in Node, browsers and workers). Latin-1 labels are decoded here as windows-1252,
 * as browsers do (Node's TextDecoder maps bytes 0x80-0x9F differently). Unknown charsets fall
 * back to UTF-8 so a message is never lost over a label; bytes that do not decode become U+FFFD.
 */

const CHARSET_ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'x-unknown': 'utf-8',
  unknown: 'utf-8',
};

/** Labels that WHATWG decodes as windows-1252. */
const WINDOWS_1252_LABELS = new Set([
  'windows-1252', 'cp1252', 'x-cp1252', 'iso-8859-1', 'iso8859-1', 'iso_8859-1', 'iso-ir-100', 'latin1', 'l1',
  'us-ascii', 'ascii', 'ansi_x3.4-1968', 'cp819', 'ibm819', 'csisolatin1', 'iso88591',
]);

/** windows-1252 code points for bytes 0x80-0x9F (undefined bytes keep their C1 code point). */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Characters made at once by one String.fromCharCode call (well below engines' argument limits). */
const DECODE_CHUNK = 8192;

/** Bytes as windows-1252, a chunk of characters at a time (a whole file of them takes tens of milliseconds, not seconds). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(Math.min(bytes.length, DECODE_CHUNK));
  const parts: string[] = [];
  for (let from = 0; from < bytes.length; from += DECODE_CHUNK) {
    const n = Math.min(DECODE_CHUNK, bytes.length - from);
    for (let k = 0; k < n; k++) {
      const b = bytes[from + k]!;
      units[k] = b >= 0x80 && b < 0xa0 ? WINDOWS_1252_HIGH[b - 0x80]! : b;
    }
    parts.push(String.fromCharCode.apply(null, units.subarray(0, n) as unknown as number[]));
  }
  return parts.join('');
}

/** Decodes bytes in the named charset (MIME label); unknown or missing labels mean UTF-8. */
export function decodeBytes(bytes: Uint8Array, charset: string | undefined): string {
  const label = (charset ?? 'utf-8').trim().toLowerCase().replace(/^"|"$/g, '').replace(/\*.*$/, '');
  if (WINDOWS_1252_LABELS.has(label)) return decodeWindows1252(bytes);
  const name = CHARSET_ALIASES[label] ?? (label || 'utf-8');
  try {
    return new TextDecoder(name).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE: Record<string, number> = {};
for (let i = 0; i < BASE64_ALPHABET.length; i++) BASE64_VALUE[BASE64_ALPHABET[i]!] = i;

/** Base64 to bytes; characters outside the alphabet (line breaks, spaces) are ignored, `=` ends it. */
export function base64ToBytes(text: string): Uint8Array {
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of text) {
    if (ch === '=') break;
    const value = BASE64_VALUE[ch];
    if (value === undefined) continue;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
}

/**
 * Decodes a string in which `=XX` escapes stand for bytes (quoted-printable bodies).
 * Runs of ASCII and escapes are decoded together in `charset`; characters that are already
 * non-ASCII (a body stored as 8-bit text) pass through unchanged.
 */
export function decodeEscapedBytes(text: string, charset: string | undefined): string {
  let result = '';
  let bytes: number[] = [];
  const flush = (): void => {
    if (bytes.length) result += decodeBytes(Uint8Array.from(bytes), charset);
    bytes = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    if (ch === '=' && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (code < 0x80) {
      bytes.push(code);
    } else {
      flush();
      result += ch;
    }
  }
  flush();
  return result;
}

/** Bytes of a Q-encoded word (RFC 2047): `=XX` escapes, `_` for a space; other characters as UTF-8. */
export function qWordToBytes(text: string): Uint8Array {
  const out: number[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '=' && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      out.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (ch === '_') {
      out.push(0x20);
    } else {
      out.push(...encoder.encode(ch));
    }
  }
  return Uint8Array.from(out);
}

/** Quoted-printable body (RFC 2045): soft line breaks (`=` at line end) are joined, `=XX` decoded. */
export function decodeQuotedPrintable(text: string, charset: string | undefined): string {
  const joined = text
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/=\n/g, '');
  return decodeEscapedBytes(joined, charset);
}

/** Base64 body in the given charset. */
export function decodeBase64Text(text: string, charset: string | undefined): string {
  return decodeBytes(base64ToBytes(text), charset).replace(/\r\n?/g, '\n');
}
