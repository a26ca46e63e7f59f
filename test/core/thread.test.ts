/**
 * Building a thread from parsed comments: ids, order, and dates stored as midnight timestamps.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildThread, commentsById, timesOf } from '../../src/core/thread';
import { parseInput } from '../../src/core/parse/index';
import { isoMillis } from '../../src/core/parse/dates';
import type { RawComment } from '../../src/core/types';
import { inferReplies } from '../../src/core/infer/index';
import { buildGraph } from '../../src/core/graph/build';

const parsed = (comments: RawComment[]) => ({ format: 'csv' as const, dialect: 'csv', comments, skipped: [], notes: [] });

describe('buildThread', () => {
  it('reads a thread whose every time is midnight as dated to the day, and says so', () => {
    const { thread, notes } = buildThread(parsed([
      { author: 'Ann', text: 'a', time: '2010-04-29T00:00:00Z', timePrecision: 'second' },
      { author: 'Bob', text: 'b', time: '2010-04-30T00:00:00.000Z', timePrecision: 'second' },
      { author: 'Cy', text: 'c' },
    ]));
    expect(thread.comments.map((c) => c.timePrecision)).toEqual(['day', 'day', undefined]);
    expect(notes.some((n) => n.includes('midnight'))).toBe(true);
  });

  it('keeps times when one of them is not midnight, or when only one comment is timed', () => {
    const mixed = buildThread(parsed([
      { author: 'Ann', text: 'a', time: '2010-04-29T00:00:00Z', timePrecision: 'second' },
      { author: 'Bob', text: 'b', time: '2010-04-29T00:05:00Z', timePrecision: 'second' },
    ]));
    expect(mixed.thread.comments.map((c) => c.timePrecision)).toEqual(['second', 'second']);
    const single = buildThread(parsed([{ author: 'Ann', text: 'a', time: '2010-04-29T00:00:00Z', timePrecision: 'minute' }]));
    expect(single.thread.comments[0]!.timePrecision).toBe('minute');
    expect(single.notes).toEqual([]);
  });

  it('gives repeated ids a suffix and notes it', () => {
    const { thread, notes } = buildThread(parsed([{ id: 'x', author: 'Ann', text: 'a' }, { id: 'x', author: 'Bob', text: 'b' }]));
    expect(thread.comments.map((c) => c.id)).toEqual(['x', 'x~2']);
    expect(notes[0]).toMatch(/appeared twice/);
  });

  it('gives each repeat the first free suffix, in thread order, also against made-up ids', () => {
    const { thread, notes } = buildThread(parsed([
      { id: 'x', author: 'Ann', text: 'a' }, { id: 'x~2', author: 'Bob', text: 'b' }, { id: 'x', author: 'Cy', text: 'c' },
      { id: 'c5', author: 'Di', text: 'd' }, { author: 'Ed', text: 'e' },
    ]));
    expect(thread.comments.map((c) => c.id)).toEqual(['x', 'x~2', 'x~3', 'c5', 'c5~2']);
    expect(notes[0]).toMatch(/^2 comment id\(s\) appeared twice/);
    expect([...commentsById(thread).keys()]).toEqual(['x', 'x~2', 'x~3', 'c5', 'c5~2']);
  });

  it('finds comments by id, the map made once per thread', () => {
    const { thread } = buildThread(parsed([{ id: 'x', author: 'Ann', text: 'a' }, { id: 'x', author: 'Bob', text: 'b' }, { author: 'Cy', text: 'c' }]));
    const byId = commentsById(thread);
    expect([...byId.keys()]).toEqual(['x', 'x~2', 'c3']);
    expect(byId.get('x~2')).toBe(thread.comments[1]);
    expect(commentsById(thread)).toBe(byId);
    // A thread made elsewhere (copied from a worker, say) gets its own map on first use.
    const copy = { ...thread, comments: thread.comments.map((c) => ({ ...c })) };
    expect(commentsById(copy)).not.toBe(byId);
    expect(commentsById(copy).get('c3')).toBe(copy.comments[2]);
  });

  it('keeps comments of removed accounts apart in the reply graph', () => {
    // Two people answer two different comments whose accounts were later deleted (Reddit style).
    const { thread } = buildThread(parsed([
      { id: 'p', author: 'op', text: 'Where to eat?' },
      { id: 'a', author: '[deleted]', text: 'The taco place.', parentId: 'p' },
      { id: 'b', author: 'kim', text: 'It closed.', parentId: 'a' },
      { id: 'c', author: '[deleted]', text: 'Try the diner.', parentId: 'p' },
      { id: 'd', author: 'lee', text: 'Too loud.', parentId: 'c' },
    ]));
    const authors = thread.comments.map((c) => c.authorId);
    expect(authors[1]).not.toBe(authors[3]);
    expect(thread.comments.map((c) => c.author)).toEqual(['op', '[deleted]', 'kim', '[deleted]', 'lee']);
    const graph = buildGraph(thread, inferReplies(thread).replies);
    expect(graph.order).toBe(5);
    // kim and lee answered different unknown people: no node links them.
    expect(graph.outNeighbors('kim')).toEqual([authors[1]]);
    expect(graph.outNeighbors('lee')).toEqual([authors[3]]);
    expect(graph.inDegree(authors[1]!)).toBe(1);
  });
});


describe('timesOf', () => {
  const files = [
    'data/seed-comments.csv', 'test/fixtures/json/reddit-api.json', 'data/cc-labs-excerpt.wxr.xml',
    'test/fixtures/mbox/garden-club.mbox', 'seeds/000_be01d75ba33c9c53.txt',
  ];
  for (const file of files) {
    it(`gives every comment's time as isoMillis reads it, from the parser's figures or the text: ${file}`, () => {
      const { thread } = buildThread(parseInput(readFileSync(file, 'utf8'), { fileName: file }));
      const timeAt = timesOf(thread);
      const expected = thread.comments.map((c) => (c.time === undefined ? NaN : isoMillis(c.time)));
      expect(thread.comments.map((_, i) => timeAt(i))).toEqual(expected);
      expect(expected.some((m) => Number.isFinite(m))).toBe(true);
    });
  }

  it('keeps nothing for a list of comments it was not given by a collector', () => {
    const parsed = parseInput(readFileSync('data/seed-comments.csv', 'utf8'), { fileName: 'seed-comments.csv' });
    const reordered = { ...parsed, comments: [...parsed.comments].reverse() };
    const { thread } = buildThread(reordered);
    const timeAt = timesOf(thread);
    thread.comments.forEach((c, i) => expect(timeAt(i)).toEqual(c.time === undefined ? NaN : isoMillis(c.time)));
  });
});
