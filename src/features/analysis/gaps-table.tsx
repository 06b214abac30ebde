import { Fragment, useRef, useState } from 'react';
import { useTranslation } from '../../components/use-translation';
import type { Gap, PriorityOverride } from '../../domain/runtime';
import { useFormatters } from '../../components/use-formatters';
import { OverrideForm } from './override-form';
import { useFindingsText } from './use-findings-text';
import { useGapText } from './use-gap-text';

interface GapsTableProps {
  gaps: readonly Gap[];
  /** Earlier changes of priority whose gap this analysis no longer finds. */
  unmatched: readonly PriorityOverride[];
  onOverride: (gapId: string, override: { score: number; reason: string; gapName: string } | null) => void;
  onForgetUnmatched: () => void;
}

function Explanation({ gap }: { gap: Gap }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const text = useFindingsText();
  const { basis } = gap.score;
  // Three decimals, as the score is computed: the shown factors multiply to the shown score.
  const three = (n: number) => format.number(Math.round(n * 1000) / 1000);
  return (
    <ul className="score-parts">
      <li>
        {t('analysis.gaps.concern')} {three(gap.score.concern)} ({t(`analysis.gaps.concernFrom.${basis.concernSource}`)})
      </li>
      <li>
        {t('analysis.gaps.evidence')} {three(gap.score.evidence)} (
        {t('analysis.gaps.evidenceFrom', {
          // Banded like everywhere else: the exact count of a small group of sources is never shown.
          support: text.band(gap.support),
          target: format.number(basis.supportTarget),
          confidence: basis.confidence === undefined ? '' : t('analysis.gaps.confidenceFactor', { value: three(basis.confidence) }),
        })}
        )
      </li>
      <li>
        {t('analysis.gaps.capacity')} {three(gap.score.capacity)} ({basis.capacityMean === undefined ? t('analysis.gaps.capacityFrom.unknown') : t('analysis.gaps.capacityFrom.known')})
      </li>
    </ul>
  );
}

/** Gaps by priority, each with how its score was reached and a way to change it with a reason. */
export function GapsTable({ gaps, unmatched, onOverride, onForgetUnmatched }: GapsTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const text = useFindingsText();
  const gapText = useGapText();
  const [editing, setEditing] = useState<string | null>(null);
  // Closing the form returns the focus to its gap's button, wherever the gap has moved in the list.
  const returnTo = useRef<string | null>(null);
  const close = (gapId: string) => {
    returnTo.current = gapId;
    setEditing(null);
  };
  return (
    <section aria-labelledby="gaps-title">
      <h2 id="gaps-title">{t('analysis.gaps.title')}</h2>
      <p>{t('analysis.gaps.intro')}</p>
      {unmatched.length ? (
        <div className="unmatched-overrides">
          <p className="warning-text">{t('analysis.gaps.unmatched', { count: unmatched.length })}</p>
          <ul>
            {unmatched.map((o) => (
              <li key={o.gapId}>{t('analysis.gaps.unmatchedItem', { gap: o.gapName ?? o.gapId, score: format.number(o.score), reason: o.reason })}</li>
            ))}
          </ul>
          <button type="button" className="small" onClick={onForgetUnmatched}>
            {t('analysis.gaps.forgetUnmatched', { count: unmatched.length })}
          </button>
        </div>
      ) : null}
      {gaps.length === 0 ? (
        <p>{t('analysis.gaps.none')}</p>
      ) : (
        <ol className="gap-list">
          {gaps.map((gap) => {
            const title = gapText(gap);
            return (
              <li key={gap.id} className="gap">
                <div className="gap-head">
                  <span className="gap-score" aria-label={`${t('analysis.gaps.score')} ${gap.effectiveScore}`}>
                    {gap.effectiveScore}
                  </span>
                  <div>
                    <p className="gap-title">{title}</p>
                    <p className="muted">
                      {t('common.labelled', { label: t('analysis.gaps.support'), text: text.band(gap.support) })}
                      {gap.override ? ` · ${t('analysis.gaps.computed', { score: gap.score.value })}` : null}
                    </p>
                    {gap.override ? <p className="override-note">{t('analysis.gaps.overridden', { score: gap.override.score, reason: gap.override.reason })}</p> : null}
                  </div>
                </div>
                <details>
                  <summary>{t('common.labelled', { label: t('analysis.gaps.score'), text: `100 × ${t('analysis.gaps.concern')} × ${t('analysis.gaps.evidence')} × ${t('analysis.gaps.capacity')}` })}</summary>
                  <Explanation gap={gap} />
                </details>
                {editing === gap.id ? (
                  <OverrideForm
                    gap={gap}
                    title={title}
                    onCancel={() => close(gap.id)}
                    onRemove={() => (onOverride(gap.id, null), close(gap.id))}
                    onSave={(score, reason) => (onOverride(gap.id, { score, reason, gapName: title }), close(gap.id))}
                  />
                ) : (
                  <Fragment>
                    <button
                      type="button"
                      className="small"
                      ref={(button) => {
                        if (button && returnTo.current === gap.id) {
                          returnTo.current = null;
                          button.focus();
                        }
                      }}
                      onClick={() => setEditing(gap.id)}
                      aria-label={t('analysis.gaps.changeFor', { gap: title })}
                    >
                      {t('analysis.gaps.change')}
                    </button>
                  </Fragment>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
