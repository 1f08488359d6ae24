/**
 * Budget programme conventions of MINFIN's red de categorías programáticas that the matrices
 * rely on: the two special programmes and the width of each code segment.
 *
 *   findSpecialProgramme('01') → Actividades Centrales (product "Dirección y Coordinación")
 *   findSpecialProgramme(99)   → Partidas no asignables a programas
 *
 * Parsing codes typed in cells is src/domain/codes.ts's job; this module holds the reference
 * data it and the rules share.
 */
import { SEGMENT_WIDTHS, type CodeSegment } from '../codes';
import { foldName } from './fold';

export interface SpecialProgramme {
  code: string;
  name: string;
  /** The product such a programme carries, when the convention names one. */
  product?: string;
}

export const ACTIVIDADES_CENTRALES: SpecialProgramme = {
  code: '01',
  name: 'Actividades Centrales',
  product: 'Dirección y Coordinación',
};

export const PARTIDAS_NO_ASIGNABLES: SpecialProgramme = {
  code: '99',
  name: 'Partidas no asignables a programas',
};

export const SPECIAL_PROGRAMMES: readonly SpecialProgramme[] = [ACTIVIDADES_CENTRALES, PARTIDAS_NO_ASIGNABLES];

/** Width in digits of each code segment (proyecto admits 2 or 3). */
export const CODE_SEGMENT_WIDTHS: Readonly<Record<CodeSegment, readonly number[]>> = SEGMENT_WIDTHS;

/** The form of an institution code: entidad-unidad ejecutora-000-000, e.g. "1120-0069-000-000". */
export const INSTITUTION_CODE_FORM = /^\d{4}-\d{4}-\d{3}-\d{3}$/;
export const INSTITUTION_CODE_EXAMPLE = '1120-0069-000-000';

/** The programme code as two digits: 1, "1", "01" → "01"; undefined when it is not one. */
export function programmeCode(value: string | number): string | undefined {
  const text = typeof value === 'number' ? (Number.isInteger(value) ? String(value) : '') : value.trim();
  if (!/^\d{1,2}$/.test(text)) return undefined;
  return text.padStart(2, '0');
}

/** The special programme with this code (typed as text or number), if it is one. */
export function findSpecialProgramme(code: string | number): SpecialProgramme | undefined {
  const normalised = programmeCode(code);
  return SPECIAL_PROGRAMMES.find((programme) => programme.code === normalised);
}

/** Whether a description names a special programme ("ACTIVIDADES CENTRALES" → 01). */
export function specialProgrammeByName(description: string): SpecialProgramme | undefined {
  const folded = foldName(description);
  return SPECIAL_PROGRAMMES.find((programme) => foldName(programme.name) === folded);
}
