/**
 * Synthetic POM goals matrices (DOMAIN.md §9.5) of a given size, with the formula density of
 * the real thing: code, product, unit, then per year a physical and a financial goal (typed),
 * then a SUM total of each kind per row (2 formulas in 15 columns, ~13 %); a subtotal row of
 * SUMs every 20 products and a grand total row. The header spans two rows with the years
 * merged over their pair of columns. Every formula carries its cached result, as Excel stores
 * it. Written with ExcelJS's streaming writer.
 */
'use strict';
const ExcelJS = require('exceljs');

const YEARS = [2026, 2027, 2028, 2029, 2030];
const FIRST_GOAL_COL = 3; // D
const PHYSICAL_TOTAL_COL = FIRST_GOAL_COL + YEARS.length * 2; // N
const FINANCIAL_TOTAL_COL = PHYSICAL_TOTAL_COL + 1; // O
const COLUMNS = FINANCIAL_TOTAL_COL + 1;
const BLOCK = 20;

function colName(index) {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const physicalCols = YEARS.map((_, i) => FIRST_GOAL_COL + i * 2);
const financialCols = YEARS.map((_, i) => FIRST_GOAL_COL + i * 2 + 1);
const sumOf = (cols, row) => `SUM(${cols.map((c) => `${colName(c)}${row}`).join(',')})`;

async function writeGoalsWorkbook(filename, targetCells) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename, useSharedStrings: true, useStyles: true });
  const sheet = workbook.addWorksheet('Metas Multianuales');
  const title = sheet.addRow(['Productos, subproductos y metas multianuales 2026-2030']);
  const years = ['Código', 'Producto/Subproducto', 'Unidad de medida'];
  const kinds = ['', '', ''];
  for (const year of YEARS) {
    years.push(year, null);
    kinds.push('Meta física', 'Meta financiera');
  }
  years.push('Total', null);
  kinds.push('Meta física', 'Meta financiera');
  const header = [title, sheet.addRow(years), sheet.addRow(kinds)];
  for (let i = 0; i <= YEARS.length; i++) {
    const col = FIRST_GOAL_COL + i * 2 + 1;
    sheet.mergeCells(2, col, 2, col + 1);
  }
  for (let col = 1; col <= FIRST_GOAL_COL; col++) sheet.mergeCells(2, col, 3, col);
  for (const row of header) row.commit();

  let cells = 1 + (COLUMNS - YEARS.length - 1) + (COLUMNS - FIRST_GOAL_COL);
  let r = 4;
  let blockStart = r;
  let blockSums = new Array(COLUMNS).fill(0);
  const grandSums = new Array(COLUMNS).fill(0);
  const subtotalRows = [];
  let product = 0;
  const addSubtotal = () => {
    const subtotal = ['', `Subtotal ${subtotalRows.length + 1}`, ''];
    for (let c = FIRST_GOAL_COL; c < COLUMNS; c++) {
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
    const values = new Array(COLUMNS).fill(0);
    YEARS.forEach((_, i) => {
      values[physicalCols[i]] = 100 + ((product * 37 + i * 11) % 900);
      values[financialCols[i]] = 10000 + ((product * 7919 + i * 104729) % 900000);
    });
    values[PHYSICAL_TOTAL_COL] = physicalCols.reduce((sum, c) => sum + values[c], 0);
    values[FINANCIAL_TOTAL_COL] = financialCols.reduce((sum, c) => sum + values[c], 0);
    const row = [
      `11-00-${String(1 + (Math.floor(product / 1000) % 99)).padStart(2, '0')}-${String(product % 1000).padStart(3, '0')}`,
      `Producto ${product}: servicios de atención a la población`,
      product % 3 ? 'Persona' : 'Documento',
      ...values.slice(FIRST_GOAL_COL, PHYSICAL_TOTAL_COL),
      { formula: sumOf(physicalCols, r), result: values[PHYSICAL_TOTAL_COL] },
      { formula: sumOf(financialCols, r), result: values[FINANCIAL_TOTAL_COL] },
    ];
    for (let c = FIRST_GOAL_COL; c < COLUMNS; c++) blockSums[c] += values[c];
    sheet.addRow(row).commit();
    cells += COLUMNS;
    r++;
    if (product % BLOCK === 0) addSubtotal();
  }
  if (r > blockStart) addSubtotal();
  const total = ['', 'Total', ''];
  for (let c = FIRST_GOAL_COL; c < COLUMNS; c++) {
    total.push({ formula: subtotalRows.map((row) => `${colName(c)}${row}`).join('+'), result: grandSums[c] });
  }
  sheet.addRow(total).commit();
  cells += COLUMNS - 2;
  sheet.commit();
  await workbook.commit();
  return cells;
}

module.exports = { writeGoalsWorkbook };
