import { startTransition, useEffect, useState } from 'react';

// Charts take turns to draw: each is drawn in a task of its own, one after the other, so a
// screen with many charts never holds the page for the sum of them (recharts measures and
// lays out each chart as it draws it). Until its turn, a chart keeps its place, empty.
const waiting: (() => void)[] = [];
let drawing = false;

function nextTurn(): void {
  const turn = waiting.shift();
  drawing = turn !== undefined;
  turn?.();
}

/** False until this chart's turn to draw; then true for as long as it stays on screen. */
export function useChartTurn(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    // A transition: React renders the chart in slices and lets the page respond between them.
    waiting.push(() => (live ? startTransition(() => setReady(true)) : nextTurn()));
    if (!drawing) {
      drawing = true;
      setTimeout(nextTurn, 0);
    }
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    if (!ready) return;
    // The next chart waits for this one to be drawn and the page to get a chance to respond;
    // a chart that leaves the screen first hands the turn on at once.
    let handed = false;
    const handOn = () => {
      if (handed) return;
      handed = true;
      nextTurn();
    };
    const timer = setTimeout(handOn, 0);
    return () => {
      clearTimeout(timer);
      handOn();
    };
  }, [ready]);
  return ready;
}
