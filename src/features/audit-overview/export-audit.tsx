import { SaveFileForm } from '../../components/save-file-form';
import { useTranslation } from '../../components/use-translation';
import { useAuditFiles } from '../../storage';

/** Saves the audit as one file, sealed with a passphrase if the person asks for it. */
export function ExportAudit({ auditId }: { auditId: string }) {
  const { t } = useTranslation();
  const files = useAuditFiles();
  return (
    <SaveFileForm
      help={t('files.exportHelp')}
      button={t('files.export')}
      make={(passphrase) => files.exportAudit(auditId, __APP_VERSION__, passphrase)}
      saved={(file, sealed) => t(sealed ? 'files.exportedSealed' : 'files.exported', { file })}
    />
  );
}
