/**
 * What went wrong in JSON text, and where: only loaded when `JSON.parse` fails (every
 * page with valid data does without it).
 */
import { DataError } from './types.js';

/** 1-based line and column of a UTF-16 offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const at = Math.max(0, Math.min(offset, text.length));
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}

/**
 * Where JSON text first goes wrong, for engines whose message gives no position
 * (V8's "Unexpected token 'x', ... is not valid JSON", "Unexpected end of JSON
 * input"). A minimal recursive-descent scan; `undefined` if it finds nothing (or
 * the nesting is too deep to scan).
 */
function locateError(text: string): number | undefined {
  let i = 0;
  const stop = (): never => { throw i; };
  const ws = () => { while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++; };
  const expect = (ch: string) => { if (text[i] !== ch) stop(); i++; };
  const string = () => {
    expect('"');
    for (;;) {
      const c = text[i];
      if (c === undefined || c < ' ') stop();
      if (c === '"') { i++; return; }
      if (c === '\\') {
        i++;
        if (text[i] === 'u') { if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) stop(); i += 5; continue; }
        if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) stop();
      }
      i++;
    }
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++; ws();
      if (text[i] === close) { i++; return; }
      for (;;) {
        if (c === '{') { ws(); string(); ws(); expect(':'); }
        value(); ws();
        if (text[i] === ',') { i++; continue; }
        expect(close);
        return;
      }
    }
    if (c === '"') return string();
    const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    number.lastIndex = i;
    if (number.test(text)) { i = number.lastIndex; return; }
    for (const word of ['true', 'false', 'null']) if (text.startsWith(word, i)) { i += word.length; return; }
    stop();
  };
  try {
    value(); ws();
    return i < text.length ? i : undefined;
  } catch (at) {
    return typeof at === 'number' ? at : undefined; // a RangeError from deep nesting: no position
  }
}

/**
 * The error for `source` that `JSON.parse` rejected with `error`, naming line and column
 * (from the engine's message, or found by scanning) and keeping the engine's words:
 * `data attribute: invalid JSON at line 1, column 18 (Expected ',' or '}' after property value)`.
 */
export function jsonError(source: string, what: string, error: unknown): DataError {
  const raw = error instanceof Error ? error.message : String(error);
  let where: { line: number; column: number } | undefined;
  // Firefox: "JSON.parse: unexpected character at line 1 column 18 of the JSON data"
  const ff = /at line (\d+) column (\d+)/.exec(raw);
  // Chromium: "... in JSON at position 17 (line 1 column 18)"; the offset is what we trust.
  const cr = /at position (\d+)/.exec(raw);
  if (ff) where = { line: Number(ff[1]), column: Number(ff[2]) };
  else if (cr) where = lineColumn(source, Number(cr[1]));
  else {
    const at = locateError(source);
    if (at !== undefined) where = lineColumn(source, at);
  }
  const detail = raw
    .replace(/^JSON\.parse: /, '')
    .replace(/ at line \d+ column \d+ of the JSON data$/, '')
    .replace(/ in JSON at position \d+.*$/, '')
    .replace(/ at position \d+.*$/, '');
  const position = where ? ` at line ${where.line}, column ${where.column}` : '';
  return new DataError(`${what}: invalid JSON${position} (${detail})`, 'parse', { cause: error });
}
