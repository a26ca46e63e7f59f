/**
 * `npm run bench -- --contention`: how much two threads that read memory at random slow each
 * other on this machine, next to two threads that only compute. Each thread runs a fixed loop
 * (random read-modify-writes over a table, or arithmetic) alone and then two at once; the times
 * explain how much a second core can give inference, which mostly waits on memory.
 */
import { Worker } from 'node:worker_threads';

export type LoopKind = 'memory' | 'arithmetic';

export interface Contention {
  kind: LoopKind;
  /** Milliseconds of one thread alone, and of each of two threads running at once. */
  aloneMs: number;
  togetherMs: [number, number];
}

/** The body each worker runs: one loop, timed, its time posted back. */
const LOOP = `
const { parentPort, workerData } = require('node:worker_threads');
const { kind, steps, tableBits } = workerData;
const started = performance.now();
let x = 1, sum = 0;
if (kind === 'memory') {
  const mask = (1 << tableBits) - 1;
  const table = new Int32Array(1 << tableBits);
  for (let i = 0; i < steps; i++) { x = (Math.imul(x, 1103515245) + 12345) & mask; sum += table[x]++; }
} else {
  for (let i = 0; i < steps; i++) x = (Math.imul(x, 1103515245) + 12345) | 0;
  sum = x;
}
parentPort.postMessage({ ms: performance.now() - started, sum });
`;

function runLoops(kind: LoopKind, threads: number, steps: number, tableBits: number): Promise<number[]> {
  return Promise.all(Array.from({ length: threads }, () => new Promise<number>((resolve, reject) => {
    const worker = new Worker(LOOP, { eval: true, workerData: { kind, steps, tableBits } });
    worker.once('message', (m: { ms: number }) => {
      void worker.terminate();
      resolve(m.ms);
    });
    worker.once('error', reject);
  })));
}

/** Times the loop of `kind` alone and two at once (`steps` iterations; the memory table has 2^tableBits entries). */
export async function measureContention(kind: LoopKind, steps: number, tableBits = 24): Promise<Contention> {
  const [alone] = await runLoops(kind, 1, steps, tableBits);
  const [a, b] = await runLoops(kind, 2, steps, tableBits);
  return { kind, aloneMs: alone!, togetherMs: [a!, b!] };
}

export async function printContention(): Promise<void> {
  const loops = [
    { label: 'memory, 8 MB table', kind: 'memory', steps: 4e7, tableBits: 21 },
    { label: 'memory, 64 MB table', kind: 'memory', steps: 2e7, tableBits: 24 },
    { label: 'arithmetic', kind: 'arithmetic', steps: 3e8, tableBits: 0 },
  ] as const;
  for (const { label, kind, steps, tableBits } of loops) {
    const c = await measureContention(kind, steps, tableBits);
    const slower = Math.max(...c.togetherMs) / c.aloneMs;
    console.log(`${label.padEnd(20)} alone ${c.aloneMs.toFixed(0)} ms · two at once ${c.togetherMs.map((t) => t.toFixed(0)).join(' and ')} ms (${slower.toFixed(2)}× the time)`);
  }
  console.log('memory = random read-modify-writes over a table of that size (the quote index uses 8 MB); arithmetic = no memory at all');
}
