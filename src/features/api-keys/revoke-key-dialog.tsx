import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toast } from 'sonner';
import { errorMessage } from '../../api-client';
import { Button } from '../../components/button';
import { Dialog, DialogActions } from '../../components/dialog';
import type { ApiKey } from '../../contract/api-keys';
import { apiKeyQueries, revokeApiKey } from './api-key-queries';
import styles from './api-keys.module.css';

/** Revoking cannot be undone and stops every program using the key at once: say so, then do it. */
export function RevokeKeyDialog({ apiKey, onClose }: { apiKey: ApiKey | null; onClose: () => void }) {
  const client = useQueryClient();
  const mutation = useMutation({
    mutationFn: revokeApiKey,
    onSuccess: () => {
      toast.success(`Key “${apiKey?.name ?? ''}” revoked`);
      close();
    },
    onSettled: () => client.invalidateQueries({ queryKey: apiKeyQueries.all() }),
  });
  function close() {
    mutation.reset();
    onClose();
  }
  return (
    <Dialog open={apiKey !== null} onClose={close} title="Revoke API key">
      {apiKey && (
        <>
          <p className={styles.text}>
            Revoke <strong>{apiKey.name}</strong> (<span className={styles.mono}>{apiKey.prefix}…</span>)?
            Every program using it is refused from its next request on. This cannot be undone.
          </p>
          <DialogActions error={mutation.isError ? errorMessage(mutation.error) : null}>
            <Button onClick={close}>Cancel</Button>
            <Button variant="danger" disabled={mutation.isPending} onClick={() => mutation.mutate(apiKey.id)}>
              {mutation.isPending ? 'Revoking…' : 'Revoke key'}
            </Button>
          </DialogActions>
        </>
      )}
    </Dialog>
  );
}
