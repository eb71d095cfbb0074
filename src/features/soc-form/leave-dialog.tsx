import type { Blocker } from 'react-router';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import type { SocSection } from '../../contract/soc-form';
import { SECTION_TITLES } from './section-meta';

/** Asks before a navigation would drop unsaved changes (the router's blocker holds the navigation meanwhile). */
export function LeaveDialog({ blocker, section }: { blocker: Blocker; section: SocSection }) {
  const open = blocker.state === 'blocked';
  const stay = () => blocker.reset?.();
  return (
    <Dialog
      open={open}
      onClose={stay}
      title="Leave without saving?"
      footer={
        <>
          <Button onClick={stay} autoFocus>
            Stay and keep editing
          </Button>
          <Button variant="danger" onClick={() => blocker.proceed?.()}>
            Leave without saving
          </Button>
        </>
      }
    >
      <p style={{ margin: 0 }}>
        You have unsaved changes in <strong>{SECTION_TITLES[section]}</strong>. If you leave now, they are
        lost.
      </p>
    </Dialog>
  );
}
