/**
 * The figure's markup as a function of a plain model: heading, description, error, chart
 * box, summary, table, notes, source and buttons. It reads no controller and no DOM, so the
 * same function can render in Node (static rendering) as in the browser.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Lang } from '../data/types.js';
import { messages, type Messages } from '../format/messages.js';
import type { ChartState, FigureView } from './contracts.js';

export interface FigureModel {
  readonly lang: Lang;
  readonly dir: 'ltr' | 'rtl';
  readonly state: ChartState;
  /** 1–6 makes the heading a heading for screen readers' heading navigation. */
  readonly headingLevel?: number | undefined;
  readonly heading: string;
  readonly description: string;
  readonly notes: string;
  readonly source: { readonly name: string; readonly url?: string | undefined };
  /** The failure's technical message, when the widget failed: shown only in `debug` mode. */
  readonly error?: string | undefined;
  /** True when a retry may cure the failure (network, timeout, HTTP 5xx). */
  readonly retryable: boolean;
  /** The editor's preview: technical error text and the data's warnings are shown. */
  readonly debug: boolean;
  /** What the data's normalisation warned about. */
  readonly warnings: readonly string[];
  /** The summary and table; absent before the data is read and after a failure. */
  readonly view?: FigureView | undefined;
  /** True once ECharts has drawn in the chart box. */
  readonly drawn: boolean;
  /** True while the server's chart (prerendered markup) is shown in the box, until ECharts draws. */
  readonly prerendered?: boolean;
  /** True while the chart waits for the reader (`hydrate="interaction"`): focusing the region brings it. */
  readonly waiting?: boolean;
  /** A figure with no chart (`hydrate="never"` without prerendered markup): the chart region is left out. */
  readonly static?: boolean;
  /** True when the keyboard can reach items in the chart. */
  readonly focusable: boolean;
  readonly tableShown: boolean;
  /** Notes are folded on screen and unfolded for print. */
  readonly printing: boolean;
  /** What the live region says. */
  readonly announcement: string;
}

export type ExportKind = 'csv' | 'png' | 'svg';

/** What the figure's controls do; the markup only calls them. */
export interface FigureActions {
  retry(): void;
  toggleTable(): void;
  export(kind: ExportKind): void;
  keydown(event: KeyboardEvent): void;
  /** Focus left the chart region. */
  leave(): void;
}

const validLevel = (level: number | undefined) =>
  level !== undefined && Number.isInteger(level) && level >= 1 && level <= 6 ? level : undefined;

export function renderFigure(model: FigureModel, actions: FigureActions): TemplateResult {
  const text = messages(model.lang);
  const { view, state, heading } = model;
  const ready = state === 'ready';
  // The region is an image only once something is drawn; before, its placeholder text is read.
  const drawn = (ready && model.drawn) || model.prerendered === true;
  const focusable = (drawn && model.focusable) || model.waiting === true;
  const level = validLevel(model.headingLevel);
  // The figure is named by its heading and described by the summary; the chart region is
  // named on its own and described by the keyboard hint (not the summary again).
  return html`
    <figure part="figure" class=${model.drawn || model.prerendered ? 'drawn' : 'undrawn'} lang=${model.lang} dir=${model.dir} aria-labelledby="heading" aria-describedby="summary">
      <figcaption id="heading" part="heading">${level
        ? html`<span role="heading" aria-level=${level}><slot name="heading">${heading}</slot></span>`
        : html`<slot name="heading">${heading}</slot>`}</figcaption>
      <div part="description" class="description"><slot name="description">${model.description}</slot></div>
      ${model.error !== undefined ? renderError(model, text, actions) : nothing}
      ${model.debug && model.warnings.length
        ? html`<ul part="warnings" class="warnings">${model.warnings.map((warning) => html`<li>${warning}</li>`)}</ul>`
        : nothing}
      <div
        part="chart"
        class="chart-box"
        ?hidden=${state === 'error' || model.static === true}
        role=${ifDefined(drawn ? 'img' : undefined)}
        aria-label=${ifDefined(drawn ? text.chartLabel(heading) : undefined)}
        aria-describedby=${ifDefined(focusable ? 'chart-hint' : undefined)}
        tabindex=${focusable ? '0' : '-1'}
        @keydown=${actions.keydown}
        @focusout=${actions.leave}
      >
        <div class="chart" aria-hidden="true"></div>
        <div class="tip" part="tooltip" aria-hidden="true" hidden></div>
        ${state === 'loading' && !model.prerendered ? html`<div class="placeholder">${text.loading}</div>` : nothing}
        ${state === 'empty' ? html`<div class="placeholder">${text.noData}</div>` : nothing}
      </div>
      <span id="chart-hint" class="visually-hidden">${text.keyboardHint}</span>
      <p id="summary" part="summary" class="summary">${view?.summary ?? ''}</p>
      <div class="live" aria-live="polite" aria-atomic="true">${model.announcement}</div>
      ${view
        ? // A long series has thousands of cells: re-render them only when the table changes.
          guard([view, model.tableShown, text], () => renderTable(view, model.tableShown, text.notPublished))
        : nothing}
      <footer part="footer">${renderFooter(model, text, actions)}</footer>
    </figure>
  `;
}

