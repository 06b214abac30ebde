// The database loads on first ask (database-source.ts), and hooks wait for it: a deep
// link's questionnaire renders before the library is there.
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { allTypesTemplate } from '../../tests/support/fixtures';
import { auditWithRespondent } from '../../tests/support/test-audit';
import { freshDatabase } from '../../tests/support/fresh-database';
import type { AuditDatabase } from './database';
import { DatabaseProvider } from './database-context';
import { lazyDatabase } from './database-source';
import { useAuditActions } from './hooks/use-audit-actions';
import { useAudit } from './hooks/use-audits';

const store = freshDatabase();

function gatedSource() {
  let open: (db: AuditDatabase) => void = () => undefined;
  const load = vi.fn(() => new Promise<AuditDatabase>((resolve) => (open = resolve)));
  const source = lazyDatabase(load);
  const wrapper = ({ children }: { children: ReactNode }) => <DatabaseProvider source={source}>{children}</DatabaseProvider>;
  return { source, load, wrapper, open: (db: AuditDatabase) => open(db) };
}

describe('lazyDatabase', () => {
  it('loads once, on first ask, and gives the same database to every caller', async () => {
    const load = vi.fn(async () => store.db);
    const source = lazyDatabase(load);
    expect(load).not.toHaveBeenCalled();
    expect(source.current()).toBeUndefined();
    const [a, b] = await Promise.all([source.get(), source.get()]);
    expect(a).toBe(store.db);
    expect(b).toBe(store.db);
    expect(source.current()).toBe(store.db);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed load (the code could not be fetched)', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(store.db);
    const source = lazyDatabase(load);
    await expect(source.get()).rejects.toThrow('offline');
    expect(source.current()).toBeUndefined();
    await expect(source.get()).resolves.toBe(store.db);
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('hooks on a database still loading', () => {
  it('render at once without it, then show live records and run actions once it is there', async () => {
    const { auditId } = await auditWithRespondent(store.db, allTypesTemplate());
    const gate = gatedSource();
    const { result } = renderHook(() => ({ audit: useAudit(auditId), actions: useAuditActions() }), { wrapper: gate.wrapper });
    expect(result.current.audit).toBeUndefined();
    // An action asked for before the database is there waits for it, and is not lost.
    let renamed: Promise<void> | undefined;
    act(() => {
      renamed = result.current.actions.updateAudit(auditId, { locality: 'Renamed' });
    });
    expect(gate.load).toHaveBeenCalledTimes(1);
    await act(async () => gate.open(store.db));
    await renamed;
    await waitFor(() => expect(result.current.audit?.locality).toBe('Renamed'));
  });
});
