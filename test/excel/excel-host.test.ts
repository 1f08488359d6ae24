/**
 * The Excel host (src/taskpane/hosts/excel-host.ts) over two fakes: Microsoft's office-addin-mock
 * for navigation, and the in-memory fake for a whole validate → mark → clear round.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { cellAddress } from '../../src/core';
import { ALL_FEATURES, detectFeatures } from '../../src/excel/requirements';
import { writeSpec } from '../../src/excel/write';
import { buildWorkbookSpec } from '../../src/templates/build';
import { draftFromModel } from '../../src/templates/draft';
import { goalsLayout, SHEET_NAMES } from '../../src/templates/layout';
import { HostError } from '../../src/taskpane/host';
import { createExcelHost } from '../../src/taskpane/hosts/excel-host';
import { exampleModel } from '../generate/example-model';
import { cellAt, FakeContext, newSheet, newWorkbook, type FakeCell } from './fake-excel';

// office-addin-mock reads only the OfficeApp enum from office-addin-manifest, whose full import
// chain (the Teams manifest tooling) ships ES modules Jest cannot load: give it just the enum.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: {
    Excel: 'excel',
    OneNote: 'onenote',
    Outlook: 'outlook',
    Project: 'project',
    PowerPoint: 'powerpoint',
    Word: 'word',
  },
}));

const globals = globalThis as { Excel?: unknown };
afterEach(() => delete globals.Excel);

describe('Excel host with office-addin-mock', () => {
  it('goes to a finding: activates its sheet and selects its cell in one sync', async () => {
    const state = { active: '', selected: '', syncs: 0 };
    const mock = new OfficeMockObject({
      context: {
        workbook: {
          worksheets: {
            getItem(name: string) {
              return {
                activate: () => (state.active = name),
                getRange: (address: string) => ({ select: () => (state.selected = `${name}!${address}`) }),
              };
            },
          },
        },
        sync: async () => void state.syncs++,
      },
      run: async function (this: { context: unknown }, batch: (context: unknown) => Promise<unknown>) {
        return batch(this.context);
      },
    });
    globals.Excel = mock;
    await createExcelHost(ALL_FEATURES).select({ sheet: 'Metas multianuales', range: 'D22' });
    expect(state).toEqual({ active: 'Metas multianuales', selected: 'Metas multianuales!D22', syncs: 1 });
  });
});

describe('Excel host: a finding with its related cells, on request', () => {
  function mockExcel(state: { selected: string[] }) {
    return new OfficeMockObject({
      context: {
        workbook: {
          worksheets: {
            getItem(name: string) {
              return {
                activate: () => undefined,
                getRange: (address: string) => ({ select: () => state.selected.push(`${name}!${address}`) }),
                getRanges: (address: string) => ({ select: () => state.selected.push(`${name}!${address}`) }),
              };
            },
          },
        },
        sync: async () => undefined,
      },
      run: async function (this: { context: unknown }, batch: (context: unknown) => Promise<unknown>) {
        return batch(this.context);
      },
    });
  }
  const related = [
    { sheet: 'Metas', range: 'K13' },
    { sheet: 'Indicadores', range: 'O9' },
  ];

  it('selects the cell and the related cells of its sheet as several areas (ExcelApi 1.9)', async () => {
    const state = { selected: [] as string[] };
    globals.Excel = mockExcel(state);
    await createExcelHost(ALL_FEATURES).selectWithRelated!({ sheet: 'Metas', range: 'D22' }, related);
    expect(state.selected).toEqual(['Metas!D22,K13']);
  });

  it('selects only the cell where several areas are not supported', async () => {
    const state = { selected: [] as string[] };
    globals.Excel = mockExcel(state);
    const features = { ...ALL_FEATURES, cellProperties: false };
    await createExcelHost(features).selectWithRelated!({ sheet: 'Metas', range: 'D22' }, related);
    expect(state.selected).toEqual(['Metas!D22']);
  });
});

describe('Excel host with the in-memory fake', () => {
  it('validates the live workbook, marks the findings and removes the marks', async () => {
    const sheet = newSheet('Metas', {
      A1: 'Producto',
      B1: 2026,
      A2: 'Producto 1',
      B2: 10,
      A3: 'Total',
      B3: { formula: '=B2*#REF!', error: '#REF!' },
    });
    const context = new FakeContext(newWorkbook([sheet, newSheet('Hallazgos', { A1: '=no leer' })]));
    globals.Excel = { run: (batch: (c: Excel.RequestContext) => Promise<unknown>) => batch(context.asExcel()) };
    const host = createExcelHost(ALL_FEATURES);

    const outcome = await host.validate();
    const refFinding = outcome.findings.find((f) => f.range === 'B3');
    expect(refFinding).toMatchObject({ sheet: 'Metas', severity: 'error', kind: 'error-value' });
    expect(outcome.findings.every((f) => f.sheet !== 'Hallazgos')).toBe(true);

    await host.mark(outcome.findings);
    expect(cellAt(sheet, 'B3')?.fill).toBe('#F8CBAD');
    expect(sheet.notes.get('B3')).toContain('#REF!');
    await host.clearMarks!();
    expect(cellAt(sheet, 'B3')?.fill).toBeUndefined();
    expect(sheet.notes.size).toBe(0);
  });
});

describe('Excel host: "Agregar producto / subproducto"', () => {
  it('adds a subproduct under the selected product and a product before the Total row', async () => {
    const pom = exampleModel();
    const model = newWorkbook([newSheet('Hoja1')]);
    const context = new FakeContext(model);
    await writeSpec(context.asExcel(), buildWorkbookSpec(pom), { features: ALL_FEATURES, overwrite: false });
    globals.Excel = { run: (batch: (c: Excel.RequestContext) => Promise<unknown>) => batch(context.asExcel()) };
    const goals = model.sheets.find((s) => s.name === SHEET_NAMES.goals)!;
    const layout = goalsLayout(draftFromModel(pom));
    const product = layout.productRows[0]; // 0-based
    const lastSub = layout.subproductRows[0].at(-1)!;
    const host = createExcelHost(ALL_FEATURES);

    model.selection = `${SHEET_NAMES.goals}!${cellAddress(product, 1)}`;
    const sub = await host.addGoalsItem!('subproduct');
    const newRow = lastSub + 1; // 0-based, right after the product's last subproduct
    expect(sub).toEqual({ sheet: SHEET_NAMES.goals, rows: [newRow + 1] });
    expect(cellAt(goals, cellAddress(newRow, 3))?.value).toBe(0);
    expect(cellAt(goals, cellAddress(product, 4))?.formula).toBe(
      `=SUM(${cellAddress(product + 1, 4)}:${cellAddress(newRow, 4)})`,
    );

    const total = layout.totalRow + 1; // the Total row after the subproduct went in
    const added = await host.addGoalsItem!('product');
    // The example has several programmes: the new product's PRG cell is named for the planner.
    expect(added).toEqual({
      sheet: SHEET_NAMES.goals,
      rows: [total + 1, total + 2],
      programmeCell: cellAddress(total, layout.programmeCol),
    });
    expect(cellAt(goals, cellAddress(total, 0))?.value).toBe('Producto:');
    expect(cellAt(goals, cellAddress(total + 2, 4))?.formula).toBe(
      `=SUMIF($A$7:$A$${total + 2},"Producto:",E7:E${total + 2})`,
    );
    expect(goals.protected).toBe(true);
  });

  it('says in plain words that there is no generated goals matrix', async () => {
    const context = new FakeContext(newWorkbook([newSheet('Hoja1', { A1: 'Producto' })]));
    globals.Excel = { run: (batch: (c: Excel.RequestContext) => Promise<unknown>) => batch(context.asExcel()) };
    const failure = await createExcelHost(ALL_FEATURES).addGoalsItem!('product').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(HostError);
    expect(failure).toMatchObject({ code: 'no-goals-matrix' });
    expect((failure as HostError).message).toContain('matriz de metas');
    expect((failure as HostError).messageEn).toContain('goals matrix');
  });

  it('turns an Office.js failure into a HostError with both messages', async () => {
    globals.Excel = {
      run: async () => {
        throw Object.assign(new Error('InvalidOperationInCellEditMode'), { code: 'InvalidOperationInCellEditMode' });
      },
    };
    const failure = await createExcelHost(ALL_FEATURES).addGoalsItem!('subproduct').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(HostError);
    expect(failure).toMatchObject({ code: 'busy' });
    expect((failure as HostError).messageEn).toContain('Excel is busy');
  });
});

describe('detectFeatures', () => {
  it('asks for each optional set and survives a host that throws', () => {
    const supported = detectFeatures((name, version) => name === 'ExcelApi' && Number(version.split('.')[1]) <= 10);
    expect(supported).toEqual({
      dataValidation: true,
      cellProperties: true,
      comments: true,
      mergedAreas: false,
      notes: false,
    });
    expect(
      detectFeatures(() => {
        throw new Error('no requirements API');
      }).notes,
    ).toBe(false);
  });
});

describe('Excel host: «Corregir», «Corregir todo lo seguro» and «Deshacer correcciones»', () => {
  /** A goals column whose B3 is a number stored as text the total leaves out; `extra` more, apart, in C. */
  function workbookWithText(extra: number) {
    const cells: Record<string, FakeCell | string | number> = { A1: 'Producto', B1: 'Meta 2026', C1: 'Meta 2027' };
    const rows = 4 + 2 * extra;
    for (let r = 2; r <= rows; r++) {
      cells[`A${r}`] = `Producto ${r - 1}`;
      cells[`B${r}`] = { value: r * 10, numberFormat: '#,##0' };
      cells[`C${r}`] = { value: r * 5, numberFormat: '#,##0.00' };
    }
    cells.B3 = { value: '30', numberFormat: '@' };
    for (let i = 0; i < extra; i++) cells[`C${5 + 2 * i}`] = { value: String((5 + 2 * i) * 5), numberFormat: '@' };
    cells[`A${rows + 1}`] = 'Total';
    cells[`B${rows + 1}`] = { formula: `=SUM(B2:B${rows})`, value: 0, numberFormat: '#,##0' };
    cells[`C${rows + 1}`] = { formula: `=SUM(C2:C${rows})`, value: 0, numberFormat: '#,##0.00' };
    return newSheet('Metas', cells);
  }

  /** Every cell's formula or value and number format, to compare whole sheets. */
  function contents(sheet: ReturnType<typeof newSheet>) {
    const all: Record<string, unknown> = {};
    for (let r = 0; r < 40; r++) {
      for (let c = 0; c < 5; c++) {
        const ref = cellAddress(r, c);
        const cell = cellAt(sheet, ref);
        if (cell) all[ref] = [cell.formula ?? cell.value, cell.numberFormat ?? 'General'];
      }
    }
    return all;
  }

  it('previews, applies the certain fixes, re-validates without them and restores every cell exactly', async () => {
    const sheet = workbookWithText(0);
    const context = new FakeContext(newWorkbook([sheet]));
    globals.Excel = { run: (batch: (c: Excel.RequestContext) => Promise<unknown>) => batch(context.asExcel()) };
    const host = createExcelHost(ALL_FEATURES);
    const original = contents(sheet);

    const outcome = await host.validate();
    const index = outcome.findings.findIndex((f) => f.rule === 'values/number-as-text' && f.range === 'B3');
    expect(index).toBeGreaterThanOrEqual(0);
    const planned = outcome.fixes!.byFinding[index].map((i) => outcome.fixes!.changes[i]);
    expect(planned.map((p) => p.change)).toEqual([
      { sheet: 'Metas', cell: 'B3', before: { value: '30' }, after: { value: 30 }, rule: 'values/number-as-text' },
    ]);
    expect(await host.hasFixUndo!()).toBe(false);

    expect(await host.applyFixes!(planned.map((p) => p.edit))).toBe(1);
    expect(cellAt(sheet, 'B3')).toMatchObject({ value: 30, numberFormat: '@' });
    const after = await host.validate();
    expect(after.findings.some((f) => f.rule === 'values/number-as-text' && f.range === 'B3')).toBe(false);
    expect(await host.hasFixUndo!()).toBe(true);

    expect(await host.undoFixes!()).toBe(1);
    expect(contents(sheet)).toEqual(original);
    expect(await host.hasFixUndo!()).toBe(false);
  });

  it('applies a batch in the same number of round trips for 1 fix or many', async () => {
    const syncs: number[] = [];
    for (const extra of [0, 12]) {
      const sheet = workbookWithText(extra);
      const context = new FakeContext(newWorkbook([sheet]));
      globals.Excel = { run: (batch: (c: Excel.RequestContext) => Promise<unknown>) => batch(context.asExcel()) };
      const host = createExcelHost(ALL_FEATURES);
      const original = contents(sheet);
      const { fixes } = await host.validate();
      expect(fixes!.changes.length).toBe(1 + extra);
      const before = context.syncCount;
      await host.applyFixes!(fixes!.changes.map((c) => c.edit));
      syncs.push(context.syncCount - before);
      await host.undoFixes!();
      expect(contents(sheet)).toEqual(original);
    }
    expect(syncs[0]).toBe(syncs[1]);
  });

  it('turns an Office.js failure while applying into a HostError with both messages', async () => {
    globals.Excel = {
      run: async () => {
        throw Object.assign(new Error('InvalidOperationInCellEditMode'), { code: 'InvalidOperationInCellEditMode' });
      },
    };
    const failure = await createExcelHost(ALL_FEATURES).applyFixes!([
      { sheet: 'Metas', cell: 'B3', value: 30, rule: 'values/number-as-text' },
    ]).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(HostError);
    expect(failure).toMatchObject({ code: 'busy' });
  });
});
