/**
 * `npm run bench`: seeded synthetic threads of 1k, 10k and 100k comments through parse, infer
 * and graph build, each size in a fresh process; prints comments/s per stage, the time to
 * merely split the same bytes into lines, and the peak resident memory of each run. With
 * `--contention`, how much two threads slow each other instead (memory-contention.ts).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../core/parse/csv';
import { buildThread } from '../core/thread';
import { inferReplies } from '../core/infer/index';
import { buildGraph } from '../core/graph/build';
import { syntheticThreadCsv } from './synthetic-thread';
import { SCAN_THREAD_MIN_COMMENTS, ScanThread, threadedScanner } from './scan-thread';
import { printContention } from './memory-contention';

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
  const scanThread = n >= SCAN_THREAD_MIN_COMMENTS ? new ScanThread() : undefined;
  const csv = syntheticThreadCsv(n);
  const [, splitMs] = time(() => csv.split('\n').length);
  const [parsed, parseMs] = time(() => parseCsv(csv));
  const [inferred, inferMs] = time(() => {
    const { thread } = buildThread(parsed);
    return { thread, ...inferReplies(thread, { scanner: threadedScanner(scanThread) }) };
  });
  const [graph, graphMs] = time(() => buildGraph(inferred.thread, inferred.replies, { minConfidence: 0.5 }));
  void graph;
  return {
    comments: parsed.comments.length, bytes: csv.length, splitMs, parseMs, inferMs, graphMs,
    replies: inferred.replies.length, participants: inferred.thread.participants.length,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

const rate = (n: number, ms: number) => `${Math.round(n / (ms / 1000)).toLocaleString('en-US')}/s`;

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
  const sizes = [1_000, 10_000, 100_000];
  const self = fileURLToPath(import.meta.url);
  const runner = fileURLToPath(new URL('../../bin/run-ts.mjs', import.meta.url));
  console.log('threadgraph bench: synthetic CSV threads (seed 42), each size in a fresh Node process');
  console.log('comments  MB     split     parse              infer              graph              total    µs/comment  replies  peak RSS');
  const perComment: number[] = [];
  for (const n of sizes) {
    const out = execFileSync(process.execPath, [runner, self, '--one', String(n)], { encoding: 'utf8' });
    const m = JSON.parse(out.trim().split('\n').pop()!) as Measured;
    const total = m.parseMs + m.inferMs + m.graphMs;
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
  }
  const growth = perComment.slice(1).map((v, i) => (v / perComment[i]!).toFixed(2));
  console.log(`cost per comment from one size to the next (1.00 = linear): ${growth.join(', ')}`);
  console.log('split = only splitting the same bytes into lines; parse/infer/graph = threadgraph stages; peak RSS of the whole process');
  console.log(`from ${SCAN_THREAD_MIN_COMMENTS.toLocaleString('en-US')} comments on, inference scans the comments in a worker thread (both cores), as the command line does`);
  return 0;
}
