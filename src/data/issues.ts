/**
 * The messages of schema errors: `path: expected ..., got ...`, from valibot's issues
 * or from the hand checks in `validate.ts`.
 */
import * as v from 'valibot';
import { DataError } from './types.js';

/** How a value is named in messages: `"n/a"`, `3`, `Infinity`, `an array`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** `trend` + 3 → `trend[3]`; `trend` + `series` → `trend.series`; odd keys are quoted. */
export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

export function fail(path: string, expected: string, got: unknown): never {
  throw new DataError(`${path}: ${expected}, got ${describeValue(got)}`, 'schema');
}

type Issue = v.BaseIssue<unknown>;

/** Turns valibot's first issue into `path: expected ..., got ...`. */
function issueError(issue: Issue, root: string): DataError {
  // A union (text, money) that failed inside one of its object options reports that
  // deeper issue: `meta.title.ko: expected a string, got 3` says more than "expected text".
  // Sub-issue paths are relative to the union.
  let chosen = issue;
  const items = [...(issue.path ?? [])];
  for (;;) {
    const deeper = chosen.issues?.find((sub) => sub.path?.length);
    if (!deeper) break;
    items.push(...deeper.path!);
    chosen = deeper;
  }
  const pathOf = (list: typeof items) => list.reduce((p, item) => join(p, item.key as string | number), root) || 'data';
  const path = pathOf(items);
  // A missing required key: valibot words it "Invalid key", with the key in `expected`.
  if (chosen.type === 'object' && chosen.input === undefined && chosen.expected?.startsWith('"')) {
    // valibot takes an array for an object; its "missing key" means "not an object".
    const parent = items[items.length - 1]?.input;
    if (Array.isArray(parent)) return new DataError(`${pathOf(items.slice(0, -1))}: expected an object, got an array`, 'schema');
    return new DataError(`${path}: required, got nothing`, 'schema');
  }
  return new DataError(`${path}: ${chosen.message}, got ${describeValue(chosen.input)}`, 'schema');
}

export function check<S extends v.GenericSchema>(schema: S, raw: unknown, root: string): v.InferOutput<S> {
  const result = v.safeParse(schema, raw, { abortEarly: true });
  if (!result.success) throw issueError(result.issues[0], root);
  return result.output;
}

