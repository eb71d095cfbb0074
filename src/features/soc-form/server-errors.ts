import type { FieldError } from '../../contract/errors';
import type { SocSection } from '../../contract/soc-form';

export interface MappedErrors {
  /** Errors that name a field of this section's form, with the form's field name. */
  fields: { name: string; message: string }[];
  /** Errors the form cannot place next to a field; shown above the buttons. */
  other: string[];
}

/**
 * A 400's `errors[]` paths are as in the request body (`socForm.complianceScope.auditPeriodRange.end`); the form
 * names its fields without the `socForm.<section>.` prefix (`auditPeriodRange.end`, `findings.1.description`).
 */
export function mapServerErrors(section: SocSection, errors: readonly FieldError[]): MappedErrors {
  const prefix = `socForm.${section}.`;
  const result: MappedErrors = { fields: [], other: [] };
  for (const error of errors) {
    if (error.path.startsWith(prefix) && error.path.length > prefix.length) {
      result.fields.push({ name: error.path.slice(prefix.length), message: error.message });
    } else {
      result.other.push(error.path ? `${error.path}: ${error.message}` : error.message);
    }
  }
  return result;
}
