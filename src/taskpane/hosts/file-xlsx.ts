/**
 * Everything file mode needs from ExcelJS (writing: the annotated copy, a new template), behind
 * one module that index code imports only with `import()`: webpack puts it (and ExcelJS) in its
 * own chunk, fetched the first time something is written. Reading goes through file-read.ts.
 */
export { annotateXlsx, annotatedFileName } from '../../xlsx/annotate';
export { writeWorkbook } from '../../xlsx/write';
