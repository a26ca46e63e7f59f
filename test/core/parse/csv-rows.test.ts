import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { guessLineBreak, readCsvRows } from '../../../src/core/parse/csv-rows';
import type { CsvQuoteProblem } from '../../../src/core/parse/csv-rows';

interface CsvRows {
  rows: { cells: string[]; start: number; end: number }[];
  quoteProblem?: CsvQuoteProblem;
}

/** readCsvRows with the rows it hands over collected. */
function readAll(text: string, delimiter: string): CsvRows {
  const result: CsvRows = { rows: [] };
  const quoteProblem = readCsvRows(text, delimiter, (cells, start, end) => result.rows.push({ cells, start, end }));
  if (quoteProblem) result.quoteProblem = quoteProblem;
  return result;
}
import { mulberry32 } from '../../../src/core/graph/random';

/** What the CSV parser used to get from papaparse in step mode: rows with offsets, up to the first quote error. */
function papaparseRows(text: string, delimiter: string): CsvRows {
  const result: CsvRows = { rows: [] };
  let previous = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    header: false,
    skipEmptyLines: false,
    step: (step, parser) => {
      const start = previous;
      previous = step.meta.cursor;
      const quote = step.errors.find((e) => e.type === 'Quotes');
      if (quote) {
        result.quoteProblem = { start, code: quote.code as 'MissingQuotes' | 'InvalidQuotes' };
        parser.abort();
        return;
      }
      result.rows.push({ cells: step.data, start, end: step.meta.cursor });
    },
  });
  return result;
}

describe('readCsvRows', () => {
  it('gives cells and row offsets, with quoted cells spanning lines and doubled quotes undone', () => {
    const text = 'id,text\n1,"two\nlines, ""quoted"""\n2,plain\n';
    expect(readAll(text, ',')).toEqual({
      rows: [
        { cells: ['id', 'text'], start: 0, end: 8 },
        { cells: ['1', 'two\nlines, "quoted"'], start: 8, end: 34 },
        { cells: ['2', 'plain'], start: 34, end: 42 },
        { cells: [''], start: 42, end: 42 },
      ],
    });
  });

  it('stops at the row of an unclosed quote or of text after a closing quote', () => {
    expect(readAll('a,b\n1,"open\n2,x\n', ',')).toEqual({
      rows: [{ cells: ['a', 'b'], start: 0, end: 4 }],
      quoteProblem: { start: 4, code: 'MissingQuotes' },
    });
    expect(readAll('a,b\n1,2\n3,"x"y\n', ',').quoteProblem).toEqual({ start: 8, code: 'InvalidQuotes' });
  });

  it('uses one line break for the whole input, guessed outside quotes', () => {
    expect(guessLineBreak('a,b\r\nc,d\r\n')).toBe('\r\n');
    expect(guessLineBreak('a,b\rc,d\r')).toBe('\r');
    expect(guessLineBreak('"x\r\ny"\nc,d\n')).toBe('\n');
    // With CRLF chosen, a lone LF inside a row is part of a cell.
    expect(readAll('a,b\r\nc\nd,e\r\n', ',').rows.map((r) => r.cells)).toEqual([['a', 'b'], ['c\nd', 'e'], ['']]);
  });

  it('reads exactly as papaparse does on thousands of random inputs', () => {
    const rng = mulberry32(2024);
    const pieces = ['a', 'b', ' ', ',', ';', '\t', '"', '"', '""', '\n', '\r\n', '\r', '\ufeff', 'é', '  '];
    const delimiters = [',', ';', '\t', '|', 'ab', '\ufeff'];
    let compared = 0;
    for (let i = 0; i < 20_000; i++) {
      let text = '';
      const length = Math.floor(rng() * 24);
      for (let k = 0; k < length; k++) text += pieces[Math.floor(rng() * pieces.length)];
      const delimiter = delimiters[Math.floor(rng() * delimiters.length)]!;
      expect(readAll(text, delimiter), JSON.stringify({ text, delimiter })).toEqual(papaparseRows(text, delimiter));
      compared++;
    }
    expect(compared).toBe(20_000);
  });
});
