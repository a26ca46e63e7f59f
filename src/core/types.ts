/**
 * Core data types shared by parsers, name matching, inference, graph building and exports.
 * Everything here is plain data: serialisable, no classes, no DOM.
 */

/** Input formats threadgraph can read. `text` is pasted page text of a comment section. */
export type Format = 'text' | 'csv' | 'json' | 'mbox' | 'chat' | 'wxr' | 'disqus';
export const FORMATS: readonly Format[] = ['text', 'csv', 'json', 'mbox', 'chat', 'wxr', 'disqus'];

/** How precisely a comment's time is known: a date alone cannot order comments within a day. */
export type TimePrecision = 'day' | 'minute' | 'second';

/** One comment as a parser found it, before participants are resolved. */
export interface RawComment {
  /** Id from the source (message id, comment id, row id), if it has one. */
  id?: string;
  /** Author exactly as written in the source. */
  author: string;
  /** ISO 8601 UTC time, when the source gives one. */
  time?: string;
  timePrecision?: TimePrecision;
  /** The comment body, as plain text (markup stripped, entities decoded). */
  text: string;
  /** Explicit parent comment id given by the source (In-Reply-To, parent_id, ...). */
  parentId?: string;
  /** 1-based line (text formats) or row (tables) where the comment starts in the input. */
  line?: number;
  /** System lines of chat logs (joins, quits, nick changes): kept for counts, never replies. */
  system?: boolean;
  /** Nick change seen on a chat system line: the old nick becomes an alias of the new one. */
  renamedTo?: string;
  /**
   * The discussion the comment belongs to when a file holds several (the post it was left on,
   * in a blog export). Comments of different topics answer each other only by name, quotation,
   * reference or explicit parent, never by position.
   */
  topic?: string;
}

/** A block of input the parser did not turn into a comment, and why. */
export interface SkippedBlock {
  /** 1-based first line (or row) of the block. */
  line: number;
  /** 1-based last line (or row) of the block. */
  endLine?: number;
  reason: string;
  /** The first characters of the block, for the report. */
  excerpt: string;
}

/** What a parser returns: the comments plus an account of everything it skipped. */
export interface ParseResult {
  format: Format;
  /** Name of the sub-format that matched, e.g. `squarespace`, `wordpress`, `reddit`. */
  dialect: string;
  comments: RawComment[];
  skipped: SkippedBlock[];
  /** Soft problems worth telling the user (undated comments, guessed boundaries...). */
  notes: string[];
  title?: string;
}

/** One comment of a thread, with its position and resolved author. */
export interface Comment {
  /** Source id where the input has ids, else `c<index>`. */
  id: string;
  /** 1-based order in the thread. */
  index: number;
  /** Author display name exactly as in the input. */
  author: string;
  /** Participant id of the author. */
  authorId: string;
  time?: string;
  timePrecision?: TimePrecision;
  text: string;
  parentId?: string;
  line?: number;
  system?: boolean;
  /** The discussion within the file the comment belongs to (see RawComment.topic). */
  topic?: string;
}

/** A person who wrote at least one comment. */
export interface Participant {
  /** Stable id derived from the normalised name. */
  id: string;
  /** The display name (the first spelling seen in the input). */
  name: string;
  /** Every author spelling merged into this participant. */
  spellings: string[];
  /** Comment indexes (1-based) in thread order. */
  commentIndexes: number[];
}

export interface Thread {
  format: Format;
  dialect: string;
  title?: string;
  comments: Comment[];
  participants: Participant[];
}

export type Signal = 'explicit' | 'salutation' | 'mention' | 'quote' | 'reference' | 'adjacency';
export const SIGNALS: readonly Signal[] = ['explicit', 'salutation', 'mention', 'quote', 'reference', 'adjacency'];

/** The exact words behind an inferred reply, with their offsets in the comment text. */
export interface Evidence {
  signal: Signal;
  confidence: number;
  /** The exact substring of the comment text (or a description for `explicit`/`adjacency`). */
  text: string;
  /** Offsets into the comment text: text === comment.text.slice(start, end) when end > start. */
  start: number;
  end: number;
  /** Comment this piece of evidence points at (quoted or referenced comment), if known. */
  targetCommentId?: string;
}

/** One comment answering one participant. */
export interface Reply {
  /** `<commentId>-><targetId>`: unique within a thread. */
  id: string;
  commentId: string;
  commentIndex: number;
  /** Participant id of the comment's author. */
  source: string;
  /** Participant id of the person answered. */
  target: string;
  /** The comment answered: the quoted or referenced one, else the target's latest earlier comment. */
  targetCommentId?: string;
  /** The strongest signal behind this reply. */
  signal: Signal;
  /** Probability-like score in [0, 1] combining every signal that points at this target. */
  confidence: number;
  /** The strongest evidence (same signal as `signal`). */
  evidence: Evidence;
  /** Every piece of evidence for this comment → target pair, strongest first. */
  support: Evidence[];
}

/** A comment's inferred parent comment, which may be by the same author (a continuation of their turn). */
export interface CommentLink {
  commentId: string;
  parentId: string;
  /** Probability that this is the comment's parent. */
  confidence: number;
}

/** A name that could not be resolved, or resolved by guessing between several people. */
export interface NameIssue {
  commentIndex: number;
  text: string;
  /** Participant names the words could mean. */
  candidates: string[];
  /** Which candidate was chosen, if any. */
  chosen?: string;
}

/** Everything soft that went wrong or is worth knowing, for the UI and the CLI summary. */
export interface Report {
  format: Format;
  dialect: string;
  comments: number;
  participants: number;
  skipped: SkippedBlock[];
  notes: string[];
  undated: number;
  repliesPerSignal: Record<Signal, number>;
  /** Comments for which inference found no target. */
  unanswered: number;
  ambiguousNames: NameIssue[];
  unresolvedNames: NameIssue[];
}
