/**
 * What file mode needs to read a workbook, behind one module that index code imports only with
 * `import()`: webpack puts it in its own small chunk (the reader and fflate, no ExcelJS),
 * fetched when a file is opened. ExcelJS (file-xlsx.ts) arrives only to write a copy.
 */
export { readXlsx } from '../../xlsx/read';
