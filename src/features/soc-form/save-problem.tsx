import type { SaveProblem } from './save-section';
import styles from './soc-form.module.css';

/** Why the last save was refused, when the user must act on it; their input stays in the form in every case. */
export function SaveProblemBanner({ problem }: { problem: SaveProblem }) {
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
      {problem.kind === 'completed' && <p className={styles.problemTitle}>{problem.message}</p>}
    </div>
  );
}
