/**
 * The driver breakdown's wording: what it says (`DriverWording`), in English here; other
 * languages' come with their packs (src/languages/). Plain text, never markup.
 */
import type { Settings } from '../../base/contracts.js';
import { packPart } from '../../format/packs.js';
import { signedMoney, upperFirst } from '../common.js';
import type { BridgeLabels } from './model.js';

export type Kind = 'deficit' | 'surplus' | 'balance';

/** The summary's sentences in one language; amounts come formatted, without a sign. */
export interface DriverSentences {
  /** The category whose balance changed sign moved most. */
  readonly swung: (label: string, when: string, was: Kind, previous: string, is: Kind, value: string) => string;
  /** The category whose balance grew or shrank most. */
  readonly moved: (label: string, when: string, is: Kind, grew: boolean, change: string, value: string) => string;
  /** Nothing changed and every category is at zero. */
  readonly balanced: (when: string) => string;
  /** Nothing changed: the largest balance. */
  readonly largest: (label: string, when: string, kind: Kind, amount: string) => string;
  /** The derived "Other": what the categories listed add up to, the published total, and it. */
  readonly other: (label: string, when: string, listed: Amount, total: Amount, value: Amount) => string;
}

/** An amount without its sign, and its kind. */
export interface Amount {
  readonly kind: Kind;
  readonly amount: string;
}

/** The widget's words in one language. */
export interface DriverWording {
  readonly sentences: DriverSentences;
  /** The bridge's first and last bars and its residual. */
  readonly bridge: (before: string, now: string) => BridgeLabels;
  /** A change that rounds to zero. */
  readonly noChange: string;
  /** A signed, non-zero change in `unit` (`short`: for labels beside the value). */
  readonly change: (change: number, settings: Settings, unit: number, short: boolean) => string;
  readonly balanceKey: (before: string, now: string, hasChildren: boolean) => string;
  readonly bridgeKey: (before: string, now: string, hasChildren: boolean) => string;
  /** Residual notes: categories missing one period, a sum that is not the published total, the note. */
  readonly unknownChange: (labels: string) => string;
  readonly mismatch: (period: string, sum: string, total: string) => string;
  readonly residual: (parts: string) => string;
  /** A row that is part of the row above. */
  readonly ofWhich: (label: string) => string;
  /** What the derived "Other" row is, in its tooltip and the key. */
  readonly otherNote: string;
  /** Marks the derived bar in the key: it is hatched. */
  readonly hatched: string;
}

/** "a €1.2B deficit", "a €1.2B surplus", "zero". */
const amountEn = ({ kind, amount }: Amount) => (kind === 'balance' ? 'zero' : `a ${amount} ${kind}`);

/** English: the words of every breakdown without a pack for its language. */
export const englishDrivers: DriverWording = {
  sentences: {
    swung: (label, when, was, previous, is, value) =>
      `${upperFirst(label)} moved most in ${when}: it swung from ${was === 'balance' ? 'balance' : `a ${was} of ${previous}`} to ${is === 'balance' ? 'balance' : `a ${is} of ${value}`}.`,
    moved: (label, when, is, grew, change, value) =>
      `${upperFirst(label)} moved most in ${when}: the ${is} ${is === 'deficit' ? (grew ? 'widened' : 'narrowed') : grew ? 'grew' : 'shrank'} by ${change} to ${value}.`,
    balanced: (when) => `Every category was in balance in ${when}.`,
    largest: (label, when, kind, amount) => `${upperFirst(label)} was the largest item in ${when}: a ${kind} of ${amount}.`,
    other: (label, when, listed, total, value) =>
      `In ${when} the categories listed add up to ${amountEn(listed)} and the published total is ${amountEn(total)}, so ${label}, ${amountEn(value)}, is derived as the difference.`,
  },
  bridge: (before, now) => ({
    start: `${before} total`,
    end: `${now} total`,
    rounding: 'Rounding',
    missing: (labels) => `No change known: ${labels.join(', ')}`,
    other: 'Other',
  }),
  noChange: 'no change',
  change: (change, settings, unit) => signedMoney(change, settings, unit),
  balanceKey: (before, now, hasChildren) =>
    `Bars: ${now}. Ticks: ${before}. In brackets: the change from ${before}.${hasChildren ? ' Indented rows are “of which” items, part of the row above (not added).' : ''}`,
  bridgeKey: (before, now, hasChildren) =>
    `From the ${before} total to the ${now} total, one step per category.${hasChildren ? ' “Of which” items are not steps.' : ''}`,
  unknownChange: (labels) => `${labels}: no figure for one of the two periods, so no change to show`,
  mismatch: (period, sum, total) => `${period}: the categories add up to ${sum}, the published total is ${total}`,
  residual: (parts) => `Residual step: ${parts}.`,
  ofWhich: (label) => `of which: ${label}`,
  otherNote: 'the published total minus the categories listed',
  hatched: 'hatched',
};

/** The wording in `lang`: its pack's, English when it has none. */
export function driverWording(lang: string): DriverWording {
  return packPart<DriverWording>(lang, 'drivers') ?? englishDrivers;
}
