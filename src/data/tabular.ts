/**
 * CSV files and `<table>` children share one path: rows of cell text become a RAW
 * bare section, which `normaliseDataset` then validates like any JSON, so a bad
 * cell is reported with its path (`trend.series[0].values[3]: ..., got "abc"`).
 *
 * Mapping (DESIGN.md):
 * - trend: first column periods (codes or printed names: "H1 2025", "2025년 상반기"),
 *   each further column a series labelled by its header.
 * - drivers: columns label, value, previous value. The value column's header names
 *   the period and the previous column's header the previous period (else the
 *   corner cell names the period). A row whose label starts with `·`, `•`, `-`,
 *   `–`, `—` or with whitespace (CSV spaces; in a table, `&nbsp;` or U+3000,
 *   since markup indentation is not an indent) is a child ("of which") of the top
 *   row above it.
 * - regions: label and value (value header, else corner, names the period); with
 *   more than two columns, one column per segment (headers are segment labels) and
 *   the corner cell names the period.
 * - drivers and regions: a row labelled Total / Sum / 합계 / 총계 / 계 / 전체 gives
 *   the published total instead of an item.
 */
import { parsePeriodName } from './periods.js';
import { DataError, type SectionKey } from './types.js';
import { slug } from './validate.js';

/** Cells that mean "no figure": drawn as a gap. */
const GAPS = new Set(['', '-', '‐', '–', '—', '−', 'n/a', 'na', '..', '...', '…']);

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Reads a cell as a reader writes numbers: `−45.3` (Unicode minus), `-45.3`,
 * `+12.8`, `1,234.5`, surrounding spaces. An empty cell, a dash alone, `n/a` or
 * `..` is a gap (`null`). Anything else is returned as its trimmed text, for
 * validation to report with its path.
 */
export function parseCell(text: string): number | string | null {
  const t = text.replace(/\s+/g, ' ').trim();
  if (GAPS.has(t.toLowerCase())) return null;
  // U+2212 minus, and the dashes typesetters use for it, before a digit.
  const s = t.replace(/^([+\-\u2212\u2013\uFE63\uFF0D]) (?=[\d.])/, '$1').replace(/^[\u2212\u2013\uFE63\uFF0D](?=[\d.])/, '-');
  const n = NUMBER.test(s) ? Number(s.replace(/,/g, '')) : NaN;
  return Number.isFinite(n) ? n : t; // `1e999` stays text: validation names it
}

const CHILD_MARK = /^(?:\s|[·•∙\-–—])/;
const TOTAL = /^(?:total|sum|합계|총계|계|전체)$/i;

function label(text: string): string {
  return text.replace(/^[\s·•∙\-–—]+/, '').trim();
}

/** A period code from a cell, also when the name carries a unit: "H1 2025 (USD 100m)". */
function periodOf(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  return (parsePeriodName(text) ?? parsePeriodName(text.replace(/\(.*?\)|\[.*?\]/g, '')))?.code;
}

function trendFrom(head: string[], body: string[][]): unknown {
  const width = Math.max(head.length, ...body.map((r) => r.length));
  const series = [];
  for (let j = 1; j < width; j++) {
    const name = (head[j] ?? '').trim();
    series.push({ ...(name ? { label: name } : {}), values: body.map((r) => parseCell(r[j] ?? '')) });
  }
  // A cell that is no period stays as written, so the error quotes it.
  return { periods: body.map((r) => periodOf(r[0]) ?? (r[0] ?? '').trim()), series };
}

function driversFrom(head: string[], body: string[][]): unknown {
  const section: Record<string, unknown> = {
    period: periodOf(head[1]) ?? periodOf(head[0]) ?? (head[1] ?? '').trim(),
  };
  const previous = periodOf(head[2]);
  if (previous) section['previous'] = previous;
  type Row = { label: string; value: unknown; previousValue?: unknown; children?: Row[] };
  const items: Row[] = [];
  for (const r of body) {
    const row: Row = { label: label(r[0] ?? ''), value: parseCell(r[1] ?? '') };
    if (r.length > 2) row.previousValue = parseCell(r[2] ?? '');
    if (TOTAL.test(row.label)) {
      section['total'] = row.value;
      if ('previousValue' in row) section['previousTotal'] = row.previousValue;
      continue;
    }
    const parent = items[items.length - 1];
    if (parent && CHILD_MARK.test(r[0] ?? '')) (parent.children ??= []).push(row);
    else items.push(row);
  }
  section['items'] = items;
  return section;
}

