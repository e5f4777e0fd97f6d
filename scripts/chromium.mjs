// Debian's Chromium as this machine runs it: headless, as root (no sandbox), and with the
// background services off (the closed network refuses their connections).
import puppeteer from 'puppeteer-core';
import { browserPath } from './browsers.mjs';

export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** Launches headless Chromium (`CHROME_PATH`, else found by scripts/browsers.mjs). */
export function launchChromium(extraArgs = []) {
  return puppeteer.launch({ executablePath: browserPath('chromium'), headless: true, args: [...CHROMIUM_FLAGS, ...extraArgs] });
}
