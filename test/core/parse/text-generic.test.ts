import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../src/core/parse/lines';
import { parseGenericText } from '../../../src/core/parse/text/generic';
import type { ParseResult } from '../../../src/core/types';

const fixture = (name: string): string[] =>
  splitLines(readFileSync(new URL(`../../fixtures/text/${name}`, import.meta.url), 'utf8'));

/** Non-blank lines that are neither skipped, nor a comment's marker (author + date), nor in its text. */
function unaccountedLines(lines: string[], result: ParseResult): number[] {
  const inSkipped = (n: number): boolean => result.skipped.some((s) => n >= s.line && n <= (s.endLine ?? s.line));
  const missing: number[] = [];
  lines.forEach((raw, i) => {
    const text = raw.trim();
    if (text === '' || inSkipped(i + 1)) return;
    const inText = result.comments.some((c) => c.text.split('\n').some((l) => l.trim() === text));
    const isMarker = result.comments.some((c) => text.includes(c.author)) || /\d{4}/.test(text);
    if (!inText && !isMarker) missing.push(i + 1);
  });
  return missing;
}

const summary = (result: ParseResult) => result.comments.map((c) => [c.author, c.time, c.line, c.text]);
const skippedSummary = (result: ParseResult) => result.skipped.map((s) => [s.line, s.endLine, s.reason]);

