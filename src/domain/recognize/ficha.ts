/**
 * §9.1 Ficha técnica de indicador (MINFIN DTP): labels in one column, values to their right
 * (often in a cell merged further right) or on the row below; a trend block ("Años" row over a
 * "Valor" row) and a baseline typed as "Año: 2023" and "Valor: 97.53" in cells. Fichas are
 * stacked one after another on a sheet, each under header lines such as the ministry title and
 * "1120-0069-000-000 INSTITUTO GUATEMALTECO DE MIGRACIÓN".
 */
import { rangeAddress, type CellValue, type RangeBox } from '../../core';
import { FICHA_FIELDS, type FichaField, type IndicatorSheet, type Located, type NumberCell } from '../matrix';
import { normalize, phraseMatches, words, yearOf } from '../text';
import type { Grid } from './grid';

const LABELS: Record<FichaField, string[]> = {
  codeAndName: ['codigo nombre indicador', 'nombre codigo indicador'],
  category: ['categoria indicador', 'categoria'],
  objective: ['objetivo asociado indicador', 'objetivo asociado'],
  policy: ['politica publica asociada', 'politica asociada'],
  description: ['descripcion indicador'],
  relevance: ['pertinencia'],
  interpretation: ['interpretacion', 'interpretacion indicador'],
  formula: ['formula calculo', 'formula'],
  frequency: ['frecuencia medicion', 'frecuencia'],
  trendExplanation: ['explicacion tendencia'],
  howToAchieve: ['como se va lograr meta', 'como se lograra meta', 'como lograr meta'],
  dataSource: ['procedencia datos', 'fuente datos', 'fuente informacion'],
  responsibleUnit: ['unidad responsable'],
  methodology: ['metodologia recopilacion', 'metodologia'],
  associatedProduction: ['produccion asociada'],
  technicalNotes: ['notas tecnicas', 'nota tecnica'],
};
const LABEL_WORDS = FICHA_FIELDS.map((field) => ({ field, phrases: LABELS[field].map((p) => words(p)) }));
const CODE_LABEL = LABELS.codeAndName.map((p) => words(p));
/** Labels that are not fields but must not be read as values either. */
const OTHER_LABELS = [
  'tendencia meta indicador',
  'medios verificacion',
  'anos',
  'ano',
  'valor',
  'valores',
  'linea base',
  'productos',
  'indicadores',
].map((p) => words(p));

function fieldOf(cellWords: string[]): FichaField | undefined {
  if (cellWords.length === 0 || cellWords.length > 20) return undefined;
  for (const { field, phrases } of LABEL_WORDS)
    if (phrases.some((p) => phraseMatches(cellWords, p, field === 'associatedProduction' ? 'prefix' : 'exact')))
      return field;
  return undefined;
}

function isLabel(grid: Grid, row: number, col: number): boolean {
  const cellWords = grid.words(row, col);
  return fieldOf(cellWords) !== undefined || OTHER_LABELS.some((p) => phraseMatches(cellWords, p, 'exact'));
}

/** The rows where fichas start ("Código y nombre del indicador" labels), top to bottom. */
function fichaStarts(grid: Grid, limit?: RangeBox): { row: number; col: number }[] {
  const starts: { row: number; col: number }[] = [];
  for (const cell of grid.sheet.textCells) {
    if (cell.value.length > 80 || !/c[oó]d/i.test(cell.value)) continue;
    if (limit && (cell.row < limit.top || cell.row > limit.bottom || cell.col < limit.left || cell.col > limit.right))
      continue;
    const cellWords = grid.words(cell.row, cell.col);
    if (CODE_LABEL.some((p) => phraseMatches(cellWords, p, 'exact'))) starts.push({ row: cell.row, col: cell.col });
  }
  return starts.sort((a, b) => a.row - b.row || a.col - b.col);
}

