// Two builds from the same sources:
//  - dist/: the npm package, one ES module per source module, lit/echarts/valibot/papaparse
//    left as imports (an app that already has ECharts loads it once);
//  - dist/cdn/: self-contained files for news sites. The entry defines the tags; the data
//    layer arrives on first connect and ECharts when a widget nears the viewport.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import path from 'node:path';
import { TERSER_OPTIONS } from './scripts/terser-options.mjs';
import { TAGS } from './src/widgets/manifest.js';

const tagPattern = TAGS.join('|');
// The server entry's own dependencies stay imports too (Node resolves them from the package's).
const external = (id) => /^(lit|@lit|@lit-labs|echarts|zrender|valibot|papaparse|tslib|@napi-rs)(\/|$)|^node:/.test(id);

const productionEnv = replace({
  preventAssignment: true,
  values: { 'process.env.NODE_ENV': JSON.stringify('production') },
});

// The defining modules run customElements.define at import: keep them even though our own
// package.json lists dist/ files as side effects (TOOLCHAIN.md: a 1-byte CDN entry otherwise).
const definingModule = new RegExp(`src[\\\\/](index|${tagPattern}|echarts-registry|echarts-canvas)\\.ts$`);
const keepDefinitions = {
  name: 'keep-definitions',
  transform(code, id) {
    if (definingModule.test(id)) {
      return { code, map: null, moduleSideEffects: true };
    }
    return null;
  },
};

// Lit's css`` literals are shipped as written; terser does not touch template contents.
// Our styles have no interpolations and no strings holding ':', ';', ',', '{', '}' or '>'
// before a space, so comments and whitespace can go safely.
const minifyCss = {
  name: 'minify-css-literals',
  transform(code, id) {
    if (!/src[\\/].*\.ts$/.test(id) || !/\bcss\s*`/.test(code)) return null;
    // The compiler writes css `...`; a body may hold escaped backticks (in comments), and
    // one with `${` (an interpolation) is left as it is.
    const minified = code.replace(/\bcss\s*`((?:[^`\\$]|\\[\s\S])*)`/g, (_, body) =>
      'css`' +
      body
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,>])\s*/g, '$1')
        .replace(/:\s+/g, ':')
        .replace(/;}/g, '}')
        .trim() +
      '`',
    );
    return { code: minified, map: null };
  },
};

const CDN_ENTRY = 'src/index.ts';
/** A widget's own module other than its element (which the entry carries). */
const widgetModule = new RegExp(`src[\\\\/]widgets[\\\\/](${tagPattern})[\\\\/](?!element\\.ts$)`);
const entryClosures = new WeakMap();
/** True for the CDN entry module and every module it imports statically (transitively). */
function inEntry(id, getModuleInfo) {
  let closure = entryClosures.get(getModuleInfo); // one per build
  if (!closure) {
    closure = new Set();
    const walk = (moduleId) => {
      if (closure.has(moduleId)) return;
      closure.add(moduleId);
      for (const dependency of getModuleInfo(moduleId)?.importedIds ?? []) walk(dependency);
    };
    walk(path.resolve(CDN_ENTRY));
    entryClosures.set(getModuleInfo, closure);
  }
  return closure.has(id);
}

