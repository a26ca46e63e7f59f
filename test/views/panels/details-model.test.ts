import { describe, expect, it } from 'vitest';
import { commentCard, detailsModel, evidenceRanges, type CommentCard, type DetailsModel } from '../../../src/views/panels/details-model';
import { commentTimeLabel } from '../../../src/views/panels/labels';
import { initialState } from '../../../src/store/state';
import type { Reply } from '../../../src/core/types';
import { buildThread } from '../../../src/core/thread';
import { replyIndex } from '../../../src/views/panels/reply-index';
import { seedStore } from './seed-state';

const marks = (card: CommentCard) => card.segments.filter((s) => s.marked).map((s) => s.text);
const lines = (card: CommentCard) => [...card.made, ...card.received].map((l) => `${l.direction === 'out' ? '→' : '←'} ${l.personName} · ${l.detail}`);

function expectKind<K extends DetailsModel['kind']>(m: DetailsModel, kind: K): Extract<DetailsModel, { kind: K }> {
  expect(m.kind).toBe(kind);
  return m as Extract<DetailsModel, { kind: K }>;
}

describe('details model', () => {
  it('is empty without a thread and an overview of the most answered people without a selection', () => {
    expect(detailsModel(initialState()).kind).toBe('empty');
    const m = expectKind(detailsModel(seedStore().getState()), 'overview');
    // Six people receive the 25 visible replies; the most answered first, ties by comments written.
    expect(m.top.map((p) => `${p.name} ${p.received}`)).toEqual([
      'Eric A. Brill 9', 'M.Ali 9', 'ange paris 2', 'Arshama 2', 'Scott Lucas 2', 'Catherine 1',
    ]);
    expect(m.top.reduce((n, p) => n + p.received, 0)).toBe(25);
  });

  it('lists nobody as most answered when no reply passes the filters', () => {
    const store = seedStore();
    store.dispatch({ type: 'view/signals', signals: [] });
    expect(expectKind(detailsModel(store.getState()), 'overview').top).toEqual([]);
  });

  it('lists a participant\'s comments in order with their evidence marked exactly', () => {
    const store = seedStore();
    store.dispatch({ type: 'view/select', selection: { kind: 'participant', id: 'eric-a-brill' } });
    const m = expectKind(detailsModel(store.getState()), 'participant');
    expect(m.title).toBe('Eric A. Brill');
    expect(m.cards.map((c) => c.index)).toEqual([1, 3, 7, 22, 25]);
    expect(m.total).toBe(5);
    const [c1, c3, , c22] = m.cards;
    expect(marks(c1!)).toEqual(['Scott']);
    expect(marks(c3!)).toEqual(['ange paris']);
    // c22 opens with a salutation and quotes an earlier comment: two separate marks.
    expect(marks(c22!)).toHaveLength(2);
    expect(marks(c22!)[0]).toBe('M.Ali');
    expect(marks(c22!)[1]).toMatch(/^I remember seeing the election results/);
    for (const card of m.cards) {
      expect(card.segments.map((s) => s.text).join('')).toBe(card.text);
      for (const s of card.segments) expect(card.text.slice(s.start, s.end)).toBe(s.text);
      expect(card.made.length).toBeGreaterThan(0);
    }
    expect(lines(c1!)[0]).toBe('→ Scott Lucas · salutation · 0.64');
    // Someone answers his first comment.
    expect(c1!.received.some((l) => l.direction === 'in' && l.commentId !== undefined && l.commentIndex! > 1)).toBe(true);
    expect(m.subtitle).toMatch(/^5 comments · 5 replies made · \d+ replies received$/);
  });

  it('lists and marks only replies visible under the filters', () => {
    const store = seedStore();
    store.dispatch({ type: 'view/select', selection: { kind: 'participant', id: 'eric-a-brill' } });
    store.dispatch({ type: 'view/toggleSignal', signal: 'salutation' });
    const m = expectKind(detailsModel(store.getState()), 'participant');
    // Salutation evidence is gone everywhere; replies that also quoted stay, as quotes.
    expect(m.cards.slice(0, 3).every((c) => c.made.length === 0 && marks(c).length === 0)).toBe(true);
    expect(m.cards.flatMap((c) => c.made).map((l) => `${l.personName} ${l.signal}`)).toEqual(['M.Ali quote', 'Scott Lucas quote']);
    expect(m.cards.flatMap((c) => c.segments.filter((x) => x.marked).flatMap((x) => x.labels)).every((l) => l === 'quote')).toBe(true);
    expect(m.cards.flatMap((c) => c.received).every((l) => l.signal !== 'salutation')).toBe(true);
    expect(m.cards.flatMap((c) => c.received).map((l) => `${l.personName} ${l.signal}`)).toContain('Catherine quote');
    // That reply's card marks every support piece (a mention and the quoted words), separately.
    store.dispatch({ type: 'view/select', selection: { kind: 'comment', id: 'c16' } });
    const c16 = expectKind(detailsModel(store.getState()), 'comment').card;
    expect(c16.made.map((l) => `${l.personName} ${l.detail}`)).toEqual(['Eric A. Brill quote · 0.94']);
    expect(c16.segments.filter((s) => s.marked).map((s) => s.labels)).toEqual([['mention'], ['quote']]);
  });

  it('caps the cards listed and counts the rest', () => {
    const store = seedStore();
    store.dispatch({ type: 'view/select', selection: { kind: 'participant', id: 'eric-a-brill' } });
    const m = expectKind(detailsModel(store.getState(), 2), 'participant');
    expect(m.cards.map((c) => c.index)).toEqual([1, 3]);
    expect(m.total).toBe(5);
  });

  it('shows every comment behind an edge with the comment each answers', () => {
    const store = seedStore();
    store.dispatch({ type: 'view/select', selection: { kind: 'edge', source: 'eric-a-brill', target: 'm-ali' } });
    const m = expectKind(detailsModel(store.getState()), 'edge');
    expect(m.title).toBe('Eric A. Brill → M.Ali · 2 replies');
    expect(m.items.map((i) => i.card.index)).toEqual([7, 22]);
    expect(m.items.map((i) => i.answered?.commentId)).toEqual(['c4', 'c12']);
    expect(m.items[0]!.answered!.author).toBe('M.Ali');
    expect(marks(m.items[0]!.card)).toEqual(['M.Ali']);
    expect(m.items.every((i) => i.card.made.length === 1 && i.card.made[0]!.personId === 'm-ali')).toBe(true);
  });

  it('shows a selected comment with its thread neighbours', () => {
    const store = seedStore();
    store.dispatch({ type: 'view/select', selection: { kind: 'comment', id: 'c3' } });
    const m = expectKind(detailsModel(store.getState()), 'comment');
    expect(m.title).toBe('Eric A. Brill · comment 3');
    expect(m.previous?.commentId).toBe('c2');
    expect(m.next?.commentId).toBe('c4');
    expect(marks(m.card)).toEqual(['ange paris']);
    store.dispatch({ type: 'view/select', selection: { kind: 'comment', id: 'c1' } });
    const first = expectKind(detailsModel(store.getState()), 'comment');
    expect(first.previous).toBeUndefined();
    expect(first.next?.index).toBe(2);
  });

  it('takes evidence only from support pieces with real offsets', () => {
    const reply = {
      support: [
        { signal: 'explicit', confidence: 1, text: 'parent id', start: 0, end: 0 },
        { signal: 'mention', confidence: 0.7, text: 'Dana', start: 10, end: 14 },
      ],
    } as unknown as Reply;
    expect(evidenceRanges([reply])).toEqual([{ start: 10, end: 14, label: 'mention' }]);
  });

  it('labels a comment by its time at the known precision, or by its number', () => {
    expect(commentTimeLabel({ index: 4, time: '2010-04-29T00:00:00Z', timePrecision: 'day' })).toBe('2010-04-29');
    expect(commentTimeLabel({ index: 4, time: '2010-04-29T13:05:09Z', timePrecision: 'minute' })).toBe('2010-04-29 13:05 UTC');
    expect(commentTimeLabel({ index: 4, time: '2010-04-29T13:05:09Z', timePrecision: 'second' })).toBe('2010-04-29 13:05:09 UTC');
    expect(commentTimeLabel({ index: 4 })).toBe('comment 4');
  });

  it('names the post a comment was left on when the file holds several (a blog export)', () => {
    const { thread } = buildThread({
      format: 'wxr', dialect: 'wordpress', skipped: [], notes: [],
      comments: [{ author: 'Ann', text: 'Hi', topic: 'post 6: Release notes' }, { author: 'Bob', text: 'Yo' }],
    });
    const index = replyIndex([]);
    expect(commentCard(thread, index, thread.comments[0]!).topic).toBe('post 6: Release notes');
    expect(commentCard(thread, index, thread.comments[1]!).topic).toBeUndefined();
  });
});

