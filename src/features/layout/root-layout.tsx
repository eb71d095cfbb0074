import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Outlet, ScrollRestoration } from 'react-router';
import { ErrorState } from '../../components/error-state';
import { errorMessage } from '../../api-client';
import { meQuery } from '../auth/auth-queries';
import { AppHeader } from './app-header';
import { AppSkeleton } from './app-skeleton';
import styles from './root-layout.module.css';

// Signed-in visits (the common case) never load the form code: react-hook-form stays out of the first bundle.
const SignInForm = lazy(() => import('../auth/sign-in-form').then((m) => ({ default: m.SignInForm })));

/**
 * The app shell. Who is signed in decides what shows: a calm skeleton while asking, the sign-in form in place
 * when nobody is (any route, URL kept), else the header and the page.
 */
export function RootLayout() {
  const me = useQuery(meQuery);
  if (me.isPending) return <AppSkeleton />;
  if (me.isError) {
    return (
      <main className={styles.centered}>
        <ErrorState
          title="SOC Review cannot start"
          message={errorMessage(me.error)}
          onRetry={() => void me.refetch()}
          retrying={me.isFetching}
        />
      </main>
    );
  }
  if (!me.data)
    return (
      <Suspense fallback={<AppSkeleton />}>
        <SignInForm />
      </Suspense>
    );
  return (
    <div className={styles.shell}>
      <a href="#main" className={styles.skip}>
        Skip to content
      </a>
      <AppHeader me={me.data} />
      <main id="main" className={styles.main} tabIndex={-1}>
        <Outlet />
      </main>
      <ScrollRestoration />
    </div>
  );
}
