import { describe, expect, it } from 'vitest';
import { buildGraph, DEFAULT_SIGNALS, filterReplies } from '../../../src/core/graph/build';
import { InputError } from '../../../src/core/errors';
import { SIGNALS } from '../../../src/core/types';
import type { Thread } from '../../../src/core/types';
import { makeReply, sampleReplies, sampleThread } from '../../fixtures/graph/sampleThread';

describe('buildGraph on a hand-built thread', () => {
  const graph = buildGraph(sampleThread, sampleReplies);

  it('has one node per participant and one edge per answering pair', () => {
    expect(graph.order).toBe(5);
    expect(graph.nodes()).toEqual(['mara-lind', 'tomas-berg', 'ines-okafor', 'ruth-almeida', 'jonas-weber']);
    expect(graph.edges().sort()).toEqual([
      'ines-okafor->mara-lind', 'ines-okafor->tomas-berg', 'mara-lind->tomas-berg', 'tomas-berg->mara-lind',
    ]);
  });

  it('keeps A→B and B→A as two distinct edges with their own weights', () => {
    expect(graph.source('tomas-berg->mara-lind')).toBe('tomas-berg');
    expect(graph.target('tomas-berg->mara-lind')).toBe('mara-lind');
    expect(graph.getEdgeAttribute('tomas-berg->mara-lind', 'weight')).toBe(2);
    expect(graph.getEdgeAttribute('mara-lind->tomas-berg', 'weight')).toBe(1);
  });

  it('aggregates replies: per-signal counts, mean confidence, ids in thread order', () => {
    const a = graph.getEdgeAttributes('tomas-berg->mara-lind');
    expect(a).toMatchObject({ weight: 2, explicit: 0, salutation: 1, mention: 1, quote: 0, reference: 0, adjacency: 0 });
    expect(a.meanConfidence).toBeCloseTo(0.85, 10);
    // The input lists c5's reply before c2's; the edge lists them in thread order.
    expect(a.commentIds).toEqual(['c2', 'c5']);
    expect(a.replyIds).toEqual(['c2->mara-lind', 'c5->mara-lind']);

    const quoteEdge = graph.getEdgeAttributes('ines-okafor->mara-lind');
    expect(quoteEdge).toMatchObject({ weight: 2, quote: 1, mention: 1, salutation: 0 });
    expect(quoteEdge.meanConfidence).toBeCloseTo(0.65, 10);
    expect(quoteEdge.commentIds).toEqual(['c4', 'c7']);
  });

  it('per-signal counts sum to the weight on every edge', () => {
    graph.forEachEdge((_key, a) => {
      const sum = SIGNALS.reduce((s, signal) => s + a[signal], 0);
      expect(sum).toBe(a.weight);
      expect(a.replyIds).toHaveLength(a.weight);
    });
  });

  it('leaves adjacency out by default', () => {
    expect(DEFAULT_SIGNALS).not.toContain('adjacency');
    expect(graph.hasEdge('ruth-almeida', 'ines-okafor')).toBe(false);
    const withAdjacency = buildGraph(sampleThread, sampleReplies, { signals: [...SIGNALS] });
    expect(withAdjacency.getEdgeAttributes('ruth-almeida->ines-okafor')).toMatchObject({ weight: 1, adjacency: 1 });
  });

  it('drops replies below minConfidence and recomputes weights', () => {
    const strict = buildGraph(sampleThread, sampleReplies, { minConfidence: 0.5 });
    expect(strict.hasEdge('ines-okafor->tomas-berg')).toBe(false);
    expect(strict.getEdgeAttributes('ines-okafor->mara-lind')).toMatchObject({ weight: 1, quote: 1, mention: 0 });
    expect(strict.getNodeAttribute('ines-okafor', 'outWeight')).toBe(1);
    expect(strict.getNodeAttribute('tomas-berg', 'inWeight')).toBe(1);
  });

  it('computes node metrics from comments and edges', () => {
    expect(graph.getNodeAttributes('mara-lind')).toMatchObject({
      label: 'Mara Lind', comments: 2, words: 41,
      firstTime: '2021-03-04T09:15:00Z', lastTime: '2021-03-04T10:02:00Z', firstIndex: 1, lastIndex: 3,
      inWeight: 4, outWeight: 1, inDegree: 2, outDegree: 1,
    });
    expect(graph.getNodeAttribute('mara-lind', 'size')).toBeCloseTo(4 + 3 * Math.sqrt(2), 3);
    expect(graph.getNodeAttributes('tomas-berg')).toMatchObject({ comments: 2, words: 27, inWeight: 2, outWeight: 2, inDegree: 2, outDegree: 1 });
    expect(graph.getNodeAttributes('ines-okafor')).toMatchObject({ comments: 2, words: 31, inWeight: 0, outWeight: 3, outDegree: 2 });
  });

  it('keeps participants without replies as isolated nodes with their own communities', () => {
    const jonas = graph.getNodeAttributes('jonas-weber');
    expect(graph.degree('jonas-weber')).toBe(0);
    expect(jonas).toMatchObject({ comments: 1, words: 5, inWeight: 0, outWeight: 0, firstIndex: 8, lastIndex: 8 });
    expect(jonas.firstTime).toBeUndefined();
    const communities = graph.nodes().map((n) => graph.getNodeAttribute(n, 'community'));
    // The three talkers form one group; the two isolated people get one community each.
    expect(communities).toEqual([0, 0, 0, 1, 2]);
  });

  it('gives every node finite, distinct positions', () => {
    const seen = new Set<string>();
    graph.forEachNode((_n, a) => {
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
      seen.add(`${a.x},${a.y}`);
    });
    expect(seen.size).toBe(graph.order);
  });

  it('stores the filter and thread info as graph attributes', () => {
    expect(graph.getAttributes()).toEqual({
      format: 'text', dialect: 'wordpress', title: 'Bike lanes on Elm Street', minConfidence: 0,
      signals: ['explicit', 'salutation', 'mention', 'quote', 'reference'],
    });
  });
});

