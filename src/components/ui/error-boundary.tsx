import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

export interface ErrorBoundaryProps {
  children: ReactNode;
  /** What to show instead, with a way to try rendering the children again. */
  fallback: (error: unknown, reset: () => void) => ReactNode;
  /** Told about the error once (logging). */
  onError?: (error: unknown, info: ErrorInfo) => void;
}

interface State {
  error: { value: unknown } | null;
}

/**
 * Keeps a crash inside the part of the panel that crashed (React has no hook for this: a class is
 * the only way). Boxed in an object so that even `throw undefined` is caught as an error.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: { value: error } };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.props.onError?.(error, info);
  }

  private readonly reset = () => this.setState({ error: null });

  override render(): ReactNode {
    const { error } = this.state;
    return error ? this.props.fallback(error.value, this.reset) : this.props.children;
  }
}

/** A one-line, display-safe description of whatever was thrown. */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.replace(/\s+/gu, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line || 'unknown error';
}
