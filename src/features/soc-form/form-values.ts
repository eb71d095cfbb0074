import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { SECTION_INPUTS, type SocFormData, type SocSection } from '../../contract/soc-form';

/*
 * The '' ↔ null adapter between the stored form and the inputs. Inputs hold '' when empty (a controlled text or
 * date input cannot hold null); the API wants null to mean "not given". The contract's schemas stay as they are:
 * the resolver normalizes values first, then validates with the section's own schema.
 */

export type SectionIn<K extends SocSection> = z.input<(typeof SECTION_INPUTS)[K]>;
export type SectionOut<K extends SocSection> = z.output<(typeof SECTION_INPUTS)[K]>;

/** Optional text and date fields: '' in the form, null in the API. */
export const TEXT_FIELDS: Record<SocSection, readonly string[]> = {
  reviewerInformation: ['reportIssueDate'],
  complianceScope: ['auditPeriod'],
  reportOpinion: ['followUpActivity'],
  findings: [],
  endUserControls: [],
  servicesAndLocations: [],
  cpaFirm: ['cpaFirm', 'cpaProcedurePerformed'],
  subserviceOrganizations: ['subserviceOrganization', 'subserviceOrganizationProcedurePerformed'],
};

type Loose = Record<string, unknown>;
const blank = (v: unknown) => v == null || (typeof v === 'string' && v.trim() === '');

/** Stored section → form values (null → '' for text and date inputs; the range as two inputs). */
export function toFormValues<K extends SocSection>(section: K, stored: SocFormData[K]): SectionIn<K> {
  const values: Loose = structuredClone(stored);
  for (const key of TEXT_FIELDS[section]) values[key] = values[key] ?? '';
  if (section === 'complianceScope') {
    const range = values.auditPeriodRange as { start?: string | null; end?: string | null } | null;
    values.auditPeriodRange = { start: range?.start ?? '', end: range?.end ?? '' };
    values.trustServiceCriteria = values.trustServiceCriteria ?? [];
  }
  return values as SectionIn<K>;
}

/**
 * Form values → what a save sends: blank text → null, an empty range → null, and fields the form hides (they do
 * not apply to the choices made) cleared, so nothing invisible is stored or blocks the save.
 */
export function normalizeForSave<K extends SocSection>(section: K, input: SectionIn<K>): SectionIn<K> {
  const values: Loose = { ...(input as Loose) };
  for (const key of TEXT_FIELDS[section]) if (blank(values[key])) values[key] = null;
  if (section === 'complianceScope') {
    const range = values.auditPeriodRange as { start?: unknown; end?: unknown } | null | undefined;
    if (!range || (blank(range.start) && blank(range.end))) values.auditPeriodRange = null;
    if (values.scopeType === 'TYPE_1') values.auditPeriodRange = null;
    if (values.scopeType === 'TYPE_2') values.auditPeriod = null;
    if (values.certification === 'SOC_1' || values.certification === 'SOC_3')
      values.trustServiceCriteria = null;
  }
  if (
    section === 'reportOpinion' &&
    (values.reportOpinion == null || values.reportOpinion === 'UNQUALIFIED')
  ) {
    values.followUpActivity = null;
  }
  if (section === 'findings' && ((values.findings as unknown[] | undefined)?.length ?? 0) === 0) {
    values.hasMaterialImpact = null;
  }
  return values as SectionIn<K>;
}

/** zodResolver with the contract's section schema, fed normalized values. */
export function sectionResolver<K extends SocSection>(
  section: K,
): Resolver<SectionIn<K>, unknown, SectionOut<K>> {
  const schema = SECTION_INPUTS[section] as unknown as z.ZodType<SectionOut<K>, SectionIn<K>>;
  const validate = zodResolver<SectionIn<K>, unknown, SectionOut<K>>(schema);
  return (values, context, options) => validate(normalizeForSave(section, values), context, options);
}
