/**
 * CSV files and `<table>` children share one path: rows of cell text become a RAW
 * bare section, which `normaliseDataset` then validates like any JSON.
 * `readTable` and `parseCsv` check every number and period cell as they read it, so
 * a bad cell is reported by row and column, as the user typed it:
 * `row 4 ("Patents"), column "2025H1": expected a number, got "3,O"`.
 * `rowsToSection` alone leaves bad cells as text, for validation to report by path.
 *
 * Mapping (docs/data-format.md, "Tables and CSV"):
 * - trend: first column periods (codes or printed names: "H1 2025", "2025년 상반기"),
 *   each further column a series labelled by its header.
 * - drivers: columns label, value, previous value. The two period headers are told
 *   apart by their order (the later one is the value), else the value column's header
 *   or the corner cell names the period. A row whose label starts with `·`, `•`, `-`,
 *   `–`, `—` or with whitespace (CSV spaces; in a table, `&nbsp;` or U+3000,
 *   since markup indentation is not an indent) is a child ("of which") of the top
 *   row above it.
 * - regions: label and value (value header, else corner, names the period); with
 *   more than two columns, one column per segment (headers are segment labels) and
 *   the corner cell names the period.
 * - drivers and regions: a row labelled Total / Sum / 합계 / 총계 / 계 / 전체 gives
 *   the published total instead of an item.
 * - a period cell or header marked provisional (`2025H1*`, `H1 2025 (p)`) lists its
 *   period in the section's `provisional`.
 */
import { decimalMarkOf, parseCell, stripProvisionalMark, type DecimalMark } from './cells.js';
import { parseBuiltInPeriodName } from './period-names.js';
import { parsePeriodName } from './periods.js';
import { DataError, type Period, type SectionKey } from './types.js';
import { slug } from './validate.js';

export { parseCell } from './cells.js';

/**
 * A cell's text in a message, quoted and cut at 40 characters. (Like `describeValue` and
 * `granularityName`, kept here: importing them would add exports to the runtime chunk
 * that every page loads, for the tables chunk alone.)
 */
const quote = (text: string): string => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);

const PERIOD_EXPECTED = 'expected a period such as 2025, 2025H1, H1 2025, 2025Q3 or 2025-07';

const CHILD_MARK = /^(?:\s|[·•∙\-–—])/;
const TOTAL = /^(?:total|sum|합계|총계|계|전체)$/i;

function label(text: string): string {
  return text.replace(/^[\s·•∙\-–—]+/, '').trim();
}

interface PeriodCell extends Period {
  readonly provisional: boolean;
}

/**
 * A period from a cell, also when marked provisional ("2025H1*", "H1 2025 (p)") or
 * when the name carries a unit: "H1 2025 (USD 100m)".
 */
function periodOf(text: string | undefined): PeriodCell | undefined {
  if (text === undefined) return undefined;
  const { text: unmarked, provisional } = stripProvisionalMark(text);
  const bare = unmarked.replace(/\(.*?\)|\[.*?\]/g, '');
  const period = parsePeriodName(unmarked) ?? parsePeriodName(bare) ?? parseBuiltInPeriodName(unmarked) ?? parseBuiltInPeriodName(bare);
  return period ? { ...period, provisional } : undefined;
}

/** How cells are read: the file's decimal mark, and whether a bad cell stops the reading. */
interface ReadOptions {
  readonly decimal?: DecimalMark;
  /** Report a cell that is no number or no period by row and column (else leave its text). */
  readonly strict?: boolean;
}

/** Rows of cell text with the row numbers the user sees, and how to read a cell. */
class Sheet {
  readonly width: number;
  constructor(
    readonly head: readonly string[],
    readonly body: readonly (readonly string[])[],
    /** Row numbers as the user counts them (1 = the first row of the file or table): the header's, then each body row's. */
    private readonly numbers: readonly number[],
    private readonly decimal: DecimalMark,
    private readonly strict: boolean,
  ) {
    this.width = Math.max(head.length, ...body.map((r) => r.length));
  }

