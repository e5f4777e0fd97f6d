// `npm run bench` (= `npm run build && node bench/run.mjs`): our widgets against raw ECharts,
// side by side, in one run. Writes bench/results/latest.md and latest.json and prints the tables.
//
//   node bench/run.mjs            full run (~3 min on 2 cores once the floor is cached)
//   node bench/run.mjs --quick    fewer repeats, for trying the script out
//   node bench/run.mjs --cdn DIR --only sizes,time,first,long,article,memory,resize,updates,lighthouse
//                                 another CDN build (bench/cdn-variant.mjs), some sections;
//                                 results then go to bench/results/<DIR's name>.md/.json
//
// Everything is measured in one headless Chromium (Debian's), animation off in both pages
// (prefers-reduced-motion: reduce), served by a small static server in this file on
// 127.0.0.1 with gzip, so the transfer sizes are what a CDN with gzip would send.
import { createServer } from 'node:http';
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { cpus, totalmem, platform, release, arch, loadavg } from 'node:os';
import { dirname, join, relative, resolve, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS } from '../scripts/chromium.mjs';
import { browserPath } from '../scripts/browsers.mjs';
import { buildFloor, registeredParts } from './floor.mjs';
import { CDN_DIR, ENTRY, chunkRole, pageClosure, staticClosure, sizesOf, missingImports } from '../scripts/sizes.mjs';
import { TAGS } from '../src/widgets/manifest.js';
import { lighthouseMarkdown, lighthouseMissing, lighthouseOursAndRaw, usableChromium } from './lighthouse.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);
const QUICK = process.argv.includes('--quick');
const argValue = (name) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const CDN = argValue('--cdn') ?? CDN_DIR;
const CDN_ENTRY = CDN === CDN_DIR ? ENTRY : join(CDN, 'trade-balance-charts.js');
const SECTIONS = new Set((argValue('--only') ?? 'sizes,time,first,long,article,memory,resize,updates,lighthouse').split(','));
const PARTIAL = process.argv.includes('--only');
const OUT = CDN === CDN_DIR && !PARTIAL ? 'latest' : `${CDN.split(/[\\/]/).filter(Boolean).pop()}${PARTIAL ? '-partial' : ''}`;
const RUNS = QUICK ? 3 : 9;
const LONG_RUNS = QUICK ? 2 : 5;
// 5,000 periods take seconds a draw: fewer repeats keep the run near three minutes.
const LONGEST_RUNS = QUICK ? 1 : 3;
const ARTICLE_RUNS = QUICK ? 1 : 5;
const FIRST_RUNS = QUICK ? 2 : 5;
const CYCLES = QUICK ? 100 : 500;
// Each Lighthouse run loads an article in a fresh browser: ~30–50 s here; runs are per side (ours, raw).
const LIGHTHOUSE_RUNS = QUICK ? 1 : 3;
const VIEWPORT = { width: 1280, height: 900, deviceScaleFactor: 1 };
const WIDGETS = TAGS;
/** Every widget on a page, for querySelectorAll. */
const ANY_WIDGET = TAGS.join(',');
const KOREAN_FIRST = 'deficit-trend-ko';
/** The periods a scrollytelling step moves between (updates section). */
const HIGHLIGHTS = ['2024H1', '2024H2'];
const started = Date.now();

// The whole run is bounded: a hung page must not keep CI waiting.
const WATCHDOG_MINUTES = 8 + (SECTIONS.has('lighthouse') ? 7 : 0);
const watchdog = setTimeout(() => {
  console.error(`bench: gave up after ${WATCHDOG_MINUTES} minutes`);
  process.exit(2);
}, WATCHDOG_MINUTES * 60_000);
watchdog.unref();

