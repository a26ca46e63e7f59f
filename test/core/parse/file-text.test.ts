/**
 * Reading a file's bytes: UTF-8 as it is, UTF-16 by its byte order mark or its zero bytes,
 * windows-1252 when the bytes are not UTF-8, and files that are not text refused by what they are.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { InputError } from '../../../src/core/errors';
import { fileText } from '../../../src/core/parse/file-text';
import { parseInput } from '../../../src/core/parse/index';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** Bytes of a windows-1252 text (its letters all lie below U+0100 here, where the two agree). */
function latin1(s: string): Uint8Array {
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

describe('fileText', () => {
  it('reads UTF-8 as it is, with no note, and drops a byte order mark', () => {
    expect(fileText(utf8('author,text\nJosé,olá Ana\n'))).toEqual({ text: 'author,text\nJosé,olá Ana\n' });
    expect(fileText(utf8('\uFEFFauthor,text\n'))).toEqual({ text: 'author,text\n' });
  });

  it('reads a spreadsheet CSV saved as windows-1252, and says so from the first line that is not UTF-8', () => {
    const read = fileText(latin1('author,text\nAna,hello\nJosé,olá Ana\n'));
    expect(read.text).toBe('author,text\nAna,hello\nJosé,olá Ana\n');
    expect(read.note).toMatch(/^The file is not UTF-8 \(from line 3 on\), so it was read as windows-1252/);
    // windows-1252's own letters in 0x80-0x9F: curly quotes and the euro sign.
    expect(fileText(Uint8Array.from([0x93, 0x41, 0x94, 0x20, 0x80])).text).toBe('\u201cA\u201d \u20ac');
  });

  it('keeps a UTF-8 file with a stray broken byte as UTF-8', () => {
    const bytes = new Uint8Array([...utf8('author,text\nJosé,olá Zoë\nAna,'), 0xff, ...utf8(' hi\n')]);
    const read = fileText(bytes);
    expect(read.text).toBe('author,text\nJosé,olá Zoë\nAna,\uFFFD hi\n');
    expect(read.note).toBe('1 byte(s) of the file are not valid UTF-8 (the first on line 3) and were read as U+FFFD.');
  });

  it('reads UTF-16 with a byte order mark', () => {
    const text = 'author,text\nZoë,hi\n';
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) le.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + 2 * i);
    expect(fileText(le)).toEqual({ text, note: 'The file was read as UTF-16 (little-endian), as its byte order mark says.' });
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) be.set([le[i + 1]!, le[i]!], i);
    expect(fileText(be).text).toBe(text);
    // Chinese text has zero bytes too (一 is 00 4E), but its mark says UTF-16.
    const han = 'author,text\n王一,你好一二\n';
    const bytes = new Uint8Array(2 + han.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < han.length; i++) bytes.set([han.charCodeAt(i) & 0xff, han.charCodeAt(i) >> 8], 2 + 2 * i);
    expect(fileText(bytes).text).toBe(han);
  });

  it('reads UTF-16 without a byte order mark by its zero bytes', () => {
    const text = 'author,text\nZoë,hi Ann\nAnn,hello Zoë\n';
    const le = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) le.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 * i);
    expect(fileText(le)).toEqual({ text, note: 'The file was read as UTF-16 (little-endian): it has no byte order mark, but every other byte of its start is zero.' });
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) be.set([le[i + 1]!, le[i]!], i);
    expect(fileText(be).text).toBe(text);
  });

  it('refuses a file that is not text, saying what it is and what to do', () => {
    const refused = (bytes: Uint8Array) => {
      try { fileText(bytes); } catch (e) { return e as InputError; }
      throw new Error('not refused');
    };
    const docx = refused(zipSync({ 'word/document.xml': strToU8('<w:document/>') }));
    expect(docx.code).toBe('NOT_TEXT');
    expect(docx.describe('notes.docx')).toBe('notes.docx: the file is a Word document (.docx), not a text file threadgraph can read. Copy its text and paste it, or save it as plain text and open that.');
    expect(refused(gzipSync(utf8('author,text\nAnn,hi\n'))).message).toMatch(/^the file is a gzip archive/);
    expect(refused(new Uint8Array(readFileSync(new URL('../../e2e/screenshots/app.png', import.meta.url)))).message).toMatch(/^the file is an image/);
    expect(refused(utf8('%PDF-1.7\n')).message).toMatch(/^the file is a PDF/);
    expect(refused(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0])).message).toMatch(/^the file is a zip archive/);
    expect(refused(Uint8Array.from([1, 2, 0, 200, 7, 0, 0, 9, 250, 3, 0, 1, 0, 0, 5, 6, 77])).message).toMatch(/^the file is binary data/);
    // Text that merely mentions these signatures is text.
    expect(fileText(utf8('author,text\nAnn,PK and %PDF and xl/ are just words\n')).text).toMatch(/^author/);
  });

  it('reads a mail archive written in Latin-1 with its accents', () => {
    const mbox = 'From f@example.org Thu Dec 29 14:07:54 2011\nFrom: Fran\xe7ois <f@example.org>\nContent-Type: text/plain; charset=ISO-8859-1\n\nAllan a \xe9crit :\n';
    const read = fileText(latin1(mbox));
    const parsed = parseInput(read.text, { format: 'mbox', readNotes: [read.note!] });
    expect(parsed.comments.map((c) => [c.author, c.text.trim()])).toEqual([['François', 'Allan a écrit :']]);
  });

  it('puts the note first in the parse report, whose comments then carry the right names', () => {
    const read = fileText(latin1('author,text\nJosé,hello\nAna,José you are right\n'));
    const parsed = parseInput(read.text, { fileName: 'excel.csv', readNotes: [read.note!] });
    expect(parsed.notes[0]).toBe(read.note);
    expect(parsed.comments.map((c) => c.author)).toEqual(['José', 'Ana']);
  });
});
