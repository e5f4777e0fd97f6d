import { css } from 'lit';

/**
 * Colours come from `--tbc-*` (set by the page) into private `--_*` properties, with
 * defaults per theme. Both palettes keep text at 4.5:1 and marks at 3:1 against their
 * background, and deficit (vermillion) vs surplus (blue) stays distinct for colour-blind readers.
 */
export const shellStyles = css`
  :host {
    --_deficit: var(--tbc-deficit, #c4410c);
    --_surplus: var(--tbc-surplus, #1f6fb2);
    --_text: var(--tbc-text, #1a1a1a);
    --_muted: var(--tbc-muted, #595959);
    --_background: var(--tbc-background, #ffffff);
    --_grid: var(--tbc-grid, #d6d6d6);
    --_font: var(--tbc-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans KR', 'Noto Sans CJK KR', sans-serif);
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--_font);
    font-size: 1rem;
    line-height: 1.45;
    text-align: start;
    contain: layout;
    /* A vertical page (or a stray \`* { writing-mode }\`) would lay the chart out sideways. */
    writing-mode: horizontal-tb !important;
    /* The whole figure's reserved height: the page's pre-script rule uses the same value
       (README), so nothing moves when the widget renders. The chart takes what the text leaves. */
    min-height: var(--tbc-height, max(clamp(672px, 1056px - 40vw, 800px), 1270px - 100vw));
  }
  :host([theme='dark']) {
    --_deficit: var(--tbc-deficit, #ff8f5e);
    --_surplus: var(--tbc-surplus, #6cb6ff);
    --_text: var(--tbc-text, #eceff1);
    --_muted: var(--tbc-muted, #a9b1b9);
    --_background: var(--tbc-background, #16181c);
    --_grid: var(--tbc-grid, #3b4149);
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_deficit: var(--tbc-deficit, #ff8f5e);
      --_surplus: var(--tbc-surplus, #6cb6ff);
      --_text: var(--tbc-text, #eceff1);
      --_muted: var(--tbc-muted, #a9b1b9);
      --_background: var(--tbc-background, #16181c);
      --_grid: var(--tbc-grid, #3b4149);
    }
  }
  :host([hidden]) {
    display: none;
  }
  /* A failed widget takes the room of what it shows: its message and any fallback children. */
  :host([state='error']) {
    min-height: 0;
  }
  /*
   * The page's rules win over :host for the host itself (even \`* { ... }\`), and inherited
   * properties flow from it into the shadow tree. So the text properties are set again on the
   * top of the shadow tree, where no page rule reaches: a page styling the widget uses the
   * --tbc-* properties and ::part(). The font size follows the page's within 13-20px.
   */
  figure,
  .chart-box {
    color: var(--_text);
    font-family: var(--_font);
    font-size: clamp(13px, 1em, 20px);
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    font-stretch: normal;
    line-height: 1.45;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    overflow-wrap: normal;
    hyphens: manual;
    writing-mode: horizontal-tb;
    direction: ltr;
    visibility: visible;
    pointer-events: auto;
    cursor: auto;
    user-select: text;
  }
  /* A right-to-left language (or dir="rtl") turns the figure and the chart's texts, so an
     amount reads "−4.53 مليار دولار" in Arabic order. ECharts' SVG anchors a left-aligned text
     with text-anchor="start", which right to left is the text's right end: the anchors are
     swapped back (apache/echarts#21465). A canvas aligns by left and right, as it is. */
  figure[dir='rtl'],
  figure[dir='rtl'] .chart-box {
    direction: rtl;
  }
  figure[dir='rtl'] .chart-box text[text-anchor='start'] {
    text-anchor: end;
  }
  figure[dir='rtl'] .chart-box text[text-anchor='end'] {
    text-anchor: start;
  }
  * {
    box-sizing: border-box;
  }
  .chart-box {
    position: relative;
    display: block;
    flex: 1 0 220px;
    min-height: 220px;
    border-radius: 4px;
  }
  .chart-box[hidden] {
    display: none;
  }
  .placeholder {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    color: var(--_muted);
    font-size: 0.9em;
    border: 1px dashed var(--_grid);
    border-radius: 4px;
  }
`;
