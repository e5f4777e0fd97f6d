/**
 * The French pack, as French newspapers and the official trade releases print figures.
 *
 * Sources of each convention:
 * - Amounts in words, "4,53 milliards de dollars", "6 260 milliards de wons" (no "billion":
 *   the press counts in milliards above 10⁹), "1,5 milliard d’euros" (singular below 2):
 *   AFP copy ("le déficit commercial est passé de 6 milliards à 6,2 milliards d’euros",
 *   La Tribune/AFP, latribune.fr, Aug. 2018); milliard is a noun, plural from 2 (Académie
 *   française; HEC Montréal, "Millions et milliards", hec.ca/qualitecomm).
 * - Short forms for tables and charts, "−5,2 Md€", "4,53 Md$", "300 M€": the Douane's
 *   monthly release ("+0,8 Md€ … −82,1 Md€", douane.gouv.fr, Aug. 2024) and the Trésor's
 *   Flash conjoncture ("−5,2 Md€", U+2212 minus, tresor.economie.gouv.fr, Apr. 2024); CLDR's
 *   French compact form "1 Md €" (unicode.org/cldr/charts/40/verify/numbers/fr.html). The
 *   dollar's "Md$" follows "Md€"; the symbol comes after the number, as French writes every
 *   currency symbol (HEC Montréal, above).
 * - Digits, the decimal comma and the narrow no-break space in digit groups: Intl fr-FR
 *   (CLDR). The no-break space between figure and unit and before a colon: the Lexique des
 *   règles typographiques de l’Imprimerie nationale.
 * - Axis titles and CSV headers "milliards de dollars": the "en milliards d’euros" of INSEE's
 *   and the Douane's charts (own knowledge of those publications).
 * - Periods "1er semestre 2025", "3e trimestre 2024", "juillet 2025": the Douane's
 *   quarterly analysis ("Au 2e trimestre 2024, … par rapport au 1er trimestre 2024") and
 *   the Lexique's ordinals (1er, 2e, never 2ème); short "S1 2025", "T3 2024" as INSEE and
 *   Banque de France tables write them; month abbreviations as CLDR fr (janv., févr., juil.).
 * - Sentences in the register of AFP and the Douane ("le déficit commercial se creuse",
 *   "le solde s’est amélioré avec l’Asie"); the typographic apostrophe (’): own knowledge
 *   of that press, not a published handbook.
 */
import type { LanguagePack } from '../pack.js';
import type { Messages } from '../../format/messages.js';
import { currencySymbol, type AmountParts, type Magnitude, type NumberWords } from '../../format/money.js';
import { drivers } from './drivers.js';
import { COLON, elidedDe } from './grammar.js';
import { periods } from './periods.js';
import { regions } from './regions.js';
import { trend } from './trend.js';

const messages: Messages = {
  showTable: 'Afficher le tableau',
  hideTable: 'Masquer le tableau',
  getData: 'Télécharger les données',
  downloadPng: 'Télécharger en PNG',
  downloadSvg: 'Télécharger en SVG',
  retry: 'Réessayer',
  loading: 'Chargement du graphique…',
  noData: 'Aucune donnée à afficher',
  notPublished: 'non publié',
  provisional: 'provisoire',
  provisionalName: (name) => `${name} (provisoire)`,
  // A list already joined ("1er trimestre 2025 et 2e trimestre 2025"): no article to agree.
  provisionalNote: (names) => `Chiffres provisoires${COLON} ${names}.`,
  source: 'Source',
  notes: 'Notes',
  derived: 'calculé',
  period: 'Période',
  value: 'Montant',
  previous: 'Précédent',
  change: 'Variation',
  share: 'Part',
  total: 'Total',
  category: 'Poste',
  notApplicable: 'sans objet',
  noNote: 'aucune',
  yes: 'oui',
  errorPrefix: 'Impossible d’afficher le graphique',
  keyboardHint: 'Utilisez les flèches pour passer d’un élément à l’autre et Entrée pour sélectionner',
  surplus: 'excédent',
  deficit: 'déficit',
  balance: 'solde',
  chartLabel: (title) => (title ? `Graphique${COLON} ${title}` : 'Graphique'),
  current: (label, value) => `${label}${COLON} ${value}`,
  selected: (label, value) => `${label}${COLON} ${value}, sélectionné`,
  // Lexique des règles typographiques en usage à l’Imprimerie nationale: a no-break space
  // before the colon, a narrow no-break space (fine) before the semicolon; none before a comma.
  note: (text, note) => `${text} (${note})`,
  labelled: (label, value) => `${label}${COLON} ${value}`,
  list: (items) => items.join(', '),
  clauses: (items) => items.join('\u202f; '),
};

