import { useMutation, useQueryClient } from '@tanstack/react-query';
import { LogOut } from 'lucide-react';
import { Link, NavLink, useLocation } from 'react-router';
import { errorMessage } from '../../api-client';
import { Button } from '../../components/button';
import { can, ROLE_LABELS } from '../../contract/permissions';
import { displayName, type Me } from '../../contract/user';
import { paths } from '../../paths';
import { signOut } from '../auth/auth-api';
import { meQuery } from '../auth/auth-queries';
import { ShieldMark } from './shield-mark';
import styles from './app-header.module.css';

export function AppHeader({ me }: { me: Me }) {
  const queryClient = useQueryClient();
  const inReview = useLocation().pathname.startsWith('/vendors/');
  const logout = useMutation({
    mutationFn: signOut,
    onSuccess: () => {
      // Drop everything the signed-in user could read, then say "nobody": the root layout shows the sign-in form.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meQuery.queryKey[0] });
      queryClient.getMutationCache().clear();
      queryClient.setQueryData(meQuery.queryKey, null);
    },
  });
  return (
    <header className={styles.header}>
      <Link to={paths.reviews()} className={styles.brand}>
        <ShieldMark size={22} />
        <span>SOC Review</span>
      </Link>
      <nav aria-label="Main" className={styles.nav}>
        <NavLink
          to={paths.reviews()}
          // A review's own page belongs to the Reviews section too.
          className={({ isActive }) => (isActive || inReview ? styles.active : styles.link)}
        >
          Reviews
        </NavLink>
        {/* Only for those who may manage keys (from /auth/me; a real Drata account never offers it). */}
        {can(me.permissions, 'api-keys-manage') && (
          <NavLink
            to={paths.apiKeys()}
            className={({ isActive }) => (isActive ? styles.active : styles.link)}
          >
            API keys
          </NavLink>
        )}
      </nav>
      <div className={styles.user}>
        {logout.isError && (
          <span className={styles.error} role="alert">
            {errorMessage(logout.error)}
          </span>
        )}
        <span className={styles.who}>
          <span className={styles.name}>{displayName(me)}</span>
          <span className={styles.role}>{ROLE_LABELS[me.role]}</span>
        </span>
        <Button size="small" variant="ghost" onClick={() => logout.mutate()} disabled={logout.isPending}>
          <LogOut size={15} aria-hidden="true" />
          Sign out
        </Button>
      </div>
    </header>
  );
}
