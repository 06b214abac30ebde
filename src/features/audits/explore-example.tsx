import { useState } from 'react';
import { useTranslation } from '../../components/use-translation';
import { useLocation } from 'wouter';
import exampleUrl from '../../../tests/fixtures/example-audit.bundle.json?url';
import { useAuditFiles } from '../../storage';

/** Opens the fictional example audit (once; later it just goes back to it). */
export function ExploreExample() {
  const { t } = useTranslation();
  const files = useAuditFiles();
  const [, navigate] = useLocation();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const open = async () => {
    setState('busy');
    try {
      const existing = await files.findExample();
      if (existing) return navigate(`/audits/${existing}/analysis`);
      const response = await fetch(exampleUrl);
      const outcome = await files.read(await response.blob());
      if (outcome.kind !== 'ready') throw new Error(outcome.kind);
      const result = await files.importBundle(outcome.bundle, 'copy');
      if (!result.ok) throw new Error(result.reason);
      await files.markExample(result.summary.auditId);
      navigate(`/audits/${result.summary.auditId}/analysis`);
    } catch {
      setState('failed');
    }
  };
  return (
    <div className="explore-example">
      <button type="button" onClick={() => void open()} disabled={state === 'busy'}>
        {t('files.example')}
      </button>
      <p className="help">{t('files.exampleHelp')}</p>
      {state === 'failed' ? (
        <p className="error-text" role="alert">
          {t('files.exampleFailed')}
        </p>
      ) : null}
    </div>
  );
}
