/**
 * The trend's wording: what it says (`TrendWording`), in English here; other languages'
 * come with their packs (src/languages/).
 */
import type { Granularity, TrendSection } from '../../data/types.js';
import type { Settings } from '../../base/contracts.js';
import { periodName } from '../../data/periods.js';
import { pickText } from '../../data/text.js';
import { money, unitFor } from '../common.js';
import { packPart } from '../../format/packs.js';
import { moveOf, sentenceFormat, steadyMove, type LatestChange, type Move, type Point } from './facts.js';

/** The widget's wording in one language. */
export interface TrendWording {
  readonly summary: (section: TrendSection, settings: Settings, points: readonly Point[]) => string;
  readonly callout: (change: LatestChange, settings: Settings) => [string, string];
  readonly key: KeyWords;
}

/** Words of the key under the chart. */
export interface KeyWords {
  /** How the second, third and fourth series' lines are drawn. */
  readonly dashes: readonly [string, string, string];
  readonly series: (line: boolean, first: string, lines: string) => string;
  readonly provisionalPoints: string;
  readonly provisionalBars: string;
  readonly gaps: string;
}

const LATIN = /^[\x20-\x7E\u2019\u2010-\u2014]+$/;
// Words kept capitalised at the start of a label: proper adjectives (Korean, Japanese,
// British, French), possessives (Korea's) and words with capitals inside (US, OECD).
const PROPER = /^(?:[A-Z][a-z]*(?:an|ese|ish|ch)|.*['\u2019].*|.+[A-Z].*)$/;

/** The label before "balance", lower-cased unless a proper word; undefined when it does not end in "balance". */
function labelStem(section: TrendSection): string | undefined {
  const series = section.series[0];
  if (!series) return undefined;
  const label = pickText(series.label, 'en').trim();
  if (!LATIN.test(label) || !/(^|\s)balance$/i.test(label)) return undefined;
  const stem = label.replace(/\s*balance$/i, '');
  if (!stem) return '';
  const [word = ''] = stem.split(' ');
  return PROPER.test(word) ? stem : stem[0]!.toLowerCase() + stem.slice(1);
}

/** "The knowledge-services deficit"; the bare word without a usable label. */
function subjects(section: TrendSection) {
  const stem = labelStem(section);
  const head = stem ? `The ${stem} ` : 'The ';
  return { deficit: `${head}deficit`, surplus: `${head}surplus`, balance: `${head}balance` };
}

const STEP_EN: Record<Granularity, string> = { year: 'year', half: 'half-year', quarter: 'quarter', month: 'month' };

/** Participles for the longer run ("It has widened…"); a move without one is no steady run. */
const RUN_EN: Partial<Record<Move, string>> = { widened: 'widened', narrowed: 'narrowed', grew: 'grown', shrank: 'shrunk' };

function kindEn(value: number, fmt: (v: number) => string): string {
  if (value === 0) return 'zero';
  return `a ${value < 0 ? 'deficit' : 'surplus'} of ${fmt(value)}`;
}

function sentenceEn(section: TrendSection, settings: Settings, points: readonly Point[]): string {
  const { abs, name, when } = sentenceFormat(settings, section, ' (provisional)');
  const s = subjects(section);
  const latest = points.at(-1)!;
  const previous = points.at(-2);
  if (!previous) {
    return latest.value === 0
      ? `${s.balance} was zero in ${when(latest.period)}.`
      : `${s.balance} was ${kindEn(latest.value, abs)} in ${when(latest.period)}.`;
  }
  const unit = (v: number) => abs(v, latest.value);
  const move = moveOf(previous.value, latest.value);
  const gap = latest.period.ordinal - previous.period.ordinal > 1;
  const from = `${name(previous.period)}${gap ? ', the last published figure' : ''}`;
  const change = unit(latest.value - previous.value);
  const to = unit(latest.value);
  const first: Record<Move, string> = {
    widened: `${s.deficit} widened by ${change} to ${to} in ${when(latest.period)}, from ${unit(previous.value)} in ${from}.`,
    narrowed: `${s.deficit} narrowed by ${change} to ${to} in ${when(latest.period)}, from ${unit(previous.value)} in ${from}.`,
    grew: `${s.surplus} grew by ${change} to ${to} in ${when(latest.period)}, from ${unit(previous.value)} in ${from}.`,
    shrank: `${s.surplus} shrank by ${change} to ${to} in ${when(latest.period)}, from ${unit(previous.value)} in ${from}.`,
    unchanged:
      latest.value === 0
        ? `${s.balance} was zero in ${when(latest.period)}, as in ${from}.`
        : `${latest.value < 0 ? s.deficit : s.surplus} was unchanged at ${to} in ${when(latest.period)}, as in ${from}.`,
    'to-surplus': `${s.balance} turned to a surplus of ${to} in ${when(latest.period)}, from ${kindEn(previous.value, abs)} in ${from}.`,
    'to-deficit': `${s.balance} turned to a deficit of ${to} in ${when(latest.period)}, from ${kindEn(previous.value, abs)} in ${from}.`,
    'to-zero': `${s.balance} came to zero in ${when(latest.period)}, from ${kindEn(previous.value, abs)} in ${from}.`,
  };
  const sentences = [first[move]];
  const start = points[0]!;
  if (start !== previous) {
    const steady = steadyMove(points);
    const step = STEP_EN[start.period.granularity];
    const every = points.length === latest.period.ordinal - start.period.ordinal + 1 ? `every ${step}` : `in every ${step} with a published figure`;
    sentences.push(
      steady
        ? `It has ${RUN_EN[steady]} ${every} since ${name(start.period)}, when it was ${abs(start.value)}.`
        : `It was ${kindEn(start.value, abs)} in ${name(start.period)}, the earliest figure.`,
    );
  }
  return sentences.join(' ');
}

function calloutEn(change: LatestChange, settings: Settings): [string, string] {
  const { latest, previous, move } = change;
  const by = money(Math.abs(latest.value - previous.value), settings, unitFor(latest.value, settings));
  const text: Record<Move, string> = {
    widened: `Widened by ${by}`,
    narrowed: `Narrowed by ${by}`,
    grew: `Grew by ${by}`,
    shrank: `Shrank by ${by}`,
    unchanged: 'Unchanged',
    'to-surplus': 'Turned to surplus',
    'to-deficit': 'Turned to deficit',
    'to-zero': 'Came to zero',
  };
  return [text[move], `from ${periodName(previous.period, settings.lang)}`];
}

/** English: the words of every trend without a pack for its language. */
export const englishTrend: TrendWording = {
  summary: sentenceEn,
  callout: calloutEn,
  key: {
    dashes: ['solid', 'dashed', 'dotted'],
    series: (line, first, lines) => `${line ? 'Thick line' : 'Bars'}: ${first} (below zero a deficit, above zero a surplus). Lines: ${lines}.`,
    provisionalPoints: 'Open circles are provisional figures.',
    provisionalBars: 'Hatched bars are provisional figures.',
    gaps: 'Shaded slots: no figure was published (not zero).',
  },
};

/** The wording in `lang`: its pack's, English when it has none. */
export function trendWording(lang: string): TrendWording {
  return packPart<TrendWording>(lang, 'trend') ?? englishTrend;
}
