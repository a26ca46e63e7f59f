/**
 * Splits CSV text into rows of cells with papaparse (step mode, `header: false`,
 * `skipEmptyLines: false`), handing each row with its offsets to a callback as soon as it is
 * read (no list of rows is kept), and stopping at the first quote problem.
 */
import Papa from 'papaparse';

/** Receives one row: its cells and its offsets in the input, [start, end) with end after its line break. */
export type CsvRowHandler = (cells: string[], start: number, end: number) => void;

export interface CsvQuoteProblem {
  /** Offset where the row with the bad quote starts. */
  start: number;
  /** `MissingQuotes`: a quoted cell never closes; `InvalidQuotes`: text follows a closing quote. */
  code: 'MissingQuotes' | 'InvalidQuotes';
}

/**
 * Reads `text` row by row into `onRow`. Returns the first quote problem (its row is not handed
 * over, nor any row after it), or undefined when every row was read. Offsets count from after a
 * leading byte-order mark, which papaparse drops.
 */
export function readCsvRows(text: string, delimiter: string, onRow: CsvRowHandler): CsvQuoteProblem | undefined {
  let start = 0;
  let problem: CsvQuoteProblem | undefined;
  Papa.parse<string[]>(text, {
    delimiter,
    header: false,
    skipEmptyLines: false,
    step: (results, parser) => {
      const quote = results.errors.find((e) => e.type === 'Quotes');
      const end = results.meta.cursor;
      if (quote) {
        problem = { start, code: quote.code === 'InvalidQuotes' ? 'InvalidQuotes' : 'MissingQuotes' };
        parser.abort();
        return;
      }
      onRow(results.data, start, end);
      start = end;
    },
  });
  return problem;
}
