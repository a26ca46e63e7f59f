import { describe, expect, it } from 'vitest';
import { MAX_LANES, buildTimelineModel, laneToKeep } from '../../../src/views/timeline/model';
import { emphasisFor } from '../../../src/views/timeline/emphasis';
import { chooseXKind, hasTimeOfDay } from '../../../src/views/timeline/x-kind';
import { makeThread } from '../../helpers/make-thread';
import type { Reply } from '../../../src/core/types';
import { chatIngest, modelOf, seedIngest } from './fixtures';

describe('timeline model on the seed (dates only)', () => {
  const { thread, replies, model } = modelOf(seedIngest());

  it('orders comments by index, because every comment only has a day', () => {
    expect(model.xKind).toBe('index');
    expect(model.marks).toHaveLength(25);
    expect(model.marks.map((m) => m.x)).toEqual(thread.comments.map((c) => c.index));
    expect(model.xDomain).toEqual([0.5, 25.5]);
  });

  it('gives one lane per participant in order of their first comment, labelled with their name', () => {
    expect(model.lanes.map((l) => l.name)).toEqual([
      'Eric A. Brill', 'ange paris', 'M.Ali', 'Arshama', 'Bozorg', 'Scott Lucas', 'Catherine', 'Barry', 'Megan', 'escot', 'Bill',
    ]);
    const eric = model.laneOf.get('eric-a-brill')!;
    expect(model.marks.filter((m) => m.lane === eric).map((m) => m.index)).toEqual([1, 3, 7, 22, 25]);
  });

  it('shows the two days as bands over the index axis', () => {
    expect(model.dayBands).toEqual([
      { day: '2010-04-29', fromIndex: 1, toIndex: 5, x0: 0.5, x1: 5.5 },
      { day: '2010-04-30', fromIndex: 6, toIndex: 25, x0: 5.5, x1: 25.5 },
    ]);
  });

  it('draws one arc per visible reply, from the answering mark to the answered comment', () => {
    expect(model.arcs).toHaveLength(replies.length);
    const arc = model.arcs.find((a) => a.replyId === 'c2->eric-a-brill')!;
    expect(model.marks[arc.from]!.commentId).toBe('c2');
    expect(model.marks[arc.to!]!.commentId).toBe('c1');
    expect(arc.toX).toBe(1);
    expect(arc.toLane).toBe(model.laneOf.get('eric-a-brill'));
    expect(arc.signal).toBe('salutation');
  });

  it('draws a stub to the answered person\'s lane when no earlier comment of theirs is known', () => {
    // Comment 1 greets someone who only writes later (comment 9).
    const stub = model.arcs.find((a) => a.replyId === 'c1->scott-lucas')!;
    expect(stub.to).toBeNull();
    expect(stub.toX).toBe(1);
    expect(stub.toLane).toBe(model.laneOf.get('scott-lucas'));
  });

  it('draws only the replies it is given (the visible ones)', () => {
    const quotes = replies.filter((r) => r.signal === 'quote');
    const m = buildTimelineModel(thread, quotes);
    expect(m.arcs.map((a) => a.replyId)).toEqual(quotes.map((r) => r.id));
    expect(m.marks).toHaveLength(25);
  });
});

describe('timeline model on chat logs (times to the minute, system lines)', () => {
  it('uses the time axis when every message has a distinct time of day, and leaves system lines out', () => {
    const { model } = modelOf(chatIngest('irssi-gardening.log'));
    expect(model.xKind).toBe('time');
    expect(model.marks.map((m) => m.index)).toEqual([4, 5, 6, 8, 11, 12]);
    expect(model.marks[0]!.x).toBe(Date.parse('2004-11-13T23:51:00Z'));
    expect(model.lanes.map((l) => l.name)).toEqual(['wren', 'moss', 'sorrel']);
    expect(model.dayBands).toEqual([]);
    // Padded so the first and last marks sit inside the plot.
    expect(model.xDomain[0]).toBeLessThan(model.marks[0]!.x);
    expect(model.xDomain[1]).toBeGreaterThan(model.marks[5]!.x);
    expect(model.byX.map((i) => model.marks[i]!.index)).toEqual([4, 5, 6, 8, 11, 12]);
  });

  it('falls back to comment order for an undated log', () => {
    const { model, thread } = modelOf(chatIngest('ubuntu-irc-excerpt.txt'));
    expect(model.xKind).toBe('index');
    expect(model.dayBands).toEqual([]);
    const spoken = thread.comments.filter((c) => !c.system);
    expect(model.marks.map((m) => m.x)).toEqual(spoken.map((c) => c.index));
    expect(model.arcs.length).toBeGreaterThan(0);
  });
});

