/**
 * The region split's German wording: its strings and the summary. A region "erzielte
 * einen Überschuss" or "verzeichnete ein Defizit", as the trade reports write; the verb
 * agrees with a list ("Asien und Europa erzielten") and with a plural name ("die
 * Vereinigten Staaten verzeichneten"). Part of the German pack (./index.ts).
 */
import type { RegionRow } from '../../widgets/region-split/model.js';
import { labelsOf } from '../../widgets/common.js';
import type { RegionFacts, RegionWording } from '../../widgets/region-split/wording.js';
import { balancePhrase, bareBalance, kindOf } from './kinds.js';
import { openingPeriod } from './periods.js';

/** "A", "A und B", "A, B und C": no comma before "und" (Duden). */
function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} und ${items.at(-1)}`;
}

// Names that are plural in German, with or without their article: the verb takes the plural.
const PLURAL_NAME = /^(?:die\s+)?(?:USA|VAE|Vereinigten?\s+Staaten(?:\s+von\s+Amerika)?|Vereinigten?\s+Arabischen?\s+Emirate|Niederlande|Philippinen|Malediven|Seychellen|Komoren|Bahamas|Salomonen)$|(?:länder|staaten|inseln|emirate|regionen|märkte)$/iu;

/** Whether the rows take a plural verb: several of them, or one whose name is plural. */
const plural = (rows: readonly RegionRow[]) => rows.length > 1 || PLURAL_NAME.test((rows[0]!.inSentence ?? rows[0]!.label).trim());

type Side = 'surplus' | 'deficit';
const VERB: Record<Side, readonly [string, string]> = { surplus: ['erzielte', 'erzielten'], deficit: ['verzeichnete', 'verzeichneten'] };
const verb = (side: Side, rows: readonly RegionRow[]) => VERB[side][plural(rows) ? 1 : 0];
const each = (rows: readonly RegionRow[]) => (rows.length > 1 ? 'jeweils ' : '');

/** "einen Überschuss von 3,57 Mrd. $" for the largest of `rows`. */
const amountOf = (side: Side, rows: readonly RegionRow[], fmt: (v: number) => string) => balancePhrase(side, fmt(rows[0]!.value!), 'accusative');

function main({ when, surplus, deficit, withFigures, everyRegion, fmt }: RegionFacts): string {
  const opening = openingPeriod(when);
  const names = (rows: readonly RegionRow[]) => list(labelsOf(rows));
  // Main clause, the verb second: "erzielte Asien einen Überschuss von …".
  const ran = (side: Side, rows: readonly RegionRow[]) => `${verb(side, rows)} ${names(rows)} ${each(rows)}${amountOf(side, rows, fmt)}`;
  if (surplus.length && deficit.length) {
    // Subordinate clause, the verb last: "während Nordamerika ein Defizit von … verzeichnete".
    return `${opening} ${ran('surplus', surplus)}, während ${names(deficit)} ${each(deficit)}${amountOf('deficit', deficit, fmt)} ${verb('deficit', deficit)}.`;
  }
  if (!surplus.length && !deficit.length) return `${opening} waren die Salden aller Regionen ausgeglichen.`;
  const side: Side = surplus.length ? 'surplus' : 'deficit';
  const rows = surplus.length ? surplus : deficit;
  if (withFigures === 1 || (everyRegion && rows.length === withFigures)) return `${opening} ${ran(side, rows)}.`;
  const amount = `${each(rows)}${fmt(rows[0]!.value!)}`;
  if (everyRegion) {
    // "den größten" (der Überschuss), "das größte" (das Defizit).
    const largest = side === 'surplus' ? 'den größten' : 'das größte';
    return `${opening} ${VERB[side][1]} alle Regionen ${side === 'surplus' ? 'einen Überschuss' : 'ein Defizit'}; ${largest} wies${plural(rows) ? 'en' : ''} ${names(rows)} mit ${amount} aus.`;
  }
  // Some region has no figure or a zero balance: name the largest, claim nothing of the rest.
  return `${opening} ${verb(side, rows)} ${names(rows)} mit ${amount} ${side === 'surplus' ? 'den größten Überschuss' : 'das größte Defizit'}.`;
}

/** The sentence on the derived rest of the world, after the main one. */
function rest({ rest, fmt }: RegionFacts): string {
  if (!rest) return '';
  const accusative = (value: number) => balancePhrase(kindOf(value), fmt(value), 'accusative');
  return ` Die aufgeführten Regionen ergaben zusammen ${accusative(rest.listed)}, der Gesamtsaldo wies ${accusative(rest.total)} aus; ` +
    `die übrige Welt (${bareBalance(kindOf(rest.value), fmt(rest.value))}) ist die errechnete Differenz.`;
}

export const regions: RegionWording = {
  text: {
    region: 'Region',
    hatched: 'schraffiert',
    unsplit: 'nicht nach Segmenten veröffentlicht',
    unsplitKey: 'Gestrichelter Rahmen: Teil des Werts einer Region, dessen Segment nicht veröffentlicht wurde.',
    segmentsKey: (names) =>
      names.length === 2 ? `Segmente: ${names[0]} (kräftig), ${names[1]} (blass).` : `Segmente, von kräftig bis blass: ${names.join(', ')}.`,
    shareKey: (kind, total) => `Prozentangaben: Anteile am gesamten ${kind === 'deficit' ? 'Defizit' : 'Überschuss'} von ${total}.`,
    noShareKey: 'Keine Prozentangaben: Überschüsse und Defizite gleichen sich teilweise aus, Anteile am Nettosaldo ergäben nicht 100\u00a0%.',
    rest: 'Übrige Welt',
    restNote: 'Summe abzüglich der aufgeführten Regionen',
    withShare: (value, share) => `${value} (${share})`,
    regionTotal: 'Insgesamt',
  },
  summary: (facts) => main(facts) + rest(facts),
};
