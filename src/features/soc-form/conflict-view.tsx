import { useId, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { GitMerge } from 'lucide-react';
import { Button } from '../../components/button';
import type { SocSection } from '../../contract/soc-form';
import { userQueries, type UserPage } from '../users/user-queries';
import { personName } from '../review-detail/format';
import { chooseAll, differingFields, type Choices, type Side } from './conflict';
import { fieldTitle, showValue, type ShownValue } from './conflict-format';
import type { SectionIn } from './form-values';
import { SECTION_TITLES } from './section-meta';
import type { Conflict } from './use-section-save';
import styles from './unsaved.module.css';

interface Props<K extends SocSection> {
  section: K;
  conflict: Conflict<K>;
  onApply: (choices: Choices) => void;
}

/**
 * Someone else saved this section while the user was editing it: each answer that differs, theirs beside yours,
 * with a choice per answer (yours by default). Applying puts the chosen answers in the form, to be saved again.
 */
export function ConflictView<K extends SocSection>({ section, conflict, onApply }: Props<K>) {
  const headingId = useId();
  const fields = differingFields(section, conflict.theirs, conflict.yours as SectionIn<K>);
  const [choices, setChoices] = useState<Choices>(() => chooseAll(fields, 'yours'));
  const people = useQueryClient().getQueryData<UserPage>(userQueries.list().queryKey)?.data;
  const nameOf = (id: number) => personName(id, people);
  const theirs = conflict.theirs as Record<string, unknown>;
  const yours = conflict.yours as Record<string, unknown>;
  const choose = (field: string, side: Side) => setChoices((c) => ({ ...c, [field]: side }));

  return (
    <section className={styles.conflict} aria-labelledby={headingId}>
      <h2 id={headingId}>
        <GitMerge size={18} aria-hidden="true" /> {SECTION_TITLES[section]}: someone else saved changes
      </h2>
      <p className={styles.conflictIntro} role="alert">
        Your changes are not saved yet, and nothing is lost. While you were editing, someone else saved this
        section.{' '}
        {fields.length > 0
          ? 'Choose which version to keep for each answer that differs, then save.'
          : 'Their answers are the same as yours.'}
      </p>
      {fields.length > 0 && (
        <>
          <div className={styles.conflictAll}>
            <Button size="small" onClick={() => setChoices(chooseAll(fields, 'yours'))}>
              Keep all mine
            </Button>
            <Button size="small" onClick={() => setChoices(chooseAll(fields, 'theirs'))}>
              Take all theirs
            </Button>
          </div>
          <table className={styles.conflictTable}>
            <caption className="visually-hidden">Answers that differ</caption>
            <thead>
              <tr>
                <th scope="col">Answer</th>
                <th scope="col">Theirs (saved)</th>
                <th scope="col">Yours (not saved)</th>
              </tr>
            </thead>
            <tbody>
              {fields.map((field) => {
                const title = fieldTitle(section, field);
                return (
                  <tr key={field}>
                    <th scope="row">{title}</th>
                    {(['theirs', 'yours'] as const).map((side) => (
                      <td
                        key={side}
                        className={choices[field] === side ? styles.chosen : undefined}
                        // The whole cell picks its side; the radio inside stays the accessible control.
                        onClick={() => choose(field, side)}
                      >
                        <label className={styles.conflictChoice}>
                          <input
                            type="radio"
                            name={`${headingId}-${field}`}
                            checked={choices[field] === side}
                            onChange={() => choose(field, side)}
                            aria-label={`${title}: ${side}`}
                          />
                          <span className={styles.conflictSide}>
                            {side === 'theirs' ? 'Theirs' : 'Yours'}
                          </span>
                        </label>
                        <Shown
                          value={showValue(field, (side === 'theirs' ? theirs : yours)[field], nameOf)}
                        />
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      <div className={styles.conflictActions}>
        <Button variant="primary" onClick={() => onApply(choices)}>
          {fields.length > 0 ? 'Use these answers' : 'Continue editing'}
        </Button>
        <span className={styles.hint}>Nothing is saved until you save the section.</span>
      </div>
    </section>
  );
}

const MAX_ITEMS = 20;

function Shown({ value }: { value: ShownValue }) {
  if (value.kind === 'empty') return <p className={styles.conflictEmpty}>{value.text}</p>;
  if (value.kind === 'text') return <p className={styles.conflictText}>{value.text}</p>;
  const rest = value.items.length - MAX_ITEMS;
  return (
    <ol className={styles.conflictList}>
      {value.items.slice(0, MAX_ITEMS).map((item, i) => (
        <li key={i}>{item}</li>
      ))}
      {rest > 0 && (
        <li className={styles.conflictEmpty}>
          … and {rest} more ({value.items.length} in all)
        </li>
      )}
    </ol>
  );
}
