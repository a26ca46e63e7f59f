/**
 * Slack channel exports (a day's file of a workspace export: an array of message objects with
 * `type: "message"`, `ts`, `user`, `text`, `thread_ts`): each message is identified by its `ts`,
 * answers its thread's first message (`thread_ts`), is by its author's real name (from the
 * `user_profile` any of the author's messages carries, else the user id), and is timed by `ts`.
 * Slack's markup in the text becomes what Slack shows: `<@U123>` is `@Name`, `<#C1|general>` is
 * `#general`, `<https://…|label>` is `label`, and `&lt;`, `&gt;`, `&amp;` are decoded. Joins and
 * leaves are system lines.
 */
import type { JsonObject } from './reddit';
import { isObject } from './reddit';

/** Whether the document's items are Slack messages (the first object is one). */
export function looksLikeSlack(root: unknown): boolean {
  if (!Array.isArray(root)) return false;
  const first = root.find(isObject);
  return first !== undefined && first.type === 'message' && typeof first.ts === 'string';
}

/** Display names by Slack user id, from the profiles the messages carry. */
export function slackUsers(root: unknown): Map<string, string> {
  const names = new Map<string, string>();
  if (!Array.isArray(root)) return names;
  for (const m of root) {
    if (!isObject(m) || typeof m.user !== 'string' || names.has(m.user)) continue;
    const name = profileName(m);
    if (name) names.set(m.user, name);
  }
  return names;
}

function profileName(m: JsonObject): string | undefined {
  const p = m.user_profile;
  if (isObject(p)) {
    for (const key of ['real_name', 'display_name', 'name']) {
      const v = p[key];
      if (typeof v === 'string' && v.trim()) return v.trim();
    }
  }
  for (const key of ['user_name', 'username']) {
    const v = m[key];
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  const bot = m.bot_profile;
  if (isObject(bot) && typeof bot.name === 'string' && bot.name.trim()) return bot.name.trim();
  return undefined;
}

/** Message subtypes that are someone arriving or leaving, not speaking. */
const SYSTEM_SUBTYPES = new Set(['channel_join', 'channel_leave', 'group_join', 'group_leave']);

export interface SlackMessage {
  id: string;
  parent?: string;
  author?: string;
  time: string;
  text: string;
  system: boolean;
}

/** A Slack message's fields (see the module comment), when the object is a message with a `ts`. */
export function slackMessage(obj: JsonObject, users: ReadonlyMap<string, string>): SlackMessage | undefined {
  if (obj.type !== 'message' || typeof obj.ts !== 'string') return undefined;
  const user = typeof obj.user === 'string' ? obj.user : undefined;
  const out: SlackMessage = {
    id: obj.ts,
    time: obj.ts,
    text: typeof obj.text === 'string' ? slackText(obj.text, users) : '',
    system: typeof obj.subtype === 'string' && SYSTEM_SUBTYPES.has(obj.subtype),
  };
  if (typeof obj.thread_ts === 'string' && obj.thread_ts !== obj.ts) out.parent = obj.thread_ts;
  const author = (user !== undefined ? users.get(user) : undefined) ?? profileName(obj) ?? user;
  if (author !== undefined) out.author = author;
  return out;
}

/** Slack's text markup as Slack shows it (see the module comment). */
export function slackText(text: string, users: ReadonlyMap<string, string>): string {
  return text
    .replace(/<([@#!])([^<>|]*)(?:\|([^<>]*))?>/g, (_whole, sigil: string, ref: string, label?: string) => {
      if (sigil === '@') return `@${label || users.get(ref) || ref}`;
      if (sigil === '#') return `#${label || ref}`;
      return `@${(label || ref).replace(/^@/, '').replace(/^subteam\^/, '')}`; // <!here>, <!channel>, <!subteam^ID|@team>
    })
    .replace(/<([^<>|]+)\|([^<>]*)>/g, (_whole, _url: string, label: string) => label)
    .replace(/<((?:https?|mailto|ftp):[^<>]*)>/g, '$1')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
