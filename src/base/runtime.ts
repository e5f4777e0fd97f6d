/**
 * What every widget needs once it is on the page, but not to be defined: the runtime and its
 * controllers with the data layer, formatting and the figure. Imported lazily on first
 * connect, so the CDN entry stays small.
 */
export { WidgetRuntime } from './widget-runtime.js';
