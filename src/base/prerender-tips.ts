/**
 * The prerendered chart's hover text, before ECharts (`hydrate="interaction"`): the server
 * wrote the live tooltip's text for each drawn item into the chart box (`data-tips`, keyed
 * `series,data` from ECharts' SSR attributes); the figure's own tip box shows it.
 */
export function showValues(host: Element): void {
  const box = host.shadowRoot?.querySelector<HTMLElement>('.chart[data-tips]');
  if (!box) return;
  let tips: Record<string, string>;
  try {
    tips = JSON.parse(box.dataset.tips!) as Record<string, string>;
  } catch {
    return;
  }
  // The phone and the wide drawing: the same items, whichever shows.
  for (const svg of box.querySelectorAll('svg')) {
    svg.addEventListener('pointermove', (event) => {
      // Looked up now: the SVG moves into the element's own figure when it takes over.
      const region = svg.closest('.chart-box');
      const tip = region?.querySelector<HTMLElement>('.tip');
      if (!region || !tip) return;
      const mark = (event.target as Element).closest('[ecmeta_data_index]');
      const text = mark && tips[`${mark.getAttribute('ecmeta_series_index')},${mark.getAttribute('ecmeta_data_index')}`];
      tip.hidden = !text;
      if (!text) return;
      tip.textContent = text;
      const bounds = region.getBoundingClientRect();
      const x = event.clientX - bounds.left;
      // Beside the pointer, turned back before the box's far edge.
      tip.style.left = `${x + 12 + tip.offsetWidth > bounds.width ? x - 12 - tip.offsetWidth : x + 12}px`;
      tip.style.top = `${Math.max(0, event.clientY - bounds.top - tip.offsetHeight - 12)}px`;
    });
    svg.addEventListener('pointerleave', () => {
      const tip = svg.closest('.chart-box')?.querySelector<HTMLElement>('.tip');
      if (tip) tip.hidden = true;
    });
  }
}
