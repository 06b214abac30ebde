import { describe, expect, it } from 'vitest';
import { allTypesTemplate } from '../../../tests/support/fixtures';
import { answersSchema } from './answers-schema';

const template = allTypesTemplate();

describe('answersSchema', () => {
  it('passes valid answers through', () => {
    const result = answersSchema(template, { requireComplete: true, sections: ['intro'] }).safeParse({ consent: { value: true }, role: { value: 'Officer' } });
    expect(result.success).toBe(true);
  });

  it('reports each rule at its answer key with the issue code and params', () => {
    const result = answersSchema(template, { requireComplete: true, sections: ['intro'] }).safeParse({ consent: { value: true }, staff: { value: 900 } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('/'), i.message, (i as { params?: unknown }).params])).toEqual([
      ['role', 'required', {}],
      ['staff', 'above-max', { max: 500 }],
    ]);
  });

  it('rejects answers of the wrong shape before any rule', () => {
    const result = answersSchema(template).safeParse({ role: { value: 'x', colour: 'red' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['role']);
  });
});
