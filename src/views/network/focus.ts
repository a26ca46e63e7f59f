/**
 * Which part of the network is in focus: the hovered thing, or else the selected one
 * (participant → them and their neighbours; edge → its two ends; comment → its author and the
 * people it answers), together with the participants matching the search. Everything outside the
 * focus is dimmed by the sigma reducers. `labelled` caps forced labels so a broad search does not
 * pile a hundred labels on top of each other.
 */
import type Graph from 'graphology';
import type { Selection } from '../../store/state';

/** Any graphology graph: only neighbours and edge lookups are used. */
export type FocusGraph = Pick<Graph, 'hasNode' | 'forEachNeighbor' | 'forEachEdge' | 'edge'>;

export interface Focus {
  /** Nodes drawn in colour; the others are dimmed. */
  nodes: Set<string>;
  /** Edges drawn in colour. */
  edges: Set<string>;
  /** The hovered, selected or matched nodes themselves (drawn highlighted). */
  marked: Set<string>;
  /** Nodes whose label is always drawn. */
  labelled: Set<string>;
}

/** The author of a comment and who it answers (among the visible replies). */
export interface CommentLinks {
  author: string;
  targets: string[];
}

export interface FocusInput {
  hover: Selection | null;
  selection: Selection | null;
  /** Search matches; null when no search is active. */
  matches: Set<string> | null;
  /** Resolves a comment selection. */
  commentLinks: (commentId: string) => CommentLinks | null;
  /** Which focus nodes get a label first when there are too many (larger first); default: focus order. */
  rank?: (node: string) => number;
}

/** At most this many nodes get a forced label (marked nodes first, then by rank). */
export const FORCED_LABEL_CAP = 24;

function empty(): Focus {
  return { nodes: new Set(), edges: new Set(), marked: new Set(), labelled: new Set() };
}

function addSelection(graph: FocusGraph, sel: Selection, focus: Focus, links: FocusInput['commentLinks']): void {
  if (sel.kind === 'participant') {
    if (!graph.hasNode(sel.id)) return;
    focus.marked.add(sel.id);
    focus.nodes.add(sel.id);
    graph.forEachNeighbor(sel.id, (n) => focus.nodes.add(n));
    graph.forEachEdge(sel.id, (e) => focus.edges.add(e));
  } else if (sel.kind === 'edge') {
    for (const id of [sel.source, sel.target]) {
      if (!graph.hasNode(id)) continue;
      focus.marked.add(id);
      focus.nodes.add(id);
    }
    const e = graph.edge(sel.source, sel.target);
    if (e !== undefined) focus.edges.add(e);
  } else {
    const l = links(sel.id);
    if (!l || !graph.hasNode(l.author)) return;
    focus.marked.add(l.author);
    focus.nodes.add(l.author);
    for (const t of l.targets) {
      if (!graph.hasNode(t)) continue;
      focus.nodes.add(t);
      const e = graph.edge(l.author, t);
      if (e !== undefined) focus.edges.add(e);
    }
  }
}

/** The focus for the current hover, selection and search; null when nothing is in focus. */
export function focusOf(graph: FocusGraph, input: FocusInput): Focus | null {
  const active = input.hover ?? input.selection;
  if (!active && !input.matches) return null;
  const focus = empty();
  if (active) addSelection(graph, active, focus, input.commentLinks);
  if (input.matches) {
    for (const id of input.matches) {
      if (!graph.hasNode(id)) continue;
      focus.nodes.add(id);
      focus.marked.add(id);
    }
    // Links between two matches stay visible.
    for (const id of input.matches) {
      if (!graph.hasNode(id)) continue;
      graph.forEachEdge(id, (e, _attrs, source, target) => {
        if (input.matches!.has(source) && input.matches!.has(target)) focus.edges.add(e);
      });
    }
  }
  const byRank = (list: Iterable<string>): string[] => {
    const ids = [...list];
    const rank = input.rank;
    return rank ? ids.map((id) => [id, rank(id)] as const).sort((a, b) => b[1] - a[1]).map(([id]) => id) : ids;
  };
  for (const id of byRank(focus.marked)) {
    if (focus.labelled.size >= FORCED_LABEL_CAP) break;
    focus.labelled.add(id);
  }
  if (focus.labelled.size < FORCED_LABEL_CAP) {
    for (const id of byRank(focus.nodes)) {
      if (focus.labelled.size >= FORCED_LABEL_CAP) break;
      focus.labelled.add(id);
    }
  }
  return focus;
}
