import { DIAGNOSTIC_AREAS, type DiagnosticArea } from '../../domain';
import type { Block } from '../document-model';
import { heading, note, paragraph } from '../blocks';
import type { ReportFormat } from '../report-format';
import type { ReportInput } from '../report-input';
import { frameworkBlocks, indicatorBlocks } from './area-matrices';
import { engagementBlocks, registerBlocks } from './area-registers';
import { presenceBlocks, subjectBlocks } from './area-subjects';

function areaBlocks(area: DiagnosticArea, input: ReportInput, format: ReportFormat): Block[] {
  const { findings, templates } = input;
  const { t } = format;
  switch (area) {
    case 'partners':
      return [
        ...presenceBlocks(findings.presence['partner-type'], t('report.charts.partnerTypes'), format),
        ...registerBlocks(findings.registers.partners, 'partners', format, findings.threshold, findings.engagement),
        ...engagementBlocks(findings.engagement, templates, format),
      ];
    case 'at-risk-groups':
      return [
        ...subjectBlocks(findings.concern, 'group', format),
        ...subjectBlocks(findings.concern, 'trafficking-form', format, true),
        ...subjectBlocks(findings.concern, 'vulnerability-factor', format, true),
      ];
    case 'employment-sectors':
      return [...subjectBlocks(findings.concern, 'sector', format), ...indicatorBlocks(findings.indicators, findings.threshold, format)];
    case 'geographic-areas':
      return [...subjectBlocks(findings.concern, 'area', format), ...(findings.registers.places.length > 0 ? registerBlocks(findings.registers.places, 'places', format, findings.threshold) : [])];
    case 'current-activities':
      return registerBlocks(findings.registers.activities, 'activities', format, findings.threshold);
    case 'gaps':
      return frameworkBlocks(findings.frameworkElements, format);
  }
}

/** One part per area of the local diagnostic (report, section II.C), charts drawn from the screen's series. */
export function areasSection(input: ReportInput, format: ReportFormat): Block[] {
  const { t } = format;
  const blocks: Block[] = [heading(1, t('report.areas.heading')), paragraph(t('report.areas.intro'))];
  for (const area of DIAGNOSTIC_AREAS) {
    const content = areaBlocks(area, input, format);
    blocks.push(heading(2, t(`report.areas.${area}`)), ...(content.length ? content : [note(t('report.areas.nothing'))]));
  }
  return blocks;
}
