/**
 * A progress line for long command-line work: "threadgraph: inferring replies 40,000 / 100,000
 * comments", then what comes next ("writing the files"), rewritten in place on a terminal and
 * cleared when the work ends. Nothing is written
 * when the stream is not a terminal (logs and pipes stay clean) or the work is short.
 */

/** Below this many items the work is over before a progress line would help. */
export const PROGRESS_MIN_TOTAL = 10_000;

export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

/** Its methods may be passed on alone (as callbacks). */
export interface ProgressLine {
  /** Reports `done` of `total` items. */
  update(done: number, total: number): void;
  /** Shows what is being done now, for work on `total` items. */
  say(text: string, total: number): void;
  /** Clears the line, if one was shown. */
  finish(): void;
}

const count = (n: number) => n.toLocaleString('en-US');

export function progressLine(stream: ProgressStream, what: string, unit: string): ProgressLine {
  let shown = false;
  const say = (text: string, total: number): void => {
    if (!stream.isTTY || total < PROGRESS_MIN_TOTAL) return;
    stream.write(`\rthreadgraph: ${text}\x1b[K`);
    shown = true;
  };
  return {
    update: (done, total) => say(`${what} ${count(done)} / ${count(total)} ${unit}`, total),
    say,
    finish: () => {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
