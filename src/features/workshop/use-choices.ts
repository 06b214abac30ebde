import { useCallback } from 'react';
import { useTranslation } from '../../components/use-translation';
import type { FieldItem, Item, ResolvedOption, Scale } from '../../domain/runtime';
import { scalePoints } from '../../domain/workshop';
import { useFormatters } from '../../components/use-formatters';
import { useOptionLabel, type TextOf } from './use-template-text';

/** Something a group counts on: an option, yes or no, or a scale point, with its words. */
export interface Choice {
  id: string;
  label: string;
}

/** A scale point in words; the two ends carry their labels so each reads alone. */
export function useScaleLabel(text: TextOf): (scale: Scale, point: number) => string {
  const format = useFormatters();
  return useCallback(
    (scale: Scale, point: number) =>
      point === scale.min ? `${format.number(point)} – ${text(scale.minLabel)}` : point === scale.max ? `${format.number(point)} – ${text(scale.maxLabel)}` : format.number(point),
    [format, text],
  );
}

/** The choices of a choice, yes/no or rating item, as a group counts them. */
export function useChoices(text: TextOf): (item: Item | FieldItem, options: readonly ResolvedOption[]) => Choice[] {
  const { t } = useTranslation();
  const optionLabel = useOptionLabel(text);
  const scaleLabel = useScaleLabel(text);
  return useCallback(
    (item: Item | FieldItem, options: readonly ResolvedOption[]) => {
      if (item.type === 'yes-no') return [{ id: 'yes', label: t('workshop.yes') }, { id: 'no', label: t('workshop.no') }];
      if (item.type === 'rating') return scalePoints(item.scale).map((p) => ({ id: String(p), label: scaleLabel(item.scale, p) }));
      if (item.type === 'single-choice' || item.type === 'multi-choice') return options.map((o) => ({ id: o.id, label: optionLabel(o.label) }));
      return [];
    },
    [t, optionLabel, scaleLabel],
  );
}
