/**
 * Issuing bodies of generated directives, as they existed on the document's date: before 1/7/2025 the
 * old province's UBND, its Sở, its coordination office (Văn phòng Điều phối), the districts and
 * communes, and the Party committees; from 1/7/2025 the current province and its communes, without
 * districts. Each body knows how Nghị định 30/2020 (and the Party's rules) write its numbers and its
 * signature block. The units are real; the documents they issue here are invented.
 */
import { inForce } from '../../src/lib/units/unit-index.ts';
import { DOCUMENT_TYPES, type DocumentTypeKey } from '../../src/lib/docnum/types.ts';
import type { DemoUnit } from '../demo-assessments/inputs.ts';
import type { Rng } from './rng.ts';

/** The first day of the two-level system (no districts). */
export const REFORM_DAY = '2025-07-01';
/** From 1/3/2025 the Sở NN&PTNT and Sở TN&MT were merged into the Sở Nông nghiệp và Môi trường. */
export const DEPARTMENT_MERGE_DAY = '2025-03-01';

export type BodyKind = 'ubnd' | 'so' | 'vpdp' | 'party';
export type Tier = 'province' | 'district' | 'commune';

/** A body that issues documents. */
export interface Body {
  /** Stable key for its number series. */
  key: string;
  kind: BodyKind;
  tier: Tier;
  /** As printed in the header: "UBND tỉnh Lai Châu". */
  issuer: string;
  /** Governing body printed above it, for a Sở or an office. */
  parent?: string;
  /** Place of the date line. */
  place: string;
  /** The unit the body governs (its locality). */
  unit: DemoUnit;
  /** The province (at the document's date) it belongs to. */
  province: DemoUnit;
}

/** A unit named with its kind: "tỉnh Lai Châu", "xã Bình Lư". */
export const unitName = (u: Pick<DemoUnit, 'kind' | 'name'>): string => `${u.kind} ${u.name}`;

const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Units of one current province, with lookups by date. */
export interface ProvinceUnits {
  slug: string;
  /** Old provinces (until 30/6/2025) and the current one. */
  oldProvinces: DemoUnit[];
  current: DemoUnit;
  districtsOf: Map<string, DemoUnit[]>;
  communesOf: Map<string, DemoUnit[]>;
}

/** Groups the units of one units file (a current province and what went into it). */
export const provinceUnits = (slug: string, units: readonly DemoUnit[]): ProvinceUnits => {
  const mine = units.filter((u) => u.folder === slug);
  const current = mine.find((u) => u.level === 'province' && u.valid_from === REFORM_DAY);
  if (!current) throw new Error(`no current province in units/${slug}.csv`);
  const districtsOf = new Map<string, DemoUnit[]>();
  const communesOf = new Map<string, DemoUnit[]>();
  const add = (m: Map<string, DemoUnit[]>, k: string, u: DemoUnit) => m.set(k, [...(m.get(k) ?? []), u]);
  for (const u of mine) {
    if (u.level === 'district' && u.parent_code) add(districtsOf, u.parent_code, u);
    // Communes before the reform hang off a district; after it, off the province. Keys carry the period.
    if (u.level === 'commune' && u.parent_code) add(communesOf, `${u.parent_code}:${u.valid_to === undefined ? 'new' : 'old'}`, u);
  }
  return { slug, oldProvinces: mine.filter((u) => u.level === 'province' && u.valid_to !== undefined), current, districtsOf, communesOf };
};

/** The province, districts (none after the reform) and communes in force on `date`. */
export const unitsAt = (p: ProvinceUnits, date: string, r: Rng): { province: DemoUnit; district?: DemoUnit; communes: DemoUnit[] } => {
  if (date >= REFORM_DAY) return { province: p.current, communes: (p.communesOf.get(`${p.current.code}:new`) ?? []).filter((u) => inForce(u, date)) };
  const province = r.pick(p.oldProvinces);
  const districts = (p.districtsOf.get(province.code) ?? []).filter((d) => (p.communesOf.get(`${d.code}:old`) ?? []).length > 0);
  const district = districts.length > 0 ? r.pick(districts) : undefined;
  return { province, district, communes: district ? (p.communesOf.get(`${district.code}:old`) ?? []).filter((u) => inForce(u, date)) : [] };
};

