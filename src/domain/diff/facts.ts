/**
 * The facts of a plan, one per cell that means something in the plan's terms: a product's name
 * in one matrix, its unit, its physical goal for 2027 in the goals matrix and again in the
 * indicator matrix, a programme's budget, an indicator's baseline, a result statement…
 *
 * Each fact has a `key` that is the same in two versions of the plan (so the versions can be
 * compared fact by fact) and a `group`: the facts that state the same figure in different
 * matrices (the physical goal 2027 of a product in §9.5 and in §9.1) share a group, so a change
 * made in one place can be checked against the others.
 *
 * Items (products, subproducts) are named by an `itemId` the caller gives (diff.ts matches the
 * items of both versions first, so a renamed product keeps its facts' keys).
 */
import { cellAddress, type CellValue, type WorkbookView } from '../../core';
import { parseSegment, type CodeSegment } from '../codes';
import { getItemIndex, itemRowsOf, numericValue, type Item, type ItemMatrix } from '../items';
import { MATRIX_TITLES, FICHA_FIELDS, type FichaField, type MatrixType } from '../matrix';
import { matricesOf } from '../recognize';
import { nameKey } from '../similarity';
import { parseResultStatement } from '../statement';

/** How a fact's value compares and shows. */
export type Measure = 'money' | 'quantity' | 'year' | 'text' | 'code';

export type FactTopic =
  | 'name'
  | 'unit'
  | 'physical'
  | 'financial'
  | 'relative'
  | 'baseline'
  | 'total'
  | 'budget'
  | 'code'
  | 'activity'
  | 'coverage'
  | 'contribution'
  | 'indicator'
  | 'statement'
  | 'policy';

export interface PlanFact {
  key: string;
  group: string;
  topic: FactTopic;
  /** What the fact is about: a product's name, "Programa 11", an indicator's name. */
  subject: string;
  /** What the fact is, in Spanish: "Meta física 2027", "Unidad de medida". */
  label: string;
  year?: number;
  /** The item it belongs to (diff ids), when it belongs to one. */
  itemId?: string;
  matrix: MatrixType;
  sheet: string;
  range: string;
  value: number | string | null;
  measure: Measure;
}

/** Ids shared by both versions, given by the caller (diff.ts) after matching them. */
export interface DiffNames {
  /** The diff id of an item of this version. */
  idOf(item: Item): string;
  /** The id of an indicator sheet, from its name's key and its position among the sheets. */
  fichaId(key: string, index: number): string;
}

function cellValueOf(value: CellValue | undefined, measure: Measure): number | string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'object') return value.error;
  if (measure === 'money' || measure === 'quantity' || measure === 'year') {
    if (typeof value === 'boolean') return String(value);
    const n = numericValue(value);
    if (n !== undefined) return n;
    const text = String(value).trim();
    return text === '' ? null : text;
  }
  const text = String(value).replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

class Collector {
  readonly facts: PlanFact[] = [];
  private readonly seen = new Map<string, number>();

  add(fact: Omit<PlanFact, 'value' | 'range'> & { cell: FactCell | undefined }): void {
    const { cell, ...rest } = fact;
    if (!cell) return;
    // Two facts with one key (an item listed twice in one matrix) are told apart by order.
    const n = this.seen.get(rest.key) ?? 0;
    this.seen.set(rest.key, n + 1);
    const key = n === 0 ? rest.key : `${rest.key}#${n}`;
    this.facts.push({
      ...rest,
      key,
      range: cellAddress(cell.row, cell.col),
      value: cellValueOf(cell.value, rest.measure),
    });
  }
}

/** The cell a fact is read from. */
type FactCell = { row: number; col: number; value: CellValue };

const CONTRIBUTION = 'Producto de mayor contribución (1/0)';

const SEGMENTS = ['programa', 'subprograma', 'proyecto', 'actividad'] as const satisfies readonly CodeSegment[];

