import { useEffect, useRef, type ReactNode } from 'react';
import './page.css';

interface PageProps {
  title: string;
  /** Shown above the title, e.g. a breadcrumb link. */
  before?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}

// The first screen after the app starts needs no focus move (readers start at the top),
// and skipping it spares a forced layout before the first paint.
let firstScreen = true;

/** One screen: its h1 takes focus when the screen changes, so screen readers announce it. */
export function Page({ title, before, actions, children }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = title;
    if (firstScreen) {
      firstScreen = false;
      return;
    }
    heading.current?.focus();
  }, [title]);
  return (
    <div className="page">
      {before}
      <div className="page-head">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </div>
      {children}
    </div>
  );
}