  cell(i: number, j: number): string {
    return this.body[i]?.[j] ?? '';
  }

  /** Body cell (i, j) as a number or a gap; strict: anything else is an error naming it. */
  number(i: number, j: number): number | string | null {
    const value = parseCell(this.cell(i, j), this.decimal);
    if (typeof value === 'string' && this.strict) this.fail(i, j, 'expected a number', value);
    return value;
  }

  /** The period of a body cell (its code), or its text when it is none and not strict. */
  period(i: number, j: number): PeriodCell | string {
    const period = periodOf(this.cell(i, j));
    if (period) return period;
    const text = this.cell(i, j).trim();
    if (this.strict) this.fail(i, j, PERIOD_EXPECTED, text);
    return text;
  }

  /** The period named by header cell `j`, else by the corner cell; else (strict) an error at `j`. */
  headerPeriod(j: number): PeriodCell | string {
    const period = periodOf(this.head[j]) ?? periodOf(this.head[0]);
    if (period) return period;
    const text = (this.head[j] ?? '').trim();
    if (this.strict) this.fail(-1, j, `${PERIOD_EXPECTED} in this header or the first`, text);
    return text;
  }

  /** Strict: the first column's periods are of one granularity and increase, else the row that breaks it. */
  checkOrder(periods: readonly (PeriodCell | string)[]): void {
    if (!this.strict) return;
    const first = periods.find((p): p is PeriodCell => typeof p === 'object');
    periods.forEach((p, i) => {
      const prev = periods[i - 1];
      if (typeof p !== 'object' || !first) return;
      const typed = this.cell(i, 0).trim();
      if (p.granularity !== first.granularity) {
        this.fail(i, 0, `expected a ${first.granularity === 'half' ? 'half-year' : first.granularity} period like the first row's (one granularity per table)`, typed);
      }
      if (typeof prev === 'object' && p.ordinal <= prev.ordinal) {
        this.fail(i, 0, `expected a period after ${quote(this.cell(i - 1, 0).trim())} (periods increasing down the rows)`, typed);
      }
    });
  }

  /** `row 4 ("Patents"), column "2025H1": expected …, got "3,O"`; row -1 is the header. */
  fail(i: number, j: number, expected: string, got: string): never {
    const tidy = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
    const rowLabel = i < 0 ? ' (the header)' : j > 0 && tidy(this.body[i]?.[0]) ? ` (${quote(tidy(this.body[i]?.[0]))})` : '';
    const column = i >= 0 && tidy(this.head[j]) ? quote(tidy(this.head[j])) : String(j + 1);
    throw new DataError(`row ${this.numbers[i + 1] ?? i + 2}${rowLabel}, column ${column}: ${expected}, got ${quote(got)}`, 'schema');
  }
}

/** The section's `provisional` list, when any period is marked. */
function provisionalOf(periods: readonly (PeriodCell | string | undefined)[]): { provisional?: string[] } {
  const codes = periods.filter((p): p is PeriodCell => typeof p === 'object' && p.provisional).map((p) => p.code);
  return codes.length ? { provisional: [...new Set(codes)] } : {};
}

const codeOf = (p: PeriodCell | string): string => (typeof p === 'string' ? p : p.code);

function trendFrom(sheet: Sheet): unknown {
  const periods = sheet.body.map((_, i) => sheet.period(i, 0));
  sheet.checkOrder(periods);
  const series = [];
  for (let j = 1; j < sheet.width; j++) {
    const name = (sheet.head[j] ?? '').trim();
    series.push({ ...(name ? { label: name } : {}), values: sheet.body.map((_, i) => sheet.number(i, j)) });
  }
  // A cell that is no period stays as written, so the error quotes it.
  return { periods: periods.map(codeOf), series, ...provisionalOf(periods) };
}

