import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../src/core/parse/index';
import { buildThread } from '../../../src/core/thread';
import { inferReplies } from '../../../src/core/infer/index';
import { buildGraph, filterReplies, type GraphOptions } from '../../../src/core/graph/build';
import { GraphAssembler } from '../../../src/core/graph/assembler';
import { mulberry32 } from '../../../src/core/graph/random';
import { SIGNALS } from '../../../src/core/types';
import type { Reply, Thread } from '../../../src/core/types';
import { syntheticThread } from './synthetic';

const inferred = (file: string): { thread: Thread; replies: Reply[] } => {
  const { thread } = buildThread(parseInput(readFileSync(file, 'utf8'), { fileName: file }));
  return { thread, replies: inferReplies(thread, { signals: SIGNALS }).replies };
};

/**
 * Builds the graph as inference would let it be built: the reply list grows a comment at a time
 * and, between comments, a random number of steps run on what is there so far.
 */
function builtInSteps(thread: Thread, replies: readonly Reply[], opts: GraphOptions, seed: number): { json: string; steps: number } {
  const rng = mulberry32(seed);
  const assembler = new GraphAssembler(thread, opts);
  const growing: Reply[] = [];
  let steps = 0;
  for (let from = 0; from < replies.length;) {
    let to = from + 1;
    while (to < replies.length && replies[to]!.commentIndex === replies[from]!.commentIndex) to++;
    for (let k = from; k < to; k++) growing.push(replies[k]!);
    from = to;
    for (let s = Math.floor(rng() * 4); s > 0 && assembler.step(growing); s--) steps++;
  }
  return { json: JSON.stringify(assembler.finish(growing).export()), steps };
}

describe('GraphAssembler', () => {
  const cases: [string, () => { thread: Thread; replies: Reply[] }][] = [
    ['the seed thread', () => inferred('seeds/000_be01d75ba33c9c53.txt')],
    ['an IRC excerpt', () => inferred('test/fixtures/chat/ubuntu-irc-excerpt.txt')],
    ['a synthetic thread of 3000 comments', () => syntheticThread(300, 3000)],
  ];
  const filters: GraphOptions[] = [{}, { minConfidence: 0.5 }, { signals: ['quote', 'adjacency', 'mention'], seed: 4 }];

  for (const [name, make] of cases) {
    it(`built in steps between comments gives the same graph as built at once, keys and orders included: ${name}`, () => {
      const { thread, replies } = make();
      filters.forEach((opts, k) => {
        const atOnce = JSON.stringify(buildGraph(thread, replies, opts).export());
        const { json, steps } = builtInSteps(thread, replies, opts, 11 + k);
        expect(steps).toBeGreaterThan(1);
        expect(json).toBe(atOnce);
      });
    }, 30_000);
  }

  it('adds the nodes first, then the edges of the replies given so far, and says when it has nothing to do', () => {
    const { thread, replies } = syntheticThread(300, 600);
    const assembler = new GraphAssembler(thread);
    const firstComments = replies.filter((r) => r.commentIndex <= 100);
    let steps = 0;
    while (assembler.step(firstComments)) steps++;
    // 300 nodes take a step, and 100 comments' replies more than one.
    expect(steps).toBeGreaterThan(2);
    expect(assembler.step(firstComments)).toBe(false);
    const graph = assembler.finish(replies);
    expect(JSON.stringify(graph.export())).toBe(JSON.stringify(buildGraph(thread, replies).export()));
    expect(assembler.step(replies)).toBe(false);
    expect(() => assembler.finish(replies)).toThrow(/already built/);
  });

  it('refuses replies out of thread order instead of building a wrong graph (buildGraph puts them in order first)', () => {
    const { thread, replies } = syntheticThread(50, 200);
    const shuffled = [...replies].reverse();
    expect(() => new GraphAssembler(thread).finish(shuffled)).toThrow(/out of thread order/);
    expect(JSON.stringify(buildGraph(thread, shuffled).export())).toBe(JSON.stringify(buildGraph(thread, replies).export()));
  });

  it('filters in any order of the replies as in thread order', () => {
    const { replies } = inferred('test/fixtures/chat/ubuntu-irc-excerpt.txt');
    const rng = mulberry32(3);
    const shuffled = replies.map((r) => [rng(), r] as const).sort((a, b) => a[0] - b[0]).map(([, r]) => r);
    const filter = { minConfidence: 0.3, signals: SIGNALS };
    expect(filterReplies(shuffled, filter).map((r) => r.id)).toEqual(filterReplies(replies, filter).map((r) => r.id));
  });
});
