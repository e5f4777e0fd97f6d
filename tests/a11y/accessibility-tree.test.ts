/**
 * Chromium's real accessibility tree (through puppeteer, see ax-tree-plugin.mjs): each figure
 * is named by its heading and described by its summary sentence, in English and Korean, for
 * all three widgets; the chart region is an image with its own name; the ECharts drawing is
 * hidden; the table is in the tree with real headers.
 * Firefox: puppeteer drives it over WebDriver BiDi, which has no accessibility snapshot, so
 * this group is skipped there (the keyboard, table and axe groups run in both browsers).
 */
import { expect } from '@esm-bundle/chai';
import { mount, partText, quarterly, settled, unmountAll, until, untilState } from '../helpers.js';
import { axTree, findAll, isChromium, type AxNode } from './a11y-helpers.js';
import { TAGS } from '../../src/widgets/manifest.js';

const json = JSON.stringify(quarterly);

const expected = {
  en: { heading: 'Services balance', chart: 'Chart: Services balance', hint: 'Use the arrow keys to move between items, Enter to select' },
  ko: { heading: '서비스 수지', chart: '차트: 서비스 수지', hint: '화살표 키로 항목 사이를 이동하고 Enter 키로 선택하세요' },
} as const;

/** Text of a node and everything under it, as a reader would hear its static text. */
function textOf(node: AxNode): string {
  if (node.role === 'StaticText') return node.name;
  return (node.children ?? []).map(textOf).join('');
}

(isChromium ? describe : describe.skip)('accessibility tree (Chromium; Firefox has no snapshot over WebDriver BiDi)', () => {
  afterEach(unmountAll);
  before(async function () {
    this.timeout(60000);
    await import('../../src/echarts-registry.js');
  });

  for (const lang of ['en', 'ko'] as const) {
    for (const tag of TAGS) {
      it(`${tag} (${lang}): figure name = heading, description = summary; chart image; hidden drawing`, async () => {
        const id = `ax-${tag}-${lang}`;
        const el = mount(`<${tag} id="${id}" lang="${lang}" eager data='${json}'></${tag}>`);
        await untilState(el, 'ready');
        await settled(el);
        const summary = partText(el, 'summary');
        expect(summary, 'a summary sentence').to.have.length.greaterThan(20);
        if (lang === 'ko') expect(summary).to.match(/[가-힣]/);

        const tree = await axTree(`#${id}`);
        const figures = findAll(tree, (node) => node.role === 'figure');
        expect(figures, 'one figure').to.have.length(1);
        const figure = figures[0]!;
        expect(figure.name).to.equal(expected[lang].heading);
        expect(figure.description).to.equal(summary);

        const images = findAll(figure, (node) => node.role === 'image');
        expect(images, 'one chart image').to.have.length(1);
        expect(images[0]!.name).to.equal(expected[lang].chart);
        // Described by the keyboard hint, not by the summary a second time.
        expect(images[0]!.description).to.equal(expected[lang].hint);
        expect(images[0]!.children ?? [], 'the ECharts drawing is not in the tree').to.have.length(0);
        const described = findAll(tree, (node) => node.description === summary);
        expect(described.map((node) => node.role), 'the summary describes the figure only').to.deep.equal(['figure']);

        // No ECharts text leaks into the tree (axis labels, tooltips): only our own text.
        const box = el.shadowRoot!.querySelector('.chart')!;
        expect(box.getAttribute('aria-hidden')).to.equal('true');
        expect(box.querySelector('svg'), 'drawn as SVG').to.not.equal(null);

        const tables = findAll(figure, (node) => node.role === 'table');
        expect(tables, 'the data table is in the tree while visually hidden').to.have.length(1);
        const headers = findAll(tables[0]!, (node) => node.role === 'columnheader' || node.role === 'rowheader');
        expect(headers.length).to.be.greaterThan(3);
        for (const header of headers) expect(textOf(header).trim(), `${header.role} has text`).to.not.equal('');
        const cells = findAll(tables[0]!, (node) => node.role === 'cell');
        for (const cell of cells) expect(textOf(cell).trim(), 'no blank cell').to.not.equal('');

        const buttons = findAll(figure, (node) => node.role === 'button').map((node) => node.name);
        expect(buttons).to.deep.equal(
          lang === 'ko' ? ['표 보기', '데이터 받기', 'PNG 저장', 'SVG 저장'] : ['Show table', 'Get the data', 'Download PNG', 'Download SVG'],
        );
      });
    }
  }

  it('a widget far below the viewport is in the tree whole', async () => {
    // Screen readers must find an offscreen widget's figure, summary and table. (With
    // content-visibility: auto on the host, which halves an article's layout before
    // scrolling, Chromium's tree has no figure here: it is not used, and this guards it.)
    mount('<div style="height: 6000px"></div>');
    const el = mount(`<deficit-trend id="ax-offscreen" data='${json}'></deficit-trend>`);
    await until(() => partText(el, 'summary'), 'the summary');
    await settled(el);
    expect(el.getBoundingClientRect().top, 'far below the viewport').to.be.greaterThan(3 * innerHeight);
    const tree = await axTree('#ax-offscreen');
    const figures = findAll(tree, (node) => node.role === 'figure');
    expect(figures, 'one figure').to.have.length(1);
    expect(figures[0]!.name).to.equal(expected.en.heading);
    expect(figures[0]!.description).to.equal(partText(el, 'summary'));
    const tables = findAll(figures[0]!, (node) => node.role === 'table');
    expect(tables, 'its data table').to.have.length(1);
    expect(findAll(tables[0]!, (node) => node.role === 'cell').length).to.be.greaterThan(3);
    expect(el.state, 'not drawn').to.equal('loading');
  });

  it('a widget not drawn yet reads its placeholder, not an empty image', async () => {
    const el = mount(`<deficit-trend id="ax-undrawn" data='{"periods":["2024","2025"],"series":[{"id":"b","label":"B","values":[null,null]}]}'></deficit-trend>`);
    await untilState(el, 'empty');
    await settled(el);
    const tree = await axTree('#ax-undrawn');
    expect(findAll(tree, (node) => node.role === 'image')).to.have.length(0);
    expect(textOf(tree)).to.contain('No data to show');
  });

  it('an error names the cause in an alert for the editor (debug), with no retry for bad data', async () => {
    const el = mount(`<region-split id="ax-error" lang="ko" debug data='{"period": "2025H1", "items": [,]}'></region-split>`);
    await untilState(el, 'error');
    await settled(el);
    const tree = await axTree('#ax-error');
    const alerts = findAll(tree, (node) => node.role === 'alert');
    expect(alerts).to.have.length(1);
    expect(textOf(alerts[0]!)).to.match(/^차트를 표시할 수 없습니다:\s*data attribute: invalid JSON at line 1, column 32/);
    expect(findAll(alerts[0]!, (node) => node.role === 'button')).to.have.length(0);
  });

  it("a failure a retry may cure is an alert in the reader's language with a named retry button, and no technical text", async () => {
    const el = mount(`<region-split id="ax-transient" lang="ko" src="/fault/500?ax=${Date.now()}"></region-split>`);
    await untilState(el, 'error');
    await settled(el);
    const tree = await axTree('#ax-transient');
    const alerts = findAll(tree, (node) => node.role === 'alert');
    expect(alerts).to.have.length(1);
    expect(textOf(alerts[0]!)).to.match(/^차트를 표시할 수 없습니다\.\s*다시 시도$/);
    expect(findAll(alerts[0]!, (node) => node.role === 'button').map((node) => node.name)).to.deep.equal(['다시 시도']);
  });

});
