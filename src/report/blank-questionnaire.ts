import type { ParseKeys, TOptions } from 'i18next';
import { localize, type Item, type LocalizedText, type OptionSource, type Template } from '../domain/runtime';
import { conditionLeaves } from '../domain/template/condition-leaves';
import { paperNumbers, scalePoints } from '../domain/workshop';
import type { Language } from '../i18n';
import type { Block, DocumentModel } from './document-model';
import { slugify } from './file-name';
import type { LoadFonts } from './font-files';
import { renderPdf } from './pdf/render-pdf';
import { reportFormat } from './report-format';

export interface BlankQuestionnaireInput {
  template: Template;
  /** The form's language; with `bilingual`, every text is followed by the other language. */
  language: Language;
  bilingual: boolean;
  locality: string;
  sessionCode: string;
  /** YYYY-MM-DD: the only thing that differs between two prints of the same form. */
  generatedOn: string;
}

/** Words of the form's language, followed by the other language's when printing both. */
type Say = (key: ParseKeys, options?: TOptions) => string;

const ONE = '○';
const MANY = '□';
const LINE = '_'.repeat(64);

/**
 * A questionnaire to fill in by hand: every question with boxes to tick or lines to write
 * on, numbered like the entry table that types the forms in afterwards (questions Q1, Q2…
 * and answers 1, 2, 3…). No answers, no names: only the template and the session's code.
 */
export function buildBlankQuestionnaire(input: BlankQuestionnaireInput): DocumentModel {
  const { template, language } = input;
  const other: Language = language === 'en' ? 'fr' : 'en';
  const own = reportFormat(language);
  const second = input.bilingual && template.languages.includes(other) ? reportFormat(other) : undefined;
  const say: Say = (key, options = {}) => {
    const first = own.t(key, options);
    const then = second ? second.t(key, options) : first;
    return then === first ? first : `${first} / ${then}`;
  };
  const text = (value: LocalizedText | undefined) => {
    const first = localize(value, language, template.languages);
    const then = second ? localize(value, other, template.languages) : first;
    return then === first ? first : `${first} / ${then}`;
  };
  const numbers = paperNumbers(template);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: say('workshop.blank.howTitle') },
    { kind: 'paragraph', text: say('workshop.blank.how', { one: ONE, many: MANY }) },
    { kind: 'paragraph', text: say('workshop.blank.privacy'), style: 'note' },
  ];
  for (const section of template.sections) {
    blocks.push({ kind: 'heading', level: 2, text: text(section.title) });
    // A workshop questionnaire's section notes speak to the facilitator, as its help does.
    if (section.description && template.kind !== 'workshop') blocks.push({ kind: 'paragraph', text: text(section.description), style: 'note' });
    // A personal form never asks what only the group answers (groupOnly: the head count).
    for (const item of section.items) if (item.type === 'notice' || !item.groupOnly) blocks.push(...itemBlocks(item, { template, numbers, say, text }));
  }
  const title = text(template.title);
  return {
    language,
    title: say('workshop.blank.title'),
    headerRight: `${input.sessionCode} · ${input.locality}`,
    // The language(s) in the name: an English, a French and a bilingual form never overwrite one another.
    fileName: `${['questionnaire', slugify(template.id), slugify(input.sessionCode), input.generatedOn, second ? `${language}-${other}` : language].filter(Boolean).join('-')}.pdf`,
    generatedOn: input.generatedOn,
    cover: {
      title,
      locality: input.locality,
      subtitle: say('workshop.blank.subtitle'),
      fields: [
        { label: say('workshop.blank.session'), value: input.sessionCode },
        { label: say('workshop.blank.formNumber'), value: '__________' },
        { label: say('workshop.blank.version'), value: template.version },
      ],
      notice: say('workshop.blank.notice'),
    },
    contentsTitle: say('workshop.blank.contents'),
    // The renderer fills in one page number, so the page label is in the form's language only.
    pageLabel: own.t('workshop.blank.page', { page: '{{page}}', total: '{{total}}' }),
    footerLeft: [own, second].flatMap((f) => (f ? [f.t('workshop.blank.printed', { date: f.date(input.generatedOn) })] : [])).join(' / '),
    blocks,
  };
}

interface ItemContext {
  template: Template;
  numbers: ReadonlyMap<string, number>;
  say: Say;
  text: (value: LocalizedText | undefined) => string;
}

/** Options a form can print: written in place or in a named list; drawn from another answer, that answer's options. */
function printableOptions(source: OptionSource, template: Template, depth = 0): { id: string; label: LocalizedText }[] | { fromNumber: string } | undefined {
  if (Array.isArray(source)) return source;
  if ('list' in source) return template.optionLists?.[source.list]?.options;
  if ('fromEntries' in source || depth > 5) return undefined;
  const origin = template.sections.flatMap((s) => s.items).find((i) => i.id === source.fromAnswer);
  return origin && (origin.type === 'single-choice' || origin.type === 'multi-choice') ? printableOptions(origin.options, template, depth + 1) : undefined;
}