/** Every fact of one version of the plan. */
export function planFacts(view: WorkbookView, names: DiffNames): PlanFact[] {
  const out = new Collector();
  const index = getItemIndex(view);

  // Products and subproducts, in every matrix that lists them.
  const ordinal = new Map<string, number>();
  for (const matrix of index.matrices) {
    const m = `${matrix.type}${matrixOrdinal(ordinal, matrix)}`;
    const years = 'years' in matrix ? matrix.years : [];
    itemRowsOf(matrix).forEach((row) => {
      const item = index.itemOf(row);
      if (!item) return;
      const itemId = names.idOf(item);
      const subject = item.name;
      const base = { subject, itemId, matrix: matrix.type, sheet: matrix.sheet };
      const at = `${itemId}|${m}`;
      /** One fact of this row: keyed by the row's matrix, grouped with the item's others. */
      const fact = (
        name: string,
        topic: FactTopic,
        label: string,
        measure: Measure,
        cell: FactCell | undefined,
        year?: number,
      ): void => {
        const suffix = year === undefined ? '' : `|${year}`;
        out.add({
          ...base,
          key: `${name}|${at}${suffix}`,
          group: `${name}|${itemId}${suffix}`,
          topic,
          label,
          ...(year === undefined ? {} : { year }),
          measure,
          cell,
        });
      };
      fact('name', 'name', 'Nombre', 'text', row.name);
      if (row.unit) fact('unit', 'unit', 'Unidad de medida', 'text', row.unit);
      if (matrix.type === 'goals') {
        const goals = matrix.items.find((r) => r === row)!;
        matrix.years.forEach(({ year }, i) => {
          fact('physical', 'physical', `Meta física ${year}`, 'quantity', goals.physical[i], year);
          fact('financial', 'financial', `Meta financiera ${year}`, 'money', goals.financial[i], year);
        });
      } else if (matrix.type === 'indicator-matrix') {
        const r = matrix.rows.find((x) => x === row)!;
        years.forEach(({ year }, i) => {
          fact('physical', 'physical', `Meta física ${year}`, 'quantity', r.absolute[i], year);
          fact('relative', 'relative', `Dato relativo ${year}`, 'quantity', r.relative[i], year);
        });
        if (r.indicator) fact('indicator', 'indicator', 'Indicador', 'text', r.indicator);
        fact('baseline-year', 'baseline', 'Año de la línea de base', 'year', r.baseline.year);
        fact('baseline-absolute', 'baseline', 'Línea de base (datos absolutos)', 'quantity', r.baseline.absolute);
        fact('baseline-relative', 'baseline', 'Línea de base (datos relativos)', 'quantity', r.baseline.relative);
        fact('total-absolute', 'total', 'Total meta multianual', 'quantity', r.total?.absolute);
        fact('total-relative', 'total', 'Total meta multianual (relativo)', 'quantity', r.total?.relative);
      } else if (matrix.type === 'programmatic') {
        const r = matrix.items.find((x) => x === row)!;
        if (r.activity) fact('activity', 'activity', 'Descripción de la actividad', 'text', r.activity);
        for (const segment of SEGMENTS) {
          const cell = r[segment];
          if (!cell) continue;
          const parsed = parseSegment(cell.value, segment);
          const label = segment[0].toUpperCase() + segment.slice(1);
          const value = parsed.raw !== '' ? parsed.raw : cell.value;
          fact(`code-${segment}`, 'code', label, 'code', { ...cell, value });
        }
      } else if (matrix.type === 'coverage') {
        const r = matrix.items.find((x) => x === row)!;
        if (r.departments) fact('departments', 'coverage', 'Cobertura de departamentos', 'text', r.departments);
        if (r.municipalities) fact('municipalities', 'coverage', 'Cobertura de municipios', 'text', r.municipalities);
        if (r.contribution) fact('contribution', 'contribution', CONTRIBUTION, 'quantity', r.contribution);
      } else if (matrix.type === 'pgg') {
        const r = matrix.items.find((x) => x === row)!;
        if (r.contribution) fact('contribution', 'contribution', CONTRIBUTION, 'quantity', r.contribution);
      }
    });
    // Totals of the goals matrix: the financial one is the budget's total too.
    if (matrix.type === 'goals' && matrix.total) {
      const total = matrix.total;
      matrix.years.forEach((y, i) => {
        const year = y.year;
        const base = { subject: 'Total de metas', matrix: matrix.type, sheet: matrix.sheet, year };
        out.add({
          ...base,
          key: `goals-total-physical|${m}|${year}`,
          group: `goals-total-physical|${year}`,
          topic: 'total',
          label: `Total de metas físicas ${year}`,
          measure: 'quantity',
          cell: total.physical[i],
        });
        out.add({
          ...base,
          key: `goals-total-financial|${m}|${year}`,
          group: `financial-total|${year}`,
          topic: 'total',
          label: `Total de metas financieras ${year}`,
          measure: 'money',
          cell: total.financial[i],
        });
      });
    }
  }

  // Statements of results (results, PGG and coverage matrices): by matrix, column year and order,
  // so rows inserted above them do not make them new statements.
  for (const type of ['results', 'pgg', 'coverage'] as const) {
    matricesOf(view, type).forEach((matrix, m) => {
      const order = new Map<string, number>();
      const statements = [...matrix.statements].sort((a, b) => a.text.row - b.text.row || a.text.col - b.text.col);
      for (const statement of statements) {
        const parsed = parseResultStatement(statement.text.value);
        const year = statement.columnYear ?? parsed?.year.value;
        const about = parsed ? nameKey(parsed.subject) : nameKey(statement.text.value);
        const slot = `${type}${m || ''}|${statement.columnYear ?? ''}`;
        const n = order.get(slot) ?? 0;
        order.set(slot, n + 1);
        out.add({
          key: `statement|${slot}|${n}`,
          group: `statement|${year ?? ''}|${about}`,
          topic: 'statement',
          subject: parsed ? parsed.subject : 'Resultado institucional',
          label: year ? `Enunciado del resultado ${year}` : 'Enunciado del resultado',
          year,
          matrix: type,
          sheet: matrix.sheet,
          measure: 'text',
          cell: statement.text,
        });
      }
    });
  }

  // Budget by programme: by programme code, else by description.
  let b = 0;
  for (const budget of matricesOf(view, 'budget')) {
    const m = `budget${b++ || ''}`;
    for (const programme of budget.programmes) {
      const code = parseSegment(programme.code.value, 'programa').code;
      const id = code ?? nameKey(programme.description.value);
      const subject = code ? `Programa ${code}` : programme.description.value;
      const base = { subject, matrix: 'budget' as const, sheet: budget.sheet };
      out.add({
        ...base,
        key: `budget-description|${m}|${id}`,
        group: `budget-description|${id}`,
        topic: 'name',
        label: 'Descripción del programa',
        measure: 'text',
        cell: programme.description,
      });
      budget.years.forEach((y, i) => {
        const year = y.year;
        out.add({
          ...base,
          key: `budget|${m}|${id}|${year}`,
          group: `budget|${id}|${year}`,
          topic: 'budget',
          label: `Presupuesto ${year}`,
          year,
          measure: 'money',
          cell: programme.amounts[i],
        });
      });
    }
    if (budget.total) {
      const total = budget.total;
      budget.years.forEach((y, i) => {
        const year = y.year;
        out.add({
          key: `budget-total|${m}|${year}`,
          group: `financial-total|${year}`,
          topic: 'total',
          subject: 'Total del presupuesto',
          label: `Presupuesto total ${year}`,
          year,
          matrix: 'budget',
          sheet: budget.sheet,
          measure: 'money',
          cell: total.amounts[i],
        });
      });
    }
  }

  // Indicator sheets (fichas): by indicator name when both versions have it, else by order.
  matricesOf(view, 'indicator-sheet').forEach((ficha, i) => {
    const name = ficha.name?.value ?? '';
    const id = name ? names.fichaId(nameKey(name), i) : `#${i}`;
    const subject = name || `Ficha ${i + 1}`;
    const base = { subject, matrix: 'indicator-sheet' as const, sheet: ficha.sheet, topic: 'indicator' as const };
    if (ficha.code)
      out.add({
        ...base,
        key: `ficha-code|${id}`,
        group: `ficha-code|${id}`,
        label: 'Código del indicador',
        measure: 'text',
        cell: ficha.code,
      });
    if (ficha.name)
      out.add({
        ...base,
        key: `ficha-name|${id}`,
        group: `ficha-name|${id}`,
        label: 'Nombre del indicador',
        measure: 'text',
        cell: ficha.name,
      });
    for (const field of FICHA_FIELDS) {
      if (field === 'codeAndName') continue;
      const cell = ficha.fields[field];
      if (cell)
        out.add({
          ...base,
          key: `ficha-${field}|${id}`,
          group: `ficha-${field}|${id}`,
          label: FICHA_LABELS[field],
          measure: 'text',
          cell,
        });
    }
    out.add({
      ...base,
      key: `ficha-baseline-year|${id}`,
      group: `ficha-baseline-year|${id}`,
      label: 'Año de la línea de base',
      measure: 'year',
      cell: ficha.baseline.year,
    });
    out.add({
      ...base,
      key: `ficha-baseline-value|${id}`,
      group: `ficha-baseline-value|${id}`,
      label: 'Valor de la línea de base',
      measure: 'quantity',
      cell: ficha.baseline.value,
    });
    ficha.trend.years.forEach((yearCell, t) => {
      const year = numericValue(yearCell.value);
      const label = year !== undefined ? `Meta ${year}` : `Meta (columna ${t + 1})`;
      out.add({
        ...base,
        key: `ficha-target|${id}|${year ?? `#${t}`}`,
        group: `ficha-target|${id}|${year ?? t}`,
        label,
        year,
        measure: 'quantity',
        cell: ficha.trend.values[t],
      });
    });
  });

  // Policies (§3): by row order.
  for (const policy of matricesOf(view, 'policy')) {
    policy.rows.forEach((row, r) => {
      for (const [field, label] of POLICY_FIELDS) {
        const cell = row[field];
        if (!cell) continue;
        out.add({
          key: `policy-${field}|${policy.sheet}|${r}`,
          group: `policy-${field}|${r}`,
          topic: 'policy',
          subject: row.policy?.value ?? `Política ${r + 1}`,
          label,
          matrix: 'policy',
          sheet: policy.sheet,
          measure: 'text',
          cell,
        });
      }
    });
  }
  return out.facts;
}

