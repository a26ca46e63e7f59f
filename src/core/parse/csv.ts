/**
 * CSV / TSV parser (rows split by papaparse, see csv-rows.ts). The delimiter is
 * read from the header line (comma, tab or semicolon, whichever occurs most outside quotes)
 * unless given, or from a first line `sep=;` as spreadsheet programs write it (that line is
 * then reported as skipped). Header names are auto-mapped to author/time/text/id/parent (see fields.ts) or
 * mapped by hand with `columns`. Rows are handled one by one as they are read.
 *
 * Accounting for every row:
 * - each data row becomes a comment whose `line` is the 1-based line where the row starts
 *   (quoted cells may span lines), or is listed in `skipped` with its lines and a reason:
 *   no author, no text, a wrong number of fields, or empty (a row of nothing but blanks and
 *   delimiters). Empty rows before the header and after the last non-empty row are ignored.
 * - an unclosed or malformed quote makes the rest of the file unreadable: InputError('BAD_CSV').
 * Cells that threadgraph's exporter protected against spreadsheet formulas (a `'` put before a
 * leading `=`, `+`, `-`, `@`, tab or CR) get that one `'` removed; other cells are left as written.
 * Text cells are kept verbatim apart from CRLF/CR becoming LF (no HTML stripping: CSV text is
 * taken as plain text); author, id, parent and time cells are trimmed.
 */
import { InputError } from '../errors';
import type { ParseResult, RawComment } from '../types';
import { CommentCollector } from './collector';
import { type CsvQuoteProblem, readCsvRows } from './csv-rows';
import { type ColumnMap, type Field, columnChoice, listNames, mapColumns, mappingHint } from './fields';
import { lineAt, lineStarts, stripBom } from './lines';

export interface CsvOptions {
  /** Field delimiter; auto-detected when absent. `tab` or `\t` mean a tab. */
  delimiter?: string;
  /** Hand mapping of fields to header names; overrides auto-mapping. */
  columns?: ColumnMap;
}

const DETECTABLE_DELIMITERS = [',', '\t', ';'] as const;

/** Undoes the exporter's formula protection: `'=1+1` → `=1+1`; `'hello` stays as it is. */
export function unprotectCell(cell: string): string {
  if (cell.charCodeAt(0) !== 39 /* ' */) return cell;
  const next = cell[1];
  return next === '=' || next === '+' || next === '-' || next === '@' || next === '\t' || next === '\r' ? cell.slice(1) : cell;
}

/** True when the cell is empty or whitespace only (as `trim()` sees it), without copying it. */
function isBlank(cell: string): boolean {
  if (cell.length === 0) return true;
  const first = cell.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return cell.trim() === '';
}

/** The first line of `text` that is not blank (lines end at CRLF, LF or CR), or ''. */
function firstNonBlankLine(text: string): string {
  const breaks = /\r\n|\n|\r/g;
  let start = 0;
  while (start <= text.length) {
    const m = breaks.exec(text);
    const end = m ? m.index : text.length;
    const line = text.slice(start, end);
    if (line.trim() !== '') return line;
    if (!m) break;
    start = m.index + m[0].length;
  }
  return '';
}

