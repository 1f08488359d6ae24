/**
 * What file mode needs from ExcelJS (writing a new template), behind one module that index code
 * imports only with `import()`: webpack puts it (and ExcelJS) in its own chunk, fetched the first
 * time a template is generated. Reading and the annotated copy go through file-read.ts.
 */
export { writeWorkbook } from '../../xlsx/write';
