// Generates data/dataset.schema.json from the valibot schema in src/data/schema.ts (its
// structure) and src/data/json-schema.ts (the descriptions editors show), so validation
// and the published JSON Schema have one source of truth.
// The TypeScript source is bundled in memory with esbuild (already installed for the
// dev server), written to a temporary .mjs file and imported.
// Run: node scripts/build-schema.mjs
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const out = await build({
  entryPoints: [fileURLToPath(new URL('src/data/json-schema.ts', root))],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  // valibot stays external: the script imports the same copy as to-json-schema.
  external: ['valibot', '@valibot/to-json-schema'],
});
// In .cache/ (git-ignored), so that `valibot` resolves from this project's node_modules.
mkdirSync(new URL('.cache/', root), { recursive: true });
const tmp = new URL('.cache/build-schema.tmp.mjs', root);
writeFileSync(tmp, out.outputFiles[0].text);
let json;
try {
  json = (await import(tmp.href)).datasetJsonSchema();
} finally {
  rmSync(tmp, { force: true });
}
// What a reader of the file meets first: which schema, where it lives, what it is.
const schema = {
  $schema: json.$schema,
  $id: 'https://unpkg.com/trade-balance-charts/data/dataset.schema.json',
  title: json.title,
  description: json.description,
  ...json,
};
const target = new URL('data/dataset.schema.json', root);
writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
