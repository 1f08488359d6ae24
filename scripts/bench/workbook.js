/**
 * Synthetic POM goals matrices of a given size, with the formula density of the real thing:
 * code, product, unit, five yearly physical goals and five yearly financial goals (typed),
 * a SUM total per row for each (2 formulas in 15 columns, ~13 %), a subtotal row of SUMs every
 * 20 products and a grand total row. Written with ExcelJS's streaming writer.
 */
'use strict';
const ExcelJS = require('exceljs');

const YEARS = [2026, 2027, 2028, 2029, 2030];
const COLUMNS = 15;
const BLOCK = 20;

function colName(index) {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

async function writeGoalsWorkbook(filename, targetCells) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename, useSharedStrings: true, useStyles: true });
  const sheet = workbook.addWorksheet('Metas Multianuales');
  sheet.addRow(['Productos, subproductos y metas multianuales']).commit();
  sheet
    .addRow([
      'Código',
      'Producto',
      'Unidad de medida',
      ...YEARS.map((y) => `Meta física ${y}`),
      'Total físico',
      ...YEARS.map((y) => `Meta financiera ${y}`),
      'Total financiero',
    ])
    .commit();
  let cells = COLUMNS + 1;
  let r = 3;
  let blockStart = r;
  let blockSums = new Array(COLUMNS).fill(0);
  const grandSums = new Array(COLUMNS).fill(0);
  const subtotalRows = [];
  let product = 0;
  // Excel stores each formula's last result: so does this workbook, as a real one would.
  const addSubtotal = () => {
    const subtotal = ['', `Subtotal ${subtotalRows.length + 1}`, ''];
    for (let c = 3; c < COLUMNS; c++) {
      subtotal.push({ formula: `SUM(${colName(c)}${blockStart}:${colName(c)}${r - 1})`, result: blockSums[c] });
      grandSums[c] += blockSums[c];
    }
    sheet.addRow(subtotal).commit();
    subtotalRows.push(r);
    cells += COLUMNS - 2;
    r++;
    blockStart = r;
    blockSums = new Array(COLUMNS).fill(0);
  };
  while (cells < targetCells - COLUMNS * 3) {
    product++;
    const physical = YEARS.map((_, i) => 100 + ((product * 37 + i * 11) % 900));
    const financial = YEARS.map((_, i) => 10000 + ((product * 7919 + i * 104729) % 900000));
    const physicalTotal = physical.reduce((a, b) => a + b, 0);
    const financialTotal = financial.reduce((a, b) => a + b, 0);
    const row = [
      `01-${String(product).padStart(5, '0')}`,
      `Producto ${product}: servicios de atención a la población`,
      product % 3 ? 'Persona' : 'Documento',
      ...physical,
      { formula: `SUM(D${r}:H${r})`, result: physicalTotal },
      ...financial,
      { formula: `SUM(J${r}:N${r})`, result: financialTotal },
    ];
    [...physical, physicalTotal, ...financial, financialTotal].forEach((value, i) => (blockSums[i + 3] += value));
    sheet.addRow(row).commit();
    cells += COLUMNS;
    r++;
    if (product % BLOCK === 0) addSubtotal();
  }
  if (r > blockStart) addSubtotal();
  const total = ['', 'Total', ''];
  for (let c = 3; c < COLUMNS; c++) {
    total.push({ formula: subtotalRows.map((row) => `${colName(c)}${row}`).join('+'), result: grandSums[c] });
  }
  sheet.addRow(total).commit();
  cells += COLUMNS - 2;
  sheet.commit();
  await workbook.commit();
  return cells;
}

module.exports = { writeGoalsWorkbook };
