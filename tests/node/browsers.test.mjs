// scripts/browsers.mjs and scripts/pretest.mjs on made-up machines: which browser is found,
// what pretest installs, and the one line it prints when it cannot.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { browserPath, findMissing, locateBrowser } from '../../scripts/browsers.mjs';
import { pretest } from '../../scripts/pretest.mjs';

const NOTO = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc: Noto Sans CJK KR:style=Regular\n';

/** A machine with these executable files and fonts. */
function machine({ files = [], env = {}, fonts = NOTO, platform = 'linux', root = false } = {}) {
  return {
    env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...env },
    platform,
    isExecutable: (path) => files.includes(path),
    listFonts: () => fonts,
    isRoot: () => root,
  };
}

const DEBIAN = ['/usr/bin/chromium', '/usr/bin/firefox-esr'];

test('CHROME_PATH and FIREFOX_PATH come before any install place', () => {
  const probe = machine({ files: [...DEBIAN, '/opt/chrome'], env: { CHROME_PATH: '/opt/chrome', FIREFOX_PATH: '/opt/ff' } });
  assert.deepEqual(locateBrowser('chromium', probe), { path: '/opt/chrome', fromEnv: true });
  assert.equal(browserPath('firefox', probe), '/opt/ff');
});

test('browsers are found on PATH, in Linux install places and in macOS applications', () => {
  assert.equal(browserPath('chromium', machine({ files: ['/usr/local/bin/google-chrome'] })), '/usr/local/bin/google-chrome');
  assert.equal(browserPath('chromium', machine({ files: ['/usr/bin/chromium'], env: { PATH: '' } })), '/usr/bin/chromium');
  assert.equal(browserPath('firefox', machine({ files: ['/usr/bin/firefox'] })), '/usr/bin/firefox');
  const mac = machine({ platform: 'darwin', files: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Firefox.app/Contents/MacOS/firefox'] });
  assert.equal(browserPath('chromium', mac), '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
  assert.equal(browserPath('firefox', mac), '/Applications/Firefox.app/Contents/MacOS/firefox');
});

test('a missing browser fails with the line that says what to install', () => {
  assert.throws(() => browserPath('firefox', machine()), /^Error: The tests need Firefox: install it \(Debian: apt-get install firefox-esr\), or set FIREFOX_PATH/);
});

test('findMissing names the Debian package of each missing browser and of the font', () => {
  const packages = (probe) => findMissing(probe).missing.map((item) => item.debianPackage);
  assert.deepEqual(packages(machine({ files: DEBIAN })), []);
  assert.deepEqual(packages(machine({ fonts: 'DejaVu Sans\n' })), ['chromium', 'firefox-esr', 'fonts-noto-cjk']);
  assert.deepEqual(packages(machine({ files: ['/usr/bin/chromium'] })), ['firefox-esr']);
  // BROWSERS=chromium runs without Firefox; macOS has Korean fonts without fc-list.
  assert.deepEqual(packages(machine({ files: ['/usr/bin/chromium'], env: { BROWSERS: 'chromium' } })), []);
  assert.deepEqual(packages(machine({ files: DEBIAN, fonts: '', platform: 'darwin' })), []);
});

test('pretest installs the missing packages with apt-get as root, then finds them', () => {
  const files = ['/usr/bin/apt-get', '/usr/bin/firefox-esr'];
  const probe = machine({ files, fonts: '', root: true });
  const commands = [];
  const run = (command, args, env) => {
    commands.push([command, ...args, env.DEBIAN_FRONTEND].join(' '));
    if (args[0] === 'install') {
      files.push('/usr/bin/chromium');
      probe.listFonts = () => NOTO;
    }
    return true;
  };
  const lines = [];
  assert.equal(pretest({ probe, run, log: (line) => lines.push(line) }), 0);
  assert.deepEqual(commands, ['apt-get update -qq noninteractive', 'apt-get install -y -qq chromium fonts-noto-cjk noninteractive']);
  assert.match(lines.at(-1), /chromium \/usr\/bin\/chromium, firefox \/usr\/bin\/firefox-esr; CJK font found/);
});

test('pretest stops with one line when it cannot install, or when apt-get fails', () => {
  const run = () => assert.fail('nothing may be installed');
  for (const probe of [machine({ files: ['/usr/bin/apt-get'] }), machine({ root: true })]) {
    const lines = [];
    assert.equal(pretest({ probe, run, log: (line) => lines.push(line) }), 1);
    assert.deepEqual(lines, ['The tests need Chromium, Firefox: install them (Debian: apt-get install chromium firefox-esr), or set CHROME_PATH / FIREFOX_PATH to a browser you have.']);
  }
  const lines = [];
  const failing = machine({ files: ['/usr/bin/apt-get', ...DEBIAN], fonts: '', root: true });
  assert.equal(pretest({ probe: failing, run: () => false, log: (line) => lines.push(line) }), 1);
  assert.deepEqual(lines.slice(1), ['apt-get could not install them. The tests need a CJK font (Noto Sans CJK): install it (Debian: apt-get install fonts-noto-cjk).']);
});

test('pretest --check reports without installing', () => {
  const lines = [];
  const probe = machine({ files: ['/usr/bin/apt-get', '/usr/bin/chromium'], root: true });
  assert.equal(pretest({ probe, check: true, run: () => assert.fail('check installs nothing'), log: (line) => lines.push(line) }), 1);
  assert.match(lines[0], /^Would install: firefox-esr\. The tests need Firefox/);
});

test('the pretest command rejects a CHROME_PATH that names no browser, in one line', () => {
  const script = new URL('../../scripts/pretest.mjs', import.meta.url).pathname;
  const result = spawnSync(process.execPath, [script, '--check'], { env: { ...process.env, CHROME_PATH: '/nowhere/chrome' }, encoding: 'utf8' });
  assert.equal(result.status, 1);
  assert.equal(result.stdout, 'CHROME_PATH=/nowhere/chrome: no executable file there; point it at the browser or unset it.\n');
});

test('on this machine, after pretest, --check finds everything', () => {
  const script = new URL('../../scripts/pretest.mjs', import.meta.url).pathname;
  assert.match(execFileSync(process.execPath, [script, '--check'], { encoding: 'utf8' }), /^Test browsers: chromium \/.+; CJK font found\.\n$/);
});
