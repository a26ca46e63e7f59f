/**
 * Builds the reply graph: one node per participant, one directed edge per ordered pair
 * (answering participant → answered participant) aggregating the replies between them, with
 * per-signal counts, mean confidence, the reply and comment ids, node metrics, Louvain
 * communities and deterministic positions. Also the reply filter shared with the CSV exports,
 * so tables and graph always contain the same replies.
 */
import { DirectedGraph } from 'graphology';
import { InputError } from '../errors';
import { SIGNALS } from '../types';
import type { Format, Reply, Signal, Thread } from '../types';
import { inlineCommunities, type CommunityFinder } from './communities';
import { keepSignals } from '../infer/signal-filter';
import { DEFAULT_SIGNALS } from '../infer/default-signals';
import { type ParticipantActivity, nodeSize, replyFlowsAt, threadActivity } from './metrics';
import { prepareAdjacency } from './adjacency';
import { PairNumbering } from './pairs';
import { defaultLayoutIterations, initialPositions, refineLayout } from './positions';

/** Node attributes: the participant's activity (metrics.ts) plus flows, community and drawing. */
export interface NodeAttributes extends ParticipantActivity {
  /** Display name of the participant. */
  label: string;
  inWeight: number;
  outWeight: number;
  inDegree: number;
  outDegree: number;
  community: number;
  x: number;
  y: number;
  size: number;
}

export interface EdgeAttributes {
  /** Number of replies (distinct comment → target pairs) from source to target. */
  weight: number;
  /** Replies by primary signal; these six counts sum to `weight`. */
  explicit: number;
  salutation: number;
  mention: number;
  quote: number;
  reference: number;
  adjacency: number;
  meanConfidence: number;
  /** Reply ids, in thread order. */
  replyIds: string[];
  /** Ids of the source's comments behind these replies, in thread order. */
  commentIds: string[];
}

export interface GraphAttributes {
  title?: string;
  format: Format;
  dialect: string;
  /** The filter the graph was built with. */
  minConfidence: number;
  signals: Signal[];
}

export type ThreadGraph = DirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Which replies count: confidence floor and enabled signals. */
export interface ReplyFilter {
  /** Replies with confidence below this are left out (default 0). */
  minConfidence?: number;
  /** Only evidence of these signals counts; replies left with none are dropped (default: all but adjacency). */
  signals?: readonly Signal[];
}

export interface GraphOptions extends ReplyFilter {
  /** Seed for community detection and layout jitter (default 1). */
  seed?: number;
  /** ForceAtlas2 iterations after the initial layout; default from the graph size (see defaultLayoutIterations). */
  layoutIterations?: number;
  /**
   * Finds the communities (default: here, at once). The command line hands in one that works in
   * a helper thread while the nodes and edges are added; the communities are the same.
   */
  communities?: CommunityFinder;
}

export { DEFAULT_SIGNALS } from '../infer/default-signals';

/** Edge key of the ordered pair source → target. */
export function edgeKey(source: string, target: string): string {
  return `${source}->${target}`;
}

function checkFilter(filter: ReplyFilter): { minConfidence: number; signals: Signal[] } {
  const minConfidence = filter.minConfidence ?? 0;
  if (typeof minConfidence !== 'number' || !Number.isFinite(minConfidence)) {
    throw new InputError('BAD_OPTION', `Minimum confidence must be a number, got "${String(minConfidence)}".`, {
      hint: 'Use a value between 0 and 1, e.g. 0.5.',
    });
  }
  const signals = [...(filter.signals ?? DEFAULT_SIGNALS)];
  for (const s of signals) {
    if (!SIGNALS.includes(s)) {
      throw new InputError('BAD_OPTION', `Unknown signal "${String(s)}".`, { hint: `Known signals: ${SIGNALS.join(', ')}.` });
    }
  }
  return { minConfidence, signals };
}

function byThreadOrder(a: Reply, b: Reply): number {
  if (a.commentIndex !== b.commentIndex) return a.commentIndex - b.commentIndex;
  return a.target < b.target ? -1 : a.target > b.target ? 1 : 0;
}

