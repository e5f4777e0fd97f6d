import { observeNearViewport, unobserveNear } from './observers.js';

/**
 * Gives the main thread back between widgets: each widget's figure and each chart is drawn in
 * a task of its own, so an article of several widgets never blocks input for their sum (a
 * page of five widgets drew its figures in one 314 ms task). `scheduler.yield()` where the
 * browser has it (its continuation goes before other queued tasks), else a new task.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** The longest a widget far from the viewport waits for idle time, in ms. */
export const IDLE_TIMEOUT = 1000;

/**
 * Resolves when `element` comes within a screen's height of the viewport, or when the page
 * is idle (at the latest after {@link IDLE_TIMEOUT}), whichever is first: work no reader sees
 * yet waits until the page has nothing better to do. Where there is no `requestIdleCallback`
 * (Safari), a short timer stands in for it.
 */
export function nearOrIdle(element: Element): Promise<void> {
  return new Promise((resolve) => {
    const page = globalThis as { requestIdleCallback?: (run: () => void, options: { timeout: number }) => number; cancelIdleCallback?: (id: number) => void };
    let idle = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = () => {
      unobserveNear(element, done);
      if (idle) page.cancelIdleCallback?.(idle);
      clearTimeout(timer);
      resolve();
    };
    observeNearViewport(element, done);
    if (page.requestIdleCallback) idle = page.requestIdleCallback(done, { timeout: IDLE_TIMEOUT });
    else timer = setTimeout(done, 200);
  });
}