/** The value and previous columns: 1 and 2, unless both headers are periods and the second is the later. */
function driverColumns(head: readonly string[]): [value: number, previous: number] {
  const [a, b] = [periodOf(head[1]), periodOf(head[2])];
  return a && b && a.granularity === b.granularity && b.ordinal > a.ordinal ? [2, 1] : [1, 2];
}

function driversFrom(sheet: Sheet): unknown {
  const [valueAt, previousAt] = driverColumns(sheet.head);
  const period = sheet.headerPeriod(valueAt);
  const previous = periodOf(sheet.head[previousAt]);
  const section: Record<string, unknown> = { period: codeOf(period), ...provisionalOf([period, previous]) };
  if (previous) section['previous'] = previous.code;
  type Row = { label: string; value: unknown; previousValue?: unknown; children?: Row[] };
  const items: Row[] = [];
  sheet.body.forEach((r, i) => {
    const row: Row = { label: label(r[0] ?? ''), value: sheet.number(i, valueAt) };
    if (r.length > 2) row.previousValue = sheet.number(i, previousAt);
    if (TOTAL.test(row.label)) {
      section['total'] = row.value;
      if ('previousValue' in row) section['previousTotal'] = row.previousValue;
      return;
    }
    const parent = items[items.length - 1];
    if (parent && CHILD_MARK.test(r[0] ?? '')) (parent.children ??= []).push(row);
    else items.push(row);
  });
  section['items'] = items;
  return section;
}

function regionsFrom(sheet: Sheet): unknown {
  const segmented = sheet.width > 2;
  const period = segmented ? sheet.headerPeriod(0) : sheet.headerPeriod(1);
  const section: Record<string, unknown> = { period: codeOf(period), ...provisionalOf([period]) };
  const segments = segmented
    ? sheet.head.slice(1, sheet.width).map((h, j) => ({ id: slug(h) || `segment-${j + 1}`, label: h.trim() }))
    : [];
  const items = [];
  for (const [i, r] of sheet.body.entries()) {
    const name = label(r[0] ?? '');
    if (segmented) {
      const values = Object.fromEntries(segments.map((s, j) => [s.id, sheet.number(i, j + 1)]));
      if (TOTAL.test(name)) continue; // a per-segment total row: the items carry the figures
      items.push({ label: name, values });
    } else {
      const value = sheet.number(i, 1);
      if (TOTAL.test(name)) section['total'] = value;
      else items.push({ label: name, value });
    }
  }
  section['items'] = items;
  if (segmented) section['segments'] = segments;
  return section;
}

/** How each section is read from a sheet: a new section must say how. */
const SECTION_FROM_ROWS: Record<SectionKey, (sheet: Sheet) => unknown> = {
  trend: trendFrom,
  drivers: driversFrom,
  regions: regionsFrom,
};

/**
 * Turns rows of cell text (the first row the header) into a RAW bare section of
 * kind `section`, to be validated by `normaliseDataset`. Blank rows are skipped.
 * `numbers` are the rows' numbers as the user counts them (default: 1, 2, 3, …).
 * The decimal mark is the file's (`options.decimal`), else read from its cells.
 */
