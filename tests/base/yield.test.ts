import { expect } from '@esm-bundle/chai';
import { mount, quarterly, unmountAll, untilState } from '../helpers.js';
import { pause, until } from '../wait.js';
import { loadECharts, loadInStages } from '../../src/base/load-echarts.js';
import { observeNearViewport, unobserveNear } from '../../src/base/observers.js';
import { nearOrIdle } from '../../src/base/yield.js';
import { ChartElement, widgetRuntime } from '../../src/base/chart-element.js';

type Scheduler = { yield?: () => Promise<void> };
const page = globalThis as { scheduler?: Scheduler };

describe('a main thread that yields between widgets', () => {
  let original: Scheduler | undefined;
  beforeEach(() => (original = page.scheduler));
  afterEach(() => {
    page.scheduler = original;
    unmountAll();
  });

  // First in this file: the page's first chart, which also loads the fonts ECharts measures.
  it('makes the page’s first chart, builds its option, loads its fonts and sets it in tasks of their own, and redraws it in one', async () => {
    const held: (() => void)[] = [];
    page.scheduler = { yield: () => new Promise<void>((resume) => held.push(resume)) };
    const el = mount<ChartElement>(`<deficit-trend eager data='${JSON.stringify(quarterly)}'></deficit-trend>`);
    const series = () => ((el.chart?.getOption()?.['series'] as unknown[] | undefined) ?? []).length;
    // Everything before the chart is made (the start, the figure, ECharts' load), one yield at a time.
    while (!el.chart) {
      await until(() => held.length > 0 || el.chart, 'a yield, or the chart');
      if (!el.chart) held.shift()!();
    }
    await pause(30);
    expect([series(), held.length], 'made: nothing set, one yield waiting before the option is built').to.deep.equal([0, 1]);
    held.shift()!();
    await until(() => held.length === 1, 'the yield after the option is built');
    await pause(30);
    expect(series(), 'built, not set yet').to.equal(0);
    const measured: string[] = [];
    const measure = CanvasRenderingContext2D.prototype.measureText;
    CanvasRenderingContext2D.prototype.measureText = function (this: CanvasRenderingContext2D, text: string) {
      measured.push(text);
      return measure.call(this, text);
    };
    try {
      held.shift()!();
      await until(() => held.length === 1, 'the yield before the option is set');
      await pause(30);
    } finally {
      CanvasRenderingContext2D.prototype.measureText = measure;
    }
    expect([series(), measured.includes('国a')], 'the fonts measured, the option not set yet').to.deep.equal([0, true]);
    held.shift()!();
    await untilState(el, 'ready');
    expect(series(), 'set').to.be.greaterThan(0);

    // A rebuild for a phone's width: one yield before it, then built and set in one task.
    const before = JSON.stringify(el.chart!.getOption());
    el.style.width = '360px';
    await until(() => held.length === 1, 'the rebuild’s yield');
    held.shift()!();
    await until(() => JSON.stringify(el.chart!.getOption()) !== before, 'the rebuilt option');
    expect(held.length, 'no yield between building and setting a redraw').to.equal(0);
  });

  it('starts each widget, draws each figure and each chart, only after giving the main thread back', async () => {
    // A scheduler whose yields resume only when the test lets them, one at a time.
    const held: (() => void)[] = [];
    page.scheduler = { yield: () => new Promise<void>((resume) => held.push(resume)) };
    const json = JSON.stringify(quarterly);
    const widgets = [0, 1, 2].map(() => mount<ChartElement>(`<deficit-trend eager data='${json}'></deficit-trend>`));
    const started = () => widgets.filter((el) => widgetRuntime(el)).length;
    const drawn = () => widgets.filter((el) => el.shadowRoot?.querySelector('[part="summary"]')).length;

    // The runtimes start one task each: one yield is waiting, the others queue behind it.
    await until(() => held.length === 1, 'the first widget to yield before it starts');
    await pause(50);
    expect([started(), held.length], 'no widget started, one yield waiting').to.deep.equal([0, 1]);
    held.shift()!();
    await until(() => started() === 1, 'one widget started');
    await pause(50);
    expect(started(), 'one resumed yield, one widget started').to.equal(1);
    expect(drawn(), 'and no figure yet').to.equal(0);

    // Let the rest run: the other runtimes, the figures and the charts, each after a yield.
    let yields = 1;
    while (!widgets.every((el) => el.getAttribute('state') === 'ready')) {
      while (held.length) (held.shift()!(), yields++);
      await pause(20);
    }
    await Promise.all(widgets.map((el) => untilState(el, 'ready')));
    expect(drawn()).to.equal(3);
    expect(yields, 'three starts, three figures, three charts').to.be.at.least(9);
  });
});

