// Converts the shared benchmark workload spec (../shared/workload/workload.mjs) into our
// template format, so both apps answer the same questionnaire.

interface SpecOption {
  id: string;
  label: string;
}
interface SpecQuestion {
  id: string;
  type: 'single' | 'multi' | 'text' | 'number' | 'rating' | 'matrix' | 'list';
  label: string;
  options?: SpecOption[];
  rows?: SpecOption[];
  columns?: SpecOption[];
  min?: number;
  max?: number;
  condition?: { question: string; equals: string };
  itemLabel?: string;
  addLabel?: string;
  fields?: SpecQuestion[];
}
export interface Spec {
  id: string;
  title: string;
  questionCount: number;
  sections: { id: string; title: string; questions: SpecQuestion[] }[];
}

const en = (text: string) => ({ en: text });
/** Our ids allow lower-case letters, digits and hyphens only. */
export const toId = (id: string) => id.toLowerCase().replace(/[^a-z0-9-]/g, '-');
const options = (list: SpecOption[] = []) => list.map((o) => ({ id: toId(o.id), label: en(o.label) }));

function convertQuestion(q: SpecQuestion): Record<string, unknown> {
  const base: Record<string, unknown> = { id: toId(q.id), label: en(q.label) };
  if (q.condition) base.visibleWhen = { item: toId(q.condition.question), equals: toId(q.condition.equals) };
  switch (q.type) {
    case 'single':
      return { ...base, type: 'single-choice', options: options(q.options) };
    case 'multi':
      return { ...base, type: 'multi-choice', options: options(q.options) };
    case 'text':
      return { ...base, type: 'text' };
    case 'number':
      return { ...base, type: 'number', min: q.min, max: q.max };
    case 'rating':
      return { ...base, type: 'rating', scale: { min: 1, max: q.max ?? 5, minLabel: en('Poor'), maxLabel: en('Excellent') } };
    case 'matrix':
      return { ...base, type: 'matrix', rows: options(q.rows), response: { kind: 'choice', options: options(q.columns), multiple: false } };
    case 'list': {
      const fields = (q.fields ?? []).map(convertQuestion);
      return { ...base, type: 'list', itemLabel: en(q.itemLabel ?? 'Entry'), addLabel: en(q.addLabel ?? 'Add'), entryLabelField: fields[0]?.id, fields };
    }
  }
}

export function convertSpec(spec: Spec): Record<string, unknown> {
  return {
    formatVersion: 1,
    id: toId(spec.id),
    version: '1.0.0',
    kind: 'other',
    languages: ['en'],
    title: en(spec.title),
    description: en(`Benchmark workload, ${spec.questionCount} questions`),
    sections: spec.sections.map((s) => ({ id: toId(s.id), title: en(s.title), items: s.questions.map(convertQuestion) })),
  };
}
