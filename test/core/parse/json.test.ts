import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJson } from '../../../src/core/parse/json';
import { readJson, JsonSyntaxError, newJsonLines } from '../../../src/core/parse/json-reader';
import { InputError } from '../../../src/core/errors';
import { inputErrorOf as errorOf } from '../../helpers/input-error';
import { buildThread } from '../../../src/core/thread';
import { inferReplies } from '../../../src/core/infer/index';

const fixtureDir = new URL('../../fixtures/json/', import.meta.url);
const fixture = (name: string): string => readFileSync(new URL(name, fixtureDir), 'utf8');


describe('parseJson: arrays and wrappers', () => {
  const r = parseJson(fixture('array.json'));

  it('reads an array of comment objects with numeric ids and unix times', () => {
    expect(r.format).toBe('json');
    expect(r.dialect).toBe('generic');
    expect(r.comments[0]).toEqual({
      author: 'Mila Novak', text: 'Does anyone have the slides?', line: 2, id: '1',
      time: '2021-09-01T10:00:00Z', timePrecision: 'second',
    });
    expect(r.comments[1]).toMatchObject({ id: '2', parentId: '1', time: '2021-09-01T10:10:00Z', line: 3 });
    expect(r.comments[2]).toMatchObject({ author: 'Sana Iqbal', time: '2021-09-01T10:20:00Z', line: 6 });
  });

  it('decodes entities in plain text', () => {
    expect(r.comments[2]!.text).toBe('Same id as an earlier one & still kept.');
  });

  it('gives a repeated id a suffix and a note', () => {
    expect(r.comments.map((c) => c.id)).toEqual(['1', '2', '2~2', '4']);
    expect(r.notes.some((n) => /repeated an earlier id.*line 6.*"2" became "2~2"/.test(n))).toBe(true);
  });

  it('skips non-objects and items without text, with the line each starts on', () => {
    expect(r.skipped.map((s) => [s.line, s.reason])).toEqual([
      [4, 'item is a string, not a comment object'],
      [5, 'item has no text'],
    ]);
  });

  it('says so when the only object has no fields (rows given as arrays of values)', () => {
    const e = errorOf(() => parseJson('[\n  [12, "ann", "Hello"],\n  {}\n]'));
    expect(e.message).toBe('no author or text field found in the items; the first item has no fields');
    expect(e.line).toBe(3);
  });

  it('keeps comments with unreadable times and notes them once', () => {
    expect(r.comments[3]!.time).toBeUndefined();
    expect(r.notes.filter((n) => n.includes('could not be read'))).toEqual([
      '1 time could not be read and was left empty (first at line 7: "next week").',
    ]);
  });

  it('finds comments under a wrapper key and reads nested author objects', () => {
    const w = parseJson(fixture('wrapped.json'));
    expect(w.title).toBe('Venue options');
    expect(w.comments.map((c) => c.author)).toEqual(['Aru Sato', 'jpk', 'Wen Li', 'orla_d']);
    expect(w.comments.map((c) => c.parentId)).toEqual([undefined, 'm1', 'm1', undefined]);
    expect(w.comments[2]!.text).toBe('Library is closer to the station.');
    expect(w.comments.map((c) => c.line)).toEqual([4, 13, 22, 31]);
  });

  it('reads a single comment object as one comment', () => {
    const s = parseJson('{"author": "A", "body": "alone"}');
    expect(s.comments).toEqual([{ author: 'A', text: 'alone', line: 1 }]);
  });

  it('finds a comment list nested under wrapper keys', () => {
    const s = parseJson('{"meta": {"n": 1}, "data": {"results": [{"user": "A", "comment": "x"}]}}');
    expect(s.comments.map((c) => c.text)).toEqual(['x']);
  });
});

describe('parseJson: NDJSON', () => {
  it('reads one object per line, numbering by line', () => {
    const r = parseJson(fixture('messages.ndjson'));
    expect(r.dialect).toBe('ndjson');
    expect(r.comments.map((c) => [c.id, c.author, c.line, c.parentId])).toEqual([
      ['e1', 'Rui Costa', 1, undefined],
      ['e2', 'Maja Berg', 2, 'e1'],
      ['e3', 'Rui Costa', 4, undefined],
    ]);
  });

  it('names the bad line', () => {
    const e = errorOf(() => parseJson(fixture('bad-line.ndjson')));
    expect(e.code).toBe('BAD_JSON');
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/^line 3 is not valid JSON/);
    expect(e.hint).toBe('Check the file is valid JSON (or one JSON object per line).');
  });
});

