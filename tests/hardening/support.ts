/** Shared pieces of the hardening tests: hostile payloads, a hostile dataset, watchers. */
import { getInstanceByDom } from 'echarts/core';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/** Markup, URL, entity and ECharts-template payloads; every one sets `window.__pwned` if it ever runs. */
export const PAYLOADS: readonly string[] = [
  `<img src=x onerror="window.__pwned='img'">`,
  `<svg onload="window.__pwned='svg'"><circle r=1 /></svg>`,
  `"><script>window.__pwned='script'</script>`,
  `'><iframe srcdoc="<script>parent.__pwned='iframe'</script>"></iframe>`,
  `javascript:window.__pwned='js-url'`,
  `&lt;img src=x onerror=window.__pwned='entity'&gt; &amp;lt;b&amp;gt; &#60;script&#62;`,
  `{a|x}{b}{c}{@score}{marker0|} {tooltip|<b>bold</b>}`,
  `</text></svg><img src=x onerror="window.__pwned='svg-break'"><svg><text>`,
  `<a href="javascript:window.__pwned='link'">click</a> <style>*{display:none}</style>`,
  `\${window.__pwned='template'} <!-- comment --> <![CDATA[ x ]]>`,
];

/** How ECharts shows a text from data: curly braces swapped for look-alikes (`plain()`). */
export const shownByECharts = (text: string) => text.replace(/\{/g, '\uFF5B').replace(/\}/g, '\uFF5D');

/** Every text field of a full dataset, each `"<field> <payload>"`. */
export function hostileDataset(payload: string, url = payload): Record<string, unknown> {
  const t = (field: string) => `${field} ${payload}`;
  const lt = (field: string) => ({ en: t(field), ko: t(`${field}-ko`) });
  return {
    meta: {
      title: lt('title'),
      description: t('description'),
      notes: lt('notes'),
      source: { name: t('source'), url },
      currencies: { USD: { scale: 1e8 } },
    },
    trend: {
      periods: ['2024H1', '2024H2', '2025H1'],
      series: [
        { id: 'balance', label: lt('series-a'), values: [-27.2, -37.6, -45.3] },
        { id: 'other', label: t('series-b'), values: [3.1, null, 5.2] },
      ],
      provisional: ['2025H1'],
      annotations: [{ period: '2025H1', text: lt('annotation') }],
    },
    drivers: {
      period: '2025H1',
      previous: '2024H2',
      items: [
        { id: 'ip', label: lt('category'), value: -24.5, previousValue: -14.4, children: [{ id: 'pat', label: t('child'), value: -17.5, previousValue: -12.8 }] },
        { id: 'ict', label: t('category-2'), value: 10.3, previousValue: 8.1 },
      ],
    },
    regions: {
      period: '2025H1',
      total: -45.3,
      items: [
        { id: 'asia', label: lt('region'), value: 35.7 },
        { id: 'na', label: t('region-2'), value: -37.7 },
        { id: 'rest', label: t('derived-region'), value: -43.3, derived: true, note: lt('derived-note') },
      ],
    },
    segmented: {
      period: '2025H1',
      segments: [
        { id: 's1', label: t('segment-1') },
        { id: 's2', label: lt('segment-2') },
      ],
      items: [
        { id: 'a', label: t('seg-region'), values: { s1: 10, s2: -4 } },
        { id: 'b', label: t('seg-derived'), derived: true, note: t('seg-note'), values: { s1: -6, s2: null } },
      ],
    },
  };
}

/** Elements that data must never become, and event-handler attributes on anything. */
export const DANGEROUS = 'img, script, iframe, object, embed, foreignObject, style, link, meta, base, a[href^="javascript" i], [srcdoc]';

export function dangerousIn(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.matches(DANGEROUS)) found.push(el.outerHTML.slice(0, 120));
    for (const attr of el.getAttributeNames()) if (/^on/i.test(attr)) found.push(`${el.localName}[${attr}]`);
  }
  return found;
}

/** Records elements added under `roots` that match DANGEROUS or carry on* attributes. */
export function watchMutations(roots: Node[]): { found: string[]; stop(): void } {
  const found: string[] = [];
  const check = (node: Node) => {
    if (!(node instanceof Element)) return;
    // Lit's styles adopt into the shadow root; <style> elements from us would be a regression too.
    for (const el of [node, ...node.querySelectorAll('*')]) {
      if (el.matches(DANGEROUS)) found.push(`added ${el.localName}: ${el.outerHTML.slice(0, 120)}`);
      for (const attr of el.getAttributeNames()) if (/^on/i.test(attr)) found.push(`added ${el.localName}[${attr}]`);
    }
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      record.addedNodes.forEach(check);
      if (record.type === 'attributes' && record.attributeName && /^on/i.test(record.attributeName)) found.push(`attribute ${record.attributeName}`);
    }
  });
  for (const root of roots) observer.observe(root, { childList: true, subtree: true, attributes: true });
  return {
    found,
    stop() {
      for (const record of observer.takeRecords()) record.addedNodes.forEach(check);
      observer.disconnect();
    },
  };
}

export { pause as sleep, until } from '../wait.js';

/** The ECharts instance living on a widget's `.chart` box, if any. */
export function instanceOn(el: Element) {
  const box = el.shadowRoot?.querySelector<HTMLElement>('.chart');
  return box ? getInstanceByDom(box) : undefined;
}

/** Text of the figure outside the chart drawing (heading, description, summary, table, footer). */
export function figureText(el: Element): string {
  const figure = el.shadowRoot!.querySelector('figure');
  if (!figure) return '';
  const clone = figure.cloneNode(true) as Element;
  clone.querySelector('.chart')?.remove();
  return (clone.textContent ?? '').replace(/\s+/g, ' ');
}

/** Collects uncaught errors and unhandled rejections while a test runs. */
export function watchErrors(): { errors: string[]; stop(): void } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandledrejection: ${String((event.reason as Error)?.stack ?? event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}
