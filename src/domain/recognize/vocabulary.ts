/**
 * The header vocabulary of the POM/POA matrices (SEGEPLAN, MINFIN DTP), as people type it.
 * Each concept lists the phrases that name it; a header cell is classified by matching its
 * words against them with typo tolerance (see ../text.ts). Order matters: the more specific
 * phrase wins ("Descripción de la actividad" before "Descripción", "Meta física" before "Meta").
 */
import { phraseMatches, wordMatches, words, wordsOfFolded, yearOf, yearSpanOf, type PhraseMode } from '../text';
import type { CellValue } from '../../core';

export type HeaderConcept =
  | 'product' // Producto / Subproducto, Productos
  | 'subproduct' // Subproducto (in its own column)
  | 'unit' // Unidad de medida
  | 'indicator' // Nombre del indicador
  | 'indicatorGroup' // Indicadores de productos (merged over the yearly columns)
  | 'baseline' // Línea de base
  | 'absolute' // Datos absolutos
  | 'relative' // Datos relativos
  | 'yearLabel' // Año (baseline year sub-column)
  | 'physical' // Meta física
  | 'financial' // Meta financiera
  | 'meta' // Meta / Metas
  | 'total' // Total, Total meta multianual
  | 'prg' // PRG, Programa (programme code column)
  | 'description' // Descripción, Nombre del programa
  | 'activityDescription' // Descripción de la actividad
  | 'subprograma'
  | 'proyecto'
  | 'actividad'
  | 'result' // Resultado institucional
  | 'resultDescription' // Descripción de resultado
  | 'contribution' // Productos de mayor contribución a la PGG (1/0)
  | 'departments' // Cobertura de departamentos
  | 'municipalities' // Cobertura de municipios
  | 'coverage' // Cobertura
  | 'pgg' // Política General de Gobierno 2024-2028
  | 'axis' // Ejes estratégicos
  | 'objective' // Objetivo
  | 'generalObjective' // Objetivo general
  | 'specificObjectives' // Objetivos específicos o ejes
  | 'goalsOrActions' // Metas o acciones
  | 'indicators' // Indicadores
  | 'responsible' // Responsable, Unidad responsable
  | 'year' // 2026, "Año 2026"
  | 'yearSpan' // 2026-2030
  | 'levelType' // Tipo (a column saying "Producto" / "Subproducto" before the name)
  | 'structureCode'; // Estructura programática ("11-00-000-001" in one cell)

interface Phrase {
  concept: HeaderConcept;
  words: string[];
  mode: PhraseMode;
}

function phrases(concept: HeaderConcept, mode: PhraseMode, ...texts: string[]): Phrase[] {
  return texts.map((text) => ({ concept, words: words(text), mode }));
}