describe('buildGraph determinism', () => {
  it('builds the identical graph twice, positions included', () => {
    const a = JSON.stringify(buildGraph(sampleThread, sampleReplies).export());
    const b = JSON.stringify(buildGraph(sampleThread, [...sampleReplies].reverse()).export());
    expect(b).toBe(a);
  });

  it('uses the seed for positions', () => {
    const one = buildGraph(sampleThread, sampleReplies, { seed: 1, layoutIterations: 0 });
    const two = buildGraph(sampleThread, sampleReplies, { seed: 2, layoutIterations: 0 });
    expect(one.getNodeAttribute('mara-lind', 'x')).not.toBe(two.getNodeAttribute('mara-lind', 'x'));
  });
});

describe('buildGraph on a chat log with system lines', () => {
  const chat: Thread = {
    format: 'chat', dialect: 'irc',
    comments: [
      { id: 'c1', index: 1, author: 'kestrel', authorId: 'kestrel', time: '2019-05-01T08:00:00Z', text: 'kestrel has joined #build', system: true },
      { id: 'c2', index: 2, author: 'wren', authorId: 'wren', time: '2019-05-01T08:01:00Z', text: 'anyone seen the nightly fail on arm64?' },
      { id: 'c3', index: 3, author: 'kestrel', authorId: 'kestrel', time: '2019-05-01T08:02:00Z', text: 'wren: yes, the linker ran out of memory' },
      { id: 'c4', index: 4, author: 'lurker', authorId: 'lurker', time: '2019-05-01T08:03:00Z', text: 'lurker has quit (Ping timeout)', system: true },
    ],
    participants: [
      { id: 'kestrel', name: 'kestrel', spellings: ['kestrel'], commentIndexes: [1, 3] },
      { id: 'wren', name: 'wren', spellings: ['wren'], commentIndexes: [2] },
      { id: 'lurker', name: 'lurker', spellings: ['lurker'], commentIndexes: [4] },
    ],
  };
  const replies = [makeReply('c3', 'wren', 'salutation', 0.9, 'wren', 'c2', chat)];
  const graph = buildGraph(chat, replies);

  it('counts only real comments, but places system-only participants in the thread', () => {
    expect(graph.getNodeAttributes('kestrel')).toMatchObject({ comments: 1, words: 8, firstIndex: 3, firstTime: '2019-05-01T08:02:00Z' });
    expect(graph.getNodeAttributes('lurker')).toMatchObject({ comments: 0, words: 0, firstIndex: 4, lastIndex: 4 });
    expect(graph.getNodeAttribute('lurker', 'size')).toBe(4);
    expect(graph.getEdgeAttribute('kestrel->wren', 'weight')).toBe(1);
  });
});

describe('filterReplies', () => {
  it('applies confidence and signals, drops self-replies and repeated comment→target pairs', () => {
    const self = { ...makeReply('c3', 'mara-lind', 'mention', 0.9, 'Tomas'), id: 'c3->mara-lind' };
    const dup = { ...sampleReplies[0]!, confidence: 0.99 };
    const kept = filterReplies([...sampleReplies, self, dup], { minConfidence: 0.5 });
    // Returned in thread order; the first of the two c5→Mara replies is kept.
    expect(kept.map((r) => r.id)).toEqual(['c2->mara-lind', 'c3->tomas-berg', 'c4->mara-lind', 'c5->mara-lind']);
    expect(kept[3]!.confidence).toBe(0.8);
    expect(filterReplies(sampleReplies, { signals: ['quote'] }).map((r) => r.id)).toEqual(['c4->mara-lind']);
  });

  it('rejects a bad filter with an InputError', () => {
    expect(() => filterReplies(sampleReplies, { minConfidence: Number.NaN })).toThrow(InputError);
    expect(() => filterReplies(sampleReplies, { signals: ['shout' as never] })).toThrow(/Unknown signal "shout"/);
  });
});
