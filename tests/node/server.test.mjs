// The server entry (run after `npm run build`): every widget drawn in Node, in English and
// Korean, as SVG, PNG and the whole tag (renderFigure), with the same builders as the browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { TAGS } from '../../src/widgets/manifest.js';

const DOM_GLOBALS = ['document', 'window', 'HTMLElement', 'customElements', 'DOMMatrix'];
const before = Object.fromEntries(DOM_GLOBALS.map((name) => [name, typeof globalThis[name]]));
const { renderChart, renderFigure, scriptJson, loadFonts, FONT_PACKAGES, TAG_ATTRIBUTES } = await import('trade-balance-charts/server');

const data = JSON.parse(readFileSync(new URL('../../data/knowledge-services-trade.json', import.meta.url), 'utf8'));

/** Texts each widget shows for the dataset, as a reader sees them in the browser. */
const EXPECTED = {
  'deficit-trend': { en: ['−$4.53B', 'H1 2025'], ko: ['−45.3억 달러', '2025년 상반기'] },
  'driver-breakdown': { en: ['IP royalties', '−$2.45B'], ko: ['지식재산권 사용료', '−24.5억 달러'] },
  'region-split': { en: ['North America', '−$3.77B'], ko: ['북미', '−37.7억 달러'] },
};

/** The text of every <text> element of an SVG, entities decoded. */
const svgTexts = (svg) =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(([, text]) => text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));

test('the server entry imports in Node without a DOM and leaves no DOM behind', () => {
  for (const name of DOM_GLOBALS) assert.equal(before[name], 'undefined', `${name} before the import`);
  // Lit's SSR shim adds a customElements registry (for elements rendered on the server), no document.
  for (const name of ['document', 'window', 'HTMLElement', 'DOMMatrix']) assert.equal(typeof globalThis[name], 'undefined', `${name} after the import`);
  assert.equal(typeof renderChart, 'function');
  assert.equal(typeof renderFigure, 'function');
});

for (const tag of TAGS) {
  for (const lang of ['en', 'ko']) {
    test(`${tag} in ${lang} as SVG shows its labels and amounts`, async (t) => {
      const { svg, png } = await renderChart({ tag, data, lang });
      assert.equal(png, undefined);
      assert.match(svg, /^<svg [^>]*width="640" height="400"/);
      const texts = svgTexts(svg);
      for (const expected of EXPECTED[tag][lang]) assert.ok(texts.some((text) => text.includes(expected)), `${expected} in ${JSON.stringify(texts)}`);
      const started = performance.now();
      const again = await renderChart({ tag, data, lang });
      const ms = performance.now() - started;
      assert.deepEqual(svgTexts(again.svg), texts, 'the same chart twice');
      t.diagnostic(`${tag} ${lang}: ${svg.length} B SVG, ${gzipSync(svg).length} B gzip, ${ms.toFixed(1)} ms warm`);
    });
  }
}

test('a chart in another language speaks it: Japanese, Chinese, Arabic (mirrored)', async () => {
  const ja = svgTexts((await renderChart({ tag: 'region-split', data, lang: 'ja' })).svg);
  assert.ok(ja.some((text) => /億ドル/.test(text)), JSON.stringify(ja));
  const zh = svgTexts((await renderChart({ tag: 'region-split', data, lang: 'zh' })).svg);
  assert.ok(zh.some((text) => /亿美元/.test(text)), JSON.stringify(zh));
  const arabic = (await renderChart({ tag: 'region-split', data, lang: 'ar' })).svg;
  const ar = svgTexts(arabic);
  assert.ok(ar.some((text) => /مليار/.test(text)), JSON.stringify(ar));
  // Standing alone, the SVG's texts run right to left with ECharts' start/end anchors swapped
  // back, as the figure's styles do in the browser (apache/echarts#21465).
  const english = (await renderChart({ tag: 'region-split', data, idPrefix: 'x' })).svg;
  const anchors = (svg) => [...svg.matchAll(/<text[^>]*text-anchor="(\w+)"/g)].map(([, anchor]) => anchor);
  assert.ok([...arabic.matchAll(/<text /g)].length > 0);
  assert.equal([...arabic.matchAll(/<text direction="rtl"/g)].length, [...arabic.matchAll(/<text /g)].length);
  assert.doesNotMatch(english, /direction=/);
  const mirrored = (await renderFigure({ tag: 'region-split', data, lang: 'ar' })).split('<div class="chart"')[1];
  assert.doesNotMatch(mirrored, /direction="rtl"/, 'in the figure, its styles turn the texts');
  assert.ok(anchors(arabic).includes('start') && anchors(arabic).includes('end'));
  assert.notDeepEqual(anchors(arabic), anchors(mirrored.slice(0, mirrored.indexOf('</svg>'))));
});

