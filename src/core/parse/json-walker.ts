/**
 * Walks the items of a JSON document depth first (an explicit stack: threads can nest deeply),
 * turning each into a comment or a skipped block with its line and reason; nested replies get
 * their enclosing comment as parent unless they name their own, and the Reddit submission (or
 * Zulip topic) they belong to as topic. Records which fields were seen, for the mapping checks.
 */
import type { RawComment } from '../types';
import { CommentCollector } from './collector';
import type { ColumnMap, Field } from './fields';
import type { JsonLines } from './json-reader';
import { type RecordFields, leafPaths, readRecord } from './json-record';
import { isObject, listingChildren, morePlaceholder, redditFullname, redditParentFullname, unwrapThing, type JsonObject } from './reddit';
import { applyReading, platformReading, type Platform } from './json-platforms';

/** Keys under which a comment may hold its replies. */
const REPLY_KEYS = ['replies', 'children', 'comments'];

export interface Item {
  value: unknown;
  line: number;
}

/** An item waiting to be visited, with the id of the comment it is nested in and its topic. */
interface Frame extends Item {
  enclosingId: string | undefined;
  /** The discussion it belongs to: the Reddit submission it is under, when the file holds several. */
  topic?: string;
}

/** The items of an array with the line where each starts. */
export function elementsOf(arr: unknown[], lines: JsonLines, fallbackLine: number): Item[] {
  const at = lines.elementLines.get(arr);
  return arr.map((value, i) => ({ value, line: at?.[i] ?? fallbackLine }));
}

/** Short description of a JSON value for the skipped list. */
function describe(v: unknown): string {
  if (!isObject(v)) return JSON.stringify(v) ?? String(v);
  return Object.entries(v)
    .slice(0, 6)
    .map(([k, x]) => `${k}: ${typeof x === 'object' && x !== null ? (Array.isArray(x) ? '[…]' : '{…}') : JSON.stringify(x)}`)
    .join(', ');
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return `a ${typeof v}`;
}

/** Why an object did not become a comment. */
function skipReason(f: RecordFields, obj: JsonObject): string {
  // A chat export's note of an event (Telegram: {"type": "service", "action": "invite_members"}).
  if (obj.type === 'service' && typeof obj.action === 'string') return `service message (${obj.action.replace(/_/g, ' ')}), not a comment`;
  if (f.deleted) return 'comment was deleted (its text is a removal marker)';
  if (f.author === undefined && f.text === undefined) return 'item has no author and no text';
  return f.author === undefined ? 'item has no author' : 'item has no text';
}

/** Walks items depth first, turning each into a comment or a skipped block. */
export class Walker {
  readonly collector = new CommentCollector();
  /** Objects seen, and how many had a key for each field. */
  objects = 0;
  readonly fieldSeen = new Map<Field, number>();
  firstKeys: string[] | undefined;
  /** The first object's dotted paths (leafPaths), for choosing fields by hand. */
  firstPaths: string[] | undefined;
  firstLine: number | undefined;
  zulip = false;
  wordpress = false;
  /** The platforms whose exports the items came from (json-platforms.ts). */
  readonly platforms = new Set<Platform>();
  title: string | undefined;
  private readonly submissions = new Set<string>();
  private syntheticIds = 0;

  constructor(
    private readonly lines: JsonLines, private readonly hand: ColumnMap, private readonly reddit: boolean,
    /** A Slack export's display names by user id (see slack.ts); undefined for other sources. */
    private readonly slackUsers?: ReadonlyMap<string, string>,
  ) {}