// ECharts in three chunks, each evaluated in a task of its own (src/echarts-stages.ts and
// src/base/load-echarts.ts): zrender (ECharts' graphics), then ECharts' core, then the charts,
// the grid, the renderer and the registry. In one chunk its evaluation was one task of about
// 200 ms on Lighthouse's phone; in three the longest is about a third of that. The split costs
// about 5 KB gzip (each file compresses alone; tests/node/size-budgets.test.mjs).
const ECHARTS_STAGE_ROOTS = ['zrender/lib/zrender.js', 'echarts/core'];
const ECHARTS_STAGE_CHUNKS = ['echarts-graphics', 'echarts-core'];
const STAGES_ID = '\0echarts-stages';
// A stage is a module of ours that imports its root for its effects only: importing the root
// itself would keep all of its exports (echarts/core's: 10 KB gzip more).
const STAGE_PREFIX = '\0echarts-stage:';
const echartsStages = {
  name: 'echarts-stages',
  resolveId(source) {
    if (source.startsWith(STAGE_PREFIX)) return source;
    return /[\\/]echarts-stages\.js$/.test(source) ? STAGES_ID : null;
  },
  load(id) {
    if (id.startsWith(STAGE_PREFIX)) return `import ${JSON.stringify(id.slice(STAGE_PREFIX.length))};`;
    if (id !== STAGES_ID) return null;
    const stages = ECHARTS_STAGE_ROOTS.map((root) => STAGE_PREFIX + root);
    // Every chunk's URL, for the modulepreload links that fetch them all at once, ahead of their evaluation.
    const chunks = [...stages.map((id, stage) => ({ id, name: ECHARTS_STAGE_CHUNKS[stage] })), { id: path.resolve('src/echarts-registry.ts'), name: 'echarts' }];
    const files = chunks.map((chunk) => `import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'chunk', ...chunk, preserveSignature: false })}`);
    return `export const echartsStages = [${stages.map((stage) => `() => import(${JSON.stringify(stage)})`).join(', ')}];\nexport const echartsFiles = [${files.join(', ')}];`;
  },
};
const stageClosures = new WeakMap();
/** The chunk of an ECharts or zrender module: the first stage whose root imports it, else the registry's. */
function echartsChunk(id, getModuleInfo) {
  let stages = stageClosures.get(getModuleInfo); // one per build
  if (!stages) {
    const seen = new Set();
    stages = (getModuleInfo(STAGES_ID)?.dynamicallyImportedIds ?? []).map((root) => {
      const closure = new Set();
      const walk = (moduleId) => {
        if (seen.has(moduleId)) return;
        seen.add(moduleId);
        closure.add(moduleId);
        for (const dependency of getModuleInfo(moduleId)?.importedIds ?? []) walk(dependency);
      };
      walk(root);
      return closure;
    });
    stageClosures.set(getModuleInfo, stages);
  }
  const stage = stages.findIndex((closure) => closure.has(id));
  return stage < 0 ? 'echarts' : ECHARTS_STAGE_CHUNKS[stage];
}

// ECharts' functions compile eagerly, on the thread that streams the chunk in, instead of one
// by one on the main thread the first time a chart is drawn (V8's explicit compile hints,
// Chrome 136+; a comment elsewhere). Measured on Lighthouse's phone: the first chart's task went
// from 178–230 ms to 113–135 ms. Not on our own chunks: most of their functions never run on
// a given page (other languages, errors, exports), and eager compiling them made the runtime's
// task longer. After terser, which drops comments; the comment must be the file's first line.
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
const echartsCompileHints = {
  name: 'echarts-compile-hints',
  renderChunk(code, chunk) {
    if (!/^echarts(?:-graphics|-core)?$/.test(chunk.name)) return null;
    return { code: COMPILE_HINT + code, map: null };
  },
};

// Each CDN entry gets a .d.ts beside it (a TypeScript page that imports the CDN file, and
// attw): the entry exports the package entry's classes and defines the same tags.
const cdnTypes = {
  name: 'cdn-types',
  generateBundle(_, bundle) {
    for (const file of Object.values(bundle)) {
      // (ECharts' chunks are entries too, for their URLs: src/echarts-stages.ts.)
      if (file.type !== 'chunk' || !file.isEntry || file.name.startsWith('echarts')) continue;
      const source = "// The CDN file exports the package entry's classes and defines its tags.\nexport * from '../index.js';\n";
      this.emitFile({ type: 'asset', fileName: file.fileName.replace(/\.js$/, '.d.ts'), source });
    }
  },
};

const cdnPlugins = (compileTs) => [
  keepDefinitions,
  productionEnv,
  nodeResolve({ browser: true }),
  commonjs({ ignore: ['stream'] }),
  compileTs,
  // After the compiler: @rollup/plugin-typescript compiles each file as it is on disk and
  // ignores what earlier transforms made of it.
  minifyCss,
  terser(TERSER_OPTIONS),
  cdnTypes,
];

