import { useEffect } from 'react';
import { useAfterFirstPaint } from '../../components/use-after-first-paint';
import { useTranslation } from '../../components/use-translation';
import { NotFound } from '../../components/not-found';
import { useAudit, useAuditActions, useRespondent, useRunnerData } from '../../storage';
import { PrivateAnswers } from './private-answers';
import { Runner } from './runner';

interface RunAuditScreenProps {
  auditId: string;
  respondentId: string;
  sectionId?: string;
}

/** Opens a respondent's questionnaire with the exact template version it started with. */
export function RunAuditScreen({ auditId, respondentId, sectionId }: RunAuditScreenProps) {
  const { t } = useTranslation();
  const data = useRunnerData(auditId, respondentId);
  // Live records: sections marked complete or left out, from this tab or another. They
  // start after the first render, which has the data read for it (useRunnerData).
  const live = useAfterFirstPaint();
  const liveAudit = useAudit(auditId, live);
  const liveRespondent = useRespondent(respondentId, live);
  const actions = useAuditActions();
  const respondent = liveRespondent ?? data?.respondent;
  const audit = liveAudit ?? data?.audit;
  const template = data?.template.template;
  const current = sectionId ?? respondent?.lastSectionId ?? template?.sections[0]?.id;
  const known = template?.sections.some((s) => s.id === current) ?? false;

  useEffect(() => {
    if (respondent && known && current && respondent.lastSectionId !== current) void actions.updateRespondent(respondent.id, { lastSectionId: current });
  }, [actions, respondent, current, known]);

  if (data === null || liveAudit === null || liveRespondent === null) return <NotFound />;
  if (!data || !audit || !respondent || !template || !current) return <p>{t('common.loading')}</p>;
  // Someone who answered alone in a workshop's private round is never opened one by one.
  if (respondent.session?.role === 'participant' && respondent.session.via === 'round') return <PrivateAnswers auditId={audit.id} sessionId={respondent.session.id} locality={audit.locality} />;
  if (!known) return <NotFound />;
  performance.mark('lsa:runner-data');
  return <Runner audit={audit} respondent={respondent} template={template} initial={data.answers} sectionId={current} />;
}
