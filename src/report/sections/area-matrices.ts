import type { FrameworkElementSummary, IndicatorSummary } from '../../domain/runtime';
import { barChart } from '../chart-blocks';
import { addressedSeries, bandValue } from '../chart-series';
import type { Block } from '../document-model';
import { column, note, table } from '../blocks';
import type { ReportFormat } from '../report-format';
import { heatMaps } from './heat-maps';

/** ILO indicators of forced labour by sector, shaded by how many people reported each. */
export function indicatorBlocks(indicators: IndicatorSummary, threshold: number, format: ReportFormat): Block[] {
  const { t } = format;
  const blocks: Block[] = [];
  if (indicators.rows.length > 0 && indicators.columns.length > 0) {
    const largest = Math.max(1, ...indicators.rows.flatMap((row) => Object.values(indicators.cells[row.id] ?? {}).map(bandValue)));
    blocks.push(
      ...heatMaps(
        {
          title: t('report.indicators.heading'),
          rowName: t('report.indicators.sector'),
          columnName: t('report.indicators.indicator'),
          rows: indicators.rows.map((row) => format.label(row.label)),
          columns: indicators.columns.map((col) => format.label(col.label)),
          cell: (r, c) => {
            const band = indicators.cells[indicators.rows[r]?.id ?? '']?.[indicators.columns[c]?.id ?? ''];
            if (!band || bandValue(band) === 0) return { level: null, text: '–' };
            // A band is shaded at its middle, and written short to fit the cell; the legend says what it means.
            if (band.kind === 'fewer-than') return { level: band.threshold / 2 / largest, text: t('report.fewerThanShort', { threshold: band.threshold }) };
            return { level: band.value / largest, text: format.number(band.value) };
          },
          legend: t('report.indicators.legend', { threshold: format.number(threshold, 0) }),
        },
        format,
      ),
    );
  }
  const loose = indicators.unattributed.filter((count) => bandValue(count.people) > 0);
  if (loose.length > 0) {
    blocks.push(note(t('report.indicators.unattributed', { items: format.list(loose.map((count) => `${format.label(count.subject.label)} (${format.band(count.people)})`)) })));
  }
  return blocks;
}

/** The ten framework elements of the report: how well each is addressed, and what is done about it. */
export function frameworkBlocks(elements: readonly FrameworkElementSummary[], format: ReportFormat): Block[] {
  const { t } = format;
  if (elements.length === 0) return [];
  const series = addressedSeries(elements);
  const rows = elements.map((element) => [
    format.label(element.subject.label),
    element.addressed === undefined ? '—' : format.index(element.addressed),
    format.number(element.activities),
    format.band(element.priorityVotes),
  ]);
  return [
    ...(series.points.length > 0 ? [barChart(series, t('report.charts.addressed'), format)] : []),
    table([column(t('report.elements.element'), 4), column(t('report.elements.addressed'), 1.3, 'right'), column(t('report.elements.activities'), 1.1, 'right'), column(t('report.elements.votes'), 1.2, 'right')], rows),
  ];
}
