/**
 * Shared CSV writer (RFC 4180 quoting, `\n` line ends, header first, trailing newline) and the
 * spreadsheet-formula guard for text cells.
 */

export type CsvCell = string | number | undefined;

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Protects a text cell from being run as a formula by spreadsheets: a value starting with
 * `=`, `+`, `-`, `@`, tab or CR gets a leading `'`. Apply to text columns only, never to numbers.
 */
export function safeCell(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One cell: numbers as written by String(), undefined as empty, quoted when needed. */
function csvCell(value: CsvCell): string {
  if (value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text: the header line, then one line per row, each ending in `\n`. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines: string[] = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return lines.join('\n') + '\n';
}
