import { describe, expect, it } from 'vitest';
import { buildLargeAudit } from '../../bench/analysis-bench';
import { countItems } from '../fixtures/analysis/synthetic-audit';

describe('the analysis benchmark audit', () => {
  it('has exactly the 1,200 items the benchmark names: nine copies of the diagnostic and the first sections of a tenth', () => {
    const audit = buildLargeAudit(1200, 2);
    const template = audit.templates[0];
    expect(template && countItems(template)).toBe(1200);
    expect(audit.items).toBe(1200);
    expect(template?.sections.at(-1)?.id).toBe('at-risk-groups-c9');
    expect(audit.respondents).toHaveLength(2);
  });

  it('keeps whole copies when the target is a multiple of the diagnostic', () => {
    expect(buildLargeAudit(384, 1).items).toBe(384);
  });

  it('never drops below the target: 300 items take the fewest whole sections over it', () => {
    expect(buildLargeAudit(300, 1).items).toBe(304);
  });
});
