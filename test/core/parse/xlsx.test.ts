/**
 * Excel workbooks: the first sheet read as a table (shared and inline strings, rich text, dates
 * stored as serial numbers in date formats, both date systems, gaps), a workbook written by
 * LibreOffice giving the same thread as the CSV it was made from, and damaged workbooks refused.
 */
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fileText } from '../../../src/core/parse/file-text';
import { readXlsx, serialToIso } from '../../../src/core/parse/xlsx';
import { ingest } from '../../../src/core/pipeline';
import type { InputError } from '../../../src/core/errors';

const fixture = (p: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/${p}`, import.meta.url)));

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A workbook of two sheets whose first (by the workbook's order) is stored as sheet2.xml. */
function workbook(opts: { date1904?: boolean; firstSheet?: string } = {}): Uint8Array {
  const first = opts.firstSheet ?? `<sheetData>
    <row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="D2" t="s"><v>2</v></c></row>
    <row r="3"><c r="A3" t="s"><v>3</v></c><c r="B3" s="1"><v>45000.5</v></c><c r="D3" t="s"><v>4</v></c></row>
    <row r="5"><c r="A5" t="inlineStr"><is><t>Bob</t></is></c><c r="B5" s="2"><v>45001.25</v></c><c r="C5" t="b"><v>1</v></c><c r="D5" t="str"><f>A3&amp;", yes"</f><v>Ann, yes</v></c></row>
  </sheetData>`;
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8(`<?xml version="1.0"?><workbook ${NS}>${opts.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets><sheet name="Comments" sheetId="2" r:id="rId2"/><sheet name="Notes" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="/xl/worksheets/sheet2.xml"/></Relationships>'),
    'xl/sharedStrings.xml': strToU8(`<?xml version="1.0"?><sst ${NS}><si><t>author</t></si><si><t>created_at</t></si><si><t>text</t></si><si><t>Ann</t></si><si><r><t>Hello </t></r><r><rPr><b/></rPr><t xml:space="preserve">&amp; welcome</t></r></si></sst>`),
    'xl/styles.xml': strToU8(`<?xml version="1.0"?><styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd\\ hh:mm"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="22"/><xf numFmtId="164"/></cellXfs></styleSheet>`),
    'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0"?><worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>not this sheet</t></is></c></row></sheetData></worksheet>`),
    'xl/worksheets/sheet2.xml': strToU8(`<?xml version="1.0"?><worksheet ${NS}>${first}</worksheet>`),
  });
}

describe('readXlsx', () => {
  it('reads the first sheet in the workbook\'s order: strings, rich text, dates, booleans and formula results, gaps kept', () => {
    const sheet = readXlsx(workbook());
    expect(sheet).toMatchObject({ name: 'Comments', sheets: 2 });
    expect(sheet.rows).toEqual([
      ['author', 'created_at', '', 'text'],
      ['Ann', '2023-03-15T12:00:00Z', '', 'Hello & welcome'],
      ['Bob', '2023-03-16T06:00:00Z', 'TRUE', 'Ann, yes'],
    ]);
  });

  it('reads dates of the 1904 date system', () => {
    expect(readXlsx(workbook({ date1904: true })).rows[1]![1]).toBe('2027-03-16T12:00:00Z');
    expect(serialToIso(0, true)).toBe('1904-01-01T00:00:00Z');
    expect(serialToIso(1)).toBe('1899-12-31T00:00:00Z');
    expect(serialToIso(-3)).toBeUndefined();
  });

  it('gives the thread of its first sheet, with the note saying what was read', () => {
    const read = fileText(workbook());
    expect(read.note).toBe('The file is an Excel workbook: the first of its 2 sheets, "Comments", was read as a table of 3 rows, numbers in date formats as UTC times.');
    const { thread, replies } = ingest(read.text, { fileName: 'export.xlsx' });
    expect(thread.comments.map((c) => [c.author, c.time, c.text])).toEqual([
      ['Ann', '2023-03-15T12:00:00Z', 'Hello & welcome'], ['Bob', '2023-03-16T06:00:00Z', 'Ann, yes'],
    ]);
    expect(replies.map((r) => [r.commentIndex, r.target])).toEqual([[2, 'ann']]);
  });
});

describe('a workbook saved by LibreOffice from the seed\'s CSV', () => {
  it('gives the same comments, times and replies as the CSV', () => {
    const read = fileText(fixture('binary/seed-comments.xlsx'));
    const fromXlsx = ingest(read.text, { fileName: 'seed-comments.xlsx', readNotes: [read.note!] });
    const fromCsv = ingest(readFileSync(new URL('../../../data/seed-comments.csv', import.meta.url), 'utf8'), { fileName: 'seed-comments.csv' });
    expect(fromXlsx.report.comments).toBe(25);
    expect(fromXlsx.thread.comments.map((c) => [c.author, c.time, c.text])).toEqual(fromCsv.thread.comments.map((c) => [c.author, c.time, c.text]));
    expect(fromXlsx.replies.map((r) => [r.commentId, r.target, r.signal, r.confidence])).toEqual(fromCsv.replies.map((r) => [r.commentId, r.target, r.signal, r.confidence]));
    expect(fromXlsx.report.notes[0]).toMatch(/^The file is an Excel workbook: its sheet "seed-comments" was read as a table of 26 rows.* Some cells hold line breaks/);
  });
});

describe('workbooks that cannot be read', () => {
  const refused = (bytes: Uint8Array) => {
    try { fileText(bytes); } catch (e) { return e as InputError; }
    throw new Error('not refused');
  };

  it('say what is missing and to save the sheet as CSV', () => {
    const noSheet = zipSync({ 'xl/workbook.xml': strToU8(`<workbook ${NS}><sheets/></workbook>`) });
    expect(refused(noSheet).describe('a.xlsx')).toBe('a.xlsx: the Excel workbook cannot be read: it has no sheet. Save the sheet as CSV (in the spreadsheet program: Save As, CSV UTF-8) and open that.');
    const empty = workbook({ firstSheet: '<sheetData/>' });
    expect(refused(empty).message).toBe('the Excel workbook cannot be read: its first sheet ("Comments") is empty.');
    const cut = fixture('binary/seed-comments.xlsx').slice(0, 3000);
    expect(refused(cut).code).toBe('NOT_TEXT');
    // A broken part is named, with the XML reader's line, and the same advice.
    const broken = workbook({ firstSheet: '<sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData>' });
    expect(refused(broken).describe('b.xlsx')).toMatch(/^b\.xlsx: the Excel workbook cannot be read: its part xl\/worksheets\/sheet2\.xml is not well-formed XML \(line 1: <\/row> closes <c>\)\. Save the sheet as CSV/);
  });
});
