/**
 * §9.1 fichas técnicas: each indicator has its own code ("1.", "2.", …). The seed codes every
 * indicator "1.": each repeat is reported at its own code cell, pointing at the first.
 */
import { cellAddress, createRule } from '../../core';
import { matricesOf } from '../../domain/recognize';
import { normalize } from '../../domain/text';

/** "1." and "1" and " 1 . " are one code; "1.1" is another. */
function codeKey(code: string): string {
  return normalize(code).replace(/\s+/g, '').replace(/\.+$/, '');
}

export default createRule({
  meta: {
    id: 'form/indicator-code-unique',
    kind: 'duplicate-id',
    severity: 'error',
    description: 'Verifica que cada ficha técnica tenga un código de indicador propio.',
    descriptionEn: 'Checks that each indicator sheet has its own indicator code.',
    title: 'Código de indicador repetido',
    titleEn: 'Duplicate indicator code',
    messages: {
      duplicate:
        'El indicador «{{name}}» tiene el código «{{code}}», que ya usa «{{firstName}}»: cada indicador debe tener su propio código.',
    },
    messagesEn: {
      duplicate:
        'Indicator "{{name}}" has the code "{{code}}", already used by "{{firstName}}": each indicator needs its own code.',
    },
  },
  create(context) {
    const first = new Map<string, { sheet: string; row: number; col: number; name: string }>();
    for (const ficha of matricesOf(context.workbook, 'indicator-sheet')) {
      const code = ficha.code;
      if (!code || codeKey(code.value) === '') continue;
      const key = codeKey(code.value);
      const name = ficha.name?.value ?? code.value;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, { sheet: ficha.sheet, row: code.row, col: code.col, name });
        continue;
      }
      context.report({
        messageId: 'duplicate',
        sheet: ficha.sheet,
        range: cellAddress(code.row, code.col),
        data: { name, code: code.value, firstName: earlier.name },
        actual: code.value,
        valueType: 'code',
        related: [{ sheet: earlier.sheet, range: cellAddress(earlier.row, earlier.col) }],
      });
    }
  },
});
