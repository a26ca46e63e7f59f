/**
 * Runs ForceAtlas2 in a Web Worker (graphology's FA2 supervisor) on the layout graph, and stops
 * it by itself following the layout plan: after the iteration budget, once nodes barely move
 * (measured every SETTLE_CHECK_EVERY iterations), or when the time budget runs out on a slow
 * machine. While it runs, positions reach the picture through `onPositions` at most every
 * `plan.refreshMs`, and less often when frames are expensive (software WebGL): each iteration
 * needs the main thread for a moment, so a main thread busy drawing starves the layout.
 * If the worker cannot start (no Worker support), the initial positions stay.
 */
import type Graph from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { SETTLE_CHECK_EVERY, readPositions, refreshDelay, relativeStep, stopReason, type LayoutPlan } from './layout-plan';

export interface LayoutCallbacks {
  /** New positions are on the layout graph. */
  onPositions(): void;
  onRunningChange(running: boolean): void;
  /** What the last frame of the picture cost in milliseconds (0 if unknown). */
  frameCost(): number;
}

export class LayoutRunner {
  private supervisor: FA2Layout | null = null;
  private iterations = 0;
  private startedAt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private snapshot: Float64Array | null = null;
  private spare: Float64Array | null = null;
  private running = false;
  /** Why the last run stopped ('user' when stopped from the button). */
  lastStop: string | null = null;

  /** Called by the graph after each iteration's positions were written (one event per iteration). */
  private readonly afterIteration = () => {
    if (!this.running) return;
    this.iterations++;
    let step: number | null = null;
    if (this.iterations % SETTLE_CHECK_EVERY === 0) {
      const now = readPositions(this.graph, this.spare ?? undefined);
      if (this.snapshot) step = relativeStep(this.snapshot, now, SETTLE_CHECK_EVERY);
      this.spare = this.snapshot;
      this.snapshot = now;
    }
    const reason = stopReason(this.plan, this.iterations, performance.now() - this.startedAt, step);
    if (reason) this.stop(reason);
  };

  constructor(private readonly graph: Graph, private readonly plan: LayoutPlan, private readonly callbacks: LayoutCallbacks) {
    if (graph.order < 2 || typeof Worker === 'undefined') return;
    try {
      this.supervisor = new FA2Layout(graph, { settings: plan.settings, getEdgeWeight: 'weight' });
    } catch {
      this.supervisor = null;
      return;
    }
    graph.on('eachNodeAttributesUpdated', this.afterIteration);
  }

  /** Iterations run since the last start. */
  get iterationCount(): number {
    return this.iterations;
  }

  isRunning(): boolean {
    return this.running;
  }

  canRun(): boolean {
    return this.supervisor !== null;
  }

  start(): void {
    if (!this.supervisor || this.running) return;
    this.iterations = 0;
    this.startedAt = performance.now();
    this.snapshot = readPositions(this.graph);
    this.spare = null;
    this.lastStop = null;
    this.running = true;
    this.supervisor.start();
    this.scheduleRefresh();
    this.callbacks.onRunningChange(true);
  }

  private scheduleRefresh(): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.running) return;
      this.callbacks.onPositions();
      this.scheduleRefresh();
    }, refreshDelay(this.plan, this.callbacks.frameCost()));
  }

  stop(reason = 'user'): void {
    if (!this.running) return;
    this.running = false;
    this.lastStop = reason;
    this.supervisor?.stop();
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.callbacks.onPositions();
    this.callbacks.onRunningChange(false);
  }

  kill(): void {
    this.running = false;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.graph.removeListener('eachNodeAttributesUpdated', this.afterIteration);
    this.supervisor?.kill();
    this.supervisor = null;
  }
}
