/**
 * A sheet the workbook lists but whose content could not be read (its part missing, its XML cut
 * short or malformed, its relationship unresolved) is not dropped in silence: the file readers
 * list it in the snapshot and this rule names it, so nobody takes the other sheets' clean
 * report for the whole workbook's.
 */
import { createRule } from '../../core';

export default createRule({
  meta: {
    id: 'structure/unreadable-sheet',
    kind: 'structure',
    severity: 'error',
    description: 'Señala las hojas del libro cuyo contenido no se pudo leer y que por tanto no se revisaron.',
    descriptionEn: 'Reports the sheets of the workbook whose content could not be read and so were not checked.',
    title: 'Hoja que no se pudo leer',
    titleEn: 'Sheet that could not be read',
    messages: {
      unreadable:
        'La hoja «{{sheet}}» no se pudo leer ({{reason}}) y no se revisó. Ábrala en Excel, compruebe su contenido y vuelva a guardar el libro.',
    },
    messagesEn: {
      unreadable:
        'The sheet «{{sheet}}» could not be read ({{reason}}) and was not checked. Open it in Excel, check its content and save the workbook again.',
    },
  },
  create(context) {
    for (const { name, reason } of context.workbook.unreadableSheets) {
      context.report({ messageId: 'unreadable', sheet: name, range: 'A1', data: { sheet: name, reason } });
    }
  },
});
