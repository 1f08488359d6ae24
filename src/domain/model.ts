/**
 * The POM model: one JSON document from which every standard matrix is generated, so the
 * matrices agree by construction. Parsing reports Spanish messages that name the field at fault
 * ("products[3].unit: …"), never a stack trace; cross-field checks (years inside the window,
 * subproducts adding up to their product, products adding up to the budget) follow the shape
 * checks. See model-errors.ts for the Spanish error map and model-checks.ts for the checks.
 */
import { z } from 'zod';
import { INDICATOR_CATEGORIES, MEASUREMENT_FREQUENCIES } from './catalog';
import { checkModel, type CheckOptions } from './model-checks';
import { formatIssues, spanishErrorMap } from './model-errors';
import { checkModelInput, decodeModelBytes, parseJsonText } from './model-input';

const text = z.string().trim().min(1);
/** Plan years: a POM or POA of this century's planning cycle. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
const year = z
  .number()
  .int()
  .min(MIN_YEAR, { message: `el año debe estar entre ${MIN_YEAR} y ${MAX_YEAR}` })
  .max(MAX_YEAR, { message: `el año debe estar entre ${MIN_YEAR} y ${MAX_YEAR}` });
const amount = z.number().finite().nonnegative();
/** "2026" → value, for yearly figures. JSON object keys are strings. */
const yearKey = z.string().regex(/^\d{4}$/, { message: 'la clave debe ser un año de cuatro cifras' });

export const goalSchema = z
  .strictObject({
    physical: amount.describe('Meta física: cantidad en la unidad de medida.'),
    financial: amount.describe('Meta financiera en quetzales.'),
  })
  .describe('Metas de un año.');
export type Goal = z.infer<typeof goalSchema>;

const yearlyGoals = z.record(yearKey, goalSchema).describe('Metas por año: una clave por año del plan ("2026").');

export const coverageSchema = z
  .union([
    z.strictObject({ national: z.literal(true).describe('Cobertura a nivel nacional.') }),
    z.strictObject({
      departments: z.array(text).min(1).describe('Departamentos atendidos, por su nombre (catálogo del INE).'),
      municipalities: z.array(text).default([]).describe('Municipios atendidos, por su nombre (catálogo del INE).'),
    }),
  ])
  .describe('Cobertura: nacional, o departamentos y municipios.');
export type Coverage = z.infer<typeof coverageSchema>;

/** Programmatic category: Programa (2 digits) – Subprograma (2) – Proyecto (2 or 3) – Actividad (3). */
export const codesSchema = z
  .strictObject({
    programa: z
      .string()
      .regex(/^\d{2}$/, { message: 'el programa lleva 2 dígitos ("11")' })
      .describe('Programa, 2 dígitos.'),
    subprograma: z
      .string()
      .regex(/^\d{2}$/, { message: 'el subprograma lleva 2 dígitos ("00")' })
      .describe('Subprograma, 2 dígitos.'),
    proyecto: z
      .string()
      .regex(/^\d{2,3}$/, { message: 'el proyecto lleva 2 o 3 dígitos ("00")' })
      .describe('Proyecto, 2 o 3 dígitos.'),
    actividad: z
      .string()
      .regex(/^\d{3}$/, { message: 'la actividad lleva 3 dígitos ("001")' })
      .describe('Actividad, 3 dígitos.'),
  })
  .describe('Categoría programática del producto.');
export type ProgrammaticCodes = z.infer<typeof codesSchema>;

export const subproductSchema = z.strictObject({
  name: text.describe('Nombre del subproducto.'),
  unit: text.describe('Unidad de medida (catálogo de unidades).'),
  responsible: text.optional().describe('Unidad responsable; la del producto si falta.'),
  goals: yearlyGoals,
  /** Coverage of the subproduct; the product's when absent. */
  coverage: coverageSchema.optional().describe('Cobertura del subproducto; la del producto si falta.'),
});
export type Subproduct = z.infer<typeof subproductSchema>;

