/**
 * `threadgraph fit` as a user runs it, on a corpora folder built at test time from the in-repo
 * evaluation fixtures copied under the names the training splits read (src/core/eval/splits.ts):
 * the printed TypeScript has a cue calibration, reply step tables and one finite weight per
 * feature for each model, the same options print the same bytes, and a missing corpus or a bad
 * option exits 2 with a message instead of a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRAINING_SETS } from '../../src/cli/fit';
import { SPLITS } from '../../src/core/eval/splits';
import { FEATURES } from '../../src/core/infer/rank/features';

const root = new URL('../../', import.meta.url).pathname;
const bin = join(root, 'bin/threadgraph.mjs');
const fixtures = join(root, 'test/fixtures/eval');
const TIMEOUT = 60_000;
const tempDirs: string[] = [];

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

function run(args: string[]) {
  const r = spawnSync(process.execPath, [bin, 'fit', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Rewrites the `file` column (the first) of a gold CSV: rows of `from` become one row per name in `to`; other rows are dropped when `dropOthers`. */
function regold(csv: string, from: string, to: readonly string[], dropOthers: boolean): string {
  const eol = csv.includes('\r\n') ? '\r\n' : '\n';
  const [header, ...rows] = csv.split(eol).filter((l) => l !== '');
  const out = [header!];
  for (const name of to) {
    for (const row of rows) if (row.startsWith(`${from},`)) out.push(`${name},${row.slice(from.length + 1)}`);
  }
  if (!dropOthers) out.push(...rows.filter((row) => !row.startsWith(`${from},`)));
  return out.join(eol) + eol;
}

/** A corpora folder holding exactly the files the training splits name, copied from the fixtures. */
function buildCorpora(): string {
  const dir = tempDir('tg-fit-');
  const copy = (from: string, ...to: string[]) => {
    const target = join(dir, ...to);
    mkdirSync(join(target, '..'), { recursive: true });
    copyFileSync(join(fixtures, from), target);
  };

  // IRC: a dated name, so the raw log's [HH:MM] times fall on a known day.
  const irc = SPLITS.irc.folder;
  copy('irc-sample.raw.txt', irc, 'train', '2005-05-19.train-a.raw.txt');
  copy('irc-sample.annotation.txt', irc, 'train', '2005-05-19.train-a.annotation.txt');

  for (const unit of SPLITS.iac.units.train) {
    copy('iac/discussion.json', SPLITS.iac.folder, 'discussions', `${unit}.json`);
    copy('iac/quotes.json', SPLITS.iac.folder, 'quotes', `${unit}.json`);
  }

  // Lemire: the excerpt's gold rows renamed to the train stem; rows of other pages dropped,
  // since the one train page row in the fixture gold belongs to text the excerpt lacks.
  const lemire = SPLITS.lemire.folder;
  const lemireUnit = SPLITS.lemire.units.train[0]!;
  copy('lemire/simplistic-programming-excerpt.txt', lemire, 'as-pasted-text', `${lemireUnit}.txt`);
  const lemireGold = readFileSync(join(fixtures, 'lemire/gold.csv'), 'utf8');
  writeFileSync(join(dir, lemire, 'gold.csv'), regold(lemireGold, '2017-12-06-comment-simplistic-programming-is-underrated.md', [`${lemireUnit}.md`], true));

  // Zulip: the one synthetic topic under both train names, its gold rows once per name.
  const zulip = SPLITS.zulip.folder;
  for (const unit of SPLITS.zulip.units.train) copy('zulip/rain-gauges.json', zulip, unit);
  const zulipGold = readFileSync(join(fixtures, 'zulip/gold.csv'), 'utf8');
  writeFileSync(join(dir, zulip, 'gold.csv'), regold(zulipGold, 'rain-gauges.json', SPLITS.zulip.units.train, false));
  return dir;
}

/** Every number in a printed list such as `1, -0.5, 2e-3`. */
function numbersIn(list: string): number[] {
  return list.trim() === '' ? [] : list.split(',').map((s) => Number(s.trim()));
}

/** The printed block of one model: from its `// name: fitted by` line to the next model's. */
function modelBlock(stdout: string, name: string): string {
  const start = stdout.indexOf(`// ${name}: fitted by`);
  expect(start, `no "// ${name}: fitted by" line`).toBeGreaterThanOrEqual(0);
  const next = stdout.indexOf('\n// ', start + 1);
  return stdout.slice(start, next < 0 ? undefined : next);
}

