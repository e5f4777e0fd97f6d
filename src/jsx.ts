/**
 * JSX types for React 19, which passes properties and listens to events of custom
 * elements. Opt in with `import type {} from 'trade-balance-charts/jsx.js'`.
 * Events are `onchart-ready`, `onchart-error` and `onchart-select`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ChartElement, ChartErrorDetail, ChartReadyDetail } from './base/chart-element.js';
import type { ChartSelectDetail } from './base/contracts.js';
import type { DeficitTrend } from './widgets/deficit-trend/element.js';
import type { DriverBreakdown } from './widgets/driver-breakdown/element.js';
import type { RegionSplit } from './widgets/region-split/element.js';

type CommonKeys =
  | 'src' | 'timeout' | 'data' | 'section' | 'heading' | 'currency' | 'scale' | 'theme'
  | 'renderer' | 'eager' | 'group' | 'highlight' | 'options';

type ChartProps<E extends ChartElement, K extends keyof E = never> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  Partial<Pick<E, CommonKeys | K>> & {
    'onchart-ready'?: (event: CustomEvent<ChartReadyDetail>) => void;
    'onchart-error'?: (event: CustomEvent<ChartErrorDetail>) => void;
    'onchart-select'?: (event: CustomEvent<ChartSelectDetail>) => void;
  };

export interface TradeBalanceChartsJSX {
  'deficit-trend': ChartProps<DeficitTrend, 'type'>;
  'driver-breakdown': ChartProps<DriverBreakdown, 'view' | 'sort'>;
  'region-split': ChartProps<RegionSplit, 'sort'>;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends TradeBalanceChartsJSX {}
  }
}
