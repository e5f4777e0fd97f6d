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
  * {
    box-sizing: border-box;
  }
  .chart-box {
    position: relative;
    display: block;
    height: var(--tbc-height, 360px);
    min-height: 200px;
    border-radius: 4px;
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
