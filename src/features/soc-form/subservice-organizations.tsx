import { Controller, useWatch } from 'react-hook-form';
import { Field } from '../../components/field';
import { isBlank } from '../../contract/primitives';
import { ChoiceGroup } from './controls';
import { SectionFrame } from './section-frame';
import { useSectionForm, type SectionProps } from './use-section-form';

const METHOD_OPTIONS = [
  { value: true, label: 'Inclusive' },
  { value: false, label: 'Carve-out' },
  { value: null, label: 'Not applicable' },
] as const;

export function SubserviceOrganizationsSection(props: SectionProps) {
  const { form, frame } = useSectionForm('subserviceOrganizations', props);
  const { errors } = form.formState;
  const named = !isBlank(useWatch({ control: form.control, name: 'subserviceOrganization' }));
  return (
    <SectionFrame {...frame}>
      <Field
        label="Subservice organizations"
        hint="The vendor's own vendors the report names (for example its cloud host)."
        error={errors.subserviceOrganization?.message}
      >
        <textarea rows={3} {...form.register('subserviceOrganization')} />
      </Field>
      <Controller
        control={form.control}
        name="subserviceOrganizationUsingInclusiveMethod"
        render={({ field }) => (
          <ChoiceGroup
            legend="Method"
            hint="Inclusive: their controls were tested in this report. Carve-out: they were excluded, so their own report matters too."
            options={METHOD_OPTIONS}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            error={errors.subserviceOrganizationUsingInclusiveMethod?.message}
          />
        )}
      />
      <Field
        label="Procedures performed on subservice organizations"
        required={named}
        hint="For example: reviewed their own SOC report."
        error={errors.subserviceOrganizationProcedurePerformed?.message}
      >
        <textarea rows={4} {...form.register('subserviceOrganizationProcedurePerformed')} />
      </Field>
    </SectionFrame>
  );
}
