/**
 * Cells a spreadsheet would run as a formula (OWASP "CSV injection"): a lead of `=`, `+`,
 * `-`, `@`, tab or CR, also after leading spaces or line breaks (some spreadsheets trim them),
 * and the full-width `＝ ＋ － ＠` that IME input produces (some spreadsheets normalise them).
 */
const FORMULA_LEAD = /^[\s\u00a0\u3000\ufeff]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  // Numbers are data, not formulas: a negative number stays a number.
  if (typeof value !== 'number' && FORMULA_LEAD.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with a guard against formula injection (OWASP "CSV injection"). */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
