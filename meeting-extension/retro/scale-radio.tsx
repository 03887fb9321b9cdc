import { Radio, RadioGroup } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useT } from '../../client/i18n.js';

type Props = {
  /** The radio group's accessible name, e.g. "Safety check". */
  label: string;
  scale: Record<1 | 2 | 3 | 4 | 5, string>;
  value: number | null;
  /** Highest first (safety: 5 … 1) or lowest first (ROTI: 1 … 5). */
  order: 'descending' | 'ascending';
  disabled?: boolean;
  onChange: (value: number) => void;
};

/** An anonymous 1–5 answer. */
export function ScaleRadio({ label, scale, value, order, disabled, onChange }: Props) {
  const t = useT();
  const values = order === 'descending' ? [5, 4, 3, 2, 1] : [1, 2, 3, 4, 5];
  // Shows the choice at once; the server's answer (or a refusal) replaces it.
  const [picked, setPicked] = useState<number | null>(null);
  useEffect(() => setPicked(null), [value]);
  const shown = picked ?? value;
  return (
    <RadioGroup
      aria-label={label}
      value={shown === null ? '' : String(shown)}
      disabled={disabled}
      onChange={(_, d) => {
        setPicked(Number(d.value));
        onChange(Number(d.value));
      }}
    >
      {values.map((n) => (
        <Radio
          key={n}
          value={String(n)}
          label={t('retro.scale.option', { value: n, label: scale[n as 1 | 2 | 3 | 4 | 5] })}
        />
      ))}
    </RadioGroup>
  );
}
