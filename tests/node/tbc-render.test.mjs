// The tbc-render CLI (run after `npm run build`): each format, a batch with a bad job, --help.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/tbc-render.mjs', import.meta.url));
const DATA = fileURLToPath(new URL('../../data/knowledge-services-trade.json', import.meta.url));

const work = mkdtempSync(join(tmpdir(), 'tbc-render-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
copyFileSync(DATA, join(work, 'trade.json'));

const cli = (...args) => spawnSync(process.execPath, [BIN, ...args], { cwd: work, encoding: 'buffer' });
const text = (buffer) => buffer.toString('utf8');

test('tbc-render writes an SVG to standard output, with the widget\'s attributes as flags', () => {
  const run = cli('deficit-trend', '--data', 'trade.json', '--lang', 'ko', '--type', 'line', '--width', '500', '--height', '300', '--no-hover-style');
  assert.equal(run.status, 0, text(run.stderr));
  const svg = text(run.stdout);
  assert.match(svg, /^<svg width="500" height="300"/);
  assert.ok(svg.includes('−45.3억 달러'));
  assert.doesNotMatch(svg, /<style/);
});

test('tbc-render writes a PNG (2x) and the whole tag as HTML to --out, the format taken from the extension or --format', () => {
  const png = cli('region-split', '--data', 'trade.json', '--out', 'out/regions.png', '--width', '400', '--height', '400');
  assert.equal(png.status, 0, text(png.stderr));
  const bytes = readFileSync(join(work, 'out/regions.png'));
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG');
  assert.deepEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], [800, 800]);

  const html = cli('driver-breakdown', '--data', 'trade.json', '--format', 'html', '--out', 'drivers.txt', '--hydrate', 'interaction', '--number-style', 'long', '--theme', 'dark');
  assert.equal(html.status, 0, text(html.stderr));
  const page = readFileSync(join(work, 'drivers.txt'), 'utf8');
  assert.match(page, /^<driver-breakdown theme="dark" number-style="long" hydrate="interaction" data-tbc-prerendered="[^"]+"><template shadowrootmode="open">/);
  assert.match(page, /<div class="chart" aria-hidden="true" data-tips="[^"]+"><svg /);
  assert.match(page, /billion/, 'number-style long');
});

test('tbc-render reports a bad flag value or a missing file with exit code 1, and a usage mistake with 2', () => {
  const theme = cli('region-split', '--data', 'trade.json', '--theme', 'blue');
  assert.equal(theme.status, 1);
  assert.match(text(theme.stderr), /theme: "blue"; use light, dark/);
  const missing = cli('region-split', '--data', 'nothing.json');
  assert.equal(missing.status, 1);
  assert.match(text(missing.stderr), /cannot read nothing.json/);
  const usage = cli('region-split');
  assert.equal(usage.status, 2);
  assert.match(text(usage.stderr), /--data FILE/);
});

test('tbc-render --batch renders every job in one process; a bad job is reported by index, the others are written, exit 1', () => {
  mkdirSync(join(work, 'jobs'), { recursive: true });
  copyFileSync(DATA, join(work, 'jobs', 'trade.json'));
  const jobs = [
    { tag: 'deficit-trend', data: 'trade.json', out: 'charts/trend-en.svg' },
    { tag: 'deficit-trend', data: 'trade.json', out: 'charts/trend-ko.png', lang: 'ko' },
    { tag: 'no-such-widget', data: 'trade.json', out: 'charts/bad.svg' },
    { tag: 'region-split', data: 'trade.json', out: 'charts/regions.html', hydrate: 'never', hoverStyle: false },
  ];
  writeFileSync(join(work, 'jobs', 'jobs.json'), JSON.stringify(jobs));
  // Run from elsewhere: data and out are relative to the jobs file.
  const run = cli('--batch', 'jobs/jobs.json');
  assert.equal(run.status, 1);
  const stderr = text(run.stderr);
  assert.match(stderr, /job 2 \(charts\/bad.svg\) failed: tag: "no-such-widget" is not a widget/);
  assert.match(stderr, /3 of 4 jobs written, 1 failed/);
  assert.match(readFileSync(join(work, 'jobs/charts/trend-en.svg'), 'utf8'), /−\$4.53B/);
  assert.equal(readFileSync(join(work, 'jobs/charts/trend-ko.png')).subarray(1, 4).toString('latin1'), 'PNG');
  const figure = readFileSync(join(work, 'jobs/charts/regions.html'), 'utf8');
  assert.match(figure, /^<region-split hydrate="never"/);
  assert.doesNotMatch(figure.split('<div class="chart"')[1], /<style/);
  assert.equal(existsSync(join(work, 'jobs/charts/bad.svg')), false);

  writeFileSync(join(work, 'jobs', 'good.json'), JSON.stringify([jobs[0]]));
  assert.equal(cli('--batch', 'jobs/good.json').status, 0);
});

test('tbc-render --help documents the single and batch forms', () => {
  const run = cli('--help');
  assert.equal(run.status, 0);
  const help = text(run.stdout);
  for (const part of ['tbc-render <tag> --data FILE', '--batch JOBS.json', '--format svg|png|html', '--out FILE', '--no-hover-style', '--number-style', '--hydrate', 'relative to the jobs file', 'exit code is 1']) {
    assert.ok(help.includes(part), part);
  }
});
