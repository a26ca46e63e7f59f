/**
 * The first sheet of an Excel workbook (.xlsx) as rows of cell texts, for reading as a table:
 * the zip is unpacked with fflate, and the workbook, its relationships, shared strings, styles
 * and the sheet are read with the project's XML reader. Cells become text as a spreadsheet
 * shows them, except dates: a number in a date format becomes an ISO 8601 time (UTC, as the
 * workbook stores no zone), so the table's time column reads like a CSV export's. Formulas
 * give their cached values. Errors name what is missing and say to save the sheet as CSV.
 */
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { InputError, isInputError } from '../errors';
import { type XmlElement, parseXml } from './xml';

export interface Sheet {
  /** The sheet's name, as its tab shows it. */
  name: string;
  /** How many sheets the workbook has. */
  sheets: number;
  /** The rows that hold something, in order; each as wide as the widest. */
  rows: string[][];
}

const SAVE_AS_CSV = 'Save the sheet as CSV (in the spreadsheet program: Save As, CSV UTF-8) and open that.';

function unreadable(what: string): InputError {
  return new InputError('NOT_TEXT', `the Excel workbook cannot be read: ${what}.`, { hint: SAVE_AS_CSV });
}

/** Number formats built into Excel that show dates or times (ECMA-376, 18.8.30). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A custom number format shows a date or time when, outside quotes and brackets, it has d, m, y, h or s. */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dmyhs]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

function descendants(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (localName(c.name) === name) out.push(c);
    else descendants(c, name, out);
  }
  return out;
}

/** `x:sheet` → `sheet`: workbooks may write their elements with a namespace prefix. */
function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

function childrenNamed(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? el.children.filter((c) => localName(c.name) === name) : [];
}

/** The text of a string item (`<si>` or `<is>`): its `<t>`, or its rich-text runs' `<t>`s joined. */
function stringItem(el: XmlElement): string {
  return descendants(el, 't').map((t) => t.text).join('');
}

/** Column of a cell reference (`B3` → 1). */
function columnOf(ref: string): number {
  let col = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  return col - 1;
}

/** An Excel serial date (days since 1899-12-30, or since 1904-01-01) as ISO 8601 UTC, to the second. */
export function serialToIso(serial: number, date1904 = false): string | undefined {
  if (!Number.isFinite(serial) || serial < 0) return undefined;
  const days = serial + (date1904 ? 1462 : 0);
  const ms = Math.round((days - 25569) * 86_400) * 1000;
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().replace('.000Z', 'Z');
}

/** A part of the workbook as XML; undefined when the zip lacks it. */
function read(files: Record<string, Uint8Array>, path: string): XmlElement | undefined {
  const bytes = files[path];
  if (!bytes) return undefined;
  try {
    return parseXml(new TextDecoder('utf-8').decode(bytes));
  } catch (e) {
    if (!isInputError(e)) throw e;
    throw unreadable(`its part ${path} is not well-formed XML (line ${e.line ?? '?'}: ${e.message.replace(/\.$/, '')})`);
  }
}

/** `xl/worksheets/sheet1.xml` from a relationship target written relative to `xl/` or absolute. */
function partPath(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

/** The first sheet of the workbook `bytes` (a zip). */
export function readXlsx(bytes: Uint8Array): Sheet {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name.startsWith('xl/') });
  } catch (e) {
    throw unreadable(`its zip is damaged (${e instanceof Error ? e.message : String(e)})`);
  }
  const workbook = read(files, 'xl/workbook.xml');
  if (!workbook) throw unreadable('it has no xl/workbook.xml');
  const sheets = descendants(workbook, 'sheet');
  const first = sheets[0];
  if (!first) throw unreadable('it has no sheet');
  const date1904 = /^(1|true)$/.test(descendants(workbook, 'workbookPr')[0]?.attributes.date1904 ?? '');
  const rels = read(files, 'xl/_rels/workbook.xml.rels');
  const relId = first.attributes['r:id'] ?? Object.entries(first.attributes).find(([k]) => k.endsWith(':id'))?.[1];
  const target = rels ? descendants(rels, 'Relationship').find((r) => r.attributes.Id === relId)?.attributes.Target : undefined;
  const sheet = read(files, target ? partPath(target) : 'xl/worksheets/sheet1.xml');
  if (!sheet) throw unreadable(`its first sheet ("${first.attributes.name ?? ''}") is missing`);

  const shared = read(files, 'xl/sharedStrings.xml');
  const strings = shared ? childrenNamed(shared, 'si').map(stringItem) : [];
  const styles = read(files, 'xl/styles.xml');
  const customDates = new Set((styles ? descendants(styles, 'numFmt') : [])
    .filter((f) => isDateFormat(f.attributes.formatCode ?? ''))
    .map((f) => Number(f.attributes.numFmtId)));
  const cellXfs = styles ? childrenNamed(descendants(styles, 'cellXfs')[0], 'xf') : [];
  const dateStyle = cellXfs.map((xf) => {
    const id = Number(xf.attributes.numFmtId ?? 0);
    return BUILT_IN_DATE_FORMATS.has(id) || customDates.has(id);
  });

  const rows: string[][] = [];
  let width = 0;
  for (const row of descendants(sheet, 'row')) {
    const cells: string[] = [];
    let next = 0;
    for (const c of childrenNamed(row, 'c')) {
      const col = c.attributes.r ? columnOf(c.attributes.r) : next;
      next = col + 1;
      const type = c.attributes.t ?? 'n';
      const v = childrenNamed(c, 'v')[0]?.text ?? '';
      let text: string;
      if (type === 's') text = strings[Number(v)] ?? '';
      else if (type === 'inlineStr') text = childrenNamed(c, 'is').map(stringItem).join('');
      else if (type === 'b') text = v === '1' ? 'TRUE' : v === '0' ? 'FALSE' : v;
      else if (type === 'n' && v !== '' && dateStyle[Number(c.attributes.s ?? 0)]) text = serialToIso(Number(v), date1904) ?? v;
      else text = v;
      cells[col] = text;
    }
    for (let i = 0; i < cells.length; i++) cells[i] ??= '';
    if (cells.every((t) => t.trim() === '')) continue;
    rows.push(cells);
    width = Math.max(width, cells.length);
  }
  return {
    name: first.attributes.name ?? 'Sheet1',
    sheets: sheets.length,
    rows: rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? '')),
  };
}

/**
 * The first sheet of a workbook as CSV text, for the CSV reader, with a note for the report on
 * what was read.
 */
export function workbookAsCsv(bytes: Uint8Array): { text: string; note: string } {
  const sheet = readXlsx(bytes);
  if (sheet.rows.length === 0) throw unreadable(`its first sheet ("${sheet.name}") is empty`);
  const text = Papa.unparse(sheet.rows, { newline: '\n' }) + '\n';
  const multiLine = sheet.rows.some((r) => r.some((c) => /[\r\n]/.test(c)));
  const which = sheet.sheets > 1 ? `the first of its ${sheet.sheets} sheets, "${sheet.name}",` : `its sheet "${sheet.name}"`;
  return {
    text,
    note: `The file is an Excel workbook: ${which} was read as a table of ${sheet.rows.length} rows, numbers in date formats as UTC times.`
      + (multiLine ? ' Some cells hold line breaks, so line numbers below count lines of the sheet written out as CSV, not its rows.' : ''),
  };
}
