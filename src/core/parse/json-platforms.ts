/**
 * What the shared field names cannot tell about a comment object from a known platform's export:
 * its id, parent, author, time or text as that platform means them. Discourse topics number
 * their posts and a reply names the number it answers; Discord (as DiscordChatExporter writes it)
 * shows people by nickname and keeps a reply's parent in `reference.messageId`; a Slack export
 * identifies and times messages by `ts` and threads them by `thread_ts` (slack.ts); a Mastodon
 * status names its author in `account` and its parent in `in_reply_to_id`. Authors are
 * written "Name (@handle)" where people are addressed by either, so both find them.
 */
import type { RecordFields } from './json-record';
import { isObject, type JsonObject } from './reddit';
import { slackMessage } from './slack';

export type Platform = 'slack' | 'discord' | 'discourse' | 'mastodon';

export interface PlatformReading {
  platform: Platform;
  id?: string;
  /** The parent id; null when the platform says there is none (whatever a shared field says). */
  parent?: string | null;
  author?: string;
  time?: string;
  /** The text; null when the message has none. */
  text?: string | null;
  /** A join or leave, not something said. */
  system?: boolean;
}

/** "Name (@handle)", or the handle alone when there is no other name. */
function nameWithHandle(name: string, handle: string): string {
  return name && name !== handle ? `${name} (@${handle})` : handle;
}

/** A Discourse post: it has a `post_number` and a `reply_to_post_number` key. */
function discoursePost(obj: JsonObject): PlatformReading | undefined {
  if (typeof obj.post_number !== 'number' || !('reply_to_post_number' in obj)) return undefined;
  const reading: PlatformReading = {
    platform: 'discourse', id: String(obj.post_number),
    parent: typeof obj.reply_to_post_number === 'number' ? String(obj.reply_to_post_number) : null,
  };
  const name = typeof obj.name === 'string' ? obj.name.trim() : '';
  const username = typeof obj.username === 'string' ? obj.username.trim() : '';
  if (username) reading.author = nameWithHandle(name, username);
  return reading;
}

/** A Discord message: its author has a `name` and a `nickname`. */
function discordMessage(obj: JsonObject): PlatformReading | undefined {
  const a = obj.author;
  if (!isObject(a) || typeof a.name !== 'string' || typeof a.nickname !== 'string' || !a.name.trim()) return undefined;
  const reading: PlatformReading = { platform: 'discord', author: nameWithHandle(a.nickname.trim(), a.name.trim()) };
  const ref = obj.reference;
  if (isObject(ref) && (typeof ref.messageId === 'string' || typeof ref.messageId === 'number')) reading.parent = String(ref.messageId);
  return reading;
}

/** A Mastodon status: it has an `account` with a `username` and an `in_reply_to_id` key. */
function mastodonStatus(obj: JsonObject): PlatformReading | undefined {
  const a = obj.account;
  if (!isObject(a) || typeof a.username !== 'string' || !a.username.trim() || !('in_reply_to_id' in obj)) return undefined;
  const name = typeof a.display_name === 'string' ? a.display_name.trim() : '';
  const reply = obj.in_reply_to_id;
  return {
    platform: 'mastodon', author: nameWithHandle(name, a.username.trim()),
    parent: typeof reply === 'string' || typeof reply === 'number' ? String(reply) : null,
  };
}

/** The platform's reading of the object, if it is from a known platform. `slackUsers`: given for a Slack export. */
export function platformReading(obj: JsonObject, slackUsers: ReadonlyMap<string, string> | undefined): PlatformReading | undefined {
  if (slackUsers) {
    const m = slackMessage(obj, slackUsers);
    if (m) {
      const reading: PlatformReading = { platform: 'slack', id: m.id, time: m.time, text: m.text || null, parent: m.parent ?? null, system: m.system };
      if (m.author !== undefined) reading.author = m.author;
      return reading;
    }
  }
  return discordMessage(obj) ?? discoursePost(obj) ?? mastodonStatus(obj);
}

/** Puts the platform's reading over the fields the shared names gave. */
export function applyReading(f: RecordFields, r: PlatformReading): void {
  if (r.id !== undefined) f.id = r.id;
  if (r.time !== undefined) f.time = r.time;
  if (r.author !== undefined) f.author = r.author;
  if (r.text === null) delete f.text;
  else if (r.text !== undefined) f.text = r.text;
  // A reply a platform records beside a shared parent field (Discord) keeps the shared one.
  if (r.parent === null) delete f.parent;
  else if (r.parent !== undefined && (r.platform !== 'discord' || f.parent === undefined)) f.parent = r.parent;
}
