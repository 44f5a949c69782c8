/**
 * The old provinces and districts whose communes are assessed, each with how fast its communes reach
 * the standard. The calibration notes in the header of scripts/generate-demo-assessments.ts say
 * where the shares come from; the values are invented, illustrative.
 */

/** How fast the communes of one scope reach the standard. */
export interface Profile {
  /** Share of communes first meeting every criterion in each old year (the first: already complete); the rest never do. */
  complete: Readonly<Record<number, number>>;
  /** Range of the shortfall, as a share of the set's criteria, in the last old year for the rest. */
  shortfall: readonly [number, number];
}

/** An old province or district whose communes are assessed. */
export interface Scope {
  /** Old unit code, resolved on 31/12 of each old year. */
  code: string;
  label: string;
  profile: Profile;
}

/** The demo scopes; the calibration notes in the header say where the shares come from. */
export const SCOPES: readonly Scope[] = [
  // 35 complete in 2021, 42 at the end of 2022 (≈ the 42/85 reported at the start of 2023), 55 in 2024.
  { code: '62', label: 'tỉnh Kon Tum (cũ)', profile: { complete: { 2021: 0.41, 2022: 0.085, 2023: 0.08, 2024: 0.07 }, shortfall: [0.05, 0.42] } },
  { code: '45', label: 'tỉnh Quảng Trị (cũ)', profile: { complete: { 2021: 0.5, 2022: 0.05, 2023: 0.06, 2024: 0.05 }, shortfall: [0.05, 0.37] } },
  { code: '522', label: 'thành phố Quảng Ngãi (cũ)', profile: { complete: { 2021: 0.62, 2022: 0.15, 2023: 0.08, 2024: 0.08 }, shortfall: [0.05, 0.2] } },
  { code: '111', label: 'huyện Tân Uyên (cũ)', profile: { complete: { 2021: 0.34, 2022: 0.11, 2023: 0.11, 2024: 0.11 }, shortfall: [0.05, 0.42] } },
  // 8 complete in 2021 (the 5 recognised among them), 12 by the end of 2022, all 15 by the end of 2023.
  { code: '849', label: 'huyện Trà Cú (cũ)', profile: { complete: { 2021: 0.52, 2022: 0.28, 2023: 0.2 }, shortfall: [0.05, 0.1] } },
];
