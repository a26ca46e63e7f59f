import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../src/core/parse/index';
import { buildThread } from '../../src/core/thread';
import { inferReplies } from '../../src/core/infer/index';
import { ScanThread, ScanThreadError, threadedScanner } from '../../src/cli/scan-thread';
import { isAnalysed } from '../../src/core/infer/scan';
import { buildGraph } from '../../src/core/graph/build';
import { countThreadActivity, countWords } from '../../src/core/graph/metrics';

const threadOf = (file: string) => buildThread(parseInput(readFileSync(file, 'utf8'), { fileName: file })).thread;

describe('scan thread', () => {
  for (const file of ['seeds/000_be01d75ba33c9c53.txt', 'test/fixtures/chat/ubuntu-irc-excerpt.txt']) {
    it(`infers the same replies as the inline scan when the scan runs in a worker thread: ${file}`, () => {
      const inline = inferReplies(threadOf(file));
      const scanThread = new ScanThread();
      const threaded = inferReplies(threadOf(file), { scanner: scanThread.scanner });
      expect(JSON.stringify(threaded)).toBe(JSON.stringify(inline));
    }, 30_000);
  }

  it('counts each scanned comment\'s words in the worker, as the graph counts them, so the graph reads no text', () => {
    const thread = threadOf('test/fixtures/chat/ubuntu-irc-excerpt.txt');
    const scanThread = new ScanThread();
    const { replies } = inferReplies(thread, { scanner: scanThread.scanner });
    const counts = scanThread.wordCounts()!;
    expect(counts.length).toBe(thread.comments.length);
    thread.comments.forEach((c, i) => expect(counts[i]).toBe(isAnalysed(c) ? countWords(c.text) : -1));
    expect(thread.comments.some((c) => !isAnalysed(c))).toBe(true);
    const plain = buildGraph(threadOf('test/fixtures/chat/ubuntu-irc-excerpt.txt'), replies);
    countThreadActivity(thread, counts);
    const primed = buildGraph(thread, replies);
    expect(primed.export()).toEqual(plain.export());
  }, 30_000);

  it('serves one inference run and is closed after it', () => {
    const scanThread = new ScanThread();
    inferReplies(threadOf('seeds/000_be01d75ba33c9c53.txt'), { scanner: scanThread.scanner });
    expect(() => inferReplies(threadOf('seeds/000_be01d75ba33c9c53.txt'), { scanner: scanThread.scanner })).toThrow(/closed/);
  }, 30_000);

  it('leaves short threads to the inline scan', () => {
    const scanThread = new ScanThread();
    const thread = threadOf('seeds/000_be01d75ba33c9c53.txt');
    expect(JSON.stringify(inferReplies(thread, { scanner: threadedScanner(scanThread) }))).toBe(JSON.stringify(inferReplies(thread)));
    // The started thread was closed unused.
    expect(() => inferReplies(thread, { scanner: scanThread.scanner })).toThrow(/closed/);
  }, 30_000);

  it('kept for the graph, finds the same communities in the worker while the graph is built, then closes', () => {
    const file = 'test/fixtures/chat/ubuntu-irc-excerpt.txt';
    const scanThread = new ScanThread(undefined, true);
    const thread = threadOf(file);
    const { replies } = inferReplies(thread, { scanner: scanThread.scanner });
    const communities = scanThread.communityFinder();
    expect(communities).toBeDefined();
    const threaded = buildGraph(thread, replies, { communities });
    const inline = buildGraph(threadOf(file), replies);
    expect(threaded.export()).toEqual(inline.export());
    expect(new Set(inline.mapNodes((_, a) => a.community)).size).toBeGreaterThan(1);
    expect(scanThread.communityFinder()).toBeUndefined();
  }, 30_000);

  it('not kept for the graph, closes when inference ends', () => {
    const scanThread = new ScanThread();
    inferReplies(threadOf('seeds/000_be01d75ba33c9c53.txt'), { scanner: scanThread.scanner });
    expect(scanThread.communityFinder()).toBeUndefined();
  }, 30_000);

  it('finds the communities in this thread when the worker fails', () => {
    const file = 'test/fixtures/chat/ubuntu-irc-excerpt.txt';
    const thread = threadOf(file);
    const { replies } = inferReplies(thread);
    const failing = new ScanThread(new URL('./fixtures/failing-scan-worker.mjs', import.meta.url), true);
    const communities = failing.communityFinder();
    expect(communities).toBeDefined();
    expect(buildGraph(thread, replies, { communities }).export()).toEqual(buildGraph(threadOf(file), replies).export());
  }, 30_000);

  it('reports a worker that fails as a ScanThreadError at once, instead of waiting', () => {
    const failing = new ScanThread(new URL('./fixtures/failing-scan-worker.mjs', import.meta.url));
    const started = performance.now();
    expect(() => inferReplies(threadOf('seeds/000_be01d75ba33c9c53.txt'), { scanner: failing.scanner })).toThrow(ScanThreadError);
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 30_000);
});
