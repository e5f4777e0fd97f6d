/** Numbers, money, UI strings and language resolution for the widgets. */
export { canonicalTag, resolveLang, intlLocale, hasPack, isBuiltIn, BUILT_IN_LANGUAGES } from './lang.js';
export { moneyUnit, formatMoney, formatAxisMoney, formatPercent, unitLabel, chartScale, scaledMoney, currencySymbol, englishNumbers } from './money.js';
export type { AmountParts, Magnitude, MoneyOptions, NumberStyle, NumberWords, Scale, SignDisplay } from './money.js';
export { messages, englishMessages } from './messages.js';
export type { Messages } from './messages.js';
