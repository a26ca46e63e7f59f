/**
 * The reply graph's shape: a graphology directed graph of participants whose edges aggregate the
 * replies between two of them, with the attributes every view and export reads.
 */
import type { DirectedGraph } from 'graphology';
import type { Format, Signal } from '../types';
import type { ParticipantActivity } from './metrics';
import type { CommunityFinder } from './communities';
import type { ReplyFilter } from './reply-filter';

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
