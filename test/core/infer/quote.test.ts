import { describe, expect, it } from 'vitest';
import { infer } from '../../helpers/make-thread';

const LONG = 'the committee never published the minutes of the March meeting even after repeated requests';

describe('quote', () => {
  it('finds quoted words of an earlier comment and points at that comment', () => {
    const r = infer([
      ['Ann', `I think ${LONG}.`],
      ['Bob', 'Unrelated.'],
      ['Cy', `"the minutes of the March meeting" were published, actually.`],
    ]);
    expect(r.list).toEqual(['3:Cy->Ann(quote)']);
    expect(r.replies[0]!.targetCommentId).toBe('c1');
    expect(r.replies[0]!.evidence.text).toBe('the minutes of the March meeting');
  });

  it('finds curly-quoted and short quotes, ignoring apostrophe and ellipsis style', () => {
    const r = infer([['Ann', "Why even have discussions... it's pointless."], ['Bob', 'I say: “Why even have discussions…” Because we must.']]);
    expect(r.list).toEqual(['2:Bob->Ann(quote)']);
  });

  it('gives requoted words to their original author, never to oneself', () => {
    const r = infer([
      ['Ann', `Listen: ${LONG}.`],
      ['Bob', `Ann said "${LONG}" and I agree.`],
      ['Bob', `Again: "${LONG}".`],
    ]);
    expect(r.list).toEqual(['2:Bob->Ann(quote)', '3:Bob->Ann(quote)']);
    expect(r.replies[1]!.targetCommentId).toBe('c1');
  });

  it('ignores words the text attributes to someone outside the thread', () => {
    const r = infer([
      ['Ann', 'He told the press: My conscience is clear and I would do it again.'],
      ['Bob', 'Heydari :\n"My conscience is clear and I would do it again"\nSure.'],
    ]);
    expect(r.list).toEqual([]);
  });

  it('counts a long unmarked copy, but not a short one', () => {
    const r = infer([['Ann', `Fact: ${LONG}.`], ['Bob', `Well ${LONG} and so what.`], ['Cy', 'the minutes of the March meeting are dull']]);
    expect(r.list).toEqual(['2:Bob->Ann(quote)']);
    // Unmarked copying is weaker evidence than a marked quotation.
    expect(r.replies[0]!.evidence.confidence).toBeLessThan(0.8);
  });

  it('counts words quoted inside a quotation ("> > ") as weak evidence only', () => {
    const r = infer([
      ['Ann Lee', 'The scheduler change breaks every real time workload we run here.'],
      ['Bob Stone', '> The scheduler change breaks every real time workload we run here.\n\nOnly with the debug option turned on.'],
      ['Cy Park', '> Only with the debug option turned on.\n> > The scheduler change breaks every real time workload we run here.\n\nThen turn it off.'],
    ]);
    const cy = r.replies.filter((x) => x.commentIndex === 3);
    expect(cy[0]!.target).toBe('bob-stone');
    const ann = cy.find((x) => x.target === 'ann-lee');
    if (ann) expect(ann.evidence.confidence).toBeLessThan(0.3);
    expect(r.links.find((l) => l.commentId === 'c3')!.parentId).toBe('c2');
  });

  it('reads "> " quoted mail lines and attribution lines', () => {
    const r = infer([
      ['Joe Perches', 'Signed-off-by lines are required for every patch sent to this list.'],
      ['Kim', 'On Sun, Nov 14, 2010 at 07:04:30PM -0800, Joe Perches wrote:\n> Signed-off-by lines are required for every patch\n\nAgreed.'],
    ]);
    expect(r.list).toEqual(['2:Kim->Joe Perches(quote)']);
    expect(r.replies[0]!.support.map((e) => e.text)).toContain('On Sun, Nov 14, 2010 at 07:04:30PM -0800, Joe Perches wrote:');
    expect(r.replies[0]!.targetCommentId).toBe('c1');
  });

  it('evidence offsets point at the exact words in the comment', () => {
    const r = infer([['Ann', `So ${LONG}.`], ['Bob', `Ann, "${LONG}" is false.`]]);
    const comment = r.thread.comments[1]!;
    for (const reply of r.replies) for (const e of reply.support) {
      if (e.end > e.start) expect(comment.text.slice(e.start, e.end)).toBe(e.text);
    }
    expect(r.replies[0]!.support.map((e) => e.signal).sort()).toEqual(['quote', 'salutation']);
  });
});
