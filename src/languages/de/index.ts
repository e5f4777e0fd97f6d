/**
 * The German pack, as German newspapers and statistical offices write.
 *
 * Conventions and where they come from ("own knowledge" where no written rule was found):
 * - Magnitudes: Duden's abbreviations Mio., Mrd., Bio. (Billion = 10¹², the long scale);
 *   long style spells them, "4,53 Milliarden Dollar", "1 Milliarde Euro". Amounts under a
 *   million are printed in full ("950.000 Dollar"), so there is no "Tsd." (own knowledge).
 * - Order and spacing: figure, magnitude, then the currency, each after a fixed space
 *   (DIN 5008 "Währungsangaben": "5 340 €", a Festabstand so the amount never breaks at a
 *   line end; journalismusausbildung.de): "−4,53 Mrd. $". Digits, decimal comma and
 *   grouping point come from Intl (de); the minus is U+2212.
 * - Currencies: $, €, £ after the figure; yen, won and yuan as words ("3,1 Bio. Yen"), as
 *   agency copy writes them (sda: "277 Milliarden Dollar"); other codes as the ISO code
 *   ("Mrd. CHF"). Table and CSV headers name the ISO code, as Destatis tables do
 *   ("Mrd. EUR"): own knowledge.
 * - Periods: "1. Halbjahr 2025", "3. Quartal 2024", "Juli 2025" as Destatis writes them
 *   (WiSta abbreviations: Hj = Halbjahr, Vj = Vierteljahr); "H1 2025", "Q3 2024" on crowded
 *   axes as the business press does (own knowledge); month abbreviations per Duden and
 *   CLDR (Jan., Feb., Sept.; März to Juli stay whole). In sentences "im Jahr 2025" (not
 *   the anglicism "in 2025"), and a month bare after a preposition, "seit Januar" (Duden,
 *   Richtiges und gutes Deutsch, "Monatsnamen").
 * - Sentences: the verbs of German trade reports: "Das Defizit … weitete sich im ersten
 *   Halbjahr um zehn Milliarden auf fast 171 Milliarden Dollar aus" (sda,
 *   handelszeitung.ch), "einen so hohen Überschuss erzielt" (spiegel.de), "verringerte sich
 *   … auf 23,5 Milliarden Euro" (n-tv.de); the rest is own knowledge of that press.
 * - Tables: "vorläufig" for provisional figures (Destatis Zeichenerklärung: p = vorläufige
 *   Zahl); "darunter" for "of which" rows (Destatis: a partial breakdown, "davon" a
 *   complete one) and "entfällt" for a cell with no figure by design: own knowledge.
 */
import type { LanguagePack } from '../pack.js';
import type { Messages } from '../../format/messages.js';
import { drivers } from './drivers.js';
import { numbers } from './numbers.js';
import { periods, PREVIOUS } from './periods.js';
import { regions } from './regions.js';
import { trend } from './trend.js';

const messages: Messages = {
  showTable: 'Tabelle anzeigen',
  hideTable: 'Tabelle ausblenden',
  getData: 'Daten herunterladen',
  downloadPng: 'PNG herunterladen',
  downloadSvg: 'SVG herunterladen',
  retry: 'Erneut versuchen',
  loading: 'Grafik wird geladen …',
  noData: 'Keine Daten vorhanden',
  notPublished: 'nicht veröffentlicht',
  provisional: 'vorläufig',
  provisionalName: (name) => `${name} (vorläufig)`,
  // A list of names takes no article this way: "Vorläufige Werte: 2. Halbjahr 2024 und 1. Halbjahr 2025."
  provisionalNote: (names) => `Vorläufige Werte: ${names}.`,
  source: 'Quelle',
  notes: 'Anmerkungen',
  derived: 'errechnet',
  period: 'Zeitraum',
  value: 'Wert',
  previous: PREVIOUS,
  change: 'Veränderung',
  share: 'Anteil',
  total: 'Insgesamt',
  category: 'Posten',
  notApplicable: 'entfällt',
  noNote: 'keine',
  yes: 'ja',
  errorPrefix: 'Die Grafik kann nicht angezeigt werden',
  keyboardHint: 'Mit den Pfeiltasten zwischen den Einträgen wechseln, mit der Eingabetaste auswählen',
  surplus: 'Überschuss',
  deficit: 'Defizit',
  balance: 'Saldo',
  chartLabel: (title) => (title ? `Grafik: ${title}` : 'Grafik'),
  current: (label, value) => `${label}: ${value}`,
  selected: (label, value) => `Ausgewählt: ${label}, ${value}`,
  // As English (Duden, Zeichensetzung: Klammern, Doppelpunkt, Komma, Semikolon).
  note: (text, note) => `${text} (${note})`,
  labelled: (label, value) => `${label}: ${value}`,
  list: (items) => items.join(', '),
  clauses: (items) => items.join('; '),
};

export const pack: LanguagePack = { locale: 'de-DE', dir: 'ltr', messages, numbers, periods, trend, drivers, regions };
