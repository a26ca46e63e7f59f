/**
 * How the browser ForceAtlas2 run is set up and when it stops by itself: settings inferred from
 * the graph size (Barnes-Hut from 500 nodes up, and a stronger gravity, see GRAVITY), an iteration budget, a time budget as a safety
 * net on slow machines, the refresh interval of the picture while it runs, and the movement
 * measure that ends the run early once nodes barely move. FA2 has no randomness, so the same
 * thread, stopped after the same number of iterations, always gives the same picture.
 */
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

export interface LayoutPlan {
  settings: ForceAtlas2Settings;
  /** The run stops after this many iterations. */
  maxIterations: number;
  /** ...or after this long, whichever comes first. */
  timeBudgetMs: number;
  /** Positions are copied to the picture at most this often while the run goes on. */
  refreshMs: number;
}

/**
 * Gravity instead of the inferred 0.05: with it, participants nobody links to (and small
 * detached pairs) settle about twice as far out as the connected core, and fitting them in
 * squeezes the interesting part into a corner; at 1 they sit at the core's rim.
 */
export const GRAVITY = 1;
/** Barnes-Hut approximation from this many nodes up. */
export const BARNES_HUT_FROM = 500;
/** Mean step per iteration, as a share of the layout's extent, under which the run has settled. */
export const SETTLED_STEP = 5e-4;
/**
 * Movement is measured every this many iterations (counted, not timed, so whether a run has
 * settled never depends on the machine's speed).
 */
export const SETTLE_CHECK_EVERY = 25;

export function layoutPlan(order: number): LayoutPlan {
  const settings: ForceAtlas2Settings = { ...forceAtlas2.inferSettings(Math.max(1, order)), barnesHutOptimize: order >= BARNES_HUT_FROM, gravity: GRAVITY };
  return {
    settings,
    maxIterations: order <= 500 ? 300 : order <= 3000 ? 200 : 120,
    timeBudgetMs: order <= 500 ? 3000 : 8000,
    refreshMs: order <= 500 ? 150 : 300,
  };
}

/** Share of the main thread that drawing intermediate layouts may take. */
export const MAX_DRAWING_SHARE = 0.25;

/**
 * Delay before the next intermediate picture: at least `refreshMs`, and long enough that drawing
 * (which blocks the main thread, and with it the worker's iterations) takes at most
 * MAX_DRAWING_SHARE of the time. `frameMs` is what the last frame cost (0 if unknown).
 */
export function refreshDelay(plan: LayoutPlan, frameMs: number): number {
  const cost = Number.isFinite(frameMs) && frameMs > 0 ? frameMs : 0;
  return Math.max(plan.refreshMs, Math.round(cost / MAX_DRAWING_SHARE));
}

/** Node positions as [x0, y0, x1, y1, ...] in graph node order. */
export function readPositions(graph: { forEachNode(cb: (node: string, attrs: { x?: unknown; y?: unknown }) => void): void; order: number }, into?: Float64Array): Float64Array {
  const out = into && into.length === graph.order * 2 ? into : new Float64Array(graph.order * 2);
  let i = 0;
  graph.forEachNode((_n, a) => {
    out[i++] = Number(a.x) || 0;
    out[i++] = Number(a.y) || 0;
  });
  return out;
}

/**
 * Mean distance a node moved per iteration between two position snapshots, relative to the
 * diagonal of the later snapshot's bounding box (0 when nothing can be measured).
 */
export function relativeStep(before: Float64Array, after: Float64Array, iterations: number): number {
  const n = Math.min(before.length, after.length) >> 1;
  if (n === 0 || !(iterations > 0)) return 0;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity, moved = 0;
  for (let i = 0; i < n; i++) {
    const x = after[2 * i]!;
    const y = after[2 * i + 1]!;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
    moved += Math.hypot(x - before[2 * i]!, y - before[2 * i + 1]!);
  }
  const extent = Math.hypot(maxX - minX, maxY - minY);
  if (!(extent > 0)) return 0;
  return moved / n / iterations / extent;
}

/** Why a run stops now, or null to keep going. */
export function stopReason(plan: LayoutPlan, iterations: number, elapsedMs: number, step: number | null): 'iterations' | 'time' | 'settled' | null {
  if (iterations >= plan.maxIterations) return 'iterations';
  if (elapsedMs >= plan.timeBudgetMs) return 'time';
  if (step !== null && iterations >= SETTLE_CHECK_EVERY && step < SETTLED_STEP) return 'settled';
  return null;
}
