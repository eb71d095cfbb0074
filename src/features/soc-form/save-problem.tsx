import { Button } from '../../components/button';
import type { SaveProblem } from './save-section';
import styles from './soc-form.module.css';

/** Why the last save failed and what the user can do; their input stays in the form in every case. */
export function SaveProblemBanner(props: {
  problem: SaveProblem;
  onRetry: () => void;
  onReloadTheirs: () => void;
}) {
  const { problem } = props;
  return (
    <div className={styles.problem} role="alert">
      {problem.kind === 'invalid' && (
        <>
          <p className={styles.problemTitle}>Some answers need fixing before this section can be saved.</p>
          {problem.messages.length > 0 && (
            <ul>
              {problem.messages.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
        </>
      )}
      {problem.kind === 'conflict' && (
        <>
          <p className={styles.problemTitle}>{problem.message}</p>
          <p>Reloading replaces what you typed in this section with their saved version.</p>
          <Button size="small" onClick={props.onReloadTheirs}>
            Reload their version
          </Button>
        </>
      )}
      {problem.kind === 'network' && (
        <>
          <p className={styles.problemTitle}>Not saved. {problem.message}</p>
          <Button size="small" onClick={props.onRetry}>
            Retry
          </Button>
        </>
      )}
      {problem.kind === 'other' && <p className={styles.problemTitle}>Not saved. {problem.message}</p>}
    </div>
  );
}
