/**
 * Validation and normalisation of dataset v1: valibot checks the structure
 * (schema.ts), then hand checks what a schema cannot say, while building the
 * normalised `Dataset` from plain literals (input objects are never copied, so
 * `__proto__`, `constructor` and `prototype` keys cannot reach any prototype).
 */
import * as v from 'valibot';
import { granularityName, parsePeriodCode } from './periods.js';
import {
  DatasetSchema, PERIOD_CODE_EXPECTED, SectionSchemas,
  type RawDrivers, type RawMoney, type RawRegions, type RawText, type RawTrend,
} from './schema.js';
import { FORBIDDEN_KEYS, normaliseText } from './text.js';
import {
  DataError,
  type Annotation, type CurrencyCode, type Dataset, type DriverItem, type DriversSection, type LocalText, type Meta,
  type Money, type Period, type ReadContext, type RegionItem, type RegionsSection, type SectionKey, type Segment,
  type TrendSection, type TrendSeries,
} from './types.js';

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
function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

function fail(path: string, expected: string, got: unknown): never {
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

function check<S extends v.GenericSchema>(schema: S, raw: unknown, root: string): v.InferOutput<S> {
  const result = v.safeParse(schema, raw, { abortEarly: true });
  if (!result.success) throw issueError(result.issues[0], root);
  return result.output;
}

/** Converts raw money to absolute units per currency. */
type MoneyReader = (raw: RawMoney | undefined, path: string) => Money | null;

/**
 * `n × scale`, rounded to 15 significant digits so `-45.3 × 1e8` is exactly `-4530000000`.
 * A product beyond the largest number (`1e301 × 1e8`) is an error, not `Infinity`.
 */
function scaled(n: number, scale: number, path: string): number {
  const value = Number((n * scale).toPrecision(15));
  if (!Number.isFinite(value)) fail(path, `expected an amount that stays finite at scale ${scale}`, n);
  return value;
}

function moneyReader(currencies: readonly CurrencyCode[], scales: ReadonlyMap<CurrencyCode, number>): MoneyReader {
  const listed = currencies.join(', ');
  return (raw, path) => {
    if (raw === undefined || raw === null) return null;
    if (typeof raw === 'number') return { [currencies[0]!]: scaled(raw, scales.get(currencies[0]!)!, path) };
    const out: Record<CurrencyCode, number> = {};
    for (const [code, n] of Object.entries(raw)) {
      if (FORBIDDEN_KEYS.has(code)) continue;
      const scale = scales.get(code);
      if (scale === undefined) fail(path, `expected only currencies listed in meta.currencies (${listed})`, code);
      out[code] = scaled(n, scale, join(path, code));
    }
    // `{}` names no amount at all: a gap, like null.
    return Object.keys(out).length ? out : null;
  };
}

function text(raw: RawText | undefined): LocalText | undefined {
  return raw === undefined ? undefined : normaliseText(raw);
}

/** A URL for a link: only absolute `http:` / `https:` ones; anything else is dropped, not an error. */
function safeUrl(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** An id from a label, for items that have none: lower-case letters and digits joined by `-` (Hangul kept). */
export function slug(label: string): string {
  return label.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
}

/** Hands out ids and rejects duplicates within a section. */
function idRegistry() {
  const seen = new Set<string>();
  return (given: string | undefined, label: LocalText | undefined, fallback: string, path: string): string => {
    const labelText = label && (label['en'] ?? Object.values(label)[0]);
    const final = given || (labelText ? slug(labelText) : '') || fallback;
    if (seen.has(final)) fail(given ? join(path, 'id') : path, 'expected a unique id', final);
    seen.add(final);
    return final;
  };
}

function period(code: string, path: string): Period {
  return parsePeriodCode(code) ?? fail(path, PERIOD_CODE_EXPECTED, code);
}

function readTrend(raw: RawTrend, root: string, money: MoneyReader): TrendSection {
  const periods: Period[] = [];
  raw.periods.forEach((code, i) => {
    const path = join(join(root, 'periods'), i);
    const p = period(code, path);
    const first = periods[0];
    if (first && p.granularity !== first.granularity) {
      fail(path, `expected a ${granularityName(first.granularity)} period like ${JSON.stringify(first.code)} (one granularity per section)`, code);
    }
    const prev = periods[i - 1];
    if (prev && p.ordinal <= prev.ordinal) fail(path, `expected a period after ${JSON.stringify(prev.code)} (periods strictly increasing)`, code);
    periods.push(p);
  });
  const listed = new Set(periods.map((p) => p.code));
  const listedPeriod = (code: string, path: string): string => {
    if (!listed.has(code)) fail(path, 'expected one of the listed periods', code);
    return code;
  };
  const ids = idRegistry();
  const series = raw.series.map((s, i): TrendSeries => {
    const path = join(join(root, 'series'), i);
    const label = text(s.label);
    const id = ids(s.id, label, `series-${i + 1}`, path);
    if (s.values.length !== periods.length) {
      throw new DataError(`${join(path, 'values')}: expected ${periods.length} values (one per period), got ${s.values.length}`, 'schema');
    }
    const values = s.values.map((m, j) => money(m, join(join(path, 'values'), j)));
    return { id, label: label ?? { und: id }, values };
  });
  const provisional = [...new Set((raw.provisional ?? []).map((code, i) => listedPeriod(code, join(join(root, 'provisional'), i))))];
  const annotations = (raw.annotations ?? []).map((a, i): Annotation => {
    const path = join(join(root, 'annotations'), i);
    return { period: listedPeriod(a.period, join(path, 'period')), text: normaliseText(a.text) };
  });
  return { periods, series, provisional, annotations };
}

function readDrivers(raw: RawDrivers, root: string, money: MoneyReader): DriversSection {
  const current = period(raw.period, join(root, 'period'));
  let previous: Period | undefined;
  if (raw.previous !== undefined) {
    const path = join(root, 'previous');
    previous = period(raw.previous, path);
    if (previous.granularity !== current.granularity) {
      fail(path, `expected a ${granularityName(current.granularity)} period like ${root}.period (${JSON.stringify(current.code)})`, raw.previous);
    }
    if (previous.ordinal >= current.ordinal) fail(path, `expected a period before ${JSON.stringify(current.code)}`, raw.previous);
  }
  const ids = idRegistry();
  type RawItem = RawDrivers['items'][number];
  const item = (it: RawItem | Omit<RawItem, 'children'>, path: string, fallback: string): DriverItem => {
    const label = normaliseText(it.label);
    const id = ids(it.id, label, fallback, path);
    const children = 'children' in it && it.children
      ? it.children.map((c, j) => item(c, join(join(path, 'children'), j), `${id}-${j + 1}`))
      : [];
    return {
      id, label,
      value: money(it.value, join(path, 'value')),
      previousValue: money(it.previousValue, join(path, 'previousValue')),
      children,
    };
  };
  const items = raw.items.map((it, i) => item(it, join(join(root, 'items'), i), `item-${i + 1}`));
  const out: { -readonly [K in keyof DriversSection]: DriversSection[K] } = {
    period: current,
    total: money(raw.total, join(root, 'total')),
    previousTotal: money(raw.previousTotal, join(root, 'previousTotal')),
    items,
  };
  if (previous) out.previous = previous;
  return out;
}

function readRegions(raw: RawRegions, root: string, money: MoneyReader): RegionsSection {
  const current = period(raw.period, join(root, 'period'));
  const segmentIds = idRegistry();
  const segments = (raw.segments ?? []).map((s, i): Segment => {
    const label = text(s.label);
    const id = segmentIds(s.id, label, `segment-${i + 1}`, join(join(root, 'segments'), i));
    return { id, label: label ?? { und: id } };
  });
  const known = new Set(segments.map((s) => s.id));
  const knownList = segments.length ? segments.map((s) => s.id).join(', ') : 'none declared';
  const ids = idRegistry();
  const items = raw.items.map((it, i): RegionItem => {
    const path = join(join(root, 'items'), i);
    const label = normaliseText(it.label);
    const item: { -readonly [K in keyof RegionItem]: RegionItem[K] } = {
      id: ids(it.id, label, `region-${i + 1}`, path),
      label,
      value: money(it.value, join(path, 'value')),
      derived: it.derived ?? false,
    };
    if (it.values) {
      const values: Record<string, Money | null> = {};
      for (const [key, m] of Object.entries(it.values)) {
        if (FORBIDDEN_KEYS.has(key)) continue;
        if (!known.has(key)) fail(join(path, 'values'), `expected keys among the segment ids (${knownList})`, key);
        values[key] = money(m, join(join(path, 'values'), key));
      }
      item.values = values;
    }
    if (it.note !== undefined) item.note = normaliseText(it.note);
    return item;
  });
  return { period: current, total: money(raw.total, join(root, 'total')), items, segments };
}

function readMeta(raw: v.InferOutput<typeof DatasetSchema>['meta'], ctx: ReadContext): { meta: Meta; money: MoneyReader } {
  const scales = new Map<CurrencyCode, number>();
  for (const [code, c] of Object.entries(raw?.currencies ?? {})) scales.set(code, c.scale ?? 1);
  if (scales.size === 0) {
    // The numbers come without meta: the widget's `scale` attribute says their unit.
    if (!(ctx.scale > 0 && Number.isFinite(ctx.scale))) {
      throw new DataError(`scale attribute: expected a positive number, got ${describeValue(ctx.scale)}`, 'input');
    }
    scales.set(ctx.currency, ctx.scale);
  }
  const currencies = [...scales.keys()];
  const meta: { -readonly [K in keyof Meta]: Meta[K] } = { currencies };
  if (raw?.title !== undefined) meta.title = normaliseText(raw.title);
  if (raw?.description !== undefined) meta.description = normaliseText(raw.description);
  if (raw?.notes !== undefined) meta.notes = normaliseText(raw.notes);
  if (raw?.credit !== undefined) meta.credit = normaliseText(raw.credit);
  if (raw?.source) {
    const source: { name?: LocalText; url?: string } = {};
    if (raw.source.name !== undefined) source.name = normaliseText(raw.source.name);
    const url = safeUrl(raw.source.url);
    if (url) source.url = url;
    meta.source = source;
  }
  return { meta, money: moneyReader(currencies, scales) };
}

type Sections = { [K in SectionKey]: NonNullable<Dataset[K]> };
type RawSections = { [K in SectionKey]: v.InferOutput<(typeof SectionSchemas)[K]> };

/** How each section is validated and normalised: a new section must say how. */
const SECTION_READERS: { [K in SectionKey]: (raw: RawSections[K], root: string, money: MoneyReader) => Sections[K] } = {
  trend: readTrend,
  drivers: readDrivers,
  regions: readRegions,
};

/** In the order a full dataset's sections are read (so its first error is always the same). */
const SECTION_KEYS = Object.keys(SECTION_READERS) as SectionKey[];

const driverAmounts = (it: DriverItem): (Money | null)[] => [it.value, it.previousValue, ...it.children.flatMap(driverAmounts)];

/** Every amount of each section, for `sectionAmounts`. */
const SECTION_AMOUNTS: { [K in SectionKey]: (section: Sections[K]) => (Money | null)[] } = {
  trend: (trend) => trend.series.flatMap((s) => s.values),
  drivers: (drivers) => [drivers.total, drivers.previousTotal, ...drivers.items.flatMap(driverAmounts)],
  regions: (regions) => [regions.total, ...regions.items.flatMap((it) => [it.value, ...Object.values(it.values ?? {})])],
};

/** True when `raw` is a full dataset (has `meta`, `trend`, `drivers` or `regions` at its top). */
export function isFullDataset(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw)
    && ['meta', ...SECTION_KEYS].some((key) => Object.hasOwn(raw, key));
}

/** `ctx.name` (`ipTrend`) read as the `ctx.section` of the same dataset. */
function pickSection(raw: unknown, ctx: ReadContext): unknown {
  const { name, section } = ctx;
  if (!name || name === section || raw === null || typeof raw !== 'object' || !Object.hasOwn(raw, name)) return raw;
  const full = raw as Record<string, unknown>;
  return { meta: full['meta'], [section]: full[name] };
}

/**
 * Validates and normalises a dataset. A full dataset is read whole (its section
 * `ctx.name`, when it has one, as the `ctx.section`); anything else is a bare
 * section of kind `ctx.section`, its numbers in `ctx.currency` at `ctx.scale` (as
 * are a full dataset's numbers when it has no `meta.currencies`).
 * Money becomes absolute units per currency; `null` stays a gap.
 * @throws {DataError} kind `schema`, its message naming the path and what it got:
 *   `trend.series[0].values[3]: expected a number or null, got "n/a"`.
 */
export function normaliseDataset(document: unknown, ctx: ReadContext): Dataset {
  const raw = pickSection(document, ctx);
  if (!isFullDataset(raw)) {
    const section = ctx.section;
    const parsed = check(SectionSchemas[section], raw, section) as RawSections[SectionKey];
    const { meta, money } = readMeta(undefined, ctx);
    return { meta, [section]: readSection(section, parsed, section, money) };
  }
  const parsed = check(DatasetSchema, raw, '');
  const { meta, money } = readMeta(parsed.meta, ctx);
  const present = SECTION_KEYS.filter((section) => parsed[section]);
  return { meta, ...Object.fromEntries(present.map((section) => [section, readSection(section, parsed[section]!, section, money)] as const)) };
}

function readSection<K extends SectionKey>(section: K, parsed: RawSections[K], root: string, money: MoneyReader): Sections[K] {
  return SECTION_READERS[section](parsed, root, money);
}

/** Every amount of a section (totals, items, children, segment values), nulls included. */
export function sectionAmounts<K extends SectionKey>(dataset: Dataset, section: K): (Money | null)[] {
  const data = dataset[section] as Sections[K] | undefined;
  return data ? SECTION_AMOUNTS[section](data) : [];
}

/**
 * The currencies a section can be shown in: those that every non-null amount of
 * it has, in `meta.currencies` order. A section with no amount offers them all;
 * amounts with no currency in common offer none.
 */
export function sectionCurrencies(dataset: Dataset, section: SectionKey): CurrencyCode[] {
  const amounts = sectionAmounts(dataset, section).filter((m): m is Money => m !== null);
  return dataset.meta.currencies.filter((c) => amounts.every((m) => Object.hasOwn(m, c)));
}

