/**
 * A file's bytes as text, for the command line and the app alike: UTF-8 (with or without a byte
 * order mark); UTF-16 when a byte order mark says so (spreadsheets' "Unicode text" exports); and,
 * when the bytes are not UTF-8 at all (no valid multi-byte sequence outweighs the invalid bytes),
 * windows-1252, the encoding spreadsheet programs on Windows save CSV files in: read as UTF-8,
 * every accented letter of such a file would turn into U+FFFD, silently. A UTF-8 file with a few
 * broken bytes stays UTF-8, those bytes becoming U+FFFD. Whenever the text was not read as clean
 * UTF-8, a note says how it was read and from which line. UTF-16 without a byte order mark is
 * recognised by its zero bytes; an Excel workbook's first sheet is read as CSV (xlsx.ts); any
 * other file that is not text (an archive, an image) is refused, naming what it is.
 */
import { decodeWindows1252 } from './mail-encoding';
import { InputError } from '../errors';
import { binaryKind, utf16WithoutBom } from './binary-kind';
import { workbookAsCsv } from './xlsx';

export interface FileText {
  text: string;
  /** How the text was read, when not as valid UTF-8 (for the report's notes). */
  note?: string;
}

/** Throws InputError('NOT_TEXT') for a file that is not text (see binary-kind.ts), saying what it is. */
export function fileText(bytes: Uint8Array): FileText {
  const binary = binaryKind(bytes);
  if (binary?.workbook) return workbookAsCsv(bytes);
  if (binary) throw new InputError('NOT_TEXT', `the file is ${binary.what}, not a text file threadgraph can read.`, { hint: binary.hint });
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes), note: 'The file was read as UTF-16 (little-endian), as its byte order mark says.' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes), note: 'The file was read as UTF-16 (big-endian), as its byte order mark says.' };
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    return { text: new TextDecoder(`utf-16${utf16}`).decode(bytes), note: `The file was read as UTF-16 (${utf16 === 'le' ? 'little' : 'big'}-endian): it has no byte order mark, but every other byte of its start is zero.` };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const scan = scanUtf8(bytes);
    const line = lineAt(bytes, scan.firstInvalid);
    if (scan.multiByte > scan.invalid) {
      return {
        text: new TextDecoder('utf-8').decode(bytes),
        note: `${scan.invalid} byte(s) of the file are not valid UTF-8 (the first on line ${line}) and were read as U+FFFD.`,
      };
    }
    return {
      text: decodeWindows1252(bytes),
      note: `The file is not UTF-8 (from line ${line} on), so it was read as windows-1252 (Western European; spreadsheet programs on Windows save CSV so). If letters look wrong, convert the file to UTF-8.`,
    };
  }
}

/** Valid multi-byte UTF-8 sequences and invalid bytes (an invalid byte is passed over alone), and the offset of the first invalid one. */
function scanUtf8(bytes: Uint8Array): { multiByte: number; invalid: number; firstInvalid: number } {
  let multiByte = 0, invalid = 0, firstInvalid = -1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      multiByte++;
      i += length;
      continue;
    }
    if (firstInvalid < 0) firstInvalid = i;
    invalid++;
    i++;
  }
  return { multiByte, invalid, firstInvalid };
}

/** Length of the valid multi-byte UTF-8 sequence at `i`, or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const extra = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
  if (extra === 0 || i + extra >= bytes.length) return 0;
  // The second byte's range is narrower after these leads (no overlong forms, no surrogates, nothing past U+10FFFF).
  const second = bytes[i + 1]!;
  const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
  const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
  if (second < low || second > high) return 0;
  for (let k = 2; k <= extra; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  return extra + 1;
}

/** 1-based line of byte offset `at`. */
function lineAt(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
