import { useWatch } from 'react-hook-form';
import { useTranslation } from '../../components/use-translation';
import { checkPlan, type ActionPlan } from '../../domain/runtime';

/** What a complete local action plan still lacks; a draft is never blocked. */
export function PlanChecklist() {
  const { t } = useTranslation();
  const plan = useWatch<ActionPlan>() as ActionPlan;
  const issues = checkPlan(plan);
  return (
    <section aria-labelledby="checklist-title" className="checklist">
      <h2 id="checklist-title">{t('plan.checklist')}</h2>
      {issues.length === 0 ? (
        <p className="ok-text">{t('plan.complete')}</p>
      ) : (
        <ul>
          {issues.map((issue, i) => (
            <li key={i}>{t(`plan.issues.${issue.code}`, { priority: (issue.priority ?? 0) + 1, item: (issue.item ?? 0) + 1 })}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
