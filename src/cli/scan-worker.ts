/**
 * The scan worker (see scan-thread.ts): scans the texts it is sent with a ScanProducer and
 * sends back a batch every BATCH comments and at the end of each chunk of texts, bumping the
 * shared counter after each message so the waiting side wakes. Batches' buffers come back, once
 * read, on a port of their own (the main port's queue holds every chunk of texts ahead of them),
 * which the worker empties before each batch so that it writes the batch into them. Once the
 * scan is over, the worker can find the reply graph's communities while the graph is built.
 */
import { receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import { ScanProducer } from '../core/infer/scan-producer';
import { batchBuffers, type ScanBatch } from '../core/infer/scan-batches';
import { communityNumbers } from '../core/graph/communities';

export type ScanMessage =
  | { kind: 'start'; seed: string[]; expectedTokens: number }
  | { kind: 'texts'; texts: string[]; authors: Int32Array }
  /** The scan is over: its state can go. */
  | { kind: 'end' }
  /** The reply graph's communities (src/core/graph/communities.ts), found here while the graph is built. */
  | { kind: 'communities'; n: number; sources: ArrayLike<number>; targets: ArrayLike<number>; weights: ArrayLike<number>; seed: number };

/** A read batch's buffers, handed back on the recycling port. */
export interface RecycleMessage {
  buffers: ArrayBuffer[];
}

export type ScanReply =
  | { kind: 'batch'; batch: ScanBatch }
  | { kind: 'communities'; numbers: Int32Array }
  | { kind: 'error'; message: string };

const BATCH = 1024;

const { port, recycling, signal } = workerData as { port: MessagePort; recycling: MessagePort; signal: Int32Array };
let producer: ScanProducer | undefined;

function reply(message: ScanReply, transfer: ArrayBuffer[] = []): void {
  port.postMessage(message, transfer);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

function sendBatch(p: ScanProducer): void {
  for (let m = receiveMessageOnPort(recycling); m; m = receiveMessageOnPort(recycling)) p.recycle((m.message as RecycleMessage).buffers);
  const batch = p.take();
  reply({ kind: 'batch', batch }, batchBuffers(batch));
}

port.on('message', (message: ScanMessage) => {
  try {
    if (message.kind === 'start') {
      producer = new ScanProducer(message.seed, message.expectedTokens);
      return;
    }
    if (message.kind === 'end') {
      producer = undefined;
      return;
    }
    if (message.kind === 'communities') {
      const numbers = communityNumbers(message.n, message, message.seed);
      reply({ kind: 'communities', numbers }, [numbers.buffer as ArrayBuffer]);
      return;
    }
    if (!producer) throw new Error('texts came before the start message');
    const { texts, authors } = message;
    // Each batch's comments are scanned as one block (see ScanProducer.scanBlock).
    for (let k = 0; k < texts.length; k += BATCH) {
      producer.scanBlock(texts, authors, k, Math.min(texts.length, k + BATCH));
      sendBatch(producer);
    }
  } catch (e) {
    reply({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
  }
});