export const productSchema = z.strictObject({
  name: text.describe('Nombre del producto.'),
  unit: text.describe('Unidad de medida (catálogo de unidades).'),
  responsible: text.describe('Unidad responsable.'),
  /** "Descripción de la actividad" of the programmatic matrix. */
  activity: text.describe('Descripción de la actividad (red de categorías programáticas).'),
  codes: codesSchema,
  /** Id of the result the product serves (results[].id); central and non-programme products have none. */
  result: text.optional().describe('Id del resultado al que sirve (results[].id); sin él en Actividades Centrales.'),
  goals: yearlyGoals,
  coverage: coverageSchema,
  /** Política General de Gobierno: product of greatest contribution (1) or not (0). */
  pggContribution: z
    .union([z.literal(0), z.literal(1)])
    .describe('Producto de mayor contribución a la PGG: 1 sí, 0 no.'),
  subproducts: z.array(subproductSchema).default([]).describe('Subproductos del producto.'),
});
export type Product = z.infer<typeof productSchema>;

export const resultSchema = z.strictObject({
  id: text.describe('Identificador del resultado, al que apuntan los productos.'),
  direction: z.enum(['incrementado', 'reducido']).describe('Si el resultado se ha incrementado o reducido.'),
  /** What changes: "la protección de derechos a personas migrantes". */
  what: text.describe('Lo que cambia: «la protección de derechos a personas migrantes».'),
  /** Unit written after the quantity: "personas", "delegaciones". */
  unit: text.describe('Unidad escrita tras la cifra: «personas».'),
  /** Unit written after the baseline when it differs ("delegación" for 1). */
  baselineUnit: text.optional().describe('Unidad tras la línea base cuando difiere («delegación» para 1).'),
  cumulative: z.boolean().default(false).describe('Si la cifra es acumulada («… acumulado»).'),
  baseline: z
    .strictObject({ year: year.describe('Año de la línea base.'), value: amount.describe('Valor de la línea base.') })
    .describe('Línea base del resultado.'),
  /** The value reached each year of the window. */
  targets: z.record(yearKey, amount).describe('Valor alcanzado en cada año del plan.'),
});
export type Result = z.infer<typeof resultSchema>;

