/**
 * The trend's German wording: the summary, the callout by the latest bar and the key.
 * Verbs as the agencies report trade figures: das Defizit "weitete sich aus" /
 * "verringerte sich", der Überschuss "stieg" / "sank", der Saldo "drehte ins Plus" /
 * "rutschte ins Minus"; the previous figure follows with "nach" ("…, nach 3,76 Mrd. $ im
 * 2. Halbjahr 2024"). Part of the German pack (./index.ts), loaded only for a German widget.
 */
import type { Granularity, TrendSection } from '../../data/types.js';
import type { Settings } from '../../base/contracts.js';
import { periodName } from '../../data/periods.js';
import { pickText } from '../../data/text.js';
import { money, unitFor } from '../../widgets/common.js';
import { moveOf, sentenceFormat, steadyMove, type LatestChange, type Move, type Point } from '../../widgets/deficit-trend/facts.js';
import type { TrendWording } from '../../widgets/deficit-trend/wording.js';
import { balancePhrase, kindOf } from './kinds.js';
import { dativePeriod, inPeriod } from './periods.js';

const STEP: Record<Granularity, string> = { year: 'Jahr', half: 'Halbjahr', quarter: 'Quartal', month: 'Monat' };

/** The longer run in the perfect: es (das Defizit) "hat sich ausgeweitet", er (der Überschuss) "ist gestiegen". */
const RUN: Partial<Record<Move, (every: string) => string>> = {
  widened: (every) => `hat es sich ${every} ausgeweitet`,
  narrowed: (every) => `hat es sich ${every} verringert`,
  grew: (every) => `ist er ${every} gestiegen`,
  shrank: (every) => `ist er ${every} gesunken`,
};

/**
 * A one-word label ending in "-bilanz" makes the compounds the press uses:
 * "Handelsbilanz" → "das Handelsbilanzdefizit", "der Handelsbilanzüberschuss", "die
 * Handelsbilanz". Otherwise the plain nouns, and "der Saldo" for the balance.
 */
function subjects(section: TrendSection) {
  const label = pickText(section.series[0]?.label, 'de').trim();
  if (/^\p{Lu}\p{Ll}*bilanz$/u.test(label)) {
    return { deficit: `Das ${label}defizit`, surplus: `Der ${label}überschuss`, balance: `Die ${label}` };
  }
  return { deficit: 'Das Defizit', surplus: 'Der Überschuss', balance: 'Der Saldo' };
}

function summary(section: TrendSection, settings: Settings, points: readonly Point[]): string {
  const { abs, name, when } = sentenceFormat(settings, section, ' (vorläufig)');
  const s = subjects(section);
  const latest = points.at(-1)!;
  const previous = points.at(-2);
  const now = inPeriod(when(latest.period));
  /** "ein Defizit von 2 Mrd. $" in its own unit, in the case asked for. */
  const kind = (value: number, grammaticalCase: 'nominative' | 'accusative' | 'dative') => balancePhrase(kindOf(value), abs(value), grammaticalCase);
  if (!previous) {
    return latest.value === 0 ? `${s.balance} war ${now} ausgeglichen.` : `${s.balance} wies ${now} ${kind(latest.value, 'accusative')} aus.`;
  }
  const unit = (v: number) => abs(v, latest.value);
  const move = moveOf(previous.value, latest.value);
  const gap = latest.period.ordinal - previous.period.ordinal > 1;
  // After a gap the comparison says it is the last published figure.
  const then = `${inPeriod(name(previous.period))}${gap ? ' (zuletzt veröffentlichter Wert)' : ''}`;
  const by = `um ${unit(latest.value - previous.value)} auf ${unit(latest.value)}`;
  const after = `nach ${unit(previous.value)} ${then}`;
  const afterKind = `nach ${kind(previous.value, 'dative')} ${then}`;
  const first: Record<Move, string> = {
    widened: `${s.deficit} weitete sich ${now} ${by} aus, ${after}.`,
    narrowed: `${s.deficit} verringerte sich ${now} ${by}, ${after}.`,
    grew: `${s.surplus} stieg ${now} ${by}, ${after}.`,
    shrank: `${s.surplus} sank ${now} ${by}, ${after}.`,
    unchanged:
      latest.value === 0
        ? `${s.balance} war ${now} ausgeglichen, wie schon ${then}.`
        : `${latest.value < 0 ? s.deficit : s.surplus} lag ${now} unverändert bei ${unit(latest.value)}, wie schon ${then}.`,
    'to-surplus': `${s.balance} drehte ${now} mit einem Überschuss von ${unit(latest.value)} ins Plus, ${afterKind}.`,
    'to-deficit': `${s.balance} rutschte ${now} mit einem Defizit von ${unit(latest.value)} ins Minus, ${afterKind}.`,
    'to-zero': `${s.balance} war ${now} ausgeglichen, ${afterKind}.`,
  };
  const sentences = [first[move]];
  const start = points[0]!;
  if (start !== previous) {
    const steady = steadyMove(points);
    const step = STEP[start.period.granularity];
    const every = points.length === latest.period.ordinal - start.period.ordinal + 1 ? `${step} für ${step}` : `in jedem ${step} mit veröffentlichten Zahlen`;
    const run = steady && RUN[steady];
    sentences.push(
      run
        ? `Seit ${dativePeriod(name(start.period))} (${abs(start.value)}) ${run(every)}.`
        : `Am Anfang der Reihe, ${inPeriod(name(start.period))}, stand ${kind(start.value, 'nominative')}.`,
    );
  }
  return sentences.join(' ');
}

/** ["Defizit um 0,77 Mrd. $ höher", "gegenüber dem 2. Halbjahr 2024"]: chart-note style, no verb. */
function callout(change: LatestChange, settings: Settings): [string, string] {
  const { latest, previous, move } = change;
  const by = money(Math.abs(latest.value - previous.value), settings, unitFor(latest.value, settings));
  const text: Record<Move, string> = {
    widened: `Defizit um ${by} höher`,
    narrowed: `Defizit um ${by} niedriger`,
    grew: `Überschuss um ${by} höher`,
    shrank: `Überschuss um ${by} niedriger`,
    unchanged: 'Unverändert',
    'to-surplus': 'Ins Plus gedreht',
    'to-deficit': 'Ins Minus gerutscht',
    'to-zero': 'Ausgeglichen',
  };
  return [text[move], `gegenüber ${dativePeriod(periodName(previous.period, settings.lang))}`];
}

export const trend: TrendWording = {
  summary,
  callout,
  key: {
    dashes: ['durchgezogen', 'gestrichelt', 'gepunktet'],
    series: (line, first, lines) =>
      `${line ? 'Dicke Linie' : 'Balken'}: ${first} (unterhalb der Nulllinie Defizit, oberhalb Überschuss). Linien: ${lines}.`,
    provisionalPoints: 'Offene Kreise: vorläufige Werte.',
    provisionalBars: 'Schraffierte Balken: vorläufige Werte.',
    gaps: 'Schattierte Felder: kein Wert veröffentlicht (nicht null).',
  },
};
