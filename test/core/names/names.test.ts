import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fold, nameKey, nameTokens, tokenize } from '../../../src/core/names/fold';
import { buildParticipants } from '../../../src/core/names/participants';
import { buildAliasIndex, typoLookup } from '../../../src/core/names/aliases';
import { findNameHits } from '../../../src/core/names/matcher';
import { editDistance } from '../../../src/core/names/typo';
import { isOrdinaryWord } from '../../../src/core/names/ordinary-words';
import { Lexicon } from '../../../src/core/names/lexicon';
import { MARK_QUESTION } from '../../../src/core/names/word-chars';
import type { RawComment } from '../../../src/core/types';

function participants(...names: string[]) {
  return buildParticipants(names.map((author): RawComment => ({ author, text: 'x' }))).participants;
}

function hitNames(text: string, ...names: string[]): string[] {
  const ps = participants(...names);
  const lexicon = new Lexicon();
  const index = buildAliasIndex(ps, lexicon);
  return findNameHits(text, index, lexicon.tokenize(text)).map((h) => `${text.slice(h.start, h.end)}=${h.entries.map((e) => ps.find((p) => p.id === e.participantId)!.name).join('|')}`);
}

describe('spelling variants make one participant', () => {
  it('merges case, punctuation and spacing variants', () => {
    expect(nameKey('M.Ali')).toBe(nameKey('M. Ali'));
    expect(nameKey('M Ali')).toBe(nameKey('m.ali'));
    const ps = participants('M.Ali', 'M. Ali', 'Eric A. Brill', 'eric a. brill');
    expect(ps.map((p) => p.name)).toEqual(['M.Ali', 'Eric A. Brill']);
    expect(ps[0]!.spellings).toEqual(['M.Ali', 'M. Ali']);
  });

  it('keeps different people apart', () => {
    expect(participants('Scott Lucas', 'escot', 'Scott').map((p) => p.id)).toEqual(['scott-lucas', 'escot', 'scott']);
  });

  it('gives each comment of a removed account its own participant, with no name to be addressed by', () => {
    const table = buildParticipants([
      { author: 'ann', text: 'a' },
      { author: '[deleted]', text: 'b' },
      { author: 'bob', text: 'c' },
      { author: ' [Deleted] ', text: 'd' },
      { author: '[removed]', text: 'e' },
      { author: 'ann', text: 'f' },
    ]);
    expect(table.participants.map((p) => [p.id, p.name, p.spellings, p.commentIndexes])).toEqual([
      ['ann', 'ann', ['ann'], [1, 6]],
      ['deleted', '[deleted]', [], [2]],
      ['bob', 'bob', ['bob'], [3]],
      ['deleted-2', '[Deleted]', [], [4]],
      ['removed', '[removed]', [], [5]],
    ]);
    expect([0, 1, 2, 3, 4, 5].map((i) => table.idAt(i))).toEqual(['ann', 'deleted', 'bob', 'deleted-2', 'removed', 'ann']);
  });

  it('merges a chat nick change into one person', () => {
    const table = buildParticipants([
      { author: 'alpha', text: 'hi' },
      { author: 'alpha', text: 'alpha is now known as alpha_', system: true, renamedTo: 'alpha_' },
      { author: 'alpha_', text: 'back' },
    ]);
    expect(table.participants).toHaveLength(1);
    expect(table.participants[0]!.commentIndexes).toEqual([1, 3]);
  });
});

describe('ASCII spellings take a path without Unicode patterns, with the same results', () => {
  const spellings = [
    'Eric A. Brill', "O'Neil-Smith Jr", "Ann's 2nd (@ann_2)", 'SCOTT', 'M.Ali', '  j   doe  ', "rock'n'roll 4ever", "it's'", 'x86_64 Dev',
    'Dr. (Retired) Kim', '---', '', 'a1b2 c3', "'quoted'", 'Zoë Éclair', 'Jürgen (ASCII neighbours)',
  ];

  it('name tokens equal those of the general tokenizer', () => {
    for (const s of spellings) expect(nameTokens(s), s).toEqual(tokenize(s.replace(/\([^)]*\)/g, ' ')).map((t) => t.norm));
  });

  it('participant ids equal the slug made with the Unicode pattern', () => {
    const general = (name: string) => fold(name).replace(/\([^)]*\)/g, ' ').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'anonymous';
    const named = spellings.filter((s) => s.trim() !== '');
    const { participants } = buildParticipants(named.map((author, i) => ({ author, text: `comment ${i}` })));
    expect(participants.length).toBe(named.length);
    for (const p of participants) expect(p.id, p.name).toBe(general(p.name));
    expect(participants.map((p) => p.id)).toContain('eric-a-brill');
    expect(participants.map((p) => p.id)).toContain('o-neil-smith-jr');
  });
});

