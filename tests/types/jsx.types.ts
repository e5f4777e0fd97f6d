/**
 * Compile-time checks of src/jsx.ts (run by `npm run typecheck`, not by the test runner):
 * each widget's JSX props are exactly its public, settable properties.
 */
import type { TradeBalanceChartsJSX, WidgetProps } from '../../src/jsx.js';
import type { DeficitTrend } from '../../src/widgets/deficit-trend/element.js';
import type { DriverBreakdown } from '../../src/widgets/driver-breakdown/element.js';
import type { RegionSplit } from '../../src/widgets/region-split/element.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assertType = <T extends true>(): T | undefined => undefined;

type Common =
  | 'src' | 'timeout' | 'data' | 'section' | 'heading' | 'headingLevel' | 'currency' | 'scale' | 'theme'
  | 'renderer' | 'eager' | 'group' | 'highlight' | 'options' | 'debug' | 'numberStyle' | 'hydrate';

assertType<Equal<WidgetProps<DeficitTrend>, Common | 'type'>>();
assertType<Equal<WidgetProps<DriverBreakdown>, Common | 'view' | 'sort'>>();
assertType<Equal<WidgetProps<RegionSplit>, Common | 'sort'>>();
assertType<Equal<TradeBalanceChartsJSX['deficit-trend']['headingLevel'], number | undefined>>();
assertType<Equal<TradeBalanceChartsJSX['region-split']['onchart-select'] extends ((event: CustomEvent) => void) | undefined ? true : false, true>>();
