/**
 * The published JSON Schema (`data/dataset.schema.json`, written by
 * `scripts/build-schema.mjs`): the structure of the valibot schema in `schema.ts`, plus
 * the descriptions an editor shows beside it. They live here, not in `schema.ts`, so that
 * no widget carries text only editors read (this module is not part of any build).
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { DatasetSchema, MoneySchema, PeriodCodeSchema, TextSchema } from './schema.js';

type JsonObject = Record<string, unknown>;

/** What to add, by location in the JSON Schema (keys joined by `/`; '' is the root). */
const DOCS: Readonly<Record<string, Readonly<JsonObject>>> = {
  '': {
    title: 'trade-balance-charts dataset v1',
    description: 'One document feeds all three widgets; each widget also accepts its own section alone.',
  },
  '$defs/Text': { description: 'A string, or one string per language: {"en": "...", "ko": "..."}' },
  '$defs/Money': { description: 'A number in the default currency and scale, or {"USD": n, "KRW": n}; null is a gap (never zero).' },
  '$defs/PeriodCode': { description: 'YYYY, YYYYH1|H2, YYYYQ1-4 or YYYY-MM' },
  'properties/meta/properties/source/properties/url': { description: 'Kept only when http: or https:' },
  'properties/meta/properties/currencies': { description: 'Currencies of the money values, the default first; values are in scale x currency.' },
};

/** The dataset's JSON Schema; shared shapes are `$defs` ("Text", "Money", "PeriodCode"). */
export function datasetJsonSchema(): JsonObject {
  // `finite` cannot be said in JSON Schema, and JSON cannot carry a non-finite number anyway.
  const json = toJsonSchema(DatasetSchema, {
    errorMode: 'throw',
    ignoreActions: ['finite'],
    definitions: { Text: TextSchema, Money: MoneySchema, PeriodCode: PeriodCodeSchema },
  }) as JsonObject;
  for (const [location, docs] of Object.entries(DOCS)) {
    const node = location
      .split('/')
      .filter(Boolean)
      .reduce<JsonObject | undefined>((parent, key) => parent?.[key] as JsonObject | undefined, json);
    if (!node) throw new Error(`json-schema.ts: the schema has nothing at "${location}" to describe`);
    Object.assign(node, docs);
  }
  return json;
}