describe('name aliases found in text', () => {
  it('finds honorific + last name', () => {
    expect(hitNames('Mister Ali\nIt is better', 'M.Ali')).toEqual(['Mister Ali=M.Ali']);
    expect(hitNames('I asked Mr. Brill about it', 'Eric A. Brill')).toEqual(['Mr. Brill=Eric A. Brill']);
    expect(hitNames('Your excellency Mister Ali, hello', 'M.Ali')).toEqual(['Your excellency Mister Ali=M.Ali']);
  });

  it('finds first or last name alone, all caps, and initials with any spacing', () => {
    expect(hitNames('SCOTT: you are wrong', 'Scott Lucas')).toEqual(['SCOTT=Scott Lucas']);
    expect(hitNames('Eric, thanks', 'Eric A. Brill')).toEqual(['Eric=Eric A. Brill']);
    expect(hitNames('M Ali, M. Ali and M.Ali', 'M.Ali')).toEqual(['M Ali=M.Ali', 'M. Ali=M.Ali', 'M.Ali=M.Ali']);
  });

  it('finds handles', () => {
    expect(hitNames('@siah I disagree', 'Siah (@siah)')).toEqual(['@siah=Siah (@siah)']);
  });

  it('prefers the longest name and lists every person a shared first name could mean', () => {
    expect(hitNames('Eric Brill and Eric', 'Eric A. Brill', 'Eric Smith')).toEqual(['Eric Brill=Eric A. Brill', 'Eric=Eric A. Brill|Eric Smith']);
  });

  it('needs a capital letter unless the person writes their name in lower case', () => {
    expect(hitNames('i met eric yesterday', 'Eric A. Brill')).toEqual([]);
    expect(hitNames('ange paris, you wrote', 'ange paris')).toEqual(['ange paris=ange paris']);
  });

  it('never treats a lone initial as a name', () => {
    expect(hitNames('S.', 'Scott Lucas')).toEqual([]);
    expect(hitNames('K has a point', 'K')).toEqual([]);
  });

  it('does not join names across a line break', () => {
    expect(hitNames('Eric\nBrill was here', 'Eric Brill')).toEqual(['Eric=Eric Brill', 'Brill=Eric Brill']);
  });
});

