import type { Answer, Answers } from '../answers/answer';
import type { FieldItem, Item } from '../template/item-schema';
import type { Template } from '../template/template-schema';
import { hasDynamicSource } from './dynamic-source';
import { effectiveAnswer, type ItemOptions } from './effective-answer';
import { itemOptions } from './item-options';
import type { Visibility } from './visibility';

/** Reads the answer stored under a key as it counts for the item it belongs to. */
export type EffectiveReader = (key: string, item: Item | FieldItem) => Answer | undefined;

/**
 * Answers as conditions should see them: the effective answer (effective-answer.ts) of an
 * item whose options follow earlier answers, the stored answer of any other. Only items
 * with such sources pay for resolving options, once per item and per key; sources come
 * earlier in document order, so their visibility is settled when anything reads them.
 */
export function effectiveReader(template: Template, answers: Answers, visibility: Visibility): EffectiveReader {
  const context = { template, answers, visibility };
  const offered = new Map<string, ItemOptions>();
  const read = new Map<string, Answer | undefined>();
  return (key, item) => {
    const stored = answers.get(key);
    if (!stored || stored.special || !hasDynamicSource(item)) return stored;
    if (read.has(key)) return read.get(key);
    read.set(key, stored); // guards against loops in a template that skipped validation
    // Options never depend on the entry, so the fields of every entry share them.
    let options = offered.get(item.id);
    if (!options) {
      options = itemOptions(item, context);
      offered.set(item.id, options);
    }
    const answer = effectiveAnswer(item, stored, options);
    read.set(key, answer);
    return answer;
  };
}
