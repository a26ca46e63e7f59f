/**
 * Evaluation cases: a thread plus its gold reply structure, built from file contents (the CLI
 * reads the files). IRC: a Kummerfeld et al. (ACL 2019) log and its `.annotation.txt`;
 * mbox: each message's In-Reply-To parent, hidden from inference by default. The other
 * sources have their own modules (iac, lemire, staticman, zulip, reddit) building the same shape.
 */
import type { Thread } from '../types';
import { InputError } from '../errors';
import { parseChat } from '../parse/chat';
import { parseMbox } from '../parse/mbox';
import { splitLines } from '../parse/lines';
import { buildThread } from '../thread';
import { goldLinks } from './gold-links';
import { hideParentIds } from './hide-parents';

/**
 * How a case was built; only `irc` changes the scoring (the paper's self-link rule). `forum`:
 * vBulletin posts (IAC); `wordpress`: pasted WordPress comment text; `staticman`: one YAML file
 * per comment; `zulip`: a Zulip topic with quote-replies; `reddit`: a Reddit thread.
 */
export type CaseKind = 'irc' | 'mbox' | 'forum' | 'wordpress' | 'staticman' | 'zulip' | 'reddit';

export interface EvalCase {
  name: string;
  kind: CaseKind;
  thread: Thread;
  /** Ids of the comments that are scored, in thread order. */
  scored: string[];
  /** Scored comment id → gold parent comment ids (an IRC self-link is the comment's own id). */
  goldParents: Map<string, Set<string>>;
  /** Scored comment id → gold participant ids answered (IRC: the authors of the gold parents other than the message's own). */
  goldTargets?: Map<string, Set<string>>;
  /**
   * Copies of one message delivered twice (mail through two routes): copy id → id of the
   * first copy. A link to either copy counts as a link to the first; later copies are not scored.
   */
  sameMessage?: Map<string, string>;
}

/** The first copy a comment id stands for (itself unless it is a later copy). */
export function firstCopy(c: Pick<EvalCase, 'sameMessage'>, id: string): string {
  return c.sameMessage?.get(id) ?? id;
}

/** One annotated IRC link: `message` replies to `parent` (equal = starts a new conversation). */
export interface IrcLink {
  message: number;
  parent: number;
}

/** The paper's first annotated line: lines before it are context (0-based numbering). */
export const IRC_FIRST_SCORED_LINE = 1000;

/** Reads `A B -` lines: the larger 0-based line number replies to the smaller. */
export function parseIrcAnnotation(text: string): IrcLink[] {
  const links: IrcLink[] = [];
  splitLines(text).forEach((line, i) => {
    if (line.trim() === '') return;
    const m = /^\s*(\d+)\s+(\d+)(\s.*)?$/.exec(line);
    if (!m) {
      throw new InputError('BAD_ANNOTATION', `Annotation line ${i + 1} is not "A B -".`, {
        line: i + 1, unit: 'line', hint: 'Each line of an .annotation.txt file is two line numbers and a dash, e.g. "1003 1001 -".',
      });
    }
    const a = Number(m[1]), b = Number(m[2]);
    links.push({ message: Math.max(a, b), parent: Math.min(a, b) });
  });
  return links;
}

/** Id for an IRC line that the chat parser did not turn into a comment. */
function lineId(ircLine: number): string {
  return `line:${ircLine}`;
}

/**
 * An IRC sample: every non-empty log line is a comment whose 1-based `line` is its 0-based
 * IRC line number + 1. Scored: the annotated messages from `firstScoredLine` on. A sample named
 * after its day (`2004-11-15_03`) gives its lines that date, so their times are known.
 */
export function loadIrcCase(name: string, logText: string, annotationText: string, firstScoredLine = IRC_FIRST_SCORED_LINE): EvalCase {
  const { thread } = buildThread(parseChat(logText, { fileName: name }));
  const idOfLine = new Map<number, string>();
  for (const c of thread.comments) if (c.line !== undefined) idOfLine.set(c.line - 1, c.id);
  const id = (ircLine: number) => idOfLine.get(ircLine) ?? lineId(ircLine);
  const goldParents = new Map<string, Set<string>>();
  const scoredLines = new Set<number>();
  for (const link of parseIrcAnnotation(annotationText)) {
    if (link.message < firstScoredLine) continue;
    scoredLines.add(link.message);
    const key = id(link.message);
    let set = goldParents.get(key);
    if (!set) goldParents.set(key, (set = new Set()));
    set.add(id(link.parent));
  }
  const scored = [...scoredLines].sort((a, b) => a - b).map(id);
  // Gold participants: the authors of a message's gold parents, other than its own author.
  const byId = new Map(thread.comments.map((c) => [c.id, c]));
  const goldTargets = new Map<string, Set<string>>();
  for (const [message, parents] of goldParents) {
    const own = byId.get(message)?.authorId;
    const authors = new Set([...parents].flatMap((p) => {
      const author = byId.get(p)?.authorId;
      return author !== undefined && author !== own ? [author] : [];
    }));
    if (authors.size > 0) goldTargets.set(message, authors);
  }
  return { name, kind: 'irc', thread, scored, goldParents, goldTargets };
}

export interface MboxCaseOptions {
  /** Keep In-Reply-To ids visible to inference (default false: they are hidden). */
  keepParentIds?: boolean;
}

/**
 * An mbox file: gold parent = the In-Reply-To message when it is in the file. A message with
 * no parent starts a thread (scored, no gold link); a message answering one that is not in
 * the file has unknown gold and is not scored. Messages by the same sender with the same Date
 * are one message delivered twice (e.g. directly and through a list archive): the copies count
 * as the first one.
 */
export function loadMboxCase(name: string, mboxText: string, opts: MboxCaseOptions = {}): EvalCase {
  const parsed = parseMbox(mboxText);
  const gold = buildThread(parsed).thread;
  const { thread } = buildThread(opts.keepParentIds ? parsed : hideParentIds(parsed));
  const parentOf = new Map(gold.comments.map((c) => [c.id, c.parentId]));
  const { goldParents, goldTargets } = goldLinks(thread, (id) => {
    const parent = parentOf.get(id);
    return parent === undefined ? undefined : [parent];
  });
  const sameMessage = new Map<string, string>();
  const firstBySenderAndDate = new Map<string, string>();
  for (const c of thread.comments) {
    if (c.time === undefined) continue;
    const key = `${c.authorId}\u0000${c.time}`;
    const first = firstBySenderAndDate.get(key);
    if (first === undefined) firstBySenderAndDate.set(key, c.id);
    else sameMessage.set(c.id, first);
  }
  for (const [id, parents] of goldParents) goldParents.set(id, new Set([...parents].map((p) => sameMessage.get(p) ?? p)));
  const scored = thread.comments.filter((c) => {
    const p = parentOf.get(c.id);
    return !sameMessage.has(c.id) && (p === undefined || parentOf.has(p));
  }).map((c) => c.id);
  return { name, kind: 'mbox', thread, scored, goldParents, goldTargets, sameMessage };
}