describe('work no reader sees yet waits for idle time', () => {
  afterEach(unmountAll);

  it('draws a figure far below the fold only once the page is idle, and one in view at once', async () => {
    type Idle = (run: () => void, options: { timeout: number }) => number;
    const page = globalThis as { requestIdleCallback?: Idle };
    const original = page.requestIdleCallback;
    const idle: (() => void)[] = [];
    page.requestIdleCallback = (run) => idle.push(run);
    try {
      const json = JSON.stringify(quarterly);
      const near = mount(`<deficit-trend data='${json}'></deficit-trend>`);
      const spacer = mount<HTMLDivElement>('<div style="height: 400vh"></div>');
      const far = mount(`<deficit-trend data='${json}'></deficit-trend>`);
      void spacer;
      const figure = (el: Element) => el.shadowRoot?.querySelector('[part="summary"]');
      await until(() => figure(near), 'the figure in view');
      await until(() => idle.length >= 1, 'the far widget to wait for idle time');
      await pause(100);
      expect(figure(far), 'no figure for the far widget before idle time').to.equal(null);
      while (idle.length) idle.shift()!();
      await until(() => figure(far), 'the far figure once idle');
    } finally {
      if (original) page.requestIdleCallback = original;
      else delete page.requestIdleCallback;
    }
  });
});

describe('waiting for an element to near the viewport', () => {
  it('calls back every caller waiting for the same element, and stops only the one that gives up', async () => {
    // The entry's ECharts preload and the figure's idle wait both watch the host: one must not replace the other.
    const el = document.createElement('div');
    el.style.height = '10px';
    document.body.append(el);
    try {
      const called: string[] = [];
      observeNearViewport(el, () => called.push('preload'));
      observeNearViewport(el, () => called.push('given up'));
      const givenUp = () => called.push('also given up');
      observeNearViewport(el, givenUp);
      unobserveNear(el, givenUp);
      await nearOrIdle(el);
      await until(() => called.length >= 2, 'both callbacks');
      await pause(50);
      expect(called.sort()).to.deep.equal(['given up', 'preload']);
    } finally {
      el.remove();
    }
  });
});

describe('ECharts evaluated in stages', () => {
  let original: Scheduler | undefined;
  beforeEach(() => (original = page.scheduler));
  afterEach(() => (page.scheduler = original));

  it('evaluates each stage only after the main thread has had it back since the last', async () => {
    const held: (() => void)[] = [];
    page.scheduler = { yield: () => new Promise<void>((resume) => held.push(resume)) };
    const started: string[] = [];
    const stage = (name: string) => () => (started.push(name), Promise.resolve());
    const loaded = loadInStages([stage('graphics'), stage('core')], async () => (started.push('registry'), 'registry'));

    await until(() => held.length === 1, 'a yield after the first stage');
    await pause(20);
    expect(started, 'the second stage waits for the yield').to.deep.equal(['graphics']);
    held.shift()!();
    await until(() => held.length === 1, 'a yield after the second stage');
    expect(started).to.deep.equal(['graphics', 'core']);
    held.shift()!();
    expect(await loaded).to.equal('registry');
    expect(started).to.deep.equal(['graphics', 'core', 'registry']);
  });

  it('loads ECharts once for every widget that asks at the same time', async () => {
    const [first, second] = [loadECharts(), loadECharts()];
    expect(first).to.equal(second);
    expect(typeof (await first).init).to.equal('function');
  });
});
