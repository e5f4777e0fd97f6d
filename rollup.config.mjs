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

// Each CDN entry gets a .d.ts beside it (a TypeScript page that imports the CDN file, and
// attw): the entry exports the package entry's classes and defines the same tags.
const cdnTypes = {
  name: 'cdn-types',
  generateBundle(_, bundle) {
    for (const file of Object.values(bundle)) {
      if (file.type !== 'chunk' || !file.isEntry) continue;
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
    plugins: cdnPlugins(typescript({ tsconfig: './tsconfig.build.json', declaration: false, outDir: 'dist/cdn', sourceMap: false, importHelpers: false })),
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
        if (/node_modules[\\/](echarts|zrender)[\\/]/.test(id) || id.endsWith('echarts-registry.ts')) return 'echarts';
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
