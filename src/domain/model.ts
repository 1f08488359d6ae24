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

const text = z.string().trim().min(1);
const year = z.number().int().min(1990).max(2100);
const amount = z.number().finite().nonnegative();
/** "2026" → value, for yearly figures. JSON object keys are strings. */
const yearKey = z.string().regex(/^\d{4}$/, { message: 'la clave debe ser un año de cuatro cifras' });

export const goalSchema = z.strictObject({ physical: amount, financial: amount });
export type Goal = z.infer<typeof goalSchema>;

const yearlyGoals = z.record(yearKey, goalSchema);

export const coverageSchema = z.union([
  z.strictObject({ national: z.literal(true) }),
  z.strictObject({ departments: z.array(text).min(1), municipalities: z.array(text).default([]) }),
]);
export type Coverage = z.infer<typeof coverageSchema>;

/** Programmatic category: Programa (2 digits) – Subprograma (2) – Proyecto (2 or 3) – Actividad (3). */
export const codesSchema = z.strictObject({
  programa: z.string().regex(/^\d{2}$/, { message: 'el programa lleva 2 dígitos ("11")' }),
  subprograma: z.string().regex(/^\d{2}$/, { message: 'el subprograma lleva 2 dígitos ("00")' }),
  proyecto: z.string().regex(/^\d{2,3}$/, { message: 'el proyecto lleva 2 o 3 dígitos ("00")' }),
  actividad: z.string().regex(/^\d{3}$/, { message: 'la actividad lleva 3 dígitos ("001")' }),
});
export type ProgrammaticCodes = z.infer<typeof codesSchema>;

export const subproductSchema = z.strictObject({
  name: text,
  unit: text,
  responsible: text.optional(),
  goals: yearlyGoals,
  /** Coverage of the subproduct; the product's when absent. */
  coverage: coverageSchema.optional(),
});
export type Subproduct = z.infer<typeof subproductSchema>;

export const productSchema = z.strictObject({
  name: text,
  unit: text,
  responsible: text,
  /** "Descripción de la actividad" of the programmatic matrix. */
  activity: text,
  codes: codesSchema,
  /** Id of the result the product serves (results[].id); central and non-programme products have none. */
  result: text.optional(),
  goals: yearlyGoals,
  coverage: coverageSchema,
  /** Política General de Gobierno: product of greatest contribution (1) or not (0). */
  pggContribution: z.union([z.literal(0), z.literal(1)]),
  subproducts: z.array(subproductSchema).default([]),
});
export type Product = z.infer<typeof productSchema>;

export const resultSchema = z.strictObject({
  id: text,
  direction: z.enum(['incrementado', 'reducido']),
  /** What changes: "la protección de derechos a personas migrantes". */
  what: text,
  /** Unit written after the quantity: "personas", "delegaciones". */
  unit: text,
  /** Unit written after the baseline when it differs ("delegación" for 1). */
  baselineUnit: text.optional(),
  cumulative: z.boolean().default(false),
  baseline: z.strictObject({ year, value: amount }),
  /** The value reached each year of the window. */
  targets: z.record(yearKey, amount),
});
export type Result = z.infer<typeof resultSchema>;

export const indicatorSchema = z.strictObject({
  code: text,
  name: text,
  category: z.enum(INDICATOR_CATEGORIES),
  /** Product (by name) whose physical goals are the indicator's yearly absolutes. */
  product: text.optional(),
  objective: text,
  policy: text,
  description: text,
  relevance: text,
  interpretation: text,
  formula: text,
  frequency: z.enum(MEASUREMENT_FREQUENCIES),
  /** Baseline: year, relative value (percentage 0-100) and the absolute figure behind it. */
  baseline: z.strictObject({ year, value: z.number().min(0).max(100), absolute: amount.optional() }),
  /** Target per year of the window, as a percentage 0-100. */
  targets: z.record(yearKey, z.number().min(0).max(100)),
  trendExplanation: text,
  howToAchieve: text,
  dataSource: text,
  responsibleUnit: text,
  methodology: text,
  associatedProduction: z.array(z.strictObject({ product: text, indicator: text })).default([]),
  technicalNotes: z.string().default(''),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const programmeSchema = z.strictObject({
  code: z.string().regex(/^\d{2}$/, { message: 'el código de programa lleva 2 dígitos ("01")' }),
  description: text,
  amounts: z.record(yearKey, amount),
});
export type Programme = z.infer<typeof programmeSchema>;

export const policySchema = z.strictObject({
  /** "POLÍTICAS GENERALES", "POLÍTICAS SECTORIALES/TRANSVERSALES". */
  group: text,
  policy: text,
  objective: text,
  axis: text,
  goal: text,
  indicator: text,
});
export type Policy = z.infer<typeof policySchema>;

export const pomModelSchema = z.strictObject({
  institution: z.strictObject({
    name: text,
    code: z.string().regex(/^\d{4}-\d{4}-\d{3}-\d{3}$/, { message: 'el código tiene la forma 1120-0069-000-000' }),
  }),
  years: z.strictObject({ from: year, to: year }).refine((y) => y.to >= y.from && y.to - y.from <= 9, {
    message: 'la ventana de años va de "from" a "to" (de 1 a 10 años)',
  }),
  pgg: z.strictObject({ axis: text, objective: text }).optional(),
  results: z.array(resultSchema).default([]),
  products: z.array(productSchema).min(1),
  indicators: z.array(indicatorSchema).default([]),
  budget: z.array(programmeSchema).default([]),
  policies: z.array(policySchema).default([]),
  /**
   * The institution's own authorised units of measure, besides the standard catalogue's
   * ("Taller"): accepted by the checks and offered in the generated drop-down lists.
   */
  extraUnits: z.array(text).default([]),
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

/** Validates unknown input (parsed JSON) as a POM model: shape first, then cross-field checks. */
export function parseModel(input: unknown, options: CheckOptions = {}): ParseModelResult {
  const parsed = pomModelSchema.safeParse(input, { error: spanishErrorMap, reportInput: true });
  if (!parsed.success) return { ok: false, errors: formatIssues(parsed.error.issues) };
  const extraUnits = [...(options.extraUnits ?? []), ...parsed.data.extraUnits];
  const errors = checkModel(parsed.data, { ...options, extraUnits });
  return errors.length ? { ok: false, errors } : { ok: true, model: parsed.data };
}

/** Parses JSON text as a model; a JSON syntax error becomes one Spanish message. */
export function parseModelJson(json: string, options: CheckOptions = {}): ParseModelResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [`el archivo no es JSON válido (${detail})`] };
  }
  return parseModel(data, options);
}
