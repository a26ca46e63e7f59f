/**
 * Deterministic node positions. The initial layout is a "sunflower of sunflowers": communities,
 * largest first, sit on a golden-angle spiral around the origin, and each community's members sit
 * on a small golden-angle spiral around its centre, with a little seeded jitter. The same input
 * and seed always give the same coordinates, so graph.json and the browser layout start alike.
 * A fixed number of ForceAtlas2 iterations can then refine it (also deterministic); the default
 * number shrinks with graph size and is 0 from about 1400 nodes up, to keep big graphs cheap.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type Graph from 'graphology';
import { mulberry32 } from './random';
import { roundTo } from './metrics';

export interface Point {
  x: number;
  y: number;
}

/** Distance unit between neighbouring members of a community. */
const MEMBER_SPACING = 10;
/** Spacing of the community spiral relative to member spacing (leaves room between groups). */
const COMMUNITY_SPACING = 2 * MEMBER_SPACING;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Budget of node-pair interactions for the default ForceAtlas2 refinement. */
const LAYOUT_WORK = 1e7;
const MAX_ITERATIONS = 100;
const MIN_ITERATIONS = 5;

/**
 * Initial positions of nodes, aligned with `nodeIds`; `community[i]` is the community of node i.
 * Communities are placed by size (largest at the centre), ties by community number.
 */
export function initialPositions(nodeIds: readonly string[], community: ArrayLike<number>, seed = 1): Point[] {
  const members = new Map<number, number[]>();
  for (let i = 0; i < nodeIds.length; i++) {
    const c = community[i] ?? -1;
    let list = members.get(c);
    if (!list) {
      list = [];
      members.set(c, list);
    }
    list.push(i);
  }
  const order = [...members.keys()].sort((a, b) => {
    const sizeA = members.get(a)?.length ?? 0;
    const sizeB = members.get(b)?.length ?? 0;
    return sizeB - sizeA || a - b;
  });

  const rng = mulberry32(seed);
  const positions: Point[] = new Array<Point>(nodeIds.length);
  let placedBefore = 0;
  // Plain loops: a graph can have thousands of communities, and a closure per community costs.
  for (let rank = 0; rank < order.length; rank++) {
    const list = members.get(order[rank]!) ?? [];
    const distance = rank === 0 ? 0 : COMMUNITY_SPACING * Math.sqrt(placedBefore + list.length / 2);
    const cx = distance * Math.cos(rank * GOLDEN_ANGLE);
    const cy = distance * Math.sin(rank * GOLDEN_ANGLE);
    for (let j = 0; j < list.length; j++) {
      const r = MEMBER_SPACING * Math.sqrt(j + 0.5);
      const jitterX = (rng() - 0.5) * MEMBER_SPACING * 0.5;
      const jitterY = (rng() - 0.5) * MEMBER_SPACING * 0.5;
      positions[list[j]!] = {
        x: roundTo(cx + r * Math.cos(j * GOLDEN_ANGLE) + jitterX, 3),
        y: roundTo(cy + r * Math.sin(j * GOLDEN_ANGLE) + jitterY, 3),
      };
    }
    placedBefore += list.length;
  }
  return positions;
}

/**
 * Default number of ForceAtlas2 iterations for a graph of `order` nodes (0 = keep the initial
 * layout). ForceAtlas2 without Barnes-Hut costs order² per iteration, so the iterations are chosen
 * to keep order² × iterations under LAYOUT_WORK (about 0.1-0.2 s), at most 100; when that allows
 * fewer than 5 iterations (from about 1400 nodes up) none run, since a few steps only add noise.
 */
export function defaultLayoutIterations(order: number): number {
  if (order <= 1) return 0;
  const iterations = Math.min(MAX_ITERATIONS, Math.floor(LAYOUT_WORK / (order * order)));
  return iterations >= MIN_ITERATIONS ? iterations : 0;
}

/**
 * Runs `iterations` synchronous ForceAtlas2 steps on nodes that already have x/y, weighting edges
 * by their `weight`, then rounds coordinates to 3 decimals. Deterministic for a given start.
 */
export function refineLayout(graph: Graph, iterations: number): void {
  const steps = Math.floor(iterations);
  if (!(steps > 0) || graph.order < 2) return;
  forceAtlas2.assign(graph, {
    iterations: steps,
    getEdgeWeight: 'weight',
    settings: forceAtlas2.inferSettings(graph),
  });
  graph.updateEachNodeAttributes((_node, attrs) => {
    attrs.x = roundTo(attrs.x as number, 3);
    attrs.y = roundTo(attrs.y as number, 3);
    return attrs;
  }, { attributes: ['x', 'y'] });
}
