import { Component, type ReactNode } from 'react';
import { useTranslation } from '../components/use-translation';

function ErrorMessage({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <div role="alert">
      <h1>{t('common.errorTitle')}</h1>
      <p>{message}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('common.reload')}
      </button>
    </div>
  );
}

/** A screen that fails shows a message instead of a blank page; saved answers are safe. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    return this.state.error ? <ErrorMessage message={this.state.error.message} /> : this.props.children;
  }
}
