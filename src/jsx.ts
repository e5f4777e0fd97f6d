/**
 * JSX types for React 19, which passes properties and listens to events of custom
 * elements. Opt in with `import type {} from 'trade-balance-charts/jsx.js'`.
 * Events are `onchart-ready`, `onchart-error` and `onchart-select`.
 *
 * Derived from the element classes, so a property or a widget cannot be forgotten here: the
 * tags are those each entry module adds to `HTMLElementTagNameMap` for a `ChartElement`,
 * and a widget's props are its class's writable, non-method properties beyond `LitElement`'s.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { LitElement } from 'lit';
// From the package entry, so a consumer's program also loads every entry module's
// HTMLElementTagNameMap entry (a bare `import type {}` is dropped from the declarations).
import type { ChartElement, ChartErrorDetail, ChartReadyDetail, ChartSelectDetail } from './index.js';

/** Set from their attributes (`data`, `options`) or by the widget itself; JSX passes objects as `data` and `options`. */
type NotProps = 'dataJson' | 'optionsJson' | 'state';

type IfWritable<T, K extends keyof T> =
  (<V>() => V extends { [P in K]: T[K] } ? 1 : 2) extends <V>() => V extends { -readonly [P in K]: T[K] } ? 1 : 2 ? K : never;

/** The public properties a widget class adds to `LitElement` that a page may set. */
export type WidgetProps<E extends ChartElement> = {
  [K in Exclude<keyof E, keyof LitElement | NotProps>]: E[K] extends (...args: never[]) => unknown ? never : IfWritable<E, K>;
}[Exclude<keyof E, keyof LitElement | NotProps>];

type ChartProps<E extends ChartElement> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  Partial<Pick<E, WidgetProps<E>>> & {
    'onchart-ready'?: (event: CustomEvent<ChartReadyDetail>) => void;
    'onchart-error'?: (event: CustomEvent<ChartErrorDetail>) => void;
    'onchart-select'?: (event: CustomEvent<ChartSelectDetail>) => void;
  };

/** Every tag whose element is a widget. */
type WidgetTag = { [T in keyof HTMLElementTagNameMap]: HTMLElementTagNameMap[T] extends ChartElement ? T : never }[keyof HTMLElementTagNameMap];

export type TradeBalanceChartsJSX = { [T in WidgetTag]: ChartProps<HTMLElementTagNameMap[T]> };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends TradeBalanceChartsJSX {}
  }
}
