/**
 * Evaluation case for a forum discussion of the Internet Argument Corpus (Walker et al., LREC
 * 2012): `discussions/N.json` is `[posts, annotations, metadata]`, each post
 * `[post_id, side, author, raw_text, annotations, parent_post_id, category, unix_timestamp]`;
 * `quotes/N.json` lists `[post_id, [start, end, {quote_id, author, …}]]` quote spans.
 *
 * Gold parents of a post: the posts it quotes, when it has quote spans naming at least one
 * post id and every named id is a post of the discussion; otherwise its `parent_post_id` when
 * that is in the discussion (the forum's reply link often just points at the opening post,
 * so the quote source is the better gold where there is one). Spans without a `quote_id`
 * (quotes of outside text) name no post and are left out. Every post is scored.
 *
 * Inference sees author, time, id and `raw_text` as it is — the quoted text stands inline at
 * the start of the post, which is the cue to find — and no parent ids.
 */
import type { RawComment } from '../types';
import { parseDate } from '../parse/dates';
import { buildThread } from '../thread';
import type { EvalCase } from './datasets';
import { goldLinks } from './gold-links';
import { badRecord, readSourceJson } from './source-json';

interface IacPost {
  id: string;
  author: string;
  text: string;
  parentId?: string;
  timestamp?: number;
}

function idText(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  return undefined;
}

/** The posts of a `discussions/N.json` file, in file order. */
export function readIacPosts(discussionJson: string): IacPost[] {
  const what = 'the IAC discussion';
  const { value, lineOf } = readSourceJson(discussionJson, what);
  if (!Array.isArray(value) || !Array.isArray(value[0])) {
    badRecord(what, 1, 'expected [posts, annotations, metadata] with posts a list');
  }
  const posts = value[0] as unknown[];
  const seen = new Set<string>();
  return posts.map((raw, i) => {
    const line = lineOf(posts, i);
    if (!Array.isArray(raw) || raw.length < 8) badRecord(`post ${i + 1} of ${what}`, line, 'expected an array of 8 fields [post_id, side, author, raw_text, annotations, parent_post_id, category, timestamp]');
    const id = idText(raw[0]);
    if (id === undefined) badRecord(`post ${i + 1} of ${what}`, line, 'the post id (field 1) is missing');
    if (seen.has(id)) badRecord(`post ${i + 1} of ${what}`, line, `the post id ${id} appears twice, so gold links to it are ambiguous`);
    seen.add(id);
    if (typeof raw[2] !== 'string' || raw[2].trim() === '') badRecord(`post ${id} of ${what}`, line, 'the author (field 3) is not a name');
    if (typeof raw[3] !== 'string') badRecord(`post ${id} of ${what}`, line, 'raw_text (field 4) is not a string');
    const post: IacPost = { id, author: raw[2], text: raw[3] };
    const parent = idText(raw[5]);
    if (parent !== undefined) post.parentId = parent;
    if (typeof raw[7] === 'number') post.timestamp = raw[7];
    return post;
  });
}

/** Post id → the post ids its quote spans name (spans without a `quote_id` name none). */
export function readIacQuotes(quotesJson: string): Map<string, string[]> {
  const what = 'the IAC quotes file';
  const { value, lineOf } = readSourceJson(quotesJson, what);
  if (!Array.isArray(value)) badRecord(what, 1, 'expected a list of [post_id, [start, end, data]] entries');
  const out = new Map<string, string[]>();
  value.forEach((entry, i) => {
    const line = lineOf(value, i);
    const post = Array.isArray(entry) ? idText(entry[0]) : undefined;
    const span = Array.isArray(entry) ? entry[1] : undefined;
    if (post === undefined || !Array.isArray(span) || typeof span[0] !== 'number' || typeof span[1] !== 'number') {
      badRecord(`quote entry ${i + 1} of ${what}`, line, 'expected [post_id, [start, end, data]]');
    }
    const data = span[2];
    const source = data && typeof data === 'object' && !Array.isArray(data) ? idText((data as Record<string, unknown>).quote_id) : undefined;
    const list = out.get(post) ?? [];
    if (source !== undefined && !list.includes(source)) list.push(source);
    out.set(post, list);
  });
  return out;
}

/** The gold parents of one post, by the rule in the header. */
function goldParentsOf(post: IacPost, quoted: readonly string[] | undefined, inThread: ReadonlySet<string>): string[] {
  if (quoted && quoted.length > 0 && quoted.every((id) => inThread.has(id))) return [...quoted];
  return post.parentId !== undefined && inThread.has(post.parentId) ? [post.parentId] : [];
}

export function loadIacCase(name: string, discussionJson: string, quotesJson: string): EvalCase {
  const posts = readIacPosts(discussionJson);
  const quotes = readIacQuotes(quotesJson);
  const comments: RawComment[] = posts.map((p) => {
    const c: RawComment = { id: p.id, author: p.author, text: p.text };
    const time = p.timestamp !== undefined ? parseDate(p.timestamp) : undefined;
    if (time) {
      c.time = time.iso;
      c.timePrecision = time.precision;
    }
    return c;
  });
  const { thread } = buildThread({ format: 'json', dialect: 'iac', comments, skipped: [], notes: [] });
  const inThread = new Set(posts.map((p) => p.id));
  const parents = new Map(posts.map((p) => [p.id, goldParentsOf(p, quotes.get(p.id), inThread)]));
  const { goldParents, goldTargets } = goldLinks(thread, (id) => parents.get(id));
  return { name, kind: 'forum', thread, scored: thread.comments.map((c) => c.id), goldParents, goldTargets };
}
