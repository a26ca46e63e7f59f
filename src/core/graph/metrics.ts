/**
 * Node metrics for the reply graph, as plain data: per-participant activity (comments, words,
 * first/last time and index) from the thread, per-participant reply flows (weights and degrees)
 * from the aggregated edges, the display size, and a one-line summary of a built graph.
 * Pure functions; build.ts assigns the results to graph attributes.
 */
import type { Thread } from '../types';
import type { ThreadGraph } from './build';

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

/** True for the characters `\s` matches in JavaScript regular expressions. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0x85) return false;
  return code === 0x85 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Words in a text: runs of non-whitespace characters (a plain loop; this runs on every comment). */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** True when ISO time `a` is earlier than `b`; same-length ISO UTC strings compare as text. */
function isEarlier(a: string, b: string): boolean {
  if (a.length === b.length) return a < b;
  return Date.parse(a) < Date.parse(b);
}

function emptyActivity(): ParticipantActivity {
  return { comments: 0, words: 0, firstIndex: 0, lastIndex: 0 };
}

function addToActivity(a: ParticipantActivity, index: number, time: string | undefined): void {
  if (a.firstIndex === 0 || index < a.firstIndex) a.firstIndex = index;
  if (index > a.lastIndex) a.lastIndex = index;
  if (time) {
    if (a.firstTime === undefined || isEarlier(time, a.firstTime)) a.firstTime = time;
    if (a.lastTime === undefined || isEarlier(a.lastTime, time)) a.lastTime = time;
  }
}

/**
 * Activity of every participant, keyed by participant id (every participant of the thread is
 * present). Counts, words, times and indexes use non-system comments; a participant who only
 * has system lines (a chat user who joined and left) gets the indexes and times of those lines
 * so they still have a place in the thread, with comments = words = 0.
 */
export function participantActivity(thread: Thread): Map<string, ParticipantActivity> {
  const spoken = new Map<string, ParticipantActivity>();
  const systemOnly = new Map<string, ParticipantActivity>();
  for (const p of thread.participants) {
    spoken.set(p.id, emptyActivity());
    systemOnly.set(p.id, emptyActivity());
  }
  for (const c of thread.comments) {
    const target = c.system ? systemOnly : spoken;
    let a = target.get(c.authorId);
    if (!a) {
      a = emptyActivity();
      target.set(c.authorId, a);
      if (!spoken.has(c.authorId)) spoken.set(c.authorId, emptyActivity());
    }
    addToActivity(a, c.index, c.time);
    if (!c.system) {
      a.comments++;
      a.words += countWords(c.text);
    }
  }
  for (const [id, a] of spoken) {
    const sys = systemOnly.get(id);
    if (a.comments === 0 && sys && sys.firstIndex > 0) {
      a.firstIndex = sys.firstIndex;
      a.lastIndex = sys.lastIndex;
      if (sys.firstTime !== undefined) a.firstTime = sys.firstTime;
      if (sys.lastTime !== undefined) a.lastTime = sys.lastTime;
    }
  }
  return spoken;
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
