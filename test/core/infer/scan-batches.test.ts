import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../src/core/parse/index';
import { buildThread } from '../../../src/core/thread';
import { inferReplies } from '../../../src/core/infer/index';
import { BatchScanner, batchBuffers, type ScanBatch } from '../../../src/core/infer/scan-batches';
import { ScanProducer } from '../../../src/core/infer/scan-producer';
import { analysedComments, authorNumbers, expectedTokens, type ScannerFactory } from '../../../src/core/infer/scan';
import type { Comment, Thread } from '../../../src/core/types';
import { Lexicon, type TokenList } from '../../../src/core/names/lexicon';

const FIXTURES = [
  'seeds/000_be01d75ba33c9c53.txt',
  'test/fixtures/chat/ubuntu-irc-excerpt.txt',
  'test/fixtures/mbox/garden-club.mbox',
  'test/fixtures/json/reddit-api.json',
  'data/cc-labs-excerpt.wxr.xml',
];

function threadOf(file: string): Thread {
  return buildThread(parseInput(readFileSync(file, 'utf8'), { fileName: file })).thread;
}

/**
 * A scanner that scans `per` comments at a time with a ScanProducer, as a helper thread would:
 * one block of `per` comments (ScanProducer.scanBlock), or one comment after another.
 */
function batched(per: number, blocks = true): ScannerFactory {
  return (ctx, comments) => {
    const producer = new ScanProducer(ctx.lexicon.norms.slice(1), expectedTokens(ctx.thread));
    const authors = authorNumbers(ctx.thread, comments);
    const texts = comments.map((c) => c.text);
    let next = 0;
    return new BatchScanner(ctx.lexicon, () => {
      const end = Math.min(comments.length, next + per);
      if (blocks) producer.scanBlock(texts, authors, next, end);
      else for (let k = next; k < end; k++) producer.scan(texts[k]!, authors[k]!);
      next = end;
      return producer.take();
    });
  };
}

