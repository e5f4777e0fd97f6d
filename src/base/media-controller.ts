import type { ReactiveController } from 'lit';
import type { WidgetHost } from './contracts.js';

/**
 * What the page's media tell a widget: whether the reader prefers a dark scheme (watched
 * only for `theme="auto"`), and whether the page is being printed.
 */
export class MediaController implements ReactiveController {
  /** True between `beforeprint` and `afterprint`: notes unfold for print. */
  printing = false;
  #colorScheme?: MediaQueryList;
  readonly #onPrint = (event: Event) => {
    this.printing = event.type === 'beforeprint';
    this.#host.requestUpdate();
  };
  readonly #onSchemeChange = () => this.#host.requestUpdate();

  readonly #host: WidgetHost;

  constructor(host: WidgetHost) {
    this.#host = host;
    host.addController(this);
  }

  /** True for `theme="dark"`, and for `theme="auto"` when the reader prefers dark. */
  get dark(): boolean {
    const theme = this.#host.theme;
    return theme === 'dark' || (theme === 'auto' && (this.#colorScheme?.matches ?? false));
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.#onPrint);
    addEventListener('afterprint', this.#onPrint);
  }

  hostUpdate(): void {
    if (this.#host.theme !== 'auto' || this.#colorScheme) return;
    this.#colorScheme = matchMedia('(prefers-color-scheme: dark)');
    this.#colorScheme.addEventListener('change', this.#onSchemeChange);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.#onPrint);
    removeEventListener('afterprint', this.#onPrint);
    this.#colorScheme?.removeEventListener('change', this.#onSchemeChange);
    this.#colorScheme = undefined;
  }
}
