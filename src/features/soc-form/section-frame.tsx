import { useId, type ReactNode } from 'react';
import { CircleCheck, CircleAlert } from 'lucide-react';
import type { Blocker } from 'react-router';
import { Button } from '../../components/button';
import type { SocSection } from '../../contract/soc-form';
import type { Choices } from './conflict';
import { ConflictView } from './conflict-view';
import { DraftNoticeBar, NotKeptBar, type DraftNotice } from './draft-notice';
import { LeaveDialog } from './leave-dialog';
import { SaveProblemBanner } from './save-problem';
import type { SaveProblem } from './save-section';
import { SaveStatusLine, type SaveStatus } from './save-status';
import { SECTION_TITLES, fieldLabel, saveButtonId } from './section-meta';
import type { Conflict } from './use-section-save';
import styles from './soc-form.module.css';

export interface SectionFrameProps {
  section: SocSection;
  missing: string[];
  readOnlyReason: string | null;
  status: SaveStatus;
  problem: SaveProblem | null;
  blocker: Blocker;
  hasNext: boolean;
  /** Unsaved edits are kept in this browser (a user is known): leaving then loses nothing. */
  draftsOn: boolean;
  draftNotice: DraftNotice | null;
  /** The browser refused to store the unsaved edits (storage full or off). */
  draftNotKept: boolean;
  onDiscardDraft: () => void;
  conflict: Conflict<SocSection> | null;
  onResolveConflict: (choices: Choices) => void;
  onSave: (next: boolean) => void;
  onRetry: () => void;
  onFocusMissing: (path: string) => void;
}

/**
 * The chrome every section shares: heading, restored-draft notice, live missing list, read-only note, save
 * buttons with the save status, errors, and (after a conflicting save) the theirs/yours choice in its place.
 */
export function SectionFrame(props: SectionFrameProps & { children: ReactNode }) {
  const { section, missing, readOnlyReason, status, hasNext, conflict } = props;
  const readOnly = readOnlyReason !== null;
  const busy = status.kind === 'saving' || status.kind === 'offline';
  const headingId = useId();
  return (
    <>
      {conflict && (
        <ConflictView
          key={conflict.current.version ?? 0}
          section={section}
          conflict={conflict}
          onApply={props.onResolveConflict}
        />
      )}
      {/* Hidden, not unmounted, while the conflict is open: the inputs keep the user's values. */}
      <form
        className={styles.form}
        aria-labelledby={headingId}
        noValidate
        hidden={conflict !== null}
        onSubmit={(e) => {
          e.preventDefault();
          props.onSave(false);
        }}
      >
        <h2 id={headingId} className={styles.heading}>
          {SECTION_TITLES[section]}
        </h2>
        {props.draftNotice && <DraftNoticeBar notice={props.draftNotice} onDiscard={props.onDiscardDraft} />}
        {props.draftNotKept && <NotKeptBar />}
        {readOnly && <p className={styles.readOnly}>{readOnlyReason}</p>}
        <div className={styles.missing} role="status">
          {missing.length === 0 ? (
            <span className={styles.complete}>
              <CircleCheck size={16} aria-hidden="true" /> Everything this section needs to finalize is filled
              in.
            </span>
          ) : (
            <>
              <span className={styles.missingLabel}>
                <CircleAlert size={16} aria-hidden="true" /> Missing to finalize:
              </span>
              {missing.map((path) => (
                <button
                  key={path}
                  type="button"
                  className={styles.missingItem}
                  onClick={() => props.onFocusMissing(path)}
                >
                  {fieldLabel(path)}
                </button>
              ))}
            </>
          )}
        </div>
        <fieldset className={styles.fields} disabled={readOnly}>
          {props.children}
        </fieldset>
        {props.problem && <SaveProblemBanner problem={props.problem} />}
        {!readOnly && (
          <div className={styles.actions}>
            <Button id={saveButtonId(section)} type="submit" variant="primary" disabled={busy}>
              Save
            </Button>
            {hasNext && (
              <Button disabled={busy} onClick={() => props.onSave(true)}>
                Save and continue
              </Button>
            )}
            <SaveStatusLine
              status={status}
              onRetry={props.onRetry}
              kept={props.draftsOn && !props.draftNotKept}
            />
          </div>
        )}
        <LeaveDialog blocker={props.blocker} section={section} draftKept={props.draftsOn} />
      </form>
    </>
  );
}
