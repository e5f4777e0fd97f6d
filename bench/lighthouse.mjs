// Lighthouse on the demo article, as the performance issue measured it: the mobile preset
// (Lighthouse's default config: a phone's screen, simulated slow 4G and 4× CPU slowdown),
// on `npm start`'s server (scripts/serve.mjs, compressed as a CDN sends it), beside the
// same article drawn by raw ECharts (`writeRawArticle`): runs alternate, ours then raw.
//
//   node bench/lighthouse.mjs                 3 runs each on this tree's demo article (after npm run build)
//   node bench/lighthouse.mjs --url URL       3 runs each, ours served elsewhere (another tree's server)
//   node bench/lighthouse.mjs --runs 5 --json results.json --save DIR   (DIR: each run's report and trace, for DevTools)
//
// `npm run bench -- --only lighthouse` runs the same section inside bench/run.mjs.
import { accessSync, constants, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS } from '../scripts/chromium.mjs';
import { locateBrowser } from '../scripts/browsers.mjs';
import { TAGS } from '../src/widgets/manifest.js';

export const DEMO_PATH = '/demo/index.html';
/** The demo article prerendered by `npm run build` (`hydrate="interaction"`). */
export const STATIC_PATH = '/demo/static.html';
/** Where the raw article is written (ignored by git: it holds a copy of the floor bundle). */
export const RAW_DIR = 'bench/results/raw-article';
export const RAW_PATH = `/${RAW_DIR}/index.html`;
/** Tasks shorter than this do not block (TBT counts what is over it); Lighthouse lists the longer ones. */
const LONG_TASK_MS = 50;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Chromium's executable, or undefined when there is none (a CHROME_PATH naming no executable counts as none). */
export function usableChromium() {
  const { path } = locateBrowser('chromium');
  try {
    if (path) accessSync(path, constants.X_OK);
    return path;
  } catch {
    return undefined;
  }
}

/** Why Lighthouse cannot run here (a sentence), or undefined when it can. */
export async function lighthouseMissing() {
  if (!usableChromium()) return 'no Chromium found (set CHROME_PATH to one, or apt-get install chromium)';
  try {
    await import('lighthouse');
  } catch (error) {
    return `the lighthouse package is not installed (npm install; ${error.code ?? error.message})`;
  }
  return undefined;
}

// ---- the raw article ---------------------------------------------------------------------

/**
 * Each widget of the demo article at `url`, drawn on Lighthouse's phone (its mobile screen
 * and user agent, no reduced motion: the option is the one our widget draws in the
 * Lighthouse run, animation included): the option (`JSON.stringify(chart.getOption())`,
 * functions drop out, as in the bench's raw pages), the widget's box and its chart's box.
 */
export async function captureDemoCharts(url) {
  const { screenEmulationMetrics, userAgents } = await import('lighthouse/core/config/constants.js');
  const phone = screenEmulationMetrics.mobile;
  const browser = await puppeteer.launch({ executablePath: usableChromium(), headless: true, args: CHROMIUM_FLAGS, protocolTimeout: 120_000 });
  try {
    const page = await browser.newPage();
    await page.setUserAgent(userAgents.mobile);
    await page.setViewport({ width: phone.width, height: phone.height, deviceScaleFactor: phone.deviceScaleFactor, isMobile: true, hasTouch: true });
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate(async (selector) => {
      const widgets = [...document.querySelectorAll(selector)];
      // Each draws when it nears the viewport: scroll to each in turn.
      for (const el of widgets) {
        el.scrollIntoView({ block: 'center' });
        await el.chartReady;
      }
      await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
      return widgets.map((el) => {
        const host = el.getBoundingClientRect();
        const chart = el.shadowRoot.querySelector('.chart').getBoundingClientRect();
        const style = getComputedStyle(el);
        return {
          tag: el.localName,
          option: JSON.stringify(el.chart.getOption()),
          host: { width: Math.round(host.width), height: Math.round(host.height), margin: `${style.marginTop} 0 ${style.marginBottom}` },
          chart: { top: Math.round(chart.top - host.top), left: Math.round(chart.left - host.left), width: Math.round(chart.width), height: Math.round(chart.height) },
        };
      });
    }, TAGS.join(','));
  } finally {
    await browser.close();
  }
}

/**
 * The raw side, as a hand-written page would draw the same charts: the floor bundle imported
 * when a box nears the viewport (the margin of our widgets' IntersectionObserver,
 * src/base/observers.ts), then `init` + `setOption` of each box's option.
 */
