/**
 * Validation and normalisation of dataset v1: valibot checks the structure
 * (schema.ts), then hand checks what a schema cannot say, while building the
 * normalised `Dataset` from plain literals (input objects are never copied, so
 * `__proto__`, `constructor` and `prototype` keys cannot reach any prototype).
 */
import * as v from 'valibot';
import { check, describeValue, fail, join } from './issues.js';
import { granularityName, parsePeriodCode } from './periods.js';
import {
  DatasetSchema, MetaSchema, PERIOD_CODE_EXPECTED, SectionSchemas,
  type RawDrivers, type RawMoney, type RawRegions, type RawText, type RawTrend,
} from './schema.js';
import { readTexts } from './section-texts.js';
import { FORBIDDEN_KEYS, normaliseText } from './text.js';
import {
  DataError,
  type Annotation, type CurrencyCode, type Dataset, type DriverItem, type DriversSection, type LocalText, type Meta,
  type Money, type Period, type ReadContext, type RegionItem, type RegionsSection, type SectionKey, type Sections, type Segment,
  type TrendSection, type TrendSeries,
} from './types.js';
import { currencyWarning, type ScaleHome, skippedPeriods, unitWarning, unreadKeys } from './warnings.js';

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

/** A section's `provisional`, without repeats: each one of its `periods` (an error naming its path otherwise). */
function provisionalCodes(codes: readonly string[] | undefined, periods: readonly (Period | undefined)[], path: string): string[] {
  const listed = periods.flatMap((p) => (p ? [p.code] : []));
  return [...new Set((codes ?? []).map((code, i) => {
    if (!listed.includes(code)) fail(join(path, i), `expected one of the listed periods (${listed.map((c) => JSON.stringify(c)).join(', ')})`, code);
    return code;
  }))];
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
      ...(it.inSentence === undefined ? {} : { inSentence: normaliseText(it.inSentence) }),
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
    provisional: provisionalCodes(raw.provisional, [previous, current], join(root, 'provisional')),
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
      ...(it.inSentence === undefined ? {} : { inSentence: normaliseText(it.inSentence) }),
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
  const provisional = provisionalCodes(raw.provisional, [current], join(root, 'provisional'));
  return { period: current, total: money(raw.total, join(root, 'total')), items, segments, provisional };
}

type Warn = (message: string | undefined) => void;

/** What `meta` reads as: the texts, the currencies, and which of them have no declared unit. */
interface MetaReading {
  readonly meta: Meta;
  readonly money: MoneyReader;
  readonly unscaled: readonly CurrencyCode[];
  readonly scaleHome: ScaleHome;
}

function readMeta(raw: v.InferOutput<typeof DatasetSchema>['meta'], ctx: ReadContext, full: boolean, warn: Warn): MetaReading {
  const scales = new Map<CurrencyCode, number>();
  const unscaled: CurrencyCode[] = [];
  for (const [code, c] of Object.entries(raw?.currencies ?? {})) {
    scales.set(code, c.scale ?? 1);
    if (c.scale === undefined) unscaled.push(code);
    warn(currencyWarning(code, 'in meta.currencies'));
  }
  if (scales.size === 0) {
    // The numbers come without meta: the widget's `scale` attribute says their unit.
    const scale = ctx.scale ?? 1;
    if (!(scale > 0 && Number.isFinite(scale))) {
      throw new DataError(`scale attribute: expected a positive number, got ${describeValue(ctx.scale)}`, 'input');
    }
    scales.set(ctx.currency, scale);
    if (ctx.scale === undefined) unscaled.push(ctx.currency);
    warn(currencyWarning(ctx.currency, 'of the currency attribute'));
  }
  const currencies = [...scales.keys()];
  const meta: { -readonly [K in keyof Meta]: Meta[K] } = { currencies, ...readTexts(raw, 'meta', warn) };
  if (raw?.credit !== undefined) meta.credit = normaliseText(raw.credit);
  const scaleHome: ScaleHome = raw?.currencies && Object.keys(raw.currencies).length ? 'meta' : full ? 'attribute-or-meta' : 'attribute';
  return { meta, money: moneyReader(currencies, scales), unscaled, scaleHome };
}

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

/** The keys of a full dataset that hold an object: the sections it has, by any name. */
function sectionsOf(document: object): string {
  const keys = Object.keys(document).filter((key) => {
    const value = (document as Record<string, unknown>)[key];
    return key !== 'meta' && !FORBIDDEN_KEYS.has(key) && typeof value === 'object' && value !== null && !Array.isArray(value);
  });
  return keys.length ? `it has: ${keys.join(', ')}` : 'it has none';
}

