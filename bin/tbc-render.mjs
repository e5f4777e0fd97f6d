#!/usr/bin/env node
// tbc-render: the widgets drawn ahead of time (SVG, PNG or the whole tag as HTML), one chart
// or a batch of them in one process. A thin layer over `trade-balance-charts/server`.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { renderChart, renderFigure, TAG_ATTRIBUTES } from '../dist/server/index.js';

const HELP = `Usage:
  tbc-render <tag> --data FILE [options]     one chart
  tbc-render --batch JOBS.json                many charts in one process
  tbc-render --help

<tag>: deficit-trend, driver-breakdown or region-split.

Options:
  --data FILE            the dataset (JSON, as the element's data property takes it)
  --src URL              a URL the rendered tag carries instead of an inline copy
                         (fetched when --data is not given)
  --format svg|png|html  svg: the chart; png: the chart at 2x (needs @napi-rs/canvas);
                         html: the whole tag, its figure in declarative shadow DOM.
                         Default: from --out's extension, else svg
  --out FILE             where to write; default: standard output
  --lang L               BCP 47 tag (en, ko, ja, zh, es, fr, de, ar, ...); default en
  --width W, --height H  the chart's size in CSS px; default 640 x 400
  --theme light|dark     default light
  --currency C           the currency to show, when the data has several (USD, KRW)
  --type bar|line        deficit-trend
  --view balance|change  driver-breakdown
  --sort S               driver-breakdown: value|change|data; region-split: value|data
  --highlight ID         the period, category or region to emphasise
  --number-style short|long
  --heading TEXT, --heading-level N
  --hydrate visible|interaction|never   written onto the tag (html)
  --font-family LIST     the chart's font list, as --tbc-font-family sets it on the page
  --id-prefix P          the SVG ids' prefix (default: random per chart)
  --no-hover-style       drop ECharts' hover <style> from the SVG (email, AMP)
  --narrow-width W|false html: the phone chart's width (default 360), shown instead
                         of the wide one in a box narrower than 480 px; false: none

Batch: JOBS.json is an array of jobs. Each job has the options above in camelCase
(tag, data, src, format, lang, width, height, theme, currency, type, view, sort,
highlight, numberStyle, heading, headingLevel, hydrate, fontFamily, idPrefix,
hoverStyle, narrowWidth) and "out", the file to write. "data" is a file name or the dataset itself;
"data" and "out" are relative to the jobs file. A job that fails is reported with its
index and the others still run; the exit code is 1 when any failed.

Example:
  tbc-render region-split --data trade.json --lang ko --format png --out regions-ko.png
  echo '[{"tag":"deficit-trend","data":"trade.json","out":"trend.svg"}]' > jobs.json
  tbc-render --batch jobs.json
`;

const FORMATS = ['svg', 'png', 'html'];

function formatOf(format, out) {
  if (format !== undefined) {
    if (!FORMATS.includes(format)) throw new Error(`format: ${JSON.stringify(format)}; use svg, png or html`);
    return format;
  }
  const extension = out && /\.(svg|png|html?)$/i.exec(out)?.[1].toLowerCase();
  return extension === 'htm' ? 'html' : (extension ?? 'svg');
}

function readData(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`data: cannot read ${file} (${error.code ?? error.message})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`data: ${file} is not JSON (${error.message})`);
  }
}

/** Renders one job; returns what to write (a string or bytes). */
async function run(job, format) {
  const options = { ...job };
  delete options.out;
  delete options.format;
  if (format === 'html') return renderFigure(options);
  const result = await renderChart({ ...options, format });
  return format === 'png' ? result.png : result.svg;
}

function write(out, content) {
  if (!out) {
    process.stdout.write(content);
    return;
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, content);
}

const number = (value, name) => {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed)) throw new Error(`--${name}: ${JSON.stringify(value)} is not a number`);
  return parsed;
};

/** Flags passed on as the option of the same name in camelCase (`--number-style` → `numberStyle`), as given or as numbers: the tag's attributes, and a few of the render's own. */
const TEXT_FLAGS = [...TAG_ATTRIBUTES.filter((entry) => !entry.number).map((entry) => entry.attribute), 'font-family', 'id-prefix'];
const NUMBER_FLAGS = [...TAG_ATTRIBUTES.filter((entry) => entry.number).map((entry) => entry.attribute), 'width', 'height'];
const camelCase = (flag) => flag.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());

async function single(args) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...Object.fromEntries(['data', 'format', 'out', 'narrow-width', ...TEXT_FLAGS, ...NUMBER_FLAGS].map((flag) => [flag, { type: 'string' }])),
      'no-hover-style': { type: 'boolean' },
    },
  });
  if (positionals.length !== 1) throw new UsageError(positionals.length ? `one tag, not ${positionals.join(' ')}` : 'which widget? give a tag');
  if (!values.data && !values.src) throw new UsageError('--data FILE (or --src URL) is required');
  const format = formatOf(values.format, values.out);
  const job = {
    tag: positionals[0],
    data: values.data ? readData(values.data) : undefined,
    ...Object.fromEntries(TEXT_FLAGS.map((flag) => [camelCase(flag), values[flag]])),
    ...Object.fromEntries(NUMBER_FLAGS.map((flag) => [camelCase(flag), number(values[flag], flag)])),
    hoverStyle: values['no-hover-style'] ? false : undefined,
    narrowWidth: values['narrow-width'] === 'false' ? false : number(values['narrow-width'], 'narrow-width'),
  };
  for (const key of Object.keys(job)) if (job[key] === undefined) delete job[key];
  write(values.out, await run(job, format));
  return 0;
}

async function batch(file) {
  const base = dirname(resolve(file));
  const jobs = readData(file);
  if (!Array.isArray(jobs)) throw new Error(`${file}: expected an array of jobs`);
  let failed = 0;
  for (const [index, raw] of jobs.entries()) {
    const where = `job ${index}${raw && typeof raw.out === 'string' ? ` (${raw.out})` : ''}`;
    try {
      if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error('a job is an object with tag, data and out');
      if (typeof raw.out !== 'string' || !raw.out) throw new Error('"out" (the file to write) is required');
      const out = resolve(base, raw.out);
      const data = typeof raw.data === 'string' ? readData(resolve(base, raw.data)) : raw.data;
      const format = formatOf(raw.format, raw.out);
      write(out, await run({ ...raw, data }, format));
      console.error(`${where}: wrote ${out}`);
    } catch (error) {
      failed++;
      console.error(`tbc-render: ${where} failed: ${error.message}`);
    }
  }
  console.error(`tbc-render: ${jobs.length - failed} of ${jobs.length} jobs written${failed ? `, ${failed} failed` : ''}`);
  return failed ? 1 : 0;
}

class UsageError extends Error {}

async function main(args) {
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
    process.stdout.write(HELP);
    return args.length === 0 ? 2 : 0;
  }
  const at = args.indexOf('--batch');
  if (at >= 0) {
    const file = args[at + 1];
    if (!file || args.length !== 2) throw new UsageError('--batch JOBS.json takes no other arguments');
    return batch(file);
  }
  return single(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`tbc-render: ${error.message}`);
    if (error instanceof UsageError || error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') console.error('Run tbc-render --help for the options.');
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
