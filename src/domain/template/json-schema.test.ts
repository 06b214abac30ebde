import { readdirSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { readRepoFile } from '../../../tests/support/fixtures';
import { minimalTemplate, text } from '../../../tests/support/template-builder';
import { templateJsonSchema } from './json-schema';

const committedPath = 'audit-templates/schema/template.schema.json';

describe('published JSON Schema', () => {
  it('is in sync with the zod schema (run `npm run schema` after changing the format)', () => {
    expect(JSON.parse(readRepoFile(committedPath))).toEqual(templateJsonSchema());
  });

  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(templateJsonSchema());

  it('accepts every shipped template and the test fixtures', () => {
    const shipped = readdirSync(new URL('../../../audit-templates/', import.meta.url)).filter((f) => f.endsWith('.json'));
    const files = [...shipped.map((f) => `audit-templates/${f}`), 'tests/fixtures/templates/all-types.json'];
    for (const file of files) {
      const ok = validate(JSON.parse(readRepoFile(file)));
      expect({ file, errors: validate.errors ?? [] }).toEqual({ file, errors: [] });
      expect(ok).toBe(true);
    }
  });

  it('rejects what the zod schema rejects in shape, so editors flag it', () => {
    expect(validate(minimalTemplate([{ type: 'slider', id: 'a', label: text('A') }]))).toBe(false);
    expect(validate(minimalTemplate([{ type: 'text', id: 'a', label: text('A'), lable: 1 }]))).toBe(false);
  });
});
