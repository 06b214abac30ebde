import { useTranslation } from '../../components/use-translation';
import type { RegisterEntry, Registers } from '../../domain/runtime';

function EntryList({ title, entries, all, threshold }: { title: string; entries: readonly RegisterEntry[]; all: ReadonlyMap<string, string>; threshold: number }) {
  const { t } = useTranslation();
  return (
    <div>
      <h3>{title}</h3>
      {entries.length === 0 ? (
        <p className="muted">{t('analysis.registers.empty')}</p>
      ) : (
        <ul className="register-list">
          {entries.map((e) => (
            <li key={e.key}>
              <strong>{e.name}</strong> <span className="muted">({e.respondents > 0 && e.respondents < threshold ? t('analysis.registers.listedByFew', { threshold }) : t('analysis.registers.listedBy', { count: e.respondents })})</span>
              {e.spellings.length > 1 ? <span className="muted"> · {t('analysis.registers.spellings', { list: e.spellings.filter((s) => s !== e.name).join(', ') })}</span> : null}
              {e.possibleDuplicates.length ? (
                <span className="warning-text"> · {t('analysis.registers.duplicates', { list: e.possibleDuplicates.map((k) => all.get(k) ?? k).join(', ') })}</span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Partners, activities and places as the respondents together listed them; likely duplicates flagged. */
export function RegistersPanel({ registers, threshold }: { registers: Registers; threshold: number }) {
  const { t } = useTranslation();
  const names = new Map([...registers.partners, ...registers.activities, ...registers.places].map((e) => [e.key, e.name]));
  return (
    <section aria-labelledby="registers-title">
      <h2 id="registers-title">{t('analysis.registers.title')}</h2>
      <EntryList threshold={threshold} title={t('analysis.registers.partners')} entries={registers.partners} all={names} />
      <EntryList threshold={threshold} title={t('analysis.registers.activities')} entries={registers.activities} all={names} />
      <EntryList threshold={threshold} title={t('analysis.registers.places')} entries={registers.places} all={names} />
    </section>
  );
}
