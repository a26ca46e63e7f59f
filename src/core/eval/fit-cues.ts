/**
 * Fits the cue calibration (Platt scaling): for each person a training comment names or
 * quotes, the combined cue strength c and whether that person is among those the comment
 * answers in the gold structure; maximum likelihood of σ(scale · logit(c) + offset), with an
 * L2 pull toward the identity (scale 1, offset 0) so that little data changes little.
 */
import { inferReplies } from '../infer/index';
import { logit, type ScorerModel } from '../infer/rank/model';
import type { EvalCase } from './datasets';

export interface CueExample {
  strength: number;
  answered: boolean;
}

/** The cue examples of the cases' scored comments that have participant gold. */
export function collectCueExamples(cases: readonly EvalCase[], model: ScorerModel): CueExample[] {
  const out: CueExample[] = [];
  for (const c of cases) {
    const gold = c.goldTargets;
    if (!gold) continue;
    const scored = new Set(c.scored);
    inferReplies(c.thread, {
      model,
      onCandidates: (comment, _set, cues) => {
        if (!scored.has(comment.id)) return;
        const answered = gold.get(comment.id);
        for (const [target, strength] of cues) out.push({ strength, answered: answered?.has(target) ?? false });
      },
    });
  }
  return out;
}


/** Negative log-likelihood plus the pull toward the identity. */
function cueLoss(examples: readonly CueExample[], scale: number, offset: number, l2: number): number {
  let total = l2 * ((scale - 1) ** 2 + offset ** 2);
  for (const e of examples) {
    const z = scale * logit(e.strength) + offset;
    // log(1 + e^-z) for a positive, log(1 + e^z) for a negative, computed without overflow.
    const m = e.answered ? -z : z;
    total += Math.max(m, 0) + Math.log1p(Math.exp(-Math.abs(m)));
  }
  return total;
}

export function fitCueCalibration(examples: readonly CueExample[], l2 = 1): ScorerModel['cue'] {
  let scale = 1, offset = 0;
  let current = cueLoss(examples, scale, offset, l2);
  for (let step = 0; step < 50; step++) {
    let gs = 2 * l2 * (scale - 1), go = 2 * l2 * offset, hss = 2 * l2, hso = 0, hoo = 2 * l2;
    for (const e of examples) {
      const x = logit(e.strength);
      const p = 1 / (1 + Math.exp(-(scale * x + offset)));
      const r = p - (e.answered ? 1 : 0), w = p * (1 - p);
      gs += r * x; go += r;
      hss += w * x * x; hso += w * x; hoo += w;
    }
    const det = hss * hoo - hso * hso;
    const ds = (hoo * gs - hso * go) / det, dof = (hss * go - hso * gs) / det;
    let t = 1, ns = scale, no = offset, nl = current;
    for (let tries = 0; tries < 20; tries++, t /= 2) {
      ns = scale - t * ds; no = offset - t * dof;
      nl = cueLoss(examples, ns, no, l2);
      if (nl <= current) break;
    }
    const improved = current - nl;
    scale = ns; offset = no; current = nl;
    if (improved < 1e-9 * Math.max(1, current)) break;
  }
  return { scale: Math.round(scale * 1000) / 1000, offset: Math.round(offset * 1000) / 1000 };
}
