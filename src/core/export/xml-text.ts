/**
 * Text for XML exports: values escaped for attributes and text nodes (characters XML 1.0 cannot
 * hold dropped), and numbers written so that every reader takes them.
 */

/** Characters XML 1.0 forbids (C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF). */
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ESCAPES: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;',
};

/** Escapes a value for an XML attribute or text node, dropping characters XML cannot hold. */
export function escapeXml(value: string | number): string {
  return String(value).replace(INVALID_XML, '').replace(/[&<>"'\t\n\r]/g, (ch) => ESCAPES[ch] ?? ch);
}

/** A finite number as written by String(); anything else as 0. */
export function numberText(n: number): string {
  return Number.isFinite(n) ? String(n) : '0';
}
