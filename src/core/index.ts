/** The pure core: snapshot → findings. No Office.js, DOM, ExcelJS or Node imports here. */
export * from './address';
export * from './engine';
export * from './finding';
export * from './format';
export * from './formula';
export * from './merge';
export * from './rule';
export * from './snapshot';
export * from './view';