test('the widgets\' attributes reach the builders: a line trend, the drivers\' change view, dark colours', async () => {
  const bar = (await renderChart({ tag: 'deficit-trend', data, idPrefix: 'a' })).svg;
  const line = (await renderChart({ tag: 'deficit-trend', data, type: 'line', idPrefix: 'a' })).svg;
  assert.notEqual(line, bar);
  const balance = svgTexts((await renderChart({ tag: 'driver-breakdown', data })).svg);
  const change = svgTexts((await renderChart({ tag: 'driver-breakdown', data, view: 'change' })).svg);
  assert.notDeepEqual(change, balance);
  const dark = (await renderChart({ tag: 'region-split', data, theme: 'dark' })).svg;
  assert.match(dark, /#ff8f5e/i, 'the dark theme\'s deficit colour');
  assert.doesNotMatch(dark, /#c4410c/i, 'not the light one');
  await assert.rejects(renderChart({ tag: 'region-split', data, theme: 'blue' }), /theme: "blue"; use light, dark/);
  await assert.rejects(renderChart({ tag: 'bar-chart', data }), /not a widget/);
  await assert.rejects(renderChart({ tag: 'region-split' }), /no data/);
});

test('two charts rendered apart never share an id, and every reference points into its own chart', async () => {
  // Both hatch their provisional or derived bars with a pattern.
  const one = (await renderChart({ tag: 'deficit-trend', data })).svg;
  const two = (await renderChart({ tag: 'region-split', data })).svg;
  const ids = (svg) => [...svg.matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id);
  const refs = (svg) => [...svg.matchAll(/url\(#([^)]+)\)|href="#([^"]+)"/g)].map(([, a, b]) => a ?? b);
  assert.ok(ids(one).length > 0 && ids(two).length > 0);
  assert.ok(refs(one).some((ref) => /-p\d+$/.test(ref)), 'the trend uses a pattern');
  assert.deepEqual(ids(one).filter((id) => ids(two).includes(id)), []);
  for (const svg of [one, two]) for (const ref of refs(svg)) assert.ok(ids(svg).includes(ref), `${ref} is defined in its own SVG`);
  // The hover classes are the chart's own too, in the elements and in the <style>.
  const classes = (svg) => [...svg.matchAll(/class="([^"]+)"/g)].map(([, name]) => name);
  assert.deepEqual(classes(one).filter((name) => classes(two).includes(name)), []);
  const style = /<style[^>]*>([\s\S]*?)<\/style>/.exec(one)?.[1] ?? '';
  for (const [, selector] of style.matchAll(/\.([\w-]+):hover/g)) assert.ok(classes(one).includes(selector), selector);
});

test('hoverStyle: false drops the hover <style> (email, AMP); a fixed idPrefix makes the output reproducible', async () => {
  const options = { tag: 'driver-breakdown', data, idPrefix: 'news1' };
  const withStyle = (await renderChart(options)).svg;
  assert.match(withStyle, /<style/);
  const without = (await renderChart({ ...options, hoverStyle: false })).svg;
  assert.doesNotMatch(without, /<style/);
  assert.deepEqual(svgTexts(without), svgTexts(withStyle));
  assert.equal((await renderChart(options)).svg, withStyle);
  assert.match(withStyle, /id="news1-[a-z]+\d+"/);
});

test('the Noto Sans font packages (optional dependencies) are found; the Latin one only where the machine has no fonts', async () => {
  const { loaded, missing, skipped } = await loadFonts();
  assert.deepEqual(missing, []);
  assert.deepEqual([...loaded, ...skipped].sort(), [...FONT_PACKAGES].sort());
  for (const script of ['kr', 'jp', 'sc', 'arabic']) assert.ok(loaded.includes(`@fontsource-variable/noto-sans-${script}`), script);
});

test('loading the font packages leaves what system-ui and sans-serif measure as they were (as a browser on this machine measures them)', () => {
  const script = `
    const canvas = await import('@napi-rs/canvas');
    const context = canvas.createCanvas(1, 1).getContext('2d');
    const widths = () => ['12px system-ui, sans-serif', '12px sans-serif'].flatMap((font) => { context.font = font; return ['Trade balance 2025', '−45.3억 달러'].map((text) => context.measureText(text).width); });
    const before = widths();
    const { loaded } = await (await import('trade-balance-charts/server')).loadFonts();
    console.log(JSON.stringify({ fontless: loaded.includes('@fontsource-variable/noto-sans'), before, after: widths() }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: new URL('../..', import.meta.url) });
  assert.equal(run.status, 0, run.stderr);
  // On a machine with no fonts at all there is nothing to keep: Noto Sans is then system-ui.
  const { fontless, before, after } = JSON.parse(run.stdout);
  if (!fontless) assert.deepEqual(after, before);
});

test('PNG: a valid PNG at twice the chart size, in English and Korean', async (t) => {
  for (const lang of ['en', 'ko']) {
    const started = performance.now();
    const { png, svg } = await renderChart({ tag: 'region-split', data, lang, format: 'png', width: 600, height: 360 });
    const ms = performance.now() - started;
    assert.equal(svg, undefined);
    assert.ok(png instanceof Uint8Array);
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
    const view = new DataView(png.buffer, png.byteOffset);
    assert.equal(String.fromCharCode(...png.subarray(12, 16)), 'IHDR');
    assert.deepEqual([view.getUint32(16), view.getUint32(20)], [1200, 720]);
    t.diagnostic(`region-split ${lang} PNG: ${png.length} B, ${ms.toFixed(0)} ms`);
  }
});

/** The figure's markup between <template shadowrootmode="open"> and </template>. */
const shadowOf = (html) => /<template shadowrootmode="open">([\s\S]*)<\/template>/.exec(html)?.[1] ?? '';

test('renderFigure: the tag with its attributes, the figure in declarative shadow DOM with its styles, the chart SVG in .chart, the data as a JSON child', async () => {
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const html = await renderFigure({ tag: 'region-split', data, lang: 'ko', theme: 'dark', sort: 'data', hydrate: 'interaction', numberStyle: 'long' });
  assert.match(html, /^<region-split lang="ko" theme="dark" sort="data" number-style="long" hydrate="interaction" data-tbc-prerendered="([^"]+)"><template shadowrootmode="open">/);
  assert.equal(/data-tbc-prerendered="([^"]+)"/.exec(html)[1], version);
  const shadow = shadowOf(html);
  assert.match(shadow, /^<style>[\s\S]*:host[\s\S]*\.chart-box[\s\S]*<\/style>/, 'the element\'s styles first');
  assert.match(shadow, /<figcaption id="heading"[^>]*>[\s\S]*적자는 어디서 왔나: 지역별, 2025년 상반기[\s\S]*<\/figcaption>/);
  assert.match(shadow, /<p id="summary" part="summary" class="summary">(<!--[^>]*-->)*[^<]*북미[^<]*<!--\/lit-part--><\/p>/);
  // hydrate="interaction": the live tooltip's texts go along, for hovers before ECharts loads.
  const box = /<div class="chart" aria-hidden="true" data-tips="([^"]*)"><svg [\s\S]*?<\/svg><\/div>/.exec(shadow);
  assert.ok(box, 'the chart SVG in .chart, with its hover texts');
  const tips = JSON.parse(box[1].replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
  assert.match(tips['0,0'], /^[^\n]+\n[^\n]*달러/, 'a name, then its amount');
  const visible = shadowOf(await renderFigure({ tag: 'region-split', data, hydrate: 'visible' }));
  assert.match(visible, /<div class="chart" aria-hidden="true"><svg /, 'no hover texts for a widget that loads ECharts anyway');
  assert.match(shadow, /<table part="table">[\s\S]*<th scope="row">(<!--[^>]*-->)*북미/);
  assert.match(shadow, /<p part="source" class="source">/);
  const script = /<\/template><script type="application\/json">([\s\S]*)<\/script><\/region-split>$/.exec(html);
  assert.ok(script, 'the dataset after the template');
  assert.deepEqual(JSON.parse(script[1]), data);
});

test('renderFigure with src carries the URL and no copy of the data; hydrate="never" offers no keyboard and no buttons', async () => {
  const html = await renderFigure({ tag: 'deficit-trend', data, src: 'https://example.org/trade.json', hydrate: 'never' });
  assert.match(html, /^<deficit-trend src="https:\/\/example.org\/trade.json" hydrate="never"/);
  assert.doesNotMatch(html, /application\/json/);
  assert.match(html, /<\/template><\/deficit-trend>$/);
  assert.match(shadowOf(html), /class="chart-box"[^>]*tabindex="-1"/);
  assert.doesNotMatch(shadowOf(html), /<button/, 'no buttons that would never work');
  assert.match(shadowOf(html), /<table part="table">/);
  const live = await renderFigure({ tag: 'deficit-trend', data });
  assert.match(shadowOf(live), /class="chart-box"[^>]*tabindex="0"/);
  assert.match(shadowOf(live), /<div class="actions">\s*(<!--[^>]*-->)?<button/);
});

test('data strings never become markup: a label with <script> is text in the figure and the SVG, and cannot end the JSON script', async () => {
  const hostile = structuredClone(data);
  const evil = '</script><script>alert(1)</script><img src=x onerror=alert(2)>';
  hostile.regions.items[0].label = { en: evil, ko: evil };
  hostile.regions.title = { en: `Regions ${evil}` };
  const html = await renderFigure({ tag: 'region-split', data: hostile, heading: '"><script>alert(3)</script>' });
  const [markup, json] = html.split('<script type="application/json">');
  assert.doesNotMatch(markup, /<script|<img /);
  assert.match(html, /heading="&quot;&gt;&lt;script&gt;alert\(3\)&lt;\/script&gt;"/);
  assert.match(shadowOf(html), /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  // The JSON's text cannot end its script element early, and still parses to the data.
  assert.ok(json.endsWith('</script></region-split>'));
  const text = json.slice(0, -'</script></region-split>'.length);
  assert.doesNotMatch(text, /<\/script/i);
  assert.ok(text.includes('<\\/script>'));
  assert.deepEqual(JSON.parse(text), hostile);
  assert.equal(JSON.parse(scriptJson({ text: '<!-- </script> -->' })).text, '<!-- </script> -->');
  assert.doesNotMatch(scriptJson({ text: '<!-- </script> -->' }), /<!--|<\//);
  const { svg } = await renderChart({ tag: 'region-split', data: hostile, width: 900 });
  assert.doesNotMatch(svg, /<script|<img /);
});

test('without @napi-rs/canvas: SVG still renders (estimated widths), PNG fails saying what to install', () => {
  // A resolve hook hides the optional dependency, as on a platform it has no build for.
  const hide = `data:text/javascript,${encodeURIComponent(
    `import { register } from 'node:module';
     register('data:text/javascript,' + encodeURIComponent('export async function resolve(s, c, next) { if (s === "@napi-rs/canvas") throw Object.assign(new Error("hidden"), { code: "ERR_MODULE_NOT_FOUND" }); return next(s, c); }'));`,
  )}`;
  const script = `
    const { renderChart } = await import('trade-balance-charts/server');
    const data = ${JSON.stringify(data)};
    const { svg } = await renderChart({ tag: 'region-split', data });
    console.log(svg.includes('North America') ? 'svg ok' : 'svg wrong');
    try { await renderChart({ tag: 'region-split', data, format: 'png' }); console.log('png rendered?'); }
    catch (error) { console.log('png error: ' + error.message); }`;
  const run = spawnSync(process.execPath, ['--import', hide, '--input-type=module', '-e', script], { encoding: 'utf8', cwd: new URL('../..', import.meta.url) });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^svg ok$/m);
  assert.match(run.stdout, /^png error: PNG needs the optional dependency @napi-rs\/canvas.*npm install @napi-rs\/canvas/m);
  assert.match(run.stderr, /@napi-rs\/canvas is not installed; text widths are estimated/);
});

test('renderFigure draws a phone chart too, first and marked, with ids of its own; narrowWidth: false leaves it out', async () => {
  const html = await renderFigure({ tag: 'driver-breakdown', data, idPrefix: 'db' });
  const svgs = [...html.matchAll(/<svg [^>]*>/g)].map(([open]) => open);
  assert.equal(svgs.length, 2);
  assert.match(svgs[0], /^<svg data-narrow="" width="360" height="\d+"/);
  assert.match(svgs[1], /^<svg width="640" height="400"/);
  const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id);
  assert.equal(new Set(ids).size, ids.length, 'no id twice');
  assert.ok(ids.some((id) => id.startsWith('db-narrow-')) && ids.some((id) => /^db-(?!narrow)/.test(id)), JSON.stringify(ids));
  assert.equal((await renderFigure({ tag: 'driver-breakdown', data, narrowWidth: false })).match(/<svg /g).length, 1);
  assert.equal((await renderFigure({ tag: 'driver-breakdown', data, width: 360 })).match(/<svg /g).length, 1, 'a chart already drawn for a phone');
  await assert.rejects(renderFigure({ tag: 'driver-breakdown', data, narrowWidth: 500 }), /narrowWidth: 500 is not below 480/);
});

test('TAG_ATTRIBUTES names attributes the elements declare, and renderFigure writes each onto the tag', async () => {
  const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
  const declared = new Set(manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName).flatMap((d) => (d.attributes ?? []).map((a) => a.name)));
  for (const { attribute } of TAG_ATTRIBUTES) assert.ok(declared.has(attribute), `${attribute}: no element declares it`);
  const values = { lang: 'ko', theme: 'dark', src: 'data.json', currency: 'KRW', type: 'line', view: 'change', sort: 'value', highlight: 'ip', numberStyle: 'long', heading: 'A heading', headingLevel: 3, hydrate: 'never' };
  assert.deepEqual(TAG_ATTRIBUTES.map((entry) => entry.option).sort(), Object.keys(values).sort(), 'a value for every option below');
  const html = await renderFigure({ tag: 'deficit-trend', data, ...values, view: undefined, sort: undefined });
  const open = html.slice(0, html.indexOf('>') + 1);
  for (const { option, attribute } of TAG_ATTRIBUTES.filter((entry) => entry.option !== 'view' && entry.option !== 'sort')) {
    assert.ok(open.includes(` ${attribute}="${values[option]}"`), `${attribute} in ${open}`);
  }
});
