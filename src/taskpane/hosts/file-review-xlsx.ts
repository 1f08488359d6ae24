/**
 * The review report's xlsx writer (ExcelJS), behind one module that index code imports only with
 * `import()`: webpack puts it in the "xlsx" chunk with ExcelJS, fetched when it is downloaded.
 */
export { writeReviewXlsx } from '../../xlsx/review-report';
