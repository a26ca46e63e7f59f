import { describe, expect, it } from 'vitest';
import { captionLines, filterLine, networkSummary, selectionText } from '../../../src/views/network/caption';
import { legendModel, type LegendInput } from '../../../src/views/network/legend-model';
import { OTHER_COMMUNITY_COLOR } from '../../../src/views/network/palette';
import { defaultView } from '../../../src/store/state';

const size = { metric: 'comments' as const, min: 1, max: 9, range: { min: 4, max: 20 } };
const edges = { count: 12, minWeight: 1, maxWeight: 4, range: { min: 1, max: 6 } };

function rows(input: Partial<LegendInput>) {
  return legendModel({
    encoding: { size, color: { kind: 'community', groups: [{ community: 0, color: '#4e79a7', members: 6, lead: 'Ada Moss' }], other: { communities: 3, members: 3 } } },
    edges, timeWindow: null, ...input,
  });
}

describe('legend model', () => {
  it('says what size, community colour and edge thickness mean, with counts and ranges', () => {
    const r = rows({});
    expect(r).toContainEqual({ kind: 'heading', text: 'Size: comments written' });
    expect(r).toContainEqual({ kind: 'circles', radii: [4, 20], text: '1–9' });
    expect(r).toContainEqual({ kind: 'swatch', color: '#4e79a7', text: 'Group 1 · 6 people · around Ada Moss' });
    expect(r).toContainEqual({ kind: 'swatch', color: OTHER_COMMUNITY_COLOR, text: 'Others · 3 people in 3 small groups' });
    expect(r).toContainEqual({ kind: 'lines', widths: [1, 6], text: 'thickness = replies (1–4)' });
  });

  it('shows the numeric scale range when colouring by a metric', () => {
    const r = rows({ encoding: { size, color: { kind: 'metric', metric: 'inWeight', min: 0, max: 1200 } } });
    expect(r).toContainEqual({ kind: 'heading', text: 'Colour: replies received' });
    const g = r.find((x) => x.kind === 'gradient');
    expect(g).toMatchObject({ text: '0–1,200 (darker = more)' });
  });

  it('notes an empty filter result and the time window', () => {
    const r = rows({ edges: { ...edges, count: 0 }, timeWindow: [3, 17] });
    expect(r).toContainEqual({ kind: 'note', text: 'No reply passes the current filters.' });
    expect(r).toContainEqual({ kind: 'note', text: 'Pale: no comment among comments 3–17.' });
    expect(r.some((x) => x.kind === 'lines')).toBe(false);
  });

  it('notes the post shown, alone or with the time window', () => {
    expect(rows({ topic: 'post 6: Notes' })).toContainEqual({ kind: 'note', text: 'Pale: no comment on “post 6: Notes”.' });
    expect(rows({ topic: 'post 6: Notes', timeWindow: [2, 9] })).toContainEqual({ kind: 'note', text: 'Pale: no comment on “post 6: Notes” among comments 2–9.' });
  });
});

describe('caption and summary', () => {
  it('states the active filters', () => {
    expect(filterLine({ ...defaultView(), timeWindow: [3, 17] }))
      .toBe('min confidence 0.5 · signals: explicit, salutation, mention, quote, reference · comments 3–17');
    expect(filterLine({ ...defaultView(), signals: [], search: ' ada ' })).toBe('min confidence 0.5 · signals: none · search “ada”');
    expect(filterLine({ ...defaultView(), minConfidence: 0.8, signals: ['explicit', 'salutation', 'mention', 'quote', 'reference', 'adjacency'] }))
      .toBe('min confidence 0.8 · signals: all');
    expect(filterLine({ ...defaultView(), topic: 'post 6: Notes', search: 'ada' }))
      .toBe('min confidence 0.5 · signals: explicit, salutation, mention, quote, reference · on “post 6: Notes” · search “ada”');
  });

  it('puts the title first, then filters, then the encoding', () => {
    expect(captionLines('A thread', defaultView(), { participants: 11, edges: 1 })).toEqual([
      'A thread',
      'min confidence 0.5 · signals: explicit, salutation, mention, quote, reference',
      '11 participants · 1 reply link · size = comments written · colour = community',
    ]);
  });

  it('names the selection in words', () => {
    const labelOf = (id: string) => ({ a: 'Ada', b: 'Bo' } as Record<string, string>)[id];
    expect(selectionText({ kind: 'participant', id: 'a' }, labelOf, () => undefined)).toBe('Ada');
    expect(selectionText({ kind: 'edge', source: 'a', target: 'b' }, labelOf, () => undefined)).toBe('Ada → Bo');
    expect(selectionText({ kind: 'comment', id: 'c4' }, labelOf, () => 4)).toBe('comment 4');
    expect(selectionText(null, labelOf, () => undefined)).toBeNull();
  });

  it('summarises the network for screen readers', () => {
    expect(networkSummary({ counts: null, sizeBy: 'comments', colorBy: 'community', selected: null, matches: null }))
      .toMatch(/no thread loaded/);
    expect(networkSummary({ counts: { participants: 6, edges: 6 }, sizeBy: 'words', colorBy: 'degree', selected: 'Ada', matches: 2 }))
      .toBe('Network of who answers whom: 6 participants · 6 reply links · size = words written · colour = people linked (in + out). Selected: Ada. 2 participants match the search.');
  });
});
