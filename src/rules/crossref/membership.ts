/**
 * Products and subproducts that one matrix lists and another leaves out.
 *
 * - Every product of the goals matrix (§9.5) is linked to a programmatic category (§9.3), and
 *   every product of §9.3 has goals in §9.5 (only when the workbook has both matrices).
 * - Every subproduct listed in one matrix is listed, under the same product, in every other
 *   matrix that lists subproducts and lists that product. The finding sits on the product's
 *   row in the matrix that misses the subproduct; but when more matrices leave it out than list
 *   it, the finding sits on the subproduct where it is listed (a renamed or stray subproduct is
 *   one finding, not one per matrix). A subproduct that one matrix places under another product
 *   (and the others under its own) is reported where it is misplaced, once. A matrix that
 *   leaves out the whole product
 *   (the results matrix omits "Dirección y Coordinación") is not asked for its subproducts, and
 *   a matrix the workbook does not have is never compared.
 */
import { cellAddress, createRule, type CellRef } from '../../core';
import {
  appearancesIn,
  chainPosition,
  getItemIndex,
  itemRowsOf,
  type Item,
  type ItemAppearance,
  type ItemMatrixType,
} from '../../domain/items';
import { MATRIX_TITLES } from '../../domain/matrix';

function nameRef(a: ItemAppearance): CellRef {
  return { sheet: a.matrix.sheet, range: cellAddress(a.row.name.row, a.row.name.col) };
}

