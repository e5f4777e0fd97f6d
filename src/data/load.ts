/**
 * Fetching `src`: one network request per absolute URL per page, shared by every
 * widget that names it, while each caller keeps its own timeout and abort; and one
 * parse and validation of each response per way of reading it.
 */
import { parseJson } from './json.js';
import { DataError, type Dataset, type ReadContext, type SectionKey } from './types.js';
import { normaliseDataset } from './validate.js';

export interface FetchOptions {
  /** Aborting rejects this caller with an `AbortError`; the shared request goes on for others. */
  readonly signal?: AbortSignal;
  /** Milliseconds before this caller gives up (default 10000). */
  readonly timeout?: number;
}

export interface FetchedData {
  readonly format: 'json' | 'csv';
  readonly text: string;
}

/** The default `timeout`, in milliseconds. */
export const DEFAULT_TIMEOUT = 10_000;

interface Shared {
  readonly promise: Promise<FetchedData>;
  readonly controller: AbortController;
  /** Callers still waiting. When it drops to 0 before the response, the request is aborted. */
  waiting: number;
  settled: boolean;
}

const cache = new Map<string, Shared>();

/** Forgets every fetched or in-flight URL, so the next call refetches (tests, retry). */
export function clearDataCache(): void {
  cache.clear();
}

/** Forgets one URL (a retry after a failure refetches anyway: failures are never cached). */
export function evictData(url: string): void {
  cache.delete(absolute(url));
}

function absolute(url: string): string {
  return new URL(url, document.baseURI).href;
}

/** The file name readers recognise: `data.json` from `https://x/y/data.json?v=2`. */
function fileName(href: string): string {
  const url = new URL(href);
  const last = decodeURIComponent(url.pathname.split('/').pop() ?? '');
  return last || url.host || href;
}

function formatSeconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`;
}

const isCsvType = (type: string) => /^(text|application)\/(csv|comma-separated-values)\b/i.test(type);

function request(href: string): Shared {
  const controller = new AbortController();
  const name = fileName(href);
  const promise = (async (): Promise<FetchedData> => {
    let response: Response;
    try {
      response = await fetch(href, {
        signal: controller.signal,
        headers: { Accept: 'application/json, text/csv;q=0.9, */*;q=0.1' },
      });
    } catch (error) {
      if (controller.signal.aborted) throw error;
      throw new DataError(`Could not load ${name}: network error (the server could not be reached or refused a cross-origin request)`, 'network', { cause: error });
    }
    if (!response.ok) {
      throw new DataError(`Could not load ${name}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, 'http', { status: response.status });
    }
    const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    // A login or error page served with 200 (a proxy, an expired session).
    if (type === 'text/html' || type === 'application/xhtml+xml') {
      throw new DataError(`Could not load ${name}: the server returned an HTML page (${type}), not JSON or CSV`, 'content-type');
    }
    const text = await response.text();
    if (text.trim() === '') throw new DataError(`Could not load ${name}: the response was empty`, 'empty');
    const csv = new URL(response.url || href).pathname.toLowerCase().endsWith('.csv') || isCsvType(type);
    return { format: csv ? 'csv' : 'json', text };
  })();
  const shared: Shared = { promise, controller, waiting: 0, settled: false };
  promise.then(
    () => { shared.settled = true; },
    () => { shared.settled = true; if (cache.get(href) === shared) cache.delete(href); }, // failures are not cached
  );
  return shared;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason instanceof Error ? signal.reason : new DOMException('The operation was aborted.', 'AbortError');
}

/** True for the rejection of an aborted call: not an error to show. */
export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/**
 * Fetches `url` (resolved against `document.baseURI`) once per page: concurrent
 * and later callers share the request and its text. Each caller has its own
 * `timeout` and `signal`; the request itself is aborted only when every waiting
 * caller has given up. A failed request is evicted, so a retry refetches.
 * @throws {DataError} kinds `http`, `timeout`, `network`, `content-type`, `empty`;
 *   an abort rejects with the signal's `AbortError`.
 */
export function fetchData(url: string, options: FetchOptions = {}): Promise<FetchedData> {
  const { signal } = options;
  const timeout = options.timeout !== undefined && options.timeout > 0 && Number.isFinite(options.timeout) ? options.timeout : DEFAULT_TIMEOUT;
  let href: string;
  try {
    href = absolute(url);
  } catch (error) {
    return Promise.reject(new DataError(`Could not load ${url}: not a valid URL`, 'input', { cause: error }));
  }
  if (signal?.aborted) return Promise.reject(abortError(signal));
  let shared = cache.get(href);
  if (!shared) {
    shared = request(href);
    cache.set(href, shared);
  }
  const entry = shared;
  entry.waiting++;
  return new Promise<FetchedData>((resolve, reject) => {
    let done = false;
    const finish = (gaveUp: boolean, settle: () => void) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      entry.waiting--;
      if (gaveUp && entry.waiting === 0 && !entry.settled) {
        entry.controller.abort();
        if (cache.get(href) === entry) cache.delete(href);
      }
      settle();
    };
    const onAbort = () => finish(true, () => reject(abortError(signal!)));
    const timer = setTimeout(
      () => finish(true, () => reject(new DataError(`Could not load ${fileName(href)}: timed out after ${formatSeconds(timeout)}`, 'timeout'))),
      timeout,
    );
    signal?.addEventListener('abort', onAbort, { once: true });
    entry.promise.then(
      (data) => finish(false, () => resolve(data)),
      (error: unknown) => finish(false, () => reject(error)),
    );
  });
}

/** Each response's datasets by reading (section, name, currency, scale): see {@link loadDataset}. */
const readings = new WeakMap<FetchedData, Map<string, Promise<Dataset>>>();

/**
 * Fetches `url`, parses it and validates it as `ctx` reads it: CSV when the URL path
 * ends in `.csv` or the server says `text/csv` (read as a bare section of
 * `ctx.section`), JSON otherwise. Widgets that share the URL and read it alike share
 * one read-only `Dataset`: thirty widgets on one file parse and validate it once per
 * kind of widget, not thirty times. A failed reading fails alike for all of them; a
 * retry (after `evictData`) fetches a new response and reads it afresh.
 * @throws {DataError} as `fetchData`, plus `parse` (JSON position, CSV row) and
 *   `schema` (see `normaliseDataset`).
 */
export async function loadDataset(url: string, options: FetchOptions, ctx: ReadContext): Promise<Dataset> {
  const fetched = await fetchData(url, options);
  let byReading = readings.get(fetched);
  if (!byReading) readings.set(fetched, (byReading = new Map()));
  const key = JSON.stringify([ctx.section, ctx.name, ctx.currency, ctx.scale]);
  let dataset = byReading.get(key);
  if (!dataset) {
    dataset = parseFetched(fetched, fileName(absolute(url)), ctx.section).then((raw) => normaliseDataset(raw, ctx));
    byReading.set(key, dataset);
  }
  return dataset;
}

async function parseFetched({ format, text }: FetchedData, name: string, section: SectionKey): Promise<unknown> {
  if (format !== 'csv') return parseJson(text, name);
  // Tables and CSV are read by a module of their own: JSON pages never fetch it.
  const { parseCsv } = await import('./tabular.js');
  return parseCsv(text, section, name);
}
