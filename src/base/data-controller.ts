import { notEqual, type ReactiveController } from 'lit';
import { parseJson } from '../data/json.js';
import { evictData, loadDataset } from '../data/load.js';
import { DataError, type Dataset } from '../data/types.js';
import { normaliseDataset } from '../data/validate.js';
import type { WidgetHooks, WidgetHost, WidgetView } from './contracts.js';
import type { LanguageController } from './language-controller.js';
import { nearOrIdle, yieldToMain } from './yield.js';
import { warmNumberFormats } from '../format/money.js';

/** A read that succeeded: the widget's view code, the whole dataset and the widget's section of it. */
export interface DataRead<S> {
  readonly view: WidgetView<S>;
  readonly dataset: Dataset;
  readonly section: S;
}

/** A chunk of ours that fails to download is a network failure, which a retry may cure. */
export function downloaded<T>(load: Promise<T>): Promise<T> {
  return load.catch((error: unknown) => {
    throw new DataError(error instanceof Error ? error.message : String(error), 'network', { cause: error });
  });
}

export interface DataListener<S> {
  onStart(): void;
  onRead(read: DataRead<S>): void;
  onError(error: unknown): void;
}

/**
 * Reads, validates and normalises the widget's data, shaped like Lit's `Task`: the inputs
 * (the data properties and attributes) are compared at each update, a new read aborts the
 * one in flight, and a stale read's result or error is dropped. Inline children may arrive
 * after the element (CMS editors, streaming HTML): a change to them reads again too. The
 * widget's code, its wording and its data arrive side by side.
 */
export class DataController<S> implements ReactiveController {
  #children?: MutationObserver;
  #runs = 0;
  #abort?: AbortController;
  #inputs?: readonly unknown[];
  readonly #host: WidgetHost;
  readonly #hooks: WidgetHooks<S>;
  readonly #language: LanguageController;
  readonly #listener: DataListener<S>;

  constructor(host: WidgetHost, hooks: WidgetHooks<S>, language: LanguageController, listener: DataListener<S>) {
    this.#host = host;
    this.#hooks = hooks;
    this.#language = language;
    this.#listener = listener;
    host.addController(this);
  }

  hostConnected(): void {
    this.#children = new MutationObserver(() => this.reload());
    this.#children.observe(this.#host, { childList: true, subtree: true, characterData: true });
    this.reload();
  }

  hostUpdate(): void {
    const inputs = this.#currentInputs();
    // Compared as Lit compares properties: `scale="abc"` is NaN, which must not read forever.
    if (inputs.some((value, index) => notEqual(value, this.#inputs?.[index]))) this.reload();
  }

  hostDisconnected(): void {
    this.#children?.disconnect();
    this.#children = undefined;
    this.#abort?.abort();
    this.#runs++;
  }

  /** Reads now, whatever the inputs. */
  reload(): void {
    void this.#run();
  }

  /** Reads again what failed: only this widget's URL (other widgets keep what they share) and failed wording. */
  retry(): void {
    if (this.#host.src) evictData(this.#host.src);
    this.#language.forgetFailures();
    this.reload();
  }

  #currentInputs(): readonly unknown[] {
    const host = this.#host;
    return [host.data, host.dataJson, host.src, host.section, host.currency, host.scale];
  }

  async #run(): Promise<void> {
    const run = ++this.#runs;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.#inputs = this.#currentInputs();
    this.#listener.onStart();
    try {
      const read = await this.#read(abort.signal);
      // A figure far below the fold waits for idle time; each is drawn in a task of its own,
      // not in the one that drew the other widgets'.
      if (!this.#host.eager) await nearOrIdle(this.#host);
      await yieldToMain();
      if (warmNumberFormats()) await yieldToMain();
      if (run === this.#runs) this.#listener.onRead(read);
    } catch (error) {
      if (run === this.#runs && !abort.signal.aborted) this.#listener.onError(error);
    }
  }

  async #read(signal: AbortSignal): Promise<DataRead<S>> {
    const kind = this.#hooks.sectionKey;
    // The data is read once the language's pack is here: a table may name periods in it.
    const language = downloaded(this.#language.load(this.#language.wanted) ?? Promise.resolve());
    const [view, dataset] = await Promise.all([downloaded(this.#hooks.loadView()), language.then(() => this.#readDataset(signal))]);
    // normaliseDataset has checked that the section is there (naming those that are, if not).
    const section = dataset[kind] as S;
    return { view, dataset, section };
  }

  /** The inputs in the contract's order: property, attribute, JSON child, src, table child. */
  async #readDataset(signal: AbortSignal): Promise<Dataset> {
    const host = this.#host;
    // `section="ipTrend"` reads a differently named section of a full dataset.
    const ctx = { currency: host.currency ?? 'USD', scale: host.scale, section: this.#hooks.sectionKey, name: host.section };
    const read = (raw: unknown) => normaliseDataset(raw, ctx);
    if (host.data !== undefined && host.data !== null) return read(host.data);
    if (host.dataJson) return read(await parseJson(host.dataJson, 'data attribute'));
    const script = host.querySelector(':scope > script[type="application/json"]');
    if (script) return read(await parseJson(script.textContent ?? '', 'inline <script> data'));
    if (host.src) return loadDataset(host.src, { signal, timeout: host.timeout }, ctx);
    const table = host.querySelector(':scope > table');
    if (table) {
      const { readTableDataset } = await import('../data/tabular.js');
      return read(readTableDataset(table as HTMLTableElement, ctx.section));
    }
    throw new DataError('no data: set the data or src attribute, or put a JSON <script> or a <table> inside the tag', 'input');
  }
}
