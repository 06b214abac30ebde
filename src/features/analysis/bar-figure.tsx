import { useId } from 'react';
import { useTranslation } from '../../components/use-translation';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

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

/** A horizontal bar chart (0–100) with its data as a table for screen readers and print. */
export function BarFigure({ title, summary, data, table }: BarFigureProps) {
  const { t } = useTranslation();
  const id = useId();
  const height = Math.max(120, data.length * 34 + 40);
  // Narrow screens give the bars more room than the labels.
  const labelWidth = typeof window !== 'undefined' && window.innerWidth < 560 ? 128 : 190;
  return (
    <figure className="bar-figure" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <div className="chart" role="img" aria-label={summary} style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data as BarDatum[]} layout="vertical" margin={{ left: 8, right: 24, top: 8, bottom: 8 }}>
            <CartesianGrid horizontal={false} stroke="#d5dbe1" />
            <XAxis type="number" domain={[0, 100]} tick={{ fill: '#1b1f24', fontSize: 12 }} />
            <YAxis type="category" dataKey="label" width={labelWidth} tick={{ fill: '#1b1f24', fontSize: 12 }} interval={0} />
            <Tooltip />
            <Bar dataKey="value" fill="#0b5cab" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details>
        <summary>{t('analysis.showTable')}</summary>
        {table}
      </details>
    </figure>
  );
}
