import type { Condition } from './condition-schema';
import { conditionLeaves } from './condition-leaves';
import { checkConditionTest } from './check-condition-types';
import { findCycles } from './find-cycles';
import type { FieldItem, Item, ListItem } from './item-schema';
import type { OptionSource } from './option-schema';
import { indexTemplate, type ItemRef, type TemplateIndex } from './template-index';
import type { Template } from './template-schema';
import type { IssuePath, TemplateIssue } from './template-issue';

interface Reference {
  from: string;
  to: string;
  path: IssuePath;
  /** Order of the referring section, item or field. */
  order: number;
  /** Top-level targets must come before this: the referrer, or the list holding it. */
  outerOrder: number;
  /** The list holding a referring field. */
  container?: ListItem;
  /** Conditions of a list field may read earlier fields of the same entry. */
  siblingsAllowed: boolean;
  expect?: 'choice' | 'list';
  check?: (target: ItemRef) => TemplateIssue[];
}

type Origin = Pick<Reference, 'from' | 'order' | 'outerOrder' | 'container'>;

function sourceRefs(origin: Origin, source: OptionSource, path: IssuePath): Reference[] {
  if (Array.isArray(source) || 'list' in source) return [];
  if ('fromAnswer' in source) return [{ ...origin, to: source.fromAnswer, path: [...path, 'fromAnswer'], siblingsAllowed: false, expect: 'choice' }];
  return [{ ...origin, to: source.fromEntries, path: [...path, 'fromEntries'], siblingsAllowed: false, expect: 'list' }];
}

function conditionRefs(origin: Origin, condition: Condition | undefined, path: IssuePath): Reference[] {
  if (!condition) return [];
  return conditionLeaves(condition, path).map(({ test, path: leafPath }) => ({
    ...origin,
    to: test.item,
    path: [...leafPath, 'item'],
    siblingsAllowed: origin.container !== undefined,
    check: (target: ItemRef) => checkConditionTest(test, target, leafPath),
  }));
}

function itemRefs(item: Item | FieldItem, origin: Origin, path: IssuePath): Reference[] {
  const refs = conditionRefs(origin, item.visibleWhen, [...path, 'visibleWhen']);
  if (item.type === 'single-choice' || item.type === 'multi-choice') refs.push(...sourceRefs(origin, item.options, [...path, 'options']));
  if (item.type === 'matrix') {
    refs.push(...sourceRefs(origin, item.rows, [...path, 'rows']));
    if (item.response.kind === 'choice') refs.push(...sourceRefs(origin, item.response.options, [...path, 'response', 'options']));
  }
  return refs;
}

function collectReferences(index: TemplateIndex): Reference[] {
  const refs: Reference[] = [];
  index.template.sections.forEach((section, s) => {
    const order = index.sectionOrder.get(section.id) ?? 0;
    refs.push(...conditionRefs({ from: section.id, order, outerOrder: order }, section.visibleWhen, ['sections', s, 'visibleWhen']));
  });
  for (const ref of index.topLevel) {
    refs.push(...itemRefs(ref.item, { from: ref.item.id, order: ref.order, outerOrder: ref.order }, ref.path));
    if (ref.item.type !== 'list') continue;
    const list = ref.item;
    list.fields.forEach((field, f) => {
      const order = ref.order + 1 + f;
      refs.push(...itemRefs(field, { from: field.id, order, outerOrder: ref.order, container: list }, [...ref.path, 'fields', f]));
    });
  }
  return refs;
}

function placementIssue(ref: Reference, target: ItemRef): TemplateIssue | undefined {
  const params = { ref: ref.to };
  if (target.item.id === ref.from || target.item === ref.container) return { code: 'self-reference', path: ref.path, params };
  if (target.list) {
    if (!ref.siblingsAllowed || target.list !== ref.container) return { code: 'out-of-scope-reference', path: ref.path, params };
    return target.order < ref.order ? undefined : { code: 'forward-reference', path: ref.path, params };
  }
  return target.order < ref.outerOrder ? undefined : { code: 'forward-reference', path: ref.path, params };
}

function kindIssue(ref: Reference, target: ItemRef): TemplateIssue | undefined {
  const type = target.item.type;
  if (ref.expect === 'choice' && type !== 'single-choice' && type !== 'multi-choice') {
    return { code: 'wrong-reference-kind', path: ref.path, params: { ref: ref.to, expected: 'single-choice | multi-choice', actual: type } };
  }
  if (ref.expect === 'list' && type !== 'list') {
    return { code: 'wrong-reference-kind', path: ref.path, params: { ref: ref.to, expected: 'list', actual: type } };
  }
  return undefined;
}

/** References must name items that exist, come earlier, are of the right kind, and never loop. */
export function checkReferences(template: Template): TemplateIssue[] {
  const index = indexTemplate(template);
  const refs = collectReferences(index);
  const issues: TemplateIssue[] = [];
  const cycles = findCycles(refs.filter((ref) => index.items.has(ref.to) && ref.to !== ref.from));
  const inCycle = new Set(cycles.flatMap((cycle) => cycle.edges));
  for (const cycle of cycles) issues.push({ code: 'reference-cycle', path: cycle.edges[0]?.path ?? [], params: { cycle: cycle.ids.join(' → ') } });
  for (const ref of refs) {
    const target = index.items.get(ref.to);
    if (!target) {
      issues.push({ code: 'unknown-reference', path: ref.path, params: { ref: ref.to } });
      continue;
    }
    if (inCycle.has(ref)) continue;
    const problem = placementIssue(ref, target) ?? kindIssue(ref, target);
    if (problem) issues.push(problem);
    else if (ref.check) issues.push(...ref.check(target));
  }
  return issues;
}
