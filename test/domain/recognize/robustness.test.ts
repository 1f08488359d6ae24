/**
 * Recognition must never throw, whatever the workbook: random grids of header words, numbers,
 * errors, years and merges (a seeded generator, so a failure can be replayed).
 */
import { rangeAddress, WorkbookView, type Cell, type CellValue, type WorkbookSnapshot } from '../../../src/core';
import { describeMatrix, getRecognition } from '../../../src/domain/recognize';

const WORDS: CellValue[] = [
  'PRODUCTO / SUBPRODUCTO',
  'Producto:',
  'Subproducto:',
  'UNIDAD DE MEDIDA',
  'Meta Física',
  'Métro Financiera',
  'PRG',
  'DESCRIPCIÓN',
  'PROGRAMA',
  'SUBPROGRAMA',
  'PROYECTO',
  'ACTIVIDAD',
  'Total',
  'LINEA DE BASE',
  'Datos Absolutos',
  'Datos Relativos',
  'Código y Nombre del Indicador',
  'Años',
  'Valor',
  'Línea Base',
  'Año:',
  'Valor: 97.53',
  'RESULTADO INSTITUCIONAL',
  'COBERTURA DE DEPARTAMENTOS',
  'PRODUCTOS DE MAYOR CONTRIBUCIÓN (1 / 0)',
  'OBJETIVO GENERAL',
  'METAS O ACCIONES',
  'INDICADORES',
  'Para el año 2026 se ha incrementado la protección a 10 personas.',
  '1. Servicios',
  '1.1 Visas',
  'Tipo',
  2026,
  2027,
  '2026-2030',
  'Año 2028',
  1,
  0,
  123456.78,
  '',
  '   ',
  { error: '#REF!' },
  true,
  null,
];

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

function randomWorkbook(seed: number): WorkbookSnapshot {
  const next = random(seed);
  const rows = 5 + Math.floor(next() * 30);
  const cols = 2 + Math.floor(next() * 12);
  const cells: Cell[] = [];
  for (let row = 0; row < rows; row++)
    for (let col = 0; col < cols; col++)
      if (next() < 0.6)
        cells.push({ row, col, value: WORDS[Math.floor(next() * WORDS.length)], style: { bold: next() < 0.3 } });
  const merges: string[] = [];
  for (let i = 0; i < 6; i++) {
    const top = Math.floor(next() * rows);
    const left = Math.floor(next() * cols);
    merges.push(
      rangeAddress({ top, left, bottom: top + Math.floor(next() * 3), right: left + Math.floor(next() * 3) }),
    );
  }
  return {
    sheets: [{ name: 'Hoja', cells, merges, usedRange: null }],
    definedNames:
      next() < 0.3
        ? [{ name: 'PLANIFICA_GOALS_1', ref: `'Hoja'!$A$1:$${'ABCDEF'[Math.floor(next() * 6)]}$${rows}` }]
        : [],
  };
}

it('never throws on random grids of header words, numbers and merges', () => {
  for (let seed = 1; seed <= 400; seed++) {
    const wb = randomWorkbook(seed);
    let described: string[] = [];
    expect(() => {
      described = getRecognition(new WorkbookView(wb)).matrices.map(describeMatrix);
    }).not.toThrow();
    expect(described.every((line) => typeof line === 'string')).toBe(true);
  }
});
