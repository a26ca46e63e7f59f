import { describe, expect, it } from 'vitest';
import { activityAt, participantActivity } from '../../../src/core/graph/metrics';
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
});