describe('parseJson: nested replies', () => {
  const r = parseJson(fixture('nested.json'));

  it('flattens replies depth first in page order', () => {
    expect(r.comments.map((c) => c.author)).toEqual(['Vera Holm', 'Luis Pena', 'Vera Holm', 'Ada Quinn', 'Bo Kerr', 'Cy Dunn']);
    expect(r.comments.map((c) => c.line)).toEqual([3, 9, 15, 23, 32, 37]);
  });

  it('points each reply at its enclosing comment unless it names its own parent', () => {
    expect(r.comments.map((c) => c.parentId)).toEqual([undefined, 'n1', 'n2', 'n3', undefined, 'c5']);
  });

  it('gives a parent without id its positional id so replies can point at it', () => {
    expect(r.comments[4]!.id).toBe('c5');
    expect(r.notes.some((n) => n.includes('had no id'))).toBe(true);
  });
});

describe('parseJson: deep nesting', () => {
  const chain = (depth: number): string => {
    let s = '{"author": "a", "text": "t0", "id": "d0"}';
    for (let i = 1; i < depth; i++) s = `{"author": "a", "text": "t${i}", "id": "d${i}", "replies": [${s}]}`;
    return s;
  };

  it('follows a long reply chain', () => {
    const r = parseJson(chain(1000));
    expect(r.comments).toHaveLength(1000);
    expect(r.comments[999]).toMatchObject({ id: 'd0', parentId: 'd1' });
  });

  it('reports nesting too deep to read as BAD_JSON, not a stack overflow', () => {
    const e = errorOf(() => parseJson(chain(20000)));
    expect(e.code).toBe('BAD_JSON');
    expect(e.message).toMatch(/too deeply/);
  });
});

describe('parseJson: HTML sources', () => {
  it('converts Zulip-style HTML content to plain text with quote lines', () => {
    const r = parseJson(fixture('zulip-like.json'));
    expect(r.dialect).toBe('zulip');
    expect(r.comments).toHaveLength(4);
    expect(r.comments[1]!.text).toBe('@Petra Lund yes, it works after clearing the cache.');
    expect(r.comments[2]!.text).toBe(
      'Petra Lund said:\n\n> Has anyone tried building the docs with the new toolchain?\n\nNot yet & I would wait for the next release.',
    );
    expect(r.comments[3]!.text).toBe('Clearing the cache fixed it for me too <3');
    expect(r.comments[0]).toMatchObject({ id: '500001', author: 'Petra Lund', time: '2023-11-14T22:13:20Z', line: 2 });
  });

  it('reads a Zulip message topic (subject) as the comment topic, and no other JSON subject', () => {
    const zulip = parseJson(JSON.stringify([
      { id: 1, sender_full_name: 'Ann', content: '<p>hi</p>', timestamp: 1700000000, subject: 'docs build' },
      { id: 2, sender_full_name: 'Bob', content: '<p>yo</p>', timestamp: 1700000060, subject: 'release' },
    ]));
    expect(zulip.comments.map((c) => c.topic)).toEqual(['docs build', 'release']);
    const mailLike = parseJson(JSON.stringify([{ author: 'Ann', text: 'hi', subject: 'Plans' }, { author: 'Bob', text: 'yo', subject: 'Re: Plans' }]));
    expect(mailLike.comments.map((c) => c.topic)).toEqual([undefined, undefined]);
  });

  it('reads a number as the author only where no field names the author in words', () => {
    const numbered = parseJson(JSON.stringify([{ author: 20201, text: 'hi' }, { user: 7, text: 'yo' }]));
    expect(numbered.comments.map((c) => c.author)).toEqual(['20201', '7']);
    // Beside a name field a number is a user id, as WordPress's "author": 0 beside "author_name".
    const named = parseJson(JSON.stringify([{ author: 0, author_name: 'Sol Reyes', text: 'hi' }, { author: 3, author_name: '', text: 'anonymous' }]));
    expect(named.comments.map((c) => c.author)).toEqual(['Sol Reyes']);
    expect(named.skipped).toHaveLength(1);
  });

  it('reads WordPress REST comments: rendered HTML, author_name, date_gmt, parent 0', () => {
    const r = parseJson(fixture('wordpress-rest.json'));
    expect(r.dialect).toBe('wordpress');
    expect(r.comments.map((c) => [c.id, c.author, c.time, c.parentId, c.text])).toEqual([
      ['11', 'Sol Reyes', '2019-07-04T14:30:00Z', undefined, 'Lovely write-up.\nThanks!'],
      ['12', 'Tam Ng', '2019-07-04T15:00:00Z', '11', 'Glad you liked it – more soon.'],
    ]);
  });
});

