/**
 * ECharts' modules to evaluate before the registry, each in a task of its own: evaluating
 * all of ECharts at once is one long task (about 200 ms on Lighthouse's phone). Empty here:
 * an app's bundler chunks ECharts its own way. The CDN build replaces this module
 * (rollup.config.mjs) with ECharts in chunks: zrender (its graphics), then its core.
 */
export const echartsStages: readonly (() => Promise<unknown>)[] = [];

/** The URLs of ECharts' chunks, the registry's last, fetched ahead of their evaluation (modulepreload); empty here. */
export const echartsFiles: readonly string[] = [];
