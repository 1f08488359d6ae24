/**
 * normalize() folds the common text of a Spanish workbook in one pass over its characters and
 * leaves everything else to the general path (Unicode normalisation and regular expressions);
 * wordsOfFolded() scans for words instead of splitting. The general forms are kept here as the
 * reference: on any text both give the same result.
 */
import fc from 'fast-check';
import { foldAny, normalize, wordsOfFolded } from '../../src/domain/text';

const STOPWORDS = new Set(['a', 'al', 'de', 'del', 'e', 'el', 'en', 'la', 'las', 'los', 'o', 'para', 'por', 'u', 'y']);
const referenceWords = (folded: string) => folded.split(/[^a-z0-9]+/).filter((w) => w.length > 0 && !STOPWORDS.has(w));

const character = fc.constantFrom(
  ...'aAzZmM09 .,;:-_|/\\*·•–—ÁÉÍÓÚÜÑáéíóúüñçÇàèÄß°ºª¿¡×µİ\t\n\r\u00a0\u2007\u202f\u0301\u007f\u0085'.split(''),
  '  ',
  '𝐀',
  'Ω',
  'Ж',
);
const text = fc.array(character, { maxLength: 30 }).map((parts) => parts.join(''));

describe('normalize and wordsOfFolded', () => {
  it('fold the usual labels without the general path’s cost, to the same text', () => {
    for (const label of [
      'Producto 12: Servicios de atención a la población',
      'META FÍSICA 2026',
      'Año',
      'Código y nombre del indicador',
      ' Total ',
      'Línea de base (2023)',
      'Cigüeña',
      'Niñez y adolescencia',
    ])
      expect(normalize(label)).toBe(foldAny(label));
    expect(normalize('Niñez y ADOLESCENCIA')).toBe('ninez y adolescencia');
  });

  it('give the general path’s result on any text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(normalize(t)).toBe(foldAny(t));
        expect(wordsOfFolded(foldAny(t))).toEqual(referenceWords(foldAny(t)));
      }),
      { numRuns: 20_000 },
    );
  });
});
