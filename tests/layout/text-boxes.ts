/**
 * The boxes of every text a drawn chart shows, as the browser lays them out (SVG renderer),
 * and the checks the narrow-layout rules are written in: no two texts overlap, none is cut
 * with an ellipsis, none leaves the chart.
 */

export interface TextBox {
  readonly text: string;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Every visible, non-empty `<text>` in the widget's chart, in page px. */
export function chartTextBoxes(el: Element): TextBox[] {
  const svg = el.shadowRoot?.querySelector('.chart svg');
  if (!svg) throw new Error(`${el.localName} drew no SVG`);
  return [...svg.querySelectorAll('text')].flatMap((node) => {
    const text = (node.textContent ?? '').trim();
    if (!text) return [];
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return [];
    // An ancestor group made invisible (hidden overlapping ticks) hides the text too.
    for (let g: Element | null = node.parentElement; g && g !== svg; g = g.parentElement) {
      if (g.getAttribute('opacity') === '0' || getComputedStyle(g).display === 'none') return [];
    }
    if (node.getAttribute('opacity') === '0' || node.getAttribute('fill-opacity') === '0') return [];
    const r = node.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return [];
    // Firefox reports some right-to-left SVG texts ~1.8e7 px wide: unmeasurable there (Chromium measures them).
    if (r.width > 1e5) return [];
    // A text's box is its font's whole line (ascent, descent and line gap: 14 px for 12 px
    // DejaVu Sans in Chromium, 17 px in Firefox, 20 px for Noto Sans CJK). Letters stay within
    // the em square around its middle: that is the box compared.
    const em = parseFloat(style.fontSize) || r.height;
    const middle = (r.top + r.bottom) / 2;
    return [{ text, left: r.left, top: middle - em / 2, right: r.right, bottom: middle + em / 2 }];
  });
}

/** Pairs of texts whose boxes overlap by more than `tolerance` px both ways. */
export function overlaps(boxes: readonly TextBox[], tolerance = 1): [TextBox, TextBox][] {
  const found: [TextBox, TextBox][] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (x > tolerance && y > tolerance) found.push([a, b]);
    }
  });
  return found;
}

/** Texts cut with an ellipsis. */
export function cut(boxes: readonly TextBox[]): TextBox[] {
  return boxes.filter((box) => /…|\.\.\.$/.test(box.text));
}

/** Texts that reach outside `frame` (the chart's box) by more than `tolerance` px. */
export function outside(boxes: readonly TextBox[], frame: DOMRect, tolerance = 1): TextBox[] {
  return boxes.filter((b) => b.left < frame.left - tolerance || b.right > frame.right + tolerance || b.top < frame.top - tolerance || b.bottom > frame.bottom + tolerance);
}

/** A readable line per problem, for an assertion message. */
export function describeBoxes(pairs: readonly (TextBox | [TextBox, TextBox])[]): string {
  const one = (b: TextBox) => `"${b.text}" [${Math.round(b.left)},${Math.round(b.top)}–${Math.round(b.right)},${Math.round(b.bottom)}]`;
  return pairs.map((p) => (Array.isArray(p) ? `${one(p[0])} × ${one(p[1])}` : one(p))).join('; ');
}