describe('parseGenericText', () => {
  it('reads "NAME - DATE" headers above each body', () => {
    const lines = fixture('generic-header-dash.txt');
    const result = parseGenericText(lines)!;
    expect(result.dialect).toBe('generic');
    expect(result.format).toBe('text');
    expect(summary(result)).toEqual([
      ['Ana Ribeiro', '2021-03-14T09:05:00Z', 10, 'Lovely to see the sunflowers going in. Is there a rota for watering?'],
      ['Tom Keller', '2021-03-14T11:40:00Z', 14, 'Ana, yes: the rota is on the shed door.\n\nI added a column for weekends too.'],
      ['lena_k', '2021-03-15T20:12:00Z', 20, 'Count me in for the compost workshop.'],
      ['Marcus Obi', '2021-03-16T07:30:00Z', 24, 'Can we plant potatoes next year?'],
    ]);
    expect(skippedSummary(result)).toEqual([
      [1, 6, 'article text above the first comment'],
      [8, undefined, 'comments heading'],
      [12, undefined, "'Reply' link"],
      [18, undefined, "'Reply' link"],
      [22, undefined, "'Reply' link"],
      [27, 32, 'comment form below the last comment'],
    ]);
    expect(result.notes[0]).toContain('"<NAME> - <DATE>" (4 times)');
    expect(result.notes[0]).toContain('header above');
    expect(unaccountedLines(lines, result)).toEqual([]);
  });

  it('reads "DATE | NAME" footers below each body, starting after the comments heading', () => {
    const lines = fixture('generic-footer-pipe.txt');
    const result = parseGenericText(lines)!;
    expect(summary(result)).toEqual([
      ['Ruth Adler', '2019-06-02T00:00:00Z', 9, 'I enjoyed the chapter about the storm the most.\nThe pacing was perfect.'],
      ['Sam Ortiz', '2019-06-03T00:00:00Z', 13, 'Agreed about the storm.\n\nThe ending felt rushed to me, though.'],
      ['Ruth Adler', '2019-06-05T00:00:00Z', 19, 'Could we pick a poetry collection next time?'],
    ]);
    expect(result.comments[0]!.timePrecision).toBe('day');
    expect(skippedSummary(result)).toEqual([
      [1, 5, 'article text above the first comment'],
      [7, undefined, 'comments heading'],
      [17, undefined, "'Reply' link"],
      [22, 27, 'comment form below the last comment'],
    ]);
    expect(result.notes[0]).toContain('"<DATE> | <NAME>" (3 times)');
    expect(result.notes[0]).toContain('footer below');
    expect(result.notes.some((n) => n.includes('guessed'))).toBe(false);
    expect(unaccountedLines(lines, result)).toEqual([]);
  });

  it('guesses where the first footer comment starts when there is no comments heading, and says so', () => {
    const lines = fixture('generic-footer-pipe.txt').filter((l) => l !== 'Reader Comments (3)');
    const result = parseGenericText(lines)!;
    expect(result.comments.map((c) => c.author)).toEqual(['Ruth Adler', 'Sam Ortiz', 'Ruth Adler']);
    expect(result.comments[0]).toMatchObject({ line: 8, text: 'I enjoyed the chapter about the storm the most.\nThe pacing was perfect.' });
    expect(result.skipped[0]).toMatchObject({ line: 1, endLine: 5, reason: 'article text above the first comment' });
    expect(result.notes.some((n) => n.includes('guessed to start at line 8'))).toBe(true);
    expect(unaccountedLines(lines, result)).toEqual([]);
  });

  it('reads an author line followed by a date line as a two-line header', () => {
    const lines = fixture('generic-name-date-lines.txt');
    const result = parseGenericText(lines)!;
    expect(summary(result)).toEqual([
      ['Hannah Vogel', '2022-04-10T00:00:00Z', 7, 'Walked it on Saturday. The new bridge is solid.'],
      ['Diego Santos', '2022-04-11T00:00:00Z', 12, 'Thanks for the update! Are dogs allowed on the north loop?'],
      ['Hannah Vogel', '2022-04-11T00:00:00Z', 17, 'Diego, yes, on a leash.'],
    ]);
    expect(skippedSummary(result)).toEqual([
      [1, 3, 'article text above the first comment'],
      [5, undefined, 'comments heading'],
      [22, 26, 'comment form below the last comment'],
    ]);
    expect(result.notes[0]).toContain('"<NAME>" then "<DATE>"');
    expect(unaccountedLines(lines, result)).toEqual([]);
  });

  it('reads "NAME said..." lines above each body, taking the date alone on a body\'s last line as its date (Blogger)', () => {
    const lines = fixture('generic-speech-header.txt');
    const result = parseGenericText(lines)!;
    expect(summary(result)).toEqual([
      ['Dev Patel', '2016-04-02T09:10:00Z', 9, 'Lovely beans. What variety did you go for?'],
      ['Hazel Moore', '2016-04-02T11:02:00Z', 15, 'Dev, they are Aquadulce. They cope with the cold well.\n\nSow them thick, the mice take a share.'],
      ['Anonymous', '2016-04-03T07:45:00Z', 22, 'Do you net them against pigeons?'],
      ['Rosa Lind', '2016-04-03T18:20:00Z', 27, 'Hazel wrote: "Sow them thick, the mice take a share." So true, I lost half a row.'],
      ['Hazel Moore', '2016-04-04T10:00:00Z', 32, 'Rosa, a cat helps too!'],
    ]);
    expect(skippedSummary(result)).toEqual([
      [1, 5, 'article text above the first comment'],
      [7, undefined, 'comments heading'],
      [13, undefined, "'Reply' link"],
      [37, undefined, 'comment form below the last comment'],
    ]);
    expect(result.notes[0]).toContain('"<NAME> said ..." (5 times)');
    expect(result.notes[0]).toContain('header above');
    expect(unaccountedLines(lines, result)).toEqual([]);
  });

  it('keeps a speech line\'s comment undated when its last line is not a date alone, and reads "said…" and "wrote:" alike', () => {
    const lines = splitLines(
      [
        'Ann Cole said…',
        'Is the meeting still on?',
        '',
        'Bo Lund said…',
        'Ann, yes. Moved to March 3, 2019 though.',
        '',
        'Ann Cole said…',
        'Thanks!',
        'March 4, 2019',
      ].join('\n'),
    );
    expect(summary(parseGenericText(lines)!)).toEqual([
      ['Ann Cole', undefined, 1, 'Is the meeting still on?'],
      ['Bo Lund', undefined, 4, 'Ann, yes. Moved to March 3, 2019 though.'],
      ['Ann Cole', '2019-03-04T00:00:00Z', 7, 'Thanks!'],
    ]);
    const wrote = parseGenericText(splitLines('Kim wrote:\nFirst.\n\nLee wrote:\nSecond.'))!;
    expect(summary(wrote)).toEqual([['Kim', undefined, 1, 'First.'], ['Lee', undefined, 4, 'Second.']]);
  });

  it('reads ages in place of dates, and a header naming author then person answered as a reply to that person (Disqus)', () => {
    const lines = fixture('generic-age-replies.txt');
    const result = parseGenericText(lines)!;
    expect(result.comments.map((c) => [c.id, c.author, c.time, c.parentId, c.line, c.text])).toEqual([
      ['c1', 'Nadia Fayed', undefined, undefined, 9, 'The survey section is the interesting part. Nobody expected the piers to be that bad.'],
      ['c2', 'Tomasz Zielinski', undefined, 'c1', 13, 'Agreed. The photos on page 12 say it all.'],
      ['c3', 'Nadia Fayed', undefined, 'c2', 17, 'Page 12 is the one I meant, yes.'],
      ['c4', 'Ines Duarte', undefined, undefined, 21, 'Will the cycle lane come back when it reopens?'],
      ['c5', 'Tomasz Zielinski', undefined, 'c4', 25, 'It should, the plan keeps it on the north side.'],
    ]);
    expect(skippedSummary(result)).toEqual([
      [1, 4, 'article text above the first comment'],
      [6, 7, 'comments heading'],
      [11, undefined, "'Reply' link"],
      [15, undefined, "'Reply' link"],
      [19, undefined, "'Reply' link"],
      [23, undefined, "'Reply' link"],
      [27, 29, "'Reply' link"],
    ]);
    expect(result.notes[0]).toContain('"<NAME> • <WHEN>" (5 times)');
    expect(result.notes.some((n) => n.startsWith('3 comment header(s) name the person answered'))).toBe(true);
    expect(unaccountedLines(lines, result)).toEqual([]);
  });

  it('splits a header name only where its parts are names of other headers', () => {
    const lines = splitLines(
      [
        'Kevin Wu · 3 days ago', 'First.', '', 'Wu · 2 days ago', 'Second.', '', 'Kevin Wu · 1 day ago', 'Third.', '',
        'Ann Lee Wu · 20 hr. ago', 'Fourth.', '', 'Bo · 10 hr. ago', 'Fifth.', '', 'Bo Wu · 5 hr. ago', 'Sixth.',
      ].join('\n'),
    );
    const result = parseGenericText(lines)!;
    // "Wu" alone is a header's name, but a part of one word splits off only when the other part
    // is a header's name too: "Kevin Wu" and "Ann Lee Wu" stay whole, "Bo Wu" is Bo answering Wu.
    expect(result.comments.map((c) => [c.author, c.parentId])).toEqual([
      ['Kevin Wu', undefined], ['Wu', undefined], ['Kevin Wu', undefined], ['Ann Lee Wu', undefined], ['Bo', undefined], ['Bo', 'c2'],
    ]);
  });

  it('reads one-line headers whose links after the age vary from comment to comment (Hacker News)', () => {
    const lines = splitLines(
      [
        'Show HN: A tiny static site generator', '120 points by maker 5 hours ago | hide | past | favorite | 4 comments', '',
        'alice_dev 4 hours ago | next [–]', '', 'How does it handle incremental builds?', '', 'reply', '',
        'maker 4 hours ago | parent | next [–]', '', 'It hashes the inputs.', '', 'reply', '',
        'bob_k 3 hours ago | prev | next [–]', '', 'The docs link is broken.', '', 'reply', '',
        'maker 2 hours ago | parent | next [–]', '', 'bob_k: fixed, thanks!', '', 'reply',
      ].join('\n'),
    );
    const result = parseGenericText(lines)!;
    expect(result.comments.map((c) => [c.author, c.line, c.text])).toEqual([
      ['alice_dev', 4, 'How does it handle incremental builds?'],
      ['maker', 10, 'It hashes the inputs.'],
      ['bob_k', 16, 'The docs link is broken.'],
      ['maker', 22, 'bob_k: fixed, thanks!'],
    ]);
    expect(result.notes[0]).toContain('"<NAME> <WHEN>" (4 times)');
  });

  it('skips a vote count above the action links and a "Sort by" line under the comments heading (YouTube)', () => {
    const lines = splitLines(
      [
        '42 Comments', 'Sort by', '', '@gardenlover 2 years ago', 'This helped, thank you!', '15', 'Reply', '',
        '@mikeplants 2 years ago', '@gardenlover same here.', '1.2K', 'Reply', '', '@rachel.grows 1 year ago', 'Peppers too?', 'Reply',
      ].join('\n'),
    );
    const result = parseGenericText(lines)!;
    expect(result.comments.map((c) => [c.author, c.text])).toEqual([
      ['@gardenlover', 'This helped, thank you!'], ['@mikeplants', '@gardenlover same here.'], ['@rachel.grows', 'Peppers too?'],
    ]);
    expect(skippedSummary(result)).toEqual([
      [1, 2, 'comments heading'], [6, 7, "'Reply' link"], [11, 12, "'Reply' link"], [16, undefined, "'Reply' link"],
    ]);
  });

  it('reads headers with a collapse toggle, a score and an author tag around the name, and run-together action links (old Reddit)', () => {
    const lines = splitLines(
      [
        'My first tomato harvest!', 'submitted 3 days ago by leafy_greens', '',
        '[–]sunny_side_up 12 points 3 days ago', 'Congrats! What variety?', 'permalinkembedsavereportreply', '',
        '[–]leafy_greens[S] 1 point 3 days ago', 'Sungold.', 'permalinkembedsaveparentreportreply', '',
        '[+]compost_king -2 points 2 days ago', 'Did you prune them?', 'permalinkembedsavereportreply',
      ].join('\n'),
    );
    const result = parseGenericText(lines)!;
    expect(result.comments.map((c) => [c.author, c.line, c.text])).toEqual([
      ['sunny_side_up', 4, 'Congrats! What variety?'], ['leafy_greens', 8, 'Sungold.'], ['compost_king', 12, 'Did you prune them?'],
    ]);
    expect(result.notes[0]).toContain('"<NAME> # points <WHEN>" (3 times)');
    expect(skippedSummary(result).filter(([, , reason]) => reason === "'Reply' link").map(([line]) => line)).toEqual([6, 10, 14]);
  });

  it('reads a name line and an age line with "·" or a tag such as "OP" between them as one header (new Reddit)', () => {
    const lines = splitLines(
      [
        '45 comments', '', 'sunny_side_up', '·', '3 days ago', 'Congrats! What variety?', '', '12', 'Reply', 'Share', '',
        'leafy_greens', 'OP', '·', '3 days ago', 'Sungold.', '', '5', 'Reply', 'Share', '',
        'compost_king', '·', '2 days ago', 'Did you prune them?', '', 'Reply', 'Share',
      ].join('\n'),
    );
    const result = parseGenericText(lines)!;
    expect(result.comments.map((c) => [c.author, c.line, c.text])).toEqual([
      ['sunny_side_up', 3, 'Congrats! What variety?'], ['leafy_greens', 12, 'Sungold.'], ['compost_king', 22, 'Did you prune them?'],
    ]);
    expect(result.notes[0]).toContain('"<NAME>" then "<WHEN>" (3 times)');
  });

  it('reads a day without its year and a bare age alike under a name line, with no time (Substack, Discourse)', () => {
    const lines = splitLines(
      [
        '12 Comments', '', 'Jane Doe', 'Mar 3', 'Great post!', 'Reply', 'Share', '',
        'Omar Haddad', '4 March', 'Jane, it varies by publisher.', 'Reply', 'Share', '',
        'Lena Fischer', '2d', 'Our branch cut its hours.', 'Reply', 'Share',
      ].join('\n'),
    );
    const result = parseGenericText(lines)!;
    expect(result.comments.map((c) => [c.author, c.time, c.line, c.text])).toEqual([
      ['Jane Doe', undefined, 3, 'Great post!'], ['Omar Haddad', undefined, 9, 'Jane, it varies by publisher.'], ['Lena Fischer', undefined, 15, 'Our branch cut its hours.'],
    ]);
    expect(result.notes[0]).toContain('"<NAME>" then "<WHEN>" (3 times)');
  });

  it('keeps names that are also forum links or score words whole ("Joe Root", "Link Wray", "Ann Points")', () => {
    const header = parseGenericText(splitLines(
      ['Joe Root - May 3, 2020', 'First.', '', 'Link Wray - May 4, 2020', 'Second.', '', 'Ann Points - May 5, 2020', 'Third.'].join('\n'),
    ))!;
    expect(header.comments.map((c) => c.author)).toEqual(['Joe Root', 'Link Wray', 'Ann Points']);
    const footer = parseGenericText(splitLines(
      ['First.', 'May 3, 2020 | Commenter Joe Root', '', 'Second.', 'May 4, 2020 | Commenter Link Wray'].join('\n'),
    ))!;
    expect(footer.comments.map((c) => c.author)).toEqual(['Joe Root', 'Link Wray']);
  });

  it('joins a handle line under the name to the author, and skips two or more count lines ending a post (X)', () => {
    const lines = splitLines(
      [
        'Jane Doe', '@janedoe', '·', '2h', 'The late bus is gone on Sundays.', '12', '3', '45', '',
        'Omar Haddad', '@omarh', '·', '1h', 'Replying to @janedoe', 'It was the only way home.', '2', '1.2K', '',
        'Jane Doe', '@janedoe', '·', '58m', '@omarh write to the council.', 'Answer: 42',
      ].join('\n'),
    );
    const result = parseGenericText(lines)!;
    expect(result.comments.map((c) => [c.author, c.line, c.text])).toEqual([
      ['Jane Doe (@janedoe)', 1, 'The late bus is gone on Sundays.'],
      ['Omar Haddad (@omarh)', 10, 'Replying to @janedoe\nIt was the only way home.'],
      ['Jane Doe (@janedoe)', 19, '@omarh write to the council.\nAnswer: 42'],
    ]);
    expect(skippedSummary(result)).toEqual([[6, 8, 'reaction counts'], [16, 17, 'reaction counts']]);
    // One number alone at the end is text, not counts.
    const one = parseGenericText(splitLines(['Ann Lee', 'Mar 3', 'What is six times seven?', '', 'Bo Lund', 'Mar 4', '42'].join('\n')))!;
    expect(one.comments.map((c) => c.text)).toEqual(['What is six times seven?', '42']);
  });

  it('prefers a repeated dated header to more numerous "NAME wrote:" lines quoting inside the posts', () => {
    const lines = splitLines(
      [
        'by Mara Quist » Mon Jan 05, 2009 10:00 am',
        'Which tyres for winter?',
        '',
        'by Olli Berg » Mon Jan 05, 2009 11:30 am',
        'Mara Quist wrote:',
        'Which tyres for winter?',
        'Studded, if you can.',
        'Jens wrote:',
        'Not in town.',
        'Fair.',
        'Paul wrote:',
        'Ask the shop.',
      ].join('\n'),
    );
    const result = parseGenericText(lines)!;
    expect(result.comments.map((c) => [c.author, c.time, c.line])).toEqual([
      ['Mara Quist', '2009-01-05T10:00:00Z', 1],
      ['Olli Berg', '2009-01-05T11:30:00Z', 4],
    ]);
    expect(result.comments[1]!.text).toContain('Paul wrote:');
  });

  it('reads an article byline with the same shape as the comments as part of the article', () => {
    const lines = splitLines(
      [
        'Posted by Site Editor on May 1, 2020',
        'The pool reopens next week.',
        '',
        '2 Comments',
        '',
        'Posted by Ravi Mehta on May 2, 2020',
        'Finally!',
        '',
        'Posted by Elena Petrova on May 2, 2020 at 6:45 pm',
        'Will the lanes be open in the morning?',
      ].join('\n'),
    );
    const result = parseGenericText(lines)!;
    expect(summary(result)).toEqual([
      ['Ravi Mehta', '2020-05-02T00:00:00Z', 6, 'Finally!'],
      ['Elena Petrova', '2020-05-02T18:45:00Z', 9, 'Will the lanes be open in the morning?'],
    ]);
    expect(skippedSummary(result)).toEqual([
      [1, 2, 'article text above the first comment'],
      [4, undefined, 'comments heading'],
    ]);
    expect(result.notes.some((n) => n.includes('above the comments heading (line 4)'))).toBe(true);
    expect(result.notes.some((n) => n.includes('No comment form'))).toBe(true);
  });

  it('returns undefined when no author/date line repeats', () => {
    expect(parseGenericText(fixture('generic-no-comments.txt'))).toBeUndefined();
    expect(parseGenericText(splitLines('Just one line of text.'))).toBeUndefined();
    expect(parseGenericText([])).toBeUndefined();
  });
});

describe('parseGenericText: all-numeric dates', () => {
  it('reads them one way throughout: day first unless one of them can only be month first', () => {
    const text = (dates: string[]) => splitLines(['Comments', '', ...dates.flatMap((d, i) => [`${['Ann', 'Bob', 'Cy'][i]} - ${d}`, `Text ${i}.`, ''])].join('\n'));
    const us = parseGenericText(text(['04/05/2020 10:00', '04/13/2020 11:00', '04/06/2020 09:00']))!;
    expect(us.comments.map((c) => c.time)).toEqual(['2020-04-05T10:00:00Z', '2020-04-13T11:00:00Z', '2020-04-06T09:00:00Z']);
    expect(us.notes).toContain('2 dates such as the one at line 3 were read month first, as the one at line 6 shows.');
    const eu = parseGenericText(text(['04/05/2020 10:00', '13/04/2020 11:00', '04/06/2020 09:00']))!;
    expect(eu.comments.map((c) => c.time)).toEqual(['2020-05-04T10:00:00Z', '2020-04-13T11:00:00Z', '2020-06-04T09:00:00Z']);
    expect(eu.notes.some((n) => /read (day|month) first/.test(n))).toBe(false);
  });
});
