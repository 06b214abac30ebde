import { describe, expect, it } from 'vitest';
import { seededRandom, syntheticAnswers } from '../../../tests/fixtures/analysis/synthetic-audit';
import { loadTemplate } from '../../../tests/support/fixtures';
import { fieldKey } from '../answers/answer-keys';
import { effectiveReader } from '../engine/effective-reader';
import { itemOptions } from '../engine/item-options';
import { computeVisibility } from '../engine/visibility';
import { offeredOptions } from './offered-options';
import { templateInfo } from './template-info';

describe('offeredOptions', () => {
  it('resolves options and effective answers exactly as the engine does', () => {
    const template = loadTemplate('audit-templates/local-diagnostic-trafficking.json');
    const random = seededRandom(7);
    for (let r = 0; r < 5; r++) {
      const answers = syntheticAnswers(template, { random });
      // Stale choices on purpose: untick a group after the others were answered.
      answers.set('groups-present', { value: ['youth-in-care', 'other'], other: 'Sex workers' });
      const visibility = computeVisibility(template, answers);
      const read = effectiveReader(template, answers, visibility);
      const context = { template, answers, visibility };
      const { plan } = templateInfo(template);
      const offered = offeredOptions(template, answers, visibility, plan.size);
      const planOf = (item: Parameters<typeof offered.of>[0]) => {
        const found = plan.plans.get(item);
        if (!found) throw new Error(`no plan for ${item.id}`);
        return found;
      };
      for (const section of template.sections) {
        for (const item of section.items) {
          const { options, rows } = offered.of(item);
          expect({ options, rows }, item.id).toEqual(itemOptions(item, context));
          expect(offered.offeredTo(planOf(item)), item.id).toBe(offered.of(item));
          expect(offered.effective(item.id, item), item.id).toEqual(read(item.id, item));
          if (item.type !== 'list') continue;
          const entries = answers.get(item.id)?.value;
          for (const entryId of Array.isArray(entries) ? entries : []) {
            for (const field of item.fields) {
              const key = fieldKey(item.id, entryId, field.id);
              expect(offered.effective(key, field), key).toEqual(read(key, field));
              expect(offered.readField(key, planOf(field)), key).toEqual(read(key, field));
            }
          }
        }
      }
    }
  });
});
