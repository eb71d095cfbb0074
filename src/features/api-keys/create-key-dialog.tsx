import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Check, Copy } from 'lucide-react';
import { ApiError, errorMessage } from '../../api-client';
import { Button } from '../../components/button';
import { Dialog, DialogActions } from '../../components/dialog';
import { Field } from '../../components/field';
import { API_KEY_NAME_MAX, CreateApiKeyRequest, type CreatedApiKey } from '../../contract/api-keys';
import { apiKeyQueries, createApiKey } from './api-key-queries';
import styles from './api-keys.module.css';

/** Name the key, then see its secret once, with a Copy button and a plain warning that it will not come back. */
export function CreateKeyDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const mutation = useMutation({
    mutationFn: createApiKey,
    onSuccess: (key) => {
      setCreated(key);
      void client.invalidateQueries({ queryKey: apiKeyQueries.all() });
    },
  });
  function close() {
    // The secret leaves memory with the dialog: nothing keeps it once it is closed.
    setName('');
    setNameError(undefined);
    setCreated(null);
    mutation.reset();
    onClose();
  }
  const submit = () => {
    const parsed = CreateApiKeyRequest.safeParse({ name });
    if (!parsed.success) return setNameError(parsed.error.issues[0]?.message);
    mutation.mutate(parsed.data.name);
  };
  const serverNameError =
    mutation.error instanceof ApiError
      ? mutation.error.fieldErrors.find((e) => e.path === 'name')?.message
      : undefined;

  return (
    <Dialog open={open} onClose={close} title={created ? 'Copy your new API key' : 'Create API key'}>
      {created ? (
        <ShowOnce created={created} onDone={close} />
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <p className={styles.text}>
            The key acts as you, with your permissions. Use it in scripts as{' '}
            <code className={styles.mono}>Authorization: Bearer &lt;key&gt;</code>.
          </p>
          <Field
            label="Name"
            hint="What uses it, e.g. “Nightly export to the GRC tool”."
            error={nameError ?? serverNameError}
          >
            <input
              autoFocus
              value={name}
              maxLength={API_KEY_NAME_MAX}
              onChange={(e) => {
                setName(e.target.value);
                setNameError(undefined);
              }}
            />
          </Field>
          <DialogActions error={mutation.isError && !serverNameError ? errorMessage(mutation.error) : null}>
            <Button onClick={close}>Cancel</Button>
            <Button type="submit" variant="primary" disabled={mutation.isPending}>
              {mutation.isPending ? 'Creating…' : 'Create key'}
            </Button>
          </DialogActions>
        </form>
      )}
    </Dialog>
  );
}

function ShowOnce({ created, onDone }: { created: CreatedApiKey; onDone: () => void }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.key);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <>
      <p className={styles.warning} role="status">
        This is the only time the key is shown. Copy it now and keep it somewhere safe: SOC Review stores only
        a fingerprint of it and cannot show it again. If you lose it, revoke it and create another.
      </p>
      <div className={styles.secret}>
        <input
          aria-label={`API key “${created.name}”`}
          readOnly
          value={created.key}
          onFocus={(e) => e.currentTarget.select()}
        />
        <Button onClick={() => void copy()}>
          {copied === 'yes' ? <Check size={15} aria-hidden="true" /> : <Copy size={15} aria-hidden="true" />}
          {copied === 'yes' ? 'Copied' : 'Copy'}
        </Button>
      </div>
      {copied === 'failed' && (
        <p className={styles.muted} role="alert">
          Copying was not allowed here: select the key and copy it by hand.
        </p>
      )}
      <DialogActions>
        <Button variant="primary" onClick={onDone}>
          I have copied it
        </Button>
      </DialogActions>
    </>
  );
}
