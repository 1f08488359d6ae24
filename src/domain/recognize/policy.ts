/**
 * §3 Análisis de políticas: the policy (ODS, K'atun 2032, Prioridades Nacionales, Política
 * Nacional de Seguridad) in unnamed columns on the left, then Objetivo general | Objetivos
 * específicos o ejes | Metas o acciones | Indicadores. A policy cell is usually merged down
 * over its rows, so a row without one belongs to the policy above.
 */
import type { Located, PolicyMatrix } from '../matrix';
import { bodyRows, textAt } from './body';
import type { Grid } from './grid';
import { conceptAt, firstColumn, type HeaderBlock } from './header';
import { areaOf, type ParseContext } from './shared';

/** Columns to the left of "Objetivo general" where the policy names sit. */
const POLICY_COLUMNS = 3;

export function parsePolicy(grid: Grid, block: HeaderBlock, context: ParseContext): PolicyMatrix | undefined {
  const objectiveCol = firstColumn(block, 'generalObjective', 'objective');
  const axisCol = firstColumn(block, 'specificObjectives', 'axis');
  const goalCol = firstColumn(block, 'goalsOrActions', 'meta');
  const indicatorCol = firstColumn(block, 'indicators', 'indicator');
  const fieldCols = [objectiveCol, axisCol, goalCol, indicatorCol].filter((c): c is number => c !== undefined);
  if (fieldCols.length < 3) return undefined;
  const firstField = Math.min(...fieldCols);
  const policyLeft = Math.max(0, firstField - POLICY_COLUMNS);
  const widened: HeaderBlock = { ...block, left: Math.min(block.left, policyLeft) };
  const rows = bodyRows(grid, widened, {
    limit: context.limit,
    looksLikeData: (row) => fieldCols.some((col) => grid.isFilled(row, col)),
  });
  const matrix: PolicyMatrix = {
    type: 'policy',
    sheet: grid.name,
    range: areaOf(widened, rows, context.limit),
    headerTop: block.top,
    headerBottom: block.bottom,
    generated: context.generated,
    rows: [],
  };
  let policy: Located<string> | undefined;
  for (const row of rows) {
    policy = policyOf(grid, row, policyLeft, firstField) ?? policy;
    const entry: PolicyMatrix['rows'][number] = { row };
    if (policy) entry.policy = policy;
    const read = (col: number | undefined) => {
      const text = textAt(grid, row, col);
      return text && !conceptAt(grid, row, col!) ? text : undefined;
    };
    const objective = read(objectiveCol);
    const axis = read(axisCol);
    const goal = read(goalCol);
    const indicator = read(indicatorCol);
    if (!objective && !axis && !goal && !indicator) continue;
    if (objective) entry.objective = objective;
    if (axis) entry.axis = axis;
    if (goal) entry.goal = goal;
    if (indicator) entry.indicator = indicator;
    matrix.rows.push(entry);
  }
  if (matrix.rows.length === 0 && !context.generated) return undefined;
  return matrix;
}

/** The rightmost policy name typed (or merged) left of the fields on a row. */
function policyOf(grid: Grid, row: number, left: number, firstField: number): Located<string> | undefined {
  for (let col = firstField - 1; col >= left; col--) {
    const master = grid.master(row, col);
    if (master.row !== row) continue;
    const text = textAt(grid, master.row, master.col);
    if (text) return text;
  }
  return undefined;
}
