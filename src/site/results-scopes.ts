/** Results scopes grouped for lists and the scope picker: nation, current provinces, former provinces, former districts, others. */
import { t } from '../i18n/vi.ts';
import { NATION_KEY, type ResultScope, type ResultsModel } from './results.ts';

/** A group of scopes with its heading. */
export interface ScopeGroup {
  id: string;
  label: string;
  scopes: ResultScope[];
}

const groupOf = (s: ResultScope): string => {
  if (s.key === NATION_KEY) return 'ca-nuoc';
  if (s.unit?.level === 'province') return s.unit.valid_to ? 'tinh-cu' : 'tinh';
  if (s.unit?.level === 'district') return 'huyen-cu';
  return 'khac';
};

const LABELS = {
  'ca-nuoc': () => t('results.nation'),
  tinh: () => t('results.pickerGroupCurrent'),
  'tinh-cu': () => t('results.pickerGroupFormerProvince'),
  'huyen-cu': () => t('results.pickerGroupFormerDistrict'),
  khac: () => t('results.pickerGroupOther'),
} as const;

/** The scopes in groups, in display order; empty groups are left out. */
export const scopeGroups = (r: ResultsModel): ScopeGroup[] =>
  (Object.keys(LABELS) as (keyof typeof LABELS)[])
    .map((id) => ({ id, label: LABELS[id](), scopes: r.ordered.filter((s) => groupOf(s) === id) }))
    .filter((g) => g.scopes.length > 0);
