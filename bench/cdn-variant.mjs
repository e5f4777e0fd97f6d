// Builds the CDN files from today's sources with a named patch applied in memory (src/ is
// not touched), into .cache/bench/cdn-<name>/, so a proposal's effect can be measured:
//
//   node bench/cdn-variant.mjs <patch>
//   node bench/run.mjs --cdn .cache/bench/cdn-<patch> --only sizes,time,article
import { rollup } from 'rollup';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Each patch: file suffix under src/ → [search, replace] pairs; a search that does not match
 * fails the build. Add a proposal here while you measure it, and take it out when it lands or
 * is dropped (the results stay in bench/results/). The last one, `no-forced-layout`, landed:
 * the figure reads no colours or sizes (`settings(false)` in src/base/widget-runtime.ts).
 *
 *   'my-proposal': { 'base/widget-runtime.ts': [['search text', 'replacement']] },
 */
export const PATCHES = {};

const name = process.argv[2];
const patch = PATCHES[name];
if (!patch) throw new Error(`unknown variant ${name}: add it to PATCHES (now: ${Object.keys(PATCHES).join(', ') || 'none'})`);
// @rollup/plugin-typescript reads sources from disk (it ignores earlier transforms), so the
// patched sources are a copy: .cache/bench/variant-src/ with src/, the tsconfigs and a link to
// node_modules; the CDN configuration of rollup.config.mjs is built from there.
const ROOT = process.cwd();
const outDir = join(ROOT, `.cache/bench/cdn-${name}`);
const work = join(ROOT, '.cache/bench/variant-src');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
cpSync(join(ROOT, 'src'), join(work, 'src'), { recursive: true });
for (const file of ['tsconfig.json', 'tsconfig.build.json', 'package.json']) cpSync(join(ROOT, file), join(work, file));
symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir');
for (const [suffix, edits] of Object.entries(patch)) {
  const file = join(work, 'src', suffix);
  let code = readFileSync(file, 'utf8');
  for (const [search, replace] of edits) {
    if (!code.includes(search)) throw new Error(`${suffix}: patch does not apply (${search.slice(0, 60)}…)`);
    code = code.replace(search, replace);
  }
  writeFileSync(file, code);
}
// The config's plugins resolve tsconfig and outDir against the working directory when created.
process.chdir(work);
const { default: configs } = await import(pathToFileURL(join(ROOT, 'rollup.config.mjs')).href);
const cdn = configs[1];
rmSync(outDir, { recursive: true, force: true });
const bundle = await rollup({ ...cdn, onwarn: () => {} });
// The TypeScript plugin wants its outDir (dist/cdn) inside the output dir: write there, then copy.
await bundle.write(cdn.output);
await bundle.close();
cpSync(join(work, cdn.output.dir), outDir, { recursive: true });
console.log(`built ${relative(ROOT, outDir)}`);
