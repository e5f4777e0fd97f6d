import type { ReactiveController } from 'lit';
import type { Lang } from '../data/types.js';
import { hasPack, resolveLang, speakable } from '../format/lang.js';
import { onPackChange, packKey } from '../format/packs.js';
import { languagePack } from '../languages/index.js';
import type { WidgetHost } from './contracts.js';

/** Widgets on the page: they follow `<html lang>` (or any ancestor's) and redraw when a pack is registered. */
const followers = new Set<LanguageController>();
let documentLang: MutationObserver | undefined;
let stopPacks: (() => void) | undefined;

/**
 * The language a widget speaks: its `lang` (or the nearest ancestor's) when a pack speaks it,
 * built-in packs loading on demand; else English, whole. Until the wanted language's pack
 * has loaded the widget keeps speaking the previous one, so a switch never mixes two
 * languages. Reading `lang` starts nothing: loads start in `hostUpdate` or `load`.
 */
export class LanguageController implements ReactiveController {
  readonly #loads = new Map<Lang, Promise<unknown>>();
  #spoken?: Lang;

  readonly #host: WidgetHost;
  readonly #onSwitch: () => void;

  constructor(
    host: WidgetHost,
    /** Called when the wanted language changes after the first read, or its pack does: the runtime reads again. */
    onSwitch: () => void,
  ) {
    this.#host = host;
    this.#onSwitch = onSwitch;
    host.addController(this);
  }

  /** The language the widget asks for and can speak: its tag when a pack (on the page or built in) speaks it, else `en`. */
  get wanted(): Lang {
    return speakable(resolveLang(this.#host));
  }

  /** The language the widget speaks now. */
  get lang(): Lang {
    const wanted = this.wanted;
    return hasPack(wanted) ? wanted : (this.#spoken ?? wanted);
  }

  hostConnected(): void {
    followers.add(this);
    if (!documentLang) {
      documentLang = new MutationObserver(() => followers.forEach((follower) => follower.#host.requestUpdate()));
      documentLang.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
      stopPacks = onPackChange((key) => followers.forEach((follower) => follower.#packChanged(key)));
    }
  }

  hostDisconnected(): void {
    followers.delete(this);
    if (followers.size === 0) {
      documentLang?.disconnect();
      documentLang = undefined;
      stopPacks?.();
      stopPacks = undefined;
    }
  }

  hostUpdate(): void {
    const wanted = this.wanted;
    if (hasPack(wanted)) this.#spoken = wanted; else if (this.#spoken && !this.#loads.has(wanted)) {
      void this.load(wanted);
      this.#onSwitch();
    }
  }

  /** The pack for `lang`, loaded once (a failed load stays failed until `forgetFailures`). */
  load(lang: Lang): Promise<unknown> | undefined {
    if (hasPack(lang)) return undefined;
    let load = this.#loads.get(lang);
    if (!load) {
      load = languagePack(lang);
      this.#loads.set(lang, load);
    }
    return load;
  }

  /** Lets a retry load the pack that failed. */
  forgetFailures(): void {
    for (const lang of this.#loads.keys()) if (!hasPack(lang)) this.#loads.delete(lang);
  }

  /** A pack was registered or replaced: a widget asking for or speaking its language says everything again. */
  #packChanged(key: string): void {
    if (this.#spoken === undefined) return;
    const tag = resolveLang(this.#host);
    // A pack this widget is loading redraws it when the load ends.
    if (this.#loads.has(tag)) return;
    if (packKey(tag) === key || packKey(this.#spoken) === key) {
      this.#host.requestUpdate();
      this.#onSwitch();
    }
  }
}
