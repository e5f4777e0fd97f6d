/** Cells a spreadsheet would run as a formula: neutralised with a leading apostrophe. */
const FORMULA_LEAD = /^[=+\-@\t\r]/;

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
