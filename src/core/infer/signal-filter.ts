/**
 * Which replies a set of enabled signals lets through. A reply's confidence is judged from all
 * the evidence in its comment, so switching a signal off hides the replies that only that kind
 * of evidence supports and leaves the others as they are, with their strongest remaining
 * evidence in front. Inference, the app's toggles and the CLI's --signals share this rule.
 */
import type { Reply, Signal } from '../types';

/** The reply as seen with only `enabled` signals, or undefined when none of its evidence is enabled. */
export function keepSignals(reply: Reply, enabled: ReadonlySet<Signal>): Reply | undefined {
  let all = true;
  for (const e of reply.support) if (!enabled.has(e.signal)) { all = false; break; }
  if (all) return reply;
  const support = reply.support.filter((e) => enabled.has(e.signal));
  const primary = support[0];
  if (!primary) return undefined;
  return { ...reply, signal: primary.signal, evidence: primary, support };
}
