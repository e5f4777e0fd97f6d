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
