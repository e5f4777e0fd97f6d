import { css } from 'lit';

/** The figure around the chart: loaded with the controller, after the tags are defined. */
export const figureStyles = css`
  figure {
    display: flex;
    flex-direction: column;
    /* Fills the host's reserved height (inherited from :host). */
    min-height: inherit;
    margin: 0;
    padding: 0.75rem 0;
  }
  figcaption {
    display: block;
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.3;
    margin: 0 0 0.25rem;
  }
  .description {
    color: var(--_muted);
    font-size: 0.95em;
    margin: 0 0 0.5rem;
  }
  /* A heading or description from the data may be in another script than the figure's (an
     English title over an Arabic chart): each runs and aligns in its own text's direction (its
     full stop at its end, not at its start). */
  figcaption,
  .description {
    unicode-bidi: plaintext;
  }
  /* One focus ring for every control: the chart region, the table when shown, buttons, links. */
  .chart-box:focus-visible,
  .table-wrap:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--_surplus);
    outline-offset: 2px;
  }
  .chart {
    position: absolute;
    inset: 0;
    display: block;
  }
  /* A prerendered chart (drawn by the server at a fixed size) fits the box until ECharts draws
     at the box's own size; ECharts' SVG sits in a div of its own. */
  .chart > svg {
    display: block;
    width: 100%;
    height: 100%;
  }
  /* The server draws a phone chart too (names above their bars, text at its own size): it
     shows instead of the wide one in a box narrower than 480 px (NARROW_WIDTH, layout.ts). */
  .chart-box {
    container-type: inline-size;
  }
  .chart > svg[data-narrow] {
    display: none;
  }
  @container (width < 480px) {
    .chart > svg[data-narrow] {
      display: block;
    }
    .chart > svg[data-narrow] + svg {
      display: none;
    }
  }
  /* The tooltip: text only, over the chart, never in the way of the pointer. */
  .tip {
    position: absolute;
    z-index: 1;
    /* Its own width wherever it is placed (not squeezed by the box's right edge). */
    width: max-content;
    max-width: min(18rem, 80%);
    padding: 0.35rem 0.55rem;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_grid);
    border-radius: 4px;
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.18);
    font-size: 0.85em;
    line-height: 1.35;
    white-space: pre-line;
    overflow-wrap: anywhere;
    pointer-events: none;
  }
  .tip[hidden] {
    display: none;
  }
  .summary {
    margin: 0.5rem 0 0;
    font-size: 1em;
  }
  .live,
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .table-wrap {
    overflow-x: auto;
    margin: 0.75rem 0 0;
  }
  /* Hidden, it must not scroll: browsers make scrollable boxes tab stops (an invisible one here). */
  .table-wrap.visually-hidden {
    overflow: hidden;
    margin: 0;
  }
  table {
    border-collapse: collapse;
    font-size: 0.9em;
    min-width: 50%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 0 0 0.25rem;
  }
  th,
  td {
    padding: 0.25rem 0.75rem 0.25rem 0;
    border-bottom: 1px solid var(--_grid);
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: start;
  }
  td.gap {
    color: var(--_muted);
    font-style: italic;
  }
  footer {
    margin-top: 0.5rem;
    color: var(--_muted);
    font-size: 0.85em;
  }
  footer p {
    margin: 0.25rem 0;
  }
  details.notes {
    margin: 0.25rem 0;
  }
  details.notes summary {
    cursor: pointer;
    width: fit-content;
  }
  details.notes p {
    margin: 0.25rem 0 0;
  }
  a {
    color: inherit;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
  button {
    font: inherit;
    color: var(--_text);
    background: transparent;
    border: 1px solid var(--_muted);
    border-radius: 4px;
    padding: 0.3rem 0.7rem;
    cursor: pointer;
    min-height: 2rem;
  }
  button:focus-visible {
    outline: 3px solid var(--_surplus);
    outline-offset: 2px;
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  .error {
    border: 1px solid var(--_deficit);
    border-radius: 4px;
    padding: 0.5rem 0.75rem;
    margin: 0.5rem 0;
  }
  .error p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .error button {
    margin-top: 0.5rem;
  }
  .warnings {
    margin: 0.5rem 0;
    padding: 0.5rem 0.75rem 0.5rem 1.75rem;
    border: 1px dashed var(--_muted);
    border-radius: 4px;
    color: var(--_muted);
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  @media print {
    .actions,
    .tip {
      display: none;
    }
    /* A chart never drawn (never scrolled to) prints as its table. */
    figure.undrawn .table-wrap.visually-hidden {
      position: static !important;
      width: auto;
      height: auto;
      overflow: visible;
      clip-path: none;
      white-space: normal;
    }
    figure.undrawn .chart-box {
      display: none;
    }
  }
`;
