/**
 * The type of a CSV entry as stored by our loaders. Rows are checked by the row schemas in this
 * folder when they are read (with file and line in every message), so the collection only needs
 * to carry the checked type, plus where the row came from for provenance links.
 */
import { z } from 'astro/zod';

/** Where a stored row came from. */
export interface Provenance {
  _file: string;
  _line: number;
}

/** A collection schema that types entries already validated by the loader. */
export const stored = <T>() => z.custom<T>(() => true);
