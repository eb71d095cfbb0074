import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useRevalidator } from 'react-router';
import type { z } from 'zod';
import { Button } from '../../components/button';
import { Field } from '../../components/field';
import { LoginRequest } from '../../contract/user';
import { ShieldMark } from '../layout/shield-mark';
import { signIn, signInErrorMessage } from './auth-api';
import { meQuery } from './auth-queries';
import styles from './sign-in-form.module.css';

const DEMO_ACCOUNTS = ['reviewer@example.com', 'manager@example.com', 'auditor@example.com'];

/**
 * Rendered by the root layout in place of any page while signed out, so the URL asked for is kept and shows
 * as soon as the user is known.
 */
export function SignInForm() {
  const queryClient = useQueryClient();
  const revalidator = useRevalidator();
  const form = useForm<z.input<typeof LoginRequest>, unknown, z.output<typeof LoginRequest>>({
    resolver: zodResolver(LoginRequest),
    defaultValues: { email: '', password: '' },
  });
  const mutation = useMutation({
    mutationFn: signIn,
    onSuccess: async (me) => {
      if (me) queryClient.setQueryData(meQuery.queryKey, me);
      else await queryClient.fetchQuery({ ...meQuery, staleTime: 0 });
      // Loaders that ran while signed out (and got 401s) run again for the page asked for.
      void revalidator.revalidate();
    },
    onError: () => form.resetField('password', { keepError: false }),
  });
  const { errors } = form.formState;

  return (
    <main className={styles.page}>
      <title>Sign in · SOC Review</title>
      <div className={styles.card}>
        <div className={styles.brand}>
          <ShieldMark size={32} />
          <h1 className={styles.title}>Sign in to SOC Review</h1>
        </div>
        <form noValidate onSubmit={form.handleSubmit((values) => mutation.mutate(values))}>
          <Field label="Email" error={errors.email?.message}>
            <input type="email" autoComplete="username" autoFocus {...form.register('email')} />
          </Field>
          <Field label="Password" error={errors.password?.message}>
            <input type="password" autoComplete="current-password" {...form.register('password')} />
          </Field>
          {mutation.isError && (
            <p className={styles.error} role="alert">
              {signInErrorMessage(mutation.error)}
            </p>
          )}
          <Button type="submit" variant="primary" className={styles.submit} disabled={mutation.isPending}>
            {mutation.isPending ? 'Signing in…' : 'Sign in'}
          </Button>
        </form>
      </div>
      <aside className={styles.demo} aria-label="Demo accounts">
        <p>
          Demo accounts (password <code>demo</code>):
        </p>
        <ul>
          {DEMO_ACCOUNTS.map((email) => (
            <li key={email}>
              <code>{email}</code>
            </li>
          ))}
        </ul>
      </aside>
    </main>
  );
}
