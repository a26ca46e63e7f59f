/**
 * Community detection for the reply graph: Louvain modularity optimisation on the graph seen as
 * undirected and weighted (A→B and B→A add up), with a seeded random node order so the same input
 * always gives the same communities. Communities are renumbered 0..k-1 by first appearance in
 * participant order; a participant without any reply edge gets a community of their own.
 *
 * This is a compact typed-array Louvain rather than graphology-communities-louvain: that library
 * needs an undirected graphology copy of the graph plus its own index, which alone took longer
 * than the whole build budget on 20k participants / 100k replies. The algorithm is the same
 * (local moving with modularity gain, using the library's default "fast local moves" queue, then
 * aggregation, repeated until nothing moves);
 * test/core/graph/communities.test.ts checks its modularity against the library.
 */
import { mulberry32 } from './random';
import type { Rng } from './random';
import { indexLinks } from './metrics';
import type { IndexedLinks, WeightedLink } from './metrics';

/** Undirected weighted graph in compressed adjacency form (each edge stored in both directions). */
interface LevelGraph {
  n: number;
  offsets: Int32Array;
  neighbors: Int32Array;
  weights: Float64Array;
  /** Weighted degree, including weight inside the node for aggregated levels. */
  degree: Float64Array;
}

/** Safety cap on node visits per level (moves always raise modularity, so the queue empties long before). */
const MAX_VISITS_PER_NODE = 100;
const MAX_LEVELS = 32;
const EPSILON = 1e-12;

/**
 * Level 0: participants as nodes, every directed link stored in both directions. Parallel and
 * opposite links are not merged: Louvain only ever sums weights per community, so duplicates are
 * harmless and skipping the merge keeps this a plain counting sort. Self links are dropped.
 */
function baseGraph(n: number, links: IndexedLinks): LevelGraph {
  const { sources, targets, weights: linkWeights } = links;
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < sources.length; e++) {
    const a = sources[e]!;
    const b = targets[e]!;
    if (a === b || !(linkWeights[e]! > 0)) continue;
    offsets[a + 1]!++;
    offsets[b + 1]!++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, n);
  const neighbors = new Int32Array(offsets[n]!);
  const weights = new Float64Array(offsets[n]!);
  const degree = new Float64Array(n);
  for (let e = 0; e < sources.length; e++) {
    const a = sources[e]!;
    const b = targets[e]!;
    const w = linkWeights[e]!;
    if (a === b || !(w > 0)) continue;
    let p = fill[a]!++;
    neighbors[p] = b;
    weights[p] = w;
    p = fill[b]!++;
    neighbors[p] = a;
    weights[p] = w;
    degree[a]! += w;
    degree[b]! += w;
  }
  return { n, offsets, neighbors, weights, degree };
}

function shuffledOrder(n: number, rng: Rng): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}

/**
 * Local moving phase with a queue ("fast local moves"): every node is visited once in seeded
 * random order; it joins the neighbouring community with the best modularity gain, and when it
 * moves, its neighbours outside its new community are queued again. Stops when the queue is empty.
 */
function moveNodes(g: LevelGraph, totalDegree: number, rng: Rng): { community: Int32Array; moved: boolean } {
  const { n, offsets, neighbors, weights, degree } = g;
  const community = new Int32Array(n);
  const communityDegree = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    community[i] = i;
    communityDegree[i] = degree[i]!;
  }
  const queue = shuffledOrder(n, rng);
  const queued = new Uint8Array(n).fill(1);
  let head = 0;
  let queuedCount = n;
  const linkWeight = new Float64Array(n);
  const stamp = new Int32Array(n).fill(-1);
  const touched = new Int32Array(n);
  let moved = false;

  for (let visit = 0; queuedCount > 0 && visit < MAX_VISITS_PER_NODE * n; visit++) {
    const i = queue[head]!;
    head = head + 1 === n ? 0 : head + 1;
    queuedCount--;
    queued[i] = 0;
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    if (start === end) continue;
    const own = community[i]!;
    const k = degree[i]!;
    let touchedCount = 0;
    stamp[own] = visit;
    linkWeight[own] = 0;
    for (let e = start; e < end; e++) {
      const c = community[neighbors[e]!]!;
      if (stamp[c] !== visit) {
        stamp[c] = visit;
        linkWeight[c] = 0;
        touched[touchedCount++] = c;
      }
      linkWeight[c]! += weights[e]!;
    }
    communityDegree[own]! -= k;
    const ratio = k / totalDegree;
    let best = own;
    let bestGain = linkWeight[own]! - communityDegree[own]! * ratio;
    for (let t = 0; t < touchedCount; t++) {
      const c = touched[t]!;
      const gain = linkWeight[c]! - communityDegree[c]! * ratio;
      if (gain > bestGain + EPSILON) {
        best = c;
        bestGain = gain;
      }
    }
    communityDegree[best]! += k;
    if (best === own) continue;
    community[i] = best;
    moved = true;
    for (let e = start; e < end; e++) {
      const j = neighbors[e]!;
      if (queued[j] === 0 && community[j] !== best) {
        queued[j] = 1;
        queue[(head + queuedCount) % n] = j;
        queuedCount++;
      }
    }
  }
  return { community, moved };
}