/** Most specific first. */
const VOCABULARY: Phrase[] = [
  ...phrases('contribution', 'contains', 'mayor contribucion'),
  ...phrases('departments', 'contains', 'cobertura departamentos', 'cobertura departamental'),
  ...phrases('municipalities', 'contains', 'cobertura municipios', 'cobertura municipal'),
  ...phrases('departments', 'exact', 'departamentos', 'departamento'),
  ...phrases('municipalities', 'exact', 'municipios', 'municipio'),
  ...phrases('coverage', 'exact', 'cobertura', 'cobertura geografica'),
  ...phrases('pgg', 'prefix', 'politica general gobierno', 'pgg'),
  ...phrases('activityDescription', 'exact', 'descripcion actividad', 'descripcion actividades', 'nombre actividad'),
  ...phrases('resultDescription', 'exact', 'descripcion resultado', 'descripcion resultados'),
  ...phrases(
    'product',
    'exact',
    'producto subproducto',
    'productos subproductos',
    'producto',
    'productos',
    'productos subproductos institucionales',
    'producto subproducto institucional',
    'nombre producto',
    'nombre producto subproducto',
    'productos institucionales',
  ),
  ...phrases('subproduct', 'exact', 'subproducto', 'subproductos'),
  ...phrases(
    'unit',
    'exact',
    'unidad medida',
    'unidad medida producto',
    'unidad medida producto subproducto',
    'unidad',
    'u medida',
    'um',
    'u m',
    'medida',
  ),
  ...phrases('indicatorGroup', 'exact', 'indicadores productos', 'indicadores producto'),
  ...phrases('indicator', 'exact', 'nombre indicador producto', 'nombre indicador', 'indicador producto', 'indicador'),
  ...phrases('baseline', 'exact', 'linea base', 'lineas base', 'linea basal'),
  ...phrases('absolute', 'exact', 'datos absolutos', 'dato absoluto', 'absolutos', 'absoluto'),
  ...phrases('relative', 'exact', 'datos relativos', 'dato relativo', 'relativos', 'relativo'),
  ...phrases(
    'physical',
    'exact',
    'meta fisica',
    'metas fisicas',
    'fisica',
    'fisico',
    'meta fisica cantidad',
    'meta fisica anual',
  ),
  ...phrases(
    'financial',
    'exact',
    'meta financiera',
    'metas financieras',
    'financiera',
    'financiero',
    'meta financiera q',
    'monto',
    'costo',
    'presupuesto',
    'presupuesto asignado',
    'proyeccion',
    'asignacion',
    'asignacion presupuestaria',
    'asignado',
    'monto asignado',
    'presupuesto vigente',
    'recomendado',
    'vigente',
  ),
  ...phrases('meta', 'exact', 'meta', 'metas'),
  ...phrases('total', 'prefix', 'total meta multianual', 'total metas multianuales', 'total multianual'),
  ...phrases('total', 'exact', 'total', 'totales', 'total general'),
  ...phrases('subprograma', 'exact', 'subprograma', 'sub programa', 'subprog', 'sprg'),
  ...phrases('proyecto', 'exact', 'proyecto', 'proyectos', 'proy'),
  ...phrases('actividad', 'exact', 'actividad', 'actividad obra', 'act'),
  ...phrases('prg', 'exact', 'prg', 'prog', 'programa', 'programas', 'codigo programa', 'no programa', 'codigo'),
  ...phrases(
    'description',
    'exact',
    'descripcion',
    'nombre programa',
    'descripcion programa',
    'programa presupuestario',
    'nombre',
  ),
  ...phrases('result', 'exact', 'resultado institucional', 'resultados institucionales', 'resultado', 'resultados'),
  ...phrases('axis', 'exact', 'ejes estrategicos', 'eje estrategico', 'eje', 'ejes'),
  ...phrases('generalObjective', 'exact', 'objetivo general', 'objetivos generales'),
  ...phrases(
    'specificObjectives',
    'exact',
    'objetivos especificos ejes',
    'objetivos especificos',
    'objetivo especifico',
  ),
  ...phrases('goalsOrActions', 'exact', 'metas acciones', 'meta accion'),
  ...phrases('indicators', 'exact', 'indicadores'),
  ...phrases('objective', 'exact', 'objetivo', 'objetivos', 'objetivo estrategico'),
  ...phrases('responsible', 'exact', 'responsable', 'unidad responsable', 'responsables'),
  ...phrases('yearLabel', 'exact', 'ano', 'anio'),
  ...phrases('levelType', 'exact', 'tipo', 'nivel', 'tipo producto', 'nivel producto'),
  ...phrases(
    'structureCode',
    'exact',
    'estructura programatica',
    'estructura presupuestaria',
    'categoria programatica',
    'codigo presupuestario',
  ),
];

/**
 * The phrases a header could match, in vocabulary order. Typos keep a word's first letter, so
 * an 'exact' phrase must start with the same letter and have as many words; a 'prefix' phrase
 * the same first letter. This keeps classification cheap on big sheets.
 */
const INDEXED = VOCABULARY.map((phrase, index) => ({ ...phrase, index }));
const CONTAINS = INDEXED.filter((p) => p.mode === 'contains');
const BY_KEY = new Map<string, (typeof INDEXED)[number][]>();
for (const phrase of INDEXED) {
  if (phrase.mode === 'contains') continue;
  const key = phrase.mode === 'exact' ? `${phrase.words[0][0]}|${phrase.words.length}` : `${phrase.words[0][0]}|*`;
  const list = BY_KEY.get(key);
  if (list) list.push(phrase);
  else BY_KEY.set(key, [phrase]);
}

const CANDIDATES = new Map<string, Phrase[]>();

function candidates(cellWords: string[]): Phrase[] {
  const letter = cellWords[0][0];
  const key = `${letter}|${cellWords.length}`;
  let list = CANDIDATES.get(key);
  if (!list) {
    list = [...CONTAINS, ...(BY_KEY.get(key) ?? []), ...(BY_KEY.get(`${letter}|*`) ?? [])].sort(
      (a, b) => a.index - b.index,
    );
    CANDIDATES.set(key, list);
  }
  return list;
}

/** Quick test before fuzzy matching: a header is short and shares a stem with the vocabulary. */
const STEMS =
  /prod|unid|indic|lin|dato|met|fis|finan|tot|prg|prog|desc|sub|proy|act|res|contrib|cobert|depart|munic|polit|pgg|eje|obj|ano|anio|cod|nomb|abs|rel|mont|cost|u\smed|respons|presup|asign|recomend|vigent|tipo|nivel|estruct|categ|medida|^u\W*m$/;
const MAX_HEADER_LENGTH = 140;

/** Whether a folded text could be a header at all (cheap; used to skip most cells). */
export function mayBeHeader(folded: string): boolean {
  if (folded.length === 0 || folded.length > MAX_HEADER_LENGTH) return false;
  return STEMS.test(folded);
}

const FOUR_DIGITS = /\d{4}/;