function missingSection(name: string, document: object): DataError {
  return new DataError(`the dataset has no ${JSON.stringify(name)} section; ${sectionsOf(document)}`, 'schema');
}

/** `ctx.name` (`ipTrend`) read as the `ctx.section` of the same dataset; a full dataset without it is an error. */
function pickSection(raw: unknown, ctx: ReadContext): unknown {
  const { name, section } = ctx;
  if (!name || name === section || raw === null || typeof raw !== 'object') return raw;
  const full = raw as Record<string, unknown>;
  if (Object.hasOwn(full, name)) return { meta: full['meta'], [section]: full[name] };
  if (isFullDataset(raw)) throw missingSection(name, full);
  return raw;
}

/**
 * Validates and normalises a dataset. A full dataset is read whole (its section
 * `ctx.name`, when it has one, as the `ctx.section`), and must have the widget's
 * section; anything else is a bare section of kind `ctx.section`, its numbers in
 * `ctx.currency` at `ctx.scale` (as are a full dataset's numbers when it has no
 * `meta.currencies`). Money becomes absolute units per currency; `null` stays a gap.
 * What may be wrong but is not an error is in `warnings` (about `meta` and the widget's section).
 * @throws {DataError} kind `schema`, its message naming the path and what it got:
 *   `trend.series[0].values[3]: expected a number or null, got "n/a"`, or the section
 *   missing: `the dataset has no "partners" section; it has: trend, drivers, regions`.
 */
export function normaliseDataset(document: unknown, ctx: ReadContext): Dataset {
  const raw = pickSection(document, ctx);
  const { section } = ctx;
  const warnings: string[] = [];
  const warnAbout = (about: SectionKey | 'meta'): Warn => (message) => {
    if (message && (about === 'meta' || about === section)) warnings.push(message);
  };
  const full = isFullDataset(raw);
  const parsed = (full ? check(DatasetSchema, raw, '') : { [section]: check(SectionSchemas[section], raw, section) }) as
    { meta?: v.InferOutput<typeof DatasetSchema>['meta'] } & Partial<RawSections>;
  const { meta, unscaled, scaleHome, money } = readMeta(parsed.meta, ctx, full, warnAbout('meta'));
  const present = SECTION_KEYS.filter((key) => parsed[key]);
  const dataset: Pick<Dataset, 'meta' | SectionKey> = {
    meta, ...Object.fromEntries(present.map((key) => [key, readSection(key, parsed[key]!, money, warnAbout(key))] as const)),
  };
  if (!dataset[section]) throw missingSection(ctx.name ?? section, raw as object);
  const amounts = sectionAmounts(dataset, section);
  for (const code of unscaled) warnAbout(section)(unitWarning(code, amounts, scaleHome));
  if (section === 'trend') warnAbout('trend')(skippedPeriods(dataset.trend!.periods, 'trend.periods'));
  warnings.push(...unreadKeyWarnings((full ? raw : { [section]: raw }) as object, section));
  // Not enumerable: the dataset's keys stay its data (see `Dataset.warnings`).
  return Object.defineProperty(dataset, 'warnings', { value: Object.freeze(warnings), enumerable: false }) as Dataset;
}

/** Keys not read in `meta`, its currencies and the widget's section (typos such as `meta.scale`, `provisonal`). */
function unreadKeyWarnings(document: object, section: SectionKey): string[] {
  const { meta, [section]: own } = document as Record<string, unknown>;
  const currencies = (meta as { currencies?: unknown } | undefined)?.currencies;
  return [
    ...unreadKeys(meta, Object.keys(MetaSchema.entries), 'meta'),
    ...(typeof currencies === 'object' && currencies !== null
      ? Object.entries(currencies).flatMap(([code, c]) => unreadKeys(c, ['scale'], `meta.currencies.${code}`))
      : []),
    ...unreadKeys(own, Object.keys(SectionSchemas[section].entries), section),
  ];
}

function readSection<K extends SectionKey>(section: K, parsed: RawSections[K], money: MoneyReader, warn: Warn): Sections[K] {
  return { ...SECTION_READERS[section](parsed, section, money), ...readTexts(parsed, section, warn) };
}

/** Every amount of a section (totals, items, children, segment values), nulls included. */
export function sectionAmounts<K extends SectionKey>(dataset: Pick<Dataset, SectionKey>, section: K): (Money | null)[] {
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

