/** Numbers, money, Korean particles, UI strings and language resolution for the widgets. */
export { primaryLang, resolveLang, intlLocale } from './lang.js';
export { moneyUnit, formatMoney, formatAxisMoney, formatPercent, unitLabel, currencyWord } from './money.js';
export type { MoneyOptions, SignDisplay } from './money.js';
export { withParticle, hasFinalConsonant } from './korean.js';
export type { ParticlePair } from './korean.js';
export { messages } from './messages.js';
export type { Messages } from './messages.js';
