/**
 * `threadgraph eval` as a user runs it, on an in-repo corpora folder (a synthetic Reddit thread
 * laid out as the shared corpus is): per-dataset and overall rows, counts, and exit code 2 with
 * the file and line for a missing or broken corpus file.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const bin = join(root, 'bin/threadgraph.mjs');
const corpora = join(root, 'test/fixtures/eval/corpora');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [bin, 'eval', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('threadgraph eval', () => {
  it('prints JSON with per-dataset counts and an overall row per method', () => {
    const r = run(['--dataset', 'reddit', '--corpora', corpora, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.results).toHaveLength(1);
    expect(out.results[0]).toMatchObject({ dataset: 'reddit', cases: 1, comments: 7, scoredComments: 5, goldLinks: 3 });
    expect(out.overall.map((m: { method: string }) => m.method)).toEqual(['threadgraph', 'previous', 'mention']);
    const previous = out.overall.find((m: { method: string }) => m.method === 'previous');
    expect([previous.link.matched, previous.link.predicted, previous.link.gold]).toEqual([2, 5, 3]);
    expect(previous.link).toEqual(out.results[0].methods.find((m: { method: string }) => m.method === 'previous').link);
  }, 30_000);

  it('prints a table with overall rows and the counts behind it', () => {
    const r = run(['--dataset', 'reddit', '--corpora', corpora]);
    expect(r.code).toBe(0);
    // previous: 2 right of 5 predicted, 3 gold → P 40.0, R 66.7, F 50.0.
    expect(r.stdout).toMatch(/^overall\s+previous\s+40\.0\s+66\.7\s+50\.0\s/m);
    expect(r.stdout).toContain('reddit: 1 case, 7 comments, 5 scored, 3 gold links');
    expect(r.stdout).toMatch(/^reddit links\s+max gap \d\.\d\d \|/m);
  }, 30_000);

  it('exits 2 naming a missing corpus file', () => {
    const r = run(['--dataset', 'iac', '--corpora', corpora]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`missing corpus file ${join(corpora, 'iac-fourforums', 'discussions', '1385.json')}`);
  }, 30_000);

  it('exits 2 naming the file and line of a broken corpus file, with no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tg-eval-'));
    mkdirSync(join(dir, 'reddit-austinfood-thread'));
    const file = join(dir, 'reddit-austinfood-thread', 'thread.json');
    writeFileSync(file, readFileSync(join(corpora, 'reddit-austinfood-thread', 'thread.json'), 'utf8').replace('"parent_id": "t1_c1",', '"parent_id": "t1_c1"'));
    const r = run(['--dataset', 'reddit', '--corpora', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^threadgraph: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, line 29: `));
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);

  it('rejects an unknown dataset, listing the names', () => {
    const r = run(['--dataset', 'reddit,bogus', '--corpora', corpora]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown --dataset "bogus"');
    expect(r.stderr).toContain('zulip-train');
  }, 30_000);
});