// Party committees by the kind of unit they lead.
const PARTY_COMMITTEE: Readonly<Record<string, { name: string; code: string }>> = {
  tỉnh: { name: 'Tỉnh ủy', code: 'TU' },
  'thành phố': { name: 'Thành ủy', code: 'TU' },
  huyện: { name: 'Huyện ủy', code: 'HU' },
  quận: { name: 'Quận ủy', code: 'QU' },
  'thị xã': { name: 'Thị ủy', code: 'TXU' },
  xã: { name: 'Đảng ủy xã', code: 'ĐU' },
  phường: { name: 'Đảng ủy phường', code: 'ĐU' },
  'thị trấn': { name: 'Đảng ủy thị trấn', code: 'ĐU' },
  'đặc khu': { name: 'Đảng ủy đặc khu', code: 'ĐU' },
};

/** The Party committee of a unit: name and the body code of its numbers. */
export const partyCommittee = (u: DemoUnit): { issuer: string; code: string } => {
  const c = PARTY_COMMITTEE[u.kind] ?? { name: 'Đảng ủy', code: 'ĐU' };
  return { issuer: `${c.name} ${u.name}`, code: c.code };
};

/** The department of agriculture of a province on `date` (renamed by the 2025 merger). */
export const department = (province: DemoUnit, date: string): { issuer: string; code: string } =>
  date >= DEPARTMENT_MERGE_DAY
    ? { issuer: `Sở Nông nghiệp và Môi trường ${unitName(province)}`, code: 'SNNMT' }
    : { issuer: `Sở Nông nghiệp và Phát triển nông thôn ${unitName(province)}`, code: 'SNN' };

/** Chooses a body for a document of `date` in province `p`. */
export const pickBody = (p: ProvinceUnits, date: string, r: Rng): Body => {
  const at = unitsAt(p, date, r);
  const province = at.province;
  const tier: Tier = r.weighted<Tier>([
    ['province', 5],
    ['district', at.district ? 3 : 0],
    ['commune', at.communes.length > 0 ? (at.district ? 1 : 3) : 0],
  ]);
  const unit = tier === 'province' ? province : tier === 'district' ? at.district! : r.pick(at.communes);
  const kind: BodyKind = r.weighted<BodyKind>(
    tier === 'province' ? [['ubnd', 6], ['so', 2], ['vpdp', 1], ['party', 1.2]] : [['ubnd', 8], ['party', 2]],
  );
  const place = unit.name;
  if (kind === 'ubnd') return { key: `ubnd:${unit.code}:${unit.valid_from ?? '-'}`, kind, tier, issuer: `UBND ${unitName(unit)}`, place, unit, province };
  if (kind === 'party') {
    const c = partyCommittee(unit);
    return { key: `party:${unit.code}:${unit.valid_from ?? '-'}`, kind, tier, issuer: c.issuer, place, unit, province };
  }
  if (kind === 'so') {
    const d = department(province, date);
    return { key: `so:${d.code}:${province.code}:${province.valid_from ?? '-'}`, kind, tier, issuer: d.issuer, parent: `UBND ${unitName(province)}`, place: province.name, unit: province, province };
  }
  return {
    key: `vpdp:${province.code}:${province.valid_from ?? '-'}`,
    kind,
    tier,
    issuer: `Văn phòng Điều phối nông thôn mới ${unitName(province)}`,
    parent: `UBND ${unitName(province)}`,
    place: province.name,
    unit: province,
    province,
  };
};

/** Which types each kind of body issues, and how often. */
export const TYPE_WEIGHTS: Readonly<Record<BodyKind, readonly (readonly [DocumentTypeKey, number])[]>> = {
  ubnd: [['cong-van', 35], ['thong-bao', 15], ['ke-hoach', 15], ['quyet-dinh', 12], ['bao-cao', 13], ['chi-thi', 4], ['huong-dan', 3]],
  so: [['cong-van', 45], ['ke-hoach', 15], ['bao-cao', 20], ['huong-dan', 15], ['thong-bao', 5]],
  vpdp: [['cong-van', 40], ['bao-cao', 35], ['ke-hoach', 15], ['thong-bao', 10]],
  party: [['cong-van', 35], ['nghi-quyet', 12], ['ket-luan', 15], ['chi-thi', 10], ['ke-hoach', 13], ['thong-bao', 10], ['bao-cao', 5]],
};

// Drafting units after the body code of a công văn ("UBND-NN").
const DRAFTERS: Readonly<Record<BodyKind, Readonly<Record<Tier, readonly string[]>>>> = {
  ubnd: { province: ['NN', 'KT', 'KTN', 'TH', 'VX'], district: ['NN', 'KT', 'TH'], commune: ['VP'] },
  so: { province: ['VPĐP', 'KHTC', 'PTNT', 'TTBVTV'], district: [], commune: [] },
  vpdp: { province: ['TH', 'KH', 'NV'], district: [], commune: [] },
  party: { province: [], district: [], commune: [] },
};

