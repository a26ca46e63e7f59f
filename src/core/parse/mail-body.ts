/**
 * A mail message's body as plain text: undoes Content-Transfer-Encoding (quoted-printable,
 * base64) and the charset, and for multipart messages picks the first text/plain part
 * (searching nested multiparts), else the first text/html part converted to text.
 * Quoted lines (`> ...`) and attribution lines are kept unchanged.
 */
import { htmlToText } from './lines';
import { decodeBase64Text, decodeQuotedPrintable } from './mail-encoding';
import { type HeaderField, headerValue, parseHeaderParams, readHeaderBlock } from './mail-headers';

interface Part {
  fields: HeaderField[];
  lines: string[];
}

/** The parts of a multipart body, split on `--boundary` lines; preamble and epilogue dropped. */
function splitMultipart(lines: readonly string[], boundary: string): Part[] {
  const open = `--${boundary}`;
  const close = `--${boundary}--`;
  const parts: Part[] = [];
  let current: string[] | undefined;
  const finish = (): void => {
    if (!current) return;
    const block = readHeaderBlock(current);
    parts.push({ fields: block.fields, lines: current.slice(block.bodyStart) });
  };
  for (const line of lines) {
    const trimmed = line.trimEnd();
    if (trimmed === close) {
      finish();
      current = undefined;
      break;
    }
    if (trimmed === open) {
      finish();
      current = [];
      continue;
    }
    current?.push(line);
  }
  finish();
  return parts;
}

/** Undoes the transfer encoding and charset of a single (non-multipart) part. */
function decodeLeaf(fields: readonly HeaderField[], lines: readonly string[], charset: string | undefined): string {
  const encoding = (headerValue(fields, 'content-transfer-encoding') ?? '').trim().toLowerCase();
  const raw = lines.join('\n');
  if (encoding === 'base64') return decodeBase64Text(raw, charset);
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(raw, charset);
  return raw;
}

interface Wanted {
  type: 'text/plain' | 'text/html';
  allowAttachment: boolean;
}

function findText(fields: readonly HeaderField[], lines: readonly string[], wanted: Wanted, depth: number): string | undefined {
  const contentType = parseHeaderParams(headerValue(fields, 'content-type'));
  const type = contentType.value || 'text/plain';
  if (type.startsWith('multipart/')) {
    const boundary = contentType.params.boundary;
    if (!boundary || depth > 10) return undefined;
    for (const part of splitMultipart(lines, boundary)) {
      const found = findText(part.fields, part.lines, wanted, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (type !== wanted.type) return undefined;
  const disposition = parseHeaderParams(headerValue(fields, 'content-disposition')).value;
  if (disposition === 'attachment' && !wanted.allowAttachment) return undefined;
  const text = decodeLeaf(fields, lines, contentType.params.charset);
  return type === 'text/html' ? htmlToText(text) : text;
}

/** The readable text of a message body, or '' when it has no text part. */
export function messageBodyText(fields: readonly HeaderField[], lines: readonly string[]): string {
  const attempts: Wanted[] = [
    { type: 'text/plain', allowAttachment: false },
    { type: 'text/plain', allowAttachment: true },
    { type: 'text/html', allowAttachment: true },
  ];
  for (const wanted of attempts) {
    const text = findText(fields, lines, wanted, 0);
    if (text !== undefined) return text.replace(/\r\n?/g, '\n');
  }
  return '';
}
