/**
 * Building a thread from parsed comments: ids, order, and dates stored as midnight timestamps.
 */
import { describe, expect, it } from 'vitest';
import { buildThread, commentsById } from '../../src/core/thread';
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

