import { describe, expect, it } from 'vitest';
import { emphasisFor, NO_EMPHASIS } from '../../../src/views/timeline/emphasis';
import { buildGraph, edgeKey } from '../../../src/core/graph/build';
import { modelOf, seedIngest } from './fixtures';

const ingested = seedIngest();
const { thread, replies, model } = modelOf(ingested);
const ids = (set: Set<number> | null, of: 'marks' | 'arcs') =>
  set ? [...set].map((i) => (of === 'marks' ? model.marks[i]!.commentId : model.arcs[i]!.replyId)).sort() : null;

describe('timeline emphasis', () => {
  it('emphasises nothing without a selection or for a selection that points nowhere', () => {
    expect(emphasisFor(model, null)).toBe(NO_EMPHASIS);
    expect(emphasisFor(model, { kind: 'comment', id: 'c999' })).toBe(NO_EMPHASIS);
    expect(emphasisFor(model, { kind: 'participant', id: 'nobody' })).toBe(NO_EMPHASIS);
  });

  it('without a selection, emphasises the comments of the topic shown and the arcs leaving them', () => {
    // Pretend comments 1-12 are one post of a blog export.
    const inTopic = (id: string) => Number(id.slice(1)) <= 12;
    const e = emphasisFor(model, null, undefined, inTopic);
    expect(ids(e.marks, 'marks')).toEqual(Array.from({ length: 12 }, (_, i) => `c${i + 1}`).sort());
    expect([...e.arcs!].every((a) => inTopic(model.arcs[a]!.replyId.split('->')[0]!))).toBe(true);
    expect(e.arcs!.size).toBeGreaterThan(0);
    expect(e.lanes).toBeNull();
    // A selection still wins over the topic.
    expect(emphasisFor(model, { kind: 'comment', id: 'c13' }, undefined, inTopic).ring).toBe(model.markOf.get('c13'));
  });

  it('rings a selected comment and emphasises its arcs in and out, with their other ends', () => {
    const e = emphasisFor(model, { kind: 'comment', id: 'c13' });
    expect(model.marks[e.ring!]!.commentId).toBe('c13');
    expect(ids(e.arcs, 'arcs')).toEqual(['c13->arshama', 'c14->m-ali', 'c15->m-ali', 'c17->m-ali', 'c18->m-ali', 'c21->m-ali'].sort());
    expect(ids(e.marks, 'marks')).toEqual(['c13', 'c6', 'c14', 'c15', 'c17', 'c18', 'c21'].sort());
    expect(e.lanes).toBeNull();
  });

  it('highlights a participant\'s lane, marks and every arc from or to them', () => {
    const e = emphasisFor(model, { kind: 'participant', id: 'scott-lucas' });
    expect(e.lanes).toEqual(new Set([model.laneOf.get('scott-lucas')]));
    expect(ids(e.marks, 'marks')).toEqual(['c23', 'c9']);
    expect(ids(e.arcs, 'arcs')).toEqual(['c1->scott-lucas', 'c23->eric-a-brill', 'c25->scott-lucas', 'c9->eric-a-brill']);
    // The comments they answer or are answered by are context, not emphasised.
    expect(ids(e.context, 'marks')).toEqual(['c1', 'c22', 'c25', 'c7']);
    expect(e.ring).toBeNull();
  });

  it('highlights the comments behind an edge, from the graph\'s commentIds or from the replies', () => {
    const graph = buildGraph(thread, replies, { minConfidence: 0.5 });
    const commentIds = graph.getEdgeAttribute(edgeKey('catherine', 'eric-a-brill'), 'commentIds');
    expect(commentIds).toEqual(['c16', 'c24']);
    const fromGraph = emphasisFor(model, { kind: 'edge', source: 'catherine', target: 'eric-a-brill' }, commentIds);
    const fromReplies = emphasisFor(model, { kind: 'edge', source: 'catherine', target: 'eric-a-brill' });
    for (const e of [fromGraph, fromReplies]) {
      expect(ids(e.arcs, 'arcs')).toEqual(['c16->eric-a-brill', 'c24->eric-a-brill']);
      expect(ids(e.marks, 'marks')).toEqual(['c16', 'c24']);
      // The comment both answer is context.
      expect(ids(e.context, 'marks')).toEqual(['c1']);
      expect(e.lanes).toEqual(new Set([model.laneOf.get('catherine'), model.laneOf.get('eric-a-brill')]));
    }
  });
});
