import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NotFound } from '../../components/not-found';
import { useAudit, useAuditActions, useInitialAnswers, useRespondent, useTemplateRecord } from '../../storage';
import { Runner } from './runner';

interface RunAuditScreenProps {
  auditId: string;
  respondentId: string;
  sectionId?: string;
}

/** Loads the audit, the respondent, its template snapshot and answers, then runs the form. */
export function RunAuditScreen({ auditId, respondentId, sectionId }: RunAuditScreenProps) {
  const { t } = useTranslation();
  const audit = useAudit(auditId);
  const respondent = useRespondent(respondentId);
  const record = useTemplateRecord(respondent?.templateKey);
  const initial = useInitialAnswers(respondentId);
  const actions = useAuditActions();
  const template = record?.template;
  const current = sectionId ?? respondent?.lastSectionId ?? template?.sections[0]?.id;
  const known = template?.sections.some((s) => s.id === current) ?? false;

  useEffect(() => {
    if (respondent && known && current && respondent.lastSectionId !== current) void actions.updateRespondent(respondent.id, { lastSectionId: current });
  }, [actions, respondent, current, known]);

  if (audit === null || respondent === null || record === null || (respondent && respondent.auditId !== auditId)) return <NotFound />;
  if (!audit || !respondent || !template || !initial || !current) return <p>{t('common.loading')}</p>;
  if (!known) return <NotFound />;
  return <Runner audit={audit} respondent={respondent} template={template} initial={initial} sectionId={current} />;
}
