import { useTranslation } from '../../components/use-translation';
import type { ConfidenceSummary, EngagementSummary } from '../../domain/runtime';
import { confidenceSeries } from '../../report';
import { BarFigure } from './bar-figure';
import { useFindingsText } from './use-findings-text';

export function EngagementFigure({ engagement }: { engagement: EngagementSummary }) {
  const { t } = useTranslation();
  const text = useFindingsText();
  const rated = engagement.partners.filter((p) => p.mean !== undefined);
  if (rated.length === 0) return null;
  return (
    <section aria-labelledby="engagement-title">
      <h2 id="engagement-title">{t('analysis.engagement.title')}</h2>
      <BarFigure
        title={t('analysis.engagement.chartLabel')}
        summary={t('analysis.engagement.chartLabel')}
        data={rated.map((p) => ({ key: p.key, label: p.name, value: Math.round((p.mean ?? 0) * 100) }))}
        table={
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('analysis.engagement.partner')}</th>
                <th scope="col">{t('analysis.engagement.mean')}</th>
                <th scope="col">{t('analysis.engagement.rated')}</th>
              </tr>
            </thead>
            <tbody>
              {engagement.partners.map((p) => (
                <tr key={p.key}>
                  <th scope="row">{p.name}</th>
                  <td>{text.score(p.mean)}</td>
                  <td>{p.rated}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </section>
  );
}

export function ConfidenceFigure({ confidence }: { confidence: ConfidenceSummary }) {
  const { t } = useTranslation();
  const text = useFindingsText();
  if (confidence.sources.length === 0) return null;
  return (
    <section aria-labelledby="confidence-title">
      <h2 id="confidence-title">{t('analysis.confidence.title')}</h2>
      <BarFigure
        title={t('analysis.confidence.chartLabel')}
        summary={t('analysis.confidence.chartLabel')}
        data={confidenceSeries(confidence).points.map((p) => ({ key: p.id, label: text.label(p.label), value: p.value }))}
        table={
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('analysis.confidence.source')}</th>
                <th scope="col">{t('analysis.confidence.mean')}</th>
                <th scope="col">{t('analysis.confidence.rated')}</th>
                <th scope="col">{t('analysis.confidence.used')}</th>
              </tr>
            </thead>
            <tbody>
              {confidence.sources.map((s) => (
                <tr key={s.subject.id}>
                  <th scope="row">{text.label(s.subject.label)}</th>
                  <td>{text.score(s.mean)}</td>
                  <td>{s.rated}</td>
                  <td>{text.band(s.used)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </section>
  );
}