const log = (message) => console.error(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${message}`);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const kb = (bytes) => (bytes / 1000).toFixed(1);
const ms = (value) => (value === undefined || value === null ? '–' : value.toFixed(1));
const ratio = (a, b) => (a / b).toFixed(2) + '×';

// ---- the files: a snapshot of the CDN build, the floor, data and pages, all in memory ----

if (!existsSync(CDN_ENTRY)) throw new Error(`${CDN_ENTRY} is missing: run npm run build first (npm run bench does)`);
const missing = missingImports(CDN);
if (missing.length) throw new Error(`dist/cdn is inconsistent (was a build running?):\n  ${missing.join('\n  ')}\nRun npm run build again.`);

/** url path → { body, type } */
const files = new Map();
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html; charset=utf-8', '.csv': 'text/csv' };
const addFile = (path, body) => files.set(path, { body: Buffer.from(body), type: TYPES[extname(path)] ?? 'application/octet-stream' });
const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
for (const file of walk(CDN)) addFile(`/cdn/${relative(CDN, file).split('\\').join('/')}`, readFileSync(file));
const seed = readFileSync('data/knowledge-services-trade.json', 'utf8');
addFile('/data/seed.json', seed);

/** A monthly trend of `count` periods ending in 2025-08, with a few gaps and the last period provisional. */
function longSeries(count) {
  const end = 2025 * 12 + 7; // 2025-08
  let x = 2463;
  const random = () => ((x = (x * 48271) % 2147483647) / 2147483647);
  const periods = [];
  const values = [];
  let value = -10;
  for (let i = 0; i < count; i++) {
    const ordinal = end - count + 1 + i;
    periods.push(`${Math.floor(ordinal / 12)}-${String((ordinal % 12) + 1).padStart(2, '0')}`);
    value += (random() - 0.52) * 3;
    values.push(i % 97 === 50 ? null : Math.round(value * 10) / 10);
  }
  return { periods, series: [{ id: 'balance', label: 'Balance', values }], provisional: [periods.at(-1)] };
}
for (const count of [600, 5000]) addFile(`/data/long-${count}.json`, JSON.stringify(longSeries(count)));

log('building the floor (Lit + the registered ECharts parts) …');
const floor = await buildFloor();
log(`floor ${floor.cached ? 'from cache' : `built in ${(floor.ms / 1000).toFixed(0)} s`}: ${kb(floor.main.gzip)} KB gzip`);
addFile('/floor/floor.js', readFileSync(floor.main.file));

const HEAD = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title><link rel="icon" href="data:,">
<style>body{margin:0;font:16px/1.5 system-ui,sans-serif}.col{width:720px;margin:0 auto}.spacer{height:4000px}
${ANY_WIDGET}{display:block;min-height:36rem}</style>`;
const OURS = `<script type="module" src="/cdn/trade-balance-charts.js"></script>`;

/** A page with two copies of a widget, each 4000 px below the last: the first draw loads ECharts (cold), the second does not (warm). */
const widgetPage = (tag, src) =>
  `${HEAD}${OURS}</head><body><div class="col"><div class="spacer"></div><${tag} id="a" src="${src}"></${tag}><div class="spacer"></div><${tag} id="b" src="${src}"></${tag}><div class="spacer"></div></div></body></html>`;

/** The same two charts drawn by ECharts directly: the floor bundle imported when the first box nears the viewport, then init + setOption. */
const rawPage = (optionUrl, box) => `${HEAD}</head><body><div class="col"><div class="spacer"></div><div id="a" class="raw" style="width:${box.width}px;height:${box.height}px"></div><div class="spacer"></div><div id="b" class="raw" style="width:${box.width}px;height:${box.height}px"></div><div class="spacer"></div></div>
<script type="module">
const option = await (await fetch('${optionUrl}')).json();
let echarts;
const io = new IntersectionObserver((entries) => {
  for (const entry of entries) if (entry.isIntersecting) { io.unobserve(entry.target); draw(entry.target); }
}, { rootMargin: '100% 0px 100% 0px' });
async function draw(box) {
  echarts ??= await import('/floor/floor.js');
  const chart = echarts.init(box, null, { renderer: 'svg' });
  let finished = false;
  chart.on('finished', () => (finished = true));
  chart.setOption(option);
  box.chart = chart;
  box.dispatchEvent(new CustomEvent('chart-ready', { detail: { finishedInSetOption: finished } }));
}
for (const box of document.querySelectorAll('.raw')) io.observe(box);
window.benchReady = true;
</script></body></html>`;

/**
 * A chart in the first screen, on a throttled network: from navigation to drawn. Ours: the
 * script tag and the widget, as a CMS editor writes them. Raw: a hand-written page that
 * imports ECharts (the floor bundle) and fetches the option side by side, then draws.
 */
const READY_AT = `<script>document.addEventListener('chart-ready', () => (window.readyAt ??= performance.now()), true)</script>`;
const firstScreenOurs = (tag, lang) => `${HEAD}${READY_AT}${OURS}</head><body><div class="col"><${tag} id="a" src="/data/seed.json"${lang ? ` lang="${lang}"` : ''}></${tag}>${paragraph}</div></body></html>`;
const firstScreenRaw = (optionUrl, box) => `${HEAD}${READY_AT}</head><body><div class="col"><div id="a" style="width:${box.width}px;height:${box.height}px"></div>${paragraph}</div>
<script type="module">
const [echarts, option] = await Promise.all([import('/floor/floor.js'), fetch('${optionUrl}').then((r) => r.json())]);
const box = document.getElementById('a');
echarts.init(box, null, { renderer: 'svg' }).setOption(option);
box.dispatchEvent(new CustomEvent('chart-ready'));
</script></body></html>`;
/** Slow 4G as Lighthouse throttles a phone: 150 ms round trip, 1.6 Mbps down, 750 kbps up. */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

/** An article: 30 widgets (10 of each) between paragraphs, all on the seed dataset. */
const paragraph = '<p>' + 'Korea paid the rest of the world more for knowledge services than it earned, according to the Bank of Korea. '.repeat(4) + '</p>';
const articlePage = (script) => {
  const body = [];
  for (let i = 0; i < 30; i++) body.push(paragraph, paragraph, `<${WIDGETS[i % WIDGETS.length]} src="/data/seed.json"></${WIDGETS[i % WIDGETS.length]}>`);
  return `${HEAD}${script}</head><body><div class="col"><h1>Article</h1>${body.join('\n')}${paragraph}</div></body></html>`;
};
addFile('/page/article.html', articlePage(OURS));
// The same article without our script: what the page costs by itself.
addFile('/page/article-bare.html', articlePage(''));
addFile('/page/ours-blank.html', `${HEAD}${OURS}</head><body><div class="col" id="stage" style="width:720px"></div></body></html>`);
addFile('/page/raw-blank.html', `${HEAD}<script type="module">window.echarts = await import('/floor/floor.js'); window.benchReady = true;</script></head><body><div class="col" id="stage" style="width:720px"></div></body></html>`);
for (const tag of WIDGETS) addFile(`/page/ours-${tag}.html`, widgetPage(tag, '/data/seed.json'));
for (const count of [600, 5000]) addFile(`/page/ours-long-${count}.html`, widgetPage('deficit-trend', `/data/long-${count}.json`));

// ---- the server ------------------------------------------------------------------------

const gzipped = new Map();
const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  const file = files.get(path);
  if (!file) {
    response.writeHead(404).end('not found');
    return;
  }
  const headers = { 'content-type': file.type, 'cache-control': 'no-store' };
  if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
    if (!gzipped.has(path)) gzipped.set(path, gzipSync(file.body, { level: 9 }));
    response.writeHead(200, { ...headers, 'content-encoding': 'gzip' }).end(gzipped.get(path));
  } else response.writeHead(200, headers).end(file.body);
});
server.requestTimeout = 30_000;
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const BASE = `http://127.0.0.1:${server.address().port}`;

// ---- the browser -----------------------------------------------------------------------

// Every section but Lighthouse's needs it (browserPath throws the hint); Lighthouse alone skips without one.
const browser = [...SECTIONS].some((name) => name !== 'lighthouse') || usableChromium()
  ? await puppeteer.launch({ executablePath: browserPath('chromium'), headless: true, args: CHROMIUM_FLAGS, protocolTimeout: 120_000 })
  : undefined;
const errors = [];

