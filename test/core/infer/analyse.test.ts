import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../src/core/parse/index';
import { buildThread } from '../../../src/core/thread';
import { createContext } from '../../../src/core/infer/context';
import { CommentAnalyser } from '../../../src/core/infer/analyse';
import { analysedComments, inlineScanner } from '../../../src/core/infer/scan';

describe('comment analysis', () => {
  for (const file of ['seeds/000_be01d75ba33c9c53.txt', 'test/fixtures/chat/ubuntu-irc-excerpt.txt']) {
    it(`says which comments ask a question, as their text does: ${file}`, () => {
      const { thread } = buildThread(parseInput(readFileSync(file, 'utf8'), { fileName: file }));
      const ctx = createContext(thread);
      const comments = analysedComments(thread.comments);
      const analyser = new CommentAnalyser(ctx, inlineScanner(ctx, comments));
      const asks = comments.map((c) => analyser.analyse(c).asks);
      expect(asks).toEqual(comments.map((c) => c.text.includes('?')));
      expect(asks).toContain(true);
      expect(asks).toContain(false);
    });
  }
});
