/**
 * What the build generates from the code (scripts/generate-docs.js) is committed: the model's
 * JSON Schema, its field reference and the catalogues page. Changing the zod schema or a
 * catalogue without `npm run docs` fails here; and the schema accepts the example model.
 */
import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'fs';
import path from 'path';
import { z } from 'zod';
import * as catalog from '../src/domain/catalog';
import { settingsSchema } from '../src/core/settings-schema';
import { pomModelSchema } from '../src/domain/model';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain Node script, shared with the build
const { generatedFiles } = require('../scripts/generate-docs.js') as {
  generatedFiles(sources: unknown): Record<string, string>;
};

const ROOT = path.resolve(__dirname, '..');
const files = generatedFiles({ z, pomModelSchema, settingsSchema, catalog });

describe('generated files', () => {
  it.each(Object.keys(files))('%s matches the code (run `npm run docs` after changing it)', (file) => {
    expect(readFileSync(path.join(ROOT, file), 'utf8')).toBe(files[file]);
  });

  it('the JSON Schema accepts the example model and refuses a broken one', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(files['schema/pom-model.schema.json']));
    const example = JSON.parse(readFileSync(path.join(ROOT, 'examples/igm-pom-2026-2030.json'), 'utf8'));
    expect(validate(example)).toBe(true);
    expect(validate({ ...example, $schema: '../schema/pom-model.schema.json' })).toBe(true);
    expect(validate({ ...example, years: { from: 1999, to: 2003 } })).toBe(false);
    expect(validate({ ...example, extra: 1 })).toBe(false);
  });

  it('the settings schema accepts the guide’s example and refuses an unknown key', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(files['schema/planifica-config.schema.json']));
    const guide = readFileSync(path.join(ROOT, 'docs/guia/configuracion.md'), 'utf8');
    const example = JSON.parse(/```json\n([\s\S]*?)```/.exec(guide)![1]);
    expect(validate(example)).toBe(true);
    expect(validate({ rules: { 'totals/*': 'fatal' } })).toBe(false);
    expect(validate({ rule: {} })).toBe(false);
  });

  it('lists every catalogue value', () => {
    const page = files['docs/guia/catalogos.md'];
    for (const unit of catalog.STANDARD_UNITS) expect(page).toContain(unit);
    for (const m of catalog.MUNICIPALITIES) expect(page).toContain(`${m.code} ${m.name}`);
    expect(page).toContain('22 departamentos y 340 municipios');
  });
});
