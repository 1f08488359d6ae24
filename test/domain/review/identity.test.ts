import { WorkbookView } from '../../../src/core';
import { identifyPlan, planLabel } from '../../../src/domain/review/identity';
import { sheet, workbook } from '../../support/workbook';

const view = (rows: (string | null)[][], properties: Record<string, string> = {}) =>
  new WorkbookView({ ...workbook(sheet('Hoja1', rows)), properties });

describe('identifyPlan', () => {
  it('takes the code and the name from a title row', () => {
    expect(
      identifyPlan(view([['FICHA TÉCNICA'], ['1120-0069-000-000 INSTITUTO GUATEMALTECO DE MIGRACIÓN']])),
    ).toMatchObject({
      code: '1120-0069-000-000',
      name: 'INSTITUTO GUATEMALTECO DE MIGRACIÓN',
    });
  });

  it('falls back on the company property or a title row that names an institution', () => {
    expect(identifyPlan(view([['Metas']], { company: 'Secretaría de Bienestar Social' })).name).toBe(
      'Secretaría de Bienestar Social',
    );
    expect(identifyPlan(view([['INSTITUTO NACIONAL DE BOSQUES -INAB-'], ['PLAN OPERATIVO ANUAL 2026']]))).toMatchObject(
      {
        name: 'INSTITUTO NACIONAL DE BOSQUES -INAB-',
        plan: 'POA',
      },
    );
    expect(identifyPlan(view([['Hoja sin título']]))).toEqual({ years: [] });
  });

  it('tells a POM from a POA by the title, the properties or the years', () => {
    expect(identifyPlan(view([['x']], { title: 'Plan Operativo Multianual 2026-2030' })).plan).toBe('POM');
    expect(planLabel({ plan: 'POM', years: [2026, 2027, 2028] })).toBe('POM 2026-2028');
    expect(planLabel({ years: [2026] })).toBe('2026');
  });
});
