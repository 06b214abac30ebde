import { memo } from 'react';
import { useTranslation } from '../../components/use-translation';
import { Link } from 'wouter';
import type { Progress, Template } from '../../domain/runtime';
import { useRunner } from './runner-context';

interface SectionNavProps {
  template: Template;
  baseHref: string;
  currentId: string;
  progress: Progress | undefined;
  completed: readonly string[];
  excluded: readonly string[];
}

/** The sections with their progress; re-renders only when one of its props changes. */
export const SectionNav = memo(function SectionNav({ template, baseHref, currentId, progress, completed, excluded }: SectionNavProps) {
  const { t } = useTranslation();
  const { text } = useRunner();
  return (
    <nav className="section-nav" aria-label={t('runner.sections')}>
      <ol>
        {template.sections.map((section) => {
          const p = progress?.sections.find((s) => s.sectionId === section.id);
          const state = excluded.includes(section.id) ? t('runner.leftOutState') : completed.includes(section.id) ? t('runner.completeState') : p ? `${p.answered}/${p.total}` : '';
          return (
            <li key={section.id} className={p && !p.visible ? 'hidden-section' : undefined}>
              <Link href={`${baseHref}/${section.id}`} aria-current={section.id === currentId ? 'step' : undefined}>
                <span>{text(section.title)}</span>
                <span className="nav-state">{state}</span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
});
