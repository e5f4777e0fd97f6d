/** Prerendered markup for the hydrate tests: renderFigure's output, made by the test server (tests/server/prerender-routes.mjs). */
const mounted: HTMLElement[] = [];

export async function prerendered(tag: string, query = ''): Promise<string> {
  const response = await fetch(`/prerender/${tag}${query ? `?${query}` : ''}`);
  const text = await response.text();
  if (!response.ok) throw new Error(text);
  return text;
}

/** Parses `markup` as a page would (declarative shadow DOM included) into a box `width` px wide. */
export function mountParsed<T extends HTMLElement>(markup: string, width = 640): T {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  document.body.append(box);
  box.setHTMLUnsafe(markup);
  mounted.push(box);
  return box.firstElementChild as T;
}

export function unmountParsed(): void {
  for (const box of mounted.splice(0)) box.remove();
}

/** The visible figures and SVGs in `el`'s shadow root (the server draws a phone chart too, shown only in a narrow box). */
export function counts(el: Element): { figures: number; svgs: number } {
  const root = el.shadowRoot!;
  const visible = (selector: string) => [...root.querySelectorAll(selector)].filter((node) => node.getClientRects().length > 0).length;
  return { figures: visible('figure'), svgs: visible('svg') };
}

/** Every animation frame until stopped: what the reader could see in each (at least one figure with a chart, never two). */
export function watchFrames(el: Element): () => { figures: number; svgs: number }[] {
  const frames: { figures: number; svgs: number }[] = [];
  let running = true;
  const frame = () => {
    if (!running) return;
    frames.push(counts(el));
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  return () => ((running = false), frames);
}

/** Module and data requests made since `since` (ms, performance.now()). */
export function requestsSince(since: number): PerformanceResourceTiming[] {
  return (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) => entry.startTime >= since);
}
