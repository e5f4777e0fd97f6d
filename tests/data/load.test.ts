import { expect } from '@esm-bundle/chai';
import { clearDataCache, evictData, fetchData, isAbortError, loadDataset } from '../../src/data/load.js';
import { DataError, type ReadContext } from '../../src/data/types.js';

const asTrend: ReadContext = { currency: 'USD', scale: 1, section: 'trend' };

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

describe('fetchData / loadDataset', () => {
  beforeEach(() => clearDataCache());

  it('loads JSON and validates it as the caller reads it', async () => {
    const dataset = await loadDataset(`/fault/ok?${unique()}`, {}, asTrend);
    expect(dataset.trend?.periods.map((p) => p.code)).to.deep.equal(['2024', '2025']);
    expect(dataset.trend?.series[0]?.values).to.deep.equal([{ USD: -1 }, { USD: -2 }]);
    const inWon = await loadDataset(`/fault/ok?${unique()}`, {}, { ...asTrend, currency: 'KRW', scale: 1e8 });
    expect(inWon.trend?.series[0]?.values).to.deep.equal([{ KRW: -1e8 }, { KRW: -2e8 }]);
  });

  it('gives callers that read one response alike one dataset, and each other reading its own', async () => {
    const url = `/fault/ok?delay=50&${unique()}`;
    const [a, b] = await Promise.all([loadDataset(url, {}, asTrend), loadDataset(url, {}, { ...asTrend })]);
    expect(a).to.equal(b);
    expect(await loadDataset(url, {}, asTrend)).to.equal(a);
    const inWon = await loadDataset(url, {}, { ...asTrend, currency: 'KRW' });
    expect(inWon).not.to.equal(a);
    expect(inWon.trend?.series[0]?.values).to.deep.equal([{ KRW: -1 }, { KRW: -2 }]);
    expect(a.trend?.series[0]?.values).to.deep.equal([{ USD: -1 }, { USD: -2 }]);
  });

  it('reads a differently named section of a full dataset as the caller\'s section', async () => {
    const body = encodeURIComponent(JSON.stringify({
      trend: { periods: ['2025'], series: [{ values: [-45.3] }] },
      ipTrend: { periods: ['2024', '2025'], series: [{ values: [-20, -21] }] },
    }));
    const url = `/fault/ok?body=${body}&${unique()}`;
    const own = await loadDataset(url, {}, asTrend);
    const ip = await loadDataset(url, {}, { ...asTrend, name: 'ipTrend' });
    expect(own.trend?.periods.map((p) => p.code)).to.deep.equal(['2025']);
    expect(ip.trend?.periods.map((p) => p.code)).to.deep.equal(['2024', '2025']);
  });

  it('fails a bad document alike for every caller, and reads a refetched one afresh', async () => {
    const url = `/fault/malformed.json?${unique()}`;
    const first = await rejection(loadDataset(url, {}, asTrend));
    expect(first).to.be.instanceOf(DataError);
    expect(await rejection(loadDataset(url, {}, asTrend))).to.equal(first);
    evictData(url);
    const again = await rejection(loadDataset(url, {}, asTrend));
    expect((again as DataError).message).to.equal((first as DataError).message);
    expect(again).not.to.equal(first); // a new response, read anew
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
    const message = await dataError(loadDataset(`/fault/malformed.json?${unique()}`, {}, asTrend), 'parse');
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
    const byType = await loadDataset(`/fault/csv?body=${body}&${unique()}`, {}, asTrend);
    expect(byType.trend?.periods.map((p) => p.code)).to.deep.equal(['2024H2', '2025H1']);
    expect(byType.trend?.series[0]?.values).to.deep.equal([{ USD: -37.6 }, { USD: -45.3 }]);
    const fetched = await fetchData(`/fault/ok.csv?body=${body}&${unique()}`, {});
    expect(fetched.format).to.equal('csv'); // served as application/json, named .csv
  });
});
