import { useState } from 'react';
import { useTranslation } from '../../components/use-translation';
import { downloadBlob } from '../../components/download';
import { useAuditFiles } from '../../storage';

export function ExportAudit({ auditId }: { auditId: string }) {
  const { t } = useTranslation();
  const files = useAuditFiles();
  const [done, setDone] = useState<string | null>(null);
  const save = async () => {
    const { blob, fileName } = await files.exportAudit(auditId, __APP_VERSION__);
    downloadBlob(blob, fileName);
    setDone(fileName);
  };
  return (
    <div>
      <p className="help">{t('files.exportHelp')}</p>
      <button type="button" onClick={() => void save()}>
        {t('files.export')}
      </button>
      <p role="status">{done ? t('files.exported', { file: done }) : null}</p>
    </div>
  );
}
