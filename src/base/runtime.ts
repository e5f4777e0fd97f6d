/**
 * What every widget needs once it is on the page, but not to be defined: the data layer,
 * formatting and theme. Imported lazily on first connect, so the CDN entry stays small.
 */
export { parseJson } from '../data/json.js';
export { normaliseDataset, sectionCurrencies } from '../data/validate.js';
export { loadSource, clearDataCache } from '../data/load.js';
export { readTable } from '../data/tabular.js';
export { pickText } from '../data/text.js';
export { DataError } from '../data/types.js';
export { messages } from '../format/messages.js';
export { resolveLang } from '../format/lang.js';
export { readTheme } from './theme.js';
export { sanitizeOptions } from './sanitize.js';
export { toCsv } from './csv-export.js';
