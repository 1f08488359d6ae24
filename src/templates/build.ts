/**
 * Model → workbook spec: every standard matrix, each on its own sheet, named
 * `PLANIFICA_<KEY>_<n>` so recognition identifies it exactly, and with formulas wherever a
 * figure is derived. `buildBlankSpec` lays out the same sheets with empty input cells.
 */
import type { MatrixType } from '../domain/matrix';
import type { PomModel } from '../domain/model';
import { buildBudgetSheet } from './build-budget';
import { buildGoalsSheet } from './build-goals';
import { buildFichasSheet, buildIndicatorMatrixSheet } from './build-indicators';
import { buildCoverageSheet, buildPggSheet, buildResultsSheet } from './build-linkage';
import { buildListsSheet, buildPolicySheet } from './build-policy';
import { buildProgrammaticSheet } from './build-programmatic';
import { yearSpan } from './common';
import { blankDraft, draftFromModel, type BlankOptions, type Draft } from './draft';
import { matrixDefinedName, type DefinedNameSpec, type SheetSpec, type WorkbookSpec } from './spec';
import { STYLES } from './styles';

/** Version of the generated layout, stored in the workbook's properties. */
export const TEMPLATE_VERSION = '1';

export function buildDraftSpec(draft: Draft): WorkbookSpec {
  const sheets: SheetSpec[] = [];
  const definedNames: DefinedNameSpec[] = [];
  const add = (type: MatrixType, built: { sheet: SheetSpec; area?: string; areas?: string[] }) => {
    sheets.push(built.sheet);
    const areas = built.areas ?? (built.area ? [built.area] : []);
    areas.forEach((range, i) =>
      definedNames.push({ name: matrixDefinedName(type, i + 1), sheet: built.sheet.name, range }),
    );
  };
  add('goals', buildGoalsSheet(draft));
  add('budget', buildBudgetSheet(draft));
  add('programmatic', buildProgrammaticSheet(draft));
  add('indicator-matrix', buildIndicatorMatrixSheet(draft));
  add('indicator-sheet', buildFichasSheet(draft));
  add('results', buildResultsSheet(draft));
  add('coverage', buildCoverageSheet(draft));
  add('pgg', buildPggSheet(draft));
  add('policy', buildPolicySheet(draft));
  const lists = buildListsSheet(draft);
  sheets.push(lists.sheet);
  definedNames.push(...lists.names);
  const plan = draft.years.length === 1 ? 'Plan Operativo Anual' : 'Plan Operativo Multianual';
  return {
    sheets,
    styles: STYLES,
    definedNames,
    properties: {
      title: `${plan} ${yearSpan(draft)}${draft.institution.name ? ` — ${draft.institution.name}` : ''}`,
      subject: 'Matrices de planificación SEGEPLAN / MINFIN',
      creator: 'Planifica',
      generator: 'Planifica',
      templateVersion: TEMPLATE_VERSION,
    },
  };
}

/** The standard matrices of a (validated) POM model. */
export function buildWorkbookSpec(model: PomModel): WorkbookSpec {
  return buildDraftSpec(draftFromModel(model));
}

/** Empty templates for a window of years, ready to fill. */
export function buildBlankSpec(options: BlankOptions): WorkbookSpec {
  return buildDraftSpec(blankDraft(options));
}
