import { Component } from 'react';
import type { ReactNode } from 'react';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { deferred, preloadDeferred } from './deferred';

function Hello({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

class Boundary extends Component<{ children: ReactNode }, { error: string | null }> {
  override state = { error: null as string | null };
  static getDerivedStateFromError(error: Error) {
    return { error: error.message };
  }
  override render() {
    return this.state.error ? <p role="alert">{this.state.error}</p> : this.props.children;
  }
}

describe('a deferred component', () => {
  it('shows once its code arrives, and at once after a preload', async () => {
    let arrive!: (component: typeof Hello) => void;
    const load = vi.fn(() => new Promise<typeof Hello>((resolve) => (arrive = resolve)));
    const Deferred = deferred(load);
    const first = render(<Deferred name="Ada" />);
    expect(screen.queryByText('Hello Ada')).toBeNull();
    arrive(Hello);
    expect(await screen.findByText('Hello Ada')).toBeInTheDocument();
    first.unmount();
    await preloadDeferred();
    render(<Deferred name="Grace" />);
    // Already loaded: the very first render shows it, and the module was fetched once.
    expect(screen.getByText('Hello Grace')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('shows a failed fetch to its boundary, and tries again on the next open', async () => {
    const load = vi
      .fn<() => Promise<typeof Hello>>()
      .mockRejectedValueOnce(new Error('chunk failed'))
      .mockResolvedValueOnce(Hello);
    const Deferred = deferred(load);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const first = render(
      <Boundary>
        <Deferred name="Ada" />
      </Boundary>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('chunk failed');
    first.unmount();
    render(<Deferred name="Ada" />);
    expect(await screen.findByText('Hello Ada')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
