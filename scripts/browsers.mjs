// Where every tool here (tests, screenshots, bench) finds its browsers: CHROME_PATH /
// FIREFOX_PATH first, then the usual install places on Linux and macOS. No tool downloads
// a browser. `scripts/pretest.mjs` installs what is missing before `npm test`.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The browsers the tests use, with the Debian package that provides each. */
export const BROWSERS = {
  chromium: {
    label: 'Chromium',
    envVar: 'CHROME_PATH',
    debianPackage: 'chromium',
    commands: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
    paths: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/snap/bin/chromium',
      '/opt/google/chrome/chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ],
  },
  firefox: {
    label: 'Firefox',
    envVar: 'FIREFOX_PATH',
    debianPackage: 'firefox-esr',
    commands: ['firefox-esr', 'firefox'],
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/snap/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'],
  },
};

/** Korean needs a CJK font: without one it draws as boxes and ECharts measures labels wrong. */
export const CJK_FONT = { label: 'a CJK font (Noto Sans CJK)', debianPackage: 'fonts-noto-cjk' };

function isExecutableFile(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function listFonts() {
  try {
    return execFileSync('fc-list', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return '';
  }
}

/** What this machine has; tests pass their own to try other machines. */
export const systemProbe = {
  env: process.env,
  platform: process.platform,
  isExecutable: isExecutableFile,
  listFonts,
  isRoot: () => process.getuid?.() === 0,
};

/**
 * Where a browser is: `{ path, fromEnv }`, or `{ path: undefined }` when none is found.
 * A set CHROME_PATH / FIREFOX_PATH is taken as given (pretest reports one that does not exist).
 */
export function locateBrowser(name, probe = systemProbe) {
  const browser = BROWSERS[name];
  const fromEnv = probe.env[browser.envVar];
  if (fromEnv) return { path: fromEnv, fromEnv: true };
  const dirs = (probe.env.PATH ?? '').split(delimiter).filter(Boolean);
  const onPath = browser.commands.flatMap((command) => dirs.map((dir) => join(dir, command)));
  return { path: [...onPath, ...browser.paths].find((path) => probe.isExecutable(path)), fromEnv: false };
}

/** The browser's executable; throws the one-line hint of `missingHint` when there is none. */
export function browserPath(name, probe = systemProbe) {
  const { path } = locateBrowser(name, probe);
  if (!path) throw new Error(missingHint([BROWSERS[name]]));
  return path;
}

/** True when a CJK font is installed. macOS ships Korean fonts (and usually no fc-list). */
export function hasCjkFont(probe = systemProbe) {
  return probe.platform === 'darwin' || /Noto Sans CJK/i.test(probe.listFonts());
}

/** The browsers a run wants: `BROWSERS=chromium` (as web-test-runner reads it) skips Firefox. */
export function wantedBrowsers(env = process.env) {
  const wanted = (env.BROWSERS || 'chromium,firefox').split(',').map((name) => name.trim());
  return Object.keys(BROWSERS).filter((name) => wanted.includes(name));
}

/**
 * What the tests lack here: `missing` lists browsers and the font (each with its Debian
 * package); `badEnv` lists a CHROME_PATH / FIREFOX_PATH that names no executable file.
 */
export function findMissing(probe = systemProbe) {
  const missing = [];
  const badEnv = [];
  for (const name of wantedBrowsers(probe.env)) {
    const { path, fromEnv } = locateBrowser(name, probe);
    if (!path) missing.push(BROWSERS[name]);
    else if (fromEnv && !probe.isExecutable(path)) badEnv.push(`${BROWSERS[name].envVar}=${path}`);
  }
  if (!hasCjkFont(probe)) missing.push(CJK_FONT);
  return { missing, badEnv };
}

/** One line that says what to install, and that existing browsers can be pointed at. */
export function missingHint(missing) {
  const packages = missing.map((item) => item.debianPackage).join(' ');
  const browsers = missing.filter((item) => item.envVar).map((item) => item.envVar);
  const pointAt = browsers.length ? `, or set ${browsers.join(' / ')} to a browser you have` : '';
  return `The tests need ${missing.map((item) => item.label).join(', ')}: install ${missing.length > 1 ? 'them' : 'it'} (Debian: apt-get install ${packages})${pointAt}.`;
}
