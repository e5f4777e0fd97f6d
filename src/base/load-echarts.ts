import { echartsStages } from '../echarts-stages.js';
import { yieldToMain } from './yield.js';

type Registry = typeof import('../echarts-registry.js');

/**
 * Loads `stages` one after another, yielding to the main thread after each (a module is
 * evaluated when its import resolves: one task per stage), then `last`.
 */
export async function loadInStages<T>(stages: readonly (() => Promise<unknown>)[], last: () => Promise<T>): Promise<T> {
  for (const stage of stages) {
    await stage();
    await yieldToMain();
  }
  return last();
}

let registry: Promise<Registry> | undefined;

/**
 * ECharts, registered: in the CDN build its chunks one task each (src/echarts-stages.ts), so
 * the page answers input between them. One load for every widget on the page; a failed one is
 * tried again by the next widget that asks.
 */
export function loadECharts(): Promise<Registry> {
  registry ??= loadInStages(echartsStages, () => import('../echarts-registry.js')).catch((error: unknown) => {
    registry = undefined;
    throw error;
  });
  return registry;
}
