/**
 * The command line as a user runs it: outputs written, summary on stderr, exit code 2 with a
 * clear message (file, line, what to do) for bad input and bad options, never a stack trace.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_FLAGS } from '../../src/cli/node-flags';

const root = new URL('../../', import.meta.url).pathname;
const bin = join(root, 'bin/threadgraph.mjs');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('threadgraph ingest', () => {
  it('writes the nine outputs for the seed and prints a summary', () => {
    const out = mkdtempSync(join(tmpdir(), 'tg-'));
    const r = run(['ingest', 'seeds/000_be01d75ba33c9c53.txt', '--out', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['comments.csv', 'edges.csv', 'graph.gexf', 'graph.graphml', 'graph.json', 'links.csv', 'nodes.csv', 'replies.csv', 'report.json']);
    expect(r.stderr).toContain('25 comments · 11 participants');
    expect(r.stderr).toMatch(/skipped blocks: 2/);
    expect(r.stderr).toContain('line 1–57: article and page text above the comments heading');
    expect(readFileSync(join(out, 'replies.csv'), 'utf8').split('\n')[0]).toBe('comment_id,comment_index,author,target,target_comment_id,signal,confidence,evidence');
    // links.csv: one parent per comment at most, always an earlier comment, at or above the floor.
    const links = readFileSync(join(out, 'links.csv'), 'utf8').trim().split('\n');
    expect(links[0]).toBe('comment_id,comment_index,author,parent_comment_id,parent_index,parent_author,confidence');
    const rows = links.slice(1).map((l) => l.split(','));
    expect(rows.length).toBeGreaterThan(15);
    expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
    for (const r of rows) {
      expect(Number(r[4])).toBeLessThan(Number(r[1]));
      expect(Number(r[r.length - 1])).toBeGreaterThanOrEqual(0.5);
    }
    const nodes = readFileSync(join(out, 'nodes.csv'), 'utf8').trim().split('\n');
    expect(nodes).toHaveLength(12);
    expect(readFileSync(join(out, 'graph.gexf'), 'utf8')).toContain('<gexf');
    expect((readFileSync(join(out, 'graph.graphml'), 'utf8').match(/<node /g) ?? []).length).toBe(11);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report).toMatchObject({ source: '000_be01d75ba33c9c53.txt', comments: 25, participants: 11, replies: 25 });
    expect(report.skipped).toHaveLength(2);
  }, 30_000);

  it('is deterministic: the same input gives byte-identical outputs', () => {
    const a = mkdtempSync(join(tmpdir(), 'tg-'));
    const b = mkdtempSync(join(tmpdir(), 'tg-'));
    run(['ingest', 'data/seed-comments.csv', '--out', a]);
    run(['ingest', 'data/seed-comments.csv', '--out', b]);
    for (const f of readdirSync(a)) expect(readFileSync(join(a, f), 'utf8')).toBe(readFileSync(join(b, f), 'utf8'));
  }, 30_000);

  it('honours --min-confidence and --signals', () => {
    const out = mkdtempSync(join(tmpdir(), 'tg-'));
    run(['ingest', 'seeds/000_be01d75ba33c9c53.txt', '--out', out, '--signals', 'quote', '--min-confidence', '0.8']);
    const rows = readFileSync(join(out, 'replies.csv'), 'utf8').trim().split('\n').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/,quote,(0\.[89]\d*|1\.0+),/);
  }, 30_000);

  /** Ingests a file of `content` that must be refused: exit code 2, no stack trace, nothing written; returns stderr. */
  function refused(name: string, content: string | Uint8Array): string {
    const dir = mkdtempSync(join(tmpdir(), 'tg-'));
    const file = join(dir, name);
    writeFileSync(file, content);
    const r = run(['ingest', file, '--out', join(dir, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(() => readdirSync(join(dir, 'out'))).toThrow();
    return r.stderr;
  }

  it('reads an Excel workbook\'s first sheet as a table, and exits 2 for a damaged one, saying to save it as CSV', () => {
    const out = mkdtempSync(join(tmpdir(), 'tg-'));
    const r = run(['ingest', 'test/fixtures/binary/seed-comments.xlsx', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('25 comments · 11 participants');
    expect(r.stderr).toContain('note: The file is an Excel workbook: its sheet "seed-comments" was read as a table of 26 rows');
    const xlsx = readFileSync(new URL('../fixtures/binary/seed-comments.xlsx', import.meta.url));
    expect(refused('cut.xlsx', xlsx.subarray(0, 3000))).toMatch(/^threadgraph: .*cut\.xlsx: the Excel workbook cannot be read: .*Save the sheet as CSV/);
  }, 30_000);

  it('exits 2 naming the file and line for a broken CSV, and writes nothing', () => {
    expect(refused('broken.csv', 'author,text\nann,"fine"\nbob,"never closed\n')).toMatch(/broken\.csv, line 3: /);
  }, 30_000);

  it('exits 2 when nothing in the file is a comment, naming the first skipped row and why, and writes nothing', () => {
    expect(refused('empty-rows.csv', 'author,text\nann,\nbob,\n'))
      .toMatch(/empty-rows\.csv, line 2: no comments found: all 2 blocks read were skipped \(the first: row has no text\)/);
  }, 30_000);

  it('reads a CSV saved as windows-1252 with its accents, and says how it was read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tg-'));
    const file = join(dir, 'excel.csv');
    writeFileSync(file, Buffer.from('author,text\nJos\xe9,hello\nAna,"Jos\xe9, you are right"\n', 'latin1'));
    const r = run(['ingest', file, '--out', join(dir, 'out')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('note: The file is not UTF-8 (from line 2 on), so it was read as windows-1252');
    expect(readFileSync(join(dir, 'out', 'comments.csv'), 'utf8')).toContain(',José,');
    expect(readFileSync(join(dir, 'out', 'replies.csv'), 'utf8')).toMatch(/,Ana,José,c1,salutation,/);
  }, 30_000);

  it('exits 2 with usage help for bad options and missing files', () => {
    expect(run(['ingest']).code).toBe(2);
    const bad = run(['ingest', 'seeds/000_be01d75ba33c9c53.txt', '--min-confidence', '7']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--min-confidence must be a number from 0 to 1');
    const missing = run(['ingest', 'no/such/file.txt']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no/such/file.txt: cannot read the file (ENOENT)');
    const unknown = run(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
  }, 30_000);

  it('reads FILE and writes --out relative to the folder npm was run from (INIT_CWD)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tg-'));
    writeFileSync(join(dir, 'small.csv'), 'author,text\nAnn,"Hello all"\nBob,"Ann, hello to you"\n');
    const r = spawnSync(process.execPath, [bin, 'ingest', 'small.csv', '--out', 'tables'], {
      cwd: root, encoding: 'utf8', env: { ...process.env, TZ: 'UTC', INIT_CWD: dir },
    });
    expect(r.stderr).toContain('2 comments · 2 participants · 1 reply\n');
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'tables', 'replies.csv'), 'utf8')).toContain(',Bob,Ann,c1,salutation,');
  }, 30_000);

  it('ends the message with a full stop before the hint', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tg-'));
    const file = join(dir, 'columns.csv');
    writeFileSync(file, 'a,b\n1,2\n');
    const r = run(['ingest', file, '--out', join(dir, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the header has "a", "b"\. Name the columns by hand/);
  }, 30_000);

  it('prints help', () => {
    const r = run(['help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('threadgraph ingest FILE');
  }, 30_000);
});

describe('package bin', () => {
  it('package.json exposes the threadgraph command', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.bin.threadgraph).toBe('bin/threadgraph.mjs');
    expect(execFileSync(process.execPath, [join(root, pkg.bin.threadgraph), 'help'], { encoding: 'utf8' })).toContain('usage: threadgraph');
  }, 30_000);

  it('runs with the Node settings of node-flags.ts, as a command and as the cli script', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const firstLine = readFileSync(join(root, pkg.bin.threadgraph), 'utf8').split('\n')[0]!;
    expect(firstLine).toBe(`#!/usr/bin/env -S node ${NODE_FLAGS.join(' ')}`);
    expect(pkg.scripts.cli).toBe(`node ${NODE_FLAGS.join(' ')} ${pkg.bin.threadgraph}`);
    // Started by its first line, as an installed command is.
    expect(execFileSync(join(root, pkg.bin.threadgraph), ['help'], { encoding: 'utf8' })).toContain('usage: threadgraph');
  }, 30_000);
});
