/**
 * Which Excel API features this Excel has. The manifest asks for ExcelApi 1.7 (see
 * docs/addin.md); anything newer is detected here at run time and used only when present.
 */

export interface ExcelFeatures {
  /** ExcelApi 1.8: data validation (drop-downs in generated templates). */
  dataValidation: boolean;
  /** ExcelApi 1.9: getCellProperties (bold/indent when reading), indentLevel, fill pattern. */
  cellProperties: boolean;
  /** ExcelApi 1.10: comments, used for the finding's message when notes are missing. */
  comments: boolean;
  /** ExcelApi 1.13: getMergedAreasOrNullObject. */
  mergedAreas: boolean;
  /** ExcelApi 1.18: notes (the classic yellow notes), preferred for the finding's message. */
  notes: boolean;
}

export type IsSetSupported = (name: string, version: string) => boolean;

export function detectFeatures(isSetSupported: IsSetSupported): ExcelFeatures {
  const excel = (version: string): boolean => {
    try {
      return isSetSupported('ExcelApi', version);
    } catch {
      return false;
    }
  };
  return {
    dataValidation: excel('1.8'),
    cellProperties: excel('1.9'),
    comments: excel('1.10'),
    mergedAreas: excel('1.13'),
    notes: excel('1.18'),
  };
}

/** The host's own check, through Office.context.requirements. */
export function officeFeatures(): ExcelFeatures {
  return detectFeatures((name, version) => Office.context.requirements.isSetSupported(name, version));
}

/** The minimum the manifest declares; below it the add-in does not load at all. */
export const MINIMUM_EXCEL_API = '1.7';

export const NO_OPTIONAL_FEATURES: ExcelFeatures = Object.freeze({
  dataValidation: false,
  cellProperties: false,
  comments: false,
  mergedAreas: false,
  notes: false,
});

export const ALL_FEATURES: ExcelFeatures = Object.freeze({
  dataValidation: true,
  cellProperties: true,
  comments: true,
  mergedAreas: true,
  notes: true,
});
