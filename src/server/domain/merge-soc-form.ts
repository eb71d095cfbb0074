import { SOC_SECTIONS, SocFormData, type SocFormSaveRequest } from '../../contract/soc-form';

/** The four item lists follow Drata: items sent are appended, `[]` clears; `replace` swaps the whole list. */
const LIST_KEYS = new Set(['findings', 'userControls', 'services', 'locations']);
export type ListMode = 'append' | 'replace';
const isList = (v: unknown): v is unknown[] => Array.isArray(v);

/**
 * Applies a partial save to the stored form (API.md, Saving): an omitted key is unchanged, `null` clears a
 * scalar, lists append unless empty or in replace mode. The result is re-parsed, so it is a valid stored form.
 */
export function mergeSocForm(
  stored: SocFormData,
  input: SocFormSaveRequest,
  listMode: ListMode,
): SocFormData {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const section of SOC_SECTIONS) {
    const current: Record<string, unknown> = { ...stored[section] };
    const patch: Record<string, unknown> = input[section] ?? {};
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      const previous = current[key];
      const append = LIST_KEYS.has(key) && listMode === 'append' && isList(value) && value.length > 0;
      current[key] = append && isList(previous) ? [...previous, ...value] : value;
    }
    merged[section] = current;
  }
  return SocFormData.parse(merged);
}