export default [
  {
    input: {
      index: 'src/index.ts',
      classes: 'src/classes.ts',
      jsx: 'src/jsx.ts',
      // Node only (static rendering): no browser entry imports it.
      'server/index': 'src/server/index.ts',
      ...Object.fromEntries(TAGS.map((tag) => [tag, `src/${tag}.ts`])),
    },
    external,
    plugins: [
      keepDefinitions,
      typescript({ tsconfig: './tsconfig.build.json', declaration: true, declarationDir: 'dist', outDir: 'dist', importHelpers: false }),
    ],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
  },
  {
    input: { 'trade-balance-charts': CDN_ENTRY },
    // Lets Rollup keep Lit and the element classes in the entry itself (no facade chunk,
    // one request fewer) while still exporting the classes.
    preserveEntrySignatures: 'allow-extension',
    plugins: [echartsStages, ...cdnPlugins(typescript({ tsconfig: './tsconfig.build.json', declaration: false, outDir: 'dist/cdn', sourceMap: false, importHelpers: false })), echartsCompileHints],
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      // Names that say what a chunk is, so the benchmark and the CDN logs are readable.
      manualChunks(id, { getModuleInfo }) {
        // What the entry imports statically stays in the entry (Lit, the element shells):
        // named here, so that the runtime chunk below does not take it in as a dependency.
        if (inEntry(id, getModuleInfo)) return 'trade-balance-charts';
        // The canvas renderer's own modules load on demand (renderer="canvas", PNG export);
        // the rest of ECharts comes with the registry. zrender's canvas/graphic.js stays in
        // the main chunk: the decal patterns (SVG too) use it.
        if (id.endsWith('echarts-canvas.ts') || /installCanvasRenderer|zrender[\\/]lib[\\/]canvas[\\/](Painter|Layer)\.js/.test(id)) return 'echarts-canvas';
        if (/node_modules[\\/](echarts|zrender)[\\/]/.test(id) || id.startsWith(STAGE_PREFIX) || id.endsWith('echarts-registry.ts')) return echartsChunk(id, getModuleInfo);
        if (/node_modules[\\/]papaparse/.test(id)) return 'csv';
        // The table reader and the period names of every built-in language (period-names.ts and
        // its folder), one chunk: read with tables only, never with a pack or the runtime.
        if (/src[\\/]data[\\/](tabular|period-names)(?:\.ts|[\\/]\w+\.ts)$/.test(id)) return 'tabular';
        // Our code after the entry in few files (each file is compressed alone, so many small
        // ones cost bytes and requests): one chunk per widget, with its view, summary and
        // option builder, and the runtime, with what every widget needs besides (formatting,
        // wording, periods; they load together anyway). Widget modules import nothing from
        // each other (a guard checks).
        // Each language's pack is its own chunk, loaded only for a widget in that language.
        const pack = /src[\\/]languages[\\/](?:([a-z]+)[\\/]|(en)\.ts$)/.exec(id);
        if (pack) return `lang-${pack[1] ?? pack[2]}`;
        // The packs' loaders load with the first pack: an English page needs none of them.
        if (/src[\\/]languages[\\/]loaders\.ts$/.test(id)) return 'languages';
        // The trend's sentence facts go with the runtime (every language's pack uses them), and the
        // bar charts' rows (rows.ts: two widgets use them, and widget chunks import nothing from each other).
        if (/src[\\/](base[\\/]runtime|widgets[\\/](common|layout|rows|text-measure|deficit-trend[\\/]facts)|format[\\/]\w+|data[\\/](periods|text))\.ts$/.test(id)) return 'runtime';
        const widget = widgetModule.exec(id);
        if (widget) return widget[1];
        return undefined;
      },
    },
  },
  {
    input: 'src/index.ts',
    plugins: cdnPlugins(typescript({ tsconfig: './tsconfig.build.json', declaration: false, outDir: 'dist/cdn', sourceMap: false, importHelpers: false })),
    output: { file: 'dist/cdn/trade-balance-charts.bundle.js', format: 'es', inlineDynamicImports: true },
  },
];
