/**
 * `threadgraph eval`: measures reply inference against gold reply structure on the shared
 * corpora (Ubuntu IRC dev/test, notmuch and lkml mboxes) and prints link P/R/F, participant
 * P/R/F (mbox) and coverage for threadgraph and the previous-comment and name-mention baselines.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadIrcCase, loadMboxCase, type EvalCase } from '../core/eval/datasets';
import { evaluateCases, type MethodScores } from '../core/eval/evaluate';
import type { Prf } from '../core/eval/metrics';
import { DEFAULT_EVAL_MIN_CONFIDENCE } from '../core/eval/predict';
import { optionString, parseArgs, UsageError } from './args';

export const DATASETS = ['irc-dev', 'irc-test', 'notmuch', 'lkml'] as const;
export type DatasetName = (typeof DATASETS)[number];

export const EVAL_USAGE = `threadgraph eval [options]
  --dataset NAME[,NAME]     ${DATASETS.join(', ')} (default: all)
  --corpora DIR             corpora folder (default: ../shared/corpora next to the repository)
  --min-confidence X        count replies of confidence X or more, 0..1 (default: ${DEFAULT_EVAL_MIN_CONFIDENCE})
  --keep-parent-ids         let inference see mbox In-Reply-To ids (default: hidden)
  --json                    print JSON instead of a table`;

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

class MissingCorpusError extends Error {}

function readText(path: string): string {
  if (!existsSync(path)) throw new MissingCorpusError(`missing corpus file ${path}.`);
  return readFileSync(path, 'utf8');
}

function loadIrcSplit(corpora: string, split: 'dev' | 'test'): EvalCase[] {
  const dir = join(corpora, 'irc-ubuntu', split);
  if (!existsSync(dir)) throw new MissingCorpusError(`missing IRC folder ${dir}.`);
  const stems = readdirSync(dir).filter((f) => f.endsWith('.raw.txt')).map((f) => f.slice(0, -'.raw.txt'.length)).sort();
  if (stems.length === 0) throw new MissingCorpusError(`no .raw.txt files in ${dir}.`);
  return stems.map((stem) => loadIrcCase(stem, readText(join(dir, `${stem}.raw.txt`)), readText(join(dir, `${stem}.annotation.txt`))));
}

function loadDataset(corpora: string, name: DatasetName, keepParentIds: boolean): EvalCase[] {
  switch (name) {
    case 'irc-dev': return loadIrcSplit(corpora, 'dev');
    case 'irc-test': return loadIrcSplit(corpora, 'test');
    case 'notmuch':
      return [loadMboxCase(name, readText(join(corpora, 'notmuch-list-2009', 'notmuch-list-2009-11.mbox')), { keepParentIds })];
    case 'lkml':
      return [loadMboxCase(name, readText(join(corpora, 'lkml-notmuch-testcorpus', 'lkml-threads.mbox')), { keepParentIds })];
  }
}

function readDatasets(value: string | undefined): DatasetName[] {
  if (value === undefined) return [...DATASETS];
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const n of names) if (!DATASETS.includes(n as DatasetName)) throw new UsageError(`unknown --dataset "${n}"; use ${DATASETS.join(', ')}.`);
  return names as DatasetName[];
}

function readConfidence(value: string | undefined): number {
  if (value === undefined) return DEFAULT_EVAL_MIN_CONFIDENCE;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new UsageError(`--min-confidence must be a number from 0 to 1, got "${value}".`);
  return n;
}

export interface DatasetResult {
  dataset: DatasetName;
  cases: number;
  scoredComments: number;
  methods: MethodScores[];
}

const pct = (x: number) => (100 * x).toFixed(1);
const prfCells = (s: Prf | undefined) => (s ? [pct(s.precision), pct(s.recall), pct(s.f)] : ['-', '-', '-']);

export function formatTable(results: readonly DatasetResult[]): string {
  const header = ['dataset', 'method', 'link P', 'link R', 'link F', 'part P', 'part R', 'part F', 'coverage'];
  const rows = results.flatMap((r) => r.methods.map((m) => [
    r.dataset, m.method, ...prfCells(m.link), ...prfCells(m.participant), pct(m.coverage.share),
  ]));
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  const note = results.some((r) => r.dataset.startsWith('irc-'))
    ? '\n(percentages; IRC links scored as in Kummerfeld et al. 2019: lines >= 1000, no prediction = self-link)'
    : '\n(percentages)';
  return [line(header), ...rows.map(line)].join('\n') + note;
}

export function runEval(argv: readonly string[]): number {
  const args = parseArgs(argv, ['dataset', 'corpora', 'min-confidence'], ['json', 'keep-parent-ids']);
  if (args.positional.length > 0) throw new UsageError(`eval takes no FILE.\n${EVAL_USAGE}`);
  const datasets = readDatasets(optionString(args, 'dataset'));
  const minConfidence = readConfidence(optionString(args, 'min-confidence'));
  const corpora = resolve(optionString(args, 'corpora') ?? join(REPO_ROOT, '..', 'shared', 'corpora'));
  if (!existsSync(corpora) || !statSync(corpora).isDirectory()) {
    process.stderr.write(`threadgraph: corpora folder not found: ${corpora}\nGive it with --corpora DIR.\n`);
    return 2;
  }
  const results: DatasetResult[] = [];
  try {
    for (const dataset of datasets) {
      const cases = loadDataset(corpora, dataset, args.options.has('keep-parent-ids'));
      results.push({
        dataset, cases: cases.length, scoredComments: cases.reduce((n, c) => n + c.scored.length, 0),
        methods: evaluateCases(cases, { minConfidence }),
      });
    }
  } catch (e) {
    if (e instanceof MissingCorpusError) {
      process.stderr.write(`threadgraph: ${e.message}\nCheck --corpora DIR (now ${corpora}).\n`);
      return 2;
    }
    throw e;
  }
  if (args.options.has('json')) {
    process.stdout.write(JSON.stringify({ minConfidence, corpora, results }, null, 2) + '\n');
  } else {
    process.stdout.write(formatTable(results) + '\n');
  }
  return 0;
}