const RAW_SCRIPT = `<script type="module">
const options = fetch('/${RAW_DIR}/options.json').then((response) => response.json());
let echarts;
const near = new IntersectionObserver((entries) => {
  for (const entry of entries) if (entry.isIntersecting) { near.unobserve(entry.target); draw(entry.target); }
}, { rootMargin: '100% 0px 100% 0px' });
async function draw(box) {
  echarts ??= import('/${RAW_DIR}/floor.js');
  const [{ init }, all] = await Promise.all([echarts, options]);
  init(box, null, { renderer: 'svg' }).setOption(all[box.dataset.option]);
}
for (const box of document.querySelectorAll('.raw-chart')) near.observe(box);
</script>
`;

/**
 * demo/index.html with our script removed and each widget replaced by a box of the widget's
 * size holding a box of its chart's size: the article's text, CSS and demo.js stay (a
 * `<base>` keeps their relative URLs), the figure text of ours (heading, summary) goes.
 */
export function rawArticleHtml(demoHtml, charts) {
  let index = 0;
  const widget = new RegExp(`<(${TAGS.join('|')})\\b[^>]*>\\s*</\\1>`, 'g');
  const html = demoHtml
    .replace(/^[ \t]*<script type="module" src="[^"]*trade-balance-charts\.js"><\/script>\n/m, '')
    .replace('<head>', '<head>\n    <base href="/demo/" />')
    .replace(widget, (match, tag) => {
      const c = charts[index];
      if (c?.tag !== tag) throw new Error(`widget ${index + 1} of the demo article is <${tag}>, but the capture has <${c?.tag}>`);
      // Padding, not the chart's margin: a child's top margin would collapse through the box.
      return `<div class="raw-widget" style="box-sizing:border-box;height:${c.host.height}px;margin:${c.host.margin};padding:${c.chart.top}px 0 0 ${c.chart.left}px"><div class="raw-chart" data-option="${index++}" style="width:${c.chart.width}px;height:${c.chart.height}px"></div></div>`;
    })
    .replace('</body>', `${RAW_SCRIPT}</body>`);
  if (index !== charts.length) throw new Error(`the demo article has ${index} widgets, the capture ${charts.length}`);
  if (html.includes('trade-balance-charts.js')) throw new Error('the raw article still loads our script');
  return html;
}

/** Captures the options from the demo article at `demoUrl` and writes the raw article into RAW_DIR (with the floor bundle); returns the charts. */
export async function writeRawArticle(demoUrl, { floorFile }) {
  const charts = await captureDemoCharts(demoUrl);
  rmSync(RAW_DIR, { recursive: true, force: true });
  mkdirSync(RAW_DIR, { recursive: true });
  writeFileSync(join(RAW_DIR, 'index.html'), rawArticleHtml(readFileSync('demo/index.html', 'utf8'), charts));
  writeFileSync(join(RAW_DIR, 'options.json'), `[${charts.map((c) => c.option).join(',')}]`);
  copyFileSync(floorFile, join(RAW_DIR, 'floor.js'));
  return charts;
}

// ---- Lighthouse ------------------------------------------------------------------------

/** The figures of one Lighthouse report (lhr) this bench keeps. */
export function summarize(lhr) {
  const audit = (id) => lhr.audits[id];
  const scripts = audit('resource-summary')?.details?.items?.find((item) => item.resourceType === 'script');
  const breakdown = audit('mainthread-work-breakdown');
  return {
    score: lhr.categories.performance.score,
    tbt: audit('total-blocking-time').numericValue,
    lcp: audit('largest-contentful-paint').numericValue,
    fcp: audit('first-contentful-paint').numericValue,
    cls: audit('cumulative-layout-shift').numericValue,
    scriptBytes: scripts?.transferSize ?? 0,
    scriptRequests: scripts?.requestCount ?? 0,
    // With simulated throttling these durations are the simulation's (the trace's × the CPU slowdown).
    longTasks: (audit('long-tasks')?.details?.items ?? [])
      .filter((task) => task.duration > LONG_TASK_MS)
      .map((task) => ({ url: task.url, startTime: Math.round(task.startTime), duration: Math.round(task.duration) })),
    mainThread: {
      total: Math.round(breakdown?.numericValue ?? 0),
      groups: Object.fromEntries((breakdown?.details?.items ?? []).map((item) => [item.groupLabel ?? item.group, Math.round(item.duration)])),
    },
    bootup: (audit('bootup-time')?.details?.items ?? []).map((item) => ({ url: item.url, total: Math.round(item.total), scripting: Math.round(item.scripting) })),
    lighthouse: lhr.lighthouseVersion,
    userAgent: lhr.environment?.hostUserAgent,
  };
}

