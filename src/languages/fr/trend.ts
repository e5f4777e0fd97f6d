/**
 * The trend's French wording: the summary, the callout by the latest bar and the key, in
 * the register of AFP's trade dispatches ("le déficit s’est creusé de…, à…, contre…").
 * Part of the French pack (./index.ts), loaded only for a French widget.
 */
import type { Granularity, TrendSection } from '../../data/types.js';
import type { Settings } from '../../base/contracts.js';
import { periodName } from '../../data/periods.js';
import { pickText } from '../../data/text.js';
import { money, unitFor } from '../../widgets/common.js';
import { moveOf, sentenceFormat, steadyMove, type LatestChange, type Move, type Point } from '../../widgets/deficit-trend/facts.js';
import type { TrendWording } from '../../widgets/deficit-trend/wording.js';
import { atPeriod, capitalise, COLON, elidedDe, sincePeriod, versusPeriod } from './grammar.js';

const STEP: Record<Granularity, string> = { year: 'chaque année', half: 'chaque semestre', quarter: 'chaque trimestre', month: 'chaque mois' };
const RUN: Partial<Record<Move, string>> = { widened: 's’est creusé', narrowed: 's’est réduit', grew: 'a augmenté', shrank: 'a diminué' };
// "Balance commerciale" names "le déficit commercial": the adjective follows the masculine noun.
const MASCULINE: Readonly<Record<string, string>> = { commerciale: 'commercial', courante: 'courant', extérieure: 'extérieur' };

/** What follows "le déficit" from a label "Solde des services…" / "Balance commerciale"; '' otherwise. */
function complement(section: TrendSection): string {
  const label = pickText(section.series[0]?.label, 'fr').trim();
  const m = /^(solde|balance)\s+(.+)$/i.exec(label);
  if (!m) return '';
  const rest = m[2]!;
  if (/^(des|du|de|d['’])\s?/i.test(rest)) return rest.replace(/^d'/i, 'd’');
  if (/^solde$/i.test(m[1]!) && !/\s/.test(rest)) return rest;
  return MASCULINE[rest.toLocaleLowerCase('fr')] ?? '';
}

/** "le déficit des services de la connaissance", "l’excédent commercial"; the bare words without a label. */
function subjects(section: TrendSection) {
  const more = complement(section);
  const tail = more ? ` ${more}` : '';
  return { deficit: `le déficit${tail}`, surplus: `l’excédent${tail}`, balance: `le solde${tail}` };
}

/** "un déficit de 1,11 Md$", "un excédent de 180 M$", "l’équilibre". */
function kind(value: number, fmt: (v: number) => string): string {
  if (value === 0) return 'l’équilibre';
  return `un ${value < 0 ? 'déficit' : 'excédent'} de ${fmt(value)}`;
}

function summary(section: TrendSection, settings: Settings, points: readonly Point[]): string {
  const { abs, name, when } = sentenceFormat(settings, section, ' (provisoire)');
  const s = subjects(section);
  const latest = points.at(-1)!;
  const previous = points.at(-2);
  const now = atPeriod(when(latest.period));
  if (!previous) {
    return `${capitalise(s.balance)} ${latest.value === 0 ? 'était à l’équilibre' : `a affiché ${kind(latest.value, abs)}`} ${now}.`;
  }
  const unit = (v: number) => abs(v, latest.value);
  const move = moveOf(previous.value, latest.value);
  const gap = latest.period.ordinal - previous.period.ordinal > 1;
  const then = atPeriod(name(previous.period));
  const last = gap ? ', dernier chiffre publié' : '';
  const change = unit(latest.value - previous.value);
  const to = unit(latest.value);
  const versus = `${now}, à ${to}, contre ${unit(previous.value)} ${then}${last}.`;
  // A sign change states no amount of change: each value keeps its own unit.
  const swing = (next: string) => `${capitalise(s.balance)} est passé ${elidedDe(kind(previous.value, abs))} ${then}${last ? `${last},` : ''} à ${next} ${now}.`;
  const first: Record<Move, string> = {
    widened: `${capitalise(s.deficit)} s’est creusé de ${change} ${versus}`,
    narrowed: `${capitalise(s.deficit)} s’est réduit de ${change} ${versus}`,
    grew: `${capitalise(s.surplus)} a augmenté de ${change} ${versus}`,
    shrank: `${capitalise(s.surplus)} a diminué de ${change} ${versus}`,
    unchanged:
      latest.value === 0
        ? `${capitalise(s.balance)} est resté à l’équilibre ${now}, comme ${then}${last}.`
        : `${capitalise(latest.value < 0 ? s.deficit : s.surplus)} est resté stable à ${to} ${now}, comme ${then}${last}.`,
    'to-surplus': swing(`un excédent de ${to}`),
    'to-deficit': swing(`un déficit de ${to}`),
    'to-zero': `${capitalise(s.balance)} est revenu à l’équilibre ${now}, après ${kind(previous.value, abs)} ${then}${last}.`,
  };
  const sentences = [first[move]];
  const start = points[0]!;
  if (start !== previous) {
    const steady = steadyMove(points);
    const every = points.length === latest.period.ordinal - start.period.ordinal + 1 ? STEP[start.period.granularity] : 'd’un chiffre publié à l’autre';
    sentences.push(
      steady
        ? `Il ${RUN[steady]} ${every} ${sincePeriod(name(start.period))} (${abs(start.value)}).`
        : `${capitalise(atPeriod(name(start.period)))}, premier chiffre disponible, ${s.balance} ${start.value === 0 ? 'était à l’équilibre' : `affichait ${kind(start.value, abs)}`}.`,
    );
  }
  return sentences.join(' ');
}

/** ["Déficit en hausse de 0,77 Md$", "par rapport au 2e semestre 2024"]. */
function callout(change: LatestChange, settings: Settings): [string, string] {
  const { latest, previous, move } = change;
  const by = money(Math.abs(latest.value - previous.value), settings, unitFor(latest.value, settings));
  const text: Record<Move, string> = {
    widened: `Déficit en hausse de ${by}`,
    narrowed: `Déficit en baisse de ${by}`,
    grew: `Excédent en hausse de ${by}`,
    shrank: `Excédent en baisse de ${by}`,
    unchanged: 'Stable',
    'to-surplus': 'Passage à l’excédent',
    'to-deficit': 'Passage au déficit',
    'to-zero': 'Retour à l’équilibre',
  };
  return [text[move], versusPeriod(periodName(previous.period, settings.lang))];
}

export const trend: TrendWording = {
  summary,
  callout,
  key: {
    dashes: ['trait plein', 'tirets', 'pointillés'],
    series: (line, first, lines) =>
      `${line ? 'Trait épais' : 'Barres'}${COLON} ${first} (déficit sous zéro, excédent au-dessus). Lignes${COLON} ${lines}.`,
    provisionalPoints: 'Les cercles vides signalent des chiffres provisoires.',
    provisionalBars: 'Les barres hachurées signalent des chiffres provisoires.',
    gaps: `Zones grisées${COLON} aucun chiffre publié (et non un solde nul).`,
  },
};
