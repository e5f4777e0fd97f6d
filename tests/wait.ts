/**
 * Waiting in browser tests. No imports: the build tests load the built bundle and must not
 * define the tags from source, so they cannot use helpers.ts.
 */

/** Waits `ms` milliseconds. */
export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves once `test()` is truthy (polled every 20 ms), with its value; fails after
 * `timeout` ms naming `what` (a function: read only then, for the state at that moment).
 */
export async function until<T>(test: () => T | null | undefined | false, what: string | (() => string) = 'a condition', timeout = 10000): Promise<T> {
  const end = performance.now() + timeout;
  for (;;) {
    const value = test();
    if (value) return value;
    if (performance.now() > end) throw new Error(`timed out waiting for ${typeof what === 'string' ? what : what()}`);
    await pause(20);
  }
}