/** The concept a header cell names, or undefined. Years are concepts too ('year', 'yearSpan'). */
export function classifyHeader(
  value: CellValue | undefined,
  folded: string,
  cellWords: string[],
): HeaderConcept | undefined {
  if (typeof value === 'number' || FOUR_DIGITS.test(folded)) {
    if (yearOf(value) !== undefined) return 'year';
    if (yearSpanOf(value) !== undefined) return 'yearSpan';
  }
  if (!mayBeHeader(folded) || cellWords.length === 0) return undefined;
  const direct = matchVocabulary(cellWords);
  if (direct) return direct;
  // A unit in parentheses at the end: "Meta financiera 2026 (Q)", "Contribución (1/0)".
  const bare = withoutTrailingParenthesis(folded).trim();
  if (bare !== folded && bare !== '') return classifyHeader(bare, bare, wordsOfFolded(bare));
  // "Total 2027-2031": a multiannual total that names its span.
  const span = trailingSpan(folded);
  if (span) return matchVocabulary(wordsOfFolded(span.rest), (c) => c === 'total');
  // "Meta física 2026", "Datos absolutos 2027": a sub-header that carries its own year.
  if (trailingYear(folded) !== undefined) return matchVocabulary(cellWords.slice(0, -1), (c) => YEARED_CONCEPTS.has(c));
  return undefined;
}

const TRAILING_PARENTHESIS = /\s*\([^()]*\)$/;

/**
 * The text without a final "(…)". The regex is tried at every position of the text, so texts
 * that do not end in ")" (most product names reach here) skip it.
 */
function withoutTrailingParenthesis(folded: string): string {
  return folded.endsWith(')') ? folded.replace(TRAILING_PARENTHESIS, '') : folded;
}

/** Whether the last character is a digit (a trailing year or span needs one). */
function endsWithDigit(text: string): boolean {
  const code = text.charCodeAt(text.length - 1);
  return code >= 0x30 && code <= 0x39;
}

/** Every word of the vocabulary. */
const VOCABULARY_WORDS: ReadonlySet<string> = new Set(VOCABULARY.flatMap((phrase) => phrase.words));

/**
 * A typed word as a typo of a vocabulary word, except that a word the vocabulary itself uses is
 * taken as written: "Nombre del proyecto" is no misspelt "Nombre del producto" (both words are
 * headers of their own), though "Metas" may stand for "Meta" (singular and plural).
 */
function vocabularyTypo(typed: string, expected: string): boolean {
  if (typed === expected) return true;
  if (VOCABULARY_WORDS.has(typed) && !singularOrPlural(typed, expected)) return false;
  return wordMatches(typed, expected);
}

function singularOrPlural(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long === `${short}s` || long === `${short}es`;
}

/** The concept whose phrase the words say: exact words first ("PROYECTO" is not a typo of "PRODUCTO"). */
function matchVocabulary(
  cellWords: string[],
  allowed?: (concept: HeaderConcept) => boolean,
): HeaderConcept | undefined {
  if (cellWords.length === 0) return undefined;
  // Most calls allow every concept: no filtered copy of the candidate list for them.
  const list = allowed ? candidates(cellWords).filter((p) => allowed(p.concept)) : candidates(cellWords);
  for (const phrase of list) if (phraseMatches(cellWords, phrase.words, phrase.mode, false)) return phrase.concept;
  for (const phrase of list)
    if (phraseMatches(cellWords, phrase.words, phrase.mode, vocabularyTypo)) return phrase.concept;
  return undefined;
}

/** "total 2027-2031" → the span and the words before it. */
export function trailingSpan(folded: string): { from: number; to: number; rest: string } | undefined {
  const text = withoutTrailingParenthesis(folded);
  if (!endsWithDigit(text)) return undefined;
  const m = /^(.*\D)\s*((?:19|20)\d\d)\s*(?:-|–|—|a|al)\s*((?:19|20)\d\d)$/.exec(text);
  if (!m) return undefined;
  const from = Number(m[2]);
  const to = Number(m[3]);
  return from < to ? { from, to, rest: m[1] } : undefined;
}

const YEARED_CONCEPTS: ReadonlySet<HeaderConcept> = new Set<HeaderConcept>([
  'result',
  'physical',
  'financial',
  'absolute',
  'relative',
  'meta',
]);

/** The year at the end of a folded header ("meta fisica 2026" → 2026). */
export function trailingYear(folded: string): number | undefined {
  const text = withoutTrailingParenthesis(folded);
  if (!endsWithDigit(text)) return undefined;
  const m = /\D\s*((?:19|20)\d\d)$/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** Concepts that can start a matrix's header block (a lone "Total" or "Meta" cannot). */
export const ANCHOR_CONCEPTS: ReadonlySet<HeaderConcept> = new Set<HeaderConcept>([
  'product',
  'prg',
  'subprograma',
  'result',
  'contribution',
  'departments',
  'municipalities',
  'pgg',
  'generalObjective',
  'specificObjectives',
  'goalsOrActions',
  'indicatorGroup',
  'indicator',
  'baseline',
  'unit',
  'year',
]);
