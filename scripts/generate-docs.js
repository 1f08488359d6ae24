#!/usr/bin/env node
/**
 * Writes what is generated from the code, so that it never drifts from it:
 * - schema/pom-model.schema.json: the model's JSON Schema (zod 4's z.toJSONSchema, input side),
 *   for editors that complete and check a model while it is typed;
 * - docs/guia/modelo.md: the model's field reference, from the same schema;
 * - schema/planifica-config.schema.json: the settings file's JSON Schema (src/core/settings.ts);
 * - docs/guia/catalogos.md: the catalogues (units, categories, frequencies, special programmes,
 *   departments and municipalities), from src/domain/catalog.
 * `node scripts/generate-docs.js` writes them (after `npm run build:cli`; `npm run build` does
 * both); `--check` only compares and exits 1 on a difference. test/generated-docs.test.ts runs
 * the same functions on the TypeScript sources.
 */
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const SCHEMA_ID = 'https://planifica.example.org/schema/pom-model.schema.json';

/** The model's JSON Schema: what a person writes (defaults optional), with Spanish descriptions. */
function modelJsonSchema(z, pomModelSchema) {
  const schema = z.toJSONSchema(pomModelSchema, { io: 'input', target: 'draft-2020-12' });
  return {
    $schema: schema.$schema,
    $id: SCHEMA_ID,
    title: 'Modelo del POM/POA de Planifica',
    description:
      'Un documento JSON del que `planifica generate --model` genera todas las matrices estándar. Generado desde src/domain/model.ts: no se edita a mano.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}

function typeOf(node) {
  if (node.anyOf) return node.anyOf.map(typeOf).join(' o ');
  if (node.const !== undefined) return `\`${JSON.stringify(node.const)}\``;
  if (node.enum) return node.enum.map((v) => `\`${JSON.stringify(v)}\``).join(', ');
  const limits = [];
  if (node.minimum !== undefined) limits.push(`≥ ${node.minimum}`);
  if (node.maximum !== undefined) limits.push(`≤ ${node.maximum}`);
  if (node.pattern) limits.push(`\`${node.pattern}\``);
  if (node.minItems) limits.push(`al menos ${node.minItems}`);
  const name =
    {
      string: node.minLength ? 'texto (no vacío)' : 'texto',
      number: 'número',
      integer: 'entero',
      boolean: 'verdadero/falso',
      array: 'lista',
      object: node.propertyNames ? 'objeto por año' : 'objeto',
    }[node.type] ?? String(node.type);
  return limits.length ? `${name} (${limits.join(', ')})` : name;
}

/** One row per field, depth first: `products[].subproducts[].goals.<año>.physical`. */
function fieldRows(node, prefix, required, rows) {
  if (node.anyOf) {
    rows.push({ path: prefix, type: typeOf(node), required, description: node.description ?? '' });
    node.anyOf.forEach((option, i) => {
      if (option.type === 'object') fieldRows(option, `${prefix} (forma ${i + 1})`, required, rows);
    });
    return;
  }
  if (prefix) rows.push({ path: prefix, type: typeOf(node), required, description: node.description ?? '' });
  if (node.type === 'object' && node.properties) {
    const needed = new Set(node.required ?? []);
    for (const [key, child] of Object.entries(node.properties)) {
      fieldRows(child, prefix ? `${prefix}.${key}` : key, needed.has(key), rows);
    }
  } else if (node.type === 'object' && node.additionalProperties && typeof node.additionalProperties === 'object') {
    const child = node.additionalProperties;
    if (child.type === 'object') {
      const needed = new Set(child.required ?? []);
      for (const [key, grandchild] of Object.entries(child.properties ?? {})) {
        fieldRows(grandchild, `${prefix}.<año>.${key}`, needed.has(key), rows);
      }
    } else {
      rows.push({ path: `${prefix}.<año>`, type: typeOf(child), required: true, description: child.description ?? '' });
    }
  } else if (node.type === 'array' && node.items && node.items.type === 'object') {
    const needed = new Set(node.items.required ?? []);
    for (const [key, child] of Object.entries(node.items.properties ?? {})) {
      fieldRows(child, `${prefix}[].${key}`, needed.has(key), rows);
    }
  }
  return rows;
}

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');

function renderModelDoc(jsonSchema) {
  const rows = fieldRows(jsonSchema, '', true, []);
  return [
    '# El modelo del plan (JSON): referencia de campos',
    '',
    '<!-- Generado por scripts/generate-docs.js desde src/domain/model.ts: no editar a mano. -->',
    '',
    '`planifica generate --model modelo.json --output plan.xlsx` escribe todas las matrices desde un',
    'solo documento JSON, de modo que concuerdan entre sí por construcción. El ejemplo completo es',
    '`examples/igm-pom-2026-2030.json`. El archivo se guarda en **UTF-8**.',
    '',
    'Para que el editor complete y revise el modelo mientras se escribe, apunte a su esquema',
    '(`schema/pom-model.schema.json`, generado del mismo código) desde el propio archivo:',
    '',
    '```json',
    '{ "$schema": "../schema/pom-model.schema.json", "institution": { … } }',
    '```',
    '',
    'o, en Visual Studio Code, en `settings.json` → `json.schemas`. (Planifica admite el campo',
    '`$schema` y no lo escribe en las matrices.)',
    '',
    'Los montos son quetzales; las claves de año son textos de cuatro cifras (`"2026"`) y deben ser',
    'exactamente los años de `years`. Un texto admite como máximo 32,767 caracteres (lo que cabe en',
    'una celda de Excel) y ningún carácter de control.',
    '',
    '## Campos',
    '',
    '| campo | tipo | obligatorio | descripción |',
    '| --- | --- | --- | --- |',
    ...rows.map(
      (r) => `| \`${cell(r.path)}\` | ${cell(r.type)} | ${r.required ? 'sí' : 'no'} | ${cell(r.description)} |`,
    ),
    '',
    '## Comprobaciones además de la forma',
    '',
    'Después de la forma, Planifica comprueba lo que un revisor rechazaría, y dice primero la causa',
    'más sencilla (por ejemplo «years.to: las metas llegan hasta 2030, pero el plan dice 2031»):',
    '',
    '- cada registro por año tiene exactamente los años del plan;',
    '- la meta financiera de un producto es la suma de sus subproductos (y la física, la de los',
    '  subproductos de su misma unidad);',
    '- las metas financieras de los productos de un programa suman su presupuesto en cada año, y',
    '  todo programa de un producto está en `budget`;',
    '- las unidades de medida están en el [catálogo](catalogos.md#unidades-de-medida) (o entre las',
    '  unidades propias de la institución en `planifica.config.json`);',
    '- los ids de resultado, los nombres de producto y los códigos de indicador no se repiten, y las',
    '  referencias (`products[].result`, `indicators[].product`) existen;',
    '- el año de la línea base es anterior al primer año del plan.',
    '',
  ].join('\n');
}

function renderCatalogs(catalog) {
  const lines = [
    '# Catálogos',
    '',
    '<!-- Generado por scripts/generate-docs.js desde src/domain/catalog: no editar a mano. -->',
    '',
    'Los valores que Planifica reconoce al validar un libro y que exige al generar desde un modelo.',
    'Se comparan sin tildes, sin mayúsculas y en singular o plural («Documentos» es «Documento»).',
    'Una institución puede añadir sus propias unidades en `planifica.config.json` (ver',
    '[configuración](configuracion.md)).',
    '',
    '## Unidades de medida',
    '',
    `${catalog.STANDARD_UNITS.length} unidades estándar (también se aceptan abreviaturas como «ha», «km», «m2», «kg»):`,
    '',
    catalog.STANDARD_UNITS.map((u) => `${u}`).join(' · '),
    '',
    '## Categorías de indicador',
    '',
    ...catalog.INDICATOR_CATEGORIES.map((c) => `- ${c}`),
    '',
    '## Frecuencias de medición',
    '',
    '| frecuencia | mediciones por año |',
    '| --- | --- |',
    ...catalog.MEASUREMENT_FREQUENCIES.map((f) => `| ${f} | ${catalog.MEASUREMENTS_PER_YEAR[f]} |`),
    '',
    '## Programas especiales y códigos',
    '',
    '| programa | nombre | producto |',
    '| --- | --- | --- |',
    ...catalog.SPECIAL_PROGRAMMES.map((p) => `| ${p.code} | ${p.name} | ${p.product ?? ''} |`),
    '',
    'Dígitos de cada segmento de la categoría programática: ' +
      Object.entries(catalog.CODE_SEGMENT_WIDTHS)
        .map(([segment, widths]) => `${segment} ${widths.join(' o ')}`)
        .join(', ') +
      `. Código de institución: \`${catalog.INSTITUTION_CODE_EXAMPLE}\`.`,
    '',
    '## Departamentos y municipios (códigos del INE)',
    '',
    `${catalog.DEPARTMENTS.length} departamentos y ${catalog.MUNICIPALITIES.length} municipios. El código de municipio es`,
    'el del departamento × 100 más su número dentro del departamento.',
    '',
  ];
  for (const department of catalog.DEPARTMENTS) {
    lines.push(`### ${department.code} ${department.name}`, '');
    lines.push(
      catalog
        .municipalitiesOf(department.code)
        .map((m) => `${m.code} ${m.name}`)
        .join(' · '),
      '',
    );
  }
  return lines.join('\n');
}

/** The JSON Schema of planifica.config.json (src/core/settings.ts). */
function settingsJsonSchema(z, settingsSchema) {
  const schema = z.toJSONSchema(settingsSchema, { io: 'input', target: 'draft-2020-12' });
  return {
    $schema: schema.$schema,
    $id: 'https://planifica.example.org/schema/planifica-config.schema.json',
    title: 'Configuración de Planifica (planifica.config.json)',
    description: 'Generado desde src/core/settings.ts: no se edita a mano. Ver docs/guia/configuracion.md.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}

/** path → content of every generated file. */
function generatedFiles({ z, pomModelSchema, settingsSchema, catalog }) {
  return {
    'schema/pom-model.schema.json': `${JSON.stringify(modelJsonSchema(z, pomModelSchema), null, 2)}\n`,
    'schema/planifica-config.schema.json': `${JSON.stringify(settingsJsonSchema(z, settingsSchema), null, 2)}\n`,
    'docs/guia/modelo.md': renderModelDoc(modelJsonSchema(z, pomModelSchema)),
    'docs/guia/catalogos.md': renderCatalogs(catalog),
  };
}

module.exports = { generatedFiles, modelJsonSchema, renderModelDoc, renderCatalogs };

if (require.main === module) {
  const sources = {
    z: require('zod').z,
    pomModelSchema: require(path.join(ROOT, 'dist/domain/model.js')).pomModelSchema,
    settingsSchema: require(path.join(ROOT, 'dist/core/settings-schema.js')).settingsSchema,
    catalog: require(path.join(ROOT, 'dist/domain/catalog/index.js')),
  };
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [file, content] of Object.entries(generatedFiles(sources))) {
    const target = path.join(ROOT, file);
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined;
    if (current === content) continue;
    if (check) {
      process.stderr.write(`${file} no está al día: ejecute npm run docs\n`);
      stale++;
    } else {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, content);
      process.stdout.write(`${file} actualizado\n`);
    }
  }
  process.exit(stale > 0 ? 1 : 0);
}