function expectStepTable(block: string, name: string): void {
  const m = block.match(new RegExp(`^ +${name}: \\{\\n +upTo: \\[([^\\]]*)\\],\\n +value: \\[([^\\]]*)\\],\\n +\\},$`, 'm'));
  expect(m, `no ${name} step table`).not.toBeNull();
  const upTo = numbersIn(m![1]!), value = numbersIn(m![2]!);
  expect(upTo.length).toBe(value.length);
  for (const n of [...upTo, ...value]) expect(Number.isFinite(n), `${name}: ${m![0]}`).toBe(true);
}

function expectModel(stdout: string, name: 'chat' | 'thread'): void {
  const block = modelBlock(stdout, name);
  const header = block.match(/^\/\/ \w+: fitted by `npm run -s cli -- fit --rounds 1 --l2 1 --l2-kind 4` on ([^:]+): (\d+) comments /);
  expect(header, `${name}: header "${block.split('\n')[0]}"`).not.toBeNull();
  expect(header![1]).toBe(TRAINING_SETS[name].join(', '));
  expect(Number(header![2]), `${name}: fitted on no comments`).toBeGreaterThan(0);

  const cue = block.match(/^ {2}cue: \{ scale: ([^,]+), offset: ([^ ]+) \},$/m);
  expect(cue, `${name}: no cue line`).not.toBeNull();
  expect(Number.isFinite(Number(cue![1])) && Number.isFinite(Number(cue![2])), cue![0]).toBe(true);

  expect(block).toMatch(/^ {4}secondary: \{$/m);
  for (const table of ['primary', 'salutation', 'quote', 'mention']) expectStepTable(block, table);

  const weights = block.match(/^ {2}weights: \{\n([\s\S]*?)\n {2}\},$/m);
  expect(weights, `${name}: no weights block`).not.toBeNull();
  const lines = weights![1]!.split('\n');
  expect(lines).toHaveLength(FEATURES.length);
  lines.forEach((line, i) => {
    const m = line.match(/^ {4}(\w+): ([^,\s]+),$/);
    expect(m, `${name}: weight line "${line}"`).not.toBeNull();
    expect(m![1]).toBe(FEATURES[i]);
    expect(Number.isFinite(Number(m![2])), `${name}: ${line}`).toBe(true);
  });
}

describe('threadgraph fit', () => {
  let corpora = '';
  let first: ReturnType<typeof run>;
  beforeAll(() => {
    corpora = buildCorpora();
    first = run(['--corpora', corpora, '--rounds', '1']);
  }, TIMEOUT);
  afterAll(() => {
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  });

  it('prints the cue calibration, reply step tables and a finite weight per feature for both models', () => {
    expect(first.stderr).not.toMatch(/\n\s+at /);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/^round 1: loss \d+\.\d after \d+ steps; /m);
    expectModel(first.stdout, 'chat');
    expectModel(first.stdout, 'thread');
  }, TIMEOUT);

  it('prints byte-identical output when run again with the same options', () => {
    const again = run(['--corpora', corpora, '--rounds', '1']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toBe(first.stdout);
  }, TIMEOUT);

  it('exits 2 naming the missing corpus folder when --corpora is empty, with no stack trace', () => {
    const empty = tempDir('tg-fit-empty-');
    const r = run(['--corpora', empty, '--rounds', '1']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`missing corpus folder ${join(empty, SPLITS.irc.folder, 'train')}`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, TIMEOUT);

  it('exits 2 naming a missing corpus file of a thread training set', () => {
    const partial = buildCorpora();
    const missing = join(partial, SPLITS.iac.folder, 'quotes', `${SPLITS.iac.units.train[1]}.json`);
    rmSync(missing);
    const r = run(['--corpora', partial, '--rounds', '1']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`missing corpus file ${missing}`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, TIMEOUT);

  it('exits 2 with a usage message for --rounds abc', () => {
    const r = run(['--corpora', corpora, '--rounds', 'abc']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--rounds must be a number ≥ 0, got "abc"');
    expect(r.stderr).toContain('threadgraph help');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, TIMEOUT);
});
