/**
 * Builds the reply graph in steps, so that most of the work can be done while inference is still
 * running: `step` adds a slice of the nodes, or takes in the replies of the comments judged so
 * far and adds their new edges, whenever the caller has time to spare (the command line: while
 * inference waits for its scan thread); `finish` takes in the rest, finds the communities and
 * fills in what needs every reply (node flows, communities, positions). Built in one go or in
 * any number of steps, the graph is the same (same nodes, edges, attributes and orders).
 */
import { DirectedGraph } from 'graphology';
import type { Reply, Thread } from '../types';
import type { EdgeAttributes, GraphAttributes, GraphOptions, NodeAttributes, ThreadGraph } from './graph-types';
import { checkFilter, commentEnd, keepCommentReplies, type CheckedFilter } from './reply-filter';
import { EdgeDrafts } from './edge-drafts';
import { AdjacencyPreparer } from './adjacency';
import { inlineCommunities, type CommunityFinder } from './communities';
import { nodeSize, replyFlowsAt, threadActivity } from './metrics';
import { defaultLayoutIterations, initialPositions, refineLayout } from './positions';

/** Nodes added by one step. */
const NODE_STEP = 128;
/** Replies taken in by one step (rounded up to the end of a comment's replies). */
const REPLY_STEP = 32;

/** Bits of `prepared`: a node's adjacency side already made ready for edges (see adjacency.ts). */
const OUT_READY = 1;
const IN_READY = 2;

export class GraphAssembler {
  private readonly filter: CheckedFilter;
  private readonly ids: string[];
  private readonly graph: ThreadGraph;
  /** The nodes' attribute objects (the graph keeps them as given), filled in by `finish`. */
  private readonly nodeAttributes: NodeAttributes[] = [];
  private readonly drafts: EdgeDrafts;
  private readonly adjacency: AdjacencyPreparer;
  private readonly prepared: Uint8Array;
  /** How many replies of the caller's list have been taken in, and the comment of the last. */
  private read = 0;
  private lastComment = 0;
  /** Edges already in the graph (drafts.size at most). */
  private edgesAdded = 0;
  /** A comment's kept replies (reused). */
  private readonly kept: Reply[] = [];
  private finished = false;

  /** Throws InputError (BAD_OPTION) on a bad filter. `opts.communities` is not read: see `finish`. */
  constructor(private readonly thread: Thread, private readonly opts: GraphOptions = {}) {
    this.filter = checkFilter(opts);
    this.ids = thread.participants.map((p) => p.id);
    const positionOf = new Map<string, number>();
    this.ids.forEach((id, i) => positionOf.set(id, i));
    this.drafts = new EdgeDrafts(this.ids, positionOf);
    this.prepared = new Uint8Array(this.ids.length);
    this.graph = new DirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
    const { minConfidence, signals } = this.filter;
    const graphAttributes: GraphAttributes = { format: thread.format, dialect: thread.dialect, minConfidence, signals };
    if (thread.title !== undefined) graphAttributes.title = thread.title;
    this.graph.replaceAttributes(graphAttributes);
    this.adjacency = new AdjacencyPreparer(this.graph);
  }

  /**
   * Does one short slice of the work, given the replies so far: a list that only grows, in
   * thread order, each comment's replies added together (as inference makes them). Returns
   * false when there was nothing to do.
   */
  step(replies: readonly Reply[]): boolean {
    if (this.finished) return false;
    if (this.nodeAttributes.length < this.ids.length) {
      this.addNodes(NODE_STEP);
      return true;
    }
    if (this.read === replies.length) return false;
    this.take(replies, REPLY_STEP);
    this.addEdges();
    return true;
  }

