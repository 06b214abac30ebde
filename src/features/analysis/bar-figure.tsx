import { useId, useMemo } from 'react';
import { useTranslation } from '../../components/use-translation';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis, type YAxisTickContentProps } from 'recharts';
import { useFormatters } from '../../components/use-formatters';
import { useChartTurn } from './chart-turns';
import { wrapLabel } from './wrap-label';

export interface BarDatum {
  key: string;
  label: string;
  /** 0..100 */
  value: number;
}

interface BarFigureProps {
  title: string;
  /** What the chart shows, for screen readers (the table below says the same). */
  summary: string;
  data: readonly BarDatum[];
  /** The accessible alternative: always present, collapsed by default. */
  table: React.ReactNode;
}

/** Average width of a character of the 12 px tick labels, generous so lines never overflow. */
const CHAR_WIDTH = 7;
const LINE_HEIGHT = 13;

/** A category label in up to three lines, broken without measuring text (wrap-label.ts). */
const charsIn = (labelWidth: number) => (labelWidth - 12) / CHAR_WIDTH;

function categoryTick(labelWidth: number) {
  const maxChars = charsIn(labelWidth);
  return function CategoryTick({ x, y, payload }: YAxisTickContentProps) {
    const lines = wrapLabel(String(payload.value), maxChars, 3);
    const left = Number(x) - 4;
    const top = Number(y) - ((lines.length - 1) * LINE_HEIGHT) / 2;
    return (
      <text x={left} y={top} textAnchor="end" dominantBaseline="central" fill="#1b1f24" fontSize={12}>
        {lines.map((line, i) => (
          <tspan key={i} x={left} dy={i === 0 ? 0 : LINE_HEIGHT}>
            {line}
          </tspan>
        ))}
      </text>
    );
  };
}

/** A horizontal bar chart (0–100) with its data as a table for screen readers and print. */
export function BarFigure({ title, summary, data, table }: BarFigureProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const id = useId();
  // Narrow screens give the bars more room than the labels.
  const labelWidth = typeof window !== 'undefined' && window.innerWidth < 560 ? 128 : 190;
  // Each bar gets the room its longest label needs, so wrapped labels never touch.
  const lines = Math.max(1, ...data.map((d) => wrapLabel(d.label, charsIn(labelWidth), 3).length));
  const height = Math.max(120, data.length * Math.max(34, lines * LINE_HEIGHT + 14) + 40);
  const tick = useMemo(() => categoryTick(labelWidth), [labelWidth]);
  const ready = useChartTurn();
  return (
    <figure className="bar-figure" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <div className="chart" role="img" aria-label={summary} style={{ height }}>
        {ready ? (
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={data as BarDatum[]} layout="vertical" margin={{ left: 8, right: 24, top: 8, bottom: 8 }}>
              <CartesianGrid horizontal={false} stroke="#d5dbe1" />
              {/* Ticks given and none skipped: otherwise recharts measures each tick's text in the
                  page to choose which to skip, a layout of the whole screen for every chart. */}
              <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} interval={0} tick={{ fill: '#1b1f24', fontSize: 12 }} />
              <YAxis type="category" dataKey="label" width={labelWidth} tick={tick} interval={0} />
              {/* The value as the table gives it, in the page's language: "90 / 100", not "value : 89.6". */}
              <Tooltip separator="" formatter={(value) => [`${format.number(Math.round(Number(value)))} / 100`, '']} />
              <Bar dataKey="value" fill="#0b5cab" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        ) : null}
      </div>
      <details>
        <summary>{t('analysis.showTable')}</summary>
        {table}
      </details>
    </figure>
  );
}
