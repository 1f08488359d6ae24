import { WorkbookView } from '../../../src/core';
import { getRecognition } from '../../../src/domain/recognize';
import { describeMatrix } from '../../../src/domain/recognize/describe';
import { workbook } from '../../support/workbook';
import { seedBudget, seedFichas, seedGoals, seedResultStatements } from './seed-sheets';

it('describes each recognised matrix in one Spanish line', () => {
  const { matrices } = getRecognition(
    new WorkbookView(workbook(seedBudget(), seedGoals(), seedFichas(), seedResultStatements())),
  );
  expect(matrices.map(describeMatrix)).toEqual([
    '4 programas, años 2026-2030, con fila Total, en 2 cuadros',
    '10 productos y 9 subproductos, años 2026-2030, con fila Total',
    '«Porcentaje de asistencia y protección de migrantes», 16 campos',
    '«Porcentaje de documentos migratorios emitidos», 16 campos',
    '«Porcentaje de documentos de extranjería», 16 campos',
    '5 enunciados de resultado',
    '5 enunciados de resultado',
  ]);
});
