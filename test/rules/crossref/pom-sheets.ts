/**
 * Small POM matrices laid out as the example workbooks (scripts/make-examples.js) lay them out,
 * for the cross-matrix and catalogue rule tests. Items are given as an outline:
 * `P(name, …)` a product, `S(name, …)` a subproduct of the product above it.
 */
import type { SheetSnapshot } from '../../../src/core';
import { sheet, type CellSpec } from '../../support/workbook';

export interface ItemSpec {
  level: 'product' | 'subproduct';
  name: string;
  unit?: string;
  /** Physical goals per year (goals matrix) or absolute data per year (indicator matrix). */
  physical?: (number | string | null)[];
  financial?: (number | null)[];
  /** "Mayor contribución" flag (PGG and coverage matrices). */
  flag?: CellSpec;
  departments?: string;
  municipalities?: string;
}

export function P(name: string, extra: Omit<ItemSpec, 'level' | 'name'> = {}): ItemSpec {
  return { level: 'product', name, ...extra };
}
export function S(name: string, extra: Omit<ItemSpec, 'level' | 'name'> = {}): ItemSpec {
  return { level: 'subproduct', name, ...extra };
}

const CONTRIBUTION = 'PRODUCTOS DE MAYOR CONTRIBUCIÓN A LA POLÍTICA GENERAL DE GOBIERNO (1 / 0)';

/** §9.3: "Producto:" in A, the name in B, unit in C, activity and the four code segments. */
export function programmaticSheet(items: ItemSpec[], name = '9.3 Red'): SheetSnapshot {
  const rows: CellSpec[][] = [
    [
      'PRODUCTO / SUBPRODUCTO',
      null,
      'UNIDAD DE MEDIDA',
      'DESCRIPCIÓN DE LA ACTIVIDAD',
      'PROGRAMA',
      'SUBPROGRAMA',
      'PROYECTO',
      'ACTIVIDAD',
    ],
  ];
  let activity = 0;
  for (const item of items) {
    if (item.level === 'product') {
      activity++;
      rows.push(['Producto:', item.name, item.unit ?? null, item.name, '11', '00', '00', `00${activity}`]);
    } else {
      rows.push([null, item.name, item.unit ?? null]);
    }
  }
  return sheet(name, rows, { merges: ['A1:B1'] });
}

/** §9.5: "Producto: " prefix in the name cell, unit, then Meta física / Meta financiera per year. */
export function goalsSheet(items: ItemSpec[], years = [2026, 2027], name = '9.5 Metas'): SheetSnapshot {
  const top: CellSpec[] = ['PRODUCTO / SUBPRODUCTO', 'UNIDAD DE MEDIDA'];
  const sub: CellSpec[] = [null, null];
  const merges = ['A1:A2', 'B1:B2'];
  years.forEach((year, i) => {
    top.push(year, null);
    sub.push('Meta Física', 'Meta Financiera');
    const col = String.fromCharCode(67 + 2 * i);
    merges.push(`${col}1:${String.fromCharCode(68 + 2 * i)}1`);
  });
  const rows: CellSpec[][] = [top, sub];
  for (const item of items) {
    const label = item.level === 'product' ? `Producto: ${item.name}` : item.name;
    const values = years.flatMap((_, i) => [item.physical?.[i] ?? null, item.financial?.[i] ?? null]);
    rows.push([label, item.unit ?? null, ...values]);
  }
  return sheet(name, rows, { merges });
}

export interface IndicatorSpec {
  product: string;
  unit?: string;
  indicator: string;
  baseline?: [number | string | null, number | null, number | string | null];
  absolute: (number | string | null)[];
  relative?: (number | string | null)[];
  /** The multiannual total: a number, or a formula cell (`f(…)`). */
  total?: CellSpec;
}

/** §9.1 end: product, unit, indicator, baseline (year, absolute, relative), years, total. */
export function indicatorMatrixSheet(
  rows: IndicatorSpec[],
  years = [2026, 2027],
  name = '9.1 Multianual',
): SheetSnapshot {
  const totalCol = 6 + 2 * years.length;
  const r1: CellSpec[] = [
    'PRODUCTOS',
    'UNIDAD DE MEDIDA DEL PRODUCTO',
    'NOMBRE DEL INDICADOR DEL PRODUCTO',
    'INDICADORES DE PRODUCTOS',
  ];
  r1[totalCol] = 'TOTAL, META MULTIANUAL';
  const r2: CellSpec[] = [null, null, null, 'LINEA DE BASE', null, null];
  const r3: CellSpec[] = [null, null, null, 'AÑO', 'Datos Absolutos', 'Datos Relativos'];
  const r4: CellSpec[] = [null, null, null, null, null, null];
  years.forEach((year) => {
    r2.push(year, null);
    r3.push('META', null);
    r4.push('Datos Absolutos', 'Datos Relativos');
  });
  r2.push(`${years[0]}-${years[years.length - 1]}`);
  r3.push('Datos absolutos', 'Datos Relativos');
  const body = rows.map((row) => [
    row.product,
    row.unit ?? null,
    row.indicator,
    ...(row.baseline ?? [null, null, null]),
    ...years.flatMap((_, i) => [row.absolute[i] ?? null, row.relative?.[i] ?? 1]),
    row.total ?? null,
    1,
  ]);
  return sheet(name, [r1, r2, r3, r4, ...body]);
}