/** Header lines above a ficha: the ministry title, "FICHA TÉCNICA …", the institution code line. */
function isFichaHeaderLine(grid: Grid, row: number): boolean {
  return grid.filledCols(row).some((col) => {
    const text = grid.text(row, col);
    return /ficha tecnica|ministerio de finanzas|direccion tecnica del presupuesto|^\d{4}-\d{4}(-\d{3}){0,2}\b/.test(
      text,
    );
  });
}

/** Finds every ficha of a sheet (within a generated area when given), outside claimed areas. */
export function findFichas(
  grid: Grid,
  isClaimed: (row: number, col: number) => boolean,
  limit?: RangeBox,
): IndicatorSheet[] {
  const starts = fichaStarts(grid, limit).filter((s) => limit || !isClaimed(s.row, s.col));
  const fichas: (IndicatorSheet & { rangeBox: RangeBox })[] = [];
  // Fichas stand one under another, or side by side in bands (three to a printed page): the next
  // ficha beside one bounds it on the right, the next band bounds it from below.
  let bandTop = -Infinity;
  let bandEnd = limit ? limit.top - 1 : -1;
  let previousEnd = bandEnd;
  for (const start of starts) {
    if (start.row > bandTop + BAND_ROWS) {
      bandTop = start.row;
      previousEnd = bandEnd;
    }
    const beside = starts.find((s) => s.col > start.col && Math.abs(s.row - start.row) <= BAND_ROWS);
    const below = starts.find((s) => s.row > bandTop + BAND_ROWS);
    const right = beside ? beside.col - 1 : Infinity;
    const ficha = readFicha(grid, start, previousEnd, below?.row ?? Infinity, limit, right);
    fichas.push(ficha);
    bandEnd = Math.max(bandEnd, ficha.rangeBox.bottom);
  }
  return fichas.map(({ rangeBox: _box, ...ficha }) => ficha);
}

/** Fichas whose first labels are this many rows apart or fewer stand side by side. */
const BAND_ROWS = 3;
/** Blank rows that end a ficha when no other ficha follows. */
const END_GAP = 3;
const MAX_FICHA_ROWS = 120;

function readFicha(
  grid: Grid,
  start: { row: number; col: number },
  previousEnd: number,
  nextStart: number,
  limit: RangeBox | undefined,
  rightLimit: number,
): IndicatorSheet & { rangeBox: RangeBox } {
  const labelCol = start.col;
  // Header lines just above belong to this ficha.
  let top = start.row;
  for (let row = start.row - 1; row > previousEnd && row >= start.row - 4; row--) {
    if (isFichaHeaderLine(grid, row)) top = row;
    else if (!grid.isBlankRow(row, 0, Infinity)) break;
  }
  // The next ficha's header lines are not part of this one.
  let stop = Math.min(nextStart - 1, limit ? limit.bottom : Infinity, start.row + MAX_FICHA_ROWS);
  if (nextStart !== Infinity) {
    for (let row = nextStart - 1; row > start.row && row >= nextStart - 4; row--) {
      if (isFichaHeaderLine(grid, row) || grid.isBlankRow(row, 0, Infinity)) stop = row - 1;
      else break;
    }
  }
  const ficha: IndicatorSheet & { rangeBox: RangeBox } = {
    type: 'indicator-sheet',
    sheet: grid.name,
    range: '',
    headerTop: top,
    headerBottom: start.row,
    generated: Boolean(limit),
    fields: {},
    labels: {},
    trend: { years: [], values: [] },
    baseline: {},
    rangeBox: { top, left: labelCol, bottom: start.row, right: labelCol },
  };
  let bottom = start.row;
  let right = labelCol;
  let blank = 0;
  for (let row = start.row; row <= stop; row++) {
    const cols = grid.filledCols(row, labelCol, rightLimit);
    if (cols.length === 0) {
      if (++blank >= END_GAP && nextStart === Infinity && !limit) break;
      continue;
    }
    blank = 0;
    bottom = row;
    right = Math.max(right, grid.mergeCovering(row, cols[cols.length - 1])?.right ?? cols[cols.length - 1]);
    readRow(grid, ficha, row, labelCol, stop, rightLimit);
  }
  ficha.rangeBox = limit ?? { top, left: labelCol, bottom, right };
  ficha.range = rangeAddress(ficha.rangeBox);
  splitCodeAndName(ficha);
  return ficha;
}

