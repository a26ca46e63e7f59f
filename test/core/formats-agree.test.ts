/**
 * The seed's 25 comments given as CSV, as JSON and as WordPress page text yield the same
 * replies as the original Squarespace page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest, type Ingested } from '../../src/core/pipeline';
import { asCsv, asJson, asWordpressPaste } from '../helpers/render-formats';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const seed = ingest(read('../../seeds/000_be01d75ba33c9c53.txt'));

function replies(r: Ingested): string[] {
  const name = (id: string) => r.thread.participants.find((p) => p.id === id)!.name;
  return r.replies.map((x) => `${x.commentIndex}:${name(x.source)}->${name(x.target)}:${x.signal}:${x.confidence}:${x.evidence.text}`).sort();
}

describe('the same comments in other formats', () => {
  it('bundled samples are what the renderer writes', () => {
    expect(read('../../data/seed-comments.csv')).toBe(asCsv(seed.thread));
    expect(read('../../data/seed-comments.json')).toBe(asJson(seed.thread));
    expect(read('../../data/seed-comments-wordpress.txt')).toBe(asWordpressPaste(seed.thread, 'Iran Interview: The Diplomat Who Resigned Over the Election'));
  });

  for (const [file, format, dialect] of [
    ['../../data/seed-comments.csv', 'csv', 'csv'],
    ['../../data/seed-comments.json', 'json', 'generic'],
    ['../../data/seed-comments-wordpress.txt', 'text', 'wordpress'],
  ] as const) {
    it(`${format} gives the seed's comments, participants and replies`, () => {
      const other = ingest(read(file));
      expect(other.report.format).toBe(format);
      expect(other.report.dialect).toBe(dialect);
      expect(other.thread.comments.map((c) => [c.author, c.text])).toEqual(seed.thread.comments.map((c) => [c.author, c.text]));
      expect(other.thread.participants.map((p) => p.name)).toEqual(seed.thread.participants.map((p) => p.name));
      expect(replies(other)).toEqual(replies(seed));
      expect(replies(other).length).toBeGreaterThan(20);
    });
  }
});