/** The body code printed in a body's numbers. */
export const bodyCode = (b: Body, date: string): string => {
  if (b.kind === 'ubnd') return 'UBND';
  if (b.kind === 'so') return department(b.province, date).code;
  if (b.kind === 'vpdp') return 'VPĐP';
  return partyCommittee(b.unit).code;
};

/**
 * The number of a document as printed: NĐ 30/2020 Phụ lục I for state bodies ("45/KH-UBND",
 * "1234/UBND-NN" for a công văn, "12/2024/QĐ-UBND" for a normative decision) and the Party's form
 * ("815-CV/HU").
 */
export const documentNumber = (b: Body, type: DocumentTypeKey, serial: number, year: number, date: string, r: Rng, normative = false): string => {
  const code = bodyCode(b, date);
  const t = DOCUMENT_TYPES[type];
  if (b.kind === 'party') return `${serial}-${t.partyCode ?? 'CV'}/${code}`;
  if (type === 'cong-van') return `${serial}/${code}-${r.pick(DRAFTERS[b.kind][b.tier])}`;
  if (normative) return `${serial}/${year}/${t.code}-${code}`;
  return `${serial}/${t.code}-${code}`;
};

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Lò', 'Hà'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Quang', 'Thanh', 'Hữu', 'Ngọc', 'Xuân', 'Công', 'Thế', 'Anh'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hùng', 'Lan', 'Long', 'Mai', 'Nam', 'Phong', 'Quân', 'Sơn', 'Tâm', 'Thắng', 'Trung', 'Tuấn', 'Việt', 'Vinh', 'Hạnh', 'Khánh', 'Lâm', 'Thủy'];

/** A person's name. */
export const personName = (r: Rng): string => `${r.pick(SURNAMES)} ${r.pick(MIDDLE)} ${r.pick(GIVEN)}`;

/** A signature block as printed, with the prefix and the signer's title. */
export interface Signature {
  title: string;
  authority?: 'TM.' | 'KT.' | 'TL.' | 'TUQ.' | 'Q.';
  block: string[];
}

/** How a body signs (NĐ 30 Phụ lục I §II.7; the Party writes "T/M", which has no state prefix). */
export const signature = (b: Body, type: DocumentTypeKey, r: Rng): Signature => {
  const deputy = r.chance(0.7);
  if (b.kind === 'ubnd') {
    const collective = ['cong-van', 'ke-hoach', 'bao-cao', 'thong-bao', 'huong-dan'].includes(type);
    if (deputy) return { title: 'Phó Chủ tịch', authority: 'KT.', block: [...(collective ? ['TM. ỦY BAN NHÂN DÂN'] : []), 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] };
    return collective ? { title: 'Chủ tịch', authority: 'TM.', block: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'] } : { title: 'Chủ tịch', block: ['CHỦ TỊCH'] };
  }
  if (b.kind === 'so') return deputy ? { title: 'Phó Giám đốc', authority: 'KT.', block: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'] } : { title: 'Giám đốc', block: ['GIÁM ĐỐC'] };
  if (b.kind === 'vpdp') return deputy ? { title: 'Phó Chánh Văn phòng', authority: 'KT.', block: ['KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG'] } : { title: 'Chánh Văn phòng', block: ['CHÁNH VĂN PHÒNG'] };
  return deputy ? { title: 'Phó Bí thư', block: ['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ'] } : { title: 'Bí thư', block: ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ'] };
};

/** Kính gửi, by the tier of the issuing body and the period. */
export const recipients = (b: Body, date: string): string[] => {
  if (b.tier === 'commune') return ['Các ban, ngành, đoàn thể xã', 'Trưởng các thôn, bản, tổ dân phố'];
  if (b.tier === 'district') return ['Các phòng, ban chuyên môn thuộc UBND huyện', 'UBND các xã, thị trấn'];
  return date >= REFORM_DAY
    ? ['Các sở, ban, ngành cấp tỉnh', 'UBND các xã, phường, đặc khu']
    : ['Các sở, ban, ngành cấp tỉnh', 'UBND các huyện, thị xã, thành phố'];
};

/** Nơi nhận. */
export const distribution = (b: Body): string[] => {
  const up = b.tier === 'province' ? ['Văn phòng Điều phối NTM Trung ương (b/c)', 'TT Tỉnh ủy, TT HĐND tỉnh (b/c)'] : [`UBND ${unitName(b.province)} (b/c)`];
  return ['Như trên', ...up, `${capitalised(b.kind === 'party' ? 'Các đồng chí Ủy viên Ban Thường vụ' : 'Lãnh đạo và các chuyên viên')}`, 'Lưu: VT'];
};
