/**
 * Candidate sets of the reply scorer, read through inferReplies' onCandidates hook: which
 * earlier comments are candidates, in what order, and the feature values of each
 * (comment, candidate) pair on small comment threads and chat logs.
 */
import { describe, expect, it } from 'vitest';
import { makeThread, type Row } from '../../../helpers/make-thread';
import { buildThread } from '../../../../src/core/thread';
import { inferReplies } from '../../../../src/core/infer/index';
import { modelFor } from '../../../../src/core/infer/rank/models';
import { CANDIDATE_FEATURES, FEATURES, FEATURE_COUNT, type FeatureName } from '../../../../src/core/infer/rank/features';
import type { RawComment, Thread } from '../../../../src/core/types';

type Features = Record<FeatureName, number>;

interface Scored {
  targets: number[];
  /** Feature values of the candidate comment at `target` (0 = "none"). */
  row: (target: number) => Features;
  cues: ReadonlyMap<string, number>;
}

function chatThread(rows: Row[]): Thread {
  const comments: RawComment[] = rows.map(([author, text, extra]) => ({ author, text, ...extra }));
  return buildThread({ format: 'chat', dialect: 'test', comments, skipped: [], notes: [] }).thread;
}

/** Every scored comment's candidate set by comment index, optionally with a narrower window. */
function candidatesOf(thread: Thread, window?: number): Map<number, Scored> {
  const base = modelFor(thread);
  const out = new Map<number, Scored>();
  inferReplies(thread, {
    model: window === undefined ? base : { ...base, window },
    onCandidates: (comment, set, cues) => {
      const row = (target: number): Features => {
        const k = set.targets.indexOf(target);
        if (k < 0) throw new Error(`comment ${target} is not a candidate of comment ${comment.index}`);
        return Object.fromEntries(FEATURES.map((f, i) => [f, set.x[k * FEATURE_COUNT + i]!])) as Features;
      };
      out.set(comment.index, { targets: [...set.targets], row, cues });
    },
  });
  return out;
}

const GAPS: FeatureName[] = ['gap1', 'gap2', 'gap3', 'gap4to5', 'gap6to10', 'gap11to20', 'gapOver20'];
const gapsOf = (r: Features) => GAPS.filter((g) => r[g] !== 0);
const at = (minute: number): Partial<RawComment> => ({
  time: `2024-03-05T10:${String(minute).padStart(2, '0')}:00Z`, timePrecision: 'second',
});