export default createRule({
  meta: {
    id: 'crossref/membership',
    kind: 'cross-sheet-mismatch',
    severity: 'error',
    description: 'Señala productos y subproductos que una matriz incluye y otra omite.',
    descriptionEn: 'Flags products and subproducts that one matrix lists and another leaves out.',
    title: 'Producto o subproducto ausente en una matriz',
    titleEn: 'Product or subproduct missing from a matrix',
    messages: {
      productWithoutCategory:
        'El producto «{{item}}» tiene metas pero no está vinculado a ninguna categoría programática en {{otherSheet}}.',
      productWithoutGoals:
        'El producto «{{item}}» está vinculado a una categoría programática pero no tiene metas en {{otherSheet}}.',
      missingSubproduct:
        'Falta el subproducto «{{subproduct}}» bajo el producto «{{product}}» en {{matrix}}; aparece en {{otherSheet}}!{{otherCell}}.',
      underOtherProduct:
        'El subproducto «{{subproduct}}» está aquí bajo el producto «{{here}}», pero bajo «{{product}}» en {{otherSheet}}!{{otherCell}}.',
      onlyHere:
        'El subproducto «{{subproduct}}» del producto «{{product}}» solo aparece en esta matriz; no está en: {{missing}}. Revise si su nombre cambió o si sobra.',
    },
    messagesEn: {
      productWithoutCategory:
        'Product "{{item}}" has goals but is not linked to any programme category in {{otherSheet}}.',
      productWithoutGoals: 'Product "{{item}}" is linked to a programme category but has no goals in {{otherSheet}}.',
      missingSubproduct:
        'Subproduct "{{subproduct}}" is missing under product "{{product}}" in {{matrix}}; it appears in {{otherSheet}}!{{otherCell}}.',
      underOtherProduct:
        'Subproduct "{{subproduct}}" is here under product "{{here}}", but under "{{product}}" in {{otherSheet}}!{{otherCell}}.',
      onlyHere:
        'Subproduct "{{subproduct}}" of product "{{product}}" appears only in this matrix; it is not in: {{missing}}. Check whether its name changed or whether it is left over.',
    },
  },
  create(context) {
    const index = getItemIndex(context.workbook);
    const present = new Set(index.matrices.map((m) => m.type));
    const listsSubproducts = new Set<ItemMatrixType>(
      index.matrices.filter((m) => itemRowsOf(m).some((r) => r.level === 'subproduct')).map((m) => m.type),
    );
    const sheetOf = (type: ItemMatrixType): string => index.matrices.find((m) => m.type === type)?.sheet ?? '';
    const typesOf = (item: Item) => new Set(item.appearances.map((a) => a.matrix.type));
    const firstPosition = (item: Item) => Math.min(...item.appearances.map((a) => chainPosition(a.matrix.type)));

    // The same subproduct name under two products, in matrices that do not overlap: one
    // subproduct placed under another product somewhere, not two half-missing subproducts.
    const twinOf = new Map<Item, Item>();
    const byKey = new Map<string, Item[]>();
    for (const item of index.items) {
      if (item.level === 'subproduct' && item.product) byKey.set(item.key, [...(byKey.get(item.key) ?? []), item]);
    }
    for (const same of byKey.values()) {
      for (const a of same) {
        for (const b of same) {
          if (a === b || twinOf.has(a) || twinOf.has(b)) continue;
          const typesA = typesOf(a);
          if ([...typesOf(b)].some((type) => typesA.has(type))) continue;
          twinOf.set(a, b);
          twinOf.set(b, a);
        }
      }
    }

    for (const item of index.items) {
      if (item.level === 'product') {
        if (!present.has('goals') || !present.has('programmatic')) continue;
        const inGoals = appearancesIn(item, 'goals');
        const inProgrammatic = appearancesIn(item, 'programmatic');
        if (inGoals.length > 0 && inProgrammatic.length === 0) {
          context.report({
            messageId: 'productWithoutCategory',
            ...nameRef(inGoals[0]),
            data: { item: item.name, otherSheet: sheetOf('programmatic') },
          });
        } else if (inProgrammatic.length > 0 && inGoals.length === 0) {
          context.report({
            messageId: 'productWithoutGoals',
            ...nameRef(inProgrammatic[0]),
            data: { item: item.name, otherSheet: sheetOf('goals') },
          });
        }
        continue;
      }

      const product = item.product;
      if (!product) continue;
      const where = item.appearances;
      const twin = twinOf.get(item);
      if (twin) {
        // Reported once, from the side more matrices (or the earlier matrix) agree with.
        const mine = typesOf(item).size;
        const theirs = typesOf(twin).size;
        if (mine > theirs || (mine === theirs && firstPosition(item) < firstPosition(twin))) {
          const other = nameRef(where[0]);
          for (const misplaced of twin.appearances) {
            context.report({
              messageId: 'underOtherProduct',
              ...nameRef(misplaced),
              expected: product.name,
              actual: twin.product?.name ?? null,
              valueType: 'text',
              related: where.map(nameRef),
              data: {
                subproduct: twin.name,
                here: twin.product?.name ?? '',
                product: product.name,
                otherSheet: other.sheet,
                otherCell: other.range,
              },
            });
          }
        }
      }
      const covered = twin ? typesOf(twin) : new Set<ItemMatrixType>();
      const missingFrom = [...listsSubproducts].filter(
        (type) =>
          !where.some((a) => a.matrix.type === type) && !covered.has(type) && appearancesIn(product, type).length > 0,
      );
      if (missingFrom.length === 0) continue;
      const presentIn = new Set(where.map((a) => a.matrix.type));
      if (presentIn.size < missingFrom.length) {
        // Listed by fewer matrices than leave it out: the odd one is where it is listed.
        const missingProducts = missingFrom.map((type) => nameRef(appearancesIn(product, type)[0]));
        for (const appearance of where) {
          context.report({
            messageId: 'onlyHere',
            ...nameRef(appearance),
            related: missingProducts,
            data: {
              subproduct: item.name,
              product: product.name,
              missing: missingFrom.map((type) => MATRIX_TITLES[type].es).join(', '),
            },
          });
        }
        continue;
      }
      for (const type of missingFrom) {
        const productHere = appearancesIn(product, type)[0];
        const other = nameRef(where[0]);
        context.report({
          messageId: 'missingSubproduct',
          ...nameRef(productHere),
          expected: item.name,
          actual: null,
          valueType: 'text',
          related: where.map(nameRef),
          data: {
            subproduct: item.name,
            product: product.name,
            matrix: MATRIX_TITLES[type].es,
            otherSheet: other.sheet,
            otherCell: other.range,
          },
        });
      }
    }
  },
});
