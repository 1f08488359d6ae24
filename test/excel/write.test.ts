import { ALL_FEATURES } from '../../src/excel/requirements';
import { asTextInput, styleRectangles, writeSpec } from '../../src/excel/write';
import { buildBlankSpec } from '../../src/templates/build';
import type { WorkbookSpec } from '../../src/templates/spec';
import { cellAt, FakeContext, newSheet, newWorkbook } from './fake-excel';

const spec = (): WorkbookSpec => buildBlankSpec({ years: [2026, 2027, 2028], institution: { name: 'IGM', code: '1' } });

describe('writeSpec', () => {
  it('writes every sheet in O(1) round trips per sheet, with formulas, names and hidden catalogues', async () => {
    const model = newWorkbook([newSheet('Hoja1')]);
    const context = new FakeContext(model);
    const workbookSpec = spec();
    const outcome = await writeSpec(context.asExcel(), workbookSpec, { features: ALL_FEATURES, overwrite: false });

    expect(outcome).toEqual({ kind: 'inserted', sheets: workbookSpec.sheets.map((s) => s.name) });
    const n = workbookSpec.sheets.length;
    expect(context.syncCount).toBe(1 + 1 + n + 1); // check, add, one per sheet, names
    expect(context.suspendCalls).toBeGreaterThanOrEqual(n);
    // Calculation, suspended while the sheets were written, is resumed by one recalculation in
    // the last batch (after every suspended sync).
    expect(context.calculations).toEqual([{ type: 'Recalculate', afterSyncs: context.syncCount - 1 }]);
    for (const sheetSpec of workbookSpec.sheets) {
      const sheet = model.sheets.find((s) => s.name === sheetSpec.name)!;
      for (const cell of sheetSpec.cells.slice(0, 50)) {
        if (cell.formula) expect(cellAt(sheet, cell.ref)?.formula).toBe(`=${cell.formula}`);
        else if (typeof cell.value === 'number') expect(cellAt(sheet, cell.ref)?.value).toBe(cell.value);
      }
      expect(sheet.visibility).toBe(sheetSpec.hidden ? 'Hidden' : 'Visible');
    }
    expect(model.names.map((x) => x.name).sort()).toEqual(workbookSpec.definedNames.map((x) => x.name).sort());
    // Print set-up, Arial, links and the protection that lets a planner insert rows.
    const goals = model.sheets.find((s) => s.name === '9.5 Productos y metas')!;
    expect(goals.pageLayout).toMatchObject({
      orientation: 'Landscape',
      printTitleRows: '$5:$6',
      zoom: { scale: expect.any(Number) },
      headersFooters: { rightFooter: expect.stringContaining('Página &P de &N') },
    });
    const fichas = model.sheets.find((s) => s.name === '9.1 Fichas de indicadores')!;
    expect(fichas.pageLayout?.rowBreaks).toEqual(['A30', 'A57']); // three fichas, a page each
    expect(goals.protectionOptions).toMatchObject({ allowInsertRows: true, allowDeleteRows: true });
    expect(model.sheets.find((s) => s.name === 'Índice')!.hyperlinks.get('C6')).toEqual({
      documentReference: "'3 Análisis de políticas'!A1",
      textToDisplay: '3 Análisis de políticas',
    });
  });

  it('reports existing sheets instead of overwriting them, and replaces them only when told', async () => {
    const workbookSpec = spec();
    const taken = workbookSpec.sheets[0].name;
    const model = newWorkbook([newSheet(taken.toUpperCase(), { A1: 'datos del usuario' })]);
    const context = new FakeContext(model);

    const first = await writeSpec(context.asExcel(), workbookSpec, { features: ALL_FEATURES, overwrite: false });
    expect(first).toEqual({ kind: 'conflict', existing: [taken.toUpperCase()] });
    expect(model.sheets).toHaveLength(1);
    expect(cellAt(model.sheets[0], 'A1')?.value).toBe('datos del usuario');

    const second = await writeSpec(context.asExcel(), workbookSpec, { features: ALL_FEATURES, overwrite: true });
    expect(second.kind).toBe('inserted');
    expect(model.sheets.map((s) => s.name)).toEqual(workbookSpec.sheets.map((s) => s.name));
  });

  it('keeps an existing hidden catalogue sheet instead of asking about it', async () => {
    const workbookSpec = spec();
    const lists = workbookSpec.sheets.find((s) => s.hidden)!;
    const goals = { ...workbookSpec, sheets: [workbookSpec.sheets[0], lists] };
    const model = newWorkbook([newSheet(lists.name, { A1: 'lista' })]);
    const outcome = await writeSpec(new FakeContext(model).asExcel(), goals, {
      features: ALL_FEATURES,
      overwrite: false,
    });
    expect(outcome).toEqual({ kind: 'inserted', sheets: [workbookSpec.sheets[0].name] });
  });
});

describe('asTextInput', () => {
  it('protects texts Excel would read as formulas, numbers, booleans or dates', () => {
    expect(asTextInput('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(asTextInput('01')).toBe("'01");
    expect(asTextInput('TRUE')).toBe("'TRUE");
    expect(asTextInput('1/2')).toBe("'1/2");
    expect(asTextInput('Producto 1')).toBe('Producto 1');
  });
});

describe('styleRectangles', () => {
  it('groups equal styles into rectangles', () => {
    const rects = styleRectangles({
      name: 'S',
      merges: [],
      columns: [],
      validations: [],
      cells: ['A1', 'B1', 'A2', 'B2', 'C2'].map((ref) => ({
        ref,
        value: null,
        style: ref === 'C2' ? 'money' : 'text',
      })),
    });
    expect(rects).toEqual(
      expect.arrayContaining([
        { style: 'text', box: { top: 0, left: 0, bottom: 1, right: 1 } },
        { style: 'money', box: { top: 1, left: 2, bottom: 1, right: 2 } },
      ]),
    );
    expect(rects).toHaveLength(2);
  });
});
