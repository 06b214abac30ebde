import { act, cleanup, render, screen } from '@testing-library/react';
import { Component, type ComponentType, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { lazyScreen } from './lazy-screen';

function Hello({ name }: { name: string }) {
  return <h1>Hello {name}</h1>;
}

/** A module load the test settles by hand. */
function manualLoad<T>() {
  let settle: { resolve: (value: T) => void; reject: (error: unknown) => void } | undefined;
  let calls = 0;
  const load = () => {
    calls += 1;
    return new Promise<T>((resolve, reject) => (settle = { resolve, reject }));
  };
  return { load, settle: () => settle as NonNullable<typeof settle>, calls: () => calls };
}

class Catch extends Component<{ children: ReactNode }, { error?: string }> {
  override state: { error?: string } = {};
  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  override render() {
    return this.state.error ? <p role="alert">{this.state.error}</p> : this.props.children;
  }
}

const loading = () => <p>Loading…</p>;
const shortly = () => new Promise((resolve) => setTimeout(resolve, 60));

afterEach(cleanup);

describe('lazyScreen', () => {
  it('shows its fallback, then the screen with its props as soon as the code is in', async () => {
    const module = manualLoad<ComponentType<{ name: string }>>();
    const Screen = lazyScreen(module.load, loading);
    render(<Screen name="Riverside" />);
    expect(screen.getByText('Loading…')).toBeTruthy();
    await act(async () => {
      module.settle().resolve(Hello);
      await shortly();
    });
    expect(screen.getByRole('heading').textContent).toBe('Hello Riverside');
    expect(module.calls()).toBe(1);
  });

  it('renders at once on a later visit, without loading again', async () => {
    const module = manualLoad<ComponentType<{ name: string }>>();
    const Screen = lazyScreen(module.load, loading);
    const first = render(<Screen name="a" />);
    await act(async () => {
      module.settle().resolve(Hello);
      await shortly();
    });
    first.unmount();
    render(<Screen name="b" />);
    expect(screen.getByRole('heading').textContent).toBe('Hello b');
    expect(module.calls()).toBe(1);
  });

  it('throws a failed load to the error boundary, and tries again on the next visit', async () => {
    const module = manualLoad<ComponentType<{ name: string }>>();
    const Screen = lazyScreen(module.load, loading);
    const first = render(<Catch><Screen name="a" /></Catch>);
    await act(async () => {
      module.settle().reject(new Error('offline and not cached'));
      await shortly();
    });
    expect(screen.getByRole('alert').textContent).toBe('offline and not cached');
    first.unmount();
    render(<Screen name="b" />);
    expect(module.calls()).toBe(2);
    await act(async () => {
      module.settle().resolve(Hello);
      await shortly();
    });
    expect(screen.getByRole('heading').textContent).toBe('Hello b');
  });
});
