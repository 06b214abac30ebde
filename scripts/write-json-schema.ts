// Regenerates audit-templates/schema/template.schema.json from the zod schema.
// A unit test fails when the committed file is out of date.
import { writeFileSync } from 'node:fs';
import { templateJsonSchema } from '../src/domain/template/json-schema';

const target = new URL('../audit-templates/schema/template.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(templateJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
