/** The package entry: defines every widget's tag (one entry module each, listed in src/widgets/manifest.js) and exports their classes. */
import './deficit-trend.js';
import './driver-breakdown.js';
import './region-split.js';

export * from './classes.js';
