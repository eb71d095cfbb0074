import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { ApiError, NetworkError } from '../api-client';
import { paths } from '../paths';
import { ErrorState } from './error-state';
import styles from './states.module.css';

interface Explained {
  title: string;
  message: string;
  retry: boolean;
}

/** A friendly sentence for whatever a route threw: by status, never a stack trace or a blank page. */
export function explainRouteError(error: unknown): Explained {
  const status = error instanceof ApiError ? error.status : isRouteErrorResponse(error) ? error.status : null;
  if (error instanceof NetworkError)
    return { title: 'Cannot reach the server', message: error.message, retry: true };
  if (status === 404) {
    return { title: 'Not found', message: 'This item does not exist, or it was removed.', retry: false };
  }
  if (status === 403) {
    return { title: 'No access', message: 'Your role does not allow you to see this page.', retry: false };
  }
  if (status === 401) {
    return {
      title: 'Signed out',
      message: 'Your session has ended. Sign in again to continue.',
      retry: true,
    };
  }
  if (status === 400) {
    return { title: 'This address is not valid', message: 'Check the link and try again.', retry: false };
  }
  if (status !== null && status >= 500) {
    return { title: 'The server had a problem', message: 'Try again in a moment.', retry: true };
  }
  return { title: 'Something went wrong', message: 'This page could not be shown. Try again.', retry: true };
}

/** Inside the app shell: the header and nav stay, the page area explains. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const explained = explainRouteError(error);
  return (
    <ErrorState
      title={explained.title}
      message={explained.message}
      onRetry={explained.retry ? () => window.location.reload() : undefined}
      action={<Link to={paths.reviews()}>Back to reviews</Link>}
    />
  );
}

/** The last resort, when the shell itself failed: a plain full page with a way back. */
export function RootErrorBoundary() {
  const error = useRouteError();
  const explained = explainRouteError(error);
  return (
    <main className={styles.state} style={{ minHeight: '100vh', justifyContent: 'center' }}>
      <ErrorState
        title={explained.title}
        message={explained.message}
        onRetry={() => window.location.reload()}
        action={<a href={paths.reviews()}>Back to reviews</a>}
      />
    </main>
  );
}
