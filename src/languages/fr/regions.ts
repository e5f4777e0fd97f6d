/**
 * The region split's French wording: its strings and the summary. Regions are named with
 * their article and the verb agrees ("l’Asie a dégagé", "les États-Unis ont accusé",
 * "l’Asie et l’Europe ont chacune dégagé"); see `place` in ./grammar.ts.
 * Part of the French pack (./index.ts), loaded only for a French widget.
 */
import type { RegionRow } from '../../widgets/region-split/model.js';
import { labelsOf } from '../../widgets/common.js';
import type { RegionFacts, RegionWording } from '../../widgets/region-split/wording.js';
import { atPeriod, capitalise, COLON, list, ofPlace, place } from './grammar.js';

type Side = 'surplus' | 'deficit';

const PARTICIPLE: Record<Side, string> = { surplus: 'dégagé', deficit: 'accusé' };
const NOUN: Record<Side, string> = { surplus: 'excédent', deficit: 'déficit' };

/** The regions as the subject of a sentence, and how their verb agrees. */
function subject(rows: readonly RegionRow[]) {
  const places = labelsOf(rows).map(place);
  const several = places.length > 1;
  return {
    text: list(places.map((p) => p.text)),
    // "ont" for several regions or one plural name; "chacune" only when every one is feminine.
    have: several || places[0]!.plural ? 'ont' : 'a',
    each: several ? (places.every((p) => p.feminine) ? 'chacune ' : 'chacun ') : '',
    of: list(places.map(ofPlace)),
  };
}

/** "un déficit de 2,38 Md$", "un excédent de 180 M$", "un solde nul". */
function signed(value: number, fmt: (value: number) => string): string {
  return value === 0 ? 'un solde nul' : `un ${value < 0 ? 'déficit' : 'excédent'} de ${fmt(value)}`;
}

/** The sentence on the derived rest, after the main one. */
function rest({ rest, fmt }: RegionFacts): string {
  if (!rest) return '';
  return ` Les régions détaillées totalisent ${signed(rest.listed, fmt)} et l’ensemble, ${signed(rest.total, fmt)}${COLON} le reste du monde (${signed(rest.value, fmt)}) est calculé par différence.`;
}

/** "Au 1er semestre 2025, l’Asie a dégagé un excédent de 3,57 Md$, tandis que l’Amérique du Nord a accusé un déficit de 3,77 Md$." */
function main({ when, surplus, deficit, withFigures, everyRegion, fmt }: RegionFacts): string {
  const at = capitalise(atPeriod(when));
  const ran = (rows: readonly RegionRow[], side: Side) => {
    const s = subject(rows);
    return `${s.text} ${s.have} ${s.each}${PARTICIPLE[side]} un ${NOUN[side]} de ${fmt(rows[0]!.value!)}`;
  };
  if (surplus.length && deficit.length) return `${at}, ${ran(surplus, 'surplus')}, tandis que ${ran(deficit, 'deficit')}.`;
  if (!surplus.length && !deficit.length) return `${at}, toutes les régions étaient à l’équilibre.`;
  const side: Side = surplus.length ? 'surplus' : 'deficit';
  const rows = surplus.length ? surplus : deficit;
  if (withFigures === 1 || (everyRegion && rows.length === withFigures)) return `${at}, ${ran(rows, side)}.`;
  const amount = fmt(rows[0]!.value!);
  const s = subject(rows);
  const tie = rows.length > 1;
  if (everyRegion) {
    const largest = tie ? `les plus importants étant ceux ${s.of} (${amount} chacun)` : `le plus important étant celui ${s.of} (${amount})`;
    return `${at}, toutes les régions ont ${PARTICIPLE[side]} un ${NOUN[side]}, ${largest}.`;
  }
  // Some region has no figure or a zero balance: name the largest without claiming the rest.
  const noun = NOUN[side];
  const largest = tie ? `les ${noun}s les plus importants, ${amount} chacun` : `${side === 'surplus' ? 'l’' : 'le '}${noun} le plus important, ${amount}`;
  return `${at}, ${s.text} ${s.have} ${PARTICIPLE[side]} ${largest}.`;
}

function summary(facts: RegionFacts): string {
  return main(facts) + rest(facts);
}

export const regions: RegionWording = {
  text: {
    region: 'Région',
    hatched: 'hachuré',
    unsplit: 'non ventilé par segment',
    unsplitKey: `Contour en pointillés${COLON} part du chiffre d’une région dont le segment n’a pas été publié.`,
    segmentsKey: (names) =>
      names.length === 2
        ? `Segments${COLON} ${names[0]} (teinte pleine), ${names[1]} (teinte claire).`
        : `Segments, de la teinte la plus pleine à la plus claire${COLON} ${names.join(', ')}.`,
    shareKey: (kind, total) => `Les pourcentages sont des parts ${kind === 'deficit' ? 'du déficit' : 'de l’excédent'} total de ${total}.`,
    noShareKey: `Pas de pourcentages${COLON} excédents et déficits se compensent, et les parts du solde net ne totaliseraient pas 100\u202f%.`,
    rest: 'Reste du monde',
    restNote: 'le total moins les régions détaillées',
    withShare: (value, share) => `${value} (${share})`,
    regionTotal: 'Total',
  },
  summary,
};
