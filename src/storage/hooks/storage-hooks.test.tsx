// The storage hooks screens use, on fake-indexeddb in jsdom: live queries follow the
// repositories' writes, the questionnaire's first read is used at once when preloaded, and
// the answer saver writes every change and catches up with answers stored elsewhere.
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { allTypesTemplate } from '../../../tests/support/fixtures';
import { auditWithRespondent } from '../../../tests/support/test-audit';
import { hookDatabase } from '../../../tests/support/hook-database';
import { loadAnswers, saveAnswers } from '../repositories/answers-repo';
import { loadRunnerData } from '../repositories/runner-data';
import { updateRespondent } from '../repositories/respondents-repo';
import { savePlan } from '../repositories/plans-repo';
import { emptyPlan } from '../../domain';
import { useAnalysisData } from './use-analysis-data';
import { preloadRunnerData } from '../runner-preload';
import { useAnswerSaver } from './use-answer-saver';
import { useAuditActions } from './use-audit-actions';
import { useAudit, useAuditSummaries, useTrashedAudits } from './use-audits';
import { useRespondent, useRespondents } from './use-respondents';
import { useRunnerData } from './use-runner-data';

const template = allTypesTemplate();
const store = hookDatabase();
const { wrapper } = store;

describe('audit hooks', () => {
  it('follow the repositories: a new audit appears, the trash takes it and gives it back', async () => {
    const { result } = renderHook(() => ({ list: useAuditSummaries(), trash: useTrashedAudits(), actions: useAuditActions() }), { wrapper });
    await waitFor(() => expect(result.current.list).toEqual([]));
    let id = '';
    await act(async () => {
      id = await result.current.actions.createAudit({ locality: 'Pine Lake', leadOrganisation: 'Town hall', language: 'en' }, template);
    });
    await waitFor(() => expect(result.current.list?.map((s) => s.audit.locality)).toEqual(['Pine Lake']));
    await act(() => result.current.actions.trash(id));
    await waitFor(() => expect(result.current.list).toEqual([]));
    await waitFor(() => expect(result.current.trash?.map((a) => a.id)).toEqual([id]));
    await act(() => result.current.actions.restore(id));
    await waitFor(() => expect(result.current.list?.map((s) => s.audit.id)).toEqual([id]));
    await waitFor(() => expect(result.current.trash).toEqual([]));
  });

  it('show an audit’s last edit as its latest respondent’s change, answers included', async () => {
    const { auditId, respondentId } = await auditWithRespondent(store.db, template);
    const { result } = renderHook(() => useAuditSummaries(), { wrapper });
    await waitFor(() => expect(result.current?.find((s) => s.audit.id === auditId)).toBeDefined());
    const before = result.current?.find((s) => s.audit.id === auditId)?.lastEdit ?? 0;
    await act(() => updateRespondent(store.db, respondentId, { progress: { answered: 1, total: 9, sections: {} } }, () => before + 60_000));
    await waitFor(() => expect(result.current?.find((s) => s.audit.id === auditId)?.lastEdit).toBe(before + 60_000));
  });

  it('give null for an audit or respondent that does not exist, and live records otherwise', async () => {
    const { auditId, respondentId } = await auditWithRespondent(store.db, template);
    const { result } = renderHook(() => ({ audit: useAudit(auditId), missing: useAudit('nope'), respondent: useRespondent(respondentId), all: useRespondents(auditId), actions: useAuditActions() }), { wrapper });
    await waitFor(() => expect(result.current.missing).toBeNull());
    await waitFor(() => expect(result.current.audit?.locality).toBe('L'));
    expect(result.current.all?.map((r) => r.id)).toEqual([respondentId]);
    await act(() => result.current.actions.updateRespondent(respondentId, { lastSectionId: 'second' }));
    await waitFor(() => expect(result.current.respondent?.lastSectionId).toBe('second'));
  });
});

describe('useRunnerData', () => {
  it('uses a preloaded first read in its very first render', async () => {
    const { auditId, respondentId } = await auditWithRespondent(store.db, template);
    const data = await loadRunnerData(store.db, auditId, respondentId);
    const read = Promise.resolve(data);
    preloadRunnerData(auditId, respondentId, read);
    await read;
    const { result } = renderHook(() => useRunnerData(auditId, respondentId), { wrapper });
    expect(result.current?.respondent.id).toBe(respondentId);
  });

  it('reads through the database without a preload, and gives null for an unknown respondent', async () => {
    const { auditId, respondentId } = await auditWithRespondent(store.db, template);
    const { result, rerender } = renderHook(({ id }) => useRunnerData(auditId, id), { wrapper, initialProps: { id: respondentId } });
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current?.template.template.id).toBe(template.id));
    rerender({ id: 'nobody' });
    await waitFor(() => expect(result.current).toBeNull());
  });
});

