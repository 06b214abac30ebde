import { useTranslation } from '../../../components/use-translation';
import { Link } from 'wouter';
import { itemOptions, type Answer, type Answers, type Template, type Visibility } from '../../../domain/runtime';
import { tallyOptions, type Slide } from '../../../domain/workshop';
import { useFormatters } from '../../../components/use-formatters';
import { useChoices, useScaleLabel } from '../use-choices';
import { useOptionLabel, type TextOf } from '../use-template-text';
import { ConsensusField } from './consensus-field';
import { ContributionsSlide } from './contributions-slide';
import { CountSlide } from './count-slide';
import { DissentField } from './dissent-field';
import { withDissent, withValue } from './group-edit';
import { MatrixSlide } from './matrix-slide';
import { NoticeSlide } from './notice-slide';

interface SlideBodyProps {
  slide: Slide;
  consent: boolean;
  template: Template;
  answers: Answers;
  visibility: Visibility;
  participants: number | undefined;
  revealed: boolean;
  text: TextOf;
  /** Where this group's full questionnaire opens (for repeating lists). */
  formHref: string;
  onChange: (answer: Answer | undefined) => void;
  announce: (message: string) => void;
}

/** What the group answers on one slide, by kind of question. */
export function SlideBody({ slide, consent, template, answers, visibility, participants, revealed, text, formHref, onChange, announce }: SlideBodyProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const optionLabel = useOptionLabel(text);
  const choicesOf = useChoices(text);
  const scaleLabel = useScaleLabel(text);
  const { item } = slide;
  const answer = answers.get(item.id);

  switch (item.type) {
    case 'notice':
      return <NoticeSlide item={item} consent={consent} answer={answer} text={text} onChange={onChange} />;
    case 'single-choice':
    case 'multi-choice':
    case 'yes-no':
    case 'rating': {
      const { options } = itemOptions(item, { template, answers, visibility });
      const counted = tallyOptions(item, options);
      const choices = choicesOf(item, options);
      if (choices.length === 0) return <p className="ws-help">{t('workshop.noOptionsYet')}</p>;
      return <CountSlide key={item.id} item={item} options={counted} choices={choices} answer={answer} participants={participants} revealed={revealed} onChange={onChange} announce={announce} />;
    }
    case 'text':
    case 'long-text':
      return <ContributionsSlide key={item.id} item={item} answer={answer} onChange={onChange} announce={announce} />;
    case 'number':
    case 'date':
      return (
        <div className="ws-value">
          <ConsensusField item={item} choices={[]} value={answer?.value} onChange={(value) => onChange(withValue(answer, value))} />
          <DissentField value={answer?.group?.dissent ?? ''} onChange={(dissent) => onChange(withDissent(answer, dissent))} />
        </div>
      );
    case 'matrix': {
      const { options, rows } = itemOptions(item, { template, answers, visibility });
      const response = item.response;
      const label = (p: number) => (response.kind === 'scale' ? scaleLabel(response.scale, p) : format.number(p));
      return (
        <MatrixSlide
          item={item}
          rows={rows.map((r) => ({ id: r.id, label: optionLabel(r.label) }))}
          columns={options.map((o) => ({ id: o.id, label: optionLabel(o.label) }))}
          answer={answer}
          scaleLabel={label}
          onChange={onChange}
        />
      );
    }
    case 'list':
      return (
        <p className="ws-help">
          {t('workshop.listInForm')} <Link href={formHref}>{t('workshop.openForm')}</Link>
        </p>
      );
  }
}
