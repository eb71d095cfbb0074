import { Plus, Trash2 } from 'lucide-react';
import { Controller, useFieldArray } from 'react-hook-form';
import { Button } from '../../components/button';
import { ChoiceGroup, RowField, YES_NO_UNANSWERED } from './controls';
import { SectionFrame } from './section-frame';
import { addButtonId } from './section-meta';
import { useSectionForm, type SectionProps } from './use-section-form';
import styles from './soc-form.module.css';

export function FindingsSection(props: SectionProps) {
  const { form, frame } = useSectionForm('findings', props);
  const { errors } = form.formState;
  const rows = useFieldArray({ control: form.control, name: 'findings' });
  return (
    <SectionFrame {...frame}>
      <div className={styles.list}>
        <h3 className={styles.listTitle}>Findings</h3>
        <p className={styles.hint}>
          Exceptions the auditor found while testing controls, even under a clean opinion.
        </p>
        {rows.fields.length === 0 && <p className={styles.empty}>No findings recorded.</p>}
        <ol className={styles.rows}>
          {rows.fields.map((row, i) => (
            <li key={row.id} className={styles.row}>
              <span className={styles.rowNumber} aria-hidden="true">
                {i + 1}.
              </span>
              <RowField
                label={`Finding ${i + 1} description`}
                error={errors.findings?.[i]?.description?.message}
              >
                <textarea rows={2} {...form.register(`findings.${i}.description`)} />
              </RowField>
              <Button
                variant="ghost"
                size="small"
                aria-label={`Remove finding ${i + 1}`}
                onClick={() => rows.remove(i)}
              >
                <Trash2 size={15} aria-hidden="true" /> Remove
              </Button>
            </li>
          ))}
        </ol>
        <Button
          id={addButtonId('findings', 'findings')}
          size="small"
          onClick={() => rows.append({ description: '' })}
        >
          <Plus size={15} aria-hidden="true" /> Add finding
        </Button>
      </div>
      {rows.fields.length > 0 && (
        <Controller
          control={form.control}
          name="hasMaterialImpact"
          render={({ field }) => (
            <ChoiceGroup
              legend="Material impact"
              required
              hint="Do these findings have a material impact on us?"
              options={YES_NO_UNANSWERED}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={errors.hasMaterialImpact?.message}
            />
          )}
        />
      )}
    </SectionFrame>
  );
}
