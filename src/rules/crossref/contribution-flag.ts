/**
 * The 1/0 "producto de mayor contribución a la Política General de Gobierno" flag of a product
 * must be the same in the PGG linkage matrix (§3.1) and in the coverage matrix (§9.4). The
 * finding sits on the coverage cell (the later matrix of the chain), with the PGG cell related.
 * Values other than 1 and 0 are catalog/contribution-flag's business.
 */
import { cellAddress, createRule, type CellRef } from '../../core';
import { appearancesIn, contributionFlag, getItemIndex, rowIn } from '../../domain/items';

export default createRule({
  meta: {
    id: 'crossref/contribution-flag',
    kind: 'cross-sheet-mismatch',
    severity: 'error',
    description:
      'Señala productos cuya marca de mayor contribución (1/0) difiere entre la matriz PGG y la de cobertura.',
    descriptionEn:
      'Flags products whose 1/0 "greatest contribution" flag differs between the PGG and coverage matrices.',
    title: 'Marca de contribución distinta entre matrices',
    titleEn: 'Contribution flag differs between matrices',
    messages: {
      differs:
        'El producto «{{item}}» está marcado {{actual}} como de mayor contribución aquí, pero {{expected}} en {{otherSheet}}!{{otherCell}}.',
    },
    messagesEn: {
      differs:
        'Product "{{item}}" is flagged {{actual}} as greatest contribution here, but {{expected}} in {{otherSheet}}!{{otherCell}}.',
    },
  },
  create(context) {
    for (const item of getItemIndex(context.workbook).items) {
      const pggFlags = appearancesIn(item, 'pgg')
        .map((a) => ({ sheet: a.matrix.sheet, cell: rowIn(a, 'pgg')?.contribution }))
        .filter((f) => f.cell && contributionFlag(f.cell.value) !== undefined);
      if (pggFlags.length === 0) continue;
      const reference = pggFlags[0];
      const expected = contributionFlag(reference.cell!.value)!;
      const related: CellRef = { sheet: reference.sheet, range: cellAddress(reference.cell!.row, reference.cell!.col) };
      for (const appearance of appearancesIn(item, 'coverage')) {
        const cell = rowIn(appearance, 'coverage')?.contribution;
        const actual = contributionFlag(cell?.value);
        if (!cell || actual === undefined || actual === expected) continue;
        context.report({
          messageId: 'differs',
          sheet: appearance.matrix.sheet,
          range: cellAddress(cell.row, cell.col),
          expected,
          actual,
          valueType: 'text',
          related: [related],
          data: { item: item.name, actual, expected, otherSheet: related.sheet, otherCell: related.range },
        });
      }
    }
  },
});