/** One Lighthouse run (mobile preset) on `url`, in a fresh headless Chromium: its summary (and the raw report when asked). */
export async function lighthouseOnce(url, { keepReport = false } = {}) {
  const { default: lighthouse } = await import('lighthouse');
  // Blocking time is the trace's tasks × 4: a busy machine inflates it, so each run says how busy.
  const loadAverage = Number(loadavg()[0].toFixed(2));
  const browser = await puppeteer.launch({
    executablePath: usableChromium(),
    headless: true,
    args: [...CHROMIUM_FLAGS, '--remote-debugging-port=0'],
  });
  try {
    const port = Number(new URL(browser.wsEndpoint()).port);
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    if (!result?.lhr) throw new Error(`Lighthouse returned no report for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    return { ...summarize(result.lhr), loadAverage, ...(keepReport ? { lhr: result.lhr, trace: result.artifacts?.Trace } : {}) };
  } finally {
    await browser.close();
  }
}

/** The median and range of `key` over `samples`. */
function stat(samples, key) {
  const values = samples.map((s) => s[key]);
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

/**
 * `runs` Lighthouse runs on each page of `pages` ({ ours: url, raw: url }), alternating (ours,
 * raw, ours, raw, …) so that a machine growing busier slows both alike: for each side, each
 * run and the median and range of the headline figures.
 */
export async function lighthouseCompare(pages, { runs = 3, log = () => {}, saveDir } = {}) {
  const samples = Object.fromEntries(Object.keys(pages).map((side) => [side, []]));
  for (let i = 0; i < runs; i++) {
    for (const [side, url] of Object.entries(pages)) {
      const { lhr, trace, ...last } = await lighthouseOnce(url, { keepReport: Boolean(saveDir) });
      if (saveDir) {
        mkdirSync(saveDir, { recursive: true });
        writeFileSync(join(saveDir, `${side}-run-${i + 1}.report.json`), JSON.stringify(lhr));
        writeFileSync(join(saveDir, `${side}-run-${i + 1}.trace.json`), JSON.stringify(trace));
      }
      samples[side].push(last);
      log(`lighthouse ${side} ${i + 1}/${runs}: performance ${last.score}, TBT ${last.tbt.toFixed(0)} ms, LCP ${last.lcp.toFixed(0)} ms, load average ${last.loadAverage}`);
    }
  }
  const first = Object.values(samples)[0][0];
  const result = { runs, preset: 'mobile (default config: simulated throttling)', lighthouse: first.lighthouse, userAgent: first.userAgent };
  for (const [side, list] of Object.entries(samples)) {
    result[side] = { url: pages[side], ...Object.fromEntries(['score', 'tbt', 'lcp', 'fcp', 'cls', 'scriptBytes'].map((key) => [key, stat(list, key)])), each: list };
  }
  return result;
}

const fixed = (digits) => (value) => value.toFixed(digits);
const shortUrl = (url) => {
  try {
    return new URL(url).pathname.split('/').pop() || url;
  } catch {
    return url;
  }
};

/** Markdown lines: ours beside raw ECharts (median and range of each figure, ours ÷ raw), then each run's long tasks. */
export function lighthouseMarkdown(l, { title = `Lighthouse, mobile preset: the demo article (\`npm start\`'s ${DEMO_PATH}) against raw ECharts drawing the same charts` } = {}) {
  const cell = (s, format, unit) => `${format(s.median)}${unit} (${format(s.min)}–${format(s.max)})`;
  const times = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');
  const scaled = (s, scale) => ({ median: s.median / scale, min: s.min / scale, max: s.max / scale });
  const row = (label, key, format, unit = '', scale = 1) => {
    const [ours, raw] = [l.ours[key], l.raw[key]].map((s) => scaled(s, scale));
    const prerendered = l.static ? ` ${cell(scaled(l.static[key], scale), format, unit)} |` : '';
    return `| ${label} | ${cell(ours, format, unit)} | ${cell(raw, format, unit)} | ${times(ours.median, raw.median)} |${prerendered}`;
  };
  const lines = [`## ${title} (${l.runs} ${l.runs === 1 ? 'run' : 'runs'} each)`, ''];
  lines.push(`Lighthouse ${l.lighthouse}, default config (a phone's screen, simulated slow 4G and 4× CPU slowdown), performance only; each run in a fresh headless Chromium, ours and raw alternating. Ours: ${l.ours.url}. Raw: ${l.raw.url}, the same article (its text, CSS and demo.js) with each widget replaced by a box of its size, and a module that imports the floor bundle when a box nears the viewport and draws the option our widget drew on that phone (\`init\` + \`setOption\`, animation as ours). Long tasks and blocking time are the simulation's (the trace's tasks × the CPU slowdown).`, '');
  if (l.static) lines.push(`Prerendered: ${l.static.url}, the same article made by \`npm run build\` with \`tbc-render\` (every figure and chart in the HTML, \`hydrate="interaction"\`: no runtime and no ECharts until a reader touches a chart).`, '');
  lines.push(`| median (range) | ours | raw ECharts | ours ÷ raw |${l.static ? ' ours, prerendered |' : ''}`, `|---|--:|--:|--:|${l.static ? '--:|' : ''}`);
  lines.push(row('performance score', 'score', fixed(2)));
  lines.push(row('total blocking time', 'tbt', fixed(0), ' ms'));
  lines.push(row('largest contentful paint', 'lcp', fixed(0), ' ms'));
  lines.push(row('first contentful paint', 'fcp', fixed(0), ' ms'));
  lines.push(row('cumulative layout shift', 'cls', fixed(3)));
  lines.push(row('script transferred', 'scriptBytes', fixed(1), ' KB', 1000));
  lines.push('', `Long tasks over ${LONG_TASK_MS} ms, longest first (start → duration, ms, both simulated; the script Lighthouse attributes each to):`, '');
  for (let i = 0; i < l.runs; i++) {
    for (const side of ['ours', 'raw', ...(l.static ? ['static'] : [])]) {
      const run = l[side].each[i];
      const tasks = run.longTasks.map((t) => `${t.startTime} → **${t.duration}** (${shortUrl(t.url)})`).join(', ') || 'none';
      lines.push(`- run ${i + 1}, ${side} (score ${run.score}, TBT ${run.tbt.toFixed(0)} ms, load average ${run.loadAverage}): ${tasks}; main thread ${run.mainThread.total} ms (${Object.entries(run.mainThread.groups).map(([group, ms]) => `${group} ${ms}`).join(', ')})`);
    }
  }
  lines.push('');
  return lines;
}

/**
 * Both sides on a running demo server (`startDemoServer`): writes the raw article from the
 * widgets of `oursUrl`, precompresses it as the CDN files are, then the alternating runs.
 */
export async function lighthouseOursAndRaw({ demoUrl, oursUrl = demoUrl + DEMO_PATH, floorFile, runs, log = () => {}, saveDir }) {
  const { precompress } = await import('../scripts/serve.mjs');
  log(`lighthouse: capturing the options of ${oursUrl} on Lighthouse's phone for the raw article …`);
  const charts = await writeRawArticle(oursUrl, { floorFile });
  await precompress(RAW_DIR);
  log(`lighthouse: raw article written (${charts.map((c) => c.tag).join(', ')})`);
  const pages = { ours: oursUrl, raw: demoUrl + RAW_PATH };
  // The same article prerendered (`npm run build` makes it): its widgets asleep until touched.
  if (oursUrl === demoUrl + DEMO_PATH && existsSync(`.${STATIC_PATH}`)) pages.static = demoUrl + STATIC_PATH;
  return lighthouseCompare(pages, { runs, log, saveDir });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.chdir(resolve(dirname(fileURLToPath(import.meta.url)), '..'));
  const argValue = (name) => {
    const index = process.argv.indexOf(name);
    return index > 0 ? process.argv[index + 1] : undefined;
  };
  const missing = await lighthouseMissing();
  if (missing) {
    console.error(`lighthouse: skipped: ${missing}`);
    process.exit(0);
  }
  const runs = Number(argValue('--runs') ?? 3);
  const { buildFloor } = await import('./floor.mjs');
  const floor = await buildFloor();
  // The raw article is served here even when ours is served elsewhere (--url).
  const { startDemoServer } = await import('../scripts/serve.mjs');
  const { server, url: demoUrl } = await startDemoServer();
  try {
    const result = await lighthouseOursAndRaw({ demoUrl, oursUrl: argValue('--url'), floorFile: floor.main.file, runs, log: (message) => console.error(message), saveDir: argValue('--save') });
    console.log(lighthouseMarkdown(result, { title: `Lighthouse, mobile preset: ${result.ours.url} against raw ECharts drawing the same charts` }).join('\n'));
    const out = argValue('--json');
    if (out) writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
  } finally {
    await server.stop();
  }
}
