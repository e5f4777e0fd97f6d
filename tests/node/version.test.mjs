// The element reuses prerendered markup only when `data-tbc-prerendered` is its own version:
// the constant in src/base/version.ts must follow package.json's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

test('PRERENDER_VERSION is the package version', () => {
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const source = readFileSync(new URL('../../src/base/version.ts', import.meta.url), 'utf8');
  assert.equal(/PRERENDER_VERSION = '([^']+)'/.exec(source)?.[1], version);
});
