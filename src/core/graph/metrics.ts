/**
 * Node metrics for the reply graph, as plain data: per-participant activity (comments, words,
 * first/last time and index) from the thread, per-participant reply flows (weights and degrees)
 * from the aggregated edges, the display size, and a one-line summary of a built graph.
 * Pure functions (a thread's activity is remembered, see threadActivity); build.ts assigns the
 * results to graph attributes, reading activity from the typed-array form (activityAt) rather
 * than one object per participant. Word counting is in words.ts and re-exported here.
 */
import type { Comment, Participant, Thread } from '../types';
import type { ThreadGraph } from './build';
import { countWords } from './words';

export { countWords };

/** What a participant wrote, measured over their non-system comments. */
export interface ParticipantActivity {
  /** Non-system comments written. */
  comments: number;
  /** Words in those comments (runs of non-whitespace). */
  words: number;
  /** Earliest and latest ISO time among those comments, when any is dated. */
  firstTime?: string;
  lastTime?: string;
  /** 1-based thread index of the first and last of those comments; 0 when there are none. */
  firstIndex: number;
  lastIndex: number;
}

/** Replies flowing into and out of one participant. */
export interface ReplyFlow {
  /** Sum of the weights of incoming / outgoing edges. */
  inWeight: number;
  outWeight: number;
  /** Number of distinct participants answering this one / answered by this one. */
  inDegree: number;
  outDegree: number;
}

/** The minimal edge shape the flow computation needs. */
export interface WeightedLink {
  source: string;
  target: string;
  weight: number;
}

export interface GraphSummary {
  nodes: number;
  edges: number;
  /** Sum of edge weights = number of replies in the graph. */
  totalWeight: number;
  /** Number of distinct communities among the nodes. */
  communities: number;
}

/** True when ISO time `a` is earlier than `b`; same-length ISO UTC strings compare as text. */
function isEarlier(a: string, b: string): boolean {
  if (a.length === b.length) return a < b;
  return Date.parse(a) < Date.parse(b);
}

/**
 * Activity as parallel arrays indexed by participant position: what participantActivity gives
 * per participant, without an object per participant (buildGraph reads these directly).
 */
export interface ActivityTable {
  comments: Int32Array;
  words: Float64Array;
  firstIndex: Int32Array;
  lastIndex: Int32Array;
  firstTime: (string | undefined)[];
  lastTime: (string | undefined)[];
}

function emptyTable(n: number): ActivityTable {
  return {
    comments: new Int32Array(n), words: new Float64Array(n), firstIndex: new Int32Array(n), lastIndex: new Int32Array(n),
    firstTime: new Array<string | undefined>(n).fill(undefined), lastTime: new Array<string | undefined>(n).fill(undefined),
  };
}

function addToTable(table: ActivityTable, p: number, index: number, time: string | undefined): void {
  const first = table.firstIndex[p]!;
  if (first === 0 || index < first) table.firstIndex[p] = index;
  if (index > table.lastIndex[p]!) table.lastIndex[p] = index;
  if (time) {
    const firstTime = table.firstTime[p];
    if (firstTime === undefined || isEarlier(time, firstTime)) table.firstTime[p] = time;
    const lastTime = table.lastTime[p];
    if (lastTime === undefined || isEarlier(lastTime, time)) table.lastTime[p] = time;
  }
}

/** Each thread's participant activity, by its comment list, with the participant list it was counted for. */
const activityCache = new WeakMap<readonly Comment[], { participants: readonly Participant[]; table: ActivityTable }>();

/** Counts a thread's activity (see activityAt for `wordCounts`) and remembers it for the thread. */
function countAndRemember(thread: Thread, wordCounts?: ArrayLike<number>): ActivityTable {
  const positionOf = new Map<string, number>();
  thread.participants.forEach((p, i) => positionOf.set(p.id, i));
  const table = activityAt(thread.participants.length, positionOf, thread.comments, wordCounts);
  activityCache.set(thread.comments, { participants: thread.participants, table });
  return table;
}

/**
 * The activity of a thread's participants, by their position in `thread.participants`: counted
 * once per thread (a thread does not change once built), because the app rebuilds the graph at
 * every change of a filter and reading every comment's words again is most of the cost on long
 * threads. The table is shared: read it, do not change it.
 */
export function threadActivity(thread: Thread): ActivityTable {
  const cached = activityCache.get(thread.comments);
  return cached && cached.participants === thread.participants ? cached.table : countAndRemember(thread);
}

/**
 * Counts a thread's activity now, with word counts already made (by the command line's scan
 * thread, which reads every text anyway): `wordCounts[i]` is comment i's countWords, or -1 where
 * it must still be counted. The next graph of the thread then reads no text.
 */
export function countThreadActivity(thread: Thread, wordCounts: ArrayLike<number>): void {
  countAndRemember(thread, wordCounts);
}

/**
 * Activity of authors 0..n-1, given each author id's position; comments by authors without a
 * position are left out. Same rules as participantActivity: counts, words, times and indexes
 * use non-system comments; an author with only system lines gets the indexes and times of those.
 * `wordCounts[i]`, where given and not negative, is comment i's word count, already counted.
 */
