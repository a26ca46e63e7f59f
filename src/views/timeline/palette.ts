/**
 * Colours and strokes of the timeline: one colour per signal for arcs, arc opacity and width from
 * confidence, and participant (mark) colours taken from the network's node encoding so both
 * views colour a person alike. Pure; works in Node.
 */
import type { Signal } from '../../core/types';
import type { ThreadGraph } from '../../core/graph/build';
import type { ColorAttribute, NodeMetric } from '../../store/state';
import { encodeNodes } from '../network/node-encoding';

export const SIGNAL_COLORS: Record<Signal, string> = {
  explicit: '#2563eb',
  salutation: '#059669',
  mention: '#d97706',
  quote: '#9333ea',
  reference: '#db2777',
  adjacency: '#6b7280',
};

export const NEUTRAL_MARK = '#64748b';

export interface ArcStroke {
  opacity: number;
  width: number;
}

/** Stronger replies are drawn more opaque and wider; confidence outside [0, 1] is clamped. */
export function arcStroke(confidence: number): ArcStroke {
  const c = Number.isFinite(confidence) ? Math.min(1, Math.max(0, confidence)) : 0;
  return { opacity: Math.round((0.15 + 0.6 * c) * 1000) / 1000, width: Math.round((0.6 + 1.6 * c) * 100) / 100 };
}

/**
 * Colour of each participant in `graph`, exactly as the network colours them (community palette
 * or sequential metric scale), so a lane's marks and the participant's node match.
 */
export function participantColors(graph: ThreadGraph | null, sizeBy: NodeMetric, colorBy: ColorAttribute): Map<string, string> {
  return graph ? encodeNodes(graph, sizeBy, colorBy).colors : new Map();
}
