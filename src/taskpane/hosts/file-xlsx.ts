/**
 * Everything file mode needs from ExcelJS, behind one module that index code imports only with
 * `import()`: webpack puts it (and ExcelJS) in its own chunk, fetched when a file is opened.
 */
export { annotateXlsx, annotatedFileName } from '../../xlsx/annotate';
export { readXlsx } from '../../xlsx/read';
export { writeWorkbook } from '../../xlsx/write';
