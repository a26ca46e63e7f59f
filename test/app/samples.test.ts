/**
 * The bundled samples of the app's sample menu: each one opens (with the format its file name and
 * content say), the seed is the default, the blog export sample holds several posts, and the
 * chat sample is dated by its file name.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SAMPLE, SAMPLES, findSample } from '../../src/app/samples';
import { ingest } from '../../src/core/pipeline';
import { threadTopics } from '../../src/store/derived';
import { defaultSignals } from '../../src/core/infer/default-signals';

describe('bundled samples', () => {
  it('each opens, and the four seed samples give the seed’s 25 comments', () => {
    expect(findSample(DEFAULT_SAMPLE)?.fileName).toBe('000_be01d75ba33c9c53.txt');
    for (const s of SAMPLES) {
      const r = ingest(s.text, { fileName: s.fileName });
      expect(r.thread.comments.length, s.id).toBeGreaterThan(0);
      if (s.id.startsWith('seed')) expect(r.report.comments, s.id).toBe(25);
    }
  });

  it('includes a WordPress export whose posts are topics', () => {
    const wxr = findSample('cc-labs-wxr')!;
    const r = ingest(wxr.text, { fileName: wxr.fileName });
    expect(r.report.format).toBe('wxr');
    expect(threadTopics(r.thread.comments)).toHaveLength(3);
  });

  it('includes an IRC log, dated by its file name, whose default signals include position', () => {
    const irc = findSample('ubuntu-irc')!;
    const r = ingest(irc.text, { fileName: irc.fileName });
    expect(r.report.format).toBe('chat');
    expect(r.report.undated).toBe(0);
    expect(r.thread.comments[0]!.time).toBe('2011-05-29T19:00:00Z');
    expect(r.report.notes).toContain('the log\'s first line is dated 2011-05-29, the date in its file name');
    expect(defaultSignals(r.thread.format)).toContain('adjacency');
    expect(r.thread.participants.length).toBeGreaterThan(20);
  });
});
