import type { SocSection } from '../../contract/soc-form';
import { normalizeForSave, type SectionIn } from './form-values';
import { sameValues } from './same-values';

/*
 * A save that lost a race (409 with the server's `current` review): which answers of this section differ between
 * what is now saved ("theirs") and what the user has in the form ("yours"), and the merge of the user's choices.
 * Answers the form would not save anyway (a hidden field, a blank text vs. nothing) do not count as different.
 */

type Loose = Record<string, unknown>;
export type Side = 'theirs' | 'yours';
export type Choices = Record<string, Side>;

/** The form's fields of each section, in the order the form shows them (the order of the conflict table). */
export const SECTION_FIELDS: Record<SocSection, readonly string[]> = {
  reviewerInformation: ['reviewerUserId', 'reportIssueDate'],
  complianceScope: ['certification', 'scopeType', 'auditPeriod', 'auditPeriodRange', 'trustServiceCriteria'],
  reportOpinion: ['reportOpinion', 'encompassBusinessNeeds', 'followUpActivity'],
  findings: ['findings', 'hasMaterialImpact'],
  endUserControls: ['userControls'],
  servicesAndLocations: ['services', 'locations'],
  cpaFirm: ['cpaFirm', 'cpaProcedurePerformed'],
  subserviceOrganizations: [
    'subserviceOrganization',
    'subserviceOrganizationUsingInclusiveMethod',
    'subserviceOrganizationProcedurePerformed',
  ],
};

const normalized = <K extends SocSection>(section: K, values: SectionIn<K>) =>
  normalizeForSave(section, values) as Loose;

/** The fields whose saved value would differ, in form order (any other key the values carry comes last). */
export function differingFields<K extends SocSection>(
  section: K,
  theirs: SectionIn<K>,
  yours: SectionIn<K>,
): string[] {
  const t = normalized(section, theirs);
  const y = normalized(section, yours);
  const known = SECTION_FIELDS[section];
  const extra = [...new Set([...Object.keys(t), ...Object.keys(y)])].filter((k) => !known.includes(k));
  return [...known, ...extra].filter((key) => !sameValues(t[key], y[key]));
}

/** Both sides would save the same section. */
export function sameSection<K extends SocSection>(section: K, a: SectionIn<K>, b: SectionIn<K>): boolean {
  return differingFields(section, a, b).length === 0;
}

/**
 * The user's values with each differing field they chose to take from theirs (no choice: yours). Fields that do
 * not differ keep the user's input as typed (including what a hidden field holds), since both would save the same.
 */
export function mergeSection<K extends SocSection>(
  section: K,
  theirs: SectionIn<K>,
  yours: SectionIn<K>,
  choices: Choices,
): SectionIn<K> {
  const merged: Loose = structuredClone(yours);
  const other = theirs as Loose;
  for (const key of differingFields(section, theirs, yours)) {
    if (choices[key] === 'theirs') merged[key] = structuredClone(other[key]);
  }
  return merged as SectionIn<K>;
}

/** The same choice for every differing field ("Keep all mine" / "Take all theirs"). */
export function chooseAll(fields: readonly string[], side: Side): Choices {
  return Object.fromEntries(fields.map((f) => [f, side]));
}
