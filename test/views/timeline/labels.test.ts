import { describe, expect, it } from 'vitest';
import { captionLine, dayLabel, excerptOf, timeLabel, tooltipLines, TOOLTIP_TEXT_CHARS } from '../../../src/views/timeline/labels';
import { defaultView } from '../../../src/store/state';
import { chatIngest, seedIngest } from './fixtures';

describe('timeline labels', () => {
  it('writes a time at the precision it is known, in UTC', () => {
    expect(timeLabel({ time: '2010-04-29T00:00:00Z', timePrecision: 'day' })).toBe('29 Apr 2010');
    expect(timeLabel({ time: '2004-11-13T23:51:00Z', timePrecision: 'minute' })).toBe('13 Nov 2004 23:51 UTC');
    expect(timeLabel({ time: '2004-11-13T23:50:12Z', timePrecision: 'second' })).toBe('13 Nov 2004 23:50:12 UTC');
    expect(timeLabel({})).toBe('');
    expect(dayLabel('2010-04-30')).toBe('30 Apr 2010');
  });

  it('shows author, time and the start of the text in a tooltip, or "comment N" when undated', () => {
    const seed = seedIngest().thread;
    const lines = tooltipLines(seed.comments[9]!);
    expect(lines.author).toBe('Catherine');
    expect(lines.when).toBe('comment 10 · 30 Apr 2010');
    expect(seed.comments[9]!.text.length).toBeGreaterThan(TOOLTIP_TEXT_CHARS);
    expect(lines.text.length).toBe(TOOLTIP_TEXT_CHARS + 1);
    expect(lines.text.endsWith('…')).toBe(true);
    expect(seed.comments[9]!.text.replace(/\s+/g, ' ').startsWith(lines.text.slice(0, -1))).toBe(true);

    const undated = chatIngest('ubuntu-irc-excerpt.txt').thread.comments.find((c) => !c.system)!;
    expect(tooltipLines(undated).when).toBe(`comment ${undated.index}`);
  });

  it('collapses whitespace and keeps short texts whole', () => {
    expect(excerptOf('  two\n\nlines  ')).toBe('two lines');
    expect(excerptOf('<b>not markup</b>')).toBe('<b>not markup</b>');
  });

  it('names the active filters in the export caption', () => {
    const thread = seedIngest().thread;
    const view = { ...defaultView(), minConfidence: 0.7, signals: ['salutation' as const, 'quote' as const], timeWindow: [3, 17] as [number, number] };
    const caption = captionLine(thread, view, 12);
    expect(caption).toContain('min confidence 0.7');
    expect(caption).toContain('signals: salutation, quote');
    expect(caption).toContain('comments 3–17');
    expect(caption).toContain('12 replies drawn');
    expect(captionLine(thread, defaultView(), 1)).not.toContain('comments ');
  });
});
