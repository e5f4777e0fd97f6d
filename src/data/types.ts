/**
 * The dataset after parsing and validation: what every widget, option builder and
 * summary works from. The raw JSON shape (dataset v1) is described in README and
 * `data/dataset.schema.json`; this is its normalised form.
 */

/**
 * A language the widgets speak: a BCP 47 tag (`en`, `ko-KR`, `ar-EG-u-nu-latn`) that has a
 * pack on the page, or `en`.
 */
export type Lang = string;

/** A text in one or more languages, keyed by primary language subtag. */
export type LocalText = Readonly<Record<string, string>>;

/** ISO 4217 code, e.g. `USD`, `KRW`. */
export type CurrencyCode = string;

/**
 * An amount in absolute currency units (already multiplied by the dataset's scale),
 * one entry per currency the source gave. `-45.3` at scale `1e8` USD is `{ USD: -4.53e9 }`.
 */
export type Money = Readonly<Record<CurrencyCode, number>>;

export type Granularity = 'year' | 'half' | 'quarter' | 'month';

export interface Period {
  /** The code as written in the data: `2025`, `2025H1`, `2025Q3`, `2025-07`. */
  readonly code: string;
  readonly granularity: Granularity;
  readonly year: number;
  /** 1-based half, quarter or month; 1 for a year. */
  readonly part: number;
  /**
   * Position on a continuous axis of this granularity (year*2+half-1 for halves, ...),
   * so that periods absent from the data are visible as distance, not hidden.
   */
  readonly ordinal: number;
}

export interface Source {
  readonly name?: LocalText;
  /** Only `http:` / `https:` URLs survive validation. */
  readonly url?: string;
}

/** The texts around a figure: `meta`'s, and any section's own (which win for its widget). */
export interface Texts {
  readonly title?: LocalText;
  readonly description?: LocalText;
  readonly source?: Source;
  readonly notes?: LocalText;
}

export interface Meta extends Texts {
  /** Who made the chart ("Graphic: The Daily"), written on a downloaded PNG. */
  readonly credit?: LocalText;
  /** Currencies in the dataset, the default first. */
  readonly currencies: readonly CurrencyCode[];
}

export interface TrendSeries {
  readonly id: string;
  readonly label: LocalText;
  /** One per period; `null` is a gap (not published), never zero. */
  readonly values: readonly (Money | null)[];
}

export interface Annotation {
  readonly period: string;
  readonly text: LocalText;
}

export interface TrendSection extends Texts {
  readonly periods: readonly Period[];
  readonly series: readonly TrendSeries[];
  /** Period codes whose figures are provisional. */
  readonly provisional: readonly string[];
  readonly annotations: readonly Annotation[];
}

export interface DriverItem {
  readonly id: string;
  readonly label: LocalText;
  /** The label as a sentence writes it ("the United States"); the axis keeps `label`. */
  readonly inSentence?: LocalText;
  readonly value: Money | null;
  readonly previousValue: Money | null;
  /** "Of which" items: shown under their parent, never summed. */
  readonly children: readonly DriverItem[];
}

export interface DriversSection extends Texts {
  readonly period: Period;
  readonly previous?: Period;
  /** The published total for `period`, when known. */
  readonly total: Money | null;
  readonly previousTotal: Money | null;
  readonly items: readonly DriverItem[];
  /** Codes of `period` / `previous` whose figures are provisional. */
  readonly provisional: readonly string[];
}

export interface Segment {
  readonly id: string;
  readonly label: LocalText;
}

export interface RegionItem {
  readonly id: string;
  readonly label: LocalText;
  /** The label as a sentence writes it ("the United States"); the axis keeps `label`. */
  readonly inSentence?: LocalText;
  readonly value: Money | null;
  /** Per segment id; a missing or null segment value is a gap. */
  readonly values?: Readonly<Record<string, Money | null>>;
  /** Computed by the publisher from other figures (e.g. total minus the rest). */
  readonly derived: boolean;
  readonly note?: LocalText;
}

export interface RegionsSection extends Texts {
  readonly period: Period;
  readonly total: Money | null;
  readonly items: readonly RegionItem[];
  readonly segments: readonly Segment[];
  /** `[period.code]` when its figures are provisional, else empty. */
  readonly provisional: readonly string[];
}

export type SectionKey = 'trend' | 'drivers' | 'regions';

/** Each section's type by its key. */
export type Sections = { [K in SectionKey]: NonNullable<Dataset[K]> };

export interface Dataset {
  readonly meta: Meta;
  readonly trend?: TrendSection;
  readonly drivers?: DriversSection;
  readonly regions?: RegionsSection;
  /**
   * What the reading noticed that may be wrong but did not stop it, each a plain sentence
   * for an editor saying what to fix; empty when none. Not enumerable: the dataset's keys
   * are its data (`meta` and sections), and comparing two datasets compares their data.
   */
  readonly warnings: readonly string[];
}

/** How to read numbers that come without `meta` (bare sections, CSV, tables). */
export interface ReadContext {
  /** Currency of plain numbers; default `USD`. */
  readonly currency: CurrencyCode;
  /**
   * Unit of plain numbers; `1e8` when they are in 억 달러. Default `1`; left out when the
   * `scale` attribute is not set, so that small numbers with no unit can be warned about.
   */
  readonly scale?: number | undefined;
  /** The section a bare (non-full) document is, i.e. the widget's section. */
  readonly section: SectionKey;
  /**
   * The name of that section in a full dataset when it differs (the `section`
   * attribute: `ipTrend` is read as a `trend`); absent names are ignored.
   */
  readonly name?: string | undefined;
}

/**
 * A failure with its cause named: the message is for the editor (the `chart-error` event,
 * the console, the figure in `debug` mode); readers see a short sentence in their language.
 */
export class DataError extends Error {
  override readonly name = 'DataError';
  /** The HTTP status of an `http` failure. */
  readonly status: number | undefined;
  constructor(
    message: string,
    readonly kind: 'http' | 'timeout' | 'network' | 'parse' | 'schema' | 'content-type' | 'empty' | 'input',
    options?: { cause?: unknown; status?: number },
  ) {
    super(message, options);
    this.status = options?.status;
  }
}

/** True for a failure that trying again may cure: a network error, a timeout, an HTTP 5xx. */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof DataError)) return false;
  return error.kind === 'network' || error.kind === 'timeout' || (error.kind === 'http' && (error.status ?? 0) >= 500);
}
