/**
 * The raw dataset (v1) as a valibot schema: the single source of truth for the
 * structural check in `validate.ts` and for the structure of `data/dataset.schema.json`
 * (`json-schema.ts` adds the descriptions editors show). Each schema's message is the
 * "expected ..." half of the error a reader sees; `validate.ts` adds the path and
 * what it got. Rules a schema cannot state (granularity, order, listed periods,
 * unique ids, known currencies) are checked by hand in `validate.ts`.
 */
import * as v from 'valibot';
import { PERIOD_CODE_PATTERN } from './periods.js';

const CURRENCY_CODE = /^[A-Z]{3}$/;

/** A text: a string, or one string per language (`{ "en": "...", "ko": "..." }`). */
export const TextSchema = v.union(
  [v.string(), v.record(v.string(), v.string('expected a string'))],
  'expected a string or {"en": "...", "ko": "..."}',
);

const FiniteNumber = v.pipe(v.number(), v.finite('expected a finite number or null'));

/** An amount: a number in the default currency and scale, or one number per currency; `null` is a gap. */
export const MoneySchema = v.nullable(
  v.union(
    [FiniteNumber, v.record(v.string(), v.pipe(v.number('expected a number'), v.finite('expected a finite number')))],
    'expected a number or null',
  ),
);

/** What a reader is told when a period code is not one. */
export const PERIOD_CODE_EXPECTED = 'expected a period code (2025, 2025H1, 2025Q3 or 2025-07)';

/** A period code: `YYYY`, `YYYYH1|H2`, `YYYYQ1-4` or `YYYY-MM`. */
export const PeriodCodeSchema = v.pipe(v.string(PERIOD_CODE_EXPECTED), v.regex(PERIOD_CODE_PATTERN, PERIOD_CODE_EXPECTED));

const Id = v.string('expected a string id');

/** A source line: its name and a link. */
export const SourceSchema = v.object(
  {
    name: v.optional(TextSchema),
    url: v.optional(v.string('expected a URL string')),
  },
  'expected an object',
);

/** The texts around a figure, in `meta` and (for that section's widget) in each section. */
const TextEntries = {
  title: v.optional(TextSchema),
  description: v.optional(TextSchema),
  source: v.optional(SourceSchema),
  notes: v.optional(TextSchema),
};

/** `meta`: title, description, source, notes, credit and the currencies of the amounts. */
export const MetaSchema = v.object(
  {
    ...TextEntries,
    credit: v.optional(TextSchema),
    currencies: v.optional(
      v.record(
        v.pipe(v.string(), v.regex(CURRENCY_CODE, 'expected an ISO 4217 currency code such as "USD"')),
        v.object(
          { scale: v.optional(v.pipe(v.number('expected a positive number'), v.finite('expected a positive number'), v.gtValue(0, 'expected a positive number'))) },
          'expected an object like {"scale": 1e8}',
        ),
        'expected an object like {"USD": {"scale": 1e8}}',
      ),
    ),
  },
  'expected an object',
);

/** `trend`: its own texts (over `meta`'s), periods, one value per period per series, provisional periods, annotations. */
export const TrendSchema = v.object(
  {
    ...TextEntries,
    periods: v.array(PeriodCodeSchema, 'expected an array of period codes'),
    series: v.array(
      v.object(
        {
          id: v.optional(Id),
          label: v.optional(TextSchema),
          values: v.array(MoneySchema, 'expected an array of numbers (one per period)'),
        },
        'expected an object',
      ),
      'expected an array of series',
    ),
    provisional: v.optional(v.array(PeriodCodeSchema, 'expected an array of period codes')),
    annotations: v.optional(
      v.array(v.object({ period: PeriodCodeSchema, text: TextSchema }, 'expected an object'), 'expected an array of annotations'),
    ),
  },
  'expected an object',
);

const DriverEntries = {
  id: v.optional(Id),
  label: TextSchema,
  inSentence: v.optional(TextSchema),
  value: v.optional(MoneySchema),
  previousValue: v.optional(MoneySchema),
};

/** Children are "of which" items, one level deep (deeper `children` are ignored). */
export const DriverItemSchema = v.object(
  { ...DriverEntries, children: v.optional(v.array(v.object(DriverEntries, 'expected an object'), 'expected an array of items')) },
  'expected an object',
);

/** `drivers`: its own texts, each category's balance for `period` and `previous`, with the published totals; provisional periods. */
export const DriversSchema = v.object(
  {
    ...TextEntries,
    period: PeriodCodeSchema,
    previous: v.optional(PeriodCodeSchema),
    total: v.optional(MoneySchema),
    previousTotal: v.optional(MoneySchema),
    items: v.array(DriverItemSchema, 'expected an array of items'),
    provisional: v.optional(v.array(PeriodCodeSchema, 'expected an array of period codes')),
  },
  'expected an object',
);

/** A region: its balance, or its amounts per segment id. */
export const RegionItemSchema = v.object(
  {
    id: v.optional(Id),
    label: TextSchema,
    inSentence: v.optional(TextSchema),
    value: v.optional(MoneySchema),
    values: v.optional(v.record(v.string(), MoneySchema, 'expected an object of amounts by segment id')),
    derived: v.optional(v.boolean('expected true or false')),
    note: v.optional(TextSchema),
  },
  'expected an object',
);

/** `regions`: its own texts, balance by region for one period, optionally split into segments; provisional period. */
export const RegionsSchema = v.object(
  {
    ...TextEntries,
    period: PeriodCodeSchema,
    total: v.optional(MoneySchema),
    items: v.array(RegionItemSchema, 'expected an array of items'),
    segments: v.optional(
      v.array(v.object({ id: Id, label: v.optional(TextSchema) }, 'expected an object'), 'expected an array of segments'),
    ),
    provisional: v.optional(v.array(PeriodCodeSchema, 'expected an array of period codes')),
  },
  'expected an object',
);

/** The sections a widget can read alone. */
export const SectionSchemas = { trend: TrendSchema, drivers: DriversSchema, regions: RegionsSchema } as const;

/** A full dataset (v1). Unknown keys are ignored. */
export const DatasetSchema = v.object(
  {
    meta: v.optional(MetaSchema),
    trend: v.optional(TrendSchema),
    drivers: v.optional(DriversSchema),
    regions: v.optional(RegionsSchema),
  },
  'expected an object',
);

/** Raw (validated, not yet normalised) shapes, as valibot outputs them. */
export type RawDataset = v.InferOutput<typeof DatasetSchema>;
export type RawTrend = v.InferOutput<typeof TrendSchema>;
export type RawDrivers = v.InferOutput<typeof DriversSchema>;
export type RawRegions = v.InferOutput<typeof RegionsSchema>;
export type RawMoney = v.InferOutput<typeof MoneySchema>;
export type RawText = v.InferOutput<typeof TextSchema>;
export type RawSource = v.InferOutput<typeof SourceSchema>;
