/** The package entry: defines every widget's tag (one entry module each, listed in src/widgets/manifest.js) and exports their classes. */
import './deficit-trend.js';
import './driver-breakdown.js';
import './region-split.js';

export * from './classes.js';

/** Languages: `registerLanguage(tag, pack)` for a newsroom's own, `languagePack(tag)` to start from a built-in one. */
export { registerLanguage, languagePack } from './languages/index.js';
export type { LanguagePack } from './languages/pack.js';
export type { Messages } from './format/messages.js';
export type { AmountParts, Magnitude, NumberStyle, NumberWords } from './format/money.js';
export type { PeriodWords } from './data/periods.js';
export type { TrendWording, KeyWords } from './widgets/deficit-trend/wording.js';
export type { LatestChange, Move, Point, SentenceFormat } from './widgets/deficit-trend/facts.js';
export type { DriverWording, DriverSentences, Amount, Kind } from './widgets/driver-breakdown/wording.js';
export type { BridgeLabels } from './widgets/driver-breakdown/model.js';
export type { RegionWording, RegionsText, RegionFacts } from './widgets/region-split/wording.js';
export type { RegionRow } from './widgets/region-split/model.js';
export type { Settings, ThemeColors } from './base/contracts.js';
export type { Scale } from './format/money.js';
