/**
 * The trend's Spanish wording: the summary, the callout by the latest bar and the key, as
 * EFE writes a balance: "El déficit comercial se amplió en 770 mill. $ en el primer
 * semestre de 2025, hasta 4530 mill. $, frente a 3760 mill. $ en el segundo semestre de 2024."
 */
import type { Granularity, TrendSection } from '../../data/types.js';
import type { Settings } from '../../base/contracts.js';
import { periodName } from '../../data/periods.js';
import { pickText } from '../../data/text.js';
import { money, unitFor } from '../../widgets/common.js';
import { moveOf, sentenceFormat, steadyMove, type LatestChange, type Move, type Point } from '../../widgets/deficit-trend/facts.js';
import type { TrendWording } from '../../widgets/deficit-trend/wording.js';
import { inPeriod, toPeriod, withArticle } from './periods.js';

const STEP: Record<Granularity, string> = { year: 'años', half: 'semestres', quarter: 'trimestres', month: 'meses' };
/** The longer run, in the present perfect ("Se ha ampliado…"); a move without one is no steady run. */
const RUN: Partial<Record<Move, string>> = { widened: 'Se ha ampliado', narrowed: 'Se ha reducido', grew: 'Ha aumentado', shrank: 'Se ha reducido' };

const lowerFirst = (text: string) => text[0]!.toLowerCase() + text.slice(1);
const upperFirst = (text: string) => text[0]!.toUpperCase() + text.slice(1);

/**
 * The subjects, from the series label: "Saldo comercial" gives "el déficit comercial";
 * "Balanza de servicios" gives "el déficit de la balanza de servicios"; any other label
 * the bare words ("el déficit", "el superávit", "el saldo").
 */
function subjects(section: TrendSection) {
  const label = pickText(section.series[0]?.label, 'es').trim();
  const saldo = /^saldo\s+(.+)$/i.exec(label);
  if (saldo) {
    const rest = saldo[1]!;
    return { deficit: `el déficit ${rest}`, surplus: `el superávit ${rest}`, balance: `el saldo ${rest}` };
  }
  if (/^balanza(\s|$)/i.test(label)) {
    const balanza = lowerFirst(label);
    return { deficit: `el déficit de la ${balanza}`, surplus: `el superávit de la ${balanza}`, balance: `la ${balanza}` };
  }
  return { deficit: 'el déficit', surplus: 'el superávit', balance: 'el saldo' };
}

/** "un déficit de 2000 mill. $", "un superávit de…", "un saldo nulo". */
function kind(value: number, fmt: (v: number) => string): string {
  if (value === 0) return 'un saldo nulo';
  return `un ${value < 0 ? 'déficit' : 'superávit'} de ${fmt(value)}`;
}

function summary(section: TrendSection, settings: Settings, points: readonly Point[]): string {
  const { abs, name, when } = sentenceFormat(settings, section, ' (provisional)');
  const s = subjects(section);
  const latest = points.at(-1)!;
  const previous = points.at(-2);
  const now = inPeriod(when(latest.period));
  if (!previous) {
    return latest.value === 0
      ? `${upperFirst(s.balance)} quedó en equilibrio ${now}.`
      : `${upperFirst(s.balance)} registró ${kind(latest.value, abs)} ${now}.`;
  }
  const unit = (v: number) => abs(v, latest.value);
  const move = moveOf(previous.value, latest.value);
  const gap = latest.period.ordinal - previous.period.ordinal > 1;
  const before = `${inPeriod(name(previous.period))}${gap ? ', el último dato publicado' : ''}`;
  const change = unit(latest.value - previous.value);
  const to = unit(latest.value);
  const steps = `${now}, hasta ${to}, frente a ${unit(previous.value)} ${before}.`;
  const swing = `${now}, frente a ${kind(previous.value, abs)} ${before}.`;
  const first: Record<Move, string> = {
    widened: `${upperFirst(s.deficit)} se amplió en ${change} ${steps}`,
    narrowed: `${upperFirst(s.deficit)} se redujo en ${change} ${steps}`,
    grew: `${upperFirst(s.surplus)} aumentó en ${change} ${steps}`,
    shrank: `${upperFirst(s.surplus)} se redujo en ${change} ${steps}`,
    unchanged:
      latest.value === 0
        ? `${upperFirst(s.balance)} quedó en equilibrio ${now}, igual que ${before}.`
        : `${upperFirst(latest.value < 0 ? s.deficit : s.surplus)} se mantuvo en ${to} ${now}, igual que ${before}.`,
    'to-surplus': `${upperFirst(s.balance)} pasó a registrar un superávit de ${to} ${swing}`,
    'to-deficit': `${upperFirst(s.balance)} pasó a registrar un déficit de ${to} ${swing}`,
    'to-zero': `${upperFirst(s.balance)} quedó en equilibrio ${swing}`,
  };
  const sentences = [first[move]];
  const start = points[0]!;
  if (start !== previous) {
    const steady = steadyMove(points);
    const every = points.length === latest.period.ordinal - start.period.ordinal + 1
      ? 'de forma ininterrumpida'
      : `en todos los ${STEP[start.period.granularity]} con datos publicados`;
    const since = withArticle(name(start.period));
    sentences.push(
      steady
        ? `${RUN[steady]} ${every} desde ${since}, cuando se situaba en ${abs(start.value)}.`
        : start.value === 0
          ? `${upperFirst(s.balance)} estaba en equilibrio ${inPeriod(name(start.period))}, el primer dato disponible.`
          : `${upperFirst(s.balance)} registraba ${kind(start.value, abs)} ${inPeriod(name(start.period))}, el primer dato disponible.`,
    );
  }
  return sentences.join(' ');
}

/** ["Se amplió en 770 mill. $", "respecto al segundo semestre de 2024"]. */
function callout(change: LatestChange, settings: Settings): [string, string] {
  const { latest, previous, move } = change;
  const by = money(Math.abs(latest.value - previous.value), settings, unitFor(latest.value, settings));
  const text: Record<Move, string> = {
    widened: `Déficit: se amplió en ${by}`,
    narrowed: `Déficit: se redujo en ${by}`,
    grew: `Superávit: aumentó en ${by}`,
    shrank: `Superávit: se redujo en ${by}`,
    unchanged: 'Sin cambios',
    'to-surplus': 'Pasó a superávit',
    'to-deficit': 'Pasó a déficit',
    'to-zero': 'Quedó en equilibrio',
  };
  return [text[move], `respecto ${toPeriod(periodName(previous.period, settings.lang))}`];
}

export const trend: TrendWording = {
  summary,
  callout,
  key: {
    // Adjectives of "línea" (feminine).
    dashes: ['continua', 'discontinua', 'de puntos'],
    series: (line, first, lines) =>
      `${line ? 'Línea gruesa' : 'Barras'}: ${first} (por debajo de cero, déficit; por encima, superávit). Líneas: ${lines}.`,
    provisionalPoints: 'Los círculos vacíos son datos provisionales.',
    provisionalBars: 'Las barras rayadas son datos provisionales.',
    gaps: 'Franjas sombreadas: no se publicó ningún dato (no es un cero).',
  },
};
