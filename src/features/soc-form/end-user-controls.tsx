import { Plus, Trash2 } from 'lucide-react';
import { memo } from 'react';
import { useFieldArray, useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { Button } from '../../components/button';
import { RowField } from './controls';
import type { SectionIn } from './form-values';
import { SectionFrame } from './section-frame';
import { addButtonId } from './section-meta';
import { useSectionForm, type SectionProps } from './use-section-form';
import styles from './soc-form.module.css';

type Values = SectionIn<'endUserControls'>;

export function EndUserControlsSection(props: SectionProps) {
  const { form, frame } = useSectionForm('endUserControls', props);
  const { errors } = form.formState;
  const rows = useFieldArray({ control: form.control, name: 'userControls' });
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
          <Tally control={form.control} />
        )}
        <ol className={styles.rows}>
          {rows.fields.map((row, i) => (
            <ControlRow
              key={row.id}
              index={i}
              register={form.register}
              error={errors.userControls?.[i]?.description?.message}
              onRemove={rows.remove}
            />
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

/**
 * "12 of 20 in place": its own component, and recomputed from the values without re-rendering when the counts
 * stay the same, so typing into one of hundreds of rows does not re-render the section.
 */
function Tally({ control }: { control: Control<Values, unknown, unknown> }) {
  const { total, notInPlace } = useWatch({
    control,
    name: 'userControls',
    compute: (controls) => ({
      total: controls?.length ?? 0,
      notInPlace: controls?.filter((c) => c?.inPlace === false).length ?? 0,
    }),
  });
  return (
    <p className={styles.tally}>
      {total - notInPlace} of {total} in place
      {notInPlace > 0 && <strong> · {notInPlace} not in place</strong>}
    </p>
  );
}

/** One row, memoised: a section re-render (dirty state, an error, the rail) only re-renders rows that changed. */
const ControlRow = memo(function ControlRow(props: {
  index: number;
  register: UseFormRegister<Values>;
  error: string | undefined;
  onRemove: (index: number) => void;
}) {
  const { index: i, register, onRemove } = props;
  return (
    <li className={styles.row}>
      <span className={styles.rowNumber} aria-hidden="true">
        {i + 1}.
      </span>
      <div className={styles.rowStack}>
        <RowField label={`Control ${i + 1} description`} error={props.error}>
          <textarea rows={2} {...register(`userControls.${i}.description`)} />
        </RowField>
        <label className={styles.choice}>
          <input type="checkbox" {...register(`userControls.${i}.inPlace`)} />
          In place at our company
          <span className="visually-hidden"> (control {i + 1})</span>
        </label>
      </div>
      <Button variant="ghost" size="small" aria-label={`Remove control ${i + 1}`} onClick={() => onRemove(i)}>
        <Trash2 size={15} aria-hidden="true" /> Remove
      </Button>
    </li>
  );
});
