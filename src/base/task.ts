import { notEqual, type ReactiveController, type ReactiveControllerHost } from 'lit';

export interface TaskConfig<A extends readonly unknown[], R> {
  /** The inputs: a run starts when one of them changes (compared as Lit compares properties). */
  args(): A;
  /** The work; `signal` aborts when a newer run starts or the host leaves the page. */
  task(args: A, signal: AbortSignal): Promise<R>;
  onStart(): void;
  onComplete(value: R): void;
  onError(error: unknown): void;
}

/**
 * Async work that follows its host's inputs, shaped like Lit's `Task`: the arguments are
 * compared at each update, a new run aborts the previous one, and a stale run's result or
 * error is dropped. (Ours adds nothing to the page's bundle that Lit's would, and reports
 * through callbacks, so the runtime keeps one place that sets the widget's state.)
 */
export class Task<A extends readonly unknown[], R> implements ReactiveController {
  #runs = 0;
  #abort?: AbortController;
  #lastArgs?: A;

  readonly #config: TaskConfig<A, R>;

  constructor(
    host: ReactiveControllerHost,
    config: TaskConfig<A, R>,
  ) {
    this.#config = config;
    host.addController(this);
  }

  hostConnected(): void {
    this.run();
  }

  hostUpdate(): void {
    const args = this.#config.args();
    const last = this.#lastArgs;
    if (!last || args.some((value, index) => notEqual(value, last[index]))) this.run(args);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#runs++;
  }

  /** Runs now, whatever the arguments (a retry, new inline children). */
  run(args: A = this.#config.args()): void {
    void this.#perform(args);
  }

  async #perform(args: A): Promise<void> {
    const run = ++this.#runs;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.#lastArgs = args;
    this.#config.onStart();
    try {
      const value = await this.#config.task(args, abort.signal);
      if (run === this.#runs) this.#config.onComplete(value);
    } catch (error) {
      if (run === this.#runs && !abort.signal.aborted) this.#config.onError(error);
    }
  }
}
