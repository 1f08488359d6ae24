/**
 * Folding for catalogue lookups: what a planner types ("PETÉN", "Peten", " Cobán\n") and the
 * catalogue's own spelling compare equal. Accents, case, line breaks, repeated spaces, dots and
 * dashes between words, and punctuation at the ends do not count.
 *
 *   foldName('  SAN JOSÉ\nPINULA. ') → 'san jose pinula'
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SEPARATORS = /[\s\u00a0\u2007\u202f_.\-–—/]+/g;
const EDGE_PUNCTUATION = /^[\s,;:·•*()'"]+|[\s,;:·•*()'"]+$/g;

export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(SEPARATORS, ' ')
    .replace(EDGE_PUNCTUATION, '')
    .trim();
}
