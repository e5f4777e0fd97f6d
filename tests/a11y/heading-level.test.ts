import { expect } from '@esm-bundle/chai';
import type { DeficitTrend } from '../../src/widgets/deficit-trend/element.js';
import { mount, quarterly, settled, unmountAll } from '../helpers.js';

/** Resolves once the widget has read its data and rendered its figure. */
async function figureRendered(el: Element): Promise<void> {
  const start = performance.now();
  while (!el.shadowRoot?.querySelector('figcaption')) {
    if (performance.now() - start > 10000) throw new Error('no figure rendered');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await settled(el);
}

describe('heading-level', () => {
  afterEach(unmountAll);

  it('exposes the title as a heading of the given level, and keeps the figure named by it', async () => {
    const el = mount<DeficitTrend>(`<deficit-trend heading-level="3" data='${JSON.stringify(quarterly)}'></deficit-trend>`);
    await figureRendered(el);
    const heading = el.shadowRoot!.querySelector('[role="heading"]')!;
    expect(heading.getAttribute('aria-level')).to.equal('3');
    expect(heading.textContent!.trim()).to.equal('Services balance');
    expect(el.shadowRoot!.querySelector('figure')!.getAttribute('aria-labelledby')).to.equal('heading');
  });

  it('adds no heading role without the attribute, or with a level outside 1–6', async () => {
    for (const attribute of ['', 'heading-level="9"']) {
      const el = mount<DeficitTrend>(`<deficit-trend ${attribute} data='${JSON.stringify(quarterly)}'></deficit-trend>`);
      await figureRendered(el);
      expect(el.shadowRoot!.querySelector('figcaption')!.textContent!.trim()).to.equal('Services balance');
      expect(el.shadowRoot!.querySelector('[role="heading"]'), attribute || 'no attribute').to.equal(null);
    }
  });
});