/** Renumbers communities 0..c-1 by first appearance; returns the mapping and the count. */
function compact(community: Int32Array): { mapping: Int32Array; count: number } {
  const renumber = new Int32Array(community.length).fill(-1);
  const mapping = new Int32Array(community.length);
  let count = 0;
  for (let i = 0; i < community.length; i++) {
    const c = community[i]!;
    if (renumber[c] === -1) renumber[c] = count++;
    mapping[i] = renumber[c]!;
  }
  return { mapping, count };
}

/** Aggregation phase: one node per community, weights between communities summed. */
function aggregate(g: LevelGraph, mapping: Int32Array, count: number): LevelGraph {
  const memberStart = new Int32Array(count + 1);
  for (let i = 0; i < g.n; i++) memberStart[mapping[i]! + 1]!++;
  for (let c = 0; c < count; c++) memberStart[c + 1]! += memberStart[c]!;
  const members = new Int32Array(g.n);
  const fill = memberStart.slice(0, count);
  for (let i = 0; i < g.n; i++) members[fill[mapping[i]!]!++] = i;

  const degree = new Float64Array(count);
  const offsets = new Int32Array(count + 1);
  // Merged links cannot outnumber this level's link ends, so typed arrays of that size hold them.
  const neighbors = new Int32Array(g.offsets[g.n]!);
  const weights = new Float64Array(g.offsets[g.n]!);
  let linkCount = 0;
  const acc = new Float64Array(count);
  const stamp = new Int32Array(count).fill(-1);
  const touched = new Int32Array(count);
  for (let c = 0; c < count; c++) {
    let touchedCount = 0;
    for (let m = memberStart[c]!; m < memberStart[c + 1]!; m++) {
      const i = members[m]!;
      degree[c]! += g.degree[i]!;
      for (let e = g.offsets[i]!; e < g.offsets[i + 1]!; e++) {
        const d = mapping[g.neighbors[e]!]!;
        if (d === c) continue;
        if (stamp[d] !== c) {
          stamp[d] = c;
          acc[d] = 0;
          touched[touchedCount++] = d;
        }
        acc[d]! += g.weights[e]!;
      }
    }
    for (let t = 0; t < touchedCount; t++) {
      const d = touched[t]!;
      neighbors[linkCount] = d;
      weights[linkCount++] = acc[d]!;
    }
    offsets[c + 1] = linkCount;
  }
  return { n: count, offsets, neighbors: neighbors.subarray(0, linkCount), weights: weights.subarray(0, linkCount), degree };
}

/** Raw Louvain community of each node 0..n-1 (numbers are arbitrary but deterministic). */
export function louvainPartition(n: number, links: IndexedLinks, seed = 1): Int32Array {
  let g = baseGraph(n, links);
  const assignment = new Int32Array(n);
  for (let i = 0; i < n; i++) assignment[i] = i;
  let totalDegree = 0;
  for (let i = 0; i < n; i++) totalDegree += g.degree[i]!;
  if (totalDegree === 0) return assignment;

  const rng = mulberry32(seed);
  for (let level = 0; level < MAX_LEVELS; level++) {
    const { community, moved } = moveNodes(g, totalDegree, rng);
    if (!moved) break;
    const { mapping, count } = compact(community);
    for (let i = 0; i < n; i++) assignment[i] = mapping[assignment[i]!]!;
    if (count === g.n) break;
    g = aggregate(g, mapping, count);
  }
  return assignment;
}

/** Community of each node 0..n-1, numbered 0..k-1 by first appearance in node order. */
export function communityNumbers(n: number, links: IndexedLinks, seed = 1): Int32Array {
  return compact(louvainPartition(n, links, seed)).mapping;
}

/**
 * Finds the communities of nodes 0..n-1 (as communityNumbers does), possibly elsewhere while the
 * caller goes on, e.g. in a helper thread: it returns a function that gives them, waiting for
 * them if need be.
 */
export type CommunityFinder = (n: number, links: IndexedLinks, seed: number) => () => Int32Array;

/** The finder that finds them here, at once. */
export const inlineCommunities: CommunityFinder = (n, links, seed) => {
  const numbers = communityNumbers(n, links, seed);
  return () => numbers;
};

/** Community number of every node id, numbered 0..k-1 in order of first appearance in `nodeIds`. */
export function detectCommunities(nodeIds: readonly string[], links: Iterable<WeightedLink>, seed = 1): Map<string, number> {
  const numbers = communityNumbers(nodeIds.length, indexLinks(nodeIds, links), seed);
  return new Map(nodeIds.map((id, i) => [id, numbers[i]!]));
}
