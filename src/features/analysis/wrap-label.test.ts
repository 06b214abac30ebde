import { describe, expect, it } from 'vitest';
import { wrapLabel } from './wrap-label';

describe('wrapLabel', () => {
  it('keeps a short label on one line', () => {
    expect(wrapLabel('Temporary foreign workers', 30, 3)).toEqual(['Temporary foreign workers']);
  });

  it('breaks at spaces, never past the width', () => {
    const lines = wrapLabel('Street-involved, runaway and homeless youth', 20, 3);
    expect(lines).toEqual(['Street-involved,', 'runaway and homeless', 'youth']);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(20);
  });

  it('cuts a word longer than a line', () => {
    expect(wrapLabel('Extraordinarilylongword here', 10, 4)).toEqual(['Extraordin', 'arilylongw', 'ord here']);
  });

  it('keeps at most maxLines, the last one ending with an ellipsis', () => {
    const lines = wrapLabel('one two three four five six seven eight nine ten', 9, 2);
    expect(lines).toEqual(['one two', 'three…']);
    expect(wrapLabel('aaaa bbbb cccc', 4, 2)).toEqual(['aaaa', 'bbb…']);
  });

  it('copes with spaces around and between words, and with nothing', () => {
    expect(wrapLabel('  Migrants   without status ', 40, 3)).toEqual(['Migrants without status']);
    expect(wrapLabel('', 10, 3)).toEqual([]);
  });
});
