/** Reference catalogues: units of measure, indicator lists, geography (INE), programme conventions. */
export * from './fold';
export * from './geography';
export * from './indicators';
export * from './programmes';
export * from './units';
export * from './workbook-units';
