/**
 * mbox parser: message splitting, header decoding, parents, body decoding, skipped messages
 * and errors, on the synthetic garden-club mailbox and small inline messages.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors';
import { inputErrorOf as thrown } from '../../helpers/input-error';
import { authorFromHeader, decodeEncodedWords, messageIds, parseMailbox } from '../../../src/core/parse/mail-headers';
import { parseMbox } from '../../../src/core/parse/mbox';
import type { RawComment } from '../../../src/core/types';

const fixture = readFileSync(new URL('../../fixtures/mbox/garden-club.mbox', import.meta.url), 'utf8');
const result = parseMbox(fixture);
const byId = (id: string): RawComment => {
  const found = result.comments.find((c) => c.id === id);
  if (!found) throw new Error(`no comment ${id}`);
  return found;
};


describe('parseMbox on the garden-club fixture', () => {
  it('finds six messages in mbox dialect, at their separator lines', () => {
    expect(result.format).toBe('mbox');
    expect(result.dialect).toBe('mbox');
    expect(result.comments.map((c) => c.line)).toEqual([1, 17, 31, 54, 100, 112]);
  });

  it('takes ids from Message-ID without angle brackets', () => {
    expect(result.comments.map((c) => c.id)).toEqual([
      'seed-1@example.org', 'seed-2@example.com', 'seed-3@example.net',
      'seed-4@example.com', 'seed-6@example.org', 'seed-7@example.org',
    ]);
  });

  it('takes parents from In-Reply-To, else the last References id, and keeps dangling ones', () => {
    expect(byId('seed-1@example.org').parentId).toBeUndefined();
    expect(byId('seed-2@example.com').parentId).toBe('seed-1@example.org');
    // References only, folded over two lines: the last id is the parent.
    expect(byId('seed-3@example.net').parentId).toBe('seed-2@example.com');
    // In-Reply-To names a message that is not in the file.
    expect(byId('seed-4@example.com').parentId).toBe('not-in-this-file@example.org');
    // In-Reply-To with a trailing comment that itself mentions a name and a date.
    expect(byId('seed-7@example.org').parentId).toBe('seed-4@example.com');
  });

  it('decodes authors: quoted names, encoded-words, folded From, comments and bare addresses', () => {
    expect(result.comments.map((c) => c.author)).toEqual([
      'Ada Quill', 'Zoë Marchetti', 'Renée Fournier', 'Okafor, Chidi', 'Pat Lindqvist', 'noname',
    ]);
  });

  it('converts Date headers with their zones to UTC', () => {
    expect(byId('seed-1@example.org').time).toBe('2020-03-02T08:00:00Z');
    expect(byId('seed-1@example.org').timePrecision).toBe('second');
    expect(byId('seed-4@example.com').time).toBe('2020-03-03T08:05:00Z');
  });

  it('undoes mboxrd >From escaping by one level', () => {
    const text = byId('seed-1@example.org').text;
    expect(text).toContain('\nFrom the archive: last year we had forty visitors.\n');
    expect(text).toContain('\n>From here on, bring labels.\n');
    expect(text.startsWith('Hello all,')).toBe(true);
    expect(text.endsWith('Ada')).toBe(true);
  });

  it('decodes a base64 UTF-8 body', () => {
    expect(byId('seed-2@example.com').text).toBe("Hi Ada,\n\nCount me in — I'll bring tomato seeds.\n\nZoë");
  });

  it('decodes quoted-printable ISO-8859-1 with soft breaks and =2E, keeping attribution and nested quotes', () => {
    expect(byId('seed-3@example.net').text).toBe([
      'On Mon, 2 Mar 2020 10:15:00 +0100, Zoë Marchetti <zoe@example.com> wrote:',
      '> Hi Ada,',
      '>',
      '> Count me in',
      '>> The seed swap is on Saturday.',
      'Lovely! This line is long enough that the mailer wrapped it with a soft break.',
      'Café afterwards?',
    ].join('\n'));
  });

  it('picks the text/plain part of a nested multipart/alternative and ignores the attachment', () => {
    expect(byId('seed-4@example.com').text).toBe('Renee, yes to the cafe.\nI have a spare trowel if anyone needs one.');
  });

  it('converts an HTML-only body to plain text with quotes marked', () => {
    expect(byId('seed-6@example.org').text).toBe('Count me in & my neighbour too.\n\n> Café afterwards?');
  });

  it('skips the message without a From header, naming its lines', () => {
    expect(result.skipped).toEqual([
      { line: 92, endLine: 99, reason: 'message has no From header', excerpt: 'Automatic reminder' },
    ]);
    expect(result.comments.some((c) => c.id === 'reminder-1@example.org')).toBe(false);
  });
});

describe('parseMbox on inline input', () => {
  const single = [
    '',
    'Return-Path: <lee@example.org>',
    'From: Lee Anders <lee@example.org>',
    'Date: Thu, 5 Mar 2020 10:00:00 -0500',
    'Message-ID: <solo@example.org>',
    'References: <a@example.org> <b@example.org>',
    '',
    'From my point of view this works.',
    '',
  ].join('\r\n');

  it('reads one raw message that starts with headers as dialect "message"', () => {
    const r = parseMbox(single);
    expect(r.dialect).toBe('message');
    expect(r.comments).toHaveLength(1);
    expect(r.comments[0]).toMatchObject({
      author: 'Lee Anders', id: 'solo@example.org', parentId: 'b@example.org', line: 2,
      time: '2020-03-05T15:00:00Z', text: 'From my point of view this works.',
    });
  });

  it('does not split on a From line that does not follow a blank line', () => {
    const text = [
      'From a@example.org Thu Mar  5 10:00:00 2020',
      'From: A <a@example.org>',
      '',
      'first line',
      'From b@example.org Thu Mar  5 10:00:00 2020',
      'From: B <b@example.org>',
    ].join('\n');
    const r = parseMbox(text);
    expect(r.comments).toHaveLength(1);
    expect(r.comments[0]!.text).toContain('From: B <b@example.org>');
  });

  it('lists text before the first separator as skipped', () => {
    const r = parseMbox('stray words\n\nFrom x@example.org Thu Mar  5 10:00:00 2020\nFrom: X <x@example.org>\n\nhi\n');
    expect(r.comments.map((c) => c.line)).toEqual([3]);
    expect(r.skipped).toEqual([{ line: 1, endLine: 2, reason: 'text before the first "From " separator line', excerpt: 'stray words' }]);
  });

  it('skips a message whose From header names no one', () => {
    const r = parseMbox('From x Thu Mar  5 10:00:00 2020\nFrom: <>\nSubject: empty sender\n\nbody\n');
    expect(r.comments).toHaveLength(0);
    expect(r.skipped[0]).toMatchObject({ line: 1, reason: 'From header names no one' });
  });

  it('throws BAD_MBOX with the first line of text that has no message at all', () => {
    const error = thrown(() => parseMbox('\n\nDear diary,\ntoday was fine.\n'));
    expect(error.code).toBe('BAD_MBOX');
    expect(error.line).toBe(3);
    expect(error.hint).toMatch(/From /);
  });

  it('throws EMPTY_INPUT for blank input', () => {
    expect(thrown(() => parseMbox(' \n\n')).code).toBe('EMPTY_INPUT');
  });
});

describe('mail header helpers', () => {
  it('joins adjacent encoded-words, even when a UTF-8 character is split between them', () => {
    // "é" is C3 A9 in UTF-8; the two bytes sit in two words.
    expect(decodeEncodedWords('=?utf-8?Q?Caf=C3?= =?utf-8?Q?=A9_au_lait?= ok')).toBe('Café au lait ok');
    expect(decodeEncodedWords('plain =?windows-1252?Q?=80uro?= text')).toBe('plain €uro text');
    expect(decodeEncodedWords('=?UTF-8?B?w5hzdGJ5?=')).toBe('Østby');
  });

  it('reads the display name from each mailbox form', () => {
    expect(parseMailbox('"Doe, Jane" <jane@example.org>')).toEqual({ name: 'Doe, Jane', address: 'jane@example.org' });
    expect(parseMailbox('jane@example.org (Jane Doe)')).toEqual({ name: 'Jane Doe', address: 'jane@example.org' });
    expect(parseMailbox('"Say \\"Hi\\" Jane" <j@example.org>').name).toBe('Say "Hi" Jane');
    expect(authorFromHeader('jane.doe@example.org')).toBe('jane.doe');
    expect(authorFromHeader('"=?ISO-8859-1?Q?J=F6rg?=" <j@example.org>')).toBe('Jörg');
  });

  it('lists message ids in order without brackets', () => {
    expect(messageIds('<a@x> <b@x>\t<c@x>')).toEqual(['a@x', 'b@x', 'c@x']);
    expect(messageIds('bare@example.org')).toEqual(['bare@example.org']);
    expect(messageIds(undefined)).toEqual([]);
  });
});