describe('ordinary words and typos', () => {
  it('knows which name tokens are ordinary words or places', () => {
    expect(['bill', 'will', 'grace', 'and', 'paris'].map(isOrdinaryWord)).toEqual([true, true, true, true, true]);
    expect(['eric', 'arshama', 'megan'].map(isOrdinaryWord)).toEqual([false, false, false]);
    // Interjections and abbreviations of online talk, which the common-word lists leave out.
    expect(['hmm', 'yep', 'nope', 'yikes', 'fyi', 'iirc', 'wtf'].every(isOrdinaryWord)).toBe(true);
    // Numbers run through prose as words do; letters and digits together are a handle.
    expect(['2020', '42', '007'].every(isOrdinaryWord)).toBe(true);
    expect(['r2d2', 'user42'].some(isOrdinaryWord)).toBe(false);
  });

  it('measures one edit, transposition included, and stops early', () => {
    expect(editDistance('arshma', 'arshama')).toBe(1);
    expect(editDistance('parsi', 'paris')).toBe(1);
    expect(editDistance('escot', 'scott')).toBe(2);
  });

  it('matches a one-letter typo of a long name, never of an ordinary word or a short name', () => {
    const ps = participants('Arshama', 'ange paris', 'Bill');
    const index = buildAliasIndex(ps, new Lexicon());
    expect(typoLookup(index, 'arshma').map((e) => e.participantId)).toEqual(['arshama']);
    expect(typoLookup(index, 'parsi')).toEqual([]); // "paris" is a place, so no typo matching
    expect(typoLookup(index, 'bil')).toEqual([]);
    // A name made of digits is no typo target: a near number is another number.
    expect(typoLookup(buildAliasIndex(participants('20201'), new Lexicon()), '20202')).toEqual([]);
  });

  it('tokenises with exact offsets and folds possessives and accents', () => {
    const t = tokenize("Éric's point");
    expect(t.map((x) => [x.norm, x.raw, x.start, x.end])).toEqual([['eric', "Éric's", 0, 6], ['point', 'point', 7, 12]]);
    const lex = new Lexicon();
    const text = "Éric’s point, ERIC's and it's 6° — naïve";
    const list = lex.tokenize(text);
    const words = Array.from({ length: list.count }, (_, k) => [text.slice(list.start[k]!, list.end[k]!), lex.norm(list.id[k]!)]);
    expect(words).toEqual([["Éric’s", 'eric'], ['point', 'point'], ["ERIC's", 'eric'], ['and', 'and'], ["it's", 'it'], ['6', '6'], ['naïve', 'naive']]);
    expect(list.id[0]).toBe(list.id[2]);
  });

  it('tokenises an ASCII text from its bytes exactly as character by character', () => {
    const texts = [
      readFileSync('seeds/000_be01d75ba33c9c53.txt', 'utf8'),
      readFileSync('test/fixtures/chat/ubuntu-irc-excerpt.txt', 'utf8'),
      "it's O'Brien's \"quote\" > #12: Ann? x'y '' 'a b' end'",
    ].flatMap((t) => t.split(/\n\n+/)).filter((t) => /^[\x00-\x7f]*$/.test(t));
    expect(texts.length).toBeGreaterThan(20);
    const snapshot = (t: ReturnType<Lexicon['tokenize']>, lex: Lexicon) => ({
      marks: t.marks, classes: t.classes,
      words: Array.from({ length: t.count }, (_, k) => [t.start[k], t.end[k], lex.norm(t.id[k]!)]),
      capitals: [...t.capitals.subarray(0, t.capitalCount)],
    });
    const bytes = new Lexicon();
    const chars = new Lexicon();
    for (const text of texts) expect(snapshot(bytes.tokenize(text), bytes)).toEqual(snapshot(chars.tokenizeChars(text), chars));
    // Same words in the same order, so the same ids too.
    expect(bytes.norms).toEqual(chars.norms);
  });

  it('adopts the words another lexicon interned after it, with the same ids', () => {
    const main = new Lexicon();
    main.normId('ann');
    const other = new Lexicon();
    for (const norm of main.norms.slice(1)) other.normId(norm);
    const list = other.tokenize('Ann met Bob and Cy; Bob left.');
    main.adopt(other.norms.slice(2), 2);
    expect(main.norms).toEqual(other.norms);
    for (let k = 0; k < list.count; k++) expect(main.norm(list.id[k]!)).toBe(other.norm(list.id[k]!));
    // Looked up by their text, adopted words have their ids; a new word gets the next one.
    expect(main.existingId('bob')).toBe(other.existingId('bob'));
    expect(main.normId('cy')).toBe(other.existingId('cy'));
    expect(main.normId('dee')).toBe(other.norms.length);
    // A side that interned a word of its own meanwhile is out of step.
    expect(() => main.adopt(['eve'], other.norms.length)).toThrow(/out of step/);
  });

  it('lists the tokens that may start with a capital, and marks a question mark', () => {
    const lex = new Lexicon();
    const text = 'Ann, did Éric see 7 posts by BOB? ok';
    const list = lex.tokenize(text);
    const capitals = Array.from(list.capitals.subarray(0, list.capitalCount), (k) => text.slice(list.start[k]!, list.end[k]!));
    // Beyond ASCII every token is listed (É may or may not be a capital: the reader checks).
    expect(capitals).toEqual(['Ann', 'Éric', 'BOB']);
    expect(list.marks & MARK_QUESTION).toBe(MARK_QUESTION);
    const plain = lex.tokenize('no capitals here, and no question.');
    expect(plain.capitalCount).toBe(0);
    expect(plain.marks & MARK_QUESTION).toBe(0);
    // Long texts grow the list.
    const many = lex.tokenize(Array.from({ length: 300 }, (_, k) => `W${k}`).join(' '));
    expect(many.capitalCount).toBe(300);
    expect(many.capitals[299]).toBe(299);
  });
});
