import { useEffect, useMemo, useRef } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import type { Answer, Template } from '../../domain/runtime';
import type { AnswerValues } from './answer-values';
import { encodeIssue } from './issue-message';

/**
 * The questionnaire form: react-hook-form holds the answers; its resolver is the zod
 * schema built from the template for the current section, with every rule of the domain.
 * The schema code loads on the first check, not with the questionnaire.
 */
export function useRunnerForm(template: Template, initial: ReadonlyMap<string, Answer>, sectionId: string) {
  const section = useRef(sectionId);
  useEffect(() => {
    section.current = sectionId;
  }, [sectionId]);
  const resolver = useMemo<Resolver<AnswerValues>>(
    () => async (values, context, options) => {
      const [{ zodResolver }, { answersSchema }] = await Promise.all([import('@hookform/resolvers/zod'), import('../../domain')]);
      const schema = answersSchema(template, { requireComplete: true, sections: [section.current], message: (i) => encodeIssue(i.code, i.params) });
      return zodResolver(schema)(values, context, options);
    },
    [template],
  );
  const defaultValues = useMemo(() => Object.fromEntries(initial) as AnswerValues, [initial]);
  return useForm<AnswerValues>({ defaultValues, resolver, mode: 'onSubmit', reValidateMode: 'onChange', shouldUnregister: false, shouldFocusError: false });
}