describe('parseJson: Reddit', () => {
  it('reads the API listing pair: submission first, fullname ids, replies flattened', () => {
    const r = parseJson(fixture('reddit-api.json'));
    expect(r.dialect).toBe('reddit');
    expect(r.title).toBe('Which bike lock do you trust?');
    expect(r.comments.map((c) => [c.id, c.author, c.parentId])).toEqual([
      ['t3_p0st1', 'quiet_harbor', undefined],
      ['t1_c0001', 'gear_goblin', 't3_p0st1'],
      ['t1_c0002', 'quiet_harbor', 't1_c0001'],
      ['t1_c0004', 'night_owl_77', 't1_c0003'],
      ['t1_c0005', '[deleted]', 't3_p0st1'],
    ]);
    expect(r.comments[0]!.text).toBe('Which bike lock do you trust?\n\nMine was cut last week & I need a better one.');
    expect(r.comments[0]!.time).toBe('2023-07-22T04:26:40Z');
    expect(r.comments[2]!.text).toBe('> A heavy U-lock\n\nWhich brand?');
  });

  it('skips deleted comments and "more" placeholders with their lines', () => {
    const r = parseJson(fixture('reddit-api.json'));
    expect(r.skipped.map((s) => [s.line, s.reason])).toEqual([
      [68, 'comment was deleted (its text is a removal marker)'],
      [109, 'Reddit "more" placeholder: 3 more replies are not in the file'],
    ]);
  });

  it('reads the flat posts[].comments[] shape, keeping a parent that is not in the file', () => {
    const r = parseJson(fixture('reddit-flat.json'));
    expect(r.dialect).toBe('reddit');
    expect(r.comments.map((c) => [c.id, c.parentId])).toEqual([
      ['t3_x1y2z3', undefined],
      ['t1_k0001', 't3_x1y2z3'],
      ['t1_k0002', 't1_k0001'],
      ['t1_k0003', 't1_k0002'],
      ['t1_k0004', 't1_k9999'],
      ['t1_k0005', 't3_x1y2z3'],
    ]);
    expect(r.comments[0]).toMatchObject({
      author: 'paper_lantern',
      text: 'Quietest coffee shop for working?\n\nLooking for somewhere with outlets and no music.',
      time: '2024-05-01T12:00:00Z',
    });
    expect(r.comments[2]!.text).toBe('> it is silent\n\nNot on weekends.');
    expect(r.skipped.map((s) => [s.line, s.reason])).toEqual([[58, 'comment was deleted (its text is a removal marker)']]);
  });

  it('puts bare ids into fullname form when the source mixes both', () => {
    const r = parseJson(JSON.stringify({
      posts: [{
        id: 'abc', title: 'T', content: '', author: 'op',
        comments: [
          { id: 'k1', content: 'hi', author: 'x', parent_id: 't3_abc' },
          { id: 'k2', content: 'yo', author: 'y', parent_id: 'k1' },
        ],
      }],
    }));
    expect(r.comments.map((c) => [c.id, c.parentId, c.text])).toEqual([
      ['t3_abc', undefined, 'T'],
      ['t1_k1', 't3_abc', 'hi'],
      ['t1_k2', 't1_k1', 'yo'],
    ]);
  });

  it('gives the comments under each of several submissions the submission as their topic', () => {
    const r = parseJson(JSON.stringify({
      posts: [
        { id: 't3_a', title: 'Best tacos?', content: '', author: 'op1', comments: [{ id: 't1_k1', content: 'The truck.', author: 'x', parent_id: 't3_a' }] },
        { id: 't3_b', title: 'Best bagels?', content: '', author: 'op2', comments: [{ id: 't1_k2', content: 'The deli.', author: 'y', parent_id: 't3_b' }] },
      ],
    }));
    expect(r.comments.map((c) => [c.id, c.topic])).toEqual([
      ['t3_a', 'Best tacos?'], ['t1_k1', 'Best tacos?'], ['t3_b', 'Best bagels?'], ['t1_k2', 'Best bagels?'],
    ]);
  });

  it('normalises Pushshift-style NDJSON (bare ids, fullname parents)', () => {
    const r = parseJson('{"id":"a1","author":"x","body":"one","parent_id":"t3_p","created_utc":1600000000}\n' +
      '{"id":"a2","author":"y","body":"two","parent_id":"t1_a1","created_utc":"1600000060"}\n');
    expect(r.comments.map((c) => [c.id, c.parentId, c.time])).toEqual([
      ['t1_a1', 't3_p', '2020-09-13T12:26:40Z'],
      ['t1_a2', 't1_a1', '2020-09-13T12:27:40Z'],
    ]);
  });
});

