import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runIngest } from '../../../src/cli/ingest';
import { textExport } from '../../../src/views/panels/export-content';
import { initialState } from '../../../src/store/state';
import { seedStore } from './seed-state';

const dir = mkdtempSync(join(tmpdir(), 'tg-panels-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI on the seed with the given options and returns the file it wrote. */
function cliOutput(args: string[], file: string): string {
  const input = join(dir, 'seed.txt');
  writeFileSync(input, readFileSync(new URL('../../../seeds/000_be01d75ba33c9c53.txt', import.meta.url)));
  const out = join(dir, args.join('_') || 'default');
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    expect(runIngest([input, '--out', out, ...args])).toBe(0);
  } finally {
    stderr.mockRestore();
  }
  return readFileSync(join(out, file), 'utf8');
}

describe('text exports match the CLI for the same filters', () => {
  it('gives the same four tables and graph JSON as the CLI with default filters', () => {
    const state = seedStore().getState();
    expect(textExport('comments-csv', state)!.text).toBe(cliOutput([], 'comments.csv'));
    expect(textExport('replies-csv', state)!.text).toBe(cliOutput([], 'replies.csv'));
    expect(textExport('nodes-csv', state)!.text).toBe(cliOutput([], 'nodes.csv'));
    expect(textExport('edges-csv', state)!.text).toBe(cliOutput([], 'edges.csv'));
    expect(textExport('graph-json', state)!.text).toBe(cliOutput([], 'graph.json'));
    expect(textExport('replies-csv', state)!.mime).toMatch(/^text\/csv/);
  });

  it('follows the confidence floor like --min-confidence', () => {
    const store = seedStore();
    store.dispatch({ type: 'view/minConfidence', value: 0.96 });
    const args = ['--min-confidence', '0.96'];
    const replies = textExport('replies-csv', store.getState())!.text;
    expect(replies).toBe(cliOutput(args, 'replies.csv'));
    expect(textExport('edges-csv', store.getState())!.text).toBe(cliOutput(args, 'edges.csv'));
    expect(textExport('nodes-csv', store.getState())!.text).toBe(cliOutput(args, 'nodes.csv'));
    // The graph files differ only in their title: the app's names the source, the CLI's the file.
    const untitled = (xml: string) => xml.replace(/^\s*<desc>.*<\/desc>\n/m, '');
    expect(untitled(textExport('graphml', store.getState())!.text)).toBe(untitled(cliOutput(args, 'graph.graphml')));
    const unsourced = (json: string) => json.replace(/^  "source": .*\n/m, '');
    expect(unsourced(textExport('report-json', store.getState())!.text)).toBe(unsourced(cliOutput(args, 'report.json')));
    // Fewer rows than with the default floor.
    expect(replies.split('\n').length).toBeLessThan(textExport('replies-csv', seedStore().getState())!.text.split('\n').length);
  });

  it('keeps only replies whose signal is switched on', () => {
    const store = seedStore();
    store.dispatch({ type: 'view/signals', signals: ['quote'] });
    const rows = textExport('replies-csv', store.getState())!.text.trim().split(/\r?\n/).slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.split(',')[5]).toBe('quote');
  });

  it('restricts replies to the time window', () => {
    const store = seedStore();
    store.dispatch({ type: 'view/timeWindow', window: [3, 7] });
    const rows = textExport('replies-csv', store.getState())!.text.trim().split(/\r?\n/).slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const index = Number(row.split(',')[1]);
      expect(index).toBeGreaterThanOrEqual(3);
      expect(index).toBeLessThanOrEqual(7);
    }
  });

  it('writes a GEXF document of the visible graph, and nothing without a thread', () => {
    const gexf = textExport('gexf', seedStore().getState())!;
    expect(gexf.text).toContain('<gexf');
    expect(gexf.text).toContain('defaultedgetype="directed"');
    expect(textExport('replies-csv', initialState())).toBeNull();
  });
});
