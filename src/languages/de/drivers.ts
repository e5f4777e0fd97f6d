/**
 * The driver breakdown's German wording: the summary, the bridge's labels, changes and the key.
 * A category is named as the Bundesbank's balance-of-payments reports name one, "der Posten
 * „Reiseverkehr“": the noun carries article and number, whatever the label's own gender
 * or number. "Of which" rows are "darunter", Destatis's word for a partial breakdown.
 * Part of the German pack (./index.ts), loaded only for a German widget.
 */
import { signedMoney } from '../../widgets/common.js';
import type { Amount, DriverWording, Kind } from '../../widgets/driver-breakdown/wording.js';
import { balancePhrase, bareBalance } from './kinds.js';
import { dativePeriod, openingPeriod } from './periods.js';

const item = (label: string) => `der Posten „${label}“`;

/** "Das Defizit weitete sich um 1,01 Mrd. $ auf 2,45 Mrd. $ aus". */
function movedClause(is: Kind, grew: boolean, change: string, value: string): string {
  const by = `um ${change} auf ${value}`;
  if (is === 'deficit') return grew ? `Das Defizit weitete sich ${by} aus` : `Das Defizit verringerte sich ${by}`;
  if (is === 'surplus') return grew ? `Der Überschuss stieg ${by}` : `Der Überschuss sank ${by}`;
  return 'Der Saldo war ausgeglichen';
}

const accusative = ({ kind, amount }: Amount) => balancePhrase(kind, amount, 'accusative');

export const drivers: DriverWording = {
  sentences: {
    swung: (label, when, was, previous, is, value) =>
      `${openingPeriod(when)} veränderte sich ${item(label)} am stärksten: Aus ${balancePhrase(was, previous, 'dative')} wurde ${balancePhrase(is, value, 'nominative')}.`,
    moved: (label, when, is, grew, change, value) =>
      `${openingPeriod(when)} veränderte sich ${item(label)} am stärksten: ${movedClause(is, grew, change, value)}.`,
    balanced: (when) => `${openingPeriod(when)} waren alle Posten ausgeglichen.`,
    largest: (label, when, kind, amount) => `${openingPeriod(when)} war ${item(label)} der größte, mit ${balancePhrase(kind, amount, 'dative')}.`,
    other: (label, when, listed, total, value) =>
      `${openingPeriod(when)} ergaben die aufgeführten Posten zusammen ${accusative(listed)}, der veröffentlichte Gesamtsaldo wies ${accusative(total)} aus; ` +
      `${item(label)} (${bareBalance(value.kind, value.amount)}) ist die errechnete Differenz.`,
  },
  bridge: (before, now) => ({
    start: `Summe ${before}`,
    end: `Summe ${now}`,
    rounding: 'Rundungsdifferenz',
    missing: (labels) => `Veränderung unbekannt: ${labels.join(', ')}`,
    other: 'Sonstiges',
  }),
  noChange: 'unverändert',
  // The currency stays beside a change too: "+0,68 Mrd. $".
  change: (change, settings, unit) => signedMoney(change, settings, unit),
  balanceKey: (before, now, hasChildren) =>
    `Balken: ${now}. Striche: ${before}. In Klammern: Veränderung gegenüber ${dativePeriod(before)}.` +
    (hasChildren ? ' Eingerückte Zeilen („darunter“) sind Teil der Zeile darüber und nicht mitaddiert.' : ''),
  bridgeKey: (before, now, hasChildren) =>
    `Von der Summe ${before} zur Summe ${now}: ein Schritt je Posten.${hasChildren ? ' „Darunter“-Posten sind keine eigenen Schritte.' : ''}`,
  unknownChange: (labels) => `${labels}: kein Wert für einen der beiden Zeiträume, Veränderung daher unbekannt`,
  mismatch: (period, sum, total) => `${period}: Summe der Posten ${sum}, veröffentlichte Summe ${total}`,
  residual: (parts) => `Differenzschritt: ${parts}.`,
  ofWhich: (label) => `darunter: ${label}`,
  otherNote: 'veröffentlichte Summe abzüglich der aufgeführten Posten',
  hatched: 'schraffiert',
};
