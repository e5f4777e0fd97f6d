import { expect } from '@esm-bundle/chai';
import { clearDataCache, fetchData, isAbortError, loadSource } from '../../src/data/load.js';
import { DataError } from '../../src/data/types.js';

/** A query string no other test (or earlier run in this page) uses, so the server's hit counts are ours. */
let n = 0;
const unique = () => `t=${Date.now()}-${Math.random().toString(36).slice(2)}-${++n}`;

async function hits(pathAndQuery: string): Promise<number> {
  const counts = (await (await fetch('/fault/hits')).json()) as Record<string, number>;
  return counts[pathAndQuery] ?? 0;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return expect.fail('expected a rejection');
}

async function dataError(promise: Promise<unknown>, kind: DataError['kind']): Promise<string> {
  const error = await rejection(promise);
  expect(error).to.be.instanceOf(DataError);
  expect((error as DataError).kind).to.equal(kind);
  return (error as DataError).message;
}

describe('fetchData / loadSource', () => {
  beforeEach(() => clearDataCache());

  it('loads JSON, and the default body parses', async () => {
    const raw = await loadSource(`/fault/ok?${unique()}`, {}, { section: 'trend' });
    expect(raw).to.deep.equal({ periods: ['2024', '2025'], series: [{ id: 'b', label: 'B', values: [-1, -2] }] });
  });

  it('makes one request for three concurrent callers of one URL, and none for a later caller', async () => {
    const q = unique();
    const url = `/fault/ok?delay=100&${q}`;
    const results = await Promise.all([fetchData(url, {}), fetchData(url, {}), fetchData(new URL(url, location.href).href, {})]);
    expect(results.map((r) => r.format)).to.deep.equal(['json', 'json', 'json']);
    expect(new Set(results.map((r) => r.text)).size).to.equal(1);
    await fetchData(url, {});
    expect(await hits(`/fault/ok?delay=100&${q}`)).to.equal(1);
  });

  it('times out with the seconds in the message, and lets the request go when all callers gave up', async () => {
    const q = unique();
    const message = await dataError(fetchData(`/fault/ok.json?delay=3000&${q}`, { timeout: 200 }), 'timeout');
    expect(message).to.equal('Could not load ok.json: timed out after 200 ms');
    // Gave up, so evicted: a retry makes a new request (which would also time out here).
    await dataError(fetchData(`/fault/ok.json?delay=3000&${q}`, { timeout: 1500 }), 'timeout');
    expect(await hits(`/fault/ok.json?delay=3000&${q}`)).to.equal(2);
  });

  it('gives each caller its own timeout over one shared request', async () => {
    const url = `/fault/ok?delay=600&${unique()}`;
    const impatient = fetchData(url, { timeout: 100 });
    const patient = fetchData(url, { timeout: 5000 });
    expect(await dataError(impatient, 'timeout')).to.equal('Could not load ok: timed out after 100 ms');
    expect((await patient).format).to.equal('json');
  });

  it('writes timeouts of a second or more in seconds', async () => {
    const message = await dataError(fetchData(`/fault/ok.json?delay=2500&${unique()}`, { timeout: 1000 }), 'timeout');
    expect(message).to.equal('Could not load ok.json: timed out after 1 s');
  });

  it('rejects an aborted caller with an AbortError while another caller still gets the data', async () => {
    const q = unique();
    const url = `/fault/ok?delay=300&${q}`;
    const controller = new AbortController();
    const leaving = fetchData(url, { signal: controller.signal });
    const staying = fetchData(url, {});
    controller.abort();
    const error = await rejection(leaving);
    expect(isAbortError(error)).to.equal(true);
    expect(error).not.to.be.instanceOf(DataError);
    expect((await staying).text).to.contain('"periods"');
    expect(await hits(`/fault/ok?delay=300&${q}`)).to.equal(1);
  });

  it('rejects at once for an already aborted signal', async () => {
    const error = await rejection(fetchData(`/fault/ok?${unique()}`, { signal: AbortSignal.abort() }));
    expect(isAbortError(error)).to.equal(true);
  });

  it('aborts the shared request when its only caller leaves, so the next call refetches', async () => {
    const q = unique();
    const url = `/fault/ok?delay=1000&${q}`;
    const controller = new AbortController();
    const leaving = fetchData(url, { signal: controller.signal });
    // Abort once the request has reached the server (Firefox may not have sent it yet otherwise).
    while ((await hits(`/fault/ok?delay=1000&${q}`)) === 0) await new Promise((r) => setTimeout(r, 20));
    controller.abort();
    expect(isAbortError(await rejection(leaving))).to.equal(true);
    expect((await fetchData(url, {})).format).to.equal('json');
    expect(await hits(`/fault/ok?delay=1000&${q}`)).to.equal(2);
  });

  it('names the HTTP status', async () => {
    expect(await dataError(fetchData(`/fault/404.json?${unique()}`, {}), 'http')).to.equal('Could not load 404.json: HTTP 404 Not Found');
    expect(await dataError(fetchData(`/fault/500?${unique()}`, {}), 'http')).to.equal('Could not load 500: HTTP 500 Internal Server Error');
  });

  it('refuses an HTML page served instead of data (a login page)', async () => {
    expect(await dataError(fetchData(`/fault/html?${unique()}`, {}), 'content-type'))
      .to.equal('Could not load html: the server returned an HTML page (text/html), not JSON or CSV');
  });

  it('calls an empty body empty', async () => {
    expect(await dataError(fetchData(`/fault/empty?${unique()}`, {}), 'empty')).to.equal('Could not load empty: the response was empty');
  });

  it('names the JSON parse position', async () => {
    const message = await dataError(loadSource(`/fault/malformed.json?${unique()}`, {}, { section: 'trend' }), 'parse');
    expect(message).to.match(/^malformed\.json: invalid JSON at line 1, column 21 \(.+\)$/);
  });

  it('reports a network failure', async () => {
    const message = await dataError(fetchData(`http://127.0.0.1:9/data.json?${unique()}`, {}), 'network');
    expect(message).to.equal('Could not load data.json: network error (the server could not be reached or refused a cross-origin request)');
  });

  it('evicts a failed request, so a retry refetches and succeeds', async () => {
    const q = unique();
    const url = `/fault/flaky?${q}`;
    expect(await dataError(fetchData(url, {}), 'http')).to.equal('Could not load flaky: HTTP 503 Service Unavailable');
    expect((await fetchData(url, {})).format).to.equal('json');
    expect(await hits(`/fault/flaky?${q}`)).to.equal(2);
  });

  it('reads CSV by content type and by extension', async () => {
    const body = encodeURIComponent('period,balance\n2024H2,−37.6\n2025H1,−45.3');
    const byType = await loadSource(`/fault/csv?body=${body}&${unique()}`, {}, { section: 'trend' });
    expect(byType).to.deep.equal({ periods: ['2024H2', '2025H1'], series: [{ label: 'balance', values: [-37.6, -45.3] }] });
    const fetched = await fetchData(`/fault/ok.csv?body=${body}&${unique()}`, {});
    expect(fetched.format).to.equal('csv'); // served as application/json, named .csv
  });
});
