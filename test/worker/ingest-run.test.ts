/** The app's ingestion (as its worker runs it): a file with no comment ends in an error message, not an empty thread. */
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../src/worker/ingest-run';
import type { IngestResponse } from '../../src/worker/protocol';

function ingest(input: string, fileName: string): IngestResponse[] {
  const posted: IngestResponse[] = [];
  runIngest({ id: 7, input, fileName }, (m) => posted.push(m));
  return posted;
}

describe('runIngest', () => {
  it('answers a table without comment rows with an error naming the file, so the app keeps the thread it shows', () => {
    const posted = ingest('author,text\nann,\n', 'rows.csv');
    const last = posted[posted.length - 1]!;
    expect(posted.some((m) => m.type === 'done')).toBe(false);
    expect(last).toEqual({ id: 7, type: 'error', message: 'rows.csv, line 2: no comments found: the one block read was skipped: row has no text. Choose a table with one comment per row.' });
  });

  it('answers a table with comments with the thread', () => {
    const posted = ingest('author,text\nann,hello\nbob,"Ann, hi"\n', 'rows.csv');
    const last = posted[posted.length - 1]!;
    expect(last.type).toBe('done');
    if (last.type === 'done') expect(last.data.thread.comments).toHaveLength(2);
  });
});
