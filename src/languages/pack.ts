/**
 * `LanguagePack`: everything a widget says and how it writes numbers and periods, in one
 * language. The built-in packs (src/languages/<tag>/) are written to this type, and so is a
 * newsroom's own (`registerLanguage`). All text is plain text, never markup.
 */
import type { PeriodWords } from '../data/periods.js';
import type { Messages } from '../format/messages.js';
import type { NumberWords } from '../format/money.js';
import type { TrendWording } from '../widgets/deficit-trend/wording.js';
import type { DriverWording } from '../widgets/driver-breakdown/wording.js';
import type { RegionWording } from '../widgets/region-split/wording.js';

export interface LanguagePack {
  /** The `Intl` locale its numbers are written in (`ja-JP`); a widget's own tag of the same language wins (`ar-EG`). */
  readonly locale: string;
  /** Which way its text runs; a `dir` attribute on the widget or an ancestor wins. */
  readonly dir: 'ltr' | 'rtl';
  /** Buttons, table headers, notes, errors: what every widget shows. */
  readonly messages: Messages;
  /** Money: magnitudes, currency words, where the sign and unit go. */
  readonly numbers: NumberWords;
  /** Period names, and how tables in the language write them. */
  readonly periods: PeriodWords;
  /** `<deficit-trend>`'s summary, callout and key. */
  readonly trend: TrendWording;
  /** `<driver-breakdown>`'s summary, bridge labels and key. */
  readonly drivers: DriverWording;
  /** `<region-split>`'s summary and strings. */
  readonly regions: RegionWording;
}

/** The parts every pack must have. */
export const PACK_PARTS = ['locale', 'dir', 'messages', 'numbers', 'periods', 'trend', 'drivers', 'regions'] as const;
