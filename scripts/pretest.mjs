// `npm test` runs this first (npm's `pretest`): the browser tests need Chromium, Firefox and
// a CJK font. When one is missing, root with apt-get installs Debian's packages; anyone else
// gets one line saying what to install. `--check` only reports (exit 1 when something is missing).
import { spawnSync } from 'node:child_process';
import { delimiter } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findMissing, missingHint, locateBrowser, wantedBrowsers, systemProbe } from './browsers.mjs';

function runCommand(command, args, env) {
  const result = spawnSync(command, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
  return result.status === 0;
}

function canInstallWithApt(probe) {
  const dirs = (probe.env.PATH ?? '').split(delimiter).filter(Boolean);
  return probe.isRoot() && dirs.some((dir) => probe.isExecutable(`${dir}/apt-get`));
}

function describeFound(probe) {
  return wantedBrowsers(probe.env)
    .map((name) => `${name} ${locateBrowser(name, probe).path}`)
    .join(', ');
}

/**
 * Makes sure the tests' browsers and font are there; returns the exit code.
 * `probe` and `run` are what the machine has and how a command runs (tests pass their own).
 */
export function pretest({ probe = systemProbe, run = runCommand, check = false, log = console.log } = {}) {
  const { missing, badEnv } = findMissing(probe);
  if (badEnv.length) {
    log(`${badEnv.join(' and ')}: no executable file there; point it at the browser or unset it.`);
    return 1;
  }
  if (!missing.length) {
    log(`Test browsers: ${describeFound(probe)}; CJK font found.`);
    return 0;
  }
  const packages = missing.map((item) => item.debianPackage);
  if (check || !canInstallWithApt(probe)) {
    log(check ? `Would install: ${packages.join(' ')}. ${missingHint(missing)}` : missingHint(missing));
    return 1;
  }
  log(`Installing ${packages.join(' ')} from Debian (apt-get, about a minute)...`);
  const env = { ...probe.env, DEBIAN_FRONTEND: 'noninteractive' };
  const installed = run('apt-get', ['update', '-qq'], env) && run('apt-get', ['install', '-y', '-qq', ...packages], env);
  const after = findMissing(probe).missing;
  if (!installed || after.length) {
    log(`apt-get could not install them. ${missingHint(after.length ? after : missing)}`);
    return 1;
  }
  log(`Test browsers: ${describeFound(probe)}; CJK font found.`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = pretest({ check: process.argv.includes('--check') });
}