async function openPage(path, { context = browser } = {}) {
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${path}: console.error ${message.text()}`);
  });
  await page.setViewport(VIEWPORT);
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  if (path) await page.goto(BASE + path, { waitUntil: 'load' });
  return { page, cdp };
}

const idle = (page, ms = 200) => page.evaluate((wait) => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, wait)))), ms);

/** Waits until each listed widget has its data (the summary sentence is written): only the drawing is left. */
const dataLoaded = (page, ids) =>
  page.waitForFunction(
    (list) => list.every((id) => document.getElementById(id)?.shadowRoot?.querySelector('#summary')?.textContent.trim()),
    { polling: 20 },
    ids,
  );

/** Scrolls an element into view and times it until `chart-ready` (our event; the raw page sends the same). */
const timeToChart = (page, id) =>
  page.evaluate(async (target) => {
    const el = document.getElementById(target);
    const ready = new Promise((ok) => el.addEventListener('chart-ready', (event) => ok([performance.now(), event.detail]), { once: true }));
    const t0 = performance.now();
    el.scrollIntoView({ block: 'center' });
    const [t1, detail] = await ready;
    await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
    return { ready: t1 - t0, frame: performance.now() - t0, finishedInSetOption: detail?.finishedInSetOption };
  }, id);

/** ECharts containers in the document, shadow roots included (ECharts marks them with `_echarts_instance_`). */
const countInstancesInDom = (page) =>
  page.evaluate(() => {
    let count = 0;
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.getAttribute('_echarts_instance_')) count++;
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return count;
  });

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(list.map(({ name, value }) => [name, value]));
  return { task: m.TaskDuration * 1000, script: m.ScriptDuration * 1000, layout: m.LayoutDuration * 1000, style: m.RecalcStyleDuration * 1000, heap: m.JSHeapUsedSize };
}

// ---- 1. sizes ----------------------------------------------------------------------------

function sizeSection() {
  const page = pageClosure(CDN_ENTRY);
  const entryClosure = staticClosure(CDN_ENTRY);
  const rows = page.map((file) => ({ file: relative(CDN, file), role: file === CDN_ENTRY ? 'entry' : chunkRole(file), ...sizesOf(readFileSync(file)) }));
  const onDemand = pageClosure(CDN_ENTRY, { skip: /^$/ })
    .filter((f) => !page.includes(f))
    .map((file) => ({ file: relative(CDN, file), role: chunkRole(file), ...sizesOf(readFileSync(file)) }));
  const sum = (list) => list.reduce((s, r) => ({ raw: s.raw + r.raw, gzip: s.gzip + r.gzip, brotli: s.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const total = sum(rows);
  const entry = sum(rows.filter((r) => entryClosure.includes(join(CDN, r.file))));
  const bundleFile = join(CDN, 'trade-balance-charts.bundle.js');
  const bundle = existsSync(bundleFile) ? sizesOf(readFileSync(bundleFile)) : { raw: NaN, gzip: NaN, brotli: NaN };
  const own = (t, f) => ({ gzip: t.gzip - f.gzip, brotli: t.brotli - f.brotli, raw: t.raw - f.raw });
  const ownCode = own(total, floor.main);
  // The same page in Korean adds the Korean pack and the packs' loaders.
  const korean = onDemand.filter((f) => /[\\/](lang-ko|languages)-[\w-]{8}\.js$/.test(join(CDN, f.file)));
  const koreanTotal = sum([...rows, ...korean]);
  const koreanOwn = own(koreanTotal, floor.main);
  return {
    parts: registeredParts().map((p) => p.name),
    entry,
    files: rows,
    onDemand,
    total,
    floor: { raw: floor.main.raw, gzip: floor.main.gzip, brotli: floor.main.brotli },
    ownCode: { ...ownCode, shareGzip: ownCode.gzip / total.gzip, shareBrotli: ownCode.brotli / total.brotli },
    korean: { files: korean.map((f) => f.role), total: koreanTotal, ownGzip: koreanOwn.gzip, shareGzip: koreanOwn.gzip / koreanTotal.gzip },
    singleFile: { ...bundle, ownGzip: bundle.gzip - floor.main.gzip, ownBrotli: bundle.brotli - floor.main.brotli },
  };
}

// ---- 2. time to chart, ours and raw ------------------------------------------------------

/** Draws a widget at once and takes its option (functions drop out) and chart box size, for the raw page. */
async function captureOption(tag, src, name, lang = '', highlight = '') {
  const { page } = await openPage('/page/ours-blank.html');
  const result = await page.evaluate(
    async (t, s, l, h) => {
      await customElements.whenDefined(t);
      const el = document.createElement(t);
      el.setAttribute('src', s);
      if (l) el.lang = l;
      if (h) el.setAttribute('highlight', h);
      el.eager = true;
      document.getElementById('stage').append(el);
      const chart = await el.chartReady;
      const box = el.shadowRoot.querySelector('.chart').getBoundingClientRect();
      return { option: JSON.stringify(chart.getOption()), box: { width: Math.round(box.width), height: Math.round(box.height) } };
    },
    tag,
    src,
    lang,
    highlight,
  );
  await page.close();
  addFile(`/data/option-${name}.json`, result.option);
  addFile(`/page/raw-${name}.html`, rawPage(`/data/option-${name}.json`, result.box));
  addFile(`/page/first-raw-${name}.html`, firstScreenRaw(`/data/option-${name}.json`, result.box));
  addFile(`/page/first-ours-${name}.html`, firstScreenOurs(tag, lang));
  return result.box;
}

async function timeCase(name, runs) {
  const samples = { ours: { cold: [], warm: [], coldFrame: [], warmFrame: [] }, raw: { cold: [], warm: [], coldFrame: [], warmFrame: [], finishedInSetOption: [] } };
  for (let run = 0; run < runs; run++) {
    // Alternate which side goes first, so neither always runs on a warmer machine.
    for (const side of run % 2 ? ['raw', 'ours'] : ['ours', 'raw']) {
      const { page } = await openPage(`/page/${side}-${name}.html`);
      if (side === 'ours') await dataLoaded(page, ['a', 'b']);
      else await page.waitForFunction(() => window.benchReady === true);
      await idle(page, 100);
      const cold = await timeToChart(page, 'a');
      await idle(page, 100);
      const warm = await timeToChart(page, 'b');
      samples[side].cold.push(cold.ready);
      samples[side].warm.push(warm.ready);
      samples[side].coldFrame.push(cold.frame);
      samples[side].warmFrame.push(warm.frame);
      if (side === 'raw') samples.raw.finishedInSetOption.push(cold.finishedInSetOption && warm.finishedInSetOption);
      await page.close();
    }
  }
  const med = (side, key) => median(samples[side][key]);
  return {
    runs,
    ours: { cold: med('ours', 'cold'), warm: med('ours', 'warm'), coldFrame: med('ours', 'coldFrame'), warmFrame: med('ours', 'warmFrame') },
    raw: { cold: med('raw', 'cold'), warm: med('raw', 'warm'), coldFrame: med('raw', 'coldFrame'), warmFrame: med('raw', 'warmFrame') },
    finishedInSetOption: samples.raw.finishedInSetOption.every(Boolean),
    samples,
  };
}

/** Navigation → first chart drawn, on SLOW_4G with an empty cache, ours and raw alternating. */
async function firstScreenCase(name, runs) {
  const samples = { ours: [], raw: [] };
  for (let run = 0; run < runs; run++) {
    for (const side of run % 2 ? ['raw', 'ours'] : ['ours', 'raw']) {
      const { page, cdp } = await openPage(null);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
      await page.goto(`${BASE}/page/first-${side}-${name}.html`);
      samples[side].push(await page.waitForFunction(() => window.readyAt, { polling: 20, timeout: 60_000 }).then((handle) => handle.jsonValue()));
      await page.close();
    }
  }
  return { runs, ours: median(samples.ours), raw: median(samples.raw), samples };
}

// ---- 3. article with 30 widgets ----------------------------------------------------------

async function articleRun(bare = false) {
  const context = await browser.createBrowserContext();
  const { page, cdp } = await openPage(null, { context });
  await cdp.send('Network.enable');
  const scripts = new Map();
  const bytes = { total: 0, script: 0 };
  cdp.on('Network.responseReceived', ({ requestId, type }) => scripts.set(requestId, type));
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    bytes.total += encodedDataLength;
    if (scripts.get(requestId) === 'Script') bytes.script += encodedDataLength;
  });
  const t0 = Date.now();
  await page.goto(`${BASE}/page/${bare ? 'article-bare' : 'article'}.html`, { waitUntil: 'networkidle0' });
  // Settled: every widget has its data and the ones near the viewport are drawn.
  if (!bare) await page.waitForFunction((anyWidget) => [...document.querySelectorAll(anyWidget)].every((el) => el.shadowRoot?.querySelector('#summary')?.textContent.trim()), { polling: 50 }, ANY_WIDGET);
  await page.waitForNetworkIdle({ idleTime: 300 });
  await idle(page, 500);
  const before = await metrics(cdp);
  const beforeBytes = { ...bytes };
  const near = await page.evaluate((anyWidget) => {
    const all = [...document.querySelectorAll(anyWidget)];
    return {
      widgets: all.length,
      ready: all.filter((el) => el.state === 'ready').length,
      // The shared IntersectionObserver's margin is one viewport height: these may be drawn.
      withinOneViewport: all.filter((el) => el.getBoundingClientRect().top < 2 * window.innerHeight).length,
      inViewport: all.filter((el) => el.getBoundingClientRect().top < window.innerHeight).length,
    };
  }, ANY_WIDGET);
  const instancesBefore = await countInstancesInDom(page);
  const settledMs = Date.now() - t0;
  // The reader scrolls through to the end, 600 px at a time.
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 50)));
    }
  });
  if (!bare) await page.waitForFunction((anyWidget) => [...document.querySelectorAll(anyWidget)].every((el) => el.state === 'ready'), { polling: 50, timeout: 30_000 }, ANY_WIDGET);
  await idle(page, 300);
  const after = await metrics(cdp);
  const instancesAfter = await countInstancesInDom(page);
  await context.close();
  return { before, after, beforeBytes, afterBytes: { ...bytes }, near, instancesBefore, instancesAfter, settledMs };
}

// ---- 4. memory: create/remove cycles ---------------------------------------------------

async function heap(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return { heap: usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners };
}

/** Live ECharts instances in the JS heap (disposed or not, reachable ones only): objects whose prototype is ECharts'. */
async function liveInstances(page) {
  const proto = await page.evaluateHandle(() => window.benchProto);
  const found = await page.queryObjects(proto);
  const count = await page.evaluate((list) => list.length, found);
  await found.dispose();
  await proto.dispose();
  return count;
}

/**
 * Runs `cycles` create/draw/remove cycles in a page that defines `window.cycle`, after 20
 * warm-up cycles (V8 tiers up and caches fill). The heap at half-time and at the end
 * tells a leak (still growing) from a cache (levelled off).
 */
async function cycleMemory(page, cdp, cycles) {
  const run = (n) =>
    page.evaluate(async (count) => {
      for (let i = 0; i < count; i++) {
        await window.cycle();
        // Yield now and then, so observers, timers and idle-time GC run as on a real page.
        if (i % 10 === 9) await new Promise((ok) => setTimeout(ok, 0));
      }
    }, n);
  await run(20);
  await idle(page);
  const start = await heap(page, cdp);
  const t0 = Date.now();
  await run(cycles / 2);
  const half = await heap(page, cdp);
  await run(cycles / 2);
  const elapsed = Date.now() - t0;
  await idle(page, 300);
  const end = await heap(page, cdp);
  return { start, half, end, elapsed, instancesInDom: await countInstancesInDom(page), instancesInHeap: await liveInstances(page) };
}

async function memoryOurs(cycles) {
  const { page, cdp } = await openPage('/page/ours-blank.html');
  await page.evaluate(async () => {
    await customElements.whenDefined('deficit-trend');
    window.benchData = await (await fetch('/data/seed.json')).json();
    window.cycle = async () => {
      const el = document.createElement('deficit-trend');
      el.eager = true;
      el.data = window.benchData;
      document.getElementById('stage').append(el);
      const chart = await el.chartReady;
      window.benchProto ??= Object.getPrototypeOf(chart);
      el.remove();
    };
  });
  const result = await cycleMemory(page, cdp, cycles);
  await page.close();
  return result;
}

async function memoryRaw(cycles) {
  const { page, cdp } = await openPage('/page/raw-blank.html');
  await page.waitForFunction(() => window.benchReady === true);
  await page.evaluate(async () => {
    window.benchOption = await (await fetch('/data/option-deficit-trend.json')).json();
    window.cycle = () => {
      const box = document.createElement('div');
      box.style.cssText = 'width:688px;height:360px';
      document.getElementById('stage').append(box);
      const chart = window.echarts.init(box, null, { renderer: 'svg' });
      chart.setOption(window.benchOption);
      window.benchProto ??= Object.getPrototypeOf(chart);
      chart.dispose();
      box.remove();
    };
  });
  const result = await cycleMemory(page, cdp, cycles);
  await page.close();
  return result;
}

// ---- 5. resize storm -------------------------------------------------------------------

/** In the page: 100 width changes of the wrapper, one per frame or all in one task; returns counts after things settle. */
async function storm(page, cdp, mode) {
  const before = await metrics(cdp);
  const result = await page.evaluate(async (kind) => {
    const wrap = document.getElementById('wrap');
    const frame = () => new Promise((ok) => requestAnimationFrame(ok));
    const t0 = performance.now();
    window.benchCounts.resize = 0;
    window.benchCounts.setOption = 0;
    window.benchCounts.loopErrors = 0;
    const start = window.benchResizeCount();
    for (let i = 0; i < 100; i++) {
      if (kind === 'frame') await frame();
      // Narrower by 3 px a step, then back: a reader dragging a window edge.
      wrap.style.width = `${720 - 3 * (i < 50 ? i + 1 : 100 - i)}px`;
      void wrap.offsetWidth;
    }
    for (let i = 0; i < 5; i++) await frame();
    await new Promise((ok) => setTimeout(ok, 100));
    wrap.style.width = '720px';
    return { resizes: window.benchResizeCount() - start, setOption: window.benchCounts.setOption, loopErrors: window.benchCounts.loopErrors, ms: performance.now() - t0 };
  }, mode);
  const after = await metrics(cdp);
  await idle(page, 300);
  return { ...result, script: after.script - before.script, task: after.task - before.task };
}

const STORM_SETUP = () => {
  window.benchCounts = { resize: 0, setOption: 0, loopErrors: 0 };
  window.addEventListener('error', (event) => {
    if (/ResizeObserver loop/.test(event.message)) window.benchCounts.loopErrors++;
  });
  window.countSetOption = (chart) => {
    const original = chart.setOption;
    chart.setOption = function (...args) {
      window.benchCounts.setOption++;
      return original.apply(this, args);
    };
  };
};

async function resizeOurs() {
  const { page, cdp } = await openPage('/page/ours-blank.html');
  await page.evaluate(STORM_SETUP);
  await page.evaluate(async () => {
    await customElements.whenDefined('deficit-trend');
    const wrap = document.createElement('div');
    wrap.id = 'wrap';
    wrap.style.width = '720px';
    const el = document.createElement('deficit-trend');
    el.setAttribute('src', '/data/seed.json');
    el.eager = true;
    wrap.append(el);
    document.getElementById('stage').append(wrap);
    const chart = await el.chartReady;
    window.countSetOption(chart);
    window.benchResizeCount = () => el.resizeCount;
  });
  await idle(page, 300);
  const perFrame = await storm(page, cdp, 'frame');
  const oneFrame = await storm(page, cdp, 'task');
  await page.close();
  return { perFrame, oneFrame };
}

async function resizeRaw() {
  const { page, cdp } = await openPage('/page/raw-blank.html');
  await page.waitForFunction(() => window.benchReady === true);
  await page.evaluate(STORM_SETUP);
  await page.evaluate(async () => {
    const option = await (await fetch('/data/option-deficit-trend.json')).json();
    const wrap = document.createElement('div');
    wrap.id = 'wrap';
    wrap.style.width = '720px';
    const box = document.createElement('div');
    box.style.height = '360px';
    wrap.append(box);
    document.getElementById('stage').append(wrap);
    const chart = window.echarts.init(box, null, { renderer: 'svg' });
    chart.setOption(option);
    window.countSetOption(chart);
    let resizes = 0;
    // The naive way: resize inside the observer's callback.
    new ResizeObserver(() => {
      chart.resize();
      resizes++;
    }).observe(box);
    window.benchResizeCount = () => resizes;
  });
  await idle(page, 300);
  const perFrame = await storm(page, cdp, 'frame');
  const oneFrame = await storm(page, cdp, 'task');
  await page.close();
  return { perFrame, oneFrame };
}

// ---- 6. updates: what an attribute change or a re-render costs ---------------------------

async function updatesOurs() {
  const { page } = await openPage('/page/ours-blank.html');
  const result = await page.evaluate(async (periods) => {
    await customElements.whenDefined('deficit-trend');
    const el = document.createElement('deficit-trend');
    el.setAttribute('src', '/data/seed.json');
    el.eager = true;
    document.getElementById('stage').append(el);
    const chart = await el.chartReady;
    let setOptions = 0;
    const original = chart.setOption;
    chart.setOption = function (...args) {
      setOptions++;
      return original.apply(this, args);
    };
    const frame = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
    const med = (list) => [...list].sort((a, b) => a - b)[list.length >> 1];
    await frame();
    // A render with nothing changed (what hover, keyboard and every state change cause).
    const noop = [];
    for (let i = 0; i < 21; i++) {
      const t0 = performance.now();
      el.requestUpdate();
      await el.updateComplete;
      noop.push(performance.now() - t0);
    }
    const noopSetOptions = setOptions;
    // A scrollytelling step: the highlight attribute changes.
    const highlight = [];
    setOptions = 0;
    for (let i = 0; i < 11; i++) {
      const ready = new Promise((ok) => el.addEventListener('chart-ready', () => ok(performance.now()), { once: true }));
      const t0 = performance.now();
      el.setAttribute('highlight', periods[i % 2]);
      highlight.push((await ready) - t0);
      await frame();
    }
    return { noop: med(noop), noopSetOptions, highlight: med(highlight), highlightSetOptions: setOptions / 11 };
  }, HIGHLIGHTS);
  await page.close();
  return result;
}

async function updatesRaw() {
  const { page } = await openPage('/page/raw-blank.html');
  await page.waitForFunction(() => window.benchReady === true);
  const result = await page.evaluate(async (periods) => {
    const load = async (name) => (await fetch(`/data/option-${name}.json`)).json();
    const option = await load('deficit-trend');
    const steps = await Promise.all(periods.map((period) => load(`highlight-${period}`)));
    const box = document.createElement('div');
    box.style.cssText = 'width:688px;height:360px';
    document.getElementById('stage').append(box);
    const chart = window.echarts.init(box, null, { renderer: 'svg' });
    chart.setOption(option);
    const frame = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
    const med = (list) => [...list].sort((a, b) => a - b)[list.length >> 1];
    await frame();
    // The same change as ours: our widget's option for each step, merged as ours merges it.
    const sameChange = [];
    for (let i = 0; i < 11; i++) {
      const t0 = performance.now();
      chart.setOption(steps[i % 2], { replaceMerge: ['series'] });
      sameChange.push(performance.now() - t0);
      await frame();
    }
    // ECharts' own emphasis (no value label, nothing dimmed), drawn at once: a lower bound.
    chart.setOption(option, { notMerge: true });
    await frame();
    const emphasis = [];
    for (let i = 0; i < 11; i++) {
      const t0 = performance.now();
      chart.dispatchAction({ type: 'downplay' });
      chart.dispatchAction({ type: 'highlight', seriesIndex: 0, dataIndex: i % 2 ? 2 : 3 }, { flush: true });
      emphasis.push(performance.now() - t0);
      await frame();
    }
    return { highlight: med(sameChange), emphasis: med(emphasis) };
  }, HIGHLIGHTS);
  await page.close();
  return result;
}

// ---- run ---------------------------------------------------------------------------------

const results = { date: new Date().toISOString(), quick: QUICK };
try {
  results.machine = {
    os: `${platform()} ${release()} ${arch()}`,
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    memoryGB: Math.round(totalmem() / 1e9),
    // Timings are wall-clock: a loaded machine inflates them (both sides alike).
    loadAverage: loadavg().map((x) => Number(x.toFixed(2))),
    node: process.version,
    chromium: browser ? await browser.version() : 'none found',
  };
  if (SECTIONS.has('sizes')) {
    results.sizes = sizeSection();
    log('sizes done');
  }

  const needsOptions = ['time', 'first', 'long', 'memory', 'resize', 'updates'].some((name) => SECTIONS.has(name));
  if (needsOptions) {
    for (const tag of WIDGETS) await captureOption(tag, '/data/seed.json', tag);
    // A Korean widget also fetches its Korean wording (chunks of its own).
    if (SECTIONS.has('first')) await captureOption('deficit-trend', '/data/seed.json', KOREAN_FIRST, 'ko');
    if (SECTIONS.has('long')) for (const count of [600, 5000]) await captureOption('deficit-trend', `/data/long-${count}.json`, `long-${count}`);
    // The two scrollytelling steps of the updates section, as our widget draws them.
    if (SECTIONS.has('updates')) for (const period of HIGHLIGHTS) await captureOption('deficit-trend', '/data/seed.json', `highlight-${period}`, '', period);
    log('options captured');
  }

  if (SECTIONS.has('time')) {
    results.timeToChart = {};
    for (const tag of WIDGETS) {
      results.timeToChart[tag] = await timeCase(tag, RUNS);
      log(`time to chart: ${tag}`);
    }
  }
  if (SECTIONS.has('first')) {
    results.firstScreen = { network: SLOW_4G };
    for (const name of [...WIDGETS, KOREAN_FIRST]) {
      results.firstScreen[name] = await firstScreenCase(name, FIRST_RUNS);
      log(`first screen: ${name}`);
    }
  }
  if (SECTIONS.has('long')) {
    results.longSeries = {};
    for (const count of [600, 5000]) {
      results.longSeries[count] = await timeCase(`long-${count}`, count > 1000 ? LONGEST_RUNS : LONG_RUNS);
      log(`long series: ${count}`);
    }
  }

  if (SECTIONS.has('article')) {
    const articles = [];
    const bare = [];
    for (let i = 0; i < ARTICLE_RUNS; i++) {
      articles.push(await articleRun());
      bare.push(await articleRun(true));
    }
    const pick = (f) => median(articles.map(f));
    const phase = (list, key) => {
      const m = (f) => median(list.map(f));
      return {
        jsBytes: m((x) => x[`${key}Bytes`].script),
        allBytes: m((x) => x[`${key}Bytes`].total),
        task: m((x) => x[key].task),
        script: m((x) => x[key].script),
        layout: m((x) => x[key].layout),
        style: m((x) => x[key].style),
        heap: m((x) => x[key].heap),
      };
    };
    results.article = {
      runs: ARTICLE_RUNS,
      widgets: articles[0].near.widgets,
      withinOneViewport: articles[0].near.withinOneViewport,
      inViewport: articles[0].near.inViewport,
      drawnBeforeScroll: pick((x) => x.near.ready),
      instancesBeforeScroll: pick((x) => x.instancesBefore),
      instancesAfterScroll: pick((x) => x.instancesAfter),
      before: phase(articles, 'before'),
      after: phase(articles, 'after'),
      settledMs: pick((x) => x.settledMs),
      bare: { before: phase(bare, 'before'), after: phase(bare, 'after') },
    };
    log('article done');
  }

  if (SECTIONS.has('memory')) {
    results.memory = { cycles: CYCLES, ours: await memoryOurs(CYCLES), raw: await memoryRaw(CYCLES) };
    log('memory done');
  }
  if (SECTIONS.has('resize')) {
    results.resize = { ours: await resizeOurs(), raw: await resizeRaw() };
    log('resize done');
  }
  if (SECTIONS.has('updates')) {
    results.updates = { ours: await updatesOurs(), raw: await updatesRaw() };
    log('updates done');
  }
  if (SECTIONS.has('lighthouse')) {
    // The demo article as `npm start` serves it (compressed, a CDN's headers), not the pages above.
    const missingLighthouse = CDN === CDN_DIR ? await lighthouseMissing() : 'it measures dist/cdn through the demo article, not a --cdn build';
    if (missingLighthouse) {
      results.lighthouse = { skipped: missingLighthouse };
      log(`lighthouse skipped: ${missingLighthouse}`);
    } else {
      const { startDemoServer } = await import('../scripts/serve.mjs');
      const demo = await startDemoServer();
      try {
        // Beside it, the same article drawn by raw ECharts with the floor (bench/lighthouse.mjs).
        results.lighthouse = await lighthouseOursAndRaw({ demoUrl: demo.url, floorFile: floor.main.file, runs: LIGHTHOUSE_RUNS, log });
      } finally {
        await demo.server.stop();
      }
      log('lighthouse done');
    }
  }
  results.pageErrors = errors;
} finally {
  await browser?.close();
  await new Promise((ok) => server.close(ok));
  server.closeAllConnections?.();
}
results.seconds = Math.round((Date.now() - started) / 1000);

// ---- report --------------------------------------------------------------------------------

function markdown(r) {
  const lines = [];
  lines.push(`# Benchmark: trade-balance-charts against raw ECharts`, '');
  lines.push(`${r.date.slice(0, 16).replace('T', ' ')} UTC · ${r.machine.cpus} · ${r.machine.memoryGB} GB · ${r.machine.os} · ${r.machine.chromium} (headless) · Node ${r.machine.node} · ${r.seconds} s${r.quick ? ' · **quick run**' : ''}`, '');
  if (CDN !== CDN_DIR) lines.push(`**Variant build: ${CDN}**`, '');
  lines.push(`Animation off on both sides (prefers-reduced-motion). KB = 1000 bytes. Medians of ${RUNS} runs (long series: ${LONG_RUNS}, 5,000 periods: ${LONGEST_RUNS}; article: ${ARTICLE_RUNS}). Load average at the start: ${r.machine.loadAverage.join(', ')} (wall-clock timings stretch on a busy machine, both sides alike).`, '');

  const s = r.sizes;
  if (s) {
  lines.push('## Size (CDN build; a page with all three widgets)', '');
  lines.push('| file | role | min | gzip | brotli |', '|---|---|--:|--:|--:|');
  for (const f of s.files) lines.push(`| ${f.file} | ${f.role} | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`);
  lines.push(`| **entry closure** (before any widget connects) | | ${kb(s.entry.raw)} | **${kb(s.entry.gzip)}** | ${kb(s.entry.brotli)} |`);
  lines.push(`| **total transfer** (${s.files.length} files) | | ${kb(s.total.raw)} | **${kb(s.total.gzip)}** | **${kb(s.total.brotli)}** |`);
  lines.push(`| floor: Lit + ${s.parts.join(', ')} (one file) | | ${kb(s.floor.raw)} | ${kb(s.floor.gzip)} | ${kb(s.floor.brotli)} |`);
  lines.push(`| **our own code** = total − floor | | ${kb(s.ownCode.raw)} | **${kb(s.ownCode.gzip)} (${(s.ownCode.shareGzip * 100).toFixed(1)} %)** | ${kb(s.ownCode.brotli)} (${(s.ownCode.shareBrotli * 100).toFixed(1)} %) |`);
  if (s.korean) lines.push(`| the same page in Korean (+ ${s.korean.files.join(', ')}) | | ${kb(s.korean.total.raw)} | ${kb(s.korean.total.gzip)} (own ${kb(s.korean.ownGzip)}, ${(s.korean.shareGzip * 100).toFixed(1)} %) | ${kb(s.korean.total.brotli)} |`);
  lines.push(`| single-file bundle (for comparison) | | ${kb(s.singleFile.raw)} | ${kb(s.singleFile.gzip)} (own ${kb(s.singleFile.ownGzip)}) | ${kb(s.singleFile.brotli)} (own ${kb(s.singleFile.ownBrotli)}) |`);
  lines.push('', `Not loaded for drawing in English: ${s.onDemand.map((f) => `${f.role} ${kb(f.gzip)} KB`).join(', ')} (gzip).`, '');
  }

  if (r.timeToChart || r.longSeries) {
  lines.push('## Time to chart: widget scrolled into view → drawn (ms, median)', '');
  lines.push('Ours: scroll → `chart-ready` (fired after `setOption`, where ECharts fires `finished` with animation off). Raw: the same option (`JSON.stringify(chart.getOption())` from our widget) drawn by `init` + `setOption` with the floor bundle, imported when the box nears the viewport. *Cold* = first chart on the page (ECharts chunk fetched and evaluated); *warm* = a second chart.', '');
  lines.push('| case | ours cold | raw cold | ratio | ours warm | raw warm | ratio |', '|---|--:|--:|--:|--:|--:|--:|');
  const timeRow = (label, t) => lines.push(`| ${label} | ${ms(t.ours.cold)} | ${ms(t.raw.cold)} | ${ratio(t.ours.cold, t.raw.cold)} | ${ms(t.ours.warm)} | ${ms(t.raw.warm)} | ${ratio(t.ours.warm, t.raw.warm)} |`);
  if (r.timeToChart) for (const tag of WIDGETS) timeRow(`&lt;${tag}&gt; (seed data)`, r.timeToChart[tag]);
  if (r.longSeries) for (const count of [600, 5000]) timeRow(`&lt;deficit-trend&gt; ${count.toLocaleString('en')} months`, r.longSeries[count]);
  lines.push('');
  }

  const f = r.firstScreen;
  if (f) {
  lines.push(`## A chart in the first screen on slow 4G: navigation → drawn (ms, median of ${FIRST_RUNS})`, '');
  lines.push(`Network throttled by Chromium (${f.network.latency} ms round trip, ${(f.network.downloadThroughput * 8) / 1e6} Mbps down), empty cache. Ours: the script tag and the widget with \`src\`: entry → the runtime, the widget's chunk, the data and ECharts side by side. Raw: a page that imports the floor bundle and fetches the option side by side.`, '');
  lines.push('| widget | ours | raw | ratio |', '|---|--:|--:|--:|');
  for (const tag of WIDGETS) lines.push(`| &lt;${tag}&gt; | ${ms(f[tag].ours)} | ${ms(f[tag].raw)} | ${ratio(f[tag].ours, f[tag].raw)} |`);
  const ko = f[KOREAN_FIRST];
  if (ko) lines.push(`| &lt;deficit-trend lang="ko"&gt; (+ its Korean wording; raw: the Korean option) | ${ms(ko.ours)} | ${ms(ko.raw)} | ${ratio(ko.ours, ko.raw)} |`);
  lines.push('');
  }

  const a = r.article;
  if (a) {
  lines.push(`## Article: ${a.widgets} widgets (10 of each), seed dataset, viewport ${VIEWPORT.width}×${VIEWPORT.height}`, '');
  lines.push('| | before scrolling | after scrolling to the end |', '|---|--:|--:|');
  lines.push(`| JS transferred (gzip) | ${kb(a.before.jsBytes)} KB | ${kb(a.after.jsBytes)} KB |`);
  lines.push(`| all bytes transferred | ${kb(a.before.allBytes)} KB | ${kb(a.after.allBytes)} KB |`);
  lines.push(`| main thread: all tasks | ${ms(a.before.task)} ms | ${ms(a.after.task)} ms |`);
  lines.push(`| … the same article without our script | ${ms(a.bare.before.task)} ms | ${ms(a.bare.after.task)} ms |`);
  lines.push(`| main thread: script | ${ms(a.before.script)} ms | ${ms(a.after.script)} ms |`);
  lines.push(`| main thread: layout + style | ${ms(a.before.layout + a.before.style)} ms | ${ms(a.after.layout + a.after.style)} ms |`);
  lines.push(`| … without our script | ${ms(a.bare.before.layout + a.bare.before.style)} ms | ${ms(a.bare.after.layout + a.bare.after.style)} ms |`);
  lines.push(`| JS heap | ${kb(a.before.heap / 1000)} MB | ${kb(a.after.heap / 1000)} MB |`);
  lines.push(`| ECharts instances | ${a.instancesBeforeScroll} | ${a.instancesAfterScroll} |`);
  lines.push('', `Before scrolling: ${a.inViewport} widgets start inside the viewport and ${a.withinOneViewport} within one viewport height of it (the lazy-draw margin); ${a.drawnBeforeScroll} were drawn.`, '');
  }

  const m = r.memory;
  if (m) {
  const memRow = (label, x) => lines.push(`| ${label} | ${kb(x.start.heap / 1000)} MB | ${kb((x.half.heap - x.start.heap) / 1000)} MB | ${kb((x.end.heap - x.half.heap) / 1000)} MB | ${x.end.nodes - x.start.nodes} | ${x.end.listeners - x.start.listeners} | ${x.instancesInDom} | ${x.instancesInHeap} | ${(x.elapsed / m.cycles).toFixed(1)} ms |`);
  lines.push(`## Memory: ${m.cycles} create/draw/remove cycles (after 20 warm-up cycles), heap after forced GC`, '');
  lines.push('Live ECharts objects: the heap\'s objects with the ECharts instance prototype (CDP `queryObjects`), disposed or not; containers: elements with a non-empty `_echarts_instance_`, shadow roots included.', '');
  lines.push(`| | heap at start | Δ first ${m.cycles / 2} | Δ next ${m.cycles / 2} | DOM nodes Δ | listeners Δ | ECharts containers in DOM | live ECharts objects | per cycle |`, '|---|--:|--:|--:|--:|--:|--:|--:|--:|');
  memRow('&lt;deficit-trend&gt; created, drawn, removed', m.ours);
  memRow('raw: init, setOption, dispose', m.raw);
  lines.push('');
  }

  const z = r.resize;
  if (z) {
  lines.push('## Resize storm: 100 width changes of the container', '');
  lines.push('| | resizes | setOption calls | ResizeObserver loop errors | script ms |', '|---|--:|--:|--:|--:|');
  for (const [label, x] of [['ours, one change per frame', z.ours.perFrame], ['raw (naive ResizeObserver → resize), one per frame', z.raw.perFrame], ['ours, 100 changes in one frame', z.ours.oneFrame], ['raw, 100 changes in one frame', z.raw.oneFrame]]) {
    lines.push(`| ${label} | ${x.resizes} | ${x.setOption} | ${x.loopErrors} | ${ms(x.script)} |`);
  }
  lines.push('');
  }
  const u = r.updates;
  if (u) {
  lines.push('## Updates on a drawn &lt;deficit-trend&gt; (ms, median)', '');
  lines.push('| | ours | raw ECharts |', '|---|--:|--:|');
  lines.push(`| a re-render with nothing changed (\`requestUpdate()\` → \`updateComplete\`) | ${ms(u.ours.noop)} (setOption: ${u.ours.noopSetOptions}) | – |`);
  lines.push(`| highlight another period (ours: \`highlight\` attribute → \`chart-ready\`; raw: \`setOption\` of the same two options, merged alike) | ${ms(u.ours.highlight)} (setOption: ${u.ours.highlightSetOptions.toFixed(0)} per change) | ${ms(u.raw.highlight)} |`);
  if (u.raw.emphasis !== undefined) lines.push(`| … ECharts' own emphasis instead (\`dispatchAction\` highlight, drawn at once: no value label, nothing dimmed) | – | ${ms(u.raw.emphasis)} |`);
  lines.push('');
  }
  const l = r.lighthouse;
  if (l?.skipped) lines.push(`## Lighthouse: skipped (${l.skipped})`, '');
  else if (l) lines.push(...lighthouseMarkdown(l));
  if (r.pageErrors?.length) lines.push('## Page errors', '', ...r.pageErrors.slice(0, 20).map((e) => `- ${e}`), '');
  return lines.join('\n');
}

