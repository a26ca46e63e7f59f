/**
 * Building a thread from parsed comments: ids, order, and dates stored as midnight timestamps.
 */
import { describe, expect, it } from 'vitest';
import { buildThread } from '../../src/core/thread';
import type { RawComment } from '../../src/core/types';

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
});