export function activityAt(
  n: number, positionOf: ReadonlyMap<string, number>, comments: readonly Comment[], wordCounts?: ArrayLike<number>,
): ActivityTable {
  const spoken = emptyTable(n);
  let systemOnly: ActivityTable | undefined;
  for (let i = 0; i < comments.length; i++) {
    const c = comments[i]!;
    const p = positionOf.get(c.authorId);
    if (p === undefined) continue;
    if (c.system) {
      systemOnly ??= emptyTable(n);
      addToTable(systemOnly, p, c.index, c.time);
    } else {
      addToTable(spoken, p, c.index, c.time);
      spoken.comments[p]!++;
      const known = wordCounts ? wordCounts[i]! : -1;
      spoken.words[p]! += known >= 0 ? known : countWords(c.text);
    }
  }
  if (systemOnly) {
    for (let p = 0; p < n; p++) {
      if (spoken.comments[p] !== 0 || !(systemOnly.firstIndex[p]! > 0)) continue;
      spoken.firstIndex[p] = systemOnly.firstIndex[p]!;
      spoken.lastIndex[p] = systemOnly.lastIndex[p]!;
      if (systemOnly.firstTime[p] !== undefined) spoken.firstTime[p] = systemOnly.firstTime[p];
      if (systemOnly.lastTime[p] !== undefined) spoken.lastTime[p] = systemOnly.lastTime[p];
    }
  }
  return spoken;
}

/**
 * Activity of every participant, keyed by participant id (every participant of the thread is
 * present, then any other author in order of first comment). Counts, words, times and indexes
 * use non-system comments; a participant who only has system lines (a chat user who joined and
 * left) gets the indexes and times of those lines so they still have a place in the thread,
 * with comments = words = 0.
 */
export function participantActivity(thread: Thread): Map<string, ParticipantActivity> {
  const positionOf = new Map<string, number>();
  const ids: string[] = [];
  const place = (id: string): void => {
    if (positionOf.has(id)) return;
    positionOf.set(id, ids.length);
    ids.push(id);
  };
  for (const p of thread.participants) place(p.id);
  for (const c of thread.comments) place(c.authorId);
  const table = activityAt(ids.length, positionOf, thread.comments);
  const activity = new Map<string, ParticipantActivity>();
  ids.forEach((id, p) => {
    const a: ParticipantActivity = {
      comments: table.comments[p]!, words: table.words[p]!, firstIndex: table.firstIndex[p]!, lastIndex: table.lastIndex[p]!,
    };
    const firstTime = table.firstTime[p];
    const lastTime = table.lastTime[p];
    if (firstTime !== undefined) a.firstTime = firstTime;
    if (lastTime !== undefined) a.lastTime = lastTime;
    activity.set(id, a);
  });
  return activity;
}

/** Links given by node position, as parallel arrays (one entry per directed edge). */
export interface IndexedLinks {
  sources: ArrayLike<number>;
  targets: ArrayLike<number>;
  weights: ArrayLike<number>;
}

/** In/out weights and degrees of nodes 0..n-1 from links given by position. */
export function replyFlowsAt(n: number, links: IndexedLinks): ReplyFlow[] {
  const flows: ReplyFlow[] = [];
  for (let i = 0; i < n; i++) flows.push({ inWeight: 0, outWeight: 0, inDegree: 0, outDegree: 0 });
  for (let e = 0; e < links.sources.length; e++) {
    const out = flows[links.sources[e]!]!;
    const into = flows[links.targets[e]!]!;
    const w = links.weights[e]!;
    out.outWeight += w;
    out.outDegree++;
    into.inWeight += w;
    into.inDegree++;
  }
  return flows;
}

/** Converts id-based links to position-based ones; links to unknown ids are left out. */
export function indexLinks(nodeIds: readonly string[], links: Iterable<WeightedLink>): IndexedLinks {
  const position = new Map<string, number>();
  nodeIds.forEach((id, i) => position.set(id, i));
  const sources: number[] = [];
  const targets: number[] = [];
  const weights: number[] = [];
  for (const link of links) {
    const s = position.get(link.source);
    const t = position.get(link.target);
    if (s === undefined || t === undefined) continue;
    sources.push(s);
    targets.push(t);
    weights.push(link.weight);
  }
  return { sources, targets, weights };
}

/** In/out weights and degrees of every listed participant (zero when they have no edges). */
export function replyFlows(participantIds: readonly string[], links: Iterable<WeightedLink>): Map<string, ReplyFlow> {
  const flows = replyFlowsAt(participantIds.length, indexLinks(participantIds, links));
  return new Map(participantIds.map((id, i) => [id, flows[i]!]));
}

/** Display size of a node: grows with the square root of the comments written. */
export function nodeSize(comments: number): number {
  return roundTo(4 + 3 * Math.sqrt(comments), 3);
}

/** Rounds to a fixed number of decimals (keeps exports short and stable). */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** Counts of a built graph: nodes, edges, replies (total weight) and communities. */
export function graphSummary(graph: ThreadGraph): GraphSummary {
  let totalWeight = 0;
  graph.forEachEdge((_edge, attrs) => {
    totalWeight += attrs.weight;
  });
  const communities = new Set<number>();
  graph.forEachNode((_node, attrs) => {
    communities.add(attrs.community);
  });
  return { nodes: graph.order, edges: graph.size, totalWeight, communities: communities.size };
}