export function rowsToSection(
  rows: readonly (readonly string[])[],
  section: SectionKey,
  options: ReadOptions = {},
  numbers: readonly number[] = rows.map((_, i) => i + 1),
): unknown {
  const kept = rows
    .map((r, i) => ({ cells: r.map((c) => (typeof c === 'string' ? c : '')), number: numbers[i] ?? i + 1 }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [head = [], ...body] = kept.map((r) => r.cells);
  const decimal = options.decimal ?? decimalMarkOf(body.flatMap((r) => r.slice(1)), '.');
  const sheet = new Sheet(head, body, kept.map((r) => r.number), decimal, options.strict ?? false);
  return SECTION_FROM_ROWS[section](sheet);
}

/**
 * Parses CSV text (delimiter detected: `,`, `;`, tab, ...) into a RAW bare
 * section, checking each cell by row and column. A byte-order mark and CRLF line ends
 * (Excel's) are fine. The decimal mark is the file's: a point in a `,` file; in a `;`
 * or tab file, the mark its numbers show (`-3,0` or `45.3`), a comma when they show
 * neither (Excel's export in most of Europe). papaparse is imported on first use, so
 * pages without CSV never load it.
 * @throws {DataError} kind `empty` for blank text; kind `parse` naming the row;
 *   kind `schema` naming the row and column of a bad cell.
 */
export async function parseCsv(text: string, section: SectionKey, what = 'CSV'): Promise<unknown> {
  const source = text.replace(/^\uFEFF/, '');
  if (source.trim() === '') throw new DataError(`${what}: no data (the text is empty)`, 'empty');
  const { default: Papa } = await import('papaparse');
  // The delimiter is guessed without blank lines (they would count as rows of one field);
  // `;` first, so that a `;` file whose header has a comma ("Saldo, Mrd. EUR") stays one.
  const guess = Papa.parse<string[]>(source, { skipEmptyLines: 'greedy', preview: 1, delimitersToGuess: [';', ',', '\t', '|'] });
  // Blank lines are kept (and skipped later) so that rows keep the numbers the user sees.
  const result = Papa.parse<string[]>(source, { skipEmptyLines: false, delimiter: guess.meta.delimiter });
  // "Delimiter" only means one column (nothing to split): not an error.
  const error = result.errors.find((e) => e.type !== 'Delimiter');
  if (error) throw new DataError(`${what}: invalid CSV at row ${(error.row ?? 0) + 1} (${error.message})`, 'parse');
  const delimiter = result.meta.delimiter;
  const decimal = delimiter === ',' ? '.' : decimalMarkOf(result.data.slice(1).flatMap((r) => r.slice(1)), delimiter === ';' ? ',' : '.');
  try {
    return rowsToSection(result.data, section, { decimal, strict: true });
  } catch (e) {
    if (e instanceof DataError) throw new DataError(`${what}: ${e.message}`, e.kind);
    throw e;
  }
}

/** Collapses markup whitespace but keeps a leading `&nbsp;` / U+3000 indent. */
function cellText(cell: HTMLTableCellElement): string {
  return (cell.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '');
}

/**
 * Reads a `<table>`: the last `<thead>` row is the header (else the first row),
 * then the body and `<tfoot>` rows, each cell checked by row and column (rows
 * counted in the table, from 1). Only `textContent` is read (never markup), and the
 * table is not modified. A cell spanning columns fills the ones it spans with empty
 * cells. The decimal mark is the one the numbers show (`-3,0` or `45.3`), a point
 * when they show neither. Returns the bare section (the caption is not read: see
 * {@link readTableDataset}).
 * @throws {DataError} kind `schema` naming the row and column of a bad cell.
 */
export function readTable(table: HTMLTableElement, section: SectionKey): unknown {
  const rows = [...table.rows];
  const headRows = table.tHead ? [...table.tHead.rows] : [];
  const header = headRows[headRows.length - 1] ?? rows[0];
  const body = rows.filter((r) => r !== header && !headRows.includes(r));
  const text = (row: HTMLTableRowElement): string[] =>
    [...row.cells].flatMap((cell) => [cellText(cell), ...Array<string>(Math.max(0, Math.min(cell.colSpan, 1000) - 1)).fill('')]);
  const ordered = header ? [header, ...body] : body;
  const numbers = header ? ordered.map((r) => r.rowIndex + 1) : [0, ...ordered.map((r) => r.rowIndex + 1)];
  return rowsToSection([header ? text(header) : [], ...body.map(text)], section, { strict: true }, numbers);
}

/**
 * What a widget reads from its child `<table>`: the section (`readTable`) with the
 * `<caption>` as its own `title`, so that it is the heading when the widget's `heading`
 * attribute and slot give none. It stays a bare section (read whatever `section` says).
 */
export function readTableDataset(table: HTMLTableElement, section: SectionKey): unknown {
  const raw = readTable(table, section) as Record<string, unknown>;
  const title = (table.caption?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return title ? { ...raw, title } : raw;
}
