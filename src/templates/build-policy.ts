/**
 * §3 Análisis de políticas: TIPO DE POLÍTICA | POLÍTICA | OBJETIVO GENERAL | OBJETIVOS
 * ESPECÍFICOS O EJES | METAS O ACCIONES | INDICADORES; and the hidden "Listas" sheet that holds
 * the catalogues behind the drop-down lists.
 */
import { cellAddress } from '../core';
import { DEPARTMENTS, STANDARD_UNITS } from '../domain/catalog';
import { landscape, LIST_NAMES, titleRows } from './common';
import { NATIONAL_COVERAGE, type Draft } from './draft';
import { HEADER_TOP, SHEET_NAMES } from './layout';
import { SheetBuilder } from './sheet';
import type { DefinedNameSpec, SheetSpec } from './spec';

const POLICY_COLUMNS = [
  { key: 'group', header: 'TIPO DE POLÍTICA', width: 22 },
  { key: 'policy', header: 'POLÍTICA', width: 30 },
  { key: 'objective', header: 'OBJETIVO GENERAL', width: 40 },
  { key: 'axis', header: 'OBJETIVOS ESPECÍFICOS O EJES', width: 36 },
  { key: 'goal', header: 'METAS O ACCIONES', width: 40 },
  { key: 'indicator', header: 'INDICADORES', width: 34 },
] as const;

export function buildPolicySheet(draft: Draft): { sheet: SheetSpec; area: string } {
  const s = new SheetBuilder(SHEET_NAMES.policy);
  titleRows(s, draft, 'ANÁLISIS DE POLÍTICAS');
  const head = HEADER_TOP;
  POLICY_COLUMNS.forEach((c, i) => s.value(head, i, c.header, 'header').column(i, c.width, 'text'));
  draft.policies.forEach((policy, k) => {
    POLICY_COLUMNS.forEach((c, i) => s.value(head + 1 + k, i, policy[c.key], 'text'));
  });
  const last = head + Math.max(1, draft.policies.length);
  const area = `${cellAddress(head, 0)}:${cellAddress(last, POLICY_COLUMNS.length - 1)}`;
  const sheet = s.build({ freeze: { rows: head + 1, cols: 0 }, print: landscape(head, head), protect: true });
  return { sheet, area };
}

/** The catalogues behind the drop-downs, and the names that point at them. */
export function buildListsSheet(draft: Draft): { sheet: SheetSpec; names: DefinedNameSpec[] } {
  const s = new SheetBuilder(SHEET_NAMES.lists);
  // Units the model uses but the catalogue lacks stay selectable (institutions have their own).
  const units: string[] = [...STANDARD_UNITS];
  const known = new Set(units.map((u) => u.toLowerCase()));
  const used = draft.products.flatMap((p) => [p.unit, ...p.subproducts.map((sub) => sub.unit)]);
  for (const unit of [...draft.extraUnits, ...used]) {
    if (unit !== '' && !known.has(unit.toLowerCase())) {
      known.add(unit.toLowerCase());
      units.push(unit);
    }
  }
  const departments = [NATIONAL_COVERAGE, ...DEPARTMENTS.map((d) => d.name)];
  s.value(0, 0, 'Unidades de medida', 'subheader');
  units.forEach((unit, i) => s.value(1 + i, 0, unit, 'list'));
  s.value(0, 1, 'Departamentos', 'subheader');
  departments.forEach((name, i) => s.value(1 + i, 1, name, 'list'));
  s.column(0, 24, 'text').column(1, 32, 'text');
  const names: DefinedNameSpec[] = [
    { name: LIST_NAMES.units, sheet: SHEET_NAMES.lists, range: `A2:A${units.length + 1}` },
    { name: LIST_NAMES.departments, sheet: SHEET_NAMES.lists, range: `B2:B${departments.length + 1}` },
  ];
  return { sheet: s.build({ hidden: true, protect: true }), names };
}
