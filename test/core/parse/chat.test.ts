/**
 * Chat-log parser: every IRC line shape, system-line kinds, nick changes, /me, empty and
 * unreadable lines, line numbers, clock roll-over rules, WhatsApp multi-line messages, and the
 * counts of a real #ubuntu excerpt (CC-BY-4.0, see fixtures/chat/PROVENANCE.md).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors';
import { inputErrorOf as thrown } from '../../helpers/input-error';
import { parseChat } from '../../../src/core/parse/chat';
import { parseIrcLine } from '../../../src/core/parse/chat-lines';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/chat/${name}`, import.meta.url), 'utf8');


/** Parses a log given as lines and returns its comments. */
const comments = (lines: string[], date?: string) => parseChat(lines.join('\n'), date ? { date } : {}).comments;

describe('IRC message line shapes', () => {
  it.each([
    ['[12:18] <alder> hello there', 'alder', 'hello there'],
    ['[12:18:05] <alder> hello there', 'alder', 'hello there'],
    ['12:18 <alder> hello there', 'alder', 'hello there'],
    ['[2004-11-15 12:18:05] <alder> hello there', 'alder', 'hello there'],
    ['<alder> hello there', 'alder', 'hello there'],
    ['[12:18] <@alder> hello there', 'alder', 'hello there'],
    ['[12:18] <+alder> hello there', 'alder', 'hello there'],
    ['12:18 < alder> hello there', 'alder', 'hello there'],
    ['[12:18] <|al|der|> hello there', '|al|der|', 'hello there'],
    ['[12:18] <alder>', 'alder', ''],
    ['[05:12] -alder:#chan- hello there', 'alder', 'hello there'],
  ])('%s', (line, author, text) => {
    const [c] = comments([line]);
    expect(c).toMatchObject({ author, text, line: 1 });
    expect(c!.system).toBeUndefined();
  });

  it('keeps a /me line as a normal comment whose text is the action', () => {
    const [c] = comments(['[12:18]  * alder waves at birch']);
    expect(c).toMatchObject({ author: 'alder', text: 'waves at birch' });
    expect(c!.system).toBeUndefined();
  });
});

describe('IRC system lines', () => {
  it.each([
    ['=== alder [~a@host.example]  has joined #chan', 'join', 'alder'],
    ['=== alder has quit IRC (Ping timeout)', 'quit', 'alder'],
    ['=== alder [~a@host.example]  has left #chan []', 'part', 'alder'],
    ['=== mode/#chan [+o alder]  by ChanBot', 'mode', 'ChanBot'],
    ['=== alder was kicked off #chan by birch (birch)', 'kick', 'alder'],
    ['-!- alder [~a@host.example] has joined #chan', 'join', 'alder'],
    ['12:00 -!- alder [~a@host.example] has quit [Quit: bye]', 'quit', 'alder'],
    ['*** alder has quit', 'quit', 'alder'],
    ['--> alder has joined', 'join', 'alder'],
    ['<-- alder has quit', 'quit', 'alder'],
    ['=== [alder]  [~a@host.example]  has joined #chan', 'join', '[alder]'],
    ['-!- Irssi: Join to #chan was synced in 1 secs', 'other', ''],
  ])('%s', (line, kind, author) => {
    expect(parseIrcLine(line)).toMatchObject({ kind: 'system', systemKind: kind, nick: author });
    const [c] = comments([line]);
    expect(c).toMatchObject({ author, system: true, line: 1 });
    expect(c!.text).toBe(line.replace(/^12:00 /, ''));
  });

  it('reads "=== nick does something" (the /me lines of old logs) as an action by nick, not a system line', () => {
    expect(parseIrcLine('=== alder found that to be rather odd')).toMatchObject({ kind: 'action', nick: 'alder', text: 'found that to be rather odd' });
    const cs = comments(['[10:00] <birch> the build broke again', '=== alder sighs at birch', '=== alder has quit IRC (Ping timeout)']);
    expect(cs.map((c) => [c.author, c.text, c.system ?? false])).toEqual([
      ['birch', 'the build broke again', false],
      ['alder', 'sighs at birch', false],
      ['alder', '=== alder has quit IRC (Ping timeout)', true],
    ]);
  });

  it('records a nick change with the old nick as author and the new one as renamedTo', () => {
    const [c] = comments(['=== alder is now known as alder_away']);
    expect(c).toMatchObject({ author: 'alder', renamedTo: 'alder_away', system: true });
  });
});

