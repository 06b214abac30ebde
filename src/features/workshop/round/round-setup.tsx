import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../components/use-translation';
import type { Template } from '../../../domain/runtime';
import { roundCandidates } from '../../../domain/workshop';
import { useTemplateText } from '../use-template-text';

interface RoundSetupProps {
  template: Template;
  chosen: readonly string[];
  onStart: (itemIds: string[]) => void;
}

/** The facilitator picks the questions people answer alone, in turn, on this device. */
export function RoundSetup({ template, chosen, onStart }: RoundSetupProps) {
  const { t } = useTranslation();
  const text = useTemplateText(template);
  const candidates = roundCandidates(template);
  const [picked, setPicked] = useState<Set<string>>(() => new Set(chosen));
  const [empty, setEmpty] = useState(false);
  const toggle = (id: string, on: boolean) => {
    setEmpty(false);
    setPicked((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ids = candidates.map((i) => i.id).filter((id) => picked.has(id));
    if (ids.length === 0) setEmpty(true);
    else onStart(ids);
  };
  return (
    <form className="form ws-round-setup" noValidate onSubmit={submit}>
      <fieldset aria-describedby="ws-round-help">
        <legend>{t('workshop.round.pick')}</legend>
        <p id="ws-round-help" className="help">
          {t('workshop.round.pickHelp')}
        </p>
        {candidates.map((item) => (
          <label key={item.id} className="inline-check ws-pick">
            <input type="checkbox" checked={picked.has(item.id)} onChange={(e) => toggle(item.id, e.target.checked)} />
            <span>
              {item.type === 'notice' ? '' : text(item.label)}
              {item.visibleWhen ? <span className="muted"> {t('workshop.round.conditional')}</span> : null}
            </span>
          </label>
        ))}
      </fieldset>
      {empty ? (
        <p className="error-text" role="alert">
          {t('workshop.round.pickOne')}
        </p>
      ) : null}
      <div>
        <button type="submit" className="primary">
          {t('workshop.round.begin')}
        </button>
      </div>
    </form>
  );
}
