import { memo, useEffect, useRef } from 'react';
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
  const list = useRef<HTMLOListElement>(null);
  // On a narrow screen the sections scroll sideways (runner.css): keep the current one in view.
  useEffect(() => {
    const ol = list.current;
    const current = ol?.querySelector<HTMLElement>('[aria-current="step"]');
    if (!ol || !current || !window.matchMedia('(max-width: 800px)').matches) return;
    const box = ol.getBoundingClientRect();
    const link = current.getBoundingClientRect();
    if (link.left < box.left || link.right > box.right) ol.scrollLeft += link.left - box.left - 16;
  }, [currentId]);
  return (
    <nav className="section-nav" aria-label={t('runner.sections')}>
      <ol ref={list}>
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