/** §3.1: axis, objective, result, product/subproduct and the 1/0 contribution flag. */
export function pggSheet(items: ItemSpec[], name = '3.1 PGG'): SheetSnapshot {
  const rows: CellSpec[][] = [
    ['POLÍTICA GENERAL DE GOBIERNO 2024-2028', null, 'RESULTADO INSTITUCIONAL', 'PRODUCTO / SUBPRODUCTO', CONTRIBUTION],
    ['Ejes Estratégicos', 'Objetivo', 'Descripción de Resultado'],
  ];
  items.forEach((item, i) => {
    const first: CellSpec[] =
      i === 0
        ? [
            '9 Una ciudadanía sin fronteras',
            'Fortalecer la prestación de servicios de atención a la población migrante',
            'Para el año 2026 se ha incrementado la protección de derechos a personas migrantes a 686,372 personas acumulado (de 64,660 en el año 2021 a 686,372 personas en el año 2026)',
          ]
        : [null, null, null];
    const label = item.level === 'product' ? `Producto: ${item.name}` : item.name;
    rows.push([...first, label, item.flag ?? null]);
  });
  return sheet(name, rows, { merges: ['A1:B1'] });
}

/** §9.4: result, "Producto:" label, name, contribution flag, departments, municipalities. */
export function coverageSheet(items: ItemSpec[], name = '9.4 Cobertura'): SheetSnapshot {
  const rows: CellSpec[][] = [
    [
      'RESULTADO INSTITUCIONAL',
      'PRODUCTO / SUBPRODUCTO',
      null,
      CONTRIBUTION,
      'COBERTURA DE DEPARTAMENTOS',
      'COBERTURA DE MUNICIPIOS',
    ],
    ['Descripción de Resultado'],
  ];
  items.forEach((item, i) => {
    const statement =
      i === 0
        ? 'Para el año 2030 se ha incrementado la protección de derechos a personas migrantes a 1,347,953 personas acumulado (de 64,660 en el año 2021 a 1,347,953 personas en el año 2030)'
        : null;
    rows.push([
      statement,
      item.level === 'product' ? 'Producto:' : null,
      item.name,
      item.flag ?? null,
      item.departments ?? null,
      item.municipalities ?? null,
    ]);
  });
  return sheet(name, rows, { merges: ['B1:C1'] });
}

/** §9.2: result statement, "Producto:" label and the names. */
export function resultsSheet(items: ItemSpec[], name = '9.2 Resultados'): SheetSnapshot {
  const rows: CellSpec[][] = [['RESULTADO INSTITUCIONAL', 'PRODUCTO / SUBPRODUCTO'], ['Descripción de Resultado']];
  items.forEach((item, i) => {
    const statement =
      i === 0
        ? 'Para el año 2030 se ha incrementado la protección de derechos a personas migrantes a 1,347,953 personas acumulado (de 64,660 en el año 2021 a 1,347,953 personas en el año 2030).'
        : null;
    rows.push([statement, item.level === 'product' ? 'Producto:' : null, item.name]);
  });
  return sheet(name, rows, { merges: ['B1:C1'] });
}

export interface FichaSpec {
  name: string;
  code?: string;
  category?: CellSpec;
  frequency?: CellSpec;
  trendYears?: number[];
  trendValues?: (number | string | null)[];
  baselineYear?: CellSpec;
  baselineValue?: CellSpec;
}

/** One MINFIN ficha técnica per spec, one under the other, as the example lays them out. */
export function fichasSheet(fichas: FichaSpec[], name = '9.1 Fichas'): SheetSnapshot {
  const rows: CellSpec[][] = [];
  fichas.forEach((ficha, i) => {
    const years = ficha.trendYears ?? [2023, 2026, 2027];
    rows.push(
      [
        'Ministerio de Finanzas Públicas\nDirección Técnica del Presupuesto',
        null,
        'FICHA TÉCNICA PARA DEFINICIÓN DE INDICADORES',
      ],
      ['1120-0069-000-000 INSTITUTO GUATEMALTECO DE MIGRACIÓN'],
      [],
      ['Código y Nombre del Indicador', `${ficha.code ?? `${i + 1}.`} ${ficha.name}`],
      ['Categoría del Indicador', ficha.category ?? 'PRODUCTO'],
      ['Objetivo Asociado del Indicador', 'Personas migrantes atendidas para la protección de sus derechos'],
      ['Política Pública Asociada', 'Política General de Gobierno 2024-2028'],
      ['Descripción del Indicador', 'Mide el porcentaje de gestiones realizadas de acuerdo con las programadas'],
      ['Pertinencia', 'Refleja la eficiencia de la gestión de la institución'],
      ['Interpretación', 'El indicador puede asumir valores de cero a 100%.'],
      ['Formula Calculo', 'Gestiones realizadas / gestiones programadas * 100'],
      ['Frecuencia de Medición', ficha.frequency ?? 'Anual'],
      ['Tendencia y meta del indicador'],
      ['Años', ...years],
      ['Valor', ...(ficha.trendValues ?? years.map(() => 100))],
      ['Línea Base', 'Año:', ficha.baselineYear ?? years[0], 'Valor:', ficha.baselineValue ?? null],
      ['Explicación de la Tendencia', 'El 100% programado es la proyección de ejecución.'],
      ['Como se va a lograr la meta', 'A través de la Subdirección responsable'],
      ['Medios de Verificación'],
      ['Procedencia de los Datos', 'Reportes de los sistemas estadísticos'],
      ['Unidad Responsable', 'Departamento de Estadística y Archivos'],
      ['Metodología de Recopilación', 'Mensualmente se recopila la información'],
      ['Notas Técnicas', 'La Institución atiende los casos según las solicitudes.'],
      [],
      [],
    );
  });
  return sheet(name, rows);
}