/**
 * The replies that belong in the graph and the tables: confidence ≥ minConfidence, some
 * evidence of an enabled signal (see keepSignals), not a participant answering themselves,
 * and only the first reply of each comment → target pair. Returned in thread order (comment
 * index, then target id). Throws InputError (BAD_OPTION) on a bad filter.
 */
export function filterReplies(replies: readonly Reply[], filter: ReplyFilter = {}): Reply[] {
  const { minConfidence, signals } = checkFilter(filter);
  const enabled = new Set<Signal>(signals);
  const kept: Reply[] = [];
  // Indexed loops here and below: `for...of` costs an iterator step per reply until V8 optimises it.
  for (let i = 0; i < replies.length; i++) {
    const r = replies[i]!;
    if (r.source === r.target) continue;
    const reply = keepSignals(r, enabled);
    if (reply && reply.confidence >= minConfidence) kept.push(reply);
  }
  let inOrder = true;
  for (let i = 1; i < kept.length && inOrder; i++) inOrder = byThreadOrder(kept[i - 1]!, kept[i]!) <= 0;
  if (!inOrder) kept.sort(byThreadOrder); // stable: the first of repeated pairs stays first
  // Repeated comment → target pairs are now next to each other.
  let length = 0;
  for (let i = 0; i < kept.length; i++) {
    const reply = kept[i]!;
    const previous = length > 0 ? kept[length - 1]! : undefined;
    if (previous && previous.commentIndex === reply.commentIndex && previous.target === reply.target) continue;
    kept[length++] = reply;
  }
  kept.length = length;
  return kept;
}

/** Edges being built, as parallel arrays: key, end positions, weight and the attribute object handed to the graph. */
interface EdgeDrafts {
  keys: string[];
  sources: number[];
  targets: number[];
  weights: Int32Array;
  attributes: EdgeAttributes[];
}

/** Position of each signal in per-edge signal counts. */
const SIGNAL_SLOT = new Map<Signal, number>(SIGNALS.map((signal, i) => [signal, i]));

/**
 * Groups replies (filtered, so in thread order) into one edge per ordered pair, edges in order of
 * their first reply. Pairs are numbered by participant positions to keep this allocation-light.
 */
function draftEdges(replies: readonly Reply[], positionOf: ReadonlyMap<string, number>): EdgeDrafts {
  const pairs = new PairNumbering(replies.length);
  const keys: string[] = [];
  const sources: number[] = [];
  const targets: number[] = [];
  const edgeOf = new Int32Array(replies.length);
  replies.forEach((reply, r) => {
    const s = positionOf.get(reply.source);
    const t = positionOf.get(reply.target);
    if (s === undefined || t === undefined) {
      throw new Error(`Reply ${reply.id} refers to unknown participant "${s === undefined ? reply.source : reply.target}".`);
    }
    const e = pairs.numberOf(s, t);
    if (e === keys.length) {
      keys.push(edgeKey(reply.source, reply.target));
      sources.push(s);
      targets.push(t);
    }
    edgeOf[r] = e;
  });
  return { keys, sources, targets, ...edgeAttributes(replies, edgeOf, keys.length) };
}

/**
 * The attribute object of each of `m` edges, given the edge of every reply: counts and
 * confidence sums are gathered in typed arrays, reply and comment ids are grouped by edge with a
 * counting sort (thread order kept within an edge) and cut out at their exact size, and each
 * object is then made once, complete.
 */
