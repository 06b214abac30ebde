import type { IssuePath } from './template-issue';

export interface Edge {
  from: string;
  to: string;
  path: IssuePath;
}

export interface Cycle<E extends Edge> {
  /** Ids along the loop, first repeated at the end: a → b → a. */
  ids: string[];
  edges: E[];
}

/** Each elementary loop found by a depth-first search, reported once (iterative, no recursion). */
export function findCycles<E extends Edge>(edges: readonly E[]): Cycle<E>[] {
  const out = new Map<string, E[]>();
  for (const edge of edges) out.set(edge.from, [...(out.get(edge.from) ?? []), edge]);
  const state = new Map<string, 'open' | 'done'>();
  const cycles: Cycle<E>[] = [];
  for (const start of out.keys()) {
    if (state.has(start)) continue;
    const stack: { node: string; next: number; via?: E }[] = [{ node: start, next: 0 }];
    state.set(start, 'open');
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as { node: string; next: number; via?: E };
      const edge = out.get(frame.node)?.[frame.next++];
      if (!edge) {
        state.set(frame.node, 'done');
        stack.pop();
        continue;
      }
      const seen = state.get(edge.to);
      if (seen === undefined) {
        state.set(edge.to, 'open');
        stack.push({ node: edge.to, next: 0, via: edge });
      } else if (seen === 'open') {
        const from = stack.findIndex((f) => f.node === edge.to);
        const loop = stack.slice(from + 1).map((f) => f.via as E);
        cycles.push({ ids: [...stack.slice(from).map((f) => f.node), edge.to], edges: [edge, ...loop] });
      }
    }
  }
  return cycles;
}