describe('useAnswerSaver', () => {
  it('writes each change to IndexedDB and says so', async () => {
    const { auditId, respondentId } = await auditWithRespondent(store.db, template);
    const { result } = renderHook(() => useAnswerSaver(auditId, respondentId, () => undefined), { wrapper });
    act(() => result.current.saver.save('role', { value: 'Coordinator' }));
    await waitFor(async () => expect((await loadAnswers(store.db, respondentId)).get('role')).toEqual({ value: 'Coordinator' }), { timeout: 2000 });
    await waitFor(() => expect(result.current.status.state).toBe('saved'));
    act(() => result.current.saver.save('role', null));
    await act(() => result.current.saver.flush());
    expect((await loadAnswers(store.db, respondentId)).has('role')).toBe(false);
  });

  it('still saves under StrictMode, which mounts, unmounts and mounts again in development (npm start)', async () => {
    const { auditId, respondentId } = await auditWithRespondent(store.db, template);
    const { result } = renderHook(() => useAnswerSaver(auditId, respondentId, () => undefined), { wrapper, reactStrictMode: true });
    act(() => result.current.saver.save('role', { value: 'Typed in development' }));
    await waitFor(async () => expect((await loadAnswers(store.db, respondentId)).get('role')).toEqual({ value: 'Typed in development' }), { timeout: 2000 });
    act(() => result.current.saver.save('context', { value: 'And again' }));
    await act(() => result.current.saver.flush());
    expect((await loadAnswers(store.db, respondentId)).get('context')).toEqual({ value: 'And again' });
  });

  it('catches up with answers stored before it started, marked as a catch-up', async () => {
    const { auditId, respondentId } = await auditWithRespondent(store.db, template);
    await saveAnswers(store.db, auditId, respondentId, [{ key: 'role', answer: { value: 'From another tab' }, at: Date.now() }]);
    const onExternal = vi.fn();
    renderHook(() => useAnswerSaver(auditId, respondentId, onExternal), { wrapper });
    await waitFor(() => expect(onExternal).toHaveBeenCalledWith('role', { value: 'From another tab' }, true));
  });
});

describe('useAnalysisData', () => {
  it('follows new answers and changes of priority, and is not read again for another edit of the plan', async () => {
    const { auditId, respondentId } = await auditWithRespondent(store.db, template);
    const { result } = renderHook(() => useAnalysisData(auditId, 20), { wrapper });
    await waitFor(() => expect(result.current?.input.respondents.map((r) => r.id)).toEqual([respondentId]));
    expect(result.current?.input.answers.get(respondentId)?.get('role')).toBeUndefined();
    await act(() => saveAnswers(store.db, auditId, respondentId, [{ key: 'role', answer: { value: 'Typed in another tab' }, at: Date.now() }]));
    await waitFor(() => expect(result.current?.input.answers.get(respondentId)?.get('role')?.value).toBe('Typed in another tab'));
    const now = Date.now();
    const plan = emptyPlan(now);
    await act(() => savePlan(store.db, auditId, { ...plan, overrides: [{ gapId: 'g1', score: 90, reason: 'Asked first', gapName: 'G', at: now }] }));
    await waitFor(() => expect(result.current?.input.overrides?.map((o) => o.score)).toEqual([90]));
    const before = result.current;
    await act(() => savePlan(store.db, auditId, { ...plan, problemStatement: 'Edited', overrides: [{ gapId: 'g1', score: 90, reason: 'Asked first', gapName: 'G', at: now }], updatedAt: now + 60_000 }));
    // The audit's record is dated by the edit; the analysis input stays the same object.
    await waitFor(() => expect(result.current?.audit.updatedAt).toBeGreaterThan(before?.audit.updatedAt ?? 0));
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(result.current?.input).toBe(before?.input);
  });

  it('reads a burst of changes (a questionnaire typed in another tab) a few times, not once per change, and ends with the last', async () => {
    const { auditId, respondentId } = await auditWithRespondent(store.db, template);
    const inputs = new Set<unknown>();
    const { result } = renderHook(
      () => {
        const data = useAnalysisData(auditId, 400);
        if (data) inputs.add(data.input);
        return data;
      },
      { wrapper },
    );
    await waitFor(() => expect(result.current).toBeDefined());
    for (let i = 1; i <= 8; i++) {
      await act(() => saveAnswers(store.db, auditId, respondentId, [{ key: 'role', answer: { value: `Draft ${i}` }, at: Date.now() }]));
      await act(() => new Promise((resolve) => setTimeout(resolve, 60)));
    }
    await waitFor(() => expect(result.current?.input.answers.get(respondentId)?.get('role')?.value).toBe('Draft 8'), { timeout: 3000 });
    // The first read, then at most one per 400 ms of the half-second burst (8 without the wait).
    expect(inputs.size).toBeLessThanOrEqual(4);
  });

  it('gives null for an audit that does not exist', async () => {
    const { result } = renderHook(() => useAnalysisData('nope'), { wrapper });
    await waitFor(() => expect(result.current).toBeNull());
  });
});
