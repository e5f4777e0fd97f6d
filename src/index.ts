/** The package entry: defines `<deficit-trend>`, `<driver-breakdown>` and `<region-split>` and exports their classes. */
import './deficit-trend.js';
import './driver-breakdown.js';
import './region-split.js';

export * from './classes.js';
