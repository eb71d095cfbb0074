import { Plus, Trash2 } from 'lucide-react';
import { useFieldArray } from 'react-hook-form';
import { Button } from '../../components/button';
import { RequiredMark, RowField } from './controls';
import { SectionFrame } from './section-frame';
import { addButtonId } from './section-meta';
import { useSectionForm, type SectionProps } from './use-section-form';
import styles from './soc-form.module.css';

export function ServicesAndLocationsSection(props: SectionProps) {
  const { form, frame } = useSectionForm('servicesAndLocations', props);
  const { errors } = form.formState;
  const services = useFieldArray({ control: form.control, name: 'services' });
  const locations = useFieldArray({ control: form.control, name: 'locations' });
  return (
    <SectionFrame {...frame}>
      <div className={styles.list}>
        <h3 className={styles.listTitle}>
          Services <RequiredMark />
        </h3>
        <p className={styles.hint}>The services the report covers: they should include what we buy.</p>
        {services.fields.length === 0 && <p className={styles.empty}>No services recorded.</p>}
        <ol className={styles.rows}>
          {services.fields.map((row, i) => (
            <li key={row.id} className={styles.row}>
              <span className={styles.rowNumber} aria-hidden="true">
                {i + 1}.
              </span>
              <RowField label={`Service ${i + 1} name`} error={errors.services?.[i]?.name?.message}>
                <input type="text" placeholder="Service name" {...form.register(`services.${i}.name`)} />
              </RowField>
              <Button
                variant="ghost"
                size="small"
                aria-label={`Remove service ${i + 1}`}
                onClick={() => services.remove(i)}
              >
                <Trash2 size={15} aria-hidden="true" /> Remove
              </Button>
            </li>
          ))}
        </ol>
        <Button
          id={addButtonId('servicesAndLocations', 'services')}
          size="small"
          onClick={() => services.append({ name: '' })}
        >
          <Plus size={15} aria-hidden="true" /> Add service
        </Button>
      </div>

      <div className={styles.list}>
        <h3 className={styles.listTitle}>Locations</h3>
        <p className={styles.hint}>Data centres and offices the report covers.</p>
        {locations.fields.length === 0 && <p className={styles.empty}>No locations recorded.</p>}
        <ol className={styles.rows}>
          {locations.fields.map((row, i) => (
            <li key={row.id} className={styles.row}>
              <span className={styles.rowNumber} aria-hidden="true">
                {i + 1}.
              </span>
              <div className={styles.pair}>
                <RowField label={`Location ${i + 1} city`} error={errors.locations?.[i]?.city?.message}>
                  <input
                    type="text"
                    placeholder="City"
                    maxLength={191}
                    {...form.register(`locations.${i}.city`)}
                  />
                </RowField>
                <RowField
                  label={`Location ${i + 1} state or country`}
                  error={errors.locations?.[i]?.stateOrCountry?.message}
                >
                  <input
                    type="text"
                    placeholder="State or country"
                    maxLength={191}
                    {...form.register(`locations.${i}.stateOrCountry`)}
                  />
                </RowField>
              </div>
              <Button
                variant="ghost"
                size="small"
                aria-label={`Remove location ${i + 1}`}
                onClick={() => locations.remove(i)}
              >
                <Trash2 size={15} aria-hidden="true" /> Remove
              </Button>
            </li>
          ))}
        </ol>
        <Button
          id={addButtonId('servicesAndLocations', 'locations')}
          size="small"
          onClick={() => locations.append({ city: '', stateOrCountry: '' })}
        >
          <Plus size={15} aria-hidden="true" /> Add location
        </Button>
      </div>
    </SectionFrame>
  );
}
