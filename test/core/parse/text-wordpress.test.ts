import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../src/core/parse/lines';
import { parseWordpressText } from '../../../src/core/parse/text/wordpress';
import type { ParseResult } from '../../../src/core/types';

const fixture = (name: string): string[] =>
  splitLines(readFileSync(new URL(`../../fixtures/text/${name}`, import.meta.url), 'utf8'));

/** Every non-blank line is inside a skipped block, or is a comment's header/date line or body text. */
function unaccountedLines(lines: string[], result: ParseResult): number[] {
  const inSkipped = (n: number): boolean => result.skipped.some((s) => n >= s.line && n <= (s.endLine ?? s.line));
  const missing: number[] = [];
  lines.forEach((raw, i) => {
    const text = raw.trim();
    if (text === '' || inSkipped(i + 1)) return;
    const owner = [...result.comments].reverse().find((c) => (c.line ?? 0) <= i + 1);
    const isHeader = owner !== undefined && (i + 1 === owner.line || i === owner.line);
    if (!owner || (!isHeader && !owner.text.includes(text))) missing.push(i + 1);
  });
  return missing;
}

describe('parseWordpressText on a real WordPress paste (Lemire blog excerpt)', () => {
  const lines = fixture('wordpress-excerpt.txt');
  const result = parseWordpressText(lines)!;

  it('finds every comment with its author, header line and time', () => {
    expect(result.dialect).toBe('wordpress');
    expect(result.format).toBe('text');
    expect(result.comments.map((c) => c.author)).toEqual([
      'Benoit St-Jean', 'Greg Baryza', 'Jaco Pretorius', 'Yaakov', 'Bruce W. Roeser', 'Alan', 'Alan',
      'Bruce W. Roeser', 'J', 'Justin', 'Doug', 'Michael Wayne Lunsford', 'Laszlo Varga', 'Bruce W. Roeser',
      'Francis Lalonde',
    ]);
    expect(result.comments.map((c) => c.line)).toEqual([9, 16, 23, 30, 37, 44, 51, 58, 65, 72, 79, 86, 93, 102, 109]);
    expect(result.comments[0]).toMatchObject({ id: 'wp1', time: '2017-12-06T10:28:00Z', timePrecision: 'minute' });
    expect(result.comments[3]!.time).toBe('2017-12-10T18:18:00Z');
    expect(result.comments[14]!.time).toBe('2017-12-06T14:50:00Z');
  });

  it('reads nesting from indentation: parent is the nearest earlier, less indented comment', () => {
    const parents = Object.fromEntries(result.comments.map((c) => [c.id, c.parentId ?? null]));
    expect(parents).toEqual({
      wp1: null, wp2: 'wp1', wp3: 'wp1', wp4: 'wp3', wp5: 'wp1',
      wp6: null, wp7: 'wp6', wp8: 'wp7',
      wp9: null, wp10: 'wp9', wp11: 'wp9',
      wp12: null, wp13: 'wp12', wp14: 'wp13',
      wp15: null,
    });
  });

  it('removes the reply indentation from bodies and keeps paragraph breaks', () => {
    expect(result.comments[3]!.text).toBe(
      'How is one method more simplistic than multiple methods, each simple in itself? Isn’t that the Unix/Linux/etc. way of doing things, to write many simple methods that can work together?',
    );
    expect(result.comments[12]!.text).toBe(
      'When the art of beautification comes later, it many times depends on the business/budget. If the pressure is hight, it’s really difficult to have more time to beautify.\n\n' +
        'If you write beautiful code from the beginning, you don’t need to convince anybody that it worths the beautification.',
    );
    expect(result.comments[14]!.text).toContain('As a warm up I typed:\n\n10 PRINT “BONJOUR”\n\n20 GOTO 10\n\nAs childish');
    for (const c of result.comments) {
      expect(c.text).not.toMatch(/^[ \t]/m);
      expect(c.text).not.toMatch(/\n\s*Reply\s*$/);
    }
  });

  it('skips the article, the comments heading, each Reply link and the comment form', () => {
    const byReason = (reason: string) => result.skipped.filter((s) => s.reason === reason);
    expect(byReason('article text above the first comment')).toMatchObject([{ line: 1, endLine: 5 }]);
    expect(byReason('comments heading')).toMatchObject([{ line: 7 }]);
    expect(byReason("'Reply' link").map((s) => s.line)).toEqual([14, 21, 28, 35, 42, 49, 56, 63, 70, 77, 84, 91, 100, 107, 122]);
    expect(byReason('comment form below the last comment')).toMatchObject([{ line: 124, endLine: 142 }]);
    expect(result.skipped).toHaveLength(18);
    expect(result.title).toBe('Simplistic programming is underrated');
    expect(unaccountedLines(lines, result)).toEqual([]);
  });
});