describe('line accounting', () => {
  const lines = ['[10:00] <alder> one', '', '[10:01] <birch> two', 'not a chat line', 'still not', '', '[10:02] <alder> three'];
  const result = parseChat(lines.join('\n'));

  it('numbers comments by their line in the file', () => {
    expect(result.comments.map((c) => c.line)).toEqual([1, 3, 7]);
  });

  it('skips empty lines one by one and unreadable lines as one block', () => {
    expect(result.skipped).toEqual([
      { line: 2, reason: 'empty line', excerpt: '' },
      { line: 4, endLine: 5, reason: 'lines match no chat log pattern', excerpt: 'not a chat line' },
      { line: 6, reason: 'empty line', excerpt: '' },
    ]);
  });

  it('throws BAD_CHAT at the first line when nothing looks like chat', () => {
    const error = thrown(() => parseChat('\nDear diary,\ntoday was fine.'));
    expect(error.code).toBe('BAD_CHAT');
    expect(error.line).toBe(2);
  });

  it('throws EMPTY_INPUT for blank input and BAD_OPTION for a bad date', () => {
    expect(thrown(() => parseChat('\n  \n')).code).toBe('EMPTY_INPUT');
    expect(thrown(() => parseChat('<a> b', { date: '2004-02-30' })).code).toBe('BAD_OPTION');
  });
});

