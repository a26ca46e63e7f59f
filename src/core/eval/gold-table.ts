/**
 * Reads a corpus's derived `gold.csv` (comma-separated, a header row, RFC 4180 quoting, any mix
 * of line endings) into records keyed by header name, each with its 1-based row number (the
 * header is row 1). A quote problem or a missing column throws InputError('BAD_CSV') naming the row.
 */
import { InputError } from '../errors';
import { readCsvRows } from '../parse/csv-rows';
import { stripBom } from '../parse/lines';

export interface GoldRow {
  /** 1-based row in the file; the header is row 1. */
  row: number;
  /** Cell of each column; a short row gives '' for the missing cells. */
  cell(column: string): string;
}

export function readGoldTable(text: string, requiredColumns: readonly string[], what = 'gold.csv'): GoldRow[] {
  const rows: string[][] = [];
  // One line ending throughout: papaparse guesses a single one, and a file edited by hand may mix them.
  const problem = readCsvRows(stripBom(text).replace(/\r\n?/g, '\n'), ',', (cells) => rows.push(cells));
  if (problem) {
    throw new InputError('BAD_CSV', `${what} has a quoted cell that ${problem.code === 'MissingQuotes' ? 'never closes' : 'has text after its closing quote'}.`, {
      line: rows.length + 1, unit: 'row', hint: 'Check that the file is complete and unchanged from the corpus.',
    });
  }
  const header = (rows[0] ?? []).map((h) => h.trim());
  const missing = requiredColumns.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new InputError('BAD_CSV', `${what} has no column ${missing.map((c) => `"${c}"`).join(', ')}; its header is ${header.join(',') || '(empty)'}.`, {
      line: 1, unit: 'row', hint: `The header must name ${requiredColumns.join(', ')}.`,
    });
  }
  const index = new Map(header.map((h, i) => [h, i]));
  const out: GoldRow[] = [];
  rows.slice(1).forEach((cells, i) => {
    if (cells.length === 1 && cells[0]!.trim() === '') return; // blank line
    out.push({ row: i + 2, cell: (column) => cells[index.get(column) ?? -1]?.trim() ?? '' });
  });
  return out;
}
