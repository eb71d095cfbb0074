import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { KeyRound, Plus } from 'lucide-react';
import { Link } from 'react-router';
import { ApiError, errorMessage } from '../../api-client';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import type { ApiKey } from '../../contract/api-keys';
import { can, ROLE_LABELS } from '../../contract/permissions';
import { displayName } from '../../contract/user';
import { paths } from '../../paths';
import { meQuery } from '../auth/auth-queries';
import { formatDateTime } from '../review-detail/format';
import { apiKeyQueries } from './api-key-queries';
import { CreateKeyDialog } from './create-key-dialog';
import { RevokeKeyDialog } from './revoke-key-dialog';
import styles from './api-keys.module.css';

/** `/settings/api-keys`: managers create, list (prefix only) and revoke the keys scripts use. */
export function Component() {
  const me = useQuery(meQuery).data;
  const allowed = can(me?.permissions, 'api-keys-manage');
  return (
    <div className={styles.page}>
      <title>API keys · SOC Review</title>
      {allowed ? <KeysView /> : <NoAccess />}
    </div>
  );
}

function NoAccess() {
  return (
    <ErrorState
      title="Only managers can manage API keys"
      message="Ask a manager to create a key for your scripts, or to revoke one."
      action={<Link to={paths.reviews()}>Back to reviews</Link>}
    />
  );
}

function KeysView() {
  const keys = useQuery(apiKeyQueries.list());
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  // The permission can change under an open page (another tab, a role change): explain instead of failing.
  if (keys.error instanceof ApiError && keys.error.status === 403) return <NoAccess />;
  return (
    <>
      <div className={styles.heading}>
        <h1 className={styles.title}>API keys</h1>
        <span className={styles.spacer} />
        <Button variant="primary" onClick={() => setCreating(true)}>
          <Plus size={15} aria-hidden="true" />
          Create API key
        </Button>
      </div>
      <p className={styles.intro}>
        Scripts and other programs call the API with a key, sent as{' '}
        <code className={styles.mono}>Authorization: Bearer &lt;key&gt;</code>. A key acts as the person who
        created it. Its secret is shown once, when it is created; here you see only its first characters.
      </p>
      <section className={styles.card} aria-label="API keys">
        {keys.isError ? (
          <ErrorState
            title="API keys could not be loaded"
            message={errorMessage(keys.error)}
            onRetry={() => void keys.refetch()}
            retrying={keys.isFetching}
          />
        ) : keys.isPending ? (
          <p className={styles.intro} role="status" style={{ padding: 16 }}>
            Loading keys…
          </p>
        ) : keys.data.data.length === 0 ? (
          <EmptyState
            icon={<KeyRound size={22} aria-hidden="true" />}
            title="No API keys yet"
            message="Create one for each script, so you can revoke one without breaking the others."
          />
        ) : (
          <KeyTable keys={keys.data.data} onRevoke={setRevoking} />
        )}
      </section>
      <CreateKeyDialog open={creating} onClose={() => setCreating(false)} />
      <RevokeKeyDialog apiKey={revoking} onClose={() => setRevoking(null)} />
    </>
  );
}

function KeyTable({ keys, onRevoke }: { keys: ApiKey[]; onRevoke: (key: ApiKey) => void }) {
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Key</th>
          <th scope="col">Acts as</th>
          <th scope="col">Created</th>
          <th scope="col">Last used</th>
          <th scope="col">Status</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {keys.map((k) => (
          <tr key={k.id} className={k.revokedAt ? styles.revoked : undefined}>
            <th scope="row" style={{ fontWeight: 500, textAlign: 'left' }}>
              {k.name}
            </th>
            <td className={styles.mono}>{k.prefix}…</td>
            <td>
              {displayName(k.owner)} <span className={styles.muted}>({ROLE_LABELS[k.owner.role]})</span>
            </td>
            <td>{formatDateTime(k.createdAt)}</td>
            <td>
              {k.lastUsedAt ? formatDateTime(k.lastUsedAt) : <span className={styles.muted}>Never</span>}
            </td>
            <td>
              {k.revokedAt ? (
                <Badge tone="neutral">Revoked {formatDateTime(k.revokedAt)}</Badge>
              ) : (
                <Badge tone="success">Active</Badge>
              )}
            </td>
            <td>
              {!k.revokedAt && (
                <Button
                  size="small"
                  variant="danger"
                  onClick={() => onRevoke(k)}
                  aria-label={`Revoke ${k.name}`}
                >
                  Revoke
                </Button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
