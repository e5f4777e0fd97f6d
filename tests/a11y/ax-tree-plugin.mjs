// A web-test-runner command that reads Chromium's real accessibility tree under one element.
// `a11ySnapshot` from @web/test-runner-commands keeps only "interesting" nodes and drops the
// root it is given when that root is a plain figure, so a figure's own name and description
// never show. This asks puppeteer for the whole subtree (interestingOnly: false) instead.
// The selector may pierce shadow roots with puppeteer's `>>>` combinator.
// Chromium only: Firefox (WebDriver BiDi) has no accessibility snapshot in puppeteer.
import { chromiumPage } from '../server/chromium-page.mjs';

/** Keeps what a test can compare: role, name, description, and the children. */
function prune(node) {
  if (!node) return null;
  const out = { role: node.role, name: node.name ?? '' };
  if (node.description) out.description = node.description;
  if (node.focused) out.focused = true;
  const children = (node.children ?? []).map(prune).filter(Boolean);
  if (children.length) out.children = children;
  return out;
}

export function axTreePlugin() {
  return {
    name: 'ax-tree-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ax-tree') return undefined;
      const page = chromiumPage(session, command);
      const handle = await page.$(payload.selector);
      if (!handle) throw new Error(`ax-tree: nothing matches ${payload.selector}`);
      try {
        return prune(await page.accessibility.snapshot({ root: handle, interestingOnly: false }));
      } finally {
        await handle.dispose();
      }
    },
  };
}
