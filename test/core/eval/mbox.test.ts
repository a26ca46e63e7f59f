import { describe, expect, it } from 'vitest';
import { loadMboxCase } from '../../../src/core/eval/datasets';
import { evaluateCases } from '../../../src/core/eval/evaluate';

// Synthetic: invented people and text.
const MBOX = [
  'From ann@example.org Mon Nov 16 10:00:00 2009',
  'From: Ann Fairweather <ann@example.org>',
  'Date: Mon, 16 Nov 2009 10:00:00 +0000',
  'Subject: Watering rota',
  'Message-ID: <m1@example.org>',
  '',
  'Who can water the beds next week?',
  '',
  'From bert@example.org Mon Nov 16 11:00:00 2009',
  'From: Bert Nolan <bert@example.org>',
  'Date: Mon, 16 Nov 2009 11:00:00 +0000',
  'Subject: Re: Watering rota',
  'Message-ID: <m2@example.org>',
  'In-Reply-To: <m1@example.org>',
  '',
  'Hi Ann,',
  '',
  'I can do Tuesday.',
  '',
  'From cleo@example.org Mon Nov 16 12:00:00 2009',
  'From: Cleo Park <cleo@example.org>',
  'Date: Mon, 16 Nov 2009 12:00:00 +0000',
  'Subject: Re: Watering rota',
  'Message-ID: <m3@example.org>',
  'In-Reply-To: <m1@example.org>',
  '',
  'Hi Ann,',
  '',
  'Thursday works for me.',
  '',
  'From dee@example.org Mon Nov 16 13:00:00 2009',
  'From: Dee Ortiz <dee@example.org>',
  'Date: Mon, 16 Nov 2009 13:00:00 +0000',
  'Subject: Seed swap',
  'Message-ID: <m4@example.org>',
  'In-Reply-To: <elsewhere@example.org>',
  '',
  'Anyone bringing seeds on Saturday?',
  '',
].join('\n');

describe('mbox evaluation case', () => {
  const c = loadMboxCase('garden', MBOX);

  it('takes gold parents from In-Reply-To ids inside the file and hides them from inference', () => {
    const [m1, m2, m3] = c.thread.comments.map((x) => x.id);
    // m4 answers a message that is not in the file: its gold is unknown, so it is not scored.
    expect(c.scored).toEqual([m1, m2, m3]);
    expect(c.goldParents).toEqual(new Map([[m2, new Set([m1])], [m3, new Set([m1])]]));
    expect(c.goldParents.size).toBe(2);
    expect(c.thread.comments.every((x) => x.parentId === undefined)).toBe(true);
    expect(loadMboxCase('garden', MBOX, { keepParentIds: true }).thread.comments.filter((x) => x.parentId).length).toBe(3);
  });

  it('scores the previous-message baseline by hand: m2→m1 right, m3→m2 wrong (m4 not scored)', () => {
    const previous = evaluateCases([c]).find((s) => s.method === 'previous')!;
    expect([previous.link.matched, previous.link.predicted, previous.link.gold]).toEqual([1, 2, 2]);
    // participants: m2→Ann right, m3→Bert wrong.
    expect([previous.participant!.matched, previous.participant!.predicted, previous.participant!.gold]).toEqual([1, 2, 2]);
    expect(previous.coverage).toEqual({ covered: 2, total: 3, share: 2 / 3 });
  });

  it('the mention baseline links both salutations to Ann\'s message', () => {
    const mention = evaluateCases([c]).find((s) => s.method === 'mention')!;
    expect([mention.link.matched, mention.link.predicted, mention.link.gold]).toEqual([2, 2, 2]);
  });
});
