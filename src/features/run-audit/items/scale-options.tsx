import type { Ref } from 'react';
import type { Scale } from '../../../domain/runtime';
import { useFormatters } from '../../../components/use-formatters';
import { useRunner } from '../runner-context';
import { OptionInput } from './option-input';

interface ScaleOptionsProps {
  scale: Scale;
  name: string;
  value: unknown;
  disabled: boolean;
  onChange: (value: number) => void;
  inputRef?: Ref<HTMLInputElement>;
}

/** min..max as radio buttons; the two ends carry their words so each button reads alone. */
export function ScaleOptions({ scale, name, value, disabled, onChange, inputRef }: ScaleOptionsProps) {
  const { text } = useRunner();
  const format = useFormatters();
  const points = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
  return (
    <div className="options scale">
      {points.map((point, i) => (
        <OptionInput
          key={point}
          type="radio"
          name={name}
          checked={value === point}
          disabled={disabled}
          inputRef={i === 0 ? inputRef : undefined}
          label={
            point === scale.min ? `${format.number(point)} – ${text(scale.minLabel)}` : point === scale.max ? `${format.number(point)} – ${text(scale.maxLabel)}` : format.number(point)
          }
          onChange={() => onChange(point)}
        />
      ))}
    </div>
  );
}
