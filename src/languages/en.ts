/** The English pack, assembled from every part's default: what `languagePack('en')` hands a newsroom to start from. */
import { englishPeriods } from '../data/periods.js';
import { englishMessages } from '../format/messages.js';
import { englishNumbers } from '../format/money.js';
import { englishTrend } from '../widgets/deficit-trend/wording.js';
import { englishDrivers } from '../widgets/driver-breakdown/wording.js';
import { englishRegions } from '../widgets/region-split/wording.js';
import type { LanguagePack } from './pack.js';

export const pack: LanguagePack = {
  locale: 'en-US',
  dir: 'ltr',
  messages: englishMessages,
  numbers: englishNumbers,
  periods: englishPeriods,
  trend: englishTrend,
  drivers: englishDrivers,
  regions: englishRegions,
};
