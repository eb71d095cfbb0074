import { useQuery } from '@tanstack/react-query';
import { Controller } from 'react-hook-form';
import { Field } from '../../components/field';
import { todayUtc } from '../../contract/primitives';
import { displayName } from '../../contract/user';
import { userQueries } from '../users/user-queries';
import { SectionFrame } from './section-frame';
import { useSectionForm, type SectionProps } from './use-section-form';

export function ReviewerInformationSection(props: SectionProps) {
  const { form, frame } = useSectionForm('reviewerInformation', props);
  const { errors } = form.formState;
  // Only people who may review are offered; everyone is loaded to name a current reviewer no longer offered.
  const users = useQuery(userQueries.reviewers());
  const everyone = useQuery(userQueries.list());
  const people = users.data?.data ?? [];
  const nameOf = (id: number) => {
    const person = everyone.data?.data.find((p) => p.id === id);
    return person ? `${displayName(person)} (cannot review)` : `User ${id}`;
  };
  return (
    <SectionFrame {...frame}>
      <Controller
        control={form.control}
        name="reviewerUserId"
        render={({ field }) => (
          <Field
            label="Reviewer"
            required
            error={errors.reviewerUserId?.message}
            hint={
              users.isError
                ? 'The list of people could not be loaded; reload the page to try again.'
                : undefined
            }
          >
            {/* Controlled, so the choice shows even when the people arrive after the form. */}
            <select
              ref={field.ref}
              name={field.name}
              value={field.value == null ? '' : String(field.value)}
              onChange={(e) => field.onChange(e.target.value === '' ? null : Number(e.target.value))}
              onBlur={field.onBlur}
            >
              <option value="">Not assigned</option>
              {field.value != null && !people.some((p) => p.id === field.value) && (
                <option value={String(field.value)}>
                  {users.isPending ? 'Loading…' : nameOf(field.value)}
                </option>
              )}
              {people.map((p) => (
                <option key={p.id} value={String(p.id)}>
                  {displayName(p)}
                </option>
              ))}
            </select>
          </Field>
        )}
      />
      <Field
        label="Report issue date"
        required
        hint="The date of the auditor's opinion letter (not the audit period). It cannot be in the future."
        error={errors.reportIssueDate?.message}
      >
        <input type="date" max={todayUtc()} {...form.register('reportIssueDate')} />
      </Field>
    </SectionFrame>
  );
}