/** The README's performance section: the headline numbers, the date and the machine. */
function readmeSection(r) {
  const s = r.sizes;
  const t = r.timeToChart;
  const a = r.article;
  const m = r.memory;
  const z = r.resize;
  const whole = (x) => x.toFixed(0);
  const lines = ['## Performance', ''];
  lines.push(
    `Measured by \`npm run bench\` on ${r.date.slice(0, 10)}: ${r.machine.cpus}, ${r.machine.memoryGB} GB, ${r.machine.os}, ${r.machine.chromium.replace('Chrome/', 'Chromium ')} headless, animation off (load average ${r.machine.loadAverage[0]} at the start: times are wall-clock, and both sides ran in the same browser, alternating). Full tables: \`bench/results/latest.md\`.`,
    '',
  );
  lines.push('| | trade-balance-charts | raw ECharts (same parts, same option) |', '|---|--:|--:|');
  lines.push(`| script before any widget connects (gzip) | ${kb(s.entry.gzip)} KB | – |`);
  lines.push(`| total transfer, a page with all three widgets (gzip) | ${kb(s.total.gzip)} KB | ${kb(s.floor.gzip)} KB (Lit + the same ECharts parts) |`);
  lines.push(`| of which our own code | ${kb(s.ownCode.gzip)} KB (${(s.ownCode.shareGzip * 100).toFixed(1)} %) | – |`);
  for (const tag of WIDGETS) lines.push(`| \`<${tag}>\` scrolled into view → drawn: first / a later chart | ${whole(t[tag].ours.cold)} / ${whole(t[tag].ours.warm)} ms | ${whole(t[tag].raw.cold)} / ${whole(t[tag].raw.warm)} ms |`);
  const f = r.firstScreen;
  if (f) lines.push(`| a chart in the first screen, slow 4G (${f.network.latency} ms, ${(f.network.downloadThroughput * 8) / 1e6} Mbps): navigation → drawn, ${WIDGETS.map((tag) => `\`<${tag}>\``).join(' / ')} | ${WIDGETS.map((tag) => whole(f[tag].ours)).join(' / ')} ms | ${WIDGETS.map((tag) => whole(f[tag].raw)).join(' / ')} ms (imports ECharts and fetches the option side by side) |`);
  for (const count of [600, 5000]) lines.push(`| \`<deficit-trend>\` with ${count.toLocaleString('en')} months, a later chart | ${whole(r.longSeries[count].ours.warm)} ms | ${whole(r.longSeries[count].raw.warm)} ms |`);
  lines.push(`| article with ${a.widgets} widgets, before scrolling: ECharts instances | ${a.instancesBeforeScroll} (${a.withinOneViewport} widgets within a viewport height) | – |`);
  lines.push(`| … JS transferred; main-thread script, layout and style | ${kb(a.before.jsBytes)} KB; ${whole(a.before.script)} + ${whole(a.before.layout + a.before.style)} ms | – |`);
  lines.push(`| ${m.cycles} create/draw/remove cycles: heap growth over the last ${m.cycles / 2}; live ECharts objects | ${kb((m.ours.end.heap - m.ours.half.heap) / 1000)} MB; ${m.ours.instancesInHeap} | ${kb((m.raw.end.heap - m.raw.half.heap) / 1000)} MB; ${m.raw.instancesInHeap} |`);
  lines.push(`| 100 width changes: one per frame / all in one frame → resizes | ${z.ours.perFrame.resizes} / ${z.ours.oneFrame.resizes} | ${z.raw.perFrame.resizes} / ${z.raw.oneFrame.resizes} (ResizeObserver → resize) |`);
  lines.push('', '`npm run bench` measures on your machine; `npm test` checks the size budgets (entry ≤ 10 KB gzip; our own code under a byte ceiling lowered with every reduction, against a target of 10 % of the transfer).');
  return lines.join('\n') + '\n';
}

const table = markdown(results);
mkdirSync('bench/results', { recursive: true });
writeFileSync(`bench/results/${OUT}.md`, table + '\n');
if (OUT === 'latest' && ['sizes', 'time', 'long', 'article', 'memory', 'resize'].every((name) => SECTIONS.has(name))) writeFileSync('bench/results/README-section.md', readmeSection(results));
writeFileSync(`bench/results/${OUT}.json`, JSON.stringify(results, (key, value) => (key === 'samples' ? undefined : value), 2) + '\n');
console.log(table);
log(`wrote bench/results/${OUT}.md and ${OUT}.json (${results.seconds} s)`);
