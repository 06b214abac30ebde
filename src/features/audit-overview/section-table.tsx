import { useTranslation } from '../../components/use-translation';
import type { Template } from '../../domain';
import { localize } from '../../domain/template/localize';
import { useLanguage } from '../../components/language-context';
import { ProgressMeter } from '../../components/progress-meter';
import type { RespondentRecord } from '../../storage';

interface SectionTableProps {
  template: Template;
  templateKey: string;
  respondents: readonly RespondentRecord[];
}

/** Progress of each section of the main template, summed over the respondents using it. */
export function SectionTable({ template, templateKey, respondents }: SectionTableProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const users = respondents.filter((r) => r.templateKey === templateKey);
  return (
    // Focusable so that keyboard users can scroll the table when it is wider than a phone.
    <div className="table-scroll" role="region" aria-label={t('overview.sectionsTable')} tabIndex={0}>
      <table className="data-table sections-table">
        <caption className="visually-hidden">{t('overview.sections')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('overview.sectionColumn')}</th>
            <th scope="col">{t('overview.progressColumn')}</th>
            <th scope="col">{t('overview.completeColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {template.sections.map((section) => {
            const title = localize(section.title, language, template.languages);
            const [answered, total] = users.reduce<[number, number]>(
              ([a, b], r) => {
                const s = r.progress.sections[section.id];
                return s ? [a + s[0], b + s[1]] : [a, b];
              },
              [0, 0],
            );
            const complete = users.filter((r) => r.completedSections.includes(section.id)).length;
            // A section left out by a respondent is not theirs to answer: said, not shown as 0 of 0.
            const leftOut = users.filter((r) => r.excludedSections.includes(section.id)).length;
            return (
              <tr key={section.id}>
                <th scope="row">
                  {title}
                  {/* The diagnostic area under the title, not in a column of its own: the table fits a phone. */}
                  {section.area ? <span className="section-area muted">{t('overview.areaOf', { area: t(`overview.areas.${section.area}`) })}</span> : null}
                </th>
                <td>
                  <ProgressMeter answered={answered} total={total} label={title} />
                </td>
                <td>
                  {t('overview.completeCount', { count: complete, total: users.length })}
                  {leftOut > 0 ? <span className="muted"> · {t('overview.leftOutCount', { count: leftOut })}</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
