/**
 * Test fixture (shared by the tests of this folder): old province 62 → district 601 with two xã, a
 * phường and a thị trấn, and an out-of-scope province 63 with one xã. On 1/7/2025 the two xã (and the
 * thị trấn) go into a current xã that REUSES code 10002; the phường goes into a current phường; 63's
 * xã goes into a current xã of its own. A 3-criterion set applies to 2021–2025 and a 4-criterion set from 2026.
 */
import type { LineageRow } from '../../src/schemas/unit.ts';
import { generate } from './generate.ts';
import type { CriteriaSet, DemoUnit, Inputs } from './inputs.ts';
import type { Profile, Scope } from './scopes.ts';

const OLD = { valid_to: '2025-06-30' } as const;
const NEW = { valid_from: '2025-07-01' } as const;
const unit = (code: string, kind: DemoUnit['kind'], level: DemoUnit['level'], parent: string | undefined, period: object): DemoUnit => ({
  code,
  name: `Đơn vị ${code}`,
  kind,
  level,
  parent_code: parent,
  valid_from: undefined,
  valid_to: undefined,
  source: undefined,
  folder: '51-quang-ngai',
  ...period,
});

const edge = (old_code: string, new_code: string): LineageRow => ({ old_code, new_code, date: '2025-07-01', kind: 'full', resolution: '1677/NQ-UBTVQH15' });

/** A 3-criterion set applying to 2021–2025. */
export const SET_OLD: CriteriaSet = { set: 'test-3', appliesFrom: '2021-01-01', appliesTo: '2025-12-31', numbers: [1, 2, 3] };
/** A 4-criterion set applying from 2026. */
export const SET_NEW: CriteriaSet = { set: 'test-4', appliesFrom: '2026-01-01', appliesTo: '2030-12-31', numbers: [1, 2, 3, 4] };

const fixture = (): Inputs => ({
  units: [
    unit('62', 'tỉnh', 'province', undefined, OLD),
    unit('63', 'tỉnh', 'province', undefined, OLD),
    unit('601', 'huyện', 'district', '62', OLD),
    unit('700', 'huyện', 'district', '63', OLD),
    unit('10001', 'xã', 'commune', '601', OLD),
    unit('10002', 'xã', 'commune', '601', OLD),
    unit('10003', 'phường', 'commune', '601', OLD),
    unit('10004', 'thị trấn', 'commune', '601', OLD),
    unit('10005', 'xã', 'commune', '700', OLD),
    unit('51', 'tỉnh', 'province', undefined, NEW),
    unit('10002', 'xã', 'commune', '51', NEW),
    unit('20001', 'phường', 'commune', '51', NEW),
    unit('20002', 'xã', 'commune', '51', NEW),
  ],
  lineage: [edge('10001', '10002'), edge('10002', '10002'), edge('10003', '20001'), edge('10004', '10002'), edge('10005', '20002')],
  sets: [SET_OLD, SET_NEW],
  recognitions: [
    {
      unit: { code: '10001' },
      set: 'test-3',
      level: 'dat-chuan',
      year: 2021,
      decision: undefined,
      decision_date: '2022-04-07',
      issuer: undefined,
      source: { kind: 'url', url: 'https://example.org' },
      illustrative: false,
      note: undefined,
    },
  ],
});

// Nobody completes on their own, so only the recognised commune is complete.
const SLOW: Profile = { complete: {}, shortfall: [0.3, 0.7] };
const SCOPE: Scope[] = [{ code: '62', label: 'fixture', profile: SLOW }];
const YEARS = { old: [2021, 2022, 2023, 2024], current: [2025, 2026] };
/** The generator run on the fixture: scope 62 with the SLOW profile, the demo's years. */
export const run = () => generate(fixture(), SCOPE, YEARS);
