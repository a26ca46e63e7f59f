/**
 * How the scorer's probabilities become parent links and replies, through inferReplies on
 * small threads: at most one link per comment, continuations without self-replies, replies to
 * people who have not spoken yet, position-only replies, secondary replies and signal filters.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeThread, replyList, type Row } from '../../../helpers/make-thread';
import { buildThread } from '../../../../src/core/thread';
import { inferReplies } from '../../../../src/core/infer/index';
import { keepSignals } from '../../../../src/core/infer/signal-filter';
import { THREAD_MODEL } from '../../../../src/core/infer/rank/models';
import { SECONDARY_MIN_PROBABILITY } from '../../../../src/core/infer/rank/decide';
import { FEATURES, type FeatureName } from '../../../../src/core/infer/rank/features';
import type { ScorerModel } from '../../../../src/core/infer/rank/model';
import { loadIrcCase } from '../../../../src/core/eval/datasets';
import { SIGNALS, type RawComment, type Signal, type Thread } from '../../../../src/core/types';

function chatThread(rows: Row[]): Thread {
  const comments: RawComment[] = rows.map(([author, text, extra]) => ({ author, text, ...extra }));
  return buildThread({ format: 'chat', dialect: 'test', comments, skipped: [], notes: [] }).thread;
}

/** A hand-made scorer: only the named weights are non-zero, and no final calibration. */
function modelWith(w: Partial<Record<FeatureName, number>>): ScorerModel {
  const weights = Object.fromEntries(FEATURES.map((f) => [f, w[f] ?? 0])) as Record<FeatureName, number>;
  return { name: 'test', window: 10, weights, cue: { scale: 1, offset: 0 } };
}

const debate: Row[] = [
  ['Ann Lee', 'I like cats.'],
  ['Bob Stone', 'Ann, I do not like cats. "I like cats" is wrong.'],
  ['Cy Park', 'Bob and Ann, both wrong; dogs are better.'],
  ['Dee Roe', 'Interesting thread overall.'],
  ['Bob Stone', 'I read what Cy said about dogs and disagree.'],
];

