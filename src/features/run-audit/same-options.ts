import type { OptionLabel, ResolvedOption } from '../../domain/runtime';

function sameLabel(a: OptionLabel, b: OptionLabel): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'text' && b.kind === 'text') return a.text === b.text;
  if (a.kind === 'entry' && b.kind === 'entry') return a.number === b.number && a.text === b.text;
  return a.text === b.text;
}

/** Options recomputed after a change are often the same: compare them, not their arrays. */
export function sameOptions(a: readonly ResolvedOption[], b: readonly ResolvedOption[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((o, i) => {
    const other = b[i];
    return other !== undefined && o.id === other.id && o.exclusive === other.exclusive && sameLabel(o.label, other.label);
  });
}
