/**
 * The driver breakdown's French wording: the summary, the bridge's labels, changes and the
 * key. A category is "le poste « Voyages »", as balance-of-payments notes write it: that
 * needs no article or agreement from the label, whatever its language.
 * Part of the French pack (./index.ts), loaded only for a French widget.
 */
import { signedMoney } from '../../widgets/common.js';
import type { Amount, DriverWording, Kind } from '../../widgets/driver-breakdown/wording.js';
import { atPeriod, capitalise, COLON, elidedDe, ofPeriod, quoted, versusPeriod } from './grammar.js';

const OF_WHICH = quoted('dont');

/** The name readers see when the data has no previous period (`messages.previous`). */
const PREVIOUS = 'Précédent';

/** A period name inside a sentence; "Précédent" reads "la période précédente". */
const inSentence = (name: string) => (name.startsWith(PREVIOUS) ? `la période précédente${name.slice(PREVIOUS.length)}` : name);
const at = (name: string) => (name.startsWith(PREVIOUS) ? `à ${inSentence(name)}` : atPeriod(name));
const of = (name: string) => (name.startsWith(PREVIOUS) ? `de ${inSentence(name)}` : ofPeriod(name));
const versus = (name: string) => (name.startsWith(PREVIOUS) ? `par rapport à ${inSentence(name)}` : versusPeriod(name));

const post = (label: string) => `le poste ${quoted(label)}`;

/** "un déficit de 1,2 Md€", "un excédent de 30 M$", "un solde nul". */
function amountFr({ kind, amount }: Amount): string {
  return kind === 'balance' ? 'un solde nul' : `un ${kind === 'deficit' ? 'déficit' : 'excédent'} de ${amount}`;
}

/** "d’un excédent de 30 M$", "de l’équilibre". */
const from = (kind: Kind, amount: string) => (kind === 'balance' ? 'de l’équilibre' : elidedDe(amountFr({ kind, amount })));
const to = (kind: Kind, amount: string) => (kind === 'balance' ? 'à l’équilibre' : `à ${amountFr({ kind, amount })}`);

const MOVED: Record<'deficit' | 'surplus', [grew: string, shrank: string]> = {
  deficit: ['son déficit s’est creusé', 'son déficit s’est réduit'],
  surplus: ['son excédent a augmenté', 'son excédent a diminué'],
};

/** "Au 1er semestre 2025, c’est le poste « X » qui a le plus varié". */
const movedMost = (label: string, when: string) => `${capitalise(at(when))}, c’est ${post(label)} qui a le plus varié`;

export const drivers: DriverWording = {
  sentences: {
    swung: (label, when, was, previous, is, value) => `${movedMost(label, when)}${COLON} il est passé ${from(was, previous)} ${to(is, value)}.`,
    moved: (label, when, is, grew, change, value) => {
      const words = MOVED[is === 'surplus' ? 'surplus' : 'deficit'];
      return `${movedMost(label, when)}${COLON} ${words[grew ? 0 : 1]} de ${change}, à ${value}.`;
    },
    balanced: (when) => `${capitalise(at(when))}, tous les postes étaient à l’équilibre.`,
    largest: (label, when, kind, amount) =>
      `${capitalise(at(when))}, ${post(label)} était le plus important, avec ${amountFr({ kind, amount })}.`,
    other: (label, when, listed, total, value) =>
      `${capitalise(at(when))}, les postes détaillés totalisent ${amountFr(listed)} et le total publié, ${amountFr(total)}${COLON} ` +
      `${post(label)} (${amountFr(value)}) en est déduit par différence.`,
  },
  bridge: (before, now) => ({
    start: `Total ${before.startsWith(PREVIOUS) ? before.toLocaleLowerCase('fr') : before}`,
    end: `Total ${now}`,
    rounding: 'Écart d’arrondi',
    missing: (labels) => `Variation inconnue${COLON} ${labels.join(', ')}`,
    other: 'Autres',
  }),
  noChange: 'inchangé',
  change: (change, settings, unit) => signedMoney(change, settings, unit),
  balanceKey: (before, now, hasChildren) =>
    `Barres${COLON} ${inSentence(now)}. Repères${COLON} ${inSentence(before)}. Entre parenthèses${COLON} la variation ${versus(before)}.` +
    (hasChildren ? ` Les lignes en retrait (${OF_WHICH}) font partie de la ligne du dessus et ne s’y ajoutent pas.` : ''),
  bridgeKey: (before, now, hasChildren) =>
    `Du total ${of(before)} au total ${of(now)}, une étape par poste.${hasChildren ? ` Les lignes ${OF_WHICH} ne sont pas des étapes.` : ''}`,
  unknownChange: (labels) => `${labels}${COLON} aucun chiffre pour l’une des deux périodes, variation inconnue`,
  mismatch: (period, sum, total) => `${period}${COLON} les postes totalisent ${sum}, le total publié est de ${total}`,
  residual: (parts) => `Écart résiduel${COLON} ${parts}.`,
  ofWhich: (label) => `dont ${label}`,
  otherNote: 'le total publié moins les postes détaillés',
  hatched: 'hachuré',
};
