// No import cycles between the modules of src/, type-only imports included: a cycle makes the
// load order matter and the modules impossible to understand (or split) one at a time.
// Reads every import/export-from statement and `typeof import('…')` of src/**/*.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const SRC = 'src';
const statement = /(?:^|[;\n])\s*(?:import|export)\s+(?:type\s+)?(?:[\w$*{}\s,]+?\s+from\s+)?['"]([^'"]+)['"]/g;
const typeQuery = /typeof\s+import\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir = SRC) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative('.', join(entry.parentPath ?? entry.path, entry.name)).split('\\').join('/'));
}

/** The module a relative specifier names: `./x.js` is `x.ts`, else `x.d.ts`. */
function resolve(from, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const base = join(dirname(from), specifier).split('\\').join('/').replace(/\.js$/, '');
  return [`${base}.ts`, `${base}.d.ts`].find((file) => existsSync(file));
}

/** Each module's imports, comments removed first (JSDoc shows import examples). */
export function importGraph(files = sourceFiles()) {
  const graph = new Map();
  for (const file of files) {
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
    const specifiers = [...code.matchAll(statement), ...code.matchAll(typeQuery)].map((m) => m[1]);
    graph.set(file, [...new Set(specifiers.map((s) => resolve(file, s)).filter(Boolean))]);
  }
  return graph;
}

/** Strongly connected components of more than one module, or one that imports itself (Tarjan). */
export function cyclesOf(graph) {
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const components = [];
  const visit = (node) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), index.get(next)));
    }
    if (low.get(node) !== index.get(node)) return;
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) components.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return components;
}

/** One path around a component, for the message: a.ts → b.ts → a.ts. */
function pathAround(graph, component) {
  const members = new Set(component);
  const [start] = component;
  const previous = new Map([[start, undefined]]);
  const queue = [start];
  while (queue.length) {
    const node = queue.shift();
    for (const next of graph.get(node) ?? []) {
      if (next === start) {
        const path = [node];
        for (let at = previous.get(node); at !== undefined; at = previous.get(at)) path.unshift(at);
        return [...path, start].join(' → ');
      }
      if (members.has(next) && !previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return component.join(', ');
}

test('no import cycles in src/ (type-only imports included)', () => {
  const graph = importGraph();
  assert.ok(graph.size > 20 && [...graph.values()].some((imports) => imports.length), 'the graph was read');
  const cycles = cyclesOf(graph);
  assert.deepEqual(cycles.map((component) => pathAround(graph, component)), [], 'import cycles');
});

test('the cycle finder finds a cycle, type-only ones included', () => {
  const graph = new Map([
    ['a.ts', ['b.ts']],
    ['b.ts', ['c.ts']],
    ['c.ts', ['a.ts']],
    ['d.ts', ['a.ts']],
  ]);
  assert.deepEqual(cyclesOf(graph), [['a.ts', 'b.ts', 'c.ts']]);
  assert.equal(pathAround(graph, ['a.ts', 'b.ts', 'c.ts']), 'a.ts → b.ts → c.ts → a.ts');
  const typeOnly = "import type { X } from './b.js';\nexport type { Y } from './c.js';\ntype R = typeof import('./d.js');";
  assert.deepEqual([...typeOnly.matchAll(statement), ...typeOnly.matchAll(typeQuery)].map((m) => m[1]), ['./b.js', './c.js', './d.js']);
});
