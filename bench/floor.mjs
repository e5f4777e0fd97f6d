// The size floor: a bundle of exactly the ECharts parts src/echarts-registry.ts registers,
// plus Lit, built with the plugins of the CDN build (node-resolve, NODE_ENV=production,
// terser). Whatever our CDN transfer weighs above it is our own code.
//
//   buildFloor()                       the floor (bench/floor-entry.js), cached in .cache/bench/
//   buildFloor({ parts, lazy })        a variant: other parts; `lazy` parts in a chunk loaded by import()
//
// Building takes 20-60 s on two cores; results are cached by package-lock.json's mtime,
// the entry source and the builder's own source.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sizesOf } from '../scripts/sizes.mjs';
import { TERSER_OPTIONS } from '../scripts/terser-options.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const REGISTRY = join(ROOT, 'src/echarts-registry.ts');
const FLOOR_ENTRY = join(ROOT, 'bench/floor-entry.js');
const CACHE = join(ROOT, '.cache/bench');

/** Which `echarts/*` module each registered part comes from, in `use([...])` order. */
export function partsOf(text) {
  const source = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  const modules = new Map();
  for (const m of source.matchAll(/import\s*{([^}]*)}\s*from\s*['"](echarts\/[\w-]+)['"]/g)) {
    for (const raw of m[1].split(',')) {
      const name = raw.trim();
      if (name && !name.startsWith('type ')) modules.set(name, m[2]);
    }
  }
  const use = /\buse\(\s*\[([^\]]*)\]\s*\)/.exec(source);
  if (!use) throw new Error('no use([...]) call found');
  return use[1]
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((name) => {
      const module = modules.get(name);
      if (!module) throw new Error(`${name} is registered but not imported from echarts/*`);
      return { name, module };
    });
}

/** The parts src/echarts-registry.ts registers. */
export function registeredParts() {
  return partsOf(readFileSync(REGISTRY, 'utf8'));
}

/** Throws when bench/floor-entry.js registers other parts than the registry. */
export function checkFloorEntry() {
  const want = registeredParts().map((p) => `${p.module}:${p.name}`).sort();
  const have = partsOf(readFileSync(FLOOR_ENTRY, 'utf8')).map((p) => `${p.module}:${p.name}`).sort();
  if (want.join() !== have.join()) {
    throw new Error(`bench/floor-entry.js is out of step with src/echarts-registry.ts:\n  registry: ${want.join(', ')}\n  floor:    ${have.join(', ')}`);
  }
}

function importLines(parts) {
  const byModule = new Map([['echarts/core', ['use', 'init']]]);
  for (const { name, module } of parts) byModule.set(module, [...(byModule.get(module) ?? []), name]);
  return [...byModule].map(([module, names]) => `import { ${names.join(', ')} } from '${module}';`).join('\n');
}

/** Entry source for a variant: `parts` registered at load, `lazy` parts registered by a chunk behind import(). */
export function variantSource(parts, lazy = []) {
  const main = `${importLines(parts)}\nuse([${parts.map((p) => p.name).join(', ')}]);\nexport { init };\nexport * from 'lit';\n`;
  if (!lazy.length) return { main };
  return {
    main: `${main}export const loadLazyParts = () => import('\0floor-lazy');\n`,
    lazy: `import { ${lazy.map((p) => p.name).join(', ')} } from '${lazy[0].module}';\nimport { use } from 'echarts/core';\nuse([${lazy.map((p) => p.name).join(', ')}]);\n`,
  };
}

function cacheKey(sources) {
  const lock = existsSync(join(ROOT, 'package-lock.json')) ? statSync(join(ROOT, 'package-lock.json')).mtimeMs : 0;
  return createHash('sha256').update(JSON.stringify([lock, sources, readFileSync(fileURLToPath(import.meta.url), 'utf8'), TERSER_OPTIONS])).digest('hex').slice(0, 16);
}

/**
 * Builds (or reads from the cache) a floor bundle. Returns
 * `{ dir, files: [{ file, raw, gzip, brotli, lazy }], main, total, cached, ms }` where `main` is
 * the file a page loads first and `total` sums every file.
 */
export async function buildFloor({ parts, lazy = [], name = 'floor' } = {}) {
  let sources;
  if (!parts) {
    checkFloorEntry();
    sources = { main: readFileSync(FLOOR_ENTRY, 'utf8') };
  } else sources = variantSource(parts, lazy);
  const key = cacheKey(sources);
  const dir = join(CACHE, `${name}-${key}`);
  const started = Date.now();
  let cached = true;
  if (!existsSync(join(dir, 'floor.js'))) {
    cached = false;
    const [{ rollup }, { nodeResolve }, { default: replace }, { default: terser }] = await Promise.all([
      import('rollup'),
      import('@rollup/plugin-node-resolve'),
      import('@rollup/plugin-replace'),
      import('@rollup/plugin-terser'),
    ]);
    const virtual = {
      name: 'floor-virtual',
      resolveId: (id) => (id === '\0floor-main' || id === '\0floor-lazy' ? id : null),
      load: (id) => (id === '\0floor-main' ? sources.main : id === '\0floor-lazy' ? sources.lazy : null),
    };
    const bundle = await rollup({
      input: { floor: '\0floor-main' },
      preserveEntrySignatures: 'allow-extension',
      // The same plugins, in the same order, as the CDN build (rollup.config.mjs), less what only our sources need.
      plugins: [
        virtual,
        replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
        // Resolve bare imports from the project, as the CDN build does.
        nodeResolve({ browser: true, rootDir: ROOT, modulePaths: [join(ROOT, 'node_modules')] }),
        terser(TERSER_OPTIONS),
      ],
      onwarn: () => {},
    });
    await bundle.write({ dir, format: 'es', entryFileNames: '[name].js', chunkFileNames: 'lazy-[hash].js' });
    await bundle.close();
    writeFileSync(join(dir, 'entry-source.json'), JSON.stringify(sources, null, 2));
  }
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ file: join(dir, f), lazy: f !== 'floor.js', ...sizesOf(readFileSync(join(dir, f))) }));
  const main = files.find((f) => !f.lazy);
  const total = files.reduce((s, f) => ({ raw: s.raw + f.raw, gzip: s.gzip + f.gzip, brotli: s.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { dir, files, main, total, cached, ms: Date.now() - started };
}

export function ensureCacheDir() {
  mkdirSync(CACHE, { recursive: true });
  return CACHE;
}