describe('parseJson: errors', () => {
  it('gives the line of a syntax error', () => {
    const e = errorOf(() => parseJson(fixture('syntax-error.json')));
    expect(e.code).toBe('BAD_JSON');
    expect(e.line).toBe(8);
    expect(e.message).toContain('line 8, column 5');
    expect(e.hint).toBe('Check the file is valid JSON (or one JSON object per line).');
  });

  it('finds the line of an unterminated string and of trailing text', () => {
    expect(errorOf(() => parseJson('[\n  {"author": "A",\n   "text": "open\n  }\n]')).line).toBe(3);
    expect(errorOf(() => parseJson('[\n{"author":"A","text":"x"}\n]\n]\n')).line).toBe(4);
  });

  it('rejects empty input and bare values', () => {
    expect(errorOf(() => parseJson('\uFEFF  \n')).code).toBe('EMPTY_INPUT');
    expect(errorOf(() => parseJson('42')).code).toBe('BAD_JSON');
  });

  it('lists the keys and says how to map fields when no author or text field exists', () => {
    const e = errorOf(() => parseJson('[{"who": "A", "said": "x"}]'));
    expect(e.code).toBe('BAD_JSON');
    expect(e.message).toBe('no author or text field found in the items; the first item has "who", "said"');
    expect(e.hint).toContain('--columns author=who,text=said');
  });

  it('says when an object holds no list of comments', () => {
    const e = errorOf(() => parseJson('{"version": 2, "ok": true}'));
    expect(e.code).toBe('BAD_JSON');
    expect(e.message).toContain('"version", "ok"');
  });
});

describe('parseJson: hand mapping', () => {
  it('maps fields to dotted paths, overriding auto-mapping', () => {
    const input = '[{"author": "ignored", "meta": {"who": "A"}, "said": "hello", "body": "not this"}]';
    const r = parseJson(input, { columns: { author: 'meta.who', text: 'said' } });
    expect(r.comments).toEqual([{ author: 'A', text: 'hello', line: 1 }]);
  });

  it('rejects a path found in no item', () => {
    const e = errorOf(() => parseJson('[{"author": "A", "text": "x"}]', { columns: { author: 'user.nick' } }));
    expect(e.code).toBe('BAD_OPTION');
    expect(e.message).toContain('"user.nick"');
    expect(e.message).toContain('"author", "text"');
  });
});