function readRow(
  grid: Grid,
  ficha: IndicatorSheet,
  row: number,
  labelCol: number,
  stop: number,
  rightLimit: number,
): void {
  const label = grid.rawText(row, labelCol);
  if (label === undefined) return;
  const cellWords = grid.words(row, labelCol);
  const folded = normalize(label);
  if (/^anos?$|^anios?$/.test(folded) && ficha.trend.years.length === 0) {
    readTrend(grid, ficha, row, labelCol, rightLimit);
    return;
  }
  if (phraseMatches(cellWords, ['linea', 'base'], 'exact') || phraseMatches(cellWords, ['linea', 'basal'], 'exact')) {
    readBaseline(grid, ficha, row, labelCol, label, rightLimit);
    return;
  }
  const field = fieldOf(cellWords);
  if (!field || ficha.labels[field]) return;
  ficha.labels[field] = { value: label.trim(), row, col: labelCol };
  const value = valueRight(grid, row, labelCol, rightLimit) ?? valueBelow(grid, row, labelCol, field, stop, rightLimit);
  if (value) ficha.fields[field] = value;
}

/** The first filled cell right of the label on its row. */
function valueRight(grid: Grid, row: number, labelCol: number, rightLimit: number): Located<CellValue> | undefined {
  const merge = grid.mergeCovering(row, labelCol);
  const from = (merge?.right ?? labelCol) + 1;
  const col = grid.filledCols(row, from, rightLimit)[0];
  return col === undefined ? undefined : { value: trimmed(grid.value(row, col) ?? null), row, col };
}

/**
 * A value on the rows under its label ("Notas Técnicas" over its note; "Producción asociada"
 * over a "Productos | Indicadores" table, whose first product is the value).
 */
function valueBelow(
  grid: Grid,
  row: number,
  labelCol: number,
  field: FichaField,
  stop: number,
  rightLimit: number,
): Located<CellValue> | undefined {
  // Never past this ficha, and never the next ficha's header lines.
  for (let r = row + 1; r <= Math.min(row + 3, stop); r++) {
    if (isFichaHeaderLine(grid, r)) return undefined;
    const cols = grid.filledCols(r, labelCol, rightLimit);
    if (cols.length === 0) continue;
    const col = cols[0];
    if (isLabel(grid, r, col)) {
      const folded = grid.text(r, col);
      // The "Productos | Indicadores" heading of the associated production table.
      if (field === 'associatedProduction' && /^productos?$/.test(folded)) continue;
      return undefined;
    }
    return { value: trimmed(grid.value(r, col) ?? null), row: r, col };
  }
  return undefined;
}

function trimmed(value: CellValue): CellValue {
  return typeof value === 'string' ? value.trim() : value;
}

/** "Años | 2023 | 2025 | …" and, under it, "Valor | 83.77 | 100 | …". */
function readTrend(grid: Grid, ficha: IndicatorSheet, row: number, labelCol: number, rightLimit: number): void {
  const yearCols = grid
    .filledCols(row, labelCol + 1, rightLimit)
    .filter((col) => yearOf(grid.value(row, col)) !== undefined);
  if (yearCols.length === 0) return;
  ficha.trend.years = yearCols.map((col) => ({ value: yearOf(grid.value(row, col))!, row, col }));
  for (let r = row + 1; r <= row + 2; r++) {
    const label = grid.text(r, labelCol);
    if (
      /^(valor|valores|meta|metas|dato|datos)$/.test(label) ||
      (label === '' && grid.filledCols(r, labelCol, rightLimit).length > 0)
    ) {
      ficha.trend.values = yearCols.map((col) => numberCell(grid, r, col));
      return;
    }
  }
}

