/**
 * Splits CSV text into rows of cells, handing each row with its offsets to a callback as soon as
 * it is read (so no list of rows is kept), and stopping at the first quote problem.
 * It reads exactly as papaparse 5 does with `{ delimiter, header: false, skipEmptyLines: false }`
 * in step mode (same cells, same row offsets, same quote errors; test/core/parse/csv-rows.test.ts
 * compares the two on random input), without papaparse's per-row result objects, which cost more
 * than the reading itself on large files. Like papaparse:
 * - one line break is used for the whole input, guessed from its first megabyte outside quotes
 *   (`\n` unless `\r` comes first and is mostly followed by `\n` → `\r\n`, or alone → `\r`);
 * - a leading byte-order mark is dropped and offsets count from after it;
 * - a quoted cell ends at a quote followed (after optional whitespace) by the delimiter, the line
 *   break or the end of input; `""` inside it is one quote;
 * - a delimiter that cannot be one (CR, LF, `"`, byte-order mark) is read as a comma.
 */

/** Receives one row: its cells and its offsets in the input, [start, end) with end after its line break. */
export type CsvRowHandler = (cells: string[], start: number, end: number) => void;

export interface CsvQuoteProblem {
  /** Offset where the row with the bad quote starts. */
  start: number;
  /** `MissingQuotes`: a quoted cell never closes; `InvalidQuotes`: text follows a closing quote. */
  code: 'MissingQuotes' | 'InvalidQuotes';
}

const QUOTE = '"';
const QUOTE_CODE = 34;
const ESCAPED_QUOTES = /""/g;
const QUOTED_SECTIONS = /"([^]*?)"/gm;
const UNUSABLE_DELIMITERS = ['\r', '\n', QUOTE, '\ufeff'];
const GUESS_LENGTH = 1024 * 1024;

/** The line break of the whole input, judged from its first megabyte with quoted sections removed. */
export function guessLineBreak(input: string): '\n' | '\r\n' | '\r' {
  const head = input.substring(0, GUESS_LENGTH).replace(QUOTED_SECTIONS, '');
  const byCR = head.split('\r');
  const byLF = head.split('\n');
  const lfFirst = byLF.length > 1 && byLF[0]!.length < byCR[0]!.length;
  if (byCR.length === 1 || lfFirst) return '\n';
  let followedByLF = 0;
  for (const part of byCR) if (part[0] === '\n') followedByLF++;
  return followedByLF >= byCR.length / 2 ? '\r\n' : '\r';
}

/** A quoted cell's content with `""` read as `"`. */
function unescapeQuotes(raw: string): string {
  return raw.includes(QUOTE) ? raw.replace(ESCAPED_QUOTES, QUOTE) : raw;
}

/** Rows of an input without any quote: plain splitting on the line break and the delimiter. */
function readUnquoted(input: string, delimiter: string, lineBreak: string, onRow: CsvRowHandler): undefined {
  let start = 0;
  for (;;) {
    const at = input.indexOf(lineBreak, start);
    const end = at < 0 ? input.length : at + lineBreak.length;
    onRow(input.substring(start, at < 0 ? input.length : at).split(delimiter), start, end);
    if (at < 0) return undefined;
    start = end;
  }
}

/**
 * Reads `text` row by row into `onRow`; see the module comment. Returns the first quote problem
 * (its row is not handed over, nor any row after it), or undefined when every row was read.
 */
export function readCsvRows(text: string, delimiter: string, onRow: CsvRowHandler): CsvQuoteProblem | undefined {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delim = UNUSABLE_DELIMITERS.includes(delimiter) ? ',' : delimiter;
  if (input.length === 0) return undefined;
  const lineBreak = guessLineBreak(input);
  if (!input.includes(QUOTE)) return readUnquoted(input, delim, lineBreak, onRow);

  const inputLength = input.length;
  const delimLength = delim.length;
  const breakLength = lineBreak.length;
  let row: string[] = [];
  let rowStart = 0;
  let cursor = 0;
  let nextDelim = input.indexOf(delim, cursor);
  let nextBreak = input.indexOf(lineBreak, cursor);
  let quoteAt = 0;

  const endRow = (end: number): void => {
    onRow(row, rowStart, end);
    row = [];
    rowStart = end;
    cursor = end;
  };
  const lastRow = (cell: string): undefined => {
    row.push(cell);
    endRow(inputLength);
    return undefined;
  };
  const problem = (code: CsvQuoteProblem['code']): CsvQuoteProblem => ({ start: rowStart, code });
  /** Length of the whitespace-only gap between the closing quote and `index`; 0 when it holds more than whitespace. */
  const gapBefore = (index: number): number => {
    if (index === -1) return 0;
    const gap = input.substring(quoteAt + 1, index);
    return gap !== '' && gap.trim() === '' ? gap.length : 0;
  };

  for (;;) {
    if (input.charCodeAt(cursor) === QUOTE_CODE) {
      quoteAt = cursor;
      cursor++;
      for (;;) {
        quoteAt = input.indexOf(QUOTE, quoteAt + 1);
        if (quoteAt === -1) return problem('MissingQuotes');
        if (quoteAt === inputLength - 1) return lastRow(unescapeQuotes(input.substring(cursor, quoteAt)));
        if (input.charCodeAt(quoteAt + 1) === QUOTE_CODE) {
          quoteAt++;
          continue;
        }
        if (nextDelim !== -1 && nextDelim < quoteAt + 1) nextDelim = input.indexOf(delim, quoteAt + 1);
        if (nextBreak !== -1 && nextBreak < quoteAt + 1) nextBreak = input.indexOf(lineBreak, quoteAt + 1);
        const gapToDelim = gapBefore(nextBreak === -1 ? nextDelim : Math.min(nextDelim, nextBreak));
        if (input.startsWith(delim, quoteAt + 1 + gapToDelim)) {
          row.push(unescapeQuotes(input.substring(cursor, quoteAt)));
          cursor = quoteAt + 1 + gapToDelim + delimLength;
          if (nextDelim !== -1 && nextDelim < cursor) nextDelim = input.indexOf(delim, cursor);
          if (nextBreak !== -1 && nextBreak < cursor) nextBreak = input.indexOf(lineBreak, cursor);
          break;
        }
        const gapToBreak = gapBefore(nextBreak);
        if (input.startsWith(lineBreak, quoteAt + 1 + gapToBreak)) {
          row.push(unescapeQuotes(input.substring(cursor, quoteAt)));
          endRow(quoteAt + 1 + gapToBreak + breakLength);
          nextBreak = input.indexOf(lineBreak, cursor);
          if (nextDelim !== -1 && nextDelim < cursor) nextDelim = input.indexOf(delim, cursor);
          break;
        }
        return problem('InvalidQuotes');
      }
      continue;
    }
    if (nextDelim !== -1 && (nextDelim < nextBreak || nextBreak === -1)) {
      row.push(input.substring(cursor, nextDelim));
      cursor = nextDelim + delimLength;
      nextDelim = input.indexOf(delim, cursor);
      continue;
    }
    if (nextBreak !== -1) {
      row.push(input.substring(cursor, nextBreak));
      endRow(nextBreak + breakLength);
      nextBreak = input.indexOf(lineBreak, cursor);
      continue;
    }
    return lastRow(input.substring(cursor));
  }
}
