/**
 * Units of measure (unidades de medida) of physical goals, as SIGES/SICOIN and SEGEPLAN's
 * formats use them. Lookup is accent-, case- and number-insensitive:
 *
 *   findUnit('Documentos') → 'Documento'     findUnit('PERSONAS') → 'Persona'
 *   findUnit('m2')         → 'Metro cuadrado' findUnit('Persona(s)') → 'Persona'
 *
 * Institutions use units of their own; `createUnitCatalog(['Delegación'])` extends the list.
 */
import { foldName } from './fold';

/** The standard units, singular, as they are written in the formats. */
export const STANDARD_UNITS = [
  'Persona',
  'Documento',
  'Evento',
  'Entidad',
  'Institución',
  'Hectárea',
  'Kilómetro',
  'Metro',
  'Metro cuadrado',
  'Metro cúbico',
  'Metro lineal',
  'Kilogramo',
  'Tonelada',
  'Litro',
  'Aporte',
  'Servicio',
  'Informe',
  'Capacitación',
  'Asistencia técnica',
  'Vivienda',
  'Ración',
  'Insumo',
  'Estudiante',
  'Docente',
  'Escuela',
  'Centro educativo',
  'Curso',
  'Beca',
  'Licencia',
  'Expediente',
  'Caso',
  'Registro',
  'Visita',
  'Proyecto',
  'Obra',
  'Plan',
  'Dictamen',
  'Resolución',
  'Certificado',
  'Auditoría',
  'Inspección',
  'Operativo',
  'Familia',
  'Comunidad',
  'Municipio',
  'Dosis',
  'Planta',
  'Animal',
  'Equipo',
  'Sentencia',
] as const;

/** Abbreviations and spellings seen in workbooks, folded, mapped to the standard unit. */
const STANDARD_ALIASES: Readonly<Record<string, string>> = {
  ha: 'Hectárea',
  has: 'Hectárea',
  km: 'Kilómetro',
  kms: 'Kilómetro',
  m: 'Metro',
  ml: 'Metro lineal',
  m2: 'Metro cuadrado',
  'm²': 'Metro cuadrado',
  m3: 'Metro cúbico',
  'm³': 'Metro cúbico',
  kg: 'Kilogramo',
  t: 'Tonelada',
  ton: 'Tonelada',
  lt: 'Litro',
  l: 'Litro',
};

const INVARIABLE = /(?:is|us|x)$/; // "dosis", "análisis": the plural is the same word

/** The Spanish plural of one folded word (accents already gone): "capacitacion" → "capacitaciones". */
function pluralWord(word: string): string {
  if (INVARIABLE.test(word)) return word;
  if (/[aeiou]$/.test(word)) return `${word}s`;
  if (word.endsWith('z')) return `${word.slice(0, -1)}ces`;
  return `${word}es`;
}

/** Both the singular and the plural folded forms of a unit ("metro cuadrado", "metros cuadrados"). */
function foldedForms(unit: string): string[] {
  const singular = foldName(unit);
  const plural = singular.split(' ').map(pluralWord).join(' ');
  return singular === plural ? [singular] : [singular, plural];
}

/** Removes the "(s)"/"(es)" people write to cover both numbers: "Persona(s)". */
function stripOptionalPlural(text: string): string {
  return text.replace(/\s*\((?:s|es)\)\s*$/i, '');
}

export interface UnitCatalog {
  /** Every unit, standard first, then the institution's own, in the order given. */
  readonly units: readonly string[];
  /** The catalogue's spelling of a typed unit, or undefined when it is not in the catalogue. */
  find(text: string): string | undefined;
  has(text: string): boolean;
}

/**
 * A unit catalogue: the standard units plus an institution's own (`extra`, singular, written as
 * they should appear). An extra unit that folds to a standard one is not added twice.
 */
export function createUnitCatalog(extra: readonly string[] = []): UnitCatalog {
  const byForm = new Map<string, string>();
  const units: string[] = [];
  const add = (unit: string) => {
    const trimmed = unit.trim();
    if (trimmed === '') return;
    const forms = foldedForms(trimmed);
    if (byForm.has(forms[0])) return;
    units.push(trimmed);
    for (const form of forms) if (!byForm.has(form)) byForm.set(form, trimmed);
  };
  STANDARD_UNITS.forEach(add);
  extra.forEach(add);
  for (const [alias, unit] of Object.entries(STANDARD_ALIASES)) if (!byForm.has(alias)) byForm.set(alias, unit);

  const find = (text: string): string | undefined => {
    const raw = stripOptionalPlural(text).trim();
    const folded = foldName(raw);
    if (folded === '') return undefined;
    return byForm.get(folded) ?? byForm.get(raw.toLowerCase());
  };
  return { units, find, has: (text) => find(text) !== undefined };
}

const STANDARD_CATALOG = createUnitCatalog();

/** The standard catalogue's spelling of a typed unit: findUnit('Documentos') → 'Documento'. */
export function findUnit(text: string): string | undefined {
  return STANDARD_CATALOG.find(text);
}

/** Whether two typed units are the same unit of the catalogue ("Documentos" and "documento"). */
export function sameUnit(a: string, b: string, catalog: UnitCatalog = STANDARD_CATALOG): boolean {
  const unitA = catalog.find(a);
  return unitA !== undefined && unitA === catalog.find(b);
}
