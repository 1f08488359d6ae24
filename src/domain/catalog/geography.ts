/**
 * Lookups over Guatemala's departments and municipalities (INE codes, see geography-data.ts).
 * Names compare without accents or case ("PETÉN" = "Peten", "COBAN" = "Cobán"); common other
 * names are accepted ("Antigua", "Tecún Umán", "Xela"). A name several municipalities share
 * ("SAN JOSÉ": Escuintla and Petén) returns every candidate, so the caller can ask.
 *
 *   findDepartment('Suchitepequez')      → { code: 10, name: 'Suchitepéquez' }
 *   findMunicipalities('SAN JOSÉ')       → [509 San José (Escuintla), 1702 San José (Petén)]
 *   splitDepartments('GUATEMALA ALTA VERAPAZ, XYZ') → Guatemala, Alta Verapaz, unknown "XYZ"
 */
import { foldName } from './fold';
import { GEOGRAPHY } from './geography-data';

export interface Department {
  /** INE code, 1–22. */
  code: number;
  name: string;
}

export interface Municipality {
  /** INE code: department × 100 + number in the department (101 … 2217). */
  code: number;
  name: string;
  /** INE code of its department. */
  department: number;
}

export const DEPARTMENTS: readonly Department[] = GEOGRAPHY.map(({ code, name }) => ({ code, name }));

export const MUNICIPALITIES: readonly Municipality[] = GEOGRAPHY.flatMap((department) =>
  department.municipalities.map(([number, name]) => ({
    code: department.code * 100 + number,
    name,
    department: department.code,
  })),
);

/** Folded name (official or other) → the places it can mean. */
function buildIndex<T>(entries: Iterable<[T, readonly string[]]>): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const [place, names] of entries) {
    for (const name of names) {
      const key = foldName(name);
      const list = index.get(key) ?? [];
      if (!list.includes(place)) list.push(place);
      index.set(key, list);
    }
  }
  return index;
}

interface PlaceIndexes {
  departmentsByName: Map<string, Department[]>;
  municipalitiesByName: Map<string, Municipality[]>;
  departmentsByCode: Map<number, Department>;
  municipalitiesByCode: Map<number, Municipality>;
  /** The most words in one name: how far ahead splitPlaces looks. */
  departmentWords: number;
  municipalityWords: number;
}

let placeIndexes: PlaceIndexes | undefined;

/**
 * Built on first use: every command loads this module, and a workbook without places (or a
 * command that reads none) does not pay the ≈ 10 ms of folding every name at start-up.
 */
function indexes(): PlaceIndexes {
  if (placeIndexes) return placeIndexes;
  const departmentsByName = buildIndex<Department>(
    GEOGRAPHY.map((row, i) => [DEPARTMENTS[i], [row.name, ...row.aliases]] as [Department, readonly string[]]),
  );
  // MUNICIPALITIES is built from the same rows in the same order: its i-th entry has these names.
  const municipalityNames = GEOGRAPHY.flatMap((department) => department.municipalities.map(([, ...names]) => names));
  const municipalitiesByName = buildIndex<Municipality>(
    MUNICIPALITIES.map((municipality, i) => [municipality, municipalityNames[i]] as [Municipality, readonly string[]]),
  );
  placeIndexes = {
    departmentsByName,
    municipalitiesByName,
    departmentsByCode: new Map(DEPARTMENTS.map((d) => [d.code, d])),
    municipalitiesByCode: new Map(MUNICIPALITIES.map((m) => [m.code, m])),
    departmentWords: longestNameWords(departmentsByName),
    municipalityWords: longestNameWords(municipalitiesByName),
  };
  return placeIndexes;
}

/** A code typed as a number or as digits ("01", "0101"); undefined for anything else. */
function codeNumber(code: number | string): number | undefined {
  if (typeof code === 'number') return Number.isInteger(code) ? code : undefined;
  const text = code.trim();
  return /^\d{1,4}$/.test(text) ? Number(text) : undefined;
}

export function departmentByCode(code: number | string): Department | undefined {
  const n = codeNumber(code);
  return n === undefined ? undefined : indexes().departmentsByCode.get(n);
}

export function municipalityByCode(code: number | string): Municipality | undefined {
  const n = codeNumber(code);
  return n === undefined ? undefined : indexes().municipalitiesByCode.get(n);
}

