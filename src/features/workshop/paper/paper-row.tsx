import { useTranslation } from '../../../components/use-translation';
import { Link } from 'wouter';
import { computeVisibility, itemOptions, type Answer, type Item, type Template } from '../../../domain/runtime';
import type { RespondentRecord } from '../../../storage';
import { useAnswers } from '../use-answers';
import { useTemplateText } from '../use-template-text';
import { PaperCell } from './paper-cell';

interface PaperRowProps {
  auditId: string;
  form: RespondentRecord;
  row: number;
  template: Template;
  items: readonly Item[];
  numbers: ReadonlyMap<string, number>;
  initial: ReadonlyMap<string, Answer>;
}

/** One paper form: a row of codes, saved cell by cell as an anonymous respondent of the session. */
export function PaperRow({ auditId, form, row, template, items, numbers, initial }: PaperRowProps) {
  const { t } = useTranslation();
  const text = useTemplateText(template);
  const { answers, save } = useAnswers(auditId, form.id, initial, template);
  const visibility = computeVisibility(template, answers);
  const context = { template, answers, visibility };
  return (
    <tr>
      <th scope="row">
        <span className="ws-paper-code">{form.code}</span>
        <Link href={`~/audits/${auditId}/respondents/${form.id}`} className="ws-paper-open" aria-label={t('workshop.paper.openFormFor', { code: form.code })}>
          {t('workshop.paper.openForm')}
        </Link>
      </th>
      {items.map((item, column) => {
        const label = t('workshop.paper.cell', { code: form.code, number: numbers.get(item.id) ?? 0, question: item.type === 'notice' ? '' : text(item.label) });
        // Every cell stays in the table, so Tab moves the same way on every form; a question
        // the form's answers leave out is marked, and an answer typed there counts for nothing.
        return (
          <PaperCell
            key={item.id}
            item={item}
            options={itemOptions(item, context).options}
            answer={answers.get(item.id)}
            label={label}
            skipped={!visibility.isItemVisible(item.id)}
            row={row}
            column={column}
            onSave={(a) => save(item.id, a)}
          />
        );
      })}
    </tr>
  );
}
