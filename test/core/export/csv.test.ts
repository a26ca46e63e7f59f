import { describe, expect, it } from 'vitest';
import { safeCell, toCsv } from '../../../src/core/export/csv';

describe('toCsv', () => {
  it('writes the header first, \\n line ends and a trailing newline', () => {
    expect(toCsv(['a', 'b'], [['x', 1], ['y', 2]])).toBe('a,b\nx,1\ny,2\n');
    expect(toCsv(['only'], [])).toBe('only\n');
  });

  it('quotes cells with commas, quotes, CR or LF and doubles the quotes', () => {
    const csv = toCsv(['text'], [['one, two'], ['she said "no"'], ['line\nbreak'], ['carriage\rreturn'], ['plain']]);
    expect(csv).toBe('text\n"one, two"\n"she said ""no"""\n"line\nbreak"\n"carriage\rreturn"\nplain\n');
  });

  it('writes undefined as an empty cell and numbers as numbers', () => {
    expect(toCsv(['a', 'b', 'c'], [[undefined, -2, 0.5]])).toBe('a,b,c\n,-2,0.5\n');
  });
});

describe('safeCell', () => {
  it('prefixes cells a spreadsheet would run as a formula', () => {
    expect(safeCell('=HYPERLINK("http://example.com","click")')).toBe('\'=HYPERLINK("http://example.com","click")');
    expect(safeCell('+1')).toBe("'+1");
    expect(safeCell('-2')).toBe("'-2");
    expect(safeCell('@x')).toBe("'@x");
    expect(safeCell('\tcmd')).toBe("'\tcmd");
    expect(safeCell('\rcmd')).toBe("'\rcmd");
  });

  it('leaves ordinary text and undefined alone', () => {
    expect(safeCell('Agreed, I nearly got clipped')).toBe('Agreed, I nearly got clipped');
    expect(safeCell('a = b')).toBe('a = b');
    expect(safeCell('')).toBe('');
    expect(safeCell(undefined)).toBeUndefined();
  });

  it('combines with quoting: a protected formula with commas is still one cell', () => {
    expect(toCsv(['t'], [[safeCell('=SUM(1,2)')]])).toBe('t\n"\'=SUM(1,2)"\n');
  });
});
