/**
 * Readers without JavaScript (or before the script defines the tag) read the light-DOM
 * <table> child; once the tag is defined the widget hides it (its shadow root has no default
 * slot) and its own shadow table carries the same data, with a caption and scoped headers.
 */
import { expect } from '@esm-bundle/chai';
import { RegionSplit } from '../../src/classes.js';
import { mount, settled, unmountAll, untilState } from '../helpers.js';
import { axTree, findAll, isChromium, until } from './a11y-helpers.js';

const lightTable = `<table>
  <thead><tr><th>H1 2025</th><th>Balance</th></tr></thead>
  <tbody>
    <tr><td>Asia</td><td>35.7</td></tr>
    <tr><td>North America</td><td>−37.7</td></tr>
    <tr><td>Europe</td><td>−21.8</td></tr>
  </tbody>
</table>`;

describe('without JavaScript: the <table> child', () => {
  afterEach(unmountAll);

  it('is visible and readable before the tag is defined, then replaced by the shadow table', async () => {
    // A tag name nobody has defined yet stands for a page whose script has not run (or never will).
    const tag = `region-split-nojs-${Math.random().toString(36).slice(2, 8)}`;
    const el = mount(`<${tag} id="nojs" scale="1e8" heading="Balance by region">${lightTable}</${tag}>`);
    const table = el.querySelector('table')!;
    expect(el.shadowRoot, 'not upgraded').to.equal(null);
    const box = table.getBoundingClientRect();
    expect(box.height, 'the light-DOM table is laid out').to.be.greaterThan(40);
    expect(box.width).to.be.greaterThan(40);
    expect(getComputedStyle(table).visibility).to.equal('visible');
    expect(table.innerText).to.contain('North America');
    if (isChromium) {
      const tree = await axTree('#nojs');
      const cells = findAll(tree, (node) => node.role === 'cell' || node.role === 'columnheader').map((node) => node.name);
      expect(cells, 'in the accessibility tree').to.include.members(['H1 2025', 'Balance', 'Asia', '35.7', 'North America', '−37.7']);
    }

    customElements.define(tag, class extends RegionSplit {});
    expect(el).to.be.instanceOf(RegionSplit);
    await until(() => el.shadowRoot?.querySelector('table'), 'the shadow table');
    await settled(el);
    // The light table stays in the page, untouched (for print, search, and a script that fails) ...
    expect(el.querySelector('table')).to.equal(table);
    // ... but is not rendered: no slot takes it.
    expect(table.getBoundingClientRect().height, 'not rendered once upgraded').to.equal(0);
    const shadowTable = el.shadowRoot!.querySelector('table')!;
    expect(shadowTable.querySelector('caption')!.textContent).to.equal('H1 2025 (USD)');
    const rows = [...shadowTable.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent!.trim()));
    expect(rows.map((row) => row[0])).to.have.members(['Asia', 'North America', 'Europe']);
    expect(rows.find((row) => row[0] === 'North America')![1]).to.equal('−$3.77B');
    expect(shadowTable.querySelector('tbody th')!.getAttribute('scope')).to.equal('row');
    if (isChromium) {
      const tree = await axTree('#nojs');
      const names = findAll(tree, (node) => node.role === 'cell').map((node) => node.name);
      expect(names, 'the raw light-DOM numbers are out of the tree').to.not.include('35.7');
      expect(names).to.include('−$3.77B');
    }
  });

  it('the shipped tag draws from the table child and keeps the light table in the page', async () => {
    const el = mount(`<region-split eager scale="1e8">${lightTable}</region-split>`);
    await untilState(el, 'ready');
    expect(el.querySelector('table')).to.not.equal(null);
    expect(el.querySelector('table')!.getBoundingClientRect().height).to.equal(0);
    expect(el.shadowRoot!.querySelectorAll('table tbody tr')).to.have.length(3);
  });
});
