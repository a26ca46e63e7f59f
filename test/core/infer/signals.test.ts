import { describe, expect, it } from 'vitest';
import { infer } from '../../helpers/make-thread';

describe('salutation', () => {
  it('fires on a name opening the comment, a paragraph or a line, with the right strength', () => {
    const r = infer([
      ['Ann Lee', 'First post.'],
      ['Bob Stone', 'Second post.'],
      ['Cy Park', 'Ann,\nI agree.\n\nBob: no.\nStill thinking.\nAnn - yes.'],
    ]);
    expect(r.list).toEqual(['3:Cy Park->Ann Lee(salutation)', '3:Cy Park->Bob Stone(salutation)']);
    const ann = r.replies.find((x) => x.target === 'ann-lee')!;
    expect(ann.support.map((e) => e.text)).toEqual(['Ann', 'Ann']);
    expect(ann.support[0]!.confidence).toBeGreaterThan(r.replies.find((x) => x.target === 'bob-stone')!.support[0]!.confidence);
  });

  it('accepts greetings and several addressees', () => {
    const r = infer([
      ['Daniel Roe', 'Post.'], ['Max Field', 'Post.'], ['Zed', 'Hi Daniel and Max,\nthanks both.'],
    ]);
    expect(r.list).toEqual(['3:Zed->Daniel Roe(salutation)', '3:Zed->Max Field(salutation)']);
  });

  it('accepts greetings and thanks in other languages before the name', () => {
    const r = infer([
      ['Daniel Roe', 'Post.'], ['Max Field', 'Post.'], ['Zed', 'Hola Daniel, gracias.\nDanke Max: ja.'],
    ]);
    expect(r.list).toEqual(['3:Zed->Daniel Roe(salutation)', '3:Zed->Max Field(salutation)']);
    // Nobody by that name: the name, not the greeting with it, is reported.
    expect(infer([['Ann', 'Post.'], ['Bo', 'Hola Alan, ya.']]).unresolvedNames.map((n) => n.text)).toEqual(['Alan']);
  });

  it('reads chat handles carrying "_", "`" or "|" around the name', () => {
    const r = infer([
      ['_timello', 'my video has no sound'], ['benh`', 'is hoary stable?'], ['xabbu|', 'need ssh on windows'],
      ['Nafallo', '_timello: probably missing codecs\nbenh`: not yet\nxabbu|: try putty'],
      ['Ola', 'timello| is a strange word'],
    ]);
    expect(r.list).toEqual(['4:Nafallo->_timello(salutation)', '4:Nafallo->benh`(salutation)', '4:Nafallo->xabbu|(salutation)', '5:Ola->_timello(mention)']);
    // The evidence is the name itself, without the decoration.
    expect(r.replies.filter((x) => x.commentIndex === 4).map((x) => x.evidence.text).sort()).toEqual(['benh', 'timello', 'xabbu']);
  });

  it('reads an @handle opening a line as a salutation without punctuation after it, and one in prose as a mention', () => {
    const r = infer([
      ['Sarah Jones (@sarahjones)', 'the second half was much better'],
      ['Tom Reyes (@tomr)', 'agreed about the music'],
      ['Lee', '@sarahjones agreed, the ending made it\n\nthanks @tomr for the link'],
      ['Kim', 'I read what @sarahjones wrote'],
    ]);
    expect(r.list).toEqual(['3:Lee->Sarah Jones (@sarahjones)(salutation)', '3:Lee->Tom Reyes (@tomr)(salutation)', '4:Kim->Sarah Jones (@sarahjones)(mention)']);
    expect(r.replies.filter((x) => x.commentIndex === 3).map((x) => x.evidence.text).sort()).toEqual(['@sarahjones', '@tomr']);
  });

  it('fires on a vocative closing a sentence', () => {
    const r = infer([['Yukon', 'You are wrong.'], ['Akon', 'I love you too, Yukon. Really.']]);
    expect(r.list).toEqual(['2:Akon->Yukon(salutation)']);
  });

  it('resolves a typo in salutation position only', () => {
    const r = infer([
      ['Arshama', 'Post.'],
      ['Kay', 'Arshma, you misread me.'],
      ['Lou', 'The Arshma theory is odd.'],
    ]);
    expect(r.list).toEqual(['2:Kay->Arshama(salutation)']);
  });

  it('reports capitalised names in salutation position that match nobody', () => {
    const r = infer([['Ann', 'Post.'], ['Bo', 'Heydari:\nhe said it.']]);
    expect(r.list).toEqual([]);
    expect(r.unresolvedNames.map((n) => n.text)).toEqual(['Heydari']);
  });

  it('reads interjections and chat abbreviations opening a line as words, not as names or typos of one', () => {
    const r = infer([
      ['Whoopi Lane', 'Post.'],
      ['Ann', 'Hmm, not sure.\nWhoops, that broke.\nFYI: it is fixed.\nIIRC, it was Tuesday.\nHeydari: thanks.'],
    ]);
    // "Whoops" is one letter from "Whoopi", but a word of online talk is never read as a typo of a name.
    expect(r.list).toEqual([]);
    expect(r.unresolvedNames.map((n) => n.text)).toEqual(['Heydari']);
  });

  it('does not fire names that are ordinary words in prose', () => {
    const r = infer([
      ['Bill', 'Hello.'], ['Will', 'Hi.'], ['Grace', 'Hey.'], ['ange paris', 'Bonjour.'],
      ['Zoe', 'I paid the Bill twice. Will you come? Grace under pressure is rare. I lived in Paris.'],
      ['Yan', 'Will, you are right.\nBill: thanks.'],
    ]);
    expect(r.list).toEqual(['6:Yan->Bill(salutation)', '6:Yan->Will(salutation)']);
  });

  it('does not fire a name made of digits on the same number in prose, but does where a name is expected', () => {
    const r = infer([
      ['20201', 'Hello.'], ['Ann', 'Back in 20201 this worked, and 20201 times since.'],
      ['Bo', '20201, you are right.'],
    ]);
    expect(r.list).toEqual(['3:Bo->20201(salutation)']);
  });

  it('never makes a reply to oneself (signatures)', () => {
    const r = infer([['Bill', 'Post.\n\nThx\nBill'], ['Arshama', 'Text.\n\nArshama']]);
    expect(r.replies).toEqual([]);
  });
});

