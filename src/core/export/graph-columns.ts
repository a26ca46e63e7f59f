/**
 * The attributes the graph exports (GEXF, GraphML) write for each participant and each edge,
 * with their types: the same columns as nodes.csv and edges.csv.
 */
import type { EdgeAttributes, NodeAttributes } from '../graph/build';

export type ColumnType = 'integer' | 'double' | 'string';

export interface Column<A> {
  id: string;
  type: ColumnType;
  value: (attrs: A) => string | number | undefined;
}

export const NODE_COLUMNS: Column<NodeAttributes>[] = [
  { id: 'comments', type: 'integer', value: (a) => a.comments },
  { id: 'words', type: 'integer', value: (a) => a.words },
  { id: 'first_timestamp', type: 'string', value: (a) => a.firstTime },
  { id: 'last_timestamp', type: 'string', value: (a) => a.lastTime },
  { id: 'in_weight', type: 'double', value: (a) => a.inWeight },
  { id: 'out_weight', type: 'double', value: (a) => a.outWeight },
  { id: 'community', type: 'integer', value: (a) => a.community },
];

export const EDGE_COLUMNS: Column<EdgeAttributes>[] = [
  { id: 'explicit', type: 'integer', value: (a) => a.explicit },
  { id: 'salutation', type: 'integer', value: (a) => a.salutation },
  { id: 'mention', type: 'integer', value: (a) => a.mention },
  { id: 'quote', type: 'integer', value: (a) => a.quote },
  { id: 'reference', type: 'integer', value: (a) => a.reference },
  { id: 'adjacency', type: 'integer', value: (a) => a.adjacency },
  { id: 'mean_confidence', type: 'double', value: (a) => a.meanConfidence },
  { id: 'comment_ids', type: 'string', value: (a) => a.commentIds.join(' ') },
];
