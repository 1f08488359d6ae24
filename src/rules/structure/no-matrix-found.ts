/**
 * A workbook validated by Planifica should hold at least one POM/POA matrix. When recognition
 * finds none, the domain rules have nothing to check and would stay silent, which reads as
 * "all correct"; this rule says instead that nothing was recognised and what was looked for.
 */
import { createRule } from '../../core';
import { getRecognition } from '../../domain/recognize';

export default createRule({
  meta: {
    id: 'structure/no-matrix-found',
    kind: 'structure',
    severity: 'warning',
    description: 'Avisa cuando el libro no contiene ninguna matriz del POM/POA reconocible.',
    descriptionEn: 'Warns when the workbook holds no recognisable POM/POA matrix.',
    title: 'Ninguna matriz reconocida',
    titleEn: 'No matrix recognised',
    messages: {
      // One literal (not concatenated) so the compiler can read its {{placeholders}}.
      none: 'No se reconoció ninguna matriz del POM/POA en este libro ({{sheets}}): solo se revisaron fórmulas y valores. Planifica busca encabezados como «PRODUCTO / SUBPRODUCTO» y «UNIDAD DE MEDIDA» con años y «Meta Física» / «Meta Financiera», «PRG | DESCRIPCIÓN» con una columna por año, «PROGRAMA | SUBPROGRAMA | PROYECTO | ACTIVIDAD», «RESULTADO INSTITUCIONAL», «COBERTURA DE DEPARTAMENTOS», «Línea de base» con «Datos absolutos», o fichas con «Código y Nombre del Indicador».',
    },
    messagesEn: {
      none: 'No POM/POA matrix was recognised in this workbook ({{sheets}}): only formulas and values were checked. Planifica looks for headers such as «PRODUCTO / SUBPRODUCTO» and «UNIDAD DE MEDIDA» with years and «Meta Física» / «Meta Financiera», «PRG | DESCRIPCIÓN» with one column per year, «PROGRAMA | SUBPROGRAMA | PROYECTO | ACTIVIDAD», «RESULTADO INSTITUCIONAL», «COBERTURA DE DEPARTAMENTOS», «Línea de base» with «Datos absolutos», or indicator sheets with «Código y Nombre del Indicador».',
    },
  },
  create(context) {
    const { workbook } = context;
    if (workbook.sheets.length === 0 || getRecognition(workbook).matrices.length > 0) return;
    const first = workbook.sheets[0];
    const count = workbook.sheets.length;
    context.report({
      messageId: 'none',
      sheet: first.name,
      range: 'A1',
      data: { sheets: count === 1 ? '1 hoja' : `${count} hojas` },
    });
  },
});
