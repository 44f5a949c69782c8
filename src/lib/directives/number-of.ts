/**
 * A directive's number as the portal understands it: parsed from the raw string, with any part the
 * publisher set by hand in `number_parts` taking precedence (the parser cannot tell, for instance,
 * that Cục Thuế's "CT" is a body, not the type code of a chỉ thị). The raw string is never changed.
 */
import { parseDocumentNumber, type NumberFamily, type ParsedNumber } from '../docnum/parse.ts';

/** The hand-set parts, as in the directive schema. */
export interface NumberParts {
  serial?: number;
  year?: number;
  type_code?: string;
  body_code?: string;
  unit_code?: string;
  family?: NumberFamily;
}

/** Parsed parts of `raw`, overridden by `parts`. */
export const numberOf = (raw: string, parts: NumberParts = {}): ParsedNumber => {
  const p = parseDocumentNumber(raw);
  return {
    ...p,
    serial: parts.serial ?? p.serial,
    year: parts.year ?? p.year,
    typeCode: parts.type_code ?? p.typeCode,
    bodyCode: parts.body_code ?? p.bodyCode,
    unitCode: parts.unit_code ?? p.unitCode,
    family: parts.family ?? p.family,
  };
};
