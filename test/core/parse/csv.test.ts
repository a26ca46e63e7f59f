import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv, unprotectCell } from '../../../src/core/parse/csv';
import { InputError } from '../../../src/core/errors';
import { inputErrorOf as errorOf } from '../../helpers/input-error';
import { safeCell, toCsv } from '../../../src/core/export/csv';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/csv/${name}`, import.meta.url), 'utf8');


describe('parseCsv: header auto-mapping', () => {
  const result = parseCsv(fixture('aliased.csv'));

  it('maps aliased headers to author, time, text, id and parent', () => {
    expect(result.format).toBe('csv');
    expect(result.dialect).toBe('csv');
    expect(result.comments[0]).toEqual({
      author: 'Maren Okafor',
      text: 'First thought on the draft: the intro runs long.',
      line: 2,
      id: '101',
      time: '2023-05-02T09:15:00Z',
      timePrecision: 'minute',
    });
    expect(result.comments.map((c) => c.parentId)).toEqual([undefined, '101', '102', '102']);
  });

  it('keeps multi-line quoted cells whole and numbers later rows by the line they start on', () => {
    expect(result.comments[1]!.text).toBe('Agreed, and a second point:\nthe chart on page 3 has no units.\n\nAlso the caption is cut off.');
    expect(result.comments.map((c) => c.line)).toEqual([2, 3, 7, 9]);
    expect(result.comments[3]!.text).toBe('I can fix the caption today, "if" nobody else has.');
  });

  it('skips the row without text with its line, and ignores trailing empty rows', () => {
    expect(result.skipped).toEqual([
      { line: 8, reason: 'row has no text', excerpt: 'Priya Natarajan,2023-05-02 11:20,,104,101' },
    ]);
  });

  it('keeps a comment whose time is unreadable and says so once, with the first line', () => {
    expect(result.comments[3]!.time).toBeUndefined();
    expect(result.notes).toHaveLength(1);
    expect(result.notes[0]).toMatch(/^1 time could not be read.*line 9.*last Tuesday/);
  });
});

describe('parseCsv: delimiters and encodings', () => {
  it('detects tabs (dialect tsv) and leaves commas inside cells alone', () => {
    const r = parseCsv(fixture('tab.tsv'));
    expect(r.dialect).toBe('tsv');
    expect(r.comments.map((c) => c.id)).toEqual(['a1', 'a2', 'a3']);
    expect(r.comments[1]!.text).toBe('Yes, since the revert, all green.');
    expect(r.comments[2]!.text).toBe('Thanks; merging now.');
  });

  it('detects semicolons and reads day-first dotted dates', () => {
    const r = parseCsv(fixture('semicolon.csv'));
    expect(r.dialect).toBe('csv');
    expect(r.comments.map((c) => c.author)).toEqual(['Lena Vogt', 'Rafael Ortiz']);
    expect(r.comments[0]!.text).toBe('Tomorrow works, but only after lunch.');
    expect(r.comments[1]!.text).toBe('Fine; 14:00 then.');
    expect(r.comments[0]!.time).toBe('2021-03-14T00:00:00Z');
    expect(r.comments[0]!.timePrecision).toBe('day');
  });

  it('reads all-numeric dates day or month first as the file\'s dates show, all the same way', () => {
    const times = (csv: string) => { const r = parseCsv(csv); return { times: r.comments.map((c) => c.time!.slice(0, 10)), notes: r.notes }; };
    // 04/13 can only be month first, so 04/05 and 04/06 are April 5 and 6 too.
    expect(times('author,text,date\nAnn,a,04/05/2020\nBob,b,04/13/2020\nCy,c,04/06/2020\n')).toEqual({
      times: ['2020-04-05', '2020-04-13', '2020-04-06'],
      notes: ['2 dates such as "04/05/2020" at line 2 were read month first, as "04/13/2020" at line 3 shows.'],
    });
    // 13/04 shows day first: no note.
    expect(times('author,text,date\nAnn,a,04/05/2020\nBob,b,13/04/2020\n')).toEqual({ times: ['2020-05-04', '2020-04-13'], notes: [] });
    expect(times('author,text,date\nAnn,a,04/05/2020\n').notes).toEqual(['1 date such as "04/05/2020" at line 2 was read day first: no date in the input shows which number is the day.']);
    expect(times('author,text,date\nAnn,a,13/04/2020\nBob,b,04/13/2020\nCy,c,04/05/2020\n')).toEqual({
      times: ['2020-04-13', '2020-04-13', '2020-05-04'],
      notes: ['The input writes dates both day first ("13/04/2020" at line 2) and month first ("04/13/2020" at line 3); 1 date such as "04/05/2020" at line 4, which could be either, was read day first.'],
    });
  });

  it('takes the delimiter from a first line sep=; as spreadsheet programs write it, and reports that line', () => {
    const r = parseCsv('sep=;\r\nauthor;text\r\nAnn;hello, all\r\nBob;Ann, hi\r\n');
    expect(r.comments.map((c) => [c.author, c.text, c.line])).toEqual([['Ann', 'hello, all', 3], ['Bob', 'Ann, hi', 4]]);
    expect(r.skipped).toEqual([{ line: 1, reason: 'delimiter line for spreadsheet programs, not a header', excerpt: 'sep=;' }]);
    // In capitals too; the header is the line after it.
    expect(parseCsv('SEP=,\nauthor,text\nAnn,hi; there\n').comments.map((c) => c.text)).toEqual(['hi; there']);
  });

  it('honours an explicit delimiter over detection', () => {
    expect(errorOf(() => parseCsv(fixture('semicolon.csv'), { delimiter: ',' })).code).toBe('BAD_CSV');
    expect(parseCsv(fixture('tab.tsv'), { delimiter: 'tab' }).comments).toHaveLength(3);
    expect(errorOf(() => parseCsv(fixture('tab.tsv'), { delimiter: '"' })).code).toBe('BAD_OPTION');
  });

  it('strips a byte-order mark and counts CRLF lines', () => {
    const r = parseCsv(fixture('bom.csv'));
    expect(r.comments.map((c) => [c.author, c.line])).toEqual([['Asha Rahman', 2], ['Ben Ode', 3]]);
  });

  it('counts lines through CRLF multi-line cells', () => {
    const r = parseCsv('author,text\r\nA,"one\r\ntwo\r\nthree"\r\nB,four\r\n');
    expect(r.comments.map((c) => c.line)).toEqual([2, 5]);
    expect(r.comments[0]!.text).toBe('one\ntwo\nthree');
  });
});

describe('parseCsv: threadgraph export round trip', () => {
  it('re-imports comments.csv with formula protection undone exactly', () => {
    const r = parseCsv(fixture('export.csv'));
    expect(r.skipped).toEqual([]);
    expect(r.comments.map(({ id, author, text, time }) => ({ id, author, text, time }))).toEqual([
      { id: 'c1', author: 'Noor Haddad', text: '=SUM(A1:A3) is what I used', time: '2024-02-01T12:00:00Z' },
      { id: 'c2', author: 'Jonas Berg', text: '-1 on that, it double counts', time: '2024-02-01T12:30:00Z' },
      { id: 'c3', author: '@handle', text: '+1 to Jonas', time: '2024-02-01T12:31:00Z' },
      { id: 'c4', author: 'Noor Haddad', text: "'tis fine either way", time: '2024-02-01T13:00:00Z' },
      { id: 'c5', author: 'Jonas Berg', text: '\ttab-led line\nand a second line', time: undefined },
      { id: 'c6', author: 'Noor Haddad', text: "''=not protected by us", time: '2024-02-01T13:05:00Z' },
    ]);
  });

  it('re-imports what the exporter writes, for every formula-like start', () => {
    const texts = ['=A1', '+1', '-1', '@all', '\tindented', '\rodd', "'quoted", 'say "hi", then go\nnext line'];
    const rows = texts.map((text, i) => [safeCell(`c${i + 1}`), i + 1, safeCell('-dash-name'), safeCell('2024-01-01T00:00:00Z'), safeCell(text)]);
    const r = parseCsv(toCsv(['comment_id', 'comment_index', 'author', 'timestamp', 'text'], rows));
    expect(r.comments.map((c) => c.text)).toEqual(texts.map((t) => t.replace(/\r/g, '\n')));
    expect(r.comments.every((c) => c.author === '-dash-name')).toBe(true);
    expect(r.comments.map((c) => c.id)).toEqual(texts.map((_t, i) => `c${i + 1}`));
  });

  it('removes only the one quote the exporter adds', () => {
    expect(unprotectCell("'=1+1")).toBe('=1+1');
    expect(unprotectCell("'\rx")).toBe('\rx');
    expect(unprotectCell("'hello")).toBe("'hello");
    expect(unprotectCell("''=x")).toBe("''=x");
    expect(unprotectCell('=x')).toBe('=x');
  });
});

describe('parseCsv: rows that cannot become comments', () => {
  it('skips wrong field counts, empty rows and rows without author, each with its line', () => {
    const r = parseCsv(fixture('ragged.csv'));
    expect(r.comments.map((c) => [c.id, c.line])).toEqual([['1', 2], ['4', 6], ['5', 8]]);
    expect(r.skipped.map((s) => [s.line, s.reason])).toEqual([
      [3, 'row has 4 fields but the header has 3'],
      [4, 'empty row'],
      [5, 'row has no author'],
      [7, 'row has 1 field but the header has 3'],
    ]);
  });

  it('tolerates trailing empty cells beyond the header', () => {
    const r = parseCsv('author,text\nA,hello,,\n');
    expect(r.comments).toHaveLength(1);
    expect(r.skipped).toEqual([]);
  });

  it('gives a multi-line skipped row its last line too', () => {
    const r = parseCsv('author,text,id\n,"no\nauthor",1\nB,ok,2\n');
    expect(r.skipped).toEqual([{ line: 2, endLine: 3, reason: 'row has no author', excerpt: ',"no author",1' }]);
    expect(r.comments[0]!.line).toBe(4);
  });
});

describe('parseCsv: title rows above the header', () => {
  it('skips rows of one filled cell before the header, as a spreadsheet export\'s title and notes, and reports them', () => {
    const r = parseCsv('Comments exported 2024-01-02\n\nSource: example.org,,\nauthor,date,text\nAnn,2024-01-01,Hello\nBob,2024-01-01,"Ann, hi"\n');
    expect(r.comments.map((c) => [c.author, c.text, c.line])).toEqual([['Ann', 'Hello', 5], ['Bob', 'Ann, hi', 6]]);
    expect(r.skipped.map((b) => [b.line, b.reason, b.excerpt])).toEqual([
      [1, 'title or note above the header', 'Comments exported 2024-01-02'],
      [3, 'title or note above the header', 'Source: example.org,,'],
    ]);
  });

  it('keeps a one-column file\'s first row as its header, so the error names it', () => {
    const e = errorOf(() => parseCsv('text\nhello\nworld\n'));
    expect([e.line, e.message]).toEqual([1, 'no author column found; the header has "text"']);
    const many = Array.from({ length: 12 }, (_, i) => `row ${i}`).join('\n');
    expect(errorOf(() => parseCsv(`title\n${many}\nauthor,text\nAnn,hi\n`)).message).toBe('no author or text column found; the header has "title"');
  });
});

describe('parseCsv: errors', () => {
  it('names the line of an unclosed quote', () => {
    const e = errorOf(() => parseCsv(fixture('unclosed-quote.csv')));
    expect(e.code).toBe('BAD_CSV');
    expect(e.line).toBe(3);
    expect(e.unit).toBe('line');
    expect(e.message).toContain('line 3');
    expect(e.hint).toMatch(/quote/);
  });

  it('lists the header and says how to map columns when author or text is missing', () => {
    const e = errorOf(() => parseCsv(fixture('custom-headers.csv')));
    expect(e.code).toBe('BAD_CSV');
    expect(e.line).toBe(1);
    expect(e.message).toContain('"Who", "When", "Said"');
    expect(e.hint).toContain('--columns author=Who,text=Said');
    // The same choice for the app, with the time column it found ("When" is no known name).
    expect(e.columns).toEqual({ names: ['Who', 'When', 'Said'], guess: { author: 'Who', text: 'Said' } });
    const r = parseCsv(fixture('custom-headers.csv'), { columns: { ...e.columns!.guess, time: 'When' } });
    expect(r.comments.map((c) => c.author)).toEqual(['Hana Kim', 'Oskar Wei']);
    expect(r.comments[0]!.time).toMatch(/^2020-06-01/);
  });

  it('names only the missing field when the other one is found', () => {
    const e = errorOf(() => parseCsv('author,When,Said\nA,b,c\n'));
    expect(e.message).toMatch(/^no text column/);
    expect(e.hint).toContain('author=author,text=Said');
  });

  it('rejects empty input', () => {
    expect(errorOf(() => parseCsv('')).code).toBe('EMPTY_INPUT');
    expect(errorOf(() => parseCsv('\uFEFF \n\n')).code).toBe('EMPTY_INPUT');
  });
});

describe('parseCsv: hand column mapping', () => {
  it('maps columns by header name', () => {
    const r = parseCsv(fixture('custom-headers.csv'), { columns: { author: 'Who', text: 'Said', time: 'When' } });
    expect(r.comments.map((c) => [c.author, c.text, c.time])).toEqual([
      ['Hana Kim', 'Opening the floor.', '2020-06-01T00:00:00Z'],
      ['Oskar Wei', 'Thanks for hosting.', '2020-06-01T00:00:00Z'],
    ]);
  });

  it('overrides auto-mapping, and the remaining fields are still auto-mapped', () => {
    const r = parseCsv(fixture('tab.tsv'), { columns: { author: 'ID' } });
    expect(r.comments.map((c) => c.author)).toEqual(['a1', 'a2', 'a3']);
    expect(r.comments[0]!.text).toBe('Is the build green again?');
    expect(r.comments[0]!.id).toBeUndefined();
  });

  it('rejects a hand-mapped name that is not in the header, listing the header', () => {
    const e = errorOf(() => parseCsv(fixture('custom-headers.csv'), { columns: { author: 'Speaker', text: 'Said' } }));
    expect(e.code).toBe('BAD_OPTION');
    expect(e.message).toContain('"Speaker"');
    expect(e.message).toContain('"Who", "When", "Said"');
  });
});

describe('parseCsv: ids', () => {
  it('suffixes a repeated id and notes it instead of merging', () => {
    const r = parseCsv('id,author,text\n7,A,one\n7,B,two\n');
    expect(r.comments.map((c) => c.id)).toEqual(['7', '7~2']);
    expect(r.notes[0]).toMatch(/repeated an earlier id.*line 3.*"7" became "7~2"/);
  });

  it('suffixes repeats in row order, past ids that are themselves suffixes, before parents are read', () => {
    const r = parseCsv('id,parent,author,text\nx,,A,one\nx,x,B,two\nx~2,,C,three\nx,,D,four\n');
    expect(r.comments.map((c) => c.id)).toEqual(['x', 'x~2', 'x~2~2', 'x~3']);
    // The second row answers the first: its parent is not its own id once that has its suffix.
    expect(r.comments[1]!.parentId).toBe('x');
    expect(r.notes[0]).toMatch(/^3 comments repeated an earlier id.*line 3.*"x" became "x~2"/);
  });

  it('treats parent 0 as no parent unless a comment has id 0', () => {
    expect(parseCsv('id,parent,author,text\n1,0,A,x\n').comments[0]!.parentId).toBeUndefined();
    expect(parseCsv('id,parent,author,text\n0,,A,x\n1,0,B,y\n').comments[1]!.parentId).toBe('0');
  });

  it('treats the other top-level markers (root, none, null, nil, -) likewise, and keeps a parent that names a comment', () => {
    const r = parseCsv('id,parent,author,text\n1,root,A,x\n2,1,B,y\n3,None,C,z\n4,null,D,w\n5,-,E,v\n6,nil,F,u\n');
    expect(r.comments.map((c) => c.parentId)).toEqual([undefined, '1', undefined, undefined, undefined, undefined]);
    expect(r.notes.join(' ')).not.toMatch(/not in the input/);
    expect(parseCsv('id,parent,author,text\nroot,,A,x\n2,root,B,y\n').comments[1]!.parentId).toBe('root');
  });
});
