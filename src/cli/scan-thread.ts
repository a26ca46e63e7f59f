/**
 * Runs the comment scan (tokens, quoted spans and quote runs:
 * src/core/infer/scan-producer.ts) in a Node worker thread, so that on long threads it proceeds
 * alongside the rest of inference on the other core. The comments' texts go to the worker up
 * front; its batches come back through a message port, and inference, which is synchronous,
 * waits for the next one on a shared counter that the worker bumps after each batch. The
 * results equal an inline scan's. Failures surface as ScanThreadError, so that a caller can
 * fall back to one thread. Kept for the graph, the thread then finds the reply graph's
 * communities while the graph is built (communityFinder).
 */
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { ScanBatch } from '../core/infer/scan-batches';
import { BatchScanner, batchBuffers } from '../core/infer/scan-batches';
import { authorNumbers, expectedTokens, inlineScanner, type ScannerFactory } from '../core/infer/scan';
import { communityNumbers, type CommunityFinder } from '../core/graph/communities';
import type { RecycleMessage, ScanMessage, ScanReply } from './scan-worker';

/** Below this many comments the scan stays inline: starting a thread would cost more than it saves. */
export const SCAN_THREAD_MIN_COMMENTS = 20_000;
/** Texts go to the worker in chunks of this many comments, so it can start on the first. */
const TEXT_CHUNK = 8192;
/** How long one wait for a batch lasts, and how long without any batch until the thread counts as lost. */
const WAIT_SLICE_MS = 200;
const GIVE_UP_MS = 60_000;

/** The scan thread failed or stopped answering (inference can be run again without it). */
export class ScanThreadError extends Error {
  override name = 'ScanThreadError';
}

export class ScanThread {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  /** Where read batches' buffers go back to the worker (see scan-worker.ts). */
  private readonly recycling: MessagePort;
  /** Bumped by the worker after every message it sends. */
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private used = false;
  private batches: BatchScanner | undefined;
  private closed = false;
  /** The worker failed or stopped answering. */
  private failed = false;

  /**
   * Starts the worker now (it loads its code while the caller parses the input). `entry`: the
   * worker's entry file, scan-worker.mjs unless a test stands in another.
   */
  constructor(
    entry: URL = new URL('./scan-worker.mjs', import.meta.url),
    /** Keep the thread when inference ends, for communityFinder (the caller then closes it). */
    private readonly keepForGraph = false,
  ) {
    const channel = new MessageChannel();
    const recycling = new MessageChannel();
    this.worker = new Worker(entry, {
      workerData: { port: channel.port2, recycling: recycling.port2, signal: this.signal },
      transferList: [channel.port2, recycling.port2],
    });
    this.worker.unref();
    this.port = channel.port1;
    this.recycling = recycling.port1;
  }

  /**
   * A scanner factory for one inference run that scans in this thread; it closes the thread when
   * inference ends, unless the thread is kept for the graph.
   */
  readonly scanner: ScannerFactory = (ctx, comments) => {
    if (this.closed) throw new Error('This scan thread is closed.');
    if (this.used) throw new Error('A scan thread serves one inference run.');
    this.used = true;
    const authors = authorNumbers(ctx.thread, comments);
    this.send({ kind: 'start', seed: ctx.lexicon.norms.slice(1), expectedTokens: expectedTokens(ctx.thread) });
    for (let from = 0; from < comments.length; from += TEXT_CHUNK) {
      const to = Math.min(comments.length, from + TEXT_CHUNK);
      this.send({ kind: 'texts', texts: comments.slice(from, to).map((c) => c.text), authors: authors.slice(from, to) });
    }
    this.batches = new BatchScanner(ctx.lexicon, () => this.receive(), () => this.scanEnded(), ctx.thread.comments.length, (batch) => {
      // Read batches go back to the worker, which writes later ones into them instead of new memory.
      const buffers = batchBuffers(batch);
      this.recycling.postMessage({ buffers } satisfies RecycleMessage, buffers);
    });
    return this.batches;
  };

  /**
   * After inference: each comment's word count as the graph counts them (by 0-based position,
   * -1 for comments not scanned), counted in the worker, so that the graph need not read every
   * text again (see countThreadActivity in src/core/graph/metrics.ts).
   */
  wordCounts(): Int32Array | undefined {
    return this.batches?.wordCounts;
  }

  /**
   * For the graph (src/core/graph/build.ts): a community finder that hands the links to the
   * worker and waits for its answer when the graph needs it; the thread closes after it. Should
   * the worker fail, the communities are found here instead, so they are always the same.
   * Undefined when the thread is closed or failed.
   */
  communityFinder(): CommunityFinder | undefined {
    if (this.closed || this.failed) return undefined;
    return (n, links, seed) => {
      const { sources, targets, weights } = links;
      this.send({ kind: 'communities', n, sources, targets, weights, seed });
      return () => {
        let numbers: Int32Array | undefined;
        try {
          const reply = this.receiveReply();
          if (reply.kind === 'communities') numbers = reply.numbers;
        } catch {
          // A failed worker: found here instead, below.
        } finally {
          this.close();
        }
        return numbers ?? communityNumbers(n, links, seed);
      };
    };
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.port.close();
    this.recycling.close();
    void this.worker.terminate();
  }

  /** Inference is over: the thread closes, unless kept for the graph (its scan state then goes). */
  private scanEnded(): void {
    if (!this.keepForGraph || this.failed) this.close();
    else if (!this.closed) this.send({ kind: 'end' });
  }

  private send(message: ScanMessage): void {
    this.port.postMessage(message);
  }

  /** The worker's next batch, waiting for it if need be. */
  private receive(): ScanBatch {
    const reply = this.receiveReply();
    if (reply.kind === 'batch') return reply.batch;
    this.failed = true;
    throw new ScanThreadError(`The scan thread sent ${reply.kind} where a batch was due.`);
  }

  /** The worker's next message, waiting for it if need be; a failure (or silence) is a ScanThreadError. */
  private receiveReply(): Exclude<ScanReply, { kind: 'error' }> {
    let idle = 0;
    for (;;) {
      const seen = Atomics.load(this.signal, 0);
      const received = receiveMessageOnPort(this.port);
      if (received) {
        const reply = received.message as ScanReply;
        if (reply.kind !== 'error') return reply;
        this.failed = true;
        throw new ScanThreadError(`The scan thread failed: ${reply.message}`);
      }
      if (Atomics.wait(this.signal, 0, seen, WAIT_SLICE_MS) === 'timed-out' && (idle += WAIT_SLICE_MS) >= GIVE_UP_MS) {
        this.failed = true;
        throw new ScanThreadError(`The scan thread sent nothing for ${GIVE_UP_MS / 1000} s.`);
      }
    }
  }
}

/**
 * The scanner factory for the command line: a scan thread for long threads (`warm`, when the
 * caller started one early, else a new one), the inline scan for short ones.
 */
export function threadedScanner(warm?: ScanThread): ScannerFactory {
  return (ctx, comments) => {
    if (comments.length < SCAN_THREAD_MIN_COMMENTS) {
      warm?.close();
      return inlineScanner(ctx, comments);
    }
    return (warm ?? new ScanThread()).scanner(ctx, comments);
  };
}
