/**
 * The reliability part of `threadgraph eval`: tallies threadgraph's link and reply
 * confidences per dataset while the cases are scored, and prints one line per dataset and
 * kind: each confidence bin's mean confidence → share right (predictions), and the largest
 * gap over bins with enough predictions.
 */
import type { EvalCase } from '../core/eval/datasets';
import type { InferResult } from '../core/infer/index';
import { MIN_BIN_SUPPORT, ReliabilityTally, tallyReliability, type Reliability } from '../core/eval/reliability';

export interface DatasetReliability {
  /** Parent links: right when the parent is a gold parent. */
  links: Reliability;
  /** Replies: right when the person answered is a gold one (datasets with participant gold). */
  replies?: Reliability;
}

/** A tally for one dataset: pass `add` as evaluateCases' onInference. */
export function reliabilityTally(): { add: (c: EvalCase, r: InferResult) => void; result: () => DatasetReliability } {
  const links = new ReliabilityTally(), replies = new ReliabilityTally();
  let participantGold = false;
  return {
    add: (c, r) => {
      if (c.goldTargets) participantGold = true;
      tallyReliability(c, r, links, replies);
    },
    result: () => (participantGold ? { links: links.result(), replies: replies.result() } : { links: links.result() }),
  };
}

const two = (x: number) => x.toFixed(2).replace(/^0/, '');

function line(label: string, r: Reliability): string {
  const cells = r.bins.map((b) => `${two(b.meanConfidence)}→${two(b.observed)} (${b.count}${b.count < MIN_BIN_SUPPORT ? '*' : ''})`);
  return `${label}  max gap ${r.maxGap.toFixed(2)} | ${cells.join(' ')}`;
}

export function formatReliability(rows: readonly { dataset: string; reliability: DatasetReliability }[]): string {
  const width = Math.max(...rows.map((r) => r.dataset.length)) + 8;
  const out = [`reliability of threadgraph's confidence: mean confidence → share right (predictions) per 0.1 bin; * = under ${MIN_BIN_SUPPORT} predictions, not counted in max gap`];
  for (const r of rows) {
    out.push(line(`${r.dataset} links`.padEnd(width), r.reliability.links));
    if (r.reliability.replies) out.push(line(`${r.dataset} replies`.padEnd(width), r.reliability.replies));
  }
  return out.join('\n');
}