  /**
   * The graph, from all the replies (the same list `step` was given, now complete, or any
   * list in thread order of comments when there were no steps). `communities` finds the
   * communities (default: here, at once); it is started as soon as the edges are known, so that
   * one working in another thread does so while the graph is completed here.
   */
  finish(replies: readonly Reply[], communities: CommunityFinder = inlineCommunities): ThreadGraph {
    if (this.finished) throw new Error('This graph is already built.');
    this.finished = true;
    this.take(replies, Infinity);
    const links = this.drafts.close();
    const n = this.ids.length;
    const seed = this.opts.seed ?? 1;
    const communitiesFound = communities(n, links, seed);
    this.addNodes(n);
    this.addEdges();

    const activity = threadActivity(this.thread);
    const flows = replyFlowsAt(n, links);
    for (let i = 0; i < n; i++) {
      const attrs = this.nodeAttributes[i]!;
      const f = flows[i]!;
      const comments = activity.comments[i]!;
      attrs.comments = comments;
      attrs.words = activity.words[i]!;
      attrs.firstIndex = activity.firstIndex[i]!;
      attrs.lastIndex = activity.lastIndex[i]!;
      attrs.inWeight = f.inWeight;
      attrs.outWeight = f.outWeight;
      attrs.inDegree = f.inDegree;
      attrs.outDegree = f.outDegree;
      attrs.size = nodeSize(comments);
      const firstTime = activity.firstTime[i];
      const lastTime = activity.lastTime[i];
      if (firstTime !== undefined) attrs.firstTime = firstTime;
      if (lastTime !== undefined) attrs.lastTime = lastTime;
    }

    const found = communitiesFound();
    const positions = initialPositions(this.ids, found, seed);
    for (let i = 0; i < n; i++) {
      const attrs = this.nodeAttributes[i]!;
      const pos = positions[i];
      attrs.community = found[i] ?? 0;
      attrs.x = pos?.x ?? 0;
      attrs.y = pos?.y ?? 0;
    }
    refineLayout(this.graph, this.opts.layoutIterations ?? defaultLayoutIterations(this.graph.order));
    return this.graph;
  }

  /** Adds up to `count` more nodes, with attributes to be filled in by `finish`. */
  private addNodes(count: number): void {
    const participants = this.thread.participants;
    const end = Math.min(participants.length, this.nodeAttributes.length + count);
    for (let i = this.nodeAttributes.length; i < end; i++) {
      const p = participants[i]!;
      const attrs: NodeAttributes = {
        label: p.name, comments: 0, words: 0, firstIndex: 0, lastIndex: 0,
        inWeight: 0, outWeight: 0, inDegree: 0, outDegree: 0, community: 0,
        // NaN, not 0, so that the engine stores these as doubles from the start: changing a field
        // from small integers to doubles later makes every node object migrate.
        x: NaN, y: NaN, size: NaN,
      };
      this.graph.addNode(p.id, attrs);
      this.nodeAttributes.push(attrs);
    }
  }

  /** Takes in at least `limit` more replies (whole comments), or all there are, as edge drafts. */
  private take(replies: readonly Reply[], limit: number): void {
    const stop = Math.min(replies.length, this.read + limit);
    const kept = this.kept;
    while (this.read < stop) {
      const from = this.read;
      const comment = replies[from]!.commentIndex;
      if (comment <= this.lastComment) {
        throw new Error(`Replies out of thread order: comment ${comment} after comment ${this.lastComment}.`);
      }
      const to = commentEnd(replies, from);
      kept.length = 0;
      keepCommentReplies(replies, from, to, this.filter, kept);
      for (let k = 0; k < kept.length; k++) this.drafts.add(kept[k]!);
      this.lastComment = comment;
      this.read = to;
    }
  }

  /** Adds the drafted edges not in the graph yet (every node must be in it). */
  private addEdges(): void {
    const { drafts, ids, prepared, adjacency } = this;
    const sources = drafts.sources.data;
    const targets = drafts.targets.data;
    for (let e = this.edgesAdded; e < drafts.size; e++) {
      const s = sources[e]!;
      const t = targets[e]!;
      if (!(prepared[s]! & OUT_READY)) {
        adjacency.prepare(ids[s]!, 'out');
        prepared[s]! |= OUT_READY;
      }
      if (!(prepared[t]! & IN_READY)) {
        adjacency.prepare(ids[t]!, 'in');
        prepared[t]! |= IN_READY;
      }
      this.graph.addDirectedEdgeWithKey(drafts.keys[e]!, ids[s]!, ids[t]!, drafts.attributes[e]!);
    }
    this.edgesAdded = drafts.size;
  }
}