const NBSP = '\u00a0';

/** Currency names, singular and plural, as the press writes them after a number or "de". */
const CURRENCY_WORDS: Readonly<Record<string, readonly [one: string, many: string]>> = {
  USD: ['dollar', 'dollars'],
  EUR: ['euro', 'euros'],
  JPY: ['yen', 'yens'],
  KRW: ['won', 'wons'],
  CNY: ['yuan', 'yuans'],
  GBP: ['livre sterling', 'livres sterling'],
};

/** Symbols after the figure; the yuan by its code, since ¥ would read as the yen. */
const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { USD: '$', EUR: '€', JPY: '¥', KRW: '₩', CNY: 'CNY', GBP: '£' };

const names = new Map<string, readonly [string, string]>();

/** Any other currency by CLDR’s French name ("francs suisses"), else its code. */
function currencyWords(currency: string): readonly [string, string] {
  const known = CURRENCY_WORDS[currency.toUpperCase()];
  if (known) return known;
  let found = names.get(currency);
  if (!found) {
    const nameAt = (n: number) => {
      try {
        const format = new Intl.NumberFormat('fr-FR', { style: 'currency', currency, currencyDisplay: 'name' });
        return format.formatToParts(n).find((p) => p.type === 'currency')?.value ?? currency;
      } catch {
        return currency;
      }
    };
    found = [nameAt(1), nameAt(2)];
    names.set(currency, found);
  }
  return found;
}

/** "$", "€", or a code ("CHF") that stands apart from the unit. */
function symbolOf(currency: string): { symbol: string; apart: boolean } {
  const symbol = CURRENCY_SYMBOLS[currency.toUpperCase()] ?? currencySymbol(currency, 'fr-FR').trim();
  return { symbol, apart: /^[A-Z]{2,}$/.test(symbol) };
}

// No "billion" (10¹²) and no thousands: the press writes "6 260 milliards", "950 000 dollars".
const UNITS: readonly Magnitude[] = [
  { size: 1e6, short: 'M', long: 'millions' },
  { size: 1e9, short: 'Md', long: 'milliards' },
];

/** Below 2 the noun stays singular: "1,5 milliard", "1 dollar", "0 euro". */
const isSingular = (parts: AmountParts) => Math.abs(parts.value) / (parts.unit?.size ?? 1) < 2;

/** "4,53 Md$", "300 M€", "950 000 $", "4,53 Md CHF". */
function shortAmount({ sign, figure, unit, currency }: AmountParts): string {
  const { symbol, apart } = symbolOf(currency);
  if (!unit) return `${sign}${figure}${NBSP}${symbol}`;
  return `${sign}${figure}${NBSP}${unit.short}${apart ? NBSP : ''}${symbol}`;
}

/** "4,53 milliards de dollars", "1,5 milliard d’euros", "950 000 dollars". */
function longAmount(parts: AmountParts): string {
  const { sign, figure, unit, currency } = parts;
  const [one, many] = currencyWords(currency);
  if (!unit) return `${sign}${figure} ${isSingular(parts) ? one : many}`;
  const magnitude = isSingular(parts) ? unit.long.replace(/s$/, '') : unit.long;
  return `${sign}${figure} ${magnitude} ${elidedDe(many)}`;
}

const numbers: NumberWords = {
  units: UNITS,
  money: (parts) => (parts.style === 'long' ? longAmount(parts) : shortAmount(parts)),
  tick: shortAmount,
  unitTitle: (unit, currency) => {
    const many = currencyWords(currency)[1];
    return unit ? `${unit.long} ${elidedDe(many)}` : many;
  },
  minus: '\u2212',
  // "77,3 %": the Lexique des règles typographiques en usage à l’Imprimerie nationale keeps
  // the % apart from its figure by a no-break space, set fine (U+202F, as before ; ! ?),
  // where CLDR's fr gives a full-width U+00A0; the pack's own "100 %" is set the same way.
  percent: (figure) => figure.replace(/[\s\u00a0\u202f]*%$/, '\u202f%'),
};

export const pack: LanguagePack = { locale: 'fr-FR', dir: 'ltr', messages, numbers, periods, trend, drivers, regions };