describe('times', () => {
  it('leaves times undefined without a date and says how to give one, on the command line or in the app', () => {
    const r = parseChat('[10:00] <alder> one\n[10:01] <birch> two');
    expect(r.comments.every((c) => c.time === undefined)).toBe(true);
    expect(r.notes).toEqual(['2 line(s) have a clock time but no date; give the date of the first line with --date YYYY-MM-DD, or in the file name (2005-08-08.log)']);
  });

  it('advances the day when a 24-hour clock goes back by more than an hour', () => {
    const cs = comments(['[23:59] <alder> late', '[00:01] <birch> later', '[23:30] <alder> next night'], '2004-11-15');
    expect(cs.map((c) => c.time)).toEqual(['2004-11-15T23:59:00Z', '2004-11-16T00:01:00Z', '2004-11-16T23:30:00Z']);
  });

  it('keeps the day for a backward step of an hour or less', () => {
    const cs = comments(['[14:30] <alder> a', '[14:00] <birch> b', '[15:00] <alder> c', '[16:00] <alder> d'], '2004-11-15');
    expect(cs.map((c) => c.time)).toEqual([
      '2004-11-15T14:30:00Z', '2004-11-15T14:00:00Z', '2004-11-15T15:00:00Z', '2004-11-15T16:00:00Z',
    ]);
  });

  it('reads a 12-hour dial without am/pm: 12:59 → 01:00 is one minute, 11:59 → 12:00 adds 12 hours', () => {
    const cs = comments(['[12:58] <a> x', '[12:59] <b> x', '[01:00] <a> x', '[11:59] <b> x', '[12:00] <a> x', '[01:30] <b> x'], '2005-08-08');
    expect(cs.map((c) => c.time)).toEqual([
      '2005-08-08T00:58:00Z', '2005-08-08T00:59:00Z', '2005-08-08T01:00:00Z',
      '2005-08-08T11:59:00Z', '2005-08-08T12:00:00Z', '2005-08-08T13:30:00Z',
    ]);
  });

  it('uses 24-hour rules once an hour above 12 appears', () => {
    const cs = comments(['[12:59] <a> x', '[13:00] <b> x', '[01:00] <a> x'], '2005-08-08');
    expect(cs.map((c) => c.time)).toEqual(['2005-08-08T12:59:00Z', '2005-08-08T13:00:00Z', '2005-08-09T01:00:00Z']);
  });

  it('gives lines without a clock the time of the line before', () => {
    const cs = comments(['[10:00:30] <alder> hi', '=== birch has joined #chan'], '2004-11-15');
    expect(cs[1]).toMatchObject({ time: '2004-11-15T10:00:30Z', timePrecision: 'second' });
  });

  it('takes the first line\'s date from a file name that holds one, unless a date is given', () => {
    const log = '[23:59] <alder> one\n[00:01] <birch> two';
    for (const fileName of ['#ubuntu.2005-08-08.log', 'logs/2005-08-08.txt', 'C:\\irc\\2005-08-08_01.raw.txt']) {
      const r = parseChat(log, { fileName });
      expect(r.comments.map((c) => c.time)).toEqual(['2005-08-08T23:59:00Z', '2005-08-09T00:01:00Z']);
      expect(r.notes).toEqual(['the log\'s first line is dated 2005-08-08, the date in its file name']);
    }
    expect(parseChat(log, { fileName: 'x-2005-08-08.log', date: '2010-01-02' }).comments[0]!.time).toBe('2010-01-02T23:59:00Z');
    // No date, an impossible one, or digits of a longer number: undated as before.
    for (const fileName of ['ubuntu.log', 'log-2005-02-30.txt', 'id12005-08-081.txt', '2005-08/08.log']) {
      const r = parseChat(log, { fileName });
      expect(r.comments.every((c) => c.time === undefined)).toBe(true);
      expect(r.notes).toEqual([expect.stringContaining('--date')]);
    }
    // Lines that carry their own dates need no date from the name.
    expect(parseChat('[2010-06-01 08:09:10] <alder> hi', { fileName: '2005-08-08.log' }).notes).toEqual([]);
  });

  it('takes the date from dated lines', () => {
    const [c] = comments(['[2010-06-01 08:09:10] <alder> hi'], '2004-11-15');
    expect(c).toMatchObject({ time: '2010-06-01T08:09:10Z', timePrecision: 'second' });
  });
});

describe('irssi-style log with markers (synthetic fixture)', () => {
  const r = parseChat(fixture('irssi-gardening.log'));
  const at = (line: number) => r.comments.find((c) => c.line === line);

  it('accounts for every line', () => {
    expect(r.dialect).toBe('irc');
    expect(r.comments).toHaveLength(13);
    expect(r.skipped.map((s) => [s.line, s.reason])).toEqual([[12, 'empty line'], [13, 'line matches no chat log pattern']]);
    expect(r.notes).toEqual([]);
  });

  it('dates lines from the log-opened and day-changed markers', () => {
    expect(at(1)).toMatchObject({ system: true, author: '', time: '2004-11-13T23:50:12Z' });
    expect(at(4)).toMatchObject({ author: 'wren', text: 'evening all', time: '2004-11-13T23:51:00Z' });
    expect(at(7)).toMatchObject({ system: true, time: '2004-11-14T00:00:00Z', timePrecision: 'day' });
    expect(at(8)).toMatchObject({ author: 'wren', text: 'moss: only the late ones', time: '2004-11-14T00:01:00Z' });
  });

  it('reads modes, /me, quits and nick changes', () => {
    expect(at(5)).toMatchObject({ author: 'moss', text: 'wren: evening! did the frost get your beans?' });
    expect(at(6)).toMatchObject({ author: 'wren', text: 'sighs' });
    expect(at(9)).toMatchObject({ author: 'fern', system: true });
    expect(at(10)).toMatchObject({ author: 'wren', renamedTo: 'wren_afk', system: true });
    expect(at(11)).toMatchObject({ author: 'sorrel', text: 'moss: are the seed trays still free?' });
  });
});

