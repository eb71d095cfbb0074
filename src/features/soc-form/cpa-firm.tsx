import { Field } from '../../components/field';
import { SectionFrame } from './section-frame';
import { useSectionForm, type SectionProps } from './use-section-form';

export function CpaFirmSection(props: SectionProps) {
  const { form, frame } = useSectionForm('cpaFirm', props);
  const { errors } = form.formState;
  return (
    <SectionFrame {...frame}>
      <Field
        label="CPA firm"
        required
        hint="The firm that signed the report."
        error={errors.cpaFirm?.message}
      >
        <input type="text" maxLength={191} {...form.register('cpaFirm')} />
      </Field>
      <Field
        label="Procedures performed on the CPA firm"
        hint="What you did to trust the firm: licence lookup, peer review report…"
        error={errors.cpaProcedurePerformed?.message}
      >
        <textarea rows={4} {...form.register('cpaProcedurePerformed')} />
      </Field>
    </SectionFrame>
  );
}