/** "Línea Base | Año: 2023 | Valor: 97.53", or "Año | 2023 | Valor | 97.53", or the same on the rows below. */
function readBaseline(
  grid: Grid,
  ficha: IndicatorSheet,
  row: number,
  labelCol: number,
  label: string,
  rightLimit: number,
): void {
  ficha.baseline.label = { value: label.trim(), row, col: labelCol };
  for (let r = row; r <= row + 2; r++) {
    if (r > row && grid.filledCols(r, labelCol, labelCol).length > 0 && !isBaselinePart(grid.text(r, labelCol))) break;
    const cols = grid.filledCols(r, r === row ? labelCol + 1 : labelCol, rightLimit);
    for (let i = 0; i < cols.length; i++) {
      const col = cols[i];
      const text = grid.text(r, col);
      const value = grid.value(r, col);
      const year = /\ban(i)?o\s*:?\s*((?:19|20)\d\d)\b/.exec(text);
      const amount = /\bvalor\s*:?\s*(-?[\d.,]+\s*%?)/.exec(text);
      if (year && !ficha.baseline.year) ficha.baseline.year = { value: Number(year[2]), row: r, col };
      if (amount && !ficha.baseline.value) ficha.baseline.value = { value: parseNumber(amount[1]), row: r, col };
      if (year || amount) continue;
      // A label cell ("Año:", "Valor") takes the cell right after it, empty or not; another
      // label is never its value.
      const labelFor = /^an(i)?o$/.test(text) ? 'year' : /^valor$/.test(text) ? 'value' : undefined;
      if (labelFor) {
        const valueCol = (grid.mergeCovering(r, col)?.right ?? col) + 1;
        const taken = isBaselinePart(grid.text(r, valueCol))
          ? { value: null, row: r, col: valueCol }
          : numberCell(grid, r, valueCol);
        if (!ficha.baseline[labelFor]) ficha.baseline[labelFor] = taken;
        if (cols[i + 1] === valueCol && taken.value !== null) i++;
      } else if (typeof value === 'number' && yearOf(value) !== undefined && !ficha.baseline.year && r === row) {
        ficha.baseline.year = { value, row: r, col };
      }
    }
    if (ficha.baseline.year && ficha.baseline.value) return;
  }
}

function isBaselinePart(folded: string): boolean {
  return /^(an(i)?o|valor)\b/.test(folded);
}

function numberCell(grid: Grid, row: number, col: number): NumberCell {
  const value = grid.value(row, col);
  if (typeof value === 'number') return { value, row, col };
  if (typeof value === 'string' && value.trim() !== '') return { value: value.trim(), row, col };
  return { value: null, row, col };
}

/** "97.53", "97.53 %", "1,517,829" → number; anything else stays text. */
function parseNumber(text: string): number | string {
  const cleaned = text.replace(/%/g, '').replace(/,/g, '').trim();
  const n = Number(cleaned);
  return cleaned !== '' && Number.isFinite(n) ? n : text.trim();
}

/** "1. Porcentaje de …" → code "1." and name "Porcentaje de …", both at the value cell. */
function splitCodeAndName(ficha: IndicatorSheet): void {
  const cell = ficha.fields.codeAndName;
  if (!cell || typeof cell.value !== 'string') return;
  const m = /^\s*((?:[A-Za-z]{1,6}[-_ ]?)?\d+(?:[.-]\d+)*\.?-?)\s+(\S[\s\S]*)$/.exec(cell.value);
  if (m) {
    ficha.code = { value: m[1], row: cell.row, col: cell.col };
    ficha.name = { value: m[2].trim(), row: cell.row, col: cell.col };
  } else {
    ficha.name = { value: cell.value.trim(), row: cell.row, col: cell.col };
  }
}