function edgeAttributes(replies: readonly Reply[], edgeOf: Int32Array, m: number): Pick<EdgeDrafts, 'weights' | 'attributes'> {
  const slots = SIGNALS.length;
  const weights = new Int32Array(m);
  const bySignal = new Int32Array(m * slots);
  const confidenceSum = new Float64Array(m);
  replies.forEach((reply, r) => {
    const e = edgeOf[r]!;
    weights[e]!++;
    bySignal[e * slots + SIGNAL_SLOT.get(reply.signal)!]!++;
    confidenceSum[e]! += reply.confidence;
  });
  const first = new Int32Array(m + 1);
  for (let e = 0; e < m; e++) first[e + 1] = first[e]! + weights[e]!;
  const fill = first.slice(0, m);
  const replyIds = new Array<string>(replies.length);
  const commentIds = new Array<string>(replies.length);
  replies.forEach((reply, r) => {
    const at = fill[edgeOf[r]!]!++;
    replyIds[at] = reply.id;
    commentIds[at] = reply.commentId;
  });
  const count = (e: number, signal: Signal): number => bySignal[e * slots + SIGNAL_SLOT.get(signal)!]!;
  const attributes: EdgeAttributes[] = [];
  for (let e = 0; e < m; e++) {
    attributes.push({
      weight: weights[e]!,
      explicit: count(e, 'explicit'),
      salutation: count(e, 'salutation'),
      mention: count(e, 'mention'),
      quote: count(e, 'quote'),
      reference: count(e, 'reference'),
      adjacency: count(e, 'adjacency'),
      meanConfidence: confidenceSum[e]! / weights[e]!,
      replyIds: replyIds.slice(first[e]!, first[e + 1]!),
      commentIds: commentIds.slice(first[e]!, first[e + 1]!),
    });
  }
  return { weights, attributes };
}

/** Builds the directed, weighted reply graph of a thread. See the module comment. */
export function buildGraph(thread: Thread, replies: readonly Reply[], opts: GraphOptions = {}): ThreadGraph {
  const { minConfidence, signals } = checkFilter(opts);
  const seed = opts.seed ?? 1;
  const ids = thread.participants.map((p) => p.id);
  const positionOf = new Map<string, number>();
  ids.forEach((id, i) => positionOf.set(id, i));
  const drafts = draftEdges(filterReplies(replies, { minConfidence, signals }), positionOf);

  // Communities (and the positions that follow from them) are found while the nodes and edges
  // are added; each node's community and position are filled in once they are known.
  const communitiesFound = (opts.communities ?? inlineCommunities)(ids.length, drafts, seed);
  const activity = threadActivity(thread);
  const flows = replyFlowsAt(ids.length, drafts);

  const graph: ThreadGraph = new DirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  const graphAttributes: GraphAttributes = { format: thread.format, dialect: thread.dialect, minConfidence, signals };
  if (thread.title !== undefined) graphAttributes.title = thread.title;
  graph.replaceAttributes(graphAttributes);

  // The graph keeps each attribute object as given, so the ones kept here are the nodes'.
  const nodeAttributes: NodeAttributes[] = [];
  thread.participants.forEach((p, i) => {
    const f = flows[i];
    const comments = activity.comments[i]!;
    const attrs: NodeAttributes = {
      label: p.name,
      comments,
      words: activity.words[i]!,
      firstIndex: activity.firstIndex[i]!,
      lastIndex: activity.lastIndex[i]!,
      inWeight: f?.inWeight ?? 0,
      outWeight: f?.outWeight ?? 0,
      inDegree: f?.inDegree ?? 0,
      outDegree: f?.outDegree ?? 0,
      // Filled in below. NaN, not 0, so that the engine stores x and y as doubles from the start:
      // changing a field from small integers to doubles later makes every node object migrate.
      community: 0,
      x: NaN,
      y: NaN,
      size: nodeSize(comments),
    };
    const firstTime = activity.firstTime[i];
    const lastTime = activity.lastTime[i];
    if (firstTime !== undefined) attrs.firstTime = firstTime;
    if (lastTime !== undefined) attrs.lastTime = lastTime;
    graph.addNode(p.id, attrs);
    nodeAttributes.push(attrs);
  });

  prepareAdjacency(graph, (i) => flows[i]!.inDegree > 0, (i) => flows[i]!.outDegree > 0);
  drafts.attributes.forEach((attributes, e) => {
    graph.addDirectedEdgeWithKey(drafts.keys[e]!, ids[drafts.sources[e]!]!, ids[drafts.targets[e]!]!, attributes);
  });

  const communities = communitiesFound();
  const positions = initialPositions(ids, communities, seed);
  for (let i = 0; i < nodeAttributes.length; i++) {
    const attrs = nodeAttributes[i]!;
    const pos = positions[i];
    attrs.community = communities[i] ?? 0;
    attrs.x = pos?.x ?? 0;
    attrs.y = pos?.y ?? 0;
  }

  refineLayout(graph, opts.layoutIterations ?? defaultLayoutIterations(graph.order));
  return graph;
}