describe('WhatsApp-style export (synthetic fixture)', () => {
  const r = parseChat(fixture('whatsapp-allotment.txt'));

  it('detects the dialect and reads dates day first', () => {
    expect(r.dialect).toBe('whatsapp');
    expect(r.comments.map((c) => c.line)).toEqual([1, 2, 3, 4, 9, 10, 11, 13, 14]);
    expect(r.comments[5]).toMatchObject({ author: 'Sunniva Dahl', text: '<Media omitted>', time: '2021-03-13T18:02:00Z' });
    expect(r.notes).toEqual([]);
  });

  it('joins continuation lines, keeping a blank line inside the message', () => {
    expect(r.comments[3]).toMatchObject({
      author: 'Mara Ilves',
      text: 'Morning both! Plan for Saturday:\n1. compost\n2. fence\n\nBring gloves.',
      time: '2021-03-12T09:17:00Z',
    });
    expect(r.skipped).toEqual([{ line: 12, reason: 'empty line', excerpt: '' }]);
  });

  it('marks system lines, naming the person where the wording does', () => {
    const system = r.comments.filter((c) => c.system).map((c) => [c.line, c.author]);
    expect(system).toEqual([[1, ''], [2, 'Mara Ilves'], [3, 'Mara Ilves'], [14, 'Teo Brandt']]);
  });

  it('reads the bracketed iOS form and US month-first dates with am/pm', () => {
    const ios = parseChat('[12/03/2021, 09:17:05] Mara Ilves: hi\n[13/03/2021, 10:00:00] Teo Brandt: hello');
    expect(ios.comments[0]).toMatchObject({ author: 'Mara Ilves', text: 'hi', time: '2021-03-12T09:17:05Z', timePrecision: 'second' });
    const us = parseChat('3/12/21, 9:17 PM - Mara Ilves: hi\n3/13/21, 12:05 AM - Teo Brandt: hello');
    expect(us.comments.map((c) => c.time)).toEqual(['2021-03-12T21:17:00Z', '2021-03-13T00:05:00Z']);
  });
});

describe('#ubuntu excerpt (Kummerfeld et al. 2019, CC-BY-4.0)', () => {
  const text = fixture('ubuntu-irc-excerpt.txt');
  const r = parseChat(text, { date: '2005-08-08' });
  const at = (line: number) => r.comments.find((c) => c.line === line);

  it('turns each of the 80 lines into one comment numbered by its line', () => {
    expect(text.split('\n').filter(Boolean)).toHaveLength(80);
    expect(r.comments).toHaveLength(80);
    expect(r.skipped).toEqual([]);
    expect(r.comments.every((c, i) => c.line === i + 1)).toBe(true);
  });

  it('recognises the system lines (10 joins, a part, a nick change) and reads the old-style /me line as an action', () => {
    const system = r.comments.filter((c) => c.system);
    expect(system).toHaveLength(12);
    expect(system.filter((c) => /has joined/.test(c.text))).toHaveLength(10);
    expect(at(40)).toMatchObject({ author: 'vader1102', system: true });
    expect(at(49)).toMatchObject({ author: '_mage_afk', renamedTo: '_mage_work', system: true });
    expect(at(50)).toMatchObject({ author: 'Agamotto', text: 'bows' });
    expect(at(50)!.system).toBeUndefined();
  });

  it('keeps addressed messages as written', () => {
    expect(at(4)).toMatchObject({ author: 'thoreauputic', text: 'skalpel: use the eject command' });
    expect(at(80)!.text.startsWith('thoreauputic, it tells me')).toBe(true);
  });

  it('reads the [12:59] → [01:00] step as one minute on the same day', () => {
    expect(at(11)!.time).toBe('2005-08-08T00:59:00Z');
    expect(at(12)!.time).toBe('2005-08-08T01:00:00Z');
    expect(at(80)!.time).toBe('2005-08-08T01:08:00Z');
  });
});
