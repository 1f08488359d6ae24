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
import { cellAt, FakeContext, newSheet, newWorkbook } from './fake-excel';

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
    expect(added).toEqual({ sheet: SHEET_NAMES.goals, rows: [total + 1, total + 2] });
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
