import { useQuery } from '@tanstack/react-query';
import { Plus } from 'lucide-react';
import { lazy, Suspense, useState } from 'react';
import { Button } from '../../components/button';
import { can } from '../../contract/permissions';
import { meQuery } from '../auth/auth-queries';
import { Dialog } from '../../components/dialog';

// The form (and its file upload code) loads when the dialog first opens, not with the list.
const CreateReviewForm = lazy(() =>
  import('./create-review-form').then((m) => ({ default: m.CreateReviewForm })),
);

export function NewReviewButton() {
  const { data: me } = useQuery(meQuery);
  const [open, setOpen] = useState(false);
  const allowed = can(me?.permissions, 'vendors-post-security-review');
  return (
    <>
      <Button
        variant="primary"
        onClick={() => setOpen(true)}
        disabled={!allowed}
        title={allowed ? undefined : 'Your role can read reviews but not start them'}
      >
        <Plus size={16} aria-hidden="true" />
        New review
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title="New review">
        {me && open && (
          <Suspense fallback={<p>Loading…</p>}>
            <CreateReviewForm me={me} onClose={() => setOpen(false)} />
          </Suspense>
        )}
      </Dialog>
    </>
  );
}
