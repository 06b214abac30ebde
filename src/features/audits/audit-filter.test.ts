import { describe, expect, it } from 'vitest';
import type { AuditSummary } from '../../storage';
import { filterAudits } from './audit-filter';

const summary = (locality: string, leadOrganisation: string, status: 'active' | 'archived' = 'active'): AuditSummary => ({
  audit: {
    id: locality, locality, leadOrganisation, language: 'en', templateKey: 't@1', templateTitle: { en: 'Rapid scan', fr: 'Balayage rapide' },
    status, deletedAt: 0, createdAt: 0, updatedAt: 0,
  },
  respondents: 0, answered: 0, total: 0, lastEdit: 0,
});

const all = [summary('Trois-Rivières', 'Ville'), summary('Riverside', 'Riverside Police'), summary('Old Town', 'County', 'archived')];
const names = (list: AuditSummary[]) => list.map((s) => s.audit.locality);

describe('filterAudits', () => {
  it('ignores case, accents and punctuation', () => {
    expect(names(filterAudits(all, 'trois rivieres', false, 'en'))).toEqual(['Trois-Rivières']);
    expect(names(filterAudits(all, 'POLICE', false, 'en'))).toEqual(['Riverside']);
  });

  it('matches the template title in the current language', () => {
    expect(names(filterAudits(all, 'balayage', false, 'fr'))).toEqual(['Trois-Rivières', 'Riverside']);
    expect(names(filterAudits(all, 'balayage', false, 'en'))).toEqual([]);
  });

  it('hides archived audits unless asked', () => {
    expect(names(filterAudits(all, '', false, 'en'))).toEqual(['Trois-Rivières', 'Riverside']);
    expect(names(filterAudits(all, '', true, 'en'))).toHaveLength(3);
  });
});
