/**
 * What a file that is not text is, from its first bytes: an Excel or Word file, a zip or gzip
 * archive, a PDF, an image, a database; or binary data (NUL bytes in a file without a UTF-16
 * byte order mark, and not UTF-16 text without one). Used to refuse such files with a message
 * that says what to do instead of reading their bytes as "text" that holds no comment.
 */

export interface BinaryKind {
  /** "an Excel workbook (.xlsx)", "a gzip archive", … */
  what: string;
  hint: string;
  /** An Excel workbook, which file-text.ts reads (its first sheet as a table). */
  workbook?: true;
}

const SAVE_AS_CSV = 'Save it as CSV (in the spreadsheet program: Save As, CSV UTF-8) and open that.';

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** The bytes of `text` (ASCII) occur in the first `limit` bytes. */
function holds(bytes: Uint8Array, text: string, limit = 65536): boolean {
  const end = Math.min(bytes.length, limit) - text.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let k = 0; k < text.length; k++) if (bytes[i + k] !== text.charCodeAt(k)) continue outer;
    return true;
  }
  return false;
}

function zipKind(bytes: Uint8Array): BinaryKind {
  if (holds(bytes, 'xl/')) return { what: 'an Excel workbook (.xlsx)', hint: SAVE_AS_CSV, workbook: true };
  if (holds(bytes, 'opendocument.spreadsheet')) return { what: 'an OpenDocument spreadsheet (.ods)', hint: SAVE_AS_CSV };
  if (holds(bytes, 'word/')) return { what: 'a Word document (.docx)', hint: 'Copy its text and paste it, or save it as plain text and open that.' };
  return { what: 'a zip archive', hint: 'Unpack it and open the thread file inside.' };
}

/**
 * Which byte of a 2-byte unit is zero in most units of the first 1,000, as UTF-16 text without a
 * byte order mark has it (ASCII letters with a zero high byte): 'le', 'be', or undefined.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'le' | 'be' | undefined {
  const units = Math.min(1000, Math.floor(bytes.length / 2));
  if (units < 4) return undefined;
  let evenZero = 0, oddZero = 0;
  for (let i = 0; i < units; i++) {
    if (bytes[2 * i] === 0) evenZero++;
    if (bytes[2 * i + 1] === 0) oddZero++;
  }
  if (oddZero >= 0.7 * units && evenZero <= 0.05 * units) return 'le';
  if (evenZero >= 0.7 * units && oddZero <= 0.05 * units) return 'be';
  return undefined;
}

export function binaryKind(bytes: Uint8Array): BinaryKind | undefined {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return zipKind(bytes);
  if (startsWith(bytes, 0x1f, 0x8b)) return { what: 'a gzip archive', hint: 'Unpack it (gunzip) and open the file inside.' };
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return { what: 'an Excel 97–2003 or Word 97–2003 file (.xls, .doc)', hint: SAVE_AS_CSV };
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return { what: 'a PDF', hint: 'Copy the comments from it and paste them, or open the page they came from and copy them there.' };
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) || startsWith(bytes, 0xff, 0xd8, 0xff) || startsWith(bytes, 0x47, 0x49, 0x46, 0x38)) {
    return { what: 'an image', hint: 'threadgraph reads text: copy the comments as text, or export them as CSV or JSON.' };
  }
  if (holds(bytes, 'SQLite format 3\u0000', 16)) return { what: 'an SQLite database', hint: 'Export the comments table as CSV and open that.' };
  // UTF-16 text has zero bytes: with a byte order mark it is text whatever its script.
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) return undefined;
  const head = bytes.subarray(0, 8192);
  if (head.includes(0) && !utf16WithoutBom(bytes)) {
    return { what: 'binary data', hint: 'Choose a text file: page text, CSV, JSON, mbox, a chat log, or a WordPress or Disqus export.' };
  }
  return undefined;
}