describe('choosing the axis', () => {
  const at = (time: string, timePrecision?: 'day' | 'minute' | 'second') => ({ time, ...(timePrecision ? { timePrecision } : {}) });

  it('needs a time of day on every comment', () => {
    expect(chooseXKind([at('2020-01-01T10:00:00Z', 'minute'), at('2020-01-01T10:05:00Z', 'minute')])).toBe('time');
    expect(chooseXKind([at('2020-01-01T10:00:00Z', 'minute'), at('2020-01-02T00:00:00Z', 'day')])).toBe('index');
    expect(chooseXKind([at('2020-01-01T10:00:00Z', 'minute'), {}])).toBe('index');
    expect(chooseXKind([at('2020-01-01T10:00:00Z', 'minute')])).toBe('index');
  });

  it('needs times distinct enough to order the comments', () => {
    const sameMinute = Array.from({ length: 10 }, (_, i) => at(i < 8 ? '2020-01-01T10:00:00Z' : `2020-01-01T10:0${i}:00Z`, 'minute'));
    expect(chooseXKind(sameMinute)).toBe('index');
    const spread = Array.from({ length: 10 }, (_, i) => at(`2020-01-01T10:${String(i % 6).padStart(2, '0')}:00Z`, 'minute'));
    expect(chooseXKind(spread)).toBe('time');
  });

  it('reads a midnight time without precision as a bare date', () => {
    expect(hasTimeOfDay({ time: '2020-01-01T00:00:00Z' })).toBe(false);
    expect(hasTimeOfDay({ time: '2020-01-01T13:20:00Z' })).toBe(true);
    expect(hasTimeOfDay({ time: '2020-01-01T00:00:00Z', timePrecision: 'second' })).toBe(true);
  });
});

describe('lanes for people who are answered but silent', () => {
  it('adds a lane after everyone who wrote, and ends the stub there', () => {
    const thread = makeThread([
      ['Ann Lee', 'First.'],
      ['Bo Ek', 'Second.'],
    ]);
    // A participant who wrote nothing shown (e.g. only system lines), answered by comment 2.
    thread.participants.push({ id: 'cy-po', name: 'Cy Po', spellings: ['Cy Po'], commentIndexes: [] });
    const reply: Reply = {
      id: 'c2->cy-po', commentId: 'c2', commentIndex: 2, source: thread.comments[1]!.authorId, target: 'cy-po',
      signal: 'mention', confidence: 0.7,
      evidence: { signal: 'mention', confidence: 0.7, text: 'x', start: 0, end: 0 }, support: [],
    };
    const model = buildTimelineModel(thread, [reply]);
    expect(model.lanes.map((l) => l.name)).toEqual(['Ann Lee', 'Bo Ek', 'Cy Po']);
    expect(model.arcs[0]).toMatchObject({ to: null, toLane: 2, toX: 2 });
  });
});

describe('timeline lanes of a crowded thread', () => {
  // 100 people: person k writes k % 7 + 1 comments, first comments in order of k.
  const rows: [string, string][] = [];
  for (let round = 0; round < 7; round++) {
    for (let k = 0; k < 100; k++) if (round <= k % 7) rows.push([`Person ${k}`, `Comment ${round} by ${k}.`]);
  }
  const thread = makeThread(rows);
  const model = buildTimelineModel(thread, []);

  it(`keeps lanes for the ${MAX_LANES - 1} most active people, in order, and one shared lane for the rest`, () => {
    expect(model.lanes).toHaveLength(MAX_LANES);
    const shared = model.lanes[MAX_LANES - 1]!;
    expect(shared).toMatchObject({ participantId: '', name: '21 others', others: 21 });
    const kept = model.lanes.slice(0, -1).map((l) => Number(l.name.split(' ')[1]));
    // Everyone writing 3 or more comments keeps a lane (k % 7 >= 2), in order of their first comment.
    expect(kept.every((k) => k % 7 >= 2 || k % 7 === 1)).toBe(true);
    expect(kept).toEqual([...kept].sort((a, b) => a - b));
    expect(kept.filter((k) => k % 7 === 0)).toEqual([]);
  });

  it('puts every comment of the least active on the shared lane, and a person there still stands out alone', () => {
    const quiet = thread.participants.find((p) => p.name === 'Person 0')!;
    expect(model.laneOf.get(quiet.id)).toBe(MAX_LANES - 1);
    const theirs = model.marks.filter((m) => m.authorId === quiet.id);
    expect(theirs.every((m) => m.lane === MAX_LANES - 1)).toBe(true);
    const e = emphasisFor(model, { kind: 'participant', id: quiet.id });
    expect([...e.marks!].map((i) => model.marks[i]!.authorId)).toEqual(theirs.map(() => quiet.id));
  });

  it('gives a selected person from the shared lane a lane of their own, in place of the least active kept', () => {
    const quiet = thread.participants.find((p) => p.name === 'Person 0')!;
    const selection = { kind: 'participant' as const, id: quiet.id };
    const keep = laneToKeep(model, selection, undefined);
    expect(keep).toBe(quiet.id);
    const focused = buildTimelineModel(thread, [], keep);
    expect(focused.lanes).toHaveLength(MAX_LANES);
    expect(focused.lanes[MAX_LANES - 1]).toMatchObject({ participantId: '', others: 21 });
    const lane = focused.laneOf.get(quiet.id)!;
    expect(lane).toBeLessThan(MAX_LANES - 1);
    expect(focused.lanes[lane]!.name).toBe('Person 0');
    expect(focused.marks.filter((m) => m.authorId === quiet.id).every((m) => m.lane === lane)).toBe(true);
    // Exactly one person kept before now shares the last lane: of the least active kept (2 comments
    // each: persons 1, 8, …, 57), the one who came last.
    const movedOut = model.lanes.slice(0, -1).filter((l) => focused.laneOf.get(l.participantId) === MAX_LANES - 1);
    expect(movedOut.map((l) => l.name)).toEqual(['Person 57']);
    // While still selected the lane stays; someone with a lane of their own needs none; no selection, no lane.
    expect(laneToKeep(focused, selection, keep)).toBe(quiet.id);
    expect(laneToKeep(model, { kind: 'participant', id: model.lanes[0]!.participantId }, undefined)).toBeUndefined();
    expect(laneToKeep(focused, null, keep)).toBeUndefined();
  });
});

