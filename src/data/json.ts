import { DataError } from './types.js';

/**
 * Parses JSON text. `what` names the input in messages (`data attribute`, `data.json`).
 * Async because a failure loads the module that finds the position (valid text never does).
 * @throws {DataError} (as a rejection) kind `empty` for blank text; kind `parse` naming line and column:
 *   `data attribute: invalid JSON at line 1, column 18 (Expected ',' or '}' after property value)`.
 */
export async function parseJson(text: string, what: string): Promise<unknown> {
  const source = text.replace(/^\uFEFF/, '');
  if (source.trim() === '') throw new DataError(`${what}: no data (the text is empty)`, 'empty');
  try {
    return JSON.parse(source) as unknown;
  } catch (error) {
    // Naming the position takes a scanner that valid data never needs: it loads on failure.
    const { jsonError } = await import('./json-error.js');
    throw jsonError(source, what, error);
  }
}
