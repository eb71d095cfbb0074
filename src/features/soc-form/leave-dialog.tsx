import type { Blocker } from 'react-router';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import type { SocSection } from '../../contract/soc-form';
import { SECTION_TITLES } from './section-meta';

/**
 * Asks before a navigation leaves unsaved changes behind (the router's blocker holds the navigation meanwhile).
 * With drafts on, leaving loses nothing: the changes wait in this browser for the user's return.
 */
export function LeaveDialog(props: { blocker: Blocker; section: SocSection; draftKept: boolean }) {
  const { blocker, section, draftKept } = props;
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
          <Button variant={draftKept ? 'default' : 'danger'} onClick={() => blocker.proceed?.()}>
            {draftKept ? 'Leave and keep the draft' : 'Leave without saving'}
          </Button>
        </>
      }
    >
      <p style={{ margin: 0 }}>
        Your changes in <strong>{SECTION_TITLES[section]}</strong> are not saved.{' '}
        {draftKept
          ? 'If you leave, they stay in this browser as a draft and come back when you return to this section.'
          : 'If you leave now, they are lost.'}
      </p>
    </Dialog>
  );
}
