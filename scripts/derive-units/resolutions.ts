/**
 * The dates and resolutions of the 1/7/2025 reform that every derived row cites: Nghị quyết
 * 202/2025/QH15 for the provinces, and one Nghị quyết of the Ủy ban Thường vụ Quốc hội per current
 * province for its communes.
 */

/** First day of the two-level system. */
export const REFORM_DAY = '2025-07-01';
/** Last day of the districts and the 63 provinces. */
export const LAST_OLD_DAY = '2025-06-30';
/** Nghị quyết 202/2025/QH15 of 12/6/2025 on rearranging provinces (34 from 63), effective 1/7/2025. */
export const PROVINCE_RESOLUTION = '202/2025/QH15';

// Commune-level rearrangement of each current province: Nghị quyết 1654–1687/NQ-UBTVQH15 of the
// Ủy ban Thường vụ Quốc hội, all dated 16/6/2025 and in force from 1/7/2025 (one per province).
const COMMUNE_RESOLUTION_NUMBERS: Readonly<Record<string, number>> = {
  '91': 1654, // An Giang
  '96': 1655, // Cà Mau
  '01': 1656, // Hà Nội
  '04': 1657, // Cao Bằng
  '24': 1658, // Bắc Ninh
  '48': 1659, // Đà Nẵng
  '66': 1660, // Đắk Lắk
  '11': 1661, // Điện Biên
  '75': 1662, // Đồng Nai
  '82': 1663, // Đồng Tháp
  '52': 1664, // Gia Lai
  '42': 1665, // Hà Tĩnh
  '33': 1666, // Hưng Yên
  '56': 1667, // Khánh Hòa
  '92': 1668, // Cần Thơ
  '31': 1669, // Hải Phòng
  '12': 1670, // Lai Châu
  '68': 1671, // Lâm Đồng
  '20': 1672, // Lạng Sơn
  '15': 1673, // Lào Cai
  '37': 1674, // Ninh Bình
  '46': 1675, // Huế
  '25': 1676, // Phú Thọ
  '51': 1677, // Quảng Ngãi
  '40': 1678, // Nghệ An
  '22': 1679, // Quảng Ninh
  '44': 1680, // Quảng Trị
  '14': 1681, // Sơn La
  '80': 1682, // Tây Ninh
  '19': 1683, // Thái Nguyên
  '08': 1684, // Tuyên Quang
  '79': 1685, // TP. Hồ Chí Minh
  '38': 1686, // Thanh Hóa
  '86': 1687, // Vĩnh Long
};

/** The commune-rearrangement resolution of a current province, e.g. "1687/NQ-UBTVQH15"; undefined if unknown. */
export const communeResolution = (provinceCode: string): string | undefined => {
  const n = COMMUNE_RESOLUTION_NUMBERS[provinceCode];
  return n === undefined ? undefined : `${n}/NQ-UBTVQH15`;
};

/** Codes of every current province that has a commune resolution (all 34). */
export const KNOWN_PROVINCES: readonly string[] = Object.keys(COMMUNE_RESOLUTION_NUMBERS).sort();
