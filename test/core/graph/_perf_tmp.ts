import { syntheticThread } from './synthetic';
import { buildGraph } from '../../../src/core/graph/build';
const { thread, replies } = syntheticThread(20000, 110000);
for (let k = 0; k < 5; k++) {
  (globalThis as any).__laps = [];
  const t = performance.now();
  buildGraph(thread, replies);
  console.log('build', (performance.now() - t).toFixed(0), (globalThis as any).__laps.map(([n, v]: [string, number]) => `${n}=${v.toFixed(0)}`).join(' '));
}
