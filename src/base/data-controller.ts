import type { ReactiveController } from 'lit';
import { parseJson } from '../data/json.js';
import { evictData, loadDataset } from '../data/load.js';
import { DataError, type Dataset } from '../data/types.js';
import { normaliseDataset } from '../data/validate.js';
import type { WidgetHooks, WidgetHost, WidgetView } from './contracts.js';
import type { LanguageController } from './language-controller.js';
import { Task } from './task.js';

/** A read that succeeded: the widget's view code, the whole dataset and the widget's section of it. */
export interface DataRead<S> {
  readonly view: WidgetView<S>;
  readonly dataset: Dataset;
  readonly section: S;
}

export interface DataListener<S> {
  onStart(): void;
  onRead(read: DataRead<S>): void;
  onError(error: unknown): void;
}

/**
 * Reads, validates and normalises the widget's data whenever an input changes (the data
 * properties and attributes, or inline children, which may arrive after the element: CMS
 * editors, streaming HTML). The widget's code, its wording and its data arrive side by side.
 */
export class DataController<S> implements ReactiveController {
  readonly #task: Task<readonly unknown[], DataRead<S>>;
  #children?: MutationObserver;

  readonly #host: WidgetHost;
  readonly #hooks: WidgetHooks<S>;
  readonly #language: LanguageController;

  constructor(
    host: WidgetHost,
    hooks: WidgetHooks<S>,
    language: LanguageController,
    listener: DataListener<S>,
  ) {
    this.#host = host;
    this.#hooks = hooks;
    this.#language = language;
    host.addController(this);
    this.#task = new Task(host, {
      args: () => [host.data, host.dataJson, host.src, host.section, host.currency, host.scale],
      task: (_args, signal) => this.#read(signal),
      onStart: () => listener.onStart(),
      onComplete: (read) => listener.onRead(read),
      onError: (error) => listener.onError(error),
    });
  }

  hostConnected(): void {
    this.#children = new MutationObserver(() => this.reload());
    this.#children.observe(this.#host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.#children?.disconnect();
    this.#children = undefined;
  }

  reload(): void {
    this.#task.run();
  }

  /** Reads again what failed: only this widget's URL (other widgets keep what they share) and failed wording. */
  retry(): void {
    if (this.#host.src) evictData(this.#host.src);
    this.#language.forgetFailures();
    this.reload();
  }

  async #read(signal: AbortSignal): Promise<DataRead<S>> {
    const kind = this.#hooks.sectionKey;
    const [view, dataset] = await Promise.all([this.#hooks.loadView(), this.#readDataset(signal), this.#language.load(this.#language.wanted)]);
    const section = dataset[kind] as S | undefined;
    if (!section) throw new DataError(`the dataset has no "${this.#host.section ?? kind}" section`, 'schema');
    return { view, dataset, section };
  }

  /** The inputs in the contract's order: property, attribute, JSON child, src, table child. */
  async #readDataset(signal: AbortSignal): Promise<Dataset> {
    const host = this.#host;
    // `section="ipTrend"` reads a differently named section of a full dataset.
    const ctx = { currency: host.currency ?? 'USD', scale: host.scale ?? 1, section: this.#hooks.sectionKey, name: host.section };
    const read = (raw: unknown) => normaliseDataset(raw, ctx);
    if (host.data !== undefined && host.data !== null) return read(host.data);
    if (host.dataJson) return read(await parseJson(host.dataJson, 'data attribute'));
    const script = host.querySelector(':scope > script[type="application/json"]');
    if (script) return read(await parseJson(script.textContent ?? '', 'inline <script> data'));
    if (host.src) return loadDataset(host.src, { signal, timeout: host.timeout }, ctx);
    const table = host.querySelector(':scope > table');
    if (table) {
      const { readTable } = await import('../data/tabular.js');
      return read(readTable(table as HTMLTableElement, ctx.section));
    }
    throw new DataError('no data: set the data or src attribute, or put a JSON <script> or a <table> inside the tag', 'input');
  }
}