  /** Visits the items and their replies in page order (an explicit stack: threads can nest deeply). */
  walk(items: readonly Item[]): void {
    const stack: Frame[] = items.map((item) => ({ ...item, enclosingId: undefined })).reverse();
    for (let frame = stack.pop(); frame; frame = stack.pop()) {
      const children = this.visit(frame);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }

  /** Turns one item into a comment or a skipped block; returns the items nested in it. */
  private visit({ value, line, enclosingId, topic: enclosingTopic }: Frame): Frame[] {
    const listed = listingChildren(value);
    if (listed) return elementsOf(listed, this.lines, line).map((child) => ({ ...child, enclosingId, topic: enclosingTopic }));
    const more = morePlaceholder(value);
    if (more) {
      this.collector.skip(line, more, describe(isObject(value) ? value.data : value));
      return [];
    }
    const thing = unwrapThing(value);
    const obj = thing ? thing.data : value;
    if (!isObject(obj)) {
      this.collector.skip(line, `item is ${kindOf(obj)}, not a comment object`, describe(obj));
      return [];
    }
    this.objects++;
    this.firstKeys ??= Object.keys(obj);
    this.firstPaths ??= leafPaths(obj);
    this.firstLine ??= line;
    if ('sender_full_name' in obj) this.zulip = true;

    const f = readRecord(obj, this.hand);
    for (const field of f.present) this.fieldSeen.set(field, (this.fieldSeen.get(field) ?? 0) + 1);
    if (f.renderedText) this.wordpress = true;
    if (f.title) this.title ??= f.title;

    // A known platform's export: its own ids, parents, authors, times or texts.
    const platform = platformReading(obj, this.slackUsers);
    if (platform) {
      this.platforms.add(platform.platform);
      applyReading(f, platform);
    }
    let sourceId = f.id;
    // A Zulip message names its topic; a Reddit submission starts one (below).
    let topic = enclosingTopic ?? (this.zulip && typeof obj.subject === 'string' && obj.subject !== '' ? obj.subject : undefined);
    if (sourceId !== undefined && this.reddit) {
      const isSubmission = thing ? thing.kind === 't3' : f.title !== undefined;
      sourceId = redditFullname(sourceId, obj, isSubmission ? 't3' : 't1');
      if (isSubmission) {
        this.submissions.add(sourceId.slice(3));
        topic = f.title ?? sourceId;
      }
    }
    let parent = f.parent;
    if (parent !== undefined && this.reddit) parent = redditParentFullname(parent, this.submissions);
    parent ??= enclosingId;

    const replies = this.repliesOf(obj);
    let ownId = sourceId;
    if (f.author !== undefined && f.text !== undefined) {
      const comment: RawComment = { author: f.author, text: f.text, line };
      if (platform?.system) comment.system = true;
      if (topic !== undefined) comment.topic = topic;
      const id = this.collector.claimId(sourceId, line);
      if (id !== undefined) comment.id = id;
      if (parent !== undefined) comment.parentId = parent;
      this.collector.applyTime(comment, f.time);
      const index = this.collector.add(comment);
      if (id === undefined && replies.length > 0) {
        // The replies need something to point at: the id the thread would give it anyway.
        comment.id = this.collector.claimId(`c${index}`, line)!;
        this.syntheticIds++;
      }
      ownId = comment.id;
    } else {
      this.collector.skip(line, skipReason(f, obj), f.text ?? describe(obj));
    }
    return replies.map((child) => ({ ...child, enclosingId: ownId, topic }));
  }

  private repliesOf(obj: JsonObject): Item[] {
    const out: Item[] = [];
    const line = this.lines.containerLine.get(obj) ?? 1;
    for (const key of REPLY_KEYS) {
      const v = obj[key];
      if (Array.isArray(v) && v.some((x) => typeof x === 'object' && x !== null)) {
        for (const item of elementsOf(v, this.lines, line)) out.push(item);
      }
      else if (listingChildren(v)) out.push({ value: v, line: this.lines.containerLine.get(v as object) ?? line });
    }
    return out;
  }

  finish(): ReturnType<CommentCollector['finish']> {
    if (this.syntheticIds > 0) {
      this.collector.note(
        `${this.syntheticIds} comment${this.syntheticIds === 1 ? '' : 's'} with nested replies had no id and ` +
        'got one from their position (c<number>) so the replies can point at them.',
      );
    }
    return this.collector.finish();
  }
}

