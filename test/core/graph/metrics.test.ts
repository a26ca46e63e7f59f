import { describe, expect, it } from 'vitest';
import { countWords, graphSummary, nodeSize, participantActivity, replyFlows } from '../../../src/core/graph/metrics';
import { buildGraph } from '../../../src/core/graph/build';
import type { Thread } from '../../../src/core/types';
import { sampleReplies, sampleThread } from '../../fixtures/graph/sampleThread';

describe('countWords', () => {
  it('counts runs of non-whitespace, including unicode spaces', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('   ')).toBe(0);
    expect(countWords('Thanks Tomas, that\'s good to hear.')).toBe(6);
    expect(countWords('  line one\nline\ttwo  ')).toBe(4);
    expect(countWords('non\u00a0breaking\u2003em space')).toBe(4);
  });
});

describe('participantActivity', () => {
  it('takes earliest and latest times even when thread order is not time order', () => {
    const thread: Thread = {
      format: 'json', dialect: 'reddit',
      comments: [
        { id: 'a', index: 1, author: 'Ola', authorId: 'ola', time: '2022-01-02T10:00:00Z', text: 'first in the page' },
        { id: 'b', index: 2, author: 'Ola', authorId: 'ola', time: '2022-01-01T09:00:00.500Z', text: 'older, nested lower' },
        { id: 'c', index: 3, author: 'Ola', authorId: 'ola', time: '2022-01-01T09:00:00Z', text: 'oldest by half a second' },
      ],
      participants: [{ id: 'ola', name: 'Ola', spellings: ['Ola'], commentIndexes: [1, 2, 3] }],
    };
    expect(participantActivity(thread).get('ola')).toEqual({
      comments: 3, words: 12, firstIndex: 1, lastIndex: 3,
      firstTime: '2022-01-01T09:00:00Z', lastTime: '2022-01-02T10:00:00Z',
    });
  });

  it('has an entry for every participant of the sample thread', () => {
    const activity = participantActivity(sampleThread);
    expect([...activity.keys()]).toEqual(sampleThread.participants.map((p) => p.id));
    expect(activity.get('tomas-berg')).toMatchObject({ comments: 2, words: 27, firstIndex: 2, lastIndex: 5 });
  });
});

describe('replyFlows', () => {
  it('sums weights and counts distinct neighbours both ways', () => {
    const flows = replyFlows(['a', 'b', 'c', 'd'], [
      { source: 'a', target: 'b', weight: 3 },
      { source: 'b', target: 'a', weight: 1 },
      { source: 'c', target: 'a', weight: 2 },
    ]);
    expect(flows.get('a')).toEqual({ inWeight: 3, outWeight: 3, inDegree: 2, outDegree: 1 });
    expect(flows.get('d')).toEqual({ inWeight: 0, outWeight: 0, inDegree: 0, outDegree: 0 });
  });
});

describe('nodeSize and graphSummary', () => {
  it('grows with comments', () => {
    expect(nodeSize(0)).toBe(4);
    expect(nodeSize(4)).toBe(10);
  });

  it('summarises the sample graph', () => {
    expect(graphSummary(buildGraph(sampleThread, sampleReplies))).toEqual({ nodes: 5, edges: 4, totalWeight: 6, communities: 3 });
  });
});
