/**
 * The published JSON Schema (`data/dataset.schema.json`, written by
 * `scripts/build-schema.mjs`): the structure of the valibot schema in `schema.ts`, plus
 * the descriptions an editor shows beside it. They live here, not in `schema.ts`, so that
 * no widget carries text only editors read (this module is not part of any build).
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { DatasetSchema, MoneySchema, PeriodCodeSchema, SourceSchema, TextSchema } from './schema.js';

type JsonObject = Record<string, unknown>;

/** Each section's own texts, which its widget shows instead of `meta`'s. */
const SECTION_TEXT_DOCS = Object.fromEntries(
  ['trend', 'drivers', 'regions'].flatMap((section) => ['title', 'description', 'source', 'notes'].map((key) => [
    `properties/${section}/properties/${key}`,
    { description: `This section's own ${key}: the widget that draws ${section} shows it instead of meta.${key}.` },
  ])),
);

/** What to add, by location in the JSON Schema (keys joined by `/`; '' is the root). */
const DOCS: Readonly<Record<string, Readonly<JsonObject>>> = {
  ...SECTION_TEXT_DOCS,
  '': {
    title: 'trade-balance-charts dataset v1',
    description: 'One document feeds all three widgets; each widget also accepts its own section alone.',
  },
  '$defs/Text': { description: 'A string, or one string per language: {"en": "...", "ko": "..."}' },
  '$defs/Money': { description: 'A number in the default currency and scale, or {"USD": n, "KRW": n}; null is a gap (never zero).' },
  '$defs/PeriodCode': { description: 'YYYY, YYYYH1|H2, YYYYQ1-4 or YYYY-MM' },
  '$defs/Source': { description: 'The source line: a name and a link.' },
  'properties/drivers/properties/items/items/properties/inSentence': { description: 'The label as a sentence writes it ("the United States"); the axis keeps label.' },
  'properties/regions/properties/items/items/properties/inSentence': { description: 'The label as a sentence writes it ("the United States"); the axis keeps label.' },
  '$defs/Source/properties/url': { description: 'Kept only when an absolute http: or https: address (else dropped, with a warning).' },
  'properties/trend/properties/provisional': { description: 'Period codes whose figures are provisional: only periods listed in periods.' },
  'properties/drivers/properties/provisional': { description: 'Period codes whose figures are provisional: only period or previous.' },
  'properties/regions/properties/provisional': { description: 'Period codes whose figures are provisional: only period.' },
  'properties/meta/properties/currencies': { description: 'Currencies of the money values, the default first; values are in scale x currency.' },
};

/** The dataset's JSON Schema; shared shapes are `$defs` ("Text", "Money", "PeriodCode", "Source"). */
export function datasetJsonSchema(): JsonObject {
  // `finite` cannot be said in JSON Schema, and JSON cannot carry a non-finite number anyway.
  const json = toJsonSchema(DatasetSchema, {
    errorMode: 'throw',
    ignoreActions: ['finite'],
    definitions: { Text: TextSchema, Money: MoneySchema, PeriodCode: PeriodCodeSchema, Source: SourceSchema },
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
