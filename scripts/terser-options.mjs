// The minifier settings of the CDN build, shared with the benchmark's floor (bench/floor.mjs)
// so that both sides of the size comparison are minified alike.
// Two compress passes: the second finds what the first made possible (inlined constants,
// dropped branches); about 1 KB gzip less ECharts and a little of ours, for a slower build.
export const TERSER_OPTIONS = Object.freeze({
  ecma: 2021,
  module: true,
  compress: { passes: 2 },
  format: { comments: false },
});
