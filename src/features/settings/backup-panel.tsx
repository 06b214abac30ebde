import { SaveFileForm } from '../../components/save-file-form';
import { useTranslation } from '../../components/use-translation';
import { useAuditFiles } from '../../storage';

/** Every audit of this device in one file, to restore here or on another device. */
export function BackupPanel() {
  const { t } = useTranslation();
  const files = useAuditFiles();
  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">{t('settings.backupTitle')}</h2>
      <SaveFileForm
        help={t('settings.backupHelp')}
        button={t('settings.backUp')}
        make={(passphrase) => files.backUp(__APP_VERSION__, passphrase)}
        saved={(file, sealed) => t(sealed ? 'settings.backedUpSealed' : 'settings.backedUp', { file })}
      />
    </section>
  );
}
