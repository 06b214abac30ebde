import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';

export function boot(): void {
  performance.mark('lsa:boot');
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