/** The municipalities of a department, in INE order. */
export function municipalitiesOf(department: number): Municipality[] {
  return MUNICIPALITIES.filter((m) => m.department === department);
}

/** A department by its name (or other name) or its code typed as text. */
export function findDepartment(text: string): Department | undefined {
  const byName = indexes().departmentsByName.get(foldName(text));
  if (byName) return byName[0];
  return /^\s*\d{1,2}\s*$/.test(text) ? departmentByCode(text) : undefined;
}

export interface MunicipalityQuery {
  /** Keep only candidates in these departments (INE codes), to settle shared names. */
  departments?: readonly number[];
}

/** Every municipality a name can mean (empty when none); a 3–4 digit code gives that one. */
export function findMunicipalities(text: string, query: MunicipalityQuery = {}): Municipality[] {
  let candidates = indexes().municipalitiesByName.get(foldName(text)) ?? [];
  if (candidates.length === 0 && /^\s*\d{3,4}\s*$/.test(text)) {
    const byCode = municipalityByCode(text);
    candidates = byCode ? [byCode] : [];
  }
  const { departments } = query;
  return departments ? candidates.filter((m) => departments.includes(m.department)) : [...candidates];
}

/** The municipality a name means, when it means exactly one. */
export function findMunicipality(text: string, query: MunicipalityQuery = {}): Municipality | undefined {
  const candidates = findMunicipalities(text, query);
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** "COBERTURA A NIVEL NACIONAL", "Nacional", "Todo el país": the whole country, not a list. */
export function isNationalCoverage(text: string): boolean {
  const folded = foldName(text);
  return (
    /^(?:cobertura\s+)?(?:a\s+)?(?:nivel\s+)?nacional$/.test(folded) || /^todo el (?:pais|territorio)/.test(folded)
  );
}

export interface PlacePart<T> {
  /** The words as typed. */
  text: string;
  /** The places they name: one, several (a shared name), or none (unknown words). */
  matches: readonly T[];
}

export interface PlaceSplit<T> {
  parts: PlacePart<T>[];
  /** Typed words that name no place, in order (consecutive unknown words kept together). */
  unknown: string[];
}

/** Commas, semicolons, line breaks, bullets and a standalone "y"/"e" separate names. */
const HARD_SEPARATORS = /[,;\n\r\t|•·]+|\s+(?:y|e)\s+/i;

function longestNameWords(index: Map<string, unknown>): number {
  let most = 1;
  for (const key of index.keys()) most = Math.max(most, key.split(' ').length);
  return most;
}

/**
 * Splits a cell that lists places ("GUATEMALA ESCUINTLA ALTA VERAPAZ", one per line, or with
 * commas) into known names, taking at each position the longest name that matches and leaving
 * words that name nothing as unknown.
 */
function splitPlaces<T>(text: string, lookup: (name: string) => T[], maxWords: number): PlaceSplit<T> {
  const parts: PlacePart<T>[] = [];
  const unknown: string[] = [];
  for (const segment of text.split(HARD_SEPARATORS)) {
    const words = segment.split(/\s+/).filter((w) => foldName(w) !== '');
    let pending: string[] = [];
    const flush = () => {
      if (pending.length === 0) return;
      const typed = pending.join(' ');
      parts.push({ text: typed, matches: [] });
      unknown.push(typed);
      pending = [];
    };
    let i = 0;
    while (i < words.length) {
      let matched = false;
      for (let n = Math.min(maxWords, words.length - i); n >= 1; n--) {
        const typed = words.slice(i, i + n).join(' ');
        const matches = lookup(typed);
        if (matches.length > 0) {
          flush();
          parts.push({ text: typed, matches });
          i += n;
          matched = true;
          break;
        }
      }
      if (!matched) {
        pending.push(words[i]);
        i += 1;
      }
    }
    flush();
  }
  return { parts, unknown };
}

export function splitDepartments(text: string): PlaceSplit<Department> {
  const { departmentsByName, departmentWords } = indexes();
  return splitPlaces(text, (name) => departmentsByName.get(foldName(name)) ?? [], departmentWords);
}

export function splitMunicipalities(text: string, query: MunicipalityQuery = {}): PlaceSplit<Municipality> {
  // Codes in a list of names are not names: only names are looked up here.
  const lookup = (name: string) => (/^\d+$/.test(name.trim()) ? [] : findMunicipalities(name, query));
  return splitPlaces(text, lookup, indexes().municipalityWords);
}
