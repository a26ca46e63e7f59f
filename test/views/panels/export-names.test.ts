import { describe, expect, it } from 'vitest';
import { exportFileName, slugify, sourceSlug, type ExportFilter } from '../../../src/views/panels/export-names';
import { DEFAULT_SIGNALS } from '../../../src/core/graph/build';

const seed = { kind: 'sample' as const, label: 'Blog interview, 25 comments (page text)', sampleId: 'seed' };
const file = { kind: 'file' as const, label: 'Debate Night (2019).CSV' };
const defaults: ExportFilter = { minConfidence: 0.5, signals: [...DEFAULT_SIGNALS], timeWindow: null };

describe('export file names', () => {
  it('names the source by sample id, file name without extension, or a slug of the label', () => {
    expect(sourceSlug(seed)).toBe('seed');
    expect(sourceSlug(file)).toBe('debate-night-2019');
    expect(sourceSlug({ kind: 'paste', label: 'pasted text' })).toBe('pasted-text');
    expect(sourceSlug(null)).toBe('thread');
    expect(slugify('Ünïcödé — ☃ Talk!')).toBe('unicode-talk');
    expect(slugify('***')).toBe('thread');
    expect(slugify('a'.repeat(80)).length).toBe(60);
  });

  it('always names the confidence floor on the reply, node and edge tables', () => {
    expect(exportFileName('replies-csv', seed, defaults)).toBe('seed-replies-min0.5.csv');
    expect(exportFileName('nodes-csv', seed, defaults)).toBe('seed-nodes-min0.5.csv');
    expect(exportFileName('report-json', seed, defaults)).toBe('seed-report-min0.5.json');
    expect(exportFileName('edges-csv', file, { ...defaults, minConfidence: 0.75 })).toBe('debate-night-2019-edges-min0.75.csv');
    expect(exportFileName('replies-csv', seed, { ...defaults, minConfidence: 0 })).toBe('seed-replies-min0.csv');
  });

  it('names the floor on pictures and graph files only when it is not the default', () => {
    expect(exportFileName('network-png', seed, defaults)).toBe('seed-network.png');
    expect(exportFileName('timeline-png', seed, defaults)).toBe('seed-timeline.png');
    expect(exportFileName('gexf', seed, defaults)).toBe('seed-graph.gexf');
    expect(exportFileName('graph-json', seed, defaults)).toBe('seed-graph.json');
    expect(exportFileName('graphml', seed, defaults)).toBe('seed-graph.graphml');
    expect(exportFileName('gexf', seed, { ...defaults, minConfidence: 0.8 })).toBe('seed-graph-min0.8.gexf');
  });

  it('adds the time window and non-default signals to every filtered export', () => {
    const f: ExportFilter = { minConfidence: 0.5, signals: ['salutation', 'quote'], timeWindow: [3, 17] };
    expect(exportFileName('replies-csv', seed, f)).toBe('seed-replies-min0.5-w3-17-signals-salutation+quote.csv');
    expect(exportFileName('network-png', seed, f)).toBe('seed-network-w3-17-signals-salutation+quote.png');
    expect(exportFileName('gexf', seed, { ...defaults, signals: [] })).toBe('seed-graph-signals-none.gexf');
    expect(exportFileName('edges-csv', seed, { ...defaults, signals: [...DEFAULT_SIGNALS, 'adjacency'] }))
      .toBe('seed-edges-min0.5-signals-explicit+salutation+mention+quote+reference+adjacency.csv');
  });

  it('leaves filters out of the comments table, which holds the whole thread', () => {
    expect(exportFileName('comments-csv', seed, { minConfidence: 0.9, signals: ['quote'], timeWindow: [1, 4] })).toBe('seed-comments.csv');
  });
});
