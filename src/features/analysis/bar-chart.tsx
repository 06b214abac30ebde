import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis, type YAxisTickContentProps } from 'recharts';
import { LINE_HEIGHT, labelLines, type BarDatum } from './bar-layout';

// The chart library, in a module of its own that the analysis screen loads beside its data
// (chart-view.ts), so the screen's own code is small and starts reading the audit at once.

function categoryTick(labelWidth: number) {
  return function CategoryTick({ x, y, payload }: YAxisTickContentProps) {
    const lines = labelLines(String(payload.value), labelWidth);
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

const ticks = new Map<number, ReturnType<typeof categoryTick>>();
const tickFor = (labelWidth: number) => ticks.get(labelWidth) ?? ticks.set(labelWidth, categoryTick(labelWidth)).get(labelWidth);

/** A horizontal bar chart (0–100) filling its container. */
export function BarChartView({ data, labelWidth }: { data: readonly BarDatum[]; labelWidth: number }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data as BarDatum[]} layout="vertical" margin={{ left: 8, right: 24, top: 8, bottom: 8 }}>
        <CartesianGrid horizontal={false} stroke="#d5dbe1" />
        {/* Ticks given and none skipped: otherwise recharts measures each tick's text in the
            page to choose which to skip, a layout of the whole screen for every chart. */}
        <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} interval={0} tick={{ fill: '#1b1f24', fontSize: 12 }} />
        <YAxis type="category" dataKey="label" width={labelWidth} tick={tickFor(labelWidth)} interval={0} />
        <Tooltip />
        <Bar dataKey="value" fill="#0b5cab" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