describe('candidate sets', () => {
  it('takes no candidates by position from another topic (another post of a blog export), but follows a name there', () => {
    const comments: RawComment[] = [
      { author: 'Ann', text: 'Nice post.', topic: 'post 1' },
      { author: 'Bob', text: 'Thanks for this other post.', topic: 'post 2' },
      { author: 'Cy', text: 'Agreed with the post.', topic: 'post 1' },
      { author: 'Dee', text: 'Bob, well said.', topic: 'post 1' },
    ];
    const thread = buildThread({ format: 'wxr', dialect: 'test', comments, skipped: [], notes: [] }).thread;
    const sets = candidatesOf(thread);
    expect(sets.get(2)!.targets).toEqual([0]);
    expect(sets.get(3)!.targets).toEqual([0, 1]);
    // Bob's comment is on another post, so only naming him makes it a candidate.
    expect(sets.get(4)!.targets).toEqual([0, 3, 1, 2]);
    expect(sets.get(4)!.row(2).salutation).toBeGreaterThan(0);
  });

  it('puts "none" first with the bias on, and only "none" features on its row', () => {
    const sets = candidatesOf(makeThread([['Ann', 'One.'], ['Bob', 'Two.'], ['Cy', 'Three?']]));
    expect([...sets.keys()]).toEqual([1, 2, 3]);
    for (const s of sets.values()) {
      expect(s.targets[0]).toBe(0);
      const none = s.row(0);
      expect(none.noneBias).toBe(1);
      for (const f of CANDIDATE_FEATURES) expect(none[f]).toBe(0);
      for (const t of s.targets.slice(1)) expect(s.row(t).noneBias).toBe(0);
    }
    expect(sets.get(1)!.targets).toEqual([0]);
    expect(sets.get(3)!.row(0).noneAsks).toBe(1);
    expect(sets.get(2)!.row(0).noneAsks).toBe(0);
  });

  it('lists the window nearest first and leaves out system lines', () => {
    const sets = candidatesOf(chatThread([
      ['ann', 'morning'], ['bob', 'hi there'], ['zed', 'zed has joined', { system: true }],
      ['cy', 'what a day'], ['dee', 'indeed it is'],
    ]));
    expect(sets.has(3)).toBe(false);
    expect(sets.get(4)!.targets).toEqual([0, 2, 1]);
    expect(sets.get(5)!.targets).toEqual([0, 4, 2, 1]);
  });

  it('stops at the window, but adds the latest comment of a person named beyond it', () => {
    const rows: Row[] = [
      ['Ann Lee', 'First thoughts.'], ['Ann Lee', 'More thoughts.'], ['Bob Stone', 'Second.'],
      ['Cy Park', 'Third.'], ['Dee Moss', 'Fourth.'],
    ];
    const plain = candidatesOf(makeThread(rows), 2);
    expect(plain.get(5)!.targets).toEqual([0, 4, 3]);
    const named = candidatesOf(makeThread([...rows, ['Eve Hart', 'Ann, I agree.']]), 2);
    expect(named.get(6)!.targets).toEqual([0, 5, 4, 2]);
    const ann = named.get(6)!.row(2);
    expect(ann.salutation).toBeGreaterThan(0);
    expect(gapsOf(ann)).toEqual(['gap4to5']);
  });

  it("puts a salutation's strength on the addressee's latest comment and namedOlder on their older ones", () => {
    const s = candidatesOf(makeThread([
      ['Ann Lee', 'Opening post.'], ['Bob Stone', 'A reply.'], ['Ann Lee', 'A follow-up.'], ['Cy Park', 'Ann, I agree.'],
    ])).get(4)!;
    expect(s.targets).toEqual([0, 3, 2, 1]);
    const latest = s.row(3), older = s.row(1), bob = s.row(2);
    expect(latest.salutation).toBeGreaterThan(0.5);
    expect(latest.salutation).toBeLessThanOrEqual(s.cues.get('ann-lee')!);
    expect(latest.namedOlder).toBe(0);
    expect(latest.authorsLatest).toBe(1);
    expect(older.salutation).toBe(0);
    expect(older.namedOlder).toBe(1);
    expect(older.authorsLatest).toBe(0);
    expect(bob.salutation).toBe(0);
    expect(bob.namedOlder).toBe(0);
    expect(bob.namesSomeoneElse).toBe(1);
    expect(latest.namesSomeoneElse).toBe(0);
    expect(s.row(0).noneHasCue).toBe(1);
  });

  it("marks the author's own earlier comments, the latest of them, and comments they have spoken since", () => {
    const s = candidatesOf(makeThread([
      ['Ann', 'One.'], ['Bob', 'Two.'], ['Ann', 'Three.'], ['Bob', 'Four.'], ['Ann', 'Five.'],
    ])).get(5)!;
    expect(s.targets).toEqual([0, 4, 3, 2, 1]);
    const pick = (f: FeatureName) => s.targets.slice(1).filter((t) => s.row(t)[f] === 1);
    expect(pick('sameAuthor')).toEqual([3, 1]);
    expect(pick('ownLatest')).toEqual([3]);
    expect(pick('authorSpokeSince')).toEqual([2, 1]);
    expect(s.row(0).noneFirstComment).toBe(0);
    const first = candidatesOf(makeThread([['Ann', 'One.'], ['Bob', 'Two.']])).get(2)!;
    expect(first.row(0).noneFirstComment).toBe(1);
    expect(first.row(1).sameAuthor).toBe(0);
  });

  it('sets exactly one gap feature per candidate, counting comments but not system lines', () => {
    const sets = candidatesOf(chatThread([
      ['ann', 'first words'], ['bob', 'second words'],
      ['zed', 'zed has joined', { system: true }], ['yan', 'yan has quit', { system: true }],
      ['cy', 'third words'], ['xia', 'xia has joined', { system: true }], ['dee', 'fourth words'],
    ]));
    for (const s of sets.values()) for (const t of s.targets.slice(1)) expect(gapsOf(s.row(t))).toHaveLength(1);
    const last = sets.get(7)!;
    expect(last.targets).toEqual([0, 5, 2, 1]);
    expect(gapsOf(last.row(5))).toEqual(['gap1']);
    expect(gapsOf(last.row(2))).toEqual(['gap2']);
    expect(gapsOf(last.row(1))).toEqual(['gap3']);
    const long = candidatesOf(makeThread(Array.from({ length: 25 }, (_, i): Row => [`Person${i % 5}`, `Comment ${i + 1}.`])), 30).get(25)!;
    expect(gapsOf(long.row(24))).toEqual(['gap1']);
    expect(gapsOf(long.row(20))).toEqual(['gap4to5']);
    expect(gapsOf(long.row(15))).toEqual(['gap6to10']);
    expect(gapsOf(long.row(5))).toEqual(['gap11to20']);
    expect(gapsOf(long.row(1))).toEqual(['gapOver20']);
  });

  it('reads minutes between timed comments and flags unknown or day-only times', () => {
    const timed = candidatesOf(chatThread([['ann', 'first words', at(0)], ['bob', 'second words', at(6)], ['cy', 'third words', at(6)]]));
    expect(timed.get(2)!.row(1).logMinutes).toBeCloseTo(Math.log1p(6), 10);
    expect(timed.get(2)!.row(1).timeUnknown).toBe(0);
    expect(timed.get(3)!.row(2).logMinutes).toBe(0);
    expect(timed.get(3)!.row(2).timeUnknown).toBe(0);

    const untimed = candidatesOf(makeThread([['Ann', 'One.'], ['Bob', 'Two.']])).get(2)!.row(1);
    expect(untimed.timeUnknown).toBe(1);
    expect(untimed.logMinutes).toBe(0);

    const half = candidatesOf(makeThread([['Ann', 'One.', at(0)], ['Bob', 'Two.']])).get(2)!.row(1);
    expect(half.timeUnknown).toBe(1);
    expect(half.logMinutes).toBe(0);

    const day = { time: '2024-03-05T00:00:00Z', timePrecision: 'day' } as const;
    const dated = candidatesOf(makeThread([['Ann', 'One.', day], ['Bob', 'Two.', day]])).get(2)!.row(1);
    expect(dated.timeUnknown).toBe(1);
    expect(dated.logMinutes).toBe(0);
  });

  it('notes when the candidate addressed this author and when the two have talked before', () => {
    const sets = candidatesOf(makeThread([
      ['Ann Lee', 'Opening post.'], ['Cy Park', 'Unrelated note.'], ['Bob Stone', 'Ann, why so?'],
      ['Ann Lee', 'Bob, because.'], ['Bob Stone', 'I see now.'],
    ]));
    const before = sets.get(3)!.row(1);
    expect(before.candidateAddressedAuthor).toBe(0);
    expect(before.talkedBefore).toBe(0);
    const answer = sets.get(4)!;
    expect(answer.row(3).candidateAddressedAuthor).toBe(1);
    expect(answer.row(3).talkedBefore).toBe(1);
    expect(answer.row(2).candidateAddressedAuthor).toBe(0);
    expect(answer.row(2).talkedBefore).toBe(0);
    const after = sets.get(5)!;
    expect(after.row(4).candidateAddressedAuthor).toBe(1);
    expect(after.row(4).talkedBefore).toBe(1);
    expect(after.row(2).talkedBefore).toBe(0);
  });

  it('counts an earlier exchange of the two only when it falls within the window, to the comment', () => {
    const thread = makeThread([
      ['Ann Lee', 'Opening post.'], ['Cy Park', 'Unrelated note.'], ['Bob Stone', 'Ann, why so?'],
      ['Dee Fox', 'Another note.'], ['Eve Moss', 'More notes.'], ['Bob Stone', 'Ann, and also this.'],
    ]);
    // Comment 6 names Ann again: her comment 1 is a candidate however narrow the window.
    // The exchange at comment 3 counts from a window of 3 (back to comment 3) up, not below.
    expect(candidatesOf(thread, 3).get(6)!.row(1).talkedBefore).toBe(1);
    expect(candidatesOf(thread, 2).get(6)!.row(1).talkedBefore).toBe(0);
    expect(candidatesOf(thread, 2).get(6)!.row(1).salutation).toBeGreaterThan(0);
  });

  it('counts rare long words two comments share, and stops once a word is common', () => {
    const sets = candidatesOf(makeThread([
      ['Ann', 'Photosynthesis matters.'], ['Bob', 'Nice weather today.'], ['Cy', 'Photosynthesis indeed.'],
    ]));
    expect(sets.get(3)!.row(1).sharedRareWords).toBeCloseTo(Math.log1p(1), 10);
    expect(sets.get(3)!.row(2).sharedRareWords).toBe(0);
    const rows: Row[] = Array.from({ length: 6 }, (_, i): Row => [`Person${i}`, `Photosynthesis again, part ${i}.`]);
    const common = candidatesOf(makeThread(rows)).get(6)!;
    expect(common.row(5).sharedRareWords).toBe(0);
  });
});