describe('readJson', () => {
  it('gives the same values as JSON.parse on every fixture', () => {
    for (const name of readdirSync(fixtureDir)) {
      if (!name.endsWith('.json') || name === 'syntax-error.json') continue;
      const text = fixture(name);
      expect(readJson(text), name).toEqual(JSON.parse(text));
    }
  });

  it('reads escapes, numbers and a __proto__ key like JSON.parse', () => {
    const text = '{"s": "a\\"b\\\\c\\u00e9\\ud83d\\ude00\\n", "n": [-0.5e2, 0, 12], "__proto__": {"x": 1}, "t": [true, false, null]}';
    const value = readJson(text) as Record<string, unknown>;
    expect(value).toEqual(JSON.parse(text));
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toContain('__proto__');
  });

  it('records where objects and array elements start', () => {
    const lines = newJsonLines();
    const value = readJson('[\n  1,\n\n  {"a": 2}\n]', 1, lines) as unknown[];
    expect(lines.elementLines.get(value)).toEqual([2, 4]);
    expect(lines.containerLine.get(value[1] as object)).toBe(4);
  });

  it('reports line and column of the first error', () => {
    for (const [text, line, column] of [['{"a": 01}', 1, 8], ['[1,\n 2,\n ]', 3, 2], ['{"a" 1}', 1, 6]] as const) {
      try {
        readJson(text);
        throw new Error(`no error for ${text}`);
      } catch (e) {
        expect(e).toBeInstanceOf(JsonSyntaxError);
        expect([(e as JsonSyntaxError).line, (e as JsonSyntaxError).column], text).toEqual([line, column]);
      }
    }
  });

  it('reads a YouTube comment download: "root" parents are top-level comments, the others answer their parent', () => {
    const r = parseJson(JSON.stringify({
      id: 'v1', title: 'A video', comments: [
        { id: 'Ugx1', text: 'Great explanation', author: '@sarahjones', parent: 'root', timestamp: 1690000000 },
        { id: 'Ugx1.a1', text: '@sarahjones agreed', author: '@tomr', parent: 'Ugx1', timestamp: 1690000500 },
        { id: 'Ugx2', text: 'Which song is that?', author: '@lee', parent: 'root', timestamp: 1690001000 },
      ],
    }));
    expect(r.comments.map((c) => [c.author, c.parentId])).toEqual([['@sarahjones', undefined], ['@tomr', 'Ugx1'], ['@lee', undefined]]);
  });

  it('reads a Discourse topic: posts by number, each answering the number it names, by "Name (@username)"', () => {
    const r = parseJson(readFileSync('test/fixtures/json/discourse-topic.json', 'utf8'));
    expect(r.dialect).toBe('discourse');
    expect(r.comments.map((c) => [c.id, c.author, c.parentId])).toEqual([
      ['1', 'Ann Lee (@annlee)', undefined], ['2', 'bstone', '1'], ['3', 'Cy Park (@cypark)', '2'], ['4', 'Ann Lee (@annlee)', undefined],
    ]);
    // The rendered post: a quoted block as "> " lines, entities decoded; the suggested topics are not posts.
    expect(r.comments[2]!.text).toBe('> only with the older kernel & the vendor firmware\n\nSame here. Which firmware version exactly?');
    expect(r.title).toBe('New release on ARM boards');
    // The @username finds its person.
    const { replies } = inferReplies(buildThread(r).thread);
    expect(replies.filter((x) => x.commentIndex === 4).map((x) => [x.target, x.signal])).toEqual([['cy-park', 'salutation']]);
  });

  it('reads a Slack channel export: messages by real name, timed by ts, answering their thread, with Slack markup as Slack shows it', () => {
    const r = parseJson(readFileSync('test/fixtures/json/slack-channel-day.json', 'utf8'));
    expect(r.dialect).toBe('slack');
    expect(r.comments.map((c) => [c.author, c.time, c.parentId, c.system ?? false])).toEqual([
      ['Cy Park', '2022-04-15T05:20:00Z', undefined, true],
      ['Ann Lee', '2022-04-15T05:21:00Z', undefined, false],
      ['Bob Stone', '2022-04-15T05:22:00Z', '1650000060.000200', false],
      ['ci-bot', '2022-04-15T05:22:30Z', undefined, false],
      ['Cy Park', '2022-04-15T05:23:00Z', '1650000060.000200', false],
      ['Ann Lee', '2022-04-15T05:24:00Z', undefined, false],
    ]);
    expect(r.comments.map((c) => c.text).slice(1, 3)).toEqual([
      '@here is the deploy blocked on the migration? The runbook is here.',
      '@Ann Lee yes, waiting for the DBA & the backup to finish',
    ]);
    expect(r.comments[4]!.text).toContain('see #ops for');
    expect(r.skipped.map((s) => [s.line, s.reason])).toEqual([[48, 'item has no text']]);
    // Ann thanks both people who answered her, by the names Slack shows.
    const { replies } = inferReplies(buildThread(r).thread);
    expect(replies.filter((x) => x.commentIndex === 6).map((x) => [x.target, x.signal]).sort()).toEqual([['bob-stone', 'salutation'], ['cy-park', 'salutation']]);
  });

  it('reads a Telegram chat export: text given in pieces, replies by reply_to_message_id, times in UTC, service messages skipped', () => {
    const r = parseJson(readFileSync('test/fixtures/json/telegram-group.json', 'utf8'));
    expect(r.comments.map((c) => [c.id, c.author, c.time, c.parentId])).toEqual([
      ['2', 'Ann Lee', '2022-01-01T10:00:00Z', undefined],
      ['3', 'Bob Stone', '2022-01-01T10:05:00Z', '2'],
      ['4', 'Cy Park', '2022-01-01T10:07:00Z', undefined],
    ]);
    expect(r.comments[1]!.text).toBe('I do, about ten, collect them on Saturday.');
    expect(r.skipped.map((s) => [s.line, s.reason])).toEqual([
      [6, 'service message (create group), not a comment'],
      [50, 'service message (join group by link), not a comment'],
    ]);
  });

  it('reads a Discord channel export: authors by nickname with their @name, replies by the message they reference', () => {
    const r = parseJson(readFileSync('test/fixtures/json/discord-channel.json', 'utf8'));
    expect(r.dialect).toBe('discord');
    expect(r.comments.map((c) => [c.author, c.parentId])).toEqual([
      ['Ann (@annlee)', undefined], ['Bob (@bobstone)', '400000000000009001'], ['Workshop Bot', undefined],
      ['Ann (@annlee)', '400000000000009002'], ['Ann (@annlee)', undefined],
    ]);
    // "@Bob" finds Bob by the nickname people see.
    const { replies } = inferReplies(buildThread(r).thread);
    expect(replies.filter((x) => x.commentIndex === 5).map((x) => [x.target, x.signal])).toEqual([['bob', 'salutation']]);
  });

  it('reads a Mastodon status context: the posts above, then the replies below, by "Name (@username)", each answering in_reply_to_id', () => {
    const r = parseJson(readFileSync('test/fixtures/json/mastodon-context.json', 'utf8'));
    expect(r.dialect).toBe('mastodon');
    expect(r.comments.map((c) => [c.id?.slice(-1), c.author, c.parentId?.slice(-1)])).toEqual([
      ['1', 'Ann Lee (@ann)', undefined], ['2', 'Bob Stone (@bob)', '1'], ['4', 'dee', '3'], ['5', 'Bob Stone (@bob)', '4'],
    ]);
    expect(r.comments[1]!.text).toBe('@ann yes, every few minutes & only for media.');
    const { replies } = inferReplies(buildThread(r).thread);
    expect(replies.map((x) => [x.commentIndex, x.target, x.signal])).toEqual([[2, 'ann-lee', 'explicit'], [4, 'dee', 'explicit']]);
  });

  it('suggests a hand mapping from the keys\' names, never an id, count or time, reaching into nested objects', () => {
    const input = '[{"id":1,"created":"2020-01-01","reply_to_poster_id":7,"poster":{"handle":"ann","links":{"home":"x"}},"msg_html":"<p>hi</p>","likes":3}]';
    const e = errorOf(() => parseJson(input));
    expect(e.hint).toBe('Name the columns by hand, e.g. --columns author=poster.handle,text=msg_html.');
    // The same choice for the app: every path of the first item, and the guess.
    expect(e.columns).toEqual({
      names: ['id', 'created', 'reply_to_poster_id', 'poster.handle', 'poster.links.home', 'msg_html', 'likes'],
      guess: { id: 'id', time: 'created', author: 'poster.handle', text: 'msg_html' },
    });
    // The suggestion reads the comment.
    const r = parseJson(input, { columns: e.columns!.guess });
    expect(r.comments.map((c) => [c.author, c.text])).toEqual([['ann', 'hi']]);
  });
});