function matrixOrdinal(seen: Map<string, number>, matrix: ItemMatrix): string {
  const n = seen.get(matrix.type) ?? 0;
  seen.set(matrix.type, n + 1);
  return n === 0 ? '' : `#${n}`;
}

export function matrixTitle(type: MatrixType): string {
  return MATRIX_TITLES[type].es;
}

const FICHA_LABELS: Record<FichaField, string> = {
  codeAndName: 'Código y nombre del indicador',
  category: 'Categoría',
  objective: 'Objetivo asociado',
  policy: 'Política pública asociada',
  description: 'Descripción',
  relevance: 'Pertinencia',
  interpretation: 'Interpretación',
  formula: 'Fórmula de cálculo',
  frequency: 'Frecuencia de medición',
  trendExplanation: 'Explicación de la tendencia',
  howToAchieve: 'Cómo se va a lograr la meta',
  dataSource: 'Procedencia de los datos',
  responsibleUnit: 'Unidad responsable',
  methodology: 'Metodología de recopilación',
  associatedProduction: 'Producción asociada',
  technicalNotes: 'Notas técnicas',
};

const POLICY_FIELDS = [
  ['policy', 'Política'],
  ['objective', 'Objetivo'],
  ['axis', 'Eje'],
  ['goal', 'Meta'],
  ['indicator', 'Indicador'],
] as const;
