import { describe, expect, it } from 'vitest';
import { progressLine, PROGRESS_MIN_TOTAL } from '../../src/cli/progress';

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { written, isTTY, write: (chunk: string) => written.push(chunk) };
}

describe('progress line', () => {
  it('rewrites one line in place on a terminal and clears it at the end', () => {
    const out = stream(true);
    const line = progressLine(out, 'inferring replies', 'comments');
    const report = line.update; // handed on alone, as inference's onProgress
    report(40_000, 100_000);
    report(100_000, 100_000);
    line.say('writing the files', 100_000);
    line.finish();
    expect(out.written).toEqual([
      '\rthreadgraph: inferring replies 40,000 / 100,000 comments\x1b[K',
      '\rthreadgraph: inferring replies 100,000 / 100,000 comments\x1b[K',
      '\rthreadgraph: writing the files\x1b[K',
      '\r\x1b[K',
    ]);
  });

  it('writes nothing to a pipe or a log, nor for short work', () => {
    const piped = stream(false);
    const toPipe = progressLine(piped, 'inferring replies', 'comments');
    toPipe.update(40_000, 100_000);
    toPipe.finish();
    const short = stream(true);
    const shortWork = progressLine(short, 'inferring replies', 'comments');
    shortWork.update(10, PROGRESS_MIN_TOTAL - 1);
    shortWork.finish();
    expect(piped.written).toEqual([]);
    expect(short.written).toEqual([]);
  });
});
