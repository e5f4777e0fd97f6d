// Debian's Chromium as this machine runs it: headless, as root (no sandbox), and with the
// background services off (the closed network refuses their connections).
import puppeteer from 'puppeteer-core';

export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** Launches headless Chromium (`CHROME_PATH` overrides /usr/bin/chromium). */
export function launchChromium(extraArgs = []) {
  return puppeteer.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: [...CHROMIUM_FLAGS, ...extraArgs] });
}
