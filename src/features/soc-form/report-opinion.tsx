import { Controller, useWatch } from 'react-hook-form';
import { Field } from '../../components/field';
import { OPINION_LABELS, REPORT_OPINIONS } from '../../contract/enums';
import { ChoiceGroup, YES_NO_UNANSWERED } from './controls';
import { SectionFrame } from './section-frame';
import { useSectionForm, type SectionProps } from './use-section-form';

const OPINION_OPTIONS = REPORT_OPINIONS.map((value) => ({ value, label: OPINION_LABELS[value] }));

export function ReportOpinionSection(props: SectionProps) {
  const { form, frame } = useSectionForm('reportOpinion', props);
  const { errors } = form.formState;
  const opinion = useWatch({ control: form.control, name: 'reportOpinion' });
  return (
    <SectionFrame {...frame}>
      <Controller
        control={form.control}
        name="reportOpinion"
        render={({ field }) => (
          <ChoiceGroup
            legend="Report opinion"
            required
            hint="Unqualified is a clean opinion; anything else needs a follow-up activity."
            options={OPINION_OPTIONS}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            error={errors.reportOpinion?.message}
          />
        )}
      />
      <Controller
        control={form.control}
        name="encompassBusinessNeeds"
        render={({ field }) => (
          <ChoiceGroup
            legend="Covers our business needs"
            required
            hint="Does the report cover the services we use (and not, say, only the vendor's cloud provider)?"
            options={YES_NO_UNANSWERED}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            error={errors.encompassBusinessNeeds?.message}
          />
        )}
      />
      {opinion != null && opinion !== 'UNQUALIFIED' && (
        <Field
          label="Follow-up activity"
          required
          hint="What we do about the opinion: ask the vendor, add a condition, compensate with our own controls…"
          error={errors.followUpActivity?.message}
        >
          <textarea rows={4} {...form.register('followUpActivity')} />
        </Field>
      )}
    </SectionFrame>
  );
}
