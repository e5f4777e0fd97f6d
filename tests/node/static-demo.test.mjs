// demo/static.html, made by `npm run build` (scripts/build-static-demo.mjs): the demo article
// with each widget prerendered by renderFigure, waiting for the reader (hydrate="interaction").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { TAGS } from '../../src/widgets/manifest.js';

const widgets = (html) => [...html.matchAll(new RegExp(`<(${TAGS.join('|')})[\\s>][^>]*>`, 'g'))].map((match) => match[0]);

test('demo/static.html holds every widget of demo/index.html, each prerendered in a declarative shadow root', () => {
  assert.ok(existsSync('demo/static.html'), 'demo/static.html is missing: run `npm run build`');
  const article = widgets(readFileSync('demo/index.html', 'utf8'));
  const page = readFileSync('demo/static.html', 'utf8');
  const tags = widgets(page);
  assert.equal(tags.length, article.length);
  assert.equal(article.length, 5);
  for (const tag of tags) assert.match(tag, /hydrate="interaction" data-tbc-prerendered="[^"]+"/);
  assert.equal(page.match(/<template shadowrootmode="open">/g)?.length, article.length, 'one template per widget');
  assert.equal(page.match(/<figure /g)?.length, article.length, 'one figure per widget');
  assert.equal(page.match(/<div class="chart" aria-hidden="true"[^>]*><svg /g)?.length, article.length, 'one chart per widget');
  // The page's own attributes stay (the demo's switches and groups use them).
  assert.match(page, /<driver-breakdown group="story" data-i18n-heading="bridgeHeading" src="[^"]+" view="change" heading="What widened the deficit"/);
});
