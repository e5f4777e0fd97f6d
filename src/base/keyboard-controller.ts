import type { ReactiveController } from 'lit';
import type { Messages } from '../format/messages.js';
import type { ChartItem, WidgetHost } from './contracts.js';

/** What the keyboard reaches and what it tells the rest of the widget. */
export interface KeyboardTarget {
  /** The drawn items in reading order; empty before a draw. */
  readonly items: readonly ChartItem[];
  /** Emphasises one item (or none) on the chart and shows its tooltip. */
  emphasise(item: ChartItem | undefined): void;
  select(item: ChartItem): void;
  /** The wording for the live region's announcements. */
  words(): Messages;
}

const STEPS: Readonly<Record<string, number>> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * Reading a chart with the keyboard: arrows, Home and End move between items, Enter or Space
 * selects, Escape leaves. Each move is announced in the figure's live region.
 */
export class KeyboardController implements ReactiveController {
  /** What the live region says. */
  announcement = '';
  #active = -1;

  readonly #host: WidgetHost;
  readonly #target: KeyboardTarget;

  constructor(
    host: WidgetHost,
    target: KeyboardTarget,
  ) {
    this.#host = host;
    this.#target = target;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#active = -1;
  }

  /** After a redraw: the item reached stays reached, if it is still there. */
  hostUpdated(): void {
    this.#active = Math.min(this.#active, this.#target.items.length - 1);
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    const items = this.#target.items;
    const count = items.length;
    if (!count) return;
    let next = this.#active;
    if (event.key in STEPS) next = this.#active < 0 ? 0 : (this.#active + STEPS[event.key]! + count) % count;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = count - 1;
    else if ((event.key === 'Enter' || event.key === ' ') && this.#active >= 0) {
      event.preventDefault();
      const chosen = items[this.#active]!;
      this.#announce(this.#target.words().selected(chosen.label, chosen.valueText));
      this.#target.select(chosen);
      return;
    } else if (event.key === 'Escape') {
      this.#target.emphasise(undefined);
      this.#active = -1;
      return;
    } else return;
    event.preventDefault();
    this.#active = next;
    const item = items[next]!;
    this.#target.emphasise(item);
    this.#announce(this.#target.words().current(item.label, item.valueText));
  };

  #announce(text: string): void {
    this.announcement = text;
    this.#host.requestUpdate();
  }
}
