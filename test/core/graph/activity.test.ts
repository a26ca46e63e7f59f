import { describe, expect, it } from 'vitest';
import { activityAt, countThreadActivity, participantActivity, threadActivity } from '../../../src/core/graph/metrics';
import { buildGraph } from '../../../src/core/graph/build';
import type { Thread } from '../../../src/core/types';

const chat: Thread = {
  format: 'chat', dialect: 'irssi',
  comments: [
    { id: 'c1', index: 1, author: 'Ivo', authorId: 'ivo', time: '2021-05-01T10:00:00Z', text: 'Ivo has joined', system: true },
    { id: 'c2', index: 2, author: 'Ana', authorId: 'ana', time: '2021-05-01T10:01:00Z', text: 'morning all' },
    { id: 'c3', index: 3, author: 'Guest', authorId: 'guest', time: '2021-05-01T10:02:00Z', text: 'hi there friends' },
    { id: 'c4', index: 4, author: 'Ana', authorId: 'ana', text: 'anyone around?', system: false },
    { id: 'c5', index: 5, author: 'Ivo', authorId: 'ivo', time: '2021-05-01T10:09:00Z', text: 'Ivo has left', system: true },
    { id: 'c6', index: 6, author: 'Ana', authorId: 'ana', time: '2021-05-01T10:08:00Z', text: 'Ana is away', system: true },
  ],
  participants: [
    { id: 'ana', name: 'Ana', spellings: ['Ana'], commentIndexes: [2, 4, 6] },
    { id: 'ivo', name: 'Ivo', spellings: ['Ivo'], commentIndexes: [1, 5] },
  ],
};

describe('participantActivity and activityAt', () => {
  it('gives a participant with only system lines the place of those lines, and lists other authors last', () => {
    const activity = participantActivity(chat);
    expect([...activity.keys()]).toEqual(['ana', 'ivo', 'guest']);
    expect(activity.get('ana')).toEqual({
      comments: 2, words: 4, firstIndex: 2, lastIndex: 4, firstTime: '2021-05-01T10:01:00Z', lastTime: '2021-05-01T10:01:00Z',
    });
    expect(activity.get('ivo')).toEqual({
      comments: 0, words: 0, firstIndex: 1, lastIndex: 5, firstTime: '2021-05-01T10:00:00Z', lastTime: '2021-05-01T10:09:00Z',
    });
    expect(activity.get('guest')).toMatchObject({ comments: 1, words: 3, firstIndex: 3, lastIndex: 3 });
  });

  it('leaves out authors without a position in the typed table', () => {
    const table = activityAt(2, new Map([['ana', 0], ['ivo', 1]]), chat.comments);
    expect([...table.comments]).toEqual([2, 0]);
    expect([...table.words]).toEqual([4, 0]);
    expect([...table.firstIndex]).toEqual([2, 1]);
    expect([...table.lastIndex]).toEqual([4, 5]);
    expect(table.lastTime).toEqual(['2021-05-01T10:01:00Z', '2021-05-01T10:09:00Z']);
  });

  it('counts a thread once: the same table for the same thread, a new one for other participants', () => {
    const first = threadActivity(chat);
    expect(threadActivity(chat)).toBe(first);
    expect([...first.words]).toEqual([4, 0]);
    const renamed: Thread = { ...chat, participants: [chat.participants[1]!, chat.participants[0]!] };
    const other = threadActivity(renamed);
    expect(other).not.toBe(first);
    expect([...other.words]).toEqual([0, 4]);
  });

  it('gives graphs built with different filters from one thread the same node activity', () => {
    const replies = [{
      id: 'c4->ivo', commentId: 'c4', commentIndex: 4, source: 'ana', target: 'ivo', signal: 'salutation' as const, confidence: 0.4,
      evidence: { signal: 'salutation' as const, confidence: 0.4, text: 'x', start: 0, end: 1 }, support: [],
    }];
    const all = buildGraph(chat, replies, { minConfidence: 0 });
    const none = buildGraph(chat, replies, { minConfidence: 0.9 });
    expect(all.size).toBe(1);
    expect(none.size).toBe(0);
    for (const id of ['ana', 'ivo']) {
      const { words, comments, firstIndex, lastIndex } = none.getNodeAttributes(id);
      expect({ words, comments, firstIndex, lastIndex }).toEqual({
        words: all.getNodeAttribute(id, 'words'), comments: all.getNodeAttribute(id, 'comments'),
        firstIndex: all.getNodeAttribute(id, 'firstIndex'), lastIndex: all.getNodeAttribute(id, 'lastIndex'),
      });
    }
    expect(none.getNodeAttribute('ana', 'words')).toBe(4);
  });

  it('takes word counts made elsewhere, and counts the text where a count is missing (-1)', () => {
    const thread: Thread = { ...chat, comments: chat.comments.slice() };
    countThreadActivity(thread, [-1, 10, -1, -1, -1, -1]);
    const table = threadActivity(thread);
    // Ana: 10 given for "morning all", "anyone around?" counted from its text (2).
    expect([...table.words]).toEqual([12, 0]);
    expect([...table.comments]).toEqual([2, 0]);
  });
});