export const indicatorSchema = z.strictObject({
  code: text.describe('Código del indicador (único).'),
  name: text.describe('Nombre del indicador.'),
  category: z.enum(INDICATOR_CATEGORIES).describe('Categoría: RESULTADO o PRODUCTO.'),
  /** Product (by name) whose physical goals are the indicator's yearly absolutes. */
  product: text.optional().describe('Producto (por nombre) cuyas metas físicas son los datos absolutos.'),
  objective: text.describe('Objetivo asociado.'),
  policy: text.describe('Política pública asociada.'),
  description: text.describe('Descripción del indicador.'),
  relevance: text.describe('Pertinencia.'),
  interpretation: text.describe('Interpretación.'),
  formula: text.describe('Fórmula de cálculo.'),
  frequency: z.enum(MEASUREMENT_FREQUENCIES).describe('Frecuencia de medición.'),
  /** Baseline: year, relative value (percentage 0-100) and the absolute figure behind it. */
  baseline: z
    .strictObject({
      year: year.describe('Año de la línea base (anterior al primer año del plan).'),
      value: z.number().min(0).max(100).describe('Dato relativo, porcentaje de 0 a 100.'),
      absolute: amount.optional().describe('Dato absoluto.'),
    })
    .describe('Línea base del indicador.'),
  /** Target per year of the window, as a percentage 0-100. */
  targets: z.record(yearKey, z.number().min(0).max(100)).describe('Meta de cada año del plan, porcentaje de 0 a 100.'),
  trendExplanation: text.describe('Explicación de la tendencia.'),
  howToAchieve: text.describe('Cómo se va a lograr la meta.'),
  dataSource: text.describe('Procedencia de los datos.'),
  responsibleUnit: text.describe('Unidad responsable de la medición.'),
  methodology: text.describe('Metodología de recopilación.'),
  associatedProduction: z
    .array(
      z.strictObject({
        product: text.describe('Producto asociado.'),
        indicator: text.describe('Indicador del producto.'),
      }),
    )
    .default([])
    .describe('Producción asociada (indicadores de RESULTADO).'),
  technicalNotes: z.string().default('').describe('Notas técnicas.'),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const programmeSchema = z.strictObject({
  code: z
    .string()
    .regex(/^\d{2}$/, { message: 'el código de programa lleva 2 dígitos ("01")' })
    .describe('Código del programa, 2 dígitos.'),
  description: text.describe('Nombre del programa.'),
  amounts: z.record(yearKey, amount).describe('Presupuesto del programa en quetzales, por año.'),
});
export type Programme = z.infer<typeof programmeSchema>;

export const policySchema = z.strictObject({
  /** "POLÍTICAS GENERALES", "POLÍTICAS SECTORIALES/TRANSVERSALES". */
  group: text.describe('Grupo: «POLÍTICAS GENERALES», «POLÍTICAS SECTORIALES/TRANSVERSALES».'),
  policy: text.describe("La política (ODS, K'atun 2032, Prioridades Nacionales…)."),
  objective: text.describe('Objetivo.'),
  axis: text.describe('Eje.'),
  goal: text.describe('Meta.'),
  indicator: text.describe('Indicador.'),
});
export type Policy = z.infer<typeof policySchema>;

export const pomModelSchema = z.strictObject({
  /** Editors' schema reference (schema/pom-model.schema.json); the matrices ignore it. */
  $schema: z.string().optional().describe('Ruta del esquema JSON para el editor; Planifica no lo usa.'),
  institution: z
    .strictObject({
      name: text.describe('Nombre de la institución.'),
      code: z
        .string()
        .regex(/^\d{4}-\d{4}-\d{3}-\d{3}$/, { message: 'el código tiene la forma 1120-0069-000-000' })
        .describe('Código institucional, de la forma 1120-0069-000-000.'),
    })
    .describe('La institución.'),
  years: z
    .strictObject({ from: year.describe('Primer año del plan.'), to: year.describe('Último año del plan.') })
    .refine((y) => y.to >= y.from && y.to - y.from <= 9, {
      message: 'la ventana de años va de "from" a "to" (de 1 a 10 años)',
    })
    .describe('Años del plan, de 1 a 10 (POM: 5; POA: 1).'),
  pgg: z
    .strictObject({ axis: text.describe('Eje de la PGG.'), objective: text.describe('Objetivo de la PGG.') })
    .optional()
    .describe('Vinculación a la Política General de Gobierno.'),
  results: z.array(resultSchema).default([]).describe('Resultados institucionales.'),
  products: z.array(productSchema).min(1).describe('Productos (al menos uno), cada uno con sus subproductos.'),
  indicators: z.array(indicatorSchema).default([]).describe('Fichas técnicas de indicador.'),
  budget: z.array(programmeSchema).default([]).describe('Proyección del presupuesto por programa.'),
  policies: z.array(policySchema).default([]).describe('Análisis de políticas.'),
  /**
   * The institution's own authorised units of measure, besides the standard catalogue's
   * ("Taller"): accepted by the checks and offered in the generated drop-down lists.
   */
  extraUnits: z
    .array(text)
    .default([])
    .describe('Unidades de medida propias de la institución, además de las del catálogo (p. ej. «Taller»).'),
});
export type PomModel = z.infer<typeof pomModelSchema>;
/** The model as written in JSON (defaults not yet applied). */
export type PomModelInput = z.input<typeof pomModelSchema>;

export function modelYears(model: Pick<PomModel, 'years'>): number[] {
  const years: number[] = [];
  for (let y = model.years.from; y <= model.years.to; y++) years.push(y);
  return years;
}

export type ParseModelResult = { ok: true; model: PomModel } | { ok: false; errors: string[] };

/**
 * Validates unknown input (parsed JSON) as a POM model: text Excel can store and a sane depth
 * first (model-input.ts), then the shape, then cross-field checks.
 */
export function parseModel(input: unknown, options: CheckOptions = {}): ParseModelResult {
  const inputErrors = checkModelInput(input);
  if (inputErrors.length > 0) return { ok: false, errors: inputErrors };
  const parsed = pomModelSchema.safeParse(input, { error: spanishErrorMap, reportInput: true });
  if (!parsed.success) return { ok: false, errors: formatIssues(parsed.error.issues) };
  const extraUnits = [...(options.extraUnits ?? []), ...parsed.data.extraUnits];
  const errors = checkModel(parsed.data, { ...options, extraUnits });
  return errors.length ? { ok: false, errors } : { ok: true, model: parsed.data };
}

/** Parses JSON text as a model; a JSON syntax error becomes one Spanish message. */
export function parseModelJson(json: string, options: CheckOptions = {}): ParseModelResult {
  const parsed = parseJsonText(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
  if (!parsed.ok) return { ok: false, errors: [parsed.error] };
  return parseModel(parsed.data, options);
}

/** Parses a model file's bytes: UTF-8 only (Latin-1 is refused with a hint), then as JSON. */
export function parseModelBytes(bytes: Uint8Array, options: CheckOptions = {}): ParseModelResult {
  const decoded = decodeModelBytes(bytes);
  if (!decoded.ok) return { ok: false, errors: [decoded.error] };
  return parseModelJson(decoded.text, options);
}
