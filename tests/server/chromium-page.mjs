// What the Chromium-only web-test-runner commands share: the puppeteer page behind a test
// session, or an error naming the command and the browser it cannot run in.

/** The session's puppeteer page; throws unless the session runs in Chromium through puppeteer. */
export function chromiumPage(session, command) {
  if (session.browser.type !== 'puppeteer' || !/chrom/i.test(session.browser.name ?? '')) {
    throw new Error(`${command} needs Chromium through puppeteer, not ${session.browser.name}`);
  }
  return session.browser.getPage(session.id);
}
