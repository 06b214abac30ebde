import type { ReactNode, Ref } from 'react';

interface OptionInputProps {
  type: 'radio' | 'checkbox';
  name: string;
  checked: boolean;
  disabled: boolean;
  label: ReactNode;
  onChange: (checked: boolean) => void;
  inputRef?: Ref<HTMLInputElement>;
  describedBy?: string;
}

/** One radio button or tick box with its label; the whole row is the click target. */
export function OptionInput({ type, name, checked, disabled, label, onChange, inputRef, describedBy }: OptionInputProps) {
  return (
    <label className="option">
      <input ref={inputRef} type={type} name={name} checked={checked} disabled={disabled} aria-describedby={describedBy} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}
