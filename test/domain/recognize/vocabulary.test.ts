import { classifyHeader } from '../../../src/domain/recognize/vocabulary';
import { normalize, words } from '../../../src/domain/text';

const concept = (text: string | number) => classifyHeader(text, normalize(String(text)), words(String(text)));

describe('header vocabulary', () => {
  it.each([
    ['PRODUCTO / SUBPRODUCTO', 'product'],
    ['Producto o\nsubproducto', 'product'],
    ['U. de medida', 'unit'],
    ['U/M', 'unit'],
    ['UNIDAD DE MEDIDA DEL PRODUCTO', 'unit'],
    ['Métro Física', 'physical'],
    ['Metas Físicas', 'physical'],
    ['Prodcuto', 'product'],
    ['Metro Financiera', 'financial'],
    ['Meta financiera 2026 (Q)', 'financial'],
    ['LINEA DE BASE', 'baseline'],
    ['TOTAL, META MULTIANUAL', 'total'],
    ['Total 2027-2031', 'total'],
    ['PROYECTO', 'proyecto'],
    ['PRG', 'prg'],
    ['DESCRIPCIÓN DE LA ACTIVIDAD', 'activityDescription'],
    ['PRODUCTOS DE MAYOR CONTRIBUCIÓN A LA POLÍTICA GENERAL DE GOBIERNO (1 / 0)', 'contribution'],
    ['COBERTURA DE MUNICIPIOS', 'municipalities'],
    ['POLÍTICA GENERAL DE GOBIERNO 2024-2028', 'pgg'],
    ['OBJETIVOS ESPECÍFICOS O EJES', 'specificObjectives'],
    ['RESULTADO INSTITUCIONAL 2026', 'result'],
    ['Año 2026', 'year'],
    [2027, 'year'],
    ['2026-2030', 'yearSpan'],
  ])('%j is %s', (text, expected) => {
    expect(concept(text)).toBe(expected);
  });

  it.each([
    'Para el año 2026 se ha incrementado la protección de derechos',
    'Beneficiario 12 del municipio 4',
    'Precio',
    'Observaciones',
    565504297,
    'Producto de la venta de bienes y servicios del Estado',
    // "proyecto" is a header word of its own, not a misspelt "producto" (a list of SNIP projects).
    'Nombre del proyecto',
  ])('%j is not a header', (text) => {
    expect(concept(text)).toBeUndefined();
  });
});
