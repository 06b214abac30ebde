import { useMemo } from 'react';
import type { Template } from '../../domain';
import { useDatabase } from '../database-context';
import { createAudit, emptyTrash, purgeAudit, restoreAudit, setAuditArchived, trashAudit, updateAudit, type AuditPatch, type NewAudit } from '../repositories/audits-repo';
import { importTemplate } from '../repositories/import-template';
import { addRespondent, removeRespondent, updateRespondent, type NewRespondent, type RespondentPatch } from '../repositories/respondents-repo';

/** Repository functions bound to the app's database, for screens. */
export function useAuditActions() {
  const db = useDatabase();
  return useMemo(
    () => ({
      createAudit: (input: NewAudit, template: Template) => createAudit(db, input, template),
      updateAudit: (id: string, patch: AuditPatch) => updateAudit(db, id, patch),
      setArchived: (id: string, archived: boolean) => setAuditArchived(db, id, archived),
      trash: (id: string) => trashAudit(db, id),
      restore: (id: string) => restoreAudit(db, id),
      purge: (id: string) => purgeAudit(db, id),
      emptyTrash: () => emptyTrash(db),
      addRespondent: (input: NewRespondent, template: Template) => addRespondent(db, input, template),
      updateRespondent: (id: string, patch: RespondentPatch) => updateRespondent(db, id, patch),
      removeRespondent: (id: string) => removeRespondent(db, id),
      importTemplate: (template: Template) => importTemplate(db, template),
    }),
    [db],
  );
}