describe('scans made away from inference, in batches', () => {
  for (const file of FIXTURES) {
    it(`give the same replies, links and name issues as the inline scan: ${file}`, () => {
      const inline = inferReplies(threadOf(file));
      for (const [per, blocks] of [[1, true], [7, true], [7, false]] as const) {
        const other = inferReplies(threadOf(file), { scanner: batched(per, blocks) });
        expect(other).toEqual(inline);
        expect(JSON.stringify(other)).toBe(JSON.stringify(inline));
      }
      expect(inline.replies.length).toBeGreaterThan(0);
    });
  }

  it('hand over each comment\'s tokens as the inline tokenizer makes them, capitals and marks included', () => {
    const kept = (t: TokenList) => ({
      marks: t.marks, id: [...t.id.subarray(0, t.count)], start: [...t.start.subarray(0, t.count)],
      capitals: [...t.capitals.subarray(0, t.capitalCount)],
    });
    for (const file of FIXTURES) {
      const thread = threadOf(file);
      const fromBatches: ReturnType<typeof kept>[] = [];
      const recording: ScannerFactory = (ctx, comments) => {
        const inner = batched(3)(ctx, comments);
        return {
          scan: (c) => {
            const scanned = inner.scan(c);
            fromBatches.push(kept(scanned.tokens));
            return scanned;
          },
        };
      };
      inferReplies(thread, { scanner: recording });
      const lexicon = new Lexicon();
      const inline = thread.comments.filter((c) => !c.system && c.authorId).map((c) => kept(lexicon.tokenize(c.text)));
      expect(fromBatches.map((t) => [t.marks, t.capitals, t.start])).toEqual(inline.map((t) => [t.marks, t.capitals, t.start]));
      expect(inline.some((t) => t.capitals.length > 0)).toBe(true);
    }
  });

  it('keep a loaded comment\'s tokens while the same lexicon tokenises another text', () => {
    const lexicon = new Lexicon();
    const text = 'Ann, see "the other words" here';
    const made = lexicon.tokenize(text);
    const ids = Int32Array.from(made.id.subarray(0, made.count));
    const starts = Int32Array.from(made.start.subarray(0, made.count));
    const ends = Int32Array.from(made.end.subarray(0, made.count));
    const capitals = Int32Array.from(made.capitals.subarray(0, made.capitalCount));
    // The comment sits after two tokens of another comment in the batch's arrays.
    const pad = (a: Int32Array) => Int32Array.from([7, 8, ...a]);
    const loaded = lexicon.load(made.count, made.marks, pad(starts), pad(ends), pad(ids), 2, Int32Array.from([0, ...capitals]), 1, capitals.length);
    const before = { id: [...loaded.id.subarray(0, loaded.count)], start: [...loaded.start.subarray(0, loaded.count)], capitals: [...loaded.capitals.subarray(0, loaded.capitalCount)] };
    expect(before).toEqual({ id: [...ids], start: [...starts], capitals: [...capitals] });
    lexicon.tokenize('Quite different words, and more of them than the first text had, Bob');
    expect({ id: [...loaded.id.subarray(0, loaded.count)], start: [...loaded.start.subarray(0, loaded.count)], capitals: [...loaded.capitals.subarray(0, loaded.capitalCount)] }).toEqual(before);
  });

  it('write later batches into the buffers of batches already read, with the same results', () => {
    const thread = threadOf(FIXTURES[1]!);
    const handedBack = new Set<ArrayBuffer>();
    let reused = 0;
    let batches = 0;
    const recycling: ScannerFactory = (ctx, comments) => {
      const producer = new ScanProducer(ctx.lexicon.norms.slice(1), expectedTokens(ctx.thread));
      const authors = authorNumbers(ctx.thread, comments);
      let next = 0;
      const release = (batch: ScanBatch) => {
        const buffers = batchBuffers(batch);
        for (const b of buffers) handedBack.add(b);
        producer.recycle(buffers);
      };
      return new BatchScanner(ctx.lexicon, () => {
        const end = Math.min(comments.length, next + 4);
        for (; next < end; next++) producer.scan(comments[next]!.text, authors[next]!);
        const batch = producer.take();
        batches++;
        if (batchBuffers(batch).every((b) => handedBack.has(b))) reused++;
        return batch;
      }, undefined, undefined, release);
    };
    expect(inferReplies(thread, { scanner: recycling })).toEqual(inferReplies(threadOf(FIXTURES[1]!)));
    expect(batches).toBeGreaterThan(3);
    // From the third batch on, each is written into the buffers of a batch read earlier (the
    // second is written while the first is still being read).
    expect(reused).toBe(batches - 2);
  });

  it('refuses a lexicon that is out of step with the scanning side', () => {
    const thread = threadOf(FIXTURES[0]!);
    const outOfStep: ScannerFactory = (ctx, comments) => {
      const scanner = batched(5)(ctx, comments);
      ctx.lexicon.normId('a-word-the-scanning-side-never-saw');
      return scanner;
    };
    expect(() => inferReplies(thread, { scanner: outOfStep })).toThrow(/out of step/);
  });
});

describe('author numbers', () => {
  const byId = (thread: Thread, comments: readonly Comment[]) => {
    const position = new Map(thread.participants.map((p, i) => [p.id, i]));
    return comments.map((c) => position.get(c.authorId) ?? -1);
  };

  it('are the authors\' positions among the participants', () => {
    for (const file of FIXTURES) {
      const thread = threadOf(file);
      const comments = analysedComments(thread.comments);
      expect([...authorNumbers(thread, comments)]).toEqual(byId(thread, comments));
    }
  });

  it('are looked up by id where the participants\' lists of comments do not say', () => {
    const thread = threadOf(FIXTURES[0]!);
    const [a, b] = thread.participants;
    // Lists that disagree with the comments: swapped, and one emptied.
    const odd = { ...thread, participants: thread.participants.map((p) => (p === a ? { ...p, commentIndexes: b!.commentIndexes } : p === b ? { ...p, commentIndexes: [] } : p)) };
    const comments = analysedComments(odd.comments);
    expect([...authorNumbers(odd, comments)]).toEqual(byId(odd, comments));
  });
});

