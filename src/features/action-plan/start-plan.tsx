import { useTranslation } from '../../components/use-translation';
import { emptyPlan } from '../../domain';
import type { ActionPlan, Gap } from '../../domain/runtime';
import { planId } from './plan-ids';

const FROM_GAPS = 5;

/** One priority per gap, titled with its words; the rest is for the group to write. */
function planFromGaps(gaps: readonly { gap: Gap; label: string }[]): ActionPlan {
  const plan = emptyPlan(Date.now());
  plan.priorities = gaps.map(({ gap, label }) => ({ id: planId('p'), title: label, gapId: gap.id, objective: '', actions: [], indicators: [] }));
  return plan;
}

interface StartPlanProps {
  gaps: readonly { gap: Gap; label: string }[];
  onStart: (plan: ActionPlan) => void;
}

/** A plan starts from the analysis' top gaps (one priority each), or empty. */
export function StartPlan({ gaps, onStart }: StartPlanProps) {
  const { t } = useTranslation();
  const top = gaps.slice(0, FROM_GAPS);
  const fromGaps = () => onStart(planFromGaps(top));
  return (
    <section aria-labelledby="start-title" className="start-plan">
      <h2 id="start-title">{t('plan.start.title')}</h2>
      {top.length > 0 ? (
        <>
          <p>{t('plan.start.fromGapsHelp')}</p>
          <button type="button" className="primary" onClick={fromGaps}>
            {t('plan.start.fromGaps', { count: top.length })}
          </button>
        </>
      ) : null}
      <button type="button" onClick={() => onStart(planFromGaps([]))}>
        {t('plan.start.empty')}
      </button>
    </section>
  );
}
