/**
 * Benchmark page: the same synthetic thread the app is measured on, drawn by a bare sigma
 * with default settings and nothing else, so the app's own cost on top of sigma can be read.
 * `?comments=N` picks the size; results land on `window.__bench`.
 */
import Sigma from 'sigma';
import { syntheticThreadCsv } from '../cli/synthetic-thread';
import { ingest } from '../core/pipeline';
import { buildGraph } from '../core/graph/build';
import { measurePans } from './frames';

async function run(): Promise<void> {
  const n = Number(new URLSearchParams(location.search).get('comments') ?? 10000);
  const { thread, replies } = ingest(syntheticThreadCsv(n));
  const graph = buildGraph(thread, replies, { minConfidence: 0.5 });
  const t0 = performance.now();
  const container = document.getElementById('graph')!;
  // Sigma draws its first frame synchronously inside the constructor; the next animation frame
  // is when it reaches the screen.
  const renderer = new Sigma(graph, container);
  await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  const firstFrameMs = performance.now() - t0;
  const pan = await measurePans(renderer, 6);
  (window as unknown as { __bench: unknown }).__bench = { nodes: graph.order, edges: graph.size, firstFrameMs, panFrameMs: pan };
}

void run();
