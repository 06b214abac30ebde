import type { Template } from '../../domain';
import { createAudit, emptyTrash, purgeAudit, restoreAudit, setAuditArchived, trashAudit, updateAudit, type AuditPatch, type NewAudit } from '../repositories/audits-repo';
import { importTemplate } from '../repositories/import-template';
import { addRespondent, removeRespondent, updateRespondent, type NewRespondent, type RespondentPatch } from '../repositories/respondents-repo';
import { useBoundActions, type Bind } from './use-bound-actions';

const auditActions = (bind: Bind) => ({
  createAudit: bind((db, input: NewAudit, template: Template) => createAudit(db, input, template)),
  updateAudit: bind((db, id: string, patch: AuditPatch) => updateAudit(db, id, patch)),
  setArchived: bind((db, id: string, archived: boolean) => setAuditArchived(db, id, archived)),
  trash: bind((db, id: string) => trashAudit(db, id)),
  restore: bind((db, id: string) => restoreAudit(db, id)),
  purge: bind((db, id: string) => purgeAudit(db, id)),
  emptyTrash: bind((db) => emptyTrash(db)),
  addRespondent: bind((db, input: NewRespondent, template: Template) => addRespondent(db, input, template)),
  updateRespondent: bind((db, id: string, patch: RespondentPatch) => updateRespondent(db, id, patch)),
  removeRespondent: bind((db, id: string) => removeRespondent(db, id)),
  importTemplate: bind((db, template: Template) => importTemplate(db, template)),
});

/** Repository functions bound to the app's database, for screens. */
export function useAuditActions() {
  return useBoundActions(auditActions);
}
