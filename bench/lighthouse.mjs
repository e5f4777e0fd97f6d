// Lighthouse on the demo article, as the performance issue measured it: the mobile preset
// (Lighthouse's default config: a phone's screen, simulated slow 4G and 4× CPU slowdown),
// on `npm start`'s server (scripts/serve.mjs, compressed as a CDN sends it).
//
//   node bench/lighthouse.mjs                 3 runs on this tree's demo article (after npm run build)
//   node bench/lighthouse.mjs --url URL       3 runs on a page served elsewhere (another tree's server)
//   node bench/lighthouse.mjs --runs 5 --json results.json --save DIR   (DIR: each run's report and trace, for DevTools)
//
// `npm run bench -- --only lighthouse` runs the same section inside bench/run.mjs.
import { accessSync, constants, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS } from '../scripts/chromium.mjs';
import { locateBrowser } from '../scripts/browsers.mjs';

export const DEMO_PATH = '/demo/index.html';
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

/** `runs` Lighthouse runs on `url`, one after the other: each run and the median and range of the headline figures. */
export async function lighthouseRuns(url, { runs = 3, log = () => {}, saveDir } = {}) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const { lhr, trace, ...last } = await lighthouseOnce(url, { keepReport: Boolean(saveDir) });
    if (saveDir) {
      mkdirSync(saveDir, { recursive: true });
      writeFileSync(join(saveDir, `run-${i + 1}.report.json`), JSON.stringify(lhr));
      writeFileSync(join(saveDir, `run-${i + 1}.trace.json`), JSON.stringify(trace));
    }
    samples.push(last);
    log(`lighthouse ${i + 1}/${runs}: performance ${last.score}, TBT ${last.tbt.toFixed(0)} ms, LCP ${last.lcp.toFixed(0)} ms`);
  }
  const stat = (key) => {
    const values = samples.map((s) => s[key]);
    return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
  };
  return {
    url,
    runs,
    preset: 'mobile (default config: simulated throttling)',
    lighthouse: samples[0].lighthouse,
    userAgent: samples[0].userAgent,
    score: stat('score'),
    tbt: stat('tbt'),
    lcp: stat('lcp'),
    fcp: stat('fcp'),
    cls: stat('cls'),
    scriptBytes: stat('scriptBytes'),
    each: samples,
  };
}

const fixed = (digits) => (value) => value.toFixed(digits);
/** Markdown lines: the median and range of each figure, then the long tasks of each run. */
export function lighthouseMarkdown(l, { title = `Lighthouse, mobile preset, on \`npm start\`'s ${DEMO_PATH}` } = {}) {
  const row = (label, s, format, unit = '') => `| ${label} | ${format(s.median)}${unit} | ${format(s.min)}–${format(s.max)}${unit} |`;
  const lines = [`## ${title} (${l.runs} runs)`, ''];
  lines.push(`Lighthouse ${l.lighthouse}, default config (a phone's screen, simulated slow 4G and 4× CPU slowdown), performance only; each run in a fresh headless Chromium. Long tasks and blocking time are the simulation's (the trace's tasks × the CPU slowdown).`, '');
  lines.push('| | median | range |', '|---|--:|--:|');
  lines.push(row('performance score', l.score, fixed(2)));
  lines.push(row('total blocking time', l.tbt, fixed(0), ' ms'));
  lines.push(row('largest contentful paint', l.lcp, fixed(0), ' ms'));
  lines.push(row('first contentful paint', l.fcp, fixed(0), ' ms'));
  lines.push(row('cumulative layout shift', l.cls, fixed(3)));
  lines.push(row('script transferred', { median: l.scriptBytes.median / 1000, min: l.scriptBytes.min / 1000, max: l.scriptBytes.max / 1000 }, fixed(1), ' KB'));
  lines.push('', `Long tasks over ${LONG_TASK_MS} ms, longest first (start → duration, ms, both simulated; the script Lighthouse attributes each to):`, '');
  l.each.forEach((run, i) => {
    const tasks = run.longTasks.map((t) => `${t.startTime} → **${t.duration}** (${shortUrl(t.url)})`).join(', ') || 'none';
    lines.push(`- run ${i + 1} (score ${run.score}, TBT ${run.tbt.toFixed(0)} ms, load average ${run.loadAverage}): ${tasks}; main thread ${run.mainThread.total} ms (${Object.entries(run.mainThread.groups).map(([group, ms]) => `${group} ${ms}`).join(', ')})`);
  });
  lines.push('');
  return lines;
}

const shortUrl = (url) => {
  try {
    return new URL(url).pathname.split('/').pop() || url;
  } catch {
    return url;
  }
};

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
  let url = argValue('--url');
  let server;
  if (!url) {
    const { startDemoServer } = await import('../scripts/serve.mjs');
    const started = await startDemoServer();
    server = started.server;
    url = started.url + DEMO_PATH;
  }
  try {
    const result = await lighthouseRuns(url, { runs, log: (message) => console.error(message), saveDir: argValue('--save') });
    console.log(lighthouseMarkdown(result, { title: `Lighthouse, mobile preset, on ${url}` }).join('\n'));
    const out = argValue('--json');
    if (out) writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
  } finally {
    await server?.stop();
  }
}
