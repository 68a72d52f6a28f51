/**
 * Milliseconds the server spent on each step of one turn, measured where the work happens. The
 * reply's `finish` metadata carries them, so a load test can tell the server's cost from its own.
 */
export class StepTimings {
  private readonly steps = new Map<string, number>();

  constructor(private readonly now: () => number = () => performance.now()) {}

  add(step: string, ms: number): void {
    this.steps.set(step, (this.steps.get(step) ?? 0) + ms);
  }

  /** Adds steps measured elsewhere (e.g. by the retriever) under a prefix. */
  merge(prefix: string, measured: Record<string, number> | undefined): void {
    for (const [step, ms] of Object.entries(measured ?? {})) this.add(`${prefix}${step}`, ms);
  }

  async measure<T>(step: string, work: () => Promise<T>): Promise<T> {
    const started = this.now();
    try {
      return await work();
    } finally {
      this.add(step, this.now() - started);
    }
  }

  /** A timer started now; call the result to record the step. */
  start(step: string): () => void {
    const started = this.now();
    let stopped = false;
    return () => {
      if (stopped) return;
      stopped = true;
      this.add(step, this.now() - started);
    };
  }

  toJSON(): Record<string, number> {
    return Object.fromEntries([...this.steps].map(([step, ms]) => [step, Math.round(ms * 10) / 10]));
  }
}
