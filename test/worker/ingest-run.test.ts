/** The app's ingestion (as its worker runs it): a file with no comment ends in an error message, not an empty thread. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../src/worker/ingest-run';
import type { IngestRequest, IngestResponse } from '../../src/worker/protocol';

function ingest(input: string, fileName?: string, more: Partial<IngestRequest> = {}): IngestResponse[] {
  const posted: IngestResponse[] = [];
  runIngest({ id: 7, input, ...(fileName ? { fileName } : {}), ...more }, (m) => posted.push(m));
  return posted;
}

const last = (posted: IngestResponse[]) => posted[posted.length - 1]!;

describe('runIngest', () => {
  it('answers a table without comment rows with an error naming the file, so the app keeps the thread it shows', () => {
    const posted = ingest('author,text\nann,\n', 'rows.csv');
    const last = posted[posted.length - 1]!;
    expect(posted.some((m) => m.type === 'done')).toBe(false);
    expect(last).toEqual({
      id: 7, type: 'error', message: 'rows.csv, line 2: no comments found: the one block read was skipped: row has no text. Choose a table with one comment per row.',
      retry: { format: 'csv' },
    });
  });

  it('answers a table with comments with the thread', () => {
    const posted = ingest('author,text\nann,hello\nbob,"Ann, hi"\n', 'rows.csv');
    const last = posted[posted.length - 1]!;
    expect(last.type).toBe('done');
    if (last.type === 'done') expect(last.data.thread.comments).toHaveLength(2);
  });

  it('offers the columns to choose, instead of the command line\'s --columns, when none holds the author or text', () => {
    const table = 'Who,When,Said\nAnn,2020-06-01,Hello\nBob,2020-06-02,"Ann, hi"\n';
    const failed = last(ingest(table));
    expect(failed).toEqual({
      id: 7, type: 'error',
      message: 'the pasted text, line 1: no author or text column found; the header has "Who", "When", "Said".',
      retry: { format: 'csv', columns: { names: ['Who', 'When', 'Said'], guess: { author: 'Who', text: 'Said' } } },
    });
    // Read again with the columns chosen: the thread, dated.
    const read = last(ingest(table, undefined, { format: 'csv', columns: { author: 'Who', text: 'Said', time: 'When' } }));
    expect(read.type).toBe('done');
    if (read.type === 'done') {
      expect(read.data.thread.comments.map((c) => [c.author, c.time?.slice(0, 10)])).toEqual([['Ann', '2020-06-01'], ['Bob', '2020-06-02']]);
      expect(read.data.replies.map((r) => r.target)).toEqual(['ann']);
    }
  });

  it('names the format the content looks like when the one asked for cannot read it', () => {
    const failed = last(ingest('[{"author": "Ann", "text": "Hello, \\"all\\""}]', undefined, { format: 'csv' }));
    expect(failed.type).toBe('error');
    if (failed.type !== 'error') return;
    expect(failed.retry).toEqual({ format: 'csv', suggested: 'json' });
    expect(failed.message).toMatch(/ The content looks like JSON\.$/);
    expect(failed.message).not.toMatch(/--format/);
  });

  it('offers no other reading of an empty input', () => {
    expect(last(ingest(' \n\t\n', 'blank.txt'))).toEqual({
      id: 7, type: 'error', message: 'blank.txt: the input is empty. Choose a file with comments in it, or paste a comment section.',
    });
  });

  it('reads a file\'s bytes itself: its encoding or workbook noted in the report, a file that is not text refused with no other reading', () => {
    const latin1 = Uint8Array.from('author,text\nJos\xe9,hello\nAna,"Jos\xe9, hi"\n', (c) => c.charCodeAt(0));
    const csv = last(ingest('', 'excel.csv', { input: latin1.buffer }));
    expect(csv.type).toBe('done');
    if (csv.type === 'done') {
      expect(csv.data.thread.comments.map((c) => c.author)).toEqual(['José', 'Ana']);
      expect(csv.data.report.notes[0]).toMatch(/read as windows-1252/);
    }
    const xlsx = readFileSync(new URL('../fixtures/binary/seed-comments.xlsx', import.meta.url));
    const workbook = last(ingest('', 'seed.xlsx', { input: xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) }));
    expect(workbook.type === 'done' && workbook.data.report.comments).toBe(25);
    const gz = last(ingest('', 'thread.csv.gz', { input: Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]).buffer }));
    expect(gz).toEqual({ id: 7, type: 'error', message: 'thread.csv.gz: the file is a gzip archive, not a text file threadgraph can read. Unpack it (gunzip) and open the file inside.' });
  });
});
