/**
 * The driver breakdown's Spanish wording: the summary, the bridge's labels, changes and the
 * key. The category is never the verb's subject, so its gender and number never matter:
 * "La partida que más varió en el primer semestre de 2025 fue Regalías: su déficit se amplió…".
 */
import { signedMoney } from '../../widgets/common.js';
import type { Amount, DriverWording, Kind } from '../../widgets/driver-breakdown/wording.js';
import { inPeriod, ofPeriod, toPeriod, withArticle } from './periods.js';

/** "un déficit de 1200 mill. €", "un superávit de…", "equilibrio". */
const amountEs = ({ kind, amount }: Amount) => (kind === 'balance' ? 'un saldo nulo' : `un ${kind === 'deficit' ? 'déficit' : 'superávit'} de ${amount}`);

/** "de un superávit de 30 mill. $" / "del equilibrio"; "a un déficit de…" / "al equilibrio". */
const from = (kind: Kind, amount: string) => (kind === 'balance' ? 'del equilibrio' : `de ${amountEs({ kind, amount })}`);
const to = (kind: Kind, amount: string) => (kind === 'balance' ? 'al equilibrio' : `a ${amountEs({ kind, amount })}`);

const MOVED: Record<'deficit' | 'surplus', readonly [string, string]> = {
  deficit: ['su déficit se amplió', 'su déficit se redujo'],
  surplus: ['su superávit aumentó', 'su superávit se redujo'],
};

export const drivers: DriverWording = {
  sentences: {
    swung: (label, when, was, previous, is, value) =>
      `La partida que más varió ${inPeriod(when)} fue ${label}: pasó ${from(was, previous)} ${to(is, value)}.`,
    moved: (label, when, is, grew, change, value) =>
      `La partida que más varió ${inPeriod(when)} fue ${label}: ${MOVED[is === 'deficit' ? 'deficit' : 'surplus'][grew ? 0 : 1]} en ${change}, hasta ${value}.`,
    balanced: (when) => `Todas las partidas quedaron en equilibrio ${inPeriod(when)}.`,
    largest: (label, when, kind, amount) =>
      `La partida con mayor saldo ${inPeriod(when)} fue ${label}, con ${amountEs({ kind, amount })}.`,
    other: (label, when, listed, total, value) =>
      `En ${withArticle(when)}, las partidas detalladas suman ${amountEs(listed)} y el total publicado es ${amountEs(total)}; ${label} (${amountEs(value)}) se obtiene por diferencia.`,
  },
  bridge: (before, now) => ({
    start: `Total ${before}`,
    end: `Total ${now}`,
    rounding: 'Redondeo',
    missing: (labels) => `Variación desconocida: ${labels.join(', ')}`,
    other: 'Otros',
  }),
  noChange: 'sin cambios',
  // Beside the value, which names the currency, a change is written as a tick: "−1010 mill.".
  change: (change, settings, unit, short) => signedMoney(change, settings, unit, short),
  balanceKey: (before, now, hasChildren) =>
    `Barras: ${now}. Marcas: ${before}. Entre paréntesis, la variación respecto ${toPeriod(before)}.` +
    (hasChildren ? ' Las filas sangradas desglosan la partida superior (no se suman).' : ''),
  bridgeKey: (before, now, hasChildren) =>
    `Del total ${ofPeriod(before)} al total ${ofPeriod(now)}, un paso por partida.` +
    (hasChildren ? ' Los desgloses no son pasos.' : ''),
  unknownChange: (labels) => `${labels}: falta el dato de uno de los dos periodos, por lo que no se muestra la variación`,
  mismatch: (period, sum, total) => `${period}: las partidas suman ${sum} y el total publicado es ${total}`,
  residual: (parts) => `Paso residual: ${parts}.`,
  ofWhich: (label) => `de ello, ${label}`,
  otherNote: 'el total publicado menos las partidas detalladas',
  hatched: 'rayado',
};