describe('mention', () => {
  it('is weaker than a salutation, and beside someone else addressed too weak to keep', () => {
    const r = infer([
      ['Eric Brill', 'Post.'], ['Catherine', 'Post.'],
      ['Megan', 'I read it in Eric\'s words yesterday.'],
      ['Tom', 'Catherine,\nas Eric says, it is unclear.'],
    ]);
    expect(r.list).toEqual(['3:Megan->Eric Brill(mention)', '4:Tom->Catherine(salutation)']);
    const m3 = r.replies[0]!;
    const s4 = r.replies.find((x) => x.commentIndex === 4)!;
    expect(m3.evidence.text).toBe("Eric's");
    expect(m3.evidence.confidence).toBeLessThan(s4.evidence.confidence);
  });

  it('ignores names inside quotation marks', () => {
    const r = infer([['Eric Brill', 'Post.'], ['Ann', 'He wrote "Eric is wrong" somewhere else.']]);
    expect(r.list).toEqual([]);
  });
});

describe('explicit, reference and adjacency', () => {
  it('uses parent ids, ignoring self-parents and parents outside the thread', () => {
    const r = infer([
      ['Ann', 'Root', { id: 'a1' }],
      ['Bob', 'Child', { id: 'b1', parentId: 'a1' }],
      ['Bob', 'Self', { id: 'b2', parentId: 'b1' }],
      ['Cy', 'Dangling', { id: 'c1', parentId: 'zz' }],
    ]);
    expect(r.list).toEqual(['2:Bob->Ann(explicit)']);
    expect(r.replies[0]!.targetCommentId).toBe('a1');
    expect(r.replies[0]!.confidence).toBeGreaterThanOrEqual(0.99);
  });

  it('follows post numbers, but "my post N" points at oneself', () => {
    const r = infer([
      ['Ann', 'One.'], ['Bob', 'Two.'], ['Cy', 'Three.'],
      ['Bob', 'As I said in my post 2, and see post 2 again, but post 1 is wrong.'],
      ['Dee', 'Re #3: fine. Also >>1 is old. I posted a comment 2 days ago.'],
    ]);
    expect(r.list).toEqual(['4:Bob->Ann(reference)', '5:Dee->Ann(reference)', '5:Dee->Cy(reference)']);
    expect(r.replies.find((x) => x.commentIndex === 5 && x.target === 'cy')!.targetCommentId).toBe('c3');
  });

  it('does not read "bug #2", "issue #1", "PR #3" or a comment\'s own list items as comment numbers', () => {
    const r = infer([
      ['Ann', 'Opening.'], ['Bob', 'Second.'], ['Cy', 'Third.'],
      ['Dee', 'I hit bios bug #2 again, see issue #1 and PR #3.'], ['Eve', 'Agree with #2.'],
      ['Fay', 'I need two steps: 1) mount the disk 2) run fsck. Does #1 make #2 needless?'],
      ['Gus', 'Options:\n1. reboot\n2. wait\nI prefer #2, and #3 is right.'],
    ]);
    // Fay's and Gus's "#1" and "#2" number their own lists; Gus's "#3" is Cy's comment.
    expect(r.list).toEqual(['5:Eve->Bob(reference)', '7:Gus->Cy(reference)']);
  });

  it('does not read a rank ("the #1 and #2 results", "my #3 choice") as comment numbers', () => {
    const r = infer([
      ['Ann', 'Opening.'], ['Bob', 'Second.'], ['Cy', 'Third.'],
      ['Dee', 'The #1 and #2 results were the same, and my #3 choice too.'],
      ['Eve', 'Our #1, #2 or #3 pick? I side with #2 and #3 here.'],
    ]);
    // Only Eve's closing "#2 and #3" points at comments.
    expect(r.list).toEqual(['5:Eve->Bob(reference)', '5:Eve->Cy(reference)']);
  });

  it('counts comment numbers and "the previous comment" within the post a comment was left on (blog exports)', () => {
    const a = { topic: 'post 1' }, b = { topic: 'post 2' };
    const r = infer([
      ['Ann', 'Opening thought.', a], ['Bob', 'Another opening.', b], ['Cy', 'A second view.', a],
      // #1 of post 2 is Bob's; the previous comment on post 1 is Cy's; post 2 has no comment 3 before Fay's.
      ['Dee', 'I agree with #1 here.', b], ['Eve', 'The previous comment is right.', a], ['Fay', 'Comment 3 is odd.', b],
    ]);
    expect(r.list).toEqual(['4:Dee->Bob(reference)', '5:Eve->Cy(reference)']);
  });

  it('adjacency (position alone) is off by default outside chat logs and below a named reply when asked for', () => {
    const rows: [string, string][] = [['Ann', 'Hello there.'], ['Bob', 'Indeed so.'], ['Bob', 'More.']];
    expect(infer(rows).list).toEqual([]);
    const r = infer(rows, ['adjacency']);
    expect(r.list).toEqual(['2:Bob->Ann(adjacency)']);
    expect(r.replies[0]!.evidence.text).toBe('follows comment 1');
    const named = infer([['Ann', 'Hello there.'], ['Bob', 'Ann, indeed so.']]);
    expect(r.replies[0]!.confidence).toBeLessThan(named.replies[0]!.confidence);
  });
});
