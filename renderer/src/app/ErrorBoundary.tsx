import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useRouteError } from 'react-router';
import { ErrorView } from './ErrorView';

interface State {
  error: unknown;
}

/** Catches errors outside the router (providers, start-up). */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Kompeten crashed while rendering', error, info.componentStack);
  }

  override render() {
    return this.state.error ? <ErrorView error={this.state.error} /> : this.props.children;
  }
}

/** Catches errors inside a route: the router handles these before any outer boundary. */
export function RouteError() {
  const error = useRouteError();
  console.error('Kompeten route error', error);
  return <ErrorView error={error} />;
}
