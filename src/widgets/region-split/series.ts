/** `<region-split>`'s series: one bar per region, or stacked segments, and the notes of rows with no figure. */
import type { RegionsSection } from '../../data/types.js';
import type { Settings } from '../../base/contracts.js';
import type { BarSeriesOption } from 'echarts/charts';
import { pickText } from '../../data/text.js';
import { DERIVED_DECAL, plain, signColor, textBase } from '../common.js';
import { TRANSPARENT } from '../layout.js';
import { itemKey, LINE_HEIGHT, type RegionRow, type RegionsChartModel } from './model.js';

export { DERIVED_DECAL };

/** Transparency of regions other than the highlighted one. */
const DIMMED = 0.35;

/** How the pieces of one chart draw: its model and settings, with the helpers every series uses. */
interface Drawing {
  readonly model: RegionsChartModel;
  readonly settings: Settings;
  readonly dim: (id: string) => number;
  /** The series' label style: the text is the item's value label, if it has one. */
  readonly labelStyle: Record<string, unknown>;
}

/** The data item's own label: shown only where the region's value label sits. */
function labelFor(d: Drawing, seriesIndex: number, dataIndex: number, opacity: number) {
  const label = d.model.labels.get(itemKey(seriesIndex, dataIndex));
  return label ? { label: { show: true, position: label.side, opacity } } : {};
}

function valueSeries(d: Drawing): BarSeriesOption {
  const { settings } = d;
  const data = d.model.rows.map((row, dataIndex) => {
    if (row.value === null) return { value: '-' as const };
    return {
      value: row.value,
      ...labelFor(d, 0, dataIndex, d.dim(row.id)),
      itemStyle: { color: signColor(row.value, settings), opacity: d.dim(row.id), ...(row.derived ? { decal: DERIVED_DECAL } : {}) },
    };
  });
  return { id: 'value', type: 'bar', barWidth: d.model.box.barWidth, data, label: { show: true, ...d.labelStyle } };
}

/** One stacked part per region; `null` is a gap (no bar), never zero. */
function stacked(d: Drawing, id: string, name: string, seriesIndex: number, valueOf: (row: RegionRow) => number | null, style: (value: number, row: RegionRow) => object): BarSeriesOption {
  return {
    id,
    name: plain(name),
    type: 'bar' as const,
    stack: 'regions',
    stackStrategy: 'samesign' as const,
    barWidth: d.model.box.barWidth,
    label: { show: false, ...d.labelStyle },
    data: d.model.rows.map((row, dataIndex) => {
      const value = valueOf(row);
      if (value === null) return { value: '-' as const };
      return { value, ...labelFor(d, seriesIndex, dataIndex, d.dim(row.id)), itemStyle: style(value, row) };
    }),
  };
}

/**
 * Each segment its own shade (darkest first, as the key says); a thin line of background
 * between parts. Samesign stacking puts each sign's parts outward from zero. The unsplit
 * rest of a region is a dashed outline after the segments.
 */
function segmentSeries(d: Drawing, section: RegionsSection, unsplitName: string): BarSeriesOption[] {
  const { settings } = d;
  const count = section.segments.length;
  const shade = (seriesIndex: number) => (count === 1 ? 1 : 1 - (seriesIndex * 0.55) / (count - 1));
  const series = section.segments.map((segment, seriesIndex) =>
    stacked(d, `segment-${segment.id}`, pickText(segment.label, settings.lang), seriesIndex, (row) => row.segments[seriesIndex] ?? null, (value, row) => ({
      color: signColor(value, settings),
      opacity: d.dim(row.id) * shade(seriesIndex),
      borderColor: settings.theme.background,
      borderWidth: 1,
      ...(row.derived ? { decal: DERIVED_DECAL } : {}),
    })),
  );
  if (d.model.unsplit) {
    series.push(
      stacked(d, 'unsplit', unsplitName, count, (row) => row.unsplit, (value, row) =>
        // The derived rest of the world is unknown by segment: whole, hatched like any derived figure.
        row.remainder
          ? { color: signColor(value, settings), opacity: d.dim(row.id), decal: DERIVED_DECAL }
          : { color: TRANSPARENT, borderColor: signColor(value, settings), borderType: 'dashed' as const, borderWidth: 1, opacity: d.dim(row.id) },
      ),
    );
  }
  return series;
}

/**
 * A silent, invisible series laid over the bars (barGap -100%), after every series that
 * carries items, so item indices stay those of the bars: the rows with no figure say so
 * beside the zero line.
 */
function gapSeries(d: Drawing): BarSeriesOption {
  const { gapRows, gapIndex } = d.model;
  return {
    id: 'gap',
    type: 'bar',
    silent: true,
    barGap: '-100%',
    barWidth: d.model.box.barWidth,
    itemStyle: { color: TRANSPARENT },
    label: { show: false, ...d.labelStyle, fontStyle: 'italic' },
    data: d.model.rows.map((row, dataIndex) => (gapRows.includes(dataIndex) ? { value: 0, ...labelFor(d, gapIndex, dataIndex, d.dim(row.id)) } : { value: '-' as const })),
  };
}

/**
 * Diverging bars, surplus regions on one side and deficit regions on the other; stacked
 * by segment when the data has segments (a missing segment is a dashed outline, not 0).
 */
export function regionsSeries(model: RegionsChartModel, section: RegionsSection, settings: Settings, unsplitName: string): BarSeriesOption[] {
  const labelStyle = {
    ...textBase(settings),
    lineHeight: LINE_HEIGHT,
    formatter: (params: unknown) => {
      const p = params as { seriesIndex: number; dataIndex: number };
      return plain(model.labels.get(itemKey(p.seriesIndex, p.dataIndex))?.lines.join('\n') ?? '');
    },
  };
  const d: Drawing = { model, settings, labelStyle, dim: (id) => (settings.highlight && settings.highlight !== id ? DIMMED : 1) };
  const series = model.segmented ? segmentSeries(d, section, unsplitName) : [valueSeries(d)];
  return model.gapRows.length ? [...series, gapSeries(d)] : series;
}
