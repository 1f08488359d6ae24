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
import { MATRIX_TITLES, FICHA_FIELDS, type FichaField, type MatrixType, type NumberCell } from '../matrix';
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

  add(
    fact: Omit<PlanFact, 'value' | 'range'> & { cell: { row: number; col: number; value: CellValue } | undefined },
  ): void {
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

function num(cell: NumberCell | undefined): { row: number; col: number; value: CellValue } | undefined {
  return cell;
}

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
      out.add({
        ...base,
        key: `name|${at}`,
        group: `name|${itemId}`,
        topic: 'name',
        label: 'Nombre',
        measure: 'text',
        cell: row.name,
      });
      if (row.unit) {
        out.add({
          ...base,
          key: `unit|${at}`,
          group: `unit|${itemId}`,
          topic: 'unit',
          label: 'Unidad de medida',
          measure: 'text',
          cell: row.unit,
        });
      }
      if (matrix.type === 'goals') {
        const goals = matrix.items.find((r) => r === row)!;
        matrix.years.forEach((y, i) => {
          const year = y.year;
          out.add({
            ...base,
            key: `physical|${at}|${year}`,
            group: `physical|${itemId}|${year}`,
            topic: 'physical',
            label: `Meta física ${year}`,
            year,
            measure: 'quantity',
            cell: num(goals.physical[i]),
          });
          out.add({
            ...base,
            key: `financial|${at}|${year}`,
            group: `financial|${itemId}|${year}`,
            topic: 'financial',
            label: `Meta financiera ${year}`,
            year,
            measure: 'money',
            cell: num(goals.financial[i]),
          });
        });
      } else if (matrix.type === 'indicator-matrix') {
        const r = matrix.rows.find((x) => x === row)!;
        years.forEach((y, i) => {
          const year = y.year;
          out.add({
            ...base,
            key: `physical|${at}|${year}`,
            group: `physical|${itemId}|${year}`,
            topic: 'physical',
            label: `Meta física ${year}`,
            year,
            measure: 'quantity',
            cell: num(r.absolute[i]),
          });
          out.add({
            ...base,
            key: `relative|${at}|${year}`,
            group: `relative|${itemId}|${year}`,
            topic: 'relative',
            label: `Dato relativo ${year}`,
            year,
            measure: 'quantity',
            cell: num(r.relative[i]),
          });
        });
        if (r.indicator)
          out.add({
            ...base,
            key: `indicator|${at}`,
            group: `indicator|${itemId}`,
            topic: 'indicator',
            label: 'Indicador',
            measure: 'text',
            cell: r.indicator,
          });
        out.add({
          ...base,
          key: `baseline-year|${at}`,
          group: `baseline-year|${itemId}`,
          topic: 'baseline',
          label: 'Año de la línea de base',
          measure: 'year',
          cell: num(r.baseline.year),
        });
        out.add({
          ...base,
          key: `baseline-absolute|${at}`,
          group: `baseline-absolute|${itemId}`,
          topic: 'baseline',
          label: 'Línea de base (datos absolutos)',
          measure: 'quantity',
          cell: num(r.baseline.absolute),
        });
        out.add({
          ...base,
          key: `baseline-relative|${at}`,
          group: `baseline-relative|${itemId}`,
          topic: 'baseline',
          label: 'Línea de base (datos relativos)',
          measure: 'quantity',
          cell: num(r.baseline.relative),
        });
        out.add({
          ...base,
          key: `total-absolute|${at}`,
          group: `total-absolute|${itemId}`,
          topic: 'total',
          label: 'Total meta multianual',
          measure: 'quantity',
          cell: num(r.total?.absolute),
        });
        out.add({
          ...base,
          key: `total-relative|${at}`,
          group: `total-relative|${itemId}`,
          topic: 'total',
          label: 'Total meta multianual (relativo)',
          measure: 'quantity',
          cell: num(r.total?.relative),
        });
      } else if (matrix.type === 'programmatic') {
        const r = matrix.items.find((x) => x === row)!;
        if (r.activity)
          out.add({
            ...base,
            key: `activity|${at}`,
            group: `activity|${itemId}`,
            topic: 'activity',
            label: 'Descripción de la actividad',
            measure: 'text',
            cell: r.activity,
          });
        for (const segment of SEGMENTS) {
          const cell = r[segment];
          if (!cell) continue;
          const parsed = parseSegment(cell.value, segment);
          out.add({
            ...base,
            key: `code-${segment}|${at}`,
            group: `code-${segment}|${itemId}`,
            topic: 'code',
            label: segment[0].toUpperCase() + segment.slice(1),
            measure: 'code',
            cell: { ...cell, value: parsed.raw !== '' ? parsed.raw : cell.value },
          });
        }
      } else if (matrix.type === 'coverage') {
        const r = matrix.items.find((x) => x === row)!;
        if (r.departments)
          out.add({
            ...base,
            key: `departments|${at}`,
            group: `departments|${itemId}`,
            topic: 'coverage',
            label: 'Cobertura de departamentos',
            measure: 'text',
            cell: r.departments,
          });
        if (r.municipalities)
          out.add({
            ...base,
            key: `municipalities|${at}`,
            group: `municipalities|${itemId}`,
            topic: 'coverage',
            label: 'Cobertura de municipios',
            measure: 'text',
            cell: r.municipalities,
          });
        if (r.contribution)
          out.add({
            ...base,
            key: `contribution|${at}`,
            group: `contribution|${itemId}`,
            topic: 'contribution',
            label: 'Producto de mayor contribución (1/0)',
            measure: 'quantity',
            cell: r.contribution,
          });
      } else if (matrix.type === 'pgg') {
        const r = matrix.items.find((x) => x === row)!;
        if (r.contribution)
          out.add({
            ...base,
            key: `contribution|${at}`,
            group: `contribution|${itemId}`,
            topic: 'contribution',
            label: 'Producto de mayor contribución (1/0)',
            measure: 'quantity',
            cell: r.contribution,
          });
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
          cell: num(total.physical[i]),
        });
        out.add({
          ...base,
          key: `goals-total-financial|${m}|${year}`,
          group: `financial-total|${year}`,
          topic: 'total',
          label: `Total de metas financieras ${year}`,
          measure: 'money',
          cell: num(total.financial[i]),
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
          cell: num(programme.amounts[i]),
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
          cell: num(total.amounts[i]),
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
      cell: num(ficha.baseline.year),
    });
    out.add({
      ...base,
      key: `ficha-baseline-value|${id}`,
      group: `ficha-baseline-value|${id}`,
      label: 'Valor de la línea de base',
      measure: 'quantity',
      cell: num(ficha.baseline.value),
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
        cell: num(ficha.trend.values[t]),
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
