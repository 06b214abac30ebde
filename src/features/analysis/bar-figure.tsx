import { createElement, useId } from 'react';
import { useTranslation } from '../../components/use-translation';
import { LINE_HEIGHT, labelLines, type BarDatum } from './bar-layout';
import { useChartTurn } from './chart-turns';
import { useChartView } from './chart-view';

interface BarFigureProps {
  title: string;
  /** What the chart shows, for screen readers (the table below says the same). */
  summary: string;
  data: readonly BarDatum[];
  /** The accessible alternative: always present, collapsed by default. */
  table: React.ReactNode;
}

/** A horizontal bar chart (0–100) with its data as a table for screen readers and print. */
export function BarFigure({ title, summary, data, table }: BarFigureProps) {
  const { t } = useTranslation();
  const id = useId();
  // Narrow screens give the bars more room than the labels.
  const labelWidth = typeof window !== 'undefined' && window.innerWidth < 560 ? 128 : 190;
  // Each bar gets the room its longest label needs, so wrapped labels never touch.
  const lines = Math.max(1, ...data.map((d) => labelLines(d.label, labelWidth).length));
  const height = Math.max(120, data.length * Math.max(34, lines * LINE_HEIGHT + 14) + 40);
  // The chart keeps its place, empty, until the chart library is in and its turn comes.
  const View = useChartView();
  const ready = useChartTurn(View !== undefined);
  return (
    <figure className="bar-figure" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <div className="chart" role="img" aria-label={summary} style={{ height }}>
        {/* View is the chart module's own export, the same on every render (chart-view.ts). */}
        {ready && View ? createElement(View, { data, labelWidth }) : null}
      </div>
      <details>
        <summary>{t('analysis.showTable')}</summary>
        {table}
      </details>
    </figure>
  );
}
