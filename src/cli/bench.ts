/**
 * `npm run bench`: seeded synthetic threads of 1k, 10k and 100k comments through parse, infer
 * and graph build (with the scan thread as the command line uses it: for the scan, then for the
 * graph's communities), each size in a fresh process with the command line's Node settings
 * (node-flags.ts); prints comments/s per stage, the time to merely split the same bytes into
 * lines, and the peak resident memory of each run. With
 * `--repeat N`, N fresh processes per size: the fastest is shown, and the spread of the totals
 * (this machine's speed drifts, so the machine's speed is measured before and after: see
 * machine-speed.ts). With `--contention`, how much two threads slow each other instead
 * (memory-contention.ts).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../core/parse/csv';
import { buildThread } from '../core/thread';
import { inferReplies } from '../core/infer/index';
import { buildGraph } from '../core/graph/build';
import { countThreadActivity } from '../core/graph/metrics';
import { syntheticThreadCsv } from './synthetic-thread';
import { SCAN_THREAD_MIN_COMMENTS, ScanThread, threadedScanner } from './scan-thread';
import { printContention } from './memory-contention';
import { NODE_FLAGS } from './node-flags';
import { describeMachineSpeed, measureMachineSpeed } from './machine-speed';

interface Measured {
  comments: number;
  bytes: number;
  splitMs: number;
  parseMs: number;
  inferMs: number;
  graphMs: number;
  replies: number;
  participants: number;
  peakRssMb: number;
}

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const v = f();
  return [v, performance.now() - t0];
}

/** One size, measured in this process. */
export function measure(n: number): Measured {
  // As the command line does for long inputs: the scan thread starts (and loads its code)
  // before the input is read, here while the thread is generated.
  const scanThread = n >= SCAN_THREAD_MIN_COMMENTS ? new ScanThread(undefined, true) : undefined;
  const csv = syntheticThreadCsv(n);
  const [, splitMs] = time(() => csv.split('\n').length);
  const [parsed, parseMs] = time(() => parseCsv(csv));
  const [inferred, inferMs] = time(() => {
    const { thread } = buildThread(parsed);
    return { thread, ...inferReplies(thread, { scanner: threadedScanner(scanThread) }) };
  });
  const wordCounts = scanThread?.wordCounts();
  const [graph, graphMs] = time(() => {
    // As the command line does: the scan thread has counted every comment's words, and finds
    // the communities while the graph is built.
    if (wordCounts) countThreadActivity(inferred.thread, wordCounts);
    const communities = scanThread?.communityFinder();
    return buildGraph(inferred.thread, inferred.replies, communities ? { minConfidence: 0.5, communities } : { minConfidence: 0.5 });
  });
  scanThread?.close();
  void graph;
  return {
    comments: parsed.comments.length, bytes: csv.length, splitMs, parseMs, inferMs, graphMs,
    replies: inferred.replies.length, participants: inferred.thread.participants.length,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

const rate = (n: number, ms: number) => `${Math.round(n / (ms / 1000)).toLocaleString('en-US')}/s`;

const totalOf = (m: Measured): number => m.parseMs + m.inferMs + m.graphMs;

/** The fastest, median and slowest of several runs' totals (ms). */
export function spread(totals: readonly number[]): { min: number; median: number; max: number } {
  if (totals.length === 0) throw new Error('No runs to summarise.');
  const sorted = [...totals].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { min: sorted[0]!, median, max: sorted[sorted.length - 1]! };
}

/** The `--repeat N` option: how many fresh processes per size (default 1); undefined when it is not a positive whole number. */
export function repeatOption(argv: readonly string[]): number | undefined {
  const at = argv.indexOf('--repeat');
  if (at < 0) return 1;
  const n = Number(argv[at + 1]);
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}

/** The arguments of the Node process that measures one size: the command line's settings, then this file through the TypeScript runner. */
export function measureArgs(runner: string, self: string, n: number): string[] {
  return [...NODE_FLAGS, runner, self, '--one', String(n)];
}

export async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--contention')) {
    await printContention();
    return 0;
  }
  const one = argv.indexOf('--one');
  if (one >= 0) {
    process.stdout.write(JSON.stringify(measure(Number(argv[one + 1]))) + '\n');
    return 0;
  }
  const repeat = repeatOption(argv);
  if (repeat === undefined) {
    process.stderr.write('threadgraph bench: --repeat takes a whole number of runs per size, e.g. --repeat 5.\n');
    return 2;
  }
  const sizes = [1_000, 10_000, 100_000];
  const self = fileURLToPath(import.meta.url);
  const runner = fileURLToPath(new URL('../../bin/run-ts.mjs', import.meta.url));
  const runOnce = (n: number): Measured => {
    const out = execFileSync(process.execPath, measureArgs(runner, self, n), { encoding: 'utf8' });
    return JSON.parse(out.trim().split('\n').pop()!) as Measured;
  };
  const runs = repeat === 1 ? 'each size in a fresh Node process' : `each size in ${repeat} fresh Node processes, the fastest shown`;
  console.log(`threadgraph bench: synthetic CSV threads (seed 42), ${runs}`);
  console.log(`machine speed before the runs: ${describeMachineSpeed(measureMachineSpeed())}`);
  console.log('comments  MB     split     parse              infer              graph              total    µs/comment  replies  peak RSS');
  const perComment: number[] = [];
  const spreads: string[] = [];
  for (const n of sizes) {
    const measured = Array.from({ length: repeat }, () => runOnce(n));
    const m = measured.reduce((best, r) => (totalOf(r) < totalOf(best) ? r : best));
    const total = totalOf(m);
    perComment.push(total * 1000 / m.comments);
    console.log([
      String(m.comments).padEnd(9),
      (m.bytes / 1e6).toFixed(1).padEnd(6),
      `${m.splitMs.toFixed(0)} ms`.padEnd(9),
      `${m.parseMs.toFixed(0)} ms ${rate(m.comments, m.parseMs)}`.padEnd(18),
      `${m.inferMs.toFixed(0)} ms ${rate(m.comments, m.inferMs)}`.padEnd(18),
      `${m.graphMs.toFixed(0)} ms ${rate(m.comments, m.graphMs)}`.padEnd(18),
      `${(total / 1000).toFixed(2)} s`.padEnd(8),
      (total * 1000 / m.comments).toFixed(1).padEnd(11),
      String(m.replies).padEnd(8),
      `${m.peakRssMb.toFixed(0)} MB`,
    ].join(' '));
    if (repeat > 1) {
      const s = spread(measured.map(totalOf));
      spreads.push(`${n.toLocaleString('en-US')}: fastest ${(s.min / 1000).toFixed(2)} s · median ${(s.median / 1000).toFixed(2)} s · slowest ${(s.max / 1000).toFixed(2)} s`);
    }
  }
  const growth = perComment.slice(1).map((v, i) => (v / perComment[i]!).toFixed(2));
  console.log(`cost per comment from one size to the next (1.00 = linear): ${growth.join(', ')}`);
  if (spreads.length > 0) console.log(`total over ${repeat} runs per size: ${spreads.join('; ')}`);
  console.log(`machine speed after the runs: ${describeMachineSpeed(measureMachineSpeed())}`);
  console.log('split = only splitting the same bytes into lines; parse/infer/graph = threadgraph stages; peak RSS of the whole process');
  console.log('machine speed: both figures drift with the load of the machine\'s neighbours, and the stage times with them');
  console.log(`from ${SCAN_THREAD_MIN_COMMENTS.toLocaleString('en-US')} comments on, inference scans the comments in a worker thread (both cores), as the command line does`);
  return 0;
}
