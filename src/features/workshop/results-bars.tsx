export interface ResultBar {
  id: string;
  label: string;
  /** Length of the bar, in the same unit as `max`. */
  value: number;
  /** The value in words, e.g. "7 hands (58%)" or "fewer than 5". */
  text: string;
  /** Drawn as a range, not a point: the count is banded. */
  banded?: boolean;
}

interface ResultsBarsProps {
  bars: readonly ResultBar[];
  max: number;
  /** Names the list for screen readers. */
  label: string;
}

/** A horizontal bar chart that reads as a list: each bar's words carry its value. */
export function ResultsBars({ bars, max, label }: ResultsBarsProps) {
  const scale = max > 0 ? max : 1;
  return (
    <ul className="ws-bars" aria-label={label}>
      {bars.map((bar) => (
        <li key={bar.id} className="ws-bar">
          <span className="ws-bar-label">{bar.label}</span>
          <span className="ws-bar-track" aria-hidden="true">
            <span className={`ws-bar-fill${bar.banded ? ' ws-bar-banded' : ''}`} style={{ width: `${Math.min(100, (bar.value / scale) * 100)}%` }} />
          </span>
          <span className="ws-bar-value">{bar.text}</span>
        </li>
      ))}
    </ul>
  );
}
