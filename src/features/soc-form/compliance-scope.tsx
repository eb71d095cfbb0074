import { Controller, useWatch } from 'react-hook-form';
import { Field } from '../../components/field';
import {
  CERTIFICATIONS,
  CERTIFICATION_LABELS,
  CRITERIA_LABELS,
  SCOPE_TYPES,
  SCOPE_TYPE_LABELS,
  TRUST_SERVICE_CRITERIA,
} from '../../contract/enums';
import { CheckboxGroup, ChoiceGroup } from './controls';
import { SectionFrame } from './section-frame';
import { useSectionForm, type SectionProps } from './use-section-form';
import styles from './soc-form.module.css';

const CERT_OPTIONS = CERTIFICATIONS.map((value) => ({ value, label: CERTIFICATION_LABELS[value] }));
const SCOPE_OPTIONS = SCOPE_TYPES.map((value) => ({ value, label: SCOPE_TYPE_LABELS[value] }));
// Security first: every SOC 2 covers it; the others are elected.
const CRITERIA_ORDER = ['SECURITY', ...TRUST_SERVICE_CRITERIA.filter((c) => c !== 'SECURITY')] as const;
const CRITERIA_OPTIONS = CRITERIA_ORDER.map((value) => ({ value, label: CRITERIA_LABELS[value] }));

export function ComplianceScopeSection(props: SectionProps) {
  const { form, frame } = useSectionForm('complianceScope', props);
  const { errors } = form.formState;
  const [certification, scopeType] = useWatch({
    control: form.control,
    name: ['certification', 'scopeType'],
  });
  const criteriaAsked = certification == null || certification === 'SOC_2';
  return (
    <SectionFrame {...frame}>
      <Controller
        control={form.control}
        name="certification"
        render={({ field }) => (
          <ChoiceGroup
            legend="SOC report type"
            required
            hint="SOC 1: financial reporting. SOC 2: security and the other trust services criteria. SOC 3: a public summary."
            options={CERT_OPTIONS}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            error={errors.certification?.message}
          />
        )}
      />
      <Controller
        control={form.control}
        name="scopeType"
        render={({ field }) => (
          <ChoiceGroup
            legend="Scope type"
            required
            hint="Type 1 tests the design of controls at one date; Type 2 tests how they operated over a period."
            options={SCOPE_OPTIONS}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            error={errors.scopeType?.message}
          />
        )}
      />
      {scopeType === 'TYPE_1' && (
        <Field label="Audit date" required error={errors.auditPeriod?.message}>
          <input type="date" {...form.register('auditPeriod')} />
        </Field>
      )}
      {scopeType === 'TYPE_2' && (
        <div className={styles.pair}>
          <Field label="Audit period start" required error={errors.auditPeriodRange?.start?.message}>
            <input type="date" {...form.register('auditPeriodRange.start')} />
          </Field>
          <Field label="Audit period end" required error={errors.auditPeriodRange?.end?.message}>
            <input type="date" {...form.register('auditPeriodRange.end')} />
          </Field>
        </div>
      )}
      {scopeType == null && (
        <p className={styles.hint}>
          Choose a scope type to enter the audit date (Type 1) or audit period (Type 2).
        </p>
      )}
      {criteriaAsked && (
        <Controller
          control={form.control}
          name="trustServiceCriteria"
          render={({ field }) => (
            <CheckboxGroup
              legend="Trust services criteria"
              required
              hint="Security is always in scope of a SOC 2; the others are elected by the vendor."
              options={CRITERIA_OPTIONS}
              value={field.value}
              onChange={field.onChange}
              inputRef={field.ref}
              error={errors.trustServiceCriteria?.message}
            />
          )}
        />
      )}
    </SectionFrame>
  );
}