describe('decide', () => {
  it('gives each comment at most one parent link, always to an earlier comment', () => {
    const dir = new URL('../../../fixtures/eval/', import.meta.url);
    const irc = loadIrcCase('sample', readFileSync(new URL('irc-sample.raw.txt', dir), 'utf8'), readFileSync(new URL('irc-sample.annotation.txt', dir), 'utf8'));
    for (const thread of [irc.thread, makeThread(debate)]) {
      const { links, replies } = inferReplies(thread);
      const index = new Map(thread.comments.map((c) => [c.id, c.index]));
      expect(links.length).toBeGreaterThan(0);
      expect(new Set(links.map((l) => l.commentId)).size).toBe(links.length);
      for (const l of links) {
        expect(index.get(l.parentId)!).toBeLessThan(index.get(l.commentId)!);
        expect(l.confidence).toBeGreaterThan(0);
        expect(l.confidence).toBeLessThanOrEqual(1);
      }
      for (const r of replies) expect(r.target).not.toBe(r.source);
      expect(new Set(replies.map((r) => r.id)).size).toBe(replies.length);
    }
  });

  it('links a continuation to the same author without a reply to oneself', () => {
    const thread = chatThread([['ann', 'anyone using btrfs here'], ['bob', 'what for'], ['bob', 'and which kernel']]);
    const { links, replies } = inferReplies(thread);
    expect(links.find((l) => l.commentId === 'c3')?.parentId).toBe('c2');
    expect(replies.filter((r) => r.commentIndex === 3)).toEqual([]);
  });

  it('answers a person named before they have spoken, with no target comment', () => {
    const r = inferReplies(makeThread([['Ann Lee', 'Opening post.'], ['Bob Stone', 'Cy, what do you think?'], ['Cy Park', 'I think so.']]));
    const toCy = r.replies.find((x) => x.commentIndex === 2);
    expect(toCy).toMatchObject({ target: 'cy-park', signal: 'salutation' });
    expect(toCy!.targetCommentId).toBeUndefined();
    expect(toCy!.evidence.text).toBe('Cy');
  });

  it('makes a structure-only reply with adjacency evidence, shown only when adjacency is on', () => {
    const model = modelWith({ gap2: 10 });
    const thread = makeThread([['Ann', 'One.'], ['Bob', 'Two.'], ['Cy', 'Three.'], ['Dee', 'Four.']]);
    const on = inferReplies(thread, { model, signals: ['adjacency'] });
    expect(on.links.map((l) => `${l.commentId}>${l.parentId}`)).toEqual(['c3>c1', 'c4>c2']);
    expect(replyList(thread, on.replies)).toEqual(['3:Cy->Ann(adjacency)', '4:Dee->Bob(adjacency)']);
    expect(on.replies.map((r) => r.evidence.text)).toEqual(['2 comments after comment 1', '2 comments after comment 2']);
    expect(on.replies[0]!.targetCommentId).toBe('c1');
    expect(on.replies[0]!.support).toHaveLength(1);

    const next = inferReplies(thread, { model: modelWith({ gap1: 10 }), signals: ['adjacency'] });
    expect(next.replies.map((r) => r.evidence.text)).toEqual(['follows comment 1', 'follows comment 2', 'follows comment 3']);

    const off = inferReplies(thread, { model });
    expect(off.replies).toEqual([]);
    expect(off.links).toEqual(on.links);
  });

  it('keeps a secondary reply only at SECONDARY_MIN_PROBABILITY or above', () => {
    const thread = makeThread(debate);
    const withSalutation = (value: number): ScorerModel => ({
      ...THREAD_MODEL,
      replies: { ...THREAD_MODEL.replies!, secondary: { ...THREAD_MODEL.replies!.secondary, salutation: { upTo: [1], value: [value] } } },
    });
    const third = (value: number) => inferReplies(thread, { model: withSalutation(value) }).replies.filter((r) => r.commentIndex === 3);
    const low = third(SECONDARY_MIN_PROBABILITY - 0.01);
    const high = third(SECONDARY_MIN_PROBABILITY + 0.01);
    // Bob's comment is comment 3's parent: the reply to him is primary and stays either way.
    expect(low.map((r) => r.target)).toEqual(['bob-stone']);
    expect(high.map((r) => r.target).sort()).toEqual(['ann-lee', 'bob-stone']);
    expect(high.find((r) => r.target === 'ann-lee')!.confidence).toBeCloseTo(SECONDARY_MIN_PROBABILITY + 0.01, 10);
    expect(high.find((r) => r.target === 'bob-stone')!.confidence).toBe(low[0]!.confidence);
  });

  it('filters replies by signal without changing confidences or links', () => {
    const thread = makeThread(debate);
    const all = inferReplies(thread, { signals: SIGNALS });
    expect(all.replies.some((r) => r.support.length > 1)).toBe(true);
    const subsets: Signal[][] = [['salutation'], ['quote'], ['mention'], ['adjacency'], ['quote', 'adjacency'], ['explicit', 'reference']];
    let hidden = 0;
    for (const subset of subsets) {
      const enabled = new Set(subset);
      const direct = inferReplies(thread, { signals: subset });
      const filtered = all.replies.map((r) => keepSignals(r, enabled)).filter((r) => r !== undefined);
      expect(direct.replies).toEqual(filtered);
      expect(direct.links).toEqual(all.links);
      for (const r of direct.replies) {
        expect(enabled.has(r.signal)).toBe(true);
        expect(r.confidence).toBe(all.replies.find((a) => a.id === r.id)!.confidence);
      }
      hidden += all.replies.length - direct.replies.length;
    }
    expect(hidden).toBeGreaterThan(0);
    const quoteOnly = inferReplies(thread, { signals: ['quote'] }).replies.find((r) => r.commentIndex === 2)!;
    expect(quoteOnly.signal).toBe('quote');
    expect(quoteOnly.support.map((e) => e.signal)).toEqual(['quote']);
  });

  it('counts comments, not system lines, in the evidence of a reply by position', () => {
    const thread = chatThread([['ann', 'anyone using btrfs here'], ['zed', 'zed has joined', { system: true }], ['bob', 'yes, for years']]);
    const r = inferReplies(thread, { model: modelWith({ gap1: 10 }), signals: ['adjacency'] });
    expect(r.replies.map((x) => `${x.commentIndex}:${x.evidence.text}`)).toEqual(['3:follows comment 1']);
  });
});