/**
 * A reader sees a short sentence in their language, and the children of the tag (a `<table>`
 * the data came from stays readable); the editor (`debug`) sees the cause. Retry only where
 * trying again may help.
 */
function renderError(model: FigureModel, text: Messages, actions: FigureActions): TemplateResult {
  return html`<div part="error" class="error" role="alert">
      <p>${model.debug ? html`<strong>${text.errorPrefix}:</strong> ${model.error}` : `${text.errorPrefix}.`}</p>
      ${model.retryable ? html`<button type="button" @click=${actions.retry}>${text.retry}</button>` : nothing}
    </div>
    <div class="fallback"><slot></slot></div>`;
}

function renderFooter(model: FigureModel, text: Messages, actions: FigureActions): TemplateResult {
  const { view, notes, source } = model;
  const ready = model.state === 'ready';
  return html`
    ${view?.keyNotes?.map((note) => html`<p class="note">${note}</p>`) ?? nothing}
    ${notes ? html`<details class="notes" ?open=${model.printing}><summary>${text.notes}</summary><p>${notes}</p></details>` : nothing}
    ${source.name || source.url
      ? html`<p part="source" class="source">
          ${text.source}:
          ${source.url ? html`<a href=${source.url} target="_blank" rel="noopener noreferrer">${source.name || source.url}</a>` : source.name}
        </p>`
      : nothing}
    ${view
      ? html`<div class="actions">
          <button type="button" aria-controls="data-table" @click=${actions.toggleTable}>${model.tableShown ? text.hideTable : text.showTable}</button>
          <button type="button" @click=${() => actions.export('csv')}>${text.getData}</button>
          <button type="button" ?disabled=${!ready} @click=${() => actions.export('png')}>${text.downloadPng}</button>
          <button type="button" ?disabled=${!ready} @click=${() => actions.export('svg')}>${text.downloadSvg}</button>
        </div>`
      : nothing}
  `;
}

function renderTable(view: FigureView, shown: boolean, gap: string): TemplateResult {
  const { caption, columns, rows } = view.table;
  // Shown, the wrapper scrolls sideways on narrow screens: focusable and named, so a keyboard
  // can scroll it. Hidden (visually only: screen readers still read it), it takes no focus.
  return html`<div
    id="data-table"
    class=${shown ? 'table-wrap' : 'table-wrap visually-hidden'}
    role=${ifDefined(shown ? 'group' : undefined)}
    aria-labelledby=${ifDefined(shown ? 'table-caption' : undefined)}
    tabindex=${ifDefined(shown ? '0' : undefined)}
  >
    <table part="table">
      <caption id="table-caption">${caption}</caption>
      <thead><tr>${columns.map((column) => html`<th scope="col">${column}</th>`)}</tr></thead>
      <tbody>
        ${rows.map(
          ([head, ...cells]) => html`<tr>
            <th scope="row">${head ?? gap}</th>
            ${cells.map((cell) => html`<td class=${cell === null ? 'gap' : ''}>${cell ?? gap}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
