/**
 * The region split's Spanish wording: its strings and the summary, as EFE writes it: "En el
 * primer semestre de 2025, Asia registró un superávit de 3570 mill. $, y Norteamérica, un
 * déficit de 3770 mill. $." Country names take no article ("Estados Unidos registró"); a
 * tie says "sendos" (one each) so no "cada uno/una" has to agree with the regions.
 */
import type { RegionRow } from '../../widgets/region-split/model.js';
import { labelsOf } from '../../widgets/common.js';
import type { RegionFacts, RegionWording } from '../../widgets/region-split/wording.js';
import { withArticle } from './periods.js';

// Spanish lists, whatever the widget's tag: "A, B y C", and "e" before an /i/ sound ("Asia e India").
const LIST = new Intl.ListFormat('es', { type: 'conjunction' });

type Side = 'deficit' | 'surplus';
const ONE: Record<Side, string> = { deficit: 'déficit', surplus: 'superávit' };
const MANY: Record<Side, string> = { deficit: 'déficits', surplus: 'superávits' };

const list = (rows: readonly RegionRow[]) => LIST.format(labelsOf(rows));

/** "un superávit de 3570 mill. $", or "sendos superávits de 1000 mill. $" for a tie. */
const amountOf = (rows: readonly RegionRow[], side: Side, fmt: (v: number) => string) =>
  `${rows.length > 1 ? `sendos ${MANY[side]}` : `un ${ONE[side]}`} de ${fmt(rows[0]!.value!)}`;

/** "Asia registró un superávit de…", "Asia y Europa registraron sendos superávits de…". */
const ran = (rows: readonly RegionRow[], side: Side, fmt: (v: number) => string) =>
  `${list(rows)} ${rows.length > 1 ? 'registraron' : 'registró'} ${amountOf(rows, side, fmt)}`;

function signed(value: number, fmt: (v: number) => string): string {
  return value === 0 ? 'un saldo nulo' : `un ${value < 0 ? 'déficit' : 'superávit'} de ${fmt(value)}`;
}

/** The sentence on the derived rest, after the main one. */
function rest({ rest, fmt }: RegionFacts): string {
  if (!rest) return '';
  return ` Las regiones detalladas suman ${signed(rest.listed, fmt)} y el total es ${signed(rest.total, fmt)}; el resto del mundo (${signed(rest.value, fmt)}) se obtiene por diferencia.`;
}

function main({ when, surplus, deficit, withFigures, everyRegion, fmt }: RegionFacts): string {
  const opening = `En ${withArticle(when)}, `;
  // The second clause drops the verb after a comma, as Spanish does: "…, y Norteamérica, un déficit de…".
  if (surplus.length && deficit.length) {
    return `${opening}${ran(surplus, 'surplus', fmt)}, y ${list(deficit)}, ${amountOf(deficit, 'deficit', fmt)}.`;
  }
  if (!surplus.length && !deficit.length) return `${opening}todas las regiones quedaron en equilibrio.`;
  const rows = surplus.length ? surplus : deficit;
  const side: Side = surplus.length ? 'surplus' : 'deficit';
  if (withFigures === 1 || (everyRegion && rows.length === withFigures)) return `${opening}${ran(rows, side, fmt)}.`;
  const amount = fmt(rows[0]!.value!);
  const largest = rows.length > 1
    ? `los mayores ${MANY[side]}, de ${amount} cada uno, fueron los de ${list(rows)}`
    : `el mayor ${ONE[side]} fue el de ${list(rows)}, con ${amount}`;
  if (everyRegion) return `${opening}todas las regiones registraron ${ONE[side]}; ${largest}.`;
  // Some region has no figure or a zero balance: name the largest, claim nothing of the rest.
  return `${opening}${largest}.`;
}

export const regions: RegionWording = {
  text: {
    region: 'Región',
    hatched: 'rayado',
    unsplit: 'sin desglose publicado',
    unsplitKey: 'Contorno discontinuo: la parte de la cifra de una región cuyo segmento no se publicó.',
    segmentsKey: (names) =>
      names.length === 2
        ? `Segmentos: ${names[0]} (color intenso), ${names[1]} (color atenuado).`
        : `Segmentos, del color más intenso al más atenuado: ${names.join(', ')}.`,
    shareKey: (kind, total) => `Los porcentajes son el peso de cada región en el ${ONE[kind]} total, de ${total}.`,
    noShareKey: 'Sin porcentajes: los superávits y los déficits se compensan, por lo que los pesos sobre el saldo neto no sumarían el 100 %.',
    rest: 'Resto del mundo',
    restNote: 'el total menos las regiones detalladas',
    withShare: (value, share) => `${value} (${share})`,
    regionTotal: 'Total',
  },
  summary: (facts) => main(facts) + rest(facts),
};