/** Counts each candidate delimiter outside quotes on the first non-empty line; most wins, comma on ties. */
export function detectDelimiter(text: string): string {
  const firstLine = firstNonBlankLine(text);
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  let best: string = ',';
  let bestCount = 0;
  for (const d of DETECTABLE_DELIMITERS) {
    const count = unquoted.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/** The delimiter a first line such as `sep=;` names (spreadsheet programs' convention), if any. */
export function delimiterLine(text: string): string | undefined {
  const m = /^sep=([^"\r\n])[ \t]*(?:\r\n|\n|\r|$)/i.exec(text);
  return m ? m[1] : undefined;
}

/** `named`: the delimiter a first `sep=` line names, if any. */
function resolveDelimiter(given: string | undefined, text: string, named: string | undefined): string {
  if (given === undefined) return named ?? detectDelimiter(text);
  if (given === 'tab' || given === '\\t') return '\t';
  if (given === '' || /["\r\n]/.test(given)) {
    throw new InputError('BAD_OPTION', `"${given}" cannot be a CSV delimiter`, {
      hint: 'Use a single character such as "," ";" or "tab".',
    });
  }
  return given;
}


function quoteError(problem: CsvQuoteProblem, starts: readonly number[]): InputError {
  const line = lineAt(starts, problem.start);
  const message = problem.code === 'MissingQuotes' ? 'a quoted cell is never closed' : 'a quoted cell has text after its closing quote';
  return new InputError('BAD_CSV', `${message} in the row starting at line ${line}`, {
    line,
    unit: 'line',
    hint: 'Check the quotes on that line: a cell that contains quotes must be wrapped in quotes with each inner quote doubled ("").',
  });
}

/** Header index per field. */
type Columns = Partial<Record<Field, number>>;

/** Header name per mapped field. */
function mappedNames(header: readonly string[], columns: Columns): Partial<Record<Field, string>> {
  const out: Partial<Record<Field, string>> = {};
  for (const [field, index] of Object.entries(columns) as [Field, number][]) {
    const name = header[index];
    if (name !== undefined) out[field] = name;
  }
  return out;
}

function isEmptyRow(cells: readonly string[]): boolean {
  return cells.every(isBlank);
}

/**
 * Rows of one filled cell before the header are a title or a note (a spreadsheet's "Comments
 * exported on …" above the table): a header needs an author and a text column. At most this many.
 */
const MAX_TITLE_ROWS = 10;

/** Why a data row cannot be a comment, judged from its shape alone; undefined when it can. */
function shapeProblem(cells: readonly string[], headerLength: number): string | undefined {
  // Spreadsheets often pad rows with empty cells: only non-empty extra cells count.
  let wrongLength = cells.length < headerLength;
  for (let i = headerLength; i < cells.length && !wrongLength; i++) wrongLength = !isBlank(cells[i]!);
  return wrongLength ? `row has ${plural(cells.length, 'field')} but the header has ${headerLength}` : undefined;
}

/** The cell of a mapped column with the exporter's formula protection undone; '' when unmapped or missing. */
function cellAt(cells: readonly string[], index: number | undefined): string {
  return index === undefined ? '' : unprotectCell(cells[index] ?? '');
}

/** The comment of one well-shaped row, or the reason it has none. */
function rowComment(cells: readonly string[], columns: Columns, line: number, hasCR: boolean): RawComment | string {
  const author = cellAt(cells, columns.author).trim();
  // Text is kept as written (line breaks normalised) so exported files re-import exactly.
  const cell = cellAt(cells, columns.text);
  const text = hasCR && cell.includes('\r') ? cell.replace(/\r\n?/g, '\n') : cell;
  const hasText = !isBlank(text);
  if (author === '' && !hasText) return 'row has no author and no text';
  if (author === '') return 'row has no author';
  if (!hasText) return 'row has no text';
  const comment: RawComment = { author, text, line };
  const id = cellAt(cells, columns.id).trim();
  if (id) comment.id = id;
  const parent = cellAt(cells, columns.parent).trim();
  if (parent) comment.parentId = parent;
  return comment;
}

/**
 * The header and its column mapping, or the error it gives (a hand-mapped name not in it, no
 * author or text column), raised only once the whole input has been read.
 */
interface HeaderInfo {
  length: number;
  columns: Columns;
  error?: unknown;
}

function readHeader(cells: readonly string[], line: number, hand: ColumnMap | undefined): HeaderInfo {
  const header = cells.map((c) => unprotectCell(c.trim()));
  let columns: Columns;
  try {
    columns = mapColumns(header, hand);
  } catch (error) {
    return { length: header.length, columns: {}, error };
  }
  const missing = (['author', 'text'] as const).filter((f) => columns[f] === undefined);
  if (missing.length === 0) return { length: header.length, columns };
  const named = mappedNames(header, columns);
  const error = new InputError('BAD_CSV', `no ${missing.join(' or ')} column found; the header has ${listNames(header)}`, {
    line,
    unit: 'line',
    hint: mappingHint(header, named),
    columns: columnChoice(header, named),
  });
  return { length: header.length, columns, error };
}

/**
 * Parses CSV text into comments. Rows are handled as they are read: empty rows before the header
 * are ignored, title rows before it skipped, empty rows after it are held back until a non-empty row follows (so trailing ones
 * are ignored), and a quote problem anywhere outranks a header without author or text column.
 */
export function parseCsv(input: string, opts: CsvOptions = {}): ParseResult {
  const text = stripBom(input);
  const emptyHint = 'Paste or choose a file with a header row and comment rows.';
  if (text.trim() === '') throw new InputError('EMPTY_INPUT', 'the CSV input is empty', { hint: emptyHint });
  const sepLine = delimiterLine(text);
  const delimiter = resolveDelimiter(opts.delimiter, text, sepLine);
  const starts = lineStarts(text);
  const hasCR = text.includes('\r');

  const collector = new CommentCollector();
  let header: HeaderInfo | undefined;
  /** One-cell rows before the header: a title or note when a header follows, else the header. */
  const titles: { cells: string[]; start: number; end: number }[] = [];
  /** Empty rows since the last non-empty one, as [start, end] offsets: skipped only if content follows. */
  const heldBack: number[] = [];
  const skipRow = (start: number, end: number, reason: string): void => {
    const endLine = lineAt(starts, Math.max(start, trimBreak(text, start, end) - 1));
    collector.skip(lineAt(starts, start), reason, text.slice(start, end), endLine);
  };

  const quoteProblem = readCsvRows(text, delimiter, (cells, start, end) => {
    // A final row that starts at the very end is the empty remainder after a trailing line break.
    if (start >= text.length || header?.error !== undefined) return;
    if (start === 0 && sepLine !== undefined) {
      skipRow(start, end, 'delimiter line for spreadsheet programs, not a header');
      return;
    }
    const empty = isEmptyRow(cells);
    if (!header) {
      if (empty) return;
      if (titles.length < MAX_TITLE_ROWS && cells.filter((c) => !isBlank(c)).length < 2) {
        titles.push({ cells, start, end });
        return;
      }
      if (titles.length === MAX_TITLE_ROWS) {
        // No header with two columns came: the first row is the header, as it would be anyway.
        header = readHeader(titles[0]!.cells, lineAt(starts, titles[0]!.start), opts.columns);
        return;
      }
      for (const t of titles) skipRow(t.start, t.end, 'title or note above the header');
      header = readHeader(cells, lineAt(starts, start), opts.columns);
      return;
    }
    if (empty) {
      heldBack.push(start, end);
      return;
    }
    for (let i = 0; i < heldBack.length; i += 2) skipRow(heldBack[i]!, heldBack[i + 1]!, 'empty row');
    heldBack.length = 0;
    const line = lineAt(starts, start);
    const result = shapeProblem(cells, header.length) ?? rowComment(cells, header.columns, line, hasCR);
    if (typeof result === 'string') {
      skipRow(start, end, result);
      return;
    }
    const timeColumn = header.columns.time;
    collector.applyTime(result, timeColumn === undefined ? undefined : cellAt(cells, timeColumn));
    collector.add(result);
  });
  if (quoteProblem) throw quoteError(quoteProblem, starts);
  if (!header && titles.length > 0) header = readHeader(titles[0]!.cells, lineAt(starts, titles[0]!.start), opts.columns);
  if (!header) throw new InputError('EMPTY_INPUT', 'the CSV input has no rows', { hint: emptyHint });
  if (header.error !== undefined) throw header.error;
  // A repeated id gets a suffix. A row's id is only its comment's own, so the ids are claimed
  // together once every row is read (see claimAddedIds).
  collector.claimAddedIds();
  const { comments, skipped, notes } = collector.finish();
  return { format: 'csv', dialect: delimiter === '\t' ? 'tsv' : 'csv', comments, skipped, notes };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Offset where the row's content ends, i.e. before its trailing line break. */
function trimBreak(text: string, start: number, end: number): number {
  let e = end;
  if (e > start && text[e - 1] === '\n') e--;
  if (e > start && text[e - 1] === '\r') e--;
  return e;
}
