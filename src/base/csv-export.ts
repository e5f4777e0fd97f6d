import type { CurrencyCode, Lang } from '../data/types.js';
import { messages } from '../format/messages.js';
import { moneyUnit, unitLabel } from '../format/money.js';
import type { TableView } from './contracts.js';

/**
 * Cells a spreadsheet would run as a formula (OWASP "CSV injection"): a lead of `=`, `+`,
 * `-`, `@`, tab or CR, also after leading spaces or line breaks (some spreadsheets trim them),
 * and the full-width `＝ ＋ － ＠` that IME input produces (some spreadsheets normalise them).
 */
const FORMULA_LEAD = /^[\s\u00a0\u3000\ufeff]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;


/** Significant digits kept after dividing by the unit: a double's, less the division's noise. */
const DIGITS = 15;

/** A number as a spreadsheet in any locale reads it: dot decimal, no exponent, no grouping. */
function plainNumber(value: number): string {
  const rounded = Number(value.toPrecision(DIGITS));
  const text = String(rounded);
  if (!/e/i.test(text)) return text;
  // 5e-9 → 0.000000005 (a huge value keeps its integer digits).
  const decimals = Math.min(100, Math.max(0, DIGITS - 1 - Math.floor(Math.log10(Math.abs(rounded)))));
  return rounded.toFixed(decimals).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  // Numbers are data, not formulas: a negative number stays a number.
  if (typeof value === 'number') return Number.isFinite(value) ? plainNumber(value) : '';
  const text = FORMULA_LEAD.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with a guard against formula injection (OWASP "CSV injection"). */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The unit the money columns are written in: that of the largest amount, as a chart's axis. */
function tableUnit(table: TableView, lang: Lang): number {
  let largest = 0;
  for (const row of table.raw) {
    row.forEach((cell, column) => {
      if (table.moneyColumns[column] && typeof cell === 'number' && Number.isFinite(cell)) largest = Math.max(largest, Math.abs(cell));
    });
  }
  return moneyUnit(largest, lang);
}

/**
 * "Get the data": the table's columns, money in one unit named in each money column's
 * header (`Balance (JPY trillions)`, `수지 (억 달러)`), and a provisional column (`yes` or
 * empty) when the table knows which rows are provisional.
 */
export function figureCsv(table: TableView, currency: CurrencyCode, lang: Lang): string {
  const unit = tableUnit(table, lang);
  const label = unitLabel(unit, currency, lang);
  const provisional = table.provisionalRows;
  const word = messages(lang).provisional;
  const header = table.columns.map((name, column) => (table.moneyColumns[column] ? messages(lang).note(name, label) : name));
  if (provisional) header.push(word.charAt(0).toLocaleUpperCase(lang) + word.slice(1));
  const rows = table.raw.map((row, index) => {
    const cells = row.map((cell, column) => (table.moneyColumns[column] && typeof cell === 'number' ? cell / unit : cell));
    return provisional ? [...cells, provisional[index] ? messages(lang).yes : null] : cells;
  });
  return toCsv(header, rows);
}
