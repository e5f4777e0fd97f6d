// Sizes of the CDN build, as the size budgets and the benchmark read them.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

export const CDN_DIR = 'dist/cdn';
export const ENTRY = `${CDN_DIR}/trade-balance-charts.js`;

/** Byte sizes of a file: raw, gzip -9 and brotli (quality 11). */
export function sizesOf(code) {
  const buffer = Buffer.from(code);
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const staticImport = /(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g;
const dynamicImport = /import\(\s*["']([^"']+)["']\s*\)/g;

/** Relative module specifiers a built file imports, statically or with import(). */
export function importsOf(file) {
  const code = readFileSync(file, 'utf8');
  const resolve = (specifier) => join(dirname(file), specifier);
  return {
    static: [...code.matchAll(staticImport)].map((m) => m[1]).filter((s) => s.startsWith('.')).map(resolve),
    dynamic: [...code.matchAll(dynamicImport)].map((m) => m[1]).filter((s) => s.startsWith('.')).map(resolve),
  };
}

/** The entry and every file it imports statically: what a page downloads before any widget connects. */
export function staticClosure(file) {
  const seen = new Set();
  const visit = (f) => {
    if (seen.has(f)) return;
    seen.add(f);
    importsOf(f).static.forEach(visit);
  };
  visit(file);
  return [...seen];
}

/** Every file of the CDN build with its sizes. */
export function cdnFiles() {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.js')) files.push({ file: relative('.', path), ...sizesOf(readFileSync(path)) });
    }
  };
  walk(CDN_DIR);
  return files;
}

/** Sum of gzip/brotli sizes of a list of files. */
export function total(files) {
  return files.reduce(
    (sum, file) => {
      const s = sizesOf(readFileSync(file));
      return { raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip, brotli: sum.brotli + s.brotli };
    },
    { raw: 0, gzip: 0, brotli: 0 },
  );
}

// ---- Added for the benchmark and tests/node/size-budgets.test.mjs ---------------------------

/** ECharts' chunks, in the order they are evaluated (rollup.config.mjs: one task each). */
export const ECHARTS_CHUNKS = ['echarts-graphics', 'echarts-core', 'echarts'];

/** What a chunk is, from its file name (`chunks/echarts-Cw_-St6f.js` → `echarts`). */
export function chunkRole(file) {
  const base = file.split(/[\\/]/).pop().replace(/\.js$/, '');
  return base.replace(/-[\w-]{8}$/, '');
}

/** The wording in languages other than English, which only a page in that language loads. */
export const LANGUAGES = /[\\/]lang-[a-z]+-[\w-]{8}\.js$/;

/**
 * Chunks a page loads only on demand, not for drawing SVG charts from JSON in English: the
 * table and CSV readers (a child `<table>`, a CSV `src`), the downloads, the canvas renderer,
 * the JSON error locator, the prerendered charts' hover texts and the other languages' wording.
 */
export const ON_DEMAND_FEATURES = /[\\/](csv|tabular|json-error|exports|export-image|echarts-canvas|prerender-tips|languages)-[^\\/]*\.js$/;
export const ON_DEMAND = new RegExp(`${ON_DEMAND_FEATURES.source}|${LANGUAGES.source}`);

/**
 * Every file a page with all three widgets downloads from the CDN build: the entry, what it
 * imports statically or with import() (the runtime, one chunk per widget),
 * and ECharts; not the chunks matched by `skip` (CSV parser, image export).
 */
export function pageClosure(file = ENTRY, { skip = ON_DEMAND } = {}) {
  const seen = new Set();
  const visit = (f) => {
    if (seen.has(f) || skip.test(f)) return;
    seen.add(f);
    const imports = importsOf(f);
    [...imports.static, ...imports.dynamic].forEach(visit);
  };
  visit(file);
  return [...seen];
}

/** Relative imports of the CDN files that name no existing file (a build running while we read). */
export function missingImports(dir = CDN_DIR) {
  const missing = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.js')) {
        const imports = importsOf(path);
        for (const target of [...imports.static, ...imports.dynamic]) if (!existsSync(target)) missing.push(`${path} → ${target}`);
      }
    }
  };
  walk(dir);
  return missing;
}