function regionsFrom(head: string[], body: string[][]): unknown {
  const width = Math.max(head.length, ...body.map((r) => r.length));
  const section: Record<string, unknown> = {};
  const segmented = width > 2;
  section['period'] = (segmented ? undefined : periodOf(head[1])) ?? periodOf(head[0]) ?? (head[segmented ? 0 : 1] ?? '').trim();
  const segments = segmented
    ? head.slice(1, width).map((h, j) => ({ id: slug(h) || `segment-${j + 1}`, label: h.trim() }))
    : [];
  const items = [];
  for (const r of body) {
    const name = label(r[0] ?? '');
    if (segmented) {
      const values = Object.fromEntries(segments.map((s, j) => [s.id, parseCell(r[j + 1] ?? '')]));
      if (TOTAL.test(name)) continue; // a per-segment total row: the items carry the figures
      items.push({ label: name, values });
    } else {
      const value = parseCell(r[1] ?? '');
      if (TOTAL.test(name)) section['total'] = value;
      else items.push({ label: name, value });
    }
  }
  section['items'] = items;
  if (segmented) section['segments'] = segments;
  return section;
}

/** How each section is read from a header row and body rows: a new section must say how. */
const SECTION_FROM_ROWS: Record<SectionKey, (head: string[], body: string[][]) => unknown> = {
  trend: trendFrom,
  drivers: driversFrom,
  regions: regionsFrom,
};

/**
 * Turns rows of cell text (the first row the header) into a RAW bare section of
 * kind `section`, to be validated by `normaliseDataset`. Blank rows are skipped.
 */
export function rowsToSection(rows: readonly (readonly string[])[], section: SectionKey): unknown {
  const [head = [], ...body] = rows
    .map((r) => r.map((c) => (typeof c === 'string' ? c : '')))
    .filter((r) => r.some((c) => c.trim() !== ''));
  return SECTION_FROM_ROWS[section](head, body);
}

/**
 * Parses CSV text (delimiter detected: `,`, `;`, tab, ...) into a RAW bare
 * section. papaparse is imported on first use, so pages without CSV never load it.
 * @throws {DataError} kind `empty` for blank text; kind `parse` naming the row.
 */
export async function parseCsv(text: string, section: SectionKey, what = 'CSV'): Promise<unknown> {
  const source = text.replace(/^\uFEFF/, '');
  if (source.trim() === '') throw new DataError(`${what}: no data (the text is empty)`, 'empty');
  const { default: Papa } = await import('papaparse');
  const result = Papa.parse<string[]>(source, { skipEmptyLines: 'greedy' });
  // "Delimiter" only means one column (nothing to split): not an error.
  const error = result.errors.find((e) => e.type !== 'Delimiter');
  if (error) throw new DataError(`${what}: invalid CSV at row ${(error.row ?? 0) + 1} (${error.message})`, 'parse');
  return rowsToSection(result.data, section);
}

/** Collapses markup whitespace but keeps a leading `&nbsp;` / U+3000 indent. */
function cellText(cell: HTMLTableCellElement): string {
  return (cell.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '');
}

/**
 * Reads a `<table>`: the last `<thead>` row is the header (else the first row),
 * then the body and `<tfoot>` rows. Only `textContent` is read (never markup),
 * and the table is not modified. A cell spanning columns fills the ones it spans
 * with empty cells.
 */
export function readTable(table: HTMLTableElement, section: SectionKey): unknown {
  const rows = [...table.rows];
  const headRows = table.tHead ? [...table.tHead.rows] : [];
  const header = headRows[headRows.length - 1] ?? rows[0];
  const body = rows.filter((r) => r !== header && !headRows.includes(r));
  const text = (row: HTMLTableRowElement): string[] =>
    [...row.cells].flatMap((cell) => [cellText(cell), ...Array<string>(Math.max(0, Math.min(cell.colSpan, 1000) - 1)).fill('')]);
  return rowsToSection([header ? text(header) : [], ...body.map(text)], section);
}
