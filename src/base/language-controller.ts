import type { ReactiveController } from 'lit';
import type { Lang } from '../data/types.js';
import { resolveLang } from '../format/lang.js';
import type { WidgetHost } from './contracts.js';

/** Widgets that follow `<html lang>` (or any ancestor's): one observer for the page. */
const followers = new Set<WidgetHost>();
let documentLang: MutationObserver | undefined;

/**
 * The language a widget speaks. Wording beyond English loads on demand; until the wanted
 * language's has loaded the widget keeps speaking the previous one, so a switch never mixes
 * two languages. Reading `lang` starts nothing: loads start in `hostUpdate` or `load`.
 */
export class LanguageController implements ReactiveController {
  readonly #loaded = new Set<Lang>(['en']);
  readonly #loads = new Map<Lang, Promise<unknown>>();
  #spoken?: Lang;

  readonly #host: WidgetHost;
  readonly #loadWording: (lang: Lang) => Promise<unknown>;
  readonly #onSwitch: () => void;

  constructor(
    host: WidgetHost,
    loadWording: (lang: Lang) => Promise<unknown>,
    /** Called when the wanted language changes after the first read: the runtime reads again. */
    onSwitch: () => void,
  ) {
    this.#host = host;
    this.#loadWording = loadWording;
    this.#onSwitch = onSwitch;
    host.addController(this);
  }

  /** The language the widget asks for: its own `lang`, else the nearest ancestor's, else English. */
  get wanted(): Lang {
    return resolveLang(this.#host);
  }

  /** The language the widget speaks now. */
  get lang(): Lang {
    const wanted = this.wanted;
    return this.#loaded.has(wanted) ? wanted : (this.#spoken ?? wanted);
  }

  hostConnected(): void {
    followers.add(this.#host);
    if (!documentLang) {
      documentLang = new MutationObserver(() => followers.forEach((host) => host.requestUpdate()));
      documentLang.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostDisconnected(): void {
    followers.delete(this.#host);
    if (followers.size === 0) {
      documentLang?.disconnect();
      documentLang = undefined;
    }
  }

  hostUpdate(): void {
    const wanted = this.wanted;
    if (this.#loaded.has(wanted)) this.#spoken = wanted;
    else if (this.#spoken && !this.#loads.has(wanted)) {
      void this.load(wanted);
      this.#onSwitch();
    }
  }

  /** The wording in `lang`, loaded once (a failed load stays failed until `forgetFailures`). */
  load(lang: Lang): Promise<unknown> | undefined {
    if (this.#loaded.has(lang)) return undefined;
    let load = this.#loads.get(lang);
    if (!load) {
      load = this.#loadWording(lang).then(() => this.#loaded.add(lang));
      this.#loads.set(lang, load);
    }
    return load;
  }

  /** Lets a retry load the wording that failed. */
  forgetFailures(): void {
    for (const lang of this.#loads.keys()) if (!this.#loaded.has(lang)) this.#loads.delete(lang);
  }
}