describe('parseWordpressText on other WordPress themes (synthetic)', () => {
  it('reads "NAME said:" headers with tab-indented replies, pingbacks and a form', () => {
    const lines = splitLines(
      [
        'Spring Cleaning Tips',
        '',
        'Start with one drawer a day.',
        '',
        'Jo Park said:',
        'May 3, 2020 at 10:15 am | Reply',
        '',
        'Great list.',
        '',
        '\tKim Lee said:',
        '\tMay 3, 2020 at 11:00 am | Reply',
        '',
        '\tThanks, Jo.',
        '\t  Indented on purpose.',
        '',
        '\t\tJo Park said:',
        '\t\tMay 4, 2020 at 8:00 am | Reply',
        '',
        '\t\tYou are welcome.',
        '',
        'Pingback: Weekly links roundup – Another Blog',
        '',
        'pat said:',
        'May 5, 2020 at 9:30 pm',
        '',
        'Does this work for garages?',
        '',
        'Leave a Comment',
        'Name *',
        'Email *',
        'Post Comment',
      ].join('\n'),
    );
    const result = parseWordpressText(lines)!;
    expect(result.comments.map((c) => [c.author, c.time, c.parentId ?? null, c.line])).toEqual([
      ['Jo Park', '2020-05-03T10:15:00Z', null, 5],
      ['Kim Lee', '2020-05-03T11:00:00Z', 'wp1', 10],
      ['Jo Park', '2020-05-04T08:00:00Z', 'wp2', 16],
      ['pat', '2020-05-05T21:30:00Z', null, 23],
    ]);
    expect(result.comments[1]!.text).toBe('Thanks, Jo.\n  Indented on purpose.');
    expect(result.comments[2]!.text).toBe('You are welcome.');
    expect(result.skipped.map((s) => [s.line, s.endLine, s.reason])).toEqual([
      [1, 3, 'article text above the first comment'],
      [21, undefined, 'pingback/trackback: a link from another site, not a comment'],
      [28, 31, 'comment form below the last comment'],
    ]);
    expect(result.notes.some((n) => n.includes('1 pingback'))).toBe(true);
    expect(unaccountedLines(lines, result)).toEqual([]);
  });

  it('reads all-numeric header dates one way throughout, month first when one of them can only be', () => {
    const result = parseWordpressText(splitLines([
      'Lee says: 04/05/2020 at 2:28 pm', 'Rye works too.', 'Reply', '',
      'Sam says: 04/13/2020 at 3:05 pm', 'Which rye?', 'Reply', '',
      'Nora says: 04/06/2020 at 9:00 am', 'Lovely crust.', 'Reply',
    ].join('\n')))!;
    expect(result.comments.map((c) => c.time)).toEqual(['2020-04-05T14:28:00Z', '2020-04-13T15:05:00Z', '2020-04-06T09:00:00Z']);
    expect(result.notes).toContain('2 dates such as the one at line 1 were read month first, as the one at line 5 shows.');
  });

  it('reads one-line headers: "NAME says: DATE" and "NAME on DATE said:", 2-space nesting, Edit links', () => {
    const lines = splitLines(
      [
        '3 thoughts on “Bread at Home”',
        '',
        'Lee (@lee_bakes) says: July 23, 2012 at 2:28 pm Edit',
        'Rye works too.',
        'Reply',
        '',
        '  http://example.org/sam says: July 23, 2012 at 3:05 pm',
        '  Which rye?',
        '  Reply ↓',
        '',
        'Nora on July 24, 2012 at 9:00 am said:',
        'Lovely crust.',
        '',
        'Your email address will not be published. Required fields are marked *',
      ].join('\n'),
    );
    const result = parseWordpressText(lines)!;
    expect(result.comments.map((c) => [c.author, c.time, c.parentId ?? null, c.text])).toEqual([
      ['Lee (@lee_bakes)', '2012-07-23T14:28:00Z', null, 'Rye works too.'],
      ['http://example.org/sam', '2012-07-23T15:05:00Z', 'wp1', 'Which rye?'],
      ['Nora', '2012-07-24T09:00:00Z', null, 'Lovely crust.'],
    ]);
    expect(result.title).toBe('Bread at Home');
    expect(result.skipped.map((s) => [s.line, s.reason])).toEqual([
      [1, 'comments heading'],
      [5, "'Reply' link"],
      [9, "'Reply' link"],
      [14, 'comment form below the last comment'],
    ]);
    expect(unaccountedLines(lines, result)).toEqual([]);
  });

  it('keeps a lone form-like word inside the last comment and runs to the end without a form', () => {
    const lines = splitLines(
      ['Ann says:', 'May 3, 2020', '', 'First.', '', 'Ben says:', 'May 4, 2020', '', 'Where is the', 'Website', 'link?'].join('\n'),
    );
    const result = parseWordpressText(lines)!;
    expect(result.comments[1]!.text).toBe('Where is the\nWebsite\nlink?');
    expect(result.comments[1]!.timePrecision).toBe('day');
    expect(result.skipped).toEqual([]);
    expect(result.notes.some((n) => n.includes('No comment form'))).toBe(true);
  });

  it('claims a page with a single header followed by a date line', () => {
    const result = parseWordpressText(splitLines('Article.\n\nAnn says:\nMay 3, 2020 at 1:00 pm\n\nHello.\n'))!;
    expect(result.comments).toMatchObject([{ author: 'Ann', text: 'Hello.', line: 3 }]);
  });

  it('reads undated "NAME says:" headers when the theme prints no dates, and says so', () => {
    const result = parseWordpressText(splitLines('Ann says:\nHello.\n\nBen says:\nHi Ann.\n'))!;
    expect(result.comments.map((c) => [c.author, c.text, c.time])).toEqual([
      ['Ann', 'Hello.', undefined],
      ['Ben', 'Hi Ann.', undefined],
    ]);
    expect(result.notes.some((n) => n.includes('No comment dates'))).toBe(true);
  });

  it('keeps a number that ends a comment above its Reply link (no vote counts here)', () => {
    const result = parseWordpressText(splitLines(
      ['Ann Lee says:', 'May 3, 2020 at 10:00 am', 'What is six times seven?', 'Reply', 'Bo Lund says:', 'May 3, 2020 at 11:00 am', 'Easy:', '42', 'Reply'].join('\n'),
    ))!;
    expect(result.comments.map((c) => c.text)).toEqual(['What is six times seven?', 'Easy:\n42']);
  });

  it('does not claim pages that are not WordPress comment lists', () => {
    expect(parseWordpressText(fixture('generic-header-dash.txt'))).toBeUndefined();
    expect(parseWordpressText(splitLines('The manual says:\nrestart the router.\n\nThen it works.'))).toBeUndefined();
    expect(parseWordpressText(splitLines('The report says: March 3, 2020\nwas the deadline.'))).toBeUndefined();
  });
});
