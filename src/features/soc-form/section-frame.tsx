import { useId, type ReactNode } from 'react';
import { CircleCheck, CircleAlert } from 'lucide-react';
import type { Blocker } from 'react-router';
import { Button } from '../../components/button';
import type { SocSection } from '../../contract/soc-form';
import { LeaveDialog } from './leave-dialog';
import { SaveProblemBanner } from './save-problem';
import type { SaveProblem } from './save-section';
import { SECTION_TITLES, fieldLabel } from './section-meta';
import styles from './soc-form.module.css';

export interface SectionFrameProps {
  section: SocSection;
  missing: string[];
  readOnlyReason: string | null;
  saving: boolean;
  problem: SaveProblem | null;
  blocker: Blocker;
  hasNext: boolean;
  onSave: (next: boolean) => void;
  onRetry: () => void;
  onReloadTheirs: () => void;
  onFocusMissing: (path: string) => void;
}

/** The chrome every section shares: heading, live missing list, read-only note, save buttons, errors. */
export function SectionFrame(props: SectionFrameProps & { children: ReactNode }) {
  const { section, missing, readOnlyReason, saving, hasNext } = props;
  const readOnly = readOnlyReason !== null;
  const headingId = useId();
  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave(false);
      }}
    >
      <h2 id={headingId} className={styles.heading}>
        {SECTION_TITLES[section]}
      </h2>
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
      {props.problem && (
        <SaveProblemBanner
          problem={props.problem}
          onRetry={props.onRetry}
          onReloadTheirs={props.onReloadTheirs}
        />
      )}
      {!readOnly && (
        <div className={styles.actions}>
          <Button type="submit" variant="primary" disabled={saving}>
            Save
          </Button>
          {hasNext && (
            <Button disabled={saving} onClick={() => props.onSave(true)}>
              Save and continue
            </Button>
          )}
          {saving && (
            <span className={styles.saving} role="status">
              Saving…
            </span>
          )}
        </div>
      )}
      <LeaveDialog blocker={props.blocker} section={section} />
    </form>
  );
}
