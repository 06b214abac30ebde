import type { ChartSeries } from './chart-series';
import type { BarChartBlock } from './document-model';
import type { ReportFormat } from './report-format';

function ticks(series: ChartSeries): number[] {
  const span = series.max - series.min;
  const quarters = [0, 1, 2, 3, 4].map((i) => series.min + (span * i) / 4);
  if (quarters.every((v) => Number.isInteger(v))) return quarters;
  return Number.isInteger(series.min + span / 2) ? [series.min, series.min + span / 2, series.max] : [series.min, series.max];
}

/** A chart series as a vector bar chart: the same numbers the analysis screen draws. */
export function barChart(series: ChartSeries, title: string, format: ReportFormat): BarChartBlock {
  return {
    kind: 'bar-chart',
    title,
    min: series.min,
    max: series.max,
    axisLabel: format.t(`report.axis.${series.measure}`),
    ticks: ticks(series).map((value) => ({ value, label: format.number(value, 0) })),
    bars: series.points.map((point) => ({
      label: format.label(point.label),
      value: point.value,
      display: point.band ? format.band(point.band) : format.number(point.value, 0),
      banded: point.band?.kind === 'fewer-than',
    })),
  };
}