function itemBlocks(item: Item, { template, numbers, say, text }: ItemContext): Block[] {
  if (item.type === 'notice') {
    const blocks: Block[] = item.title ? [{ kind: 'heading', level: 3, text: text(item.title) }] : [];
    for (const paragraph of text(item.text).split(/\n\s*\n/)) blocks.push({ kind: 'paragraph', text: paragraph });
    if (item.acknowledge) blocks.push({ kind: 'paragraph', text: `${MANY}  ${text(item.acknowledge)}` });
    return blocks;
  }
  const blocks: Block[] = [{ kind: 'heading', level: 3, text: `${say('workshop.blank.q', { number: numbers.get(item.id) })}  ${text(item.label)}` }];
  // A workshop questionnaire's help speaks to the facilitator ("show of hands"), not to one person with a pen.
  if (item.help && template.kind !== 'workshop') blocks.push({ kind: 'paragraph', text: text(item.help), style: 'note' });
  if (item.visibleWhen) {
    const asked = [...new Set(conditionLeaves(item.visibleWhen, []).map((leaf) => numbers.get(leaf.test.item)).filter((n) => n !== undefined))];
    blocks.push({ kind: 'paragraph', text: say('workshop.blank.conditional', { numbers: asked.join(', ') }), style: 'note' });
  }
  const note = (key: ParseKeys, options?: TOptions) => blocks.push({ kind: 'paragraph', text: say(key, options), style: 'note' });
  const choices = (mark: string, labels: readonly string[]) => blocks.push({ kind: 'bullets', numbered: true, items: labels.map((l) => `${mark}  ${l}`) });
  switch (item.type) {
    case 'single-choice':
    case 'multi-choice': {
      const options = printableOptions(item.options, template);
      if (!Array.isArray(options)) {
        note('workshop.blank.writeIn');
        blocks.push({ kind: 'paragraph', text: LINE });
        break;
      }
      if (!Array.isArray(item.options) && 'fromAnswer' in item.options) note('workshop.blank.fromAnswer', { number: numbers.get(item.options.fromAnswer) });
      if (item.type === 'single-choice') note('workshop.blank.tickOne');
      else if (item.maxSelected) note('workshop.blank.tickUpTo', { count: item.maxSelected });
      else note('workshop.blank.tickAll');
      const mark = item.type === 'single-choice' ? ONE : MANY;
      choices(mark, [...options.map((o) => text(o.label)), ...(item.other ? [`${say('workshop.other')}: ${'_'.repeat(30)}`] : [])]);
      break;
    }
    case 'yes-no':
      note('workshop.blank.tickOne');
      choices(ONE, [say('workshop.yes'), say('workshop.no')]);
      break;
    case 'rating': {
      const { scale } = item;
      note('workshop.blank.tickOne');
      const points = scalePoints(scale).map((p) => (p === scale.min ? `${ONE} ${p} ${text(scale.minLabel)}` : p === scale.max ? `${ONE} ${p} ${text(scale.maxLabel)}` : `${ONE} ${p}`));
      blocks.push({ kind: 'paragraph', text: points.join('      ') });
      break;
    }
    case 'text':
    case 'long-text':
      for (let i = 0; i < (item.type === 'text' ? 1 : 4); i++) blocks.push({ kind: 'paragraph', text: LINE });
      break;
    case 'number':
      blocks.push({ kind: 'paragraph', text: `${'_'.repeat(16)} ${text(item.unit)}`.trim() });
      break;
    case 'date':
      blocks.push({ kind: 'paragraph', text: `______ - ____ - ____   (${say('workshop.blank.dateFormat')})` });
      break;
    case 'matrix': {
      const rows = printableOptions(item.rows, template);
      const response = item.response;
      const columns = response.kind === 'scale' ? scalePoints(response.scale).map(String) : (printableOptions(response.options, template) as { label: LocalizedText }[] | undefined)?.map((o) => text(o.label));
      if (!Array.isArray(rows) || !columns) break;
      if (!Array.isArray(item.rows) && 'fromAnswer' in item.rows) note('workshop.blank.rowsFromAnswer', { number: numbers.get(item.rows.fromAnswer) });
      if (response.kind === 'scale') note('workshop.blank.scaleEnds', { min: text(response.scale.minLabel), max: text(response.scale.maxLabel) });
      const mark = response.kind === 'choice' && response.multiple ? MANY : ONE;
      blocks.push({ kind: 'table', repeatHeader: true, columns: [{ header: '', weight: 4 }, ...columns.map((c) => ({ header: c, weight: 1 }))], rows: rows.map((r) => [text(r.label), ...columns.map(() => mark)]) });
      break;
    }
    case 'list':
      note('workshop.blank.listRows');
      blocks.push({ kind: 'table', repeatHeader: true, columns: item.fields.map((f) => ({ header: text(f.label), weight: 1 })), rows: Array.from({ length: 4 }, () => item.fields.map(() => ' ')) });
      break;
  }
  if (item.allowDontKnow || item.allowPreferNotToSay) {
    const specials = [item.allowDontKnow ? `${ONE} ? ${say('workshop.blank.dontKnow')}` : '', item.allowPreferNotToSay ? `${ONE} ${say('workshop.blank.preferNot')}` : ''];
    blocks.push({ kind: 'paragraph', text: specials.filter(Boolean).join('      ') });
  }
  return blocks;
}

/** The blank questionnaire as PDF bytes, through the report's own renderer and fonts. */
export async function makeBlankQuestionnairePdf(input: BlankQuestionnaireInput, loadFonts: LoadFonts): Promise<{ fileName: string; bytes: Uint8Array }> {
  const model = buildBlankQuestionnaire(input);
  return { fileName: model.fileName, bytes: await renderPdf(model, loadFonts) };
}
