import { localize } from '../../domain/template/localize';
import type { AuditSummary } from '../../storage';

/** Case- and accent-insensitive match on locality, lead organisation and template title. */
export function filterAudits(summaries: readonly AuditSummary[], query: string, showArchived: boolean, language: string): AuditSummary[] {
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .toLowerCase();
  const needle = fold(query.trim());
  return summaries.filter(({ audit }) => {
    if (!showArchived && audit.status === 'archived') return false;
    if (!needle) return true;
    const haystack = [audit.locality, audit.leadOrganisation, localize(audit.templateTitle, language)].map(fold).join(' ');
    return haystack.includes(needle);
  });
}
