import { Plus, Trash2 } from 'lucide-react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { Button } from '../../components/button';
import { RowField } from './controls';
import { SectionFrame } from './section-frame';
import { addButtonId } from './section-meta';
import { useSectionForm, type SectionProps } from './use-section-form';
import styles from './soc-form.module.css';

export function EndUserControlsSection(props: SectionProps) {
  const { form, frame } = useSectionForm('endUserControls', props);
  const { errors } = form.formState;
  const rows = useFieldArray({ control: form.control, name: 'userControls' });
  const controls = useWatch({ control: form.control, name: 'userControls' }) ?? [];
  const notInPlace = controls.filter((c) => c?.inPlace === false).length;
  return (
    <SectionFrame {...frame}>
      <div className={styles.list}>
        <h3 className={styles.listTitle}>End-user controls</h3>
        <p className={styles.hint}>
          Complementary user entity controls (CUECs): controls the vendor expects its customers to run. A
          control not in place at our company is a gap in our own controls.
        </p>
        {rows.fields.length === 0 ? (
          <p className={styles.empty}>No end-user controls recorded.</p>
        ) : (
          <p className={styles.tally}>
            {controls.length - notInPlace} of {controls.length} in place
            {notInPlace > 0 && <strong> · {notInPlace} not in place</strong>}
          </p>
        )}
        <ol className={styles.rows}>
          {rows.fields.map((row, i) => (
            <li key={row.id} className={styles.row}>
              <span className={styles.rowNumber} aria-hidden="true">
                {i + 1}.
              </span>
              <div className={styles.rowStack}>
                <RowField
                  label={`Control ${i + 1} description`}
                  error={errors.userControls?.[i]?.description?.message}
                >
                  <textarea rows={2} {...form.register(`userControls.${i}.description`)} />
                </RowField>
                <label className={styles.choice}>
                  <input type="checkbox" {...form.register(`userControls.${i}.inPlace`)} />
                  In place at our company
                  <span className="visually-hidden"> (control {i + 1})</span>
                </label>
              </div>
              <Button
                variant="ghost"
                size="small"
                aria-label={`Remove control ${i + 1}`}
                onClick={() => rows.remove(i)}
              >
                <Trash2 size={15} aria-hidden="true" /> Remove
              </Button>
            </li>
          ))}
        </ol>
        <Button
          id={addButtonId('endUserControls', 'userControls')}
          size="small"
          onClick={() => rows.append({ description: '', inPlace: false })}
        >
          <Plus size={15} aria-hidden="true" /> Add control
        </Button>
      </div>
    </SectionFrame>
  );
}
