/**
 * Table and CSV cells as spreadsheets write them: numbers, and provisional marks on
 * periods. The decimal mark is decided once per file (`decimalMarkOf`), never per cell:
 * in a file whose decimal mark is a comma, `1.234,5` is 1234.5 and `-3,0` is −3; in one
 * whose mark is a point, `1,234.5` is 1234.5. (A module of the on-demand tables chunk:
 * pages without a table or CSV never load it.)
 */

/** The decimal mark of a file: `.` (1,234.5) or `,` (1.234,5). */
export type DecimalMark = '.' | ',';

/** Cells that mean "no figure": drawn as a gap. */
const GAPS = new Set(['', '-', '‐', '–', '—', '−', 'n/a', 'na', '..', '...', '…']);

const EXPONENT = '(?:[eE][+-]?\\d+)?';
/** Thousands in groups of three with the other mark, or none; then decimals. */
const NUMBER: Record<DecimalMark, RegExp> = {
  '.': new RegExp(`^[+-]?(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)${EXPONENT}$`),
  ',': new RegExp(`^[+-]?(?:\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?|,\\d+)${EXPONENT}$`),
};

/** Cells that can only be read with one decimal mark: `-3,0`, `1.234,5` / `45.3`, `1,234.5`. */
const ONLY_WITH: Record<DecimalMark, RegExp> = {
  ',': /^[+-]?(?:\d{1,3}(?:\.\d{3})+,\d*|\d*,(?:\d{1,2}|\d{4,}))$/,
  '.': /^[+-]?(?:\d{1,3}(?:,\d{3})+\.\d*|\d*\.(?:\d{1,2}|\d{4,}))$/,
};

/** The cell's text, spaces collapsed, with a typographic minus (U+2212, dashes) as `-`. */
function signed(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^([+\-\u2212\u2013\uFE63\uFF0D]) (?=[\d.,])/, '$1')
    .replace(/^[\u2212\u2013\uFE63\uFF0D](?=[\d.,])/, '-');
}

/**
 * Reads a cell as a reader writes numbers: `−45.3` (Unicode minus), `-45.3`, `+12.8`,
 * `1,234.5` (or `-3,0`, `1.234,5` when the file's decimal mark is a comma), surrounding
 * spaces. An empty cell, a dash alone, `n/a` or `..` is a gap (`null`). Anything else is
 * returned as its trimmed text.
 */
export function parseCell(text: string, decimal: DecimalMark = '.'): number | string | null {
  const t = text.replace(/\s+/g, ' ').trim();
  if (GAPS.has(t.toLowerCase())) return null;
  const s = signed(t);
  if (!NUMBER[decimal].test(s)) return t;
  const plain = decimal === '.' ? s.replace(/,/g, '') : s.replace(/\./g, '').replace(',', '.');
  const n = Number(plain);
  return Number.isFinite(n) ? n : t; // `1e999` stays text: it is reported
}

/**
 * The decimal mark of a file, from the cells that only one mark can read (`-3,0` is a
 * comma's, `45.3` a point's); the more of them wins, and `fallback` when none or a tie
 * (`1.234` alone could be either).
 */
export function decimalMarkOf(cells: Iterable<string>, fallback: DecimalMark): DecimalMark {
  let comma = 0;
  let point = 0;
  for (const cell of cells) {
    const s = signed(cell);
    if (ONLY_WITH[','].test(s)) comma++;
    else if (ONLY_WITH['.'].test(s)) point++;
  }
  return comma === point ? fallback : comma > point ? ',' : '.';
}

/**
 * A provisional mark in a period cell or header: `*`, or `(provisional)`, `(p)`,
 * `(preliminary)`, `(잠정)`, `(速報)` (any case, with or without a space; full-width
 * parentheses too, as Japanese spreadsheets write them). Usually at the end, but a unit
 * may follow it: `H1 2025* (JPY tn)`.
 */
const PROVISIONAL_MARK = /\s*(?:\*|[(\uFF08]\s*(?:provisional|preliminary|p|잠정|速報)\s*[)\uFF09])/gi;

/** The text without its provisional marks, and whether it had one: `2025H1*` → `2025H1`, true. */
export function stripProvisionalMark(text: string): { readonly text: string; readonly provisional: boolean } {
  const stripped = text.replace(PROVISIONAL_MARK, '');
  return { text: stripped, provisional: stripped !== text };
}
