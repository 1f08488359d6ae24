/**
 * What file mode needs to read a workbook and write copies of it, behind one module that index
 * code imports only with `import()`: webpack puts it in its own small chunk (the reader, the
 * surgical writer and fflate, no ExcelJS), fetched when a file is opened. ExcelJS
 * (file-xlsx.ts) arrives only to generate a new template.
 */
export { readXlsx } from '../../xlsx/read';
export { annotateXlsx, annotatedFileName } from '../../xlsx/annotate';
export { correctedFileName, patchXlsx } from '../../xlsx/patch';
