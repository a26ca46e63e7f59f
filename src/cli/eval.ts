/**
 * `threadgraph eval`: measures reply inference against gold reply structure on the shared
 * corpora (Ubuntu IRC, notmuch and lkml mboxes, IAC forum threads, Lemire's WordPress comments,
 * Staticman comments, Lean Zulip topics, a Reddit thread) and prints link P/R/F, participant
 * P/R/F and coverage for threadgraph and the previous-comment and name-mention baselines, per
 * dataset and overall (micro-averaged over the datasets run).
 */
import { DATASETS, DEFAULT_DATASETS, isDatasetName, type DatasetName } from '../core/eval/catalog';
import { evaluateCases, type MethodScores } from '../core/eval/evaluate';
import type { Prf } from '../core/eval/metrics';
import { overallScores } from '../core/eval/overall';
import { DEFAULT_EVAL_MIN_CONFIDENCE } from '../core/eval/predict';
import { optionString, parseArgs, UsageError } from './args';
import { loadDataset } from './eval-datasets';
import { corporaFolder, withCorpora } from './corpora';
import { formatReliability, reliabilityTally, type DatasetReliability } from './eval-reliability';

export { DATASETS, type DatasetName };

export const EVAL_USAGE = `threadgraph eval [options]
  --dataset NAME[,NAME]     ${DATASETS.join(', ')}
                            (default: the test sets ${DEFAULT_DATASETS.join(', ')})
  --corpora DIR             corpora folder (default: ../shared/corpora next to the repository)
  --min-confidence X        count replies of confidence X or more, 0..1 (default: ${DEFAULT_EVAL_MIN_CONFIDENCE})
  --keep-parent-ids         let inference see the parent ids a source gives (mbox In-Reply-To,
                            WordPress nesting, Reddit parent_id; default: hidden)
  --json                    print JSON instead of a table`;

/** Dataset names from a comma-separated option (default: the test sets). */
function readDatasets(value: string | undefined): DatasetName[] {
  if (value === undefined) return [...DEFAULT_DATASETS];
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const n of names) if (!isDatasetName(n)) throw new UsageError(`unknown --dataset "${n}"; use ${DATASETS.join(', ')}.`);
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
  /** Comments in the threads given to inference (IRC: log lines read as comments). */
  comments: number;
  scoredComments: number;
  /** Gold (comment, parent) links over the scored comments (IRC: self-links included). */
  goldLinks: number;
  methods: MethodScores[];
  reliability: DatasetReliability;
}

const pct = (x: number) => (100 * x).toFixed(1);
const prfCells = (s: Prf | undefined) => (s ? [pct(s.precision), pct(s.recall), pct(s.f)] : ['-', '-', '-']);

/** The per-dataset rows, then the overall (micro-average) rows, then the counts behind them. */
export function formatTable(results: readonly DatasetResult[], overall: readonly MethodScores[] = []): string {
  const header = ['dataset', 'method', 'link P', 'link R', 'link F', 'part P', 'part R', 'part F', 'coverage'];
  const row = (dataset: string, m: MethodScores) => [dataset, m.method, ...prfCells(m.link), ...prfCells(m.participant), pct(m.coverage.share)];
  const rows = [
    ...results.flatMap((r) => r.methods.map((m) => row(r.dataset, m))),
    ...overall.map((m) => row('overall', m)),
  ];
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  const notes = ['percentages'];
  if (results.some((r) => r.dataset.startsWith('irc-'))) notes.push('IRC links scored as in Kummerfeld et al. 2019: lines >= 1000, no prediction = self-link');
  if (overall.length > 0) notes.push('overall = counts summed over the datasets above');
  const counts = results.map((r) => `${r.dataset}: ${r.cases} case${r.cases === 1 ? '' : 's'}, ${r.comments} comments, ${r.scoredComments} scored, ${r.goldLinks} gold links`);
  return [line(header), ...rows.map(line)].join('\n') + `\n(${notes.join('; ')})\n` + counts.join('\n');
}

export function runEval(argv: readonly string[]): number {
  const args = parseArgs(argv, ['dataset', 'corpora', 'min-confidence'], ['json', 'keep-parent-ids']);
  if (args.positional.length > 0) throw new UsageError(`eval takes no FILE.\n${EVAL_USAGE}`);
  const datasets = readDatasets(optionString(args, 'dataset'));
  const minConfidence = readConfidence(optionString(args, 'min-confidence'));
  const corpora = corporaFolder(optionString(args, 'corpora'));
  if (corpora === undefined) return 2;
  return withCorpora(corpora, () => {
    const results: DatasetResult[] = datasets.map((dataset) => {
      const cases = loadDataset(corpora, dataset, { keepParentIds: args.options.has('keep-parent-ids') });
      const tally = reliabilityTally();
      const methods = evaluateCases(cases, { minConfidence, onInference: tally.add });
      return {
        dataset,
        cases: cases.length,
        comments: cases.reduce((n, c) => n + c.thread.comments.length, 0),
        scoredComments: cases.reduce((n, c) => n + c.scored.length, 0),
        goldLinks: cases.reduce((n, c) => n + c.scored.reduce((k, id) => k + (c.goldParents.get(id)?.size ?? 0), 0), 0),
        methods,
        reliability: tally.result(),
      };
    });
    const overall = overallScores(results.map((r) => r.methods));
    if (args.options.has('json')) {
      process.stdout.write(JSON.stringify({ minConfidence, corpora, results, overall }, null, 2) + '\n');
    } else {
      process.stdout.write(formatTable(results, overall) + '\n\n' + formatReliability(results) + '\n');
    }
    return 0;
  });
}
