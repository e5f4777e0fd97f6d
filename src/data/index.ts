/** The data layer: periods, texts, validation, JSON / CSV / `<table>` input and the shared loader. */
export * from './types.js';
export { parsePeriodCode, parsePeriodName, periodName, periodShortName, PERIOD_CODE_PATTERN } from './periods.js';
export { pickText, normaliseText, ANY_LANG } from './text.js';
export { normaliseDataset, isFullDataset, sectionAmounts, sectionCurrencies, isEmptySection, describeValue, slug } from './validate.js';
export { parseJson } from './json.js';
export { parseCell, rowsToSection, parseCsv, readTable } from './tabular.js';
export { fetchData, loadSource, clearDataCache, evictData, isAbortError, DEFAULT_TIMEOUT, type FetchOptions, type FetchedData } from './load.js';
export { DatasetSchema } from './schema.js';
