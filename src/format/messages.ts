import { packPart } from './packs.js';

/**
 * Every string the widgets show or announce, in one language. All plain text, never
 * markup: render them as text. Strings with parameters are functions.
 */
export interface Messages {
  readonly showTable: string;
  readonly hideTable: string;
  readonly getData: string;
  readonly downloadPng: string;
  readonly downloadSvg: string;
  readonly retry: string;
  readonly loading: string;
  readonly noData: string;
  /** Marks a gap: a period whose figure was not published. */
  readonly notPublished: string;
  readonly provisional: string;
  /** A period's name in a sentence when its figures are provisional: "H1 2025 (provisional)". */
  readonly provisionalName: (name: string) => string;
  /** The key note naming the provisional periods (a list already joined): "H1 2025 figures are provisional." */
  readonly provisionalNote: (names: string) => string;
  readonly source: string;
  readonly notes: string;
  /** Marks a figure the publisher computed from others (e.g. total minus the rest). */
  readonly derived: string;
  /** Table column headers. */
  readonly period: string;
  readonly value: string;
  readonly previous: string;
  readonly change: string;
  readonly share: string;
  readonly total: string;
  /** Header of the first column of a table of categories (the drivers' table). */
  readonly category: string;
  /** A table cell that has no figure by design (e.g. a share of the other sign): never left blank. */
  readonly notApplicable: string;
  /** A notes cell of a row that has no note: never left blank. */
  readonly noNote: string;
  /** The CSV's provisional column: a provisional row's mark. */
  readonly yes: string;
  /** Shown before the error message itself. */
  readonly errorPrefix: string;
  readonly keyboardHint: string;
  /** Words for summary sentences. */
  readonly surplus: string;
  readonly deficit: string;
  readonly balance: string;
  /** Between two sentences of a summary: a space; none after Chinese and Japanese full stops. Default `' '`. */
  readonly sentenceGap?: string;
  /** The chart region's accessible name. */
  readonly chartLabel: (title: string) => string;
  /** The live-region announcement when the keyboard moves to a bar or point. */
  readonly current: (label: string, value: string) => string;
  /** The live-region announcement when a reader selects a bar or point. */
  readonly selected: (label: string, value: string) => string;
  /*
   * The punctuation shared code puts between translated pieces, so that no widget glues
   * them with English marks. Plain text in, plain text out. (`Intl.ListFormat`'s `unit` lists
   * are no substitute: they are for measures, "3 ft, 7 in", and give "A B" in Japanese and
   * Korean, "AB" in Chinese, "A, B y C" in Spanish.)
   */
  /** A text and its note in brackets: "H1 2025 (provisional)", "2025年上半期（速報値）". */
  readonly note: (text: string, note: string) => string;
  /** A label and its value: "Exports: $4.5B", "輸出：45億ドル", "Exportations : 4,5 Md$". */
  readonly labelled: (label: string, value: string) => string;
  /** Items side by side, no conjunction: "Imports, Exports", "輸入、輸出", "الواردات، الصادرات". */
  readonly list: (items: readonly string[]) => string;
  /** Clauses a comma would not separate clearly (each may hold a list): "A; B", "A；B", "A؛ B". */
  readonly clauses: (items: readonly string[]) => string;
}

/** English, the words of every widget without a pack for its language. */
export const englishMessages: Messages = {
  showTable: 'Show table',
  hideTable: 'Hide table',
  getData: 'Get the data',
  downloadPng: 'Download PNG',
  downloadSvg: 'Download SVG',
  retry: 'Retry',
  loading: 'Loading chart…',
  noData: 'No data to show',
  notPublished: 'not published',
  provisional: 'provisional',
  provisionalName: (name) => `${name} (provisional)`,
  provisionalNote: (names) => `${names} figures are provisional.`,
  source: 'Source',
  notes: 'Notes',
  derived: 'derived',
  period: 'Period',
  value: 'Value',
  previous: 'Previous',
  change: 'Change',
  share: 'Share',
  total: 'Total',
  category: 'Category',
  notApplicable: 'not applicable',
  noNote: 'none',
  yes: 'yes',
  errorPrefix: 'The chart could not be shown',
  keyboardHint: 'Use the arrow keys to move between items, Enter to select',
  surplus: 'surplus',
  deficit: 'deficit',
  balance: 'balance',
  chartLabel: (title) => (title ? `Chart: ${title}` : 'Chart'),
  current: (label, value) => `${label}: ${value}`,
  selected: (label, value) => `Selected ${label}: ${value}`,
  note: (text, note) => `${text} (${note})`,
  labelled: (label, value) => `${label}: ${value}`,
  list: (items) => items.join(', '),
  clauses: (items) => items.join('; '),
};

/** The UI strings for a language. */
export function messages(lang: string): Messages {
  return packPart<Messages>(lang, 'messages') ?? englishMessages;
}
