/**
 * Validates manifest.xml offline against Microsoft's v1.1 manifest schemas, which live outside the
 * project (../shared/reference/manifest-xsd/). `npm run validate` remains the online check.
 * After `npm run build`, the production manifest in dist/ is checked too.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import path from 'path';
import { validateXML } from 'xmllint-wasm';

const ROOT = path.resolve(__dirname, '../..');
const XSD_DIR = path.resolve(ROOT, '../shared/reference/manifest-xsd');
const ROOT_SCHEMA = 'OfficeAppManifestV1_1.xsd';
const haveSchemas = existsSync(path.join(XSD_DIR, ROOT_SCHEMA));

if (!haveSchemas) {
  // One plain line (console.warn would add a stack block): the schemas may not be redistributed.
  process.stderr.write(
    'Manifiesto: sin los esquemas XSD de ../shared/reference/manifest-xsd se omite su validación; ' +
      'compruébelo con `npm run validate` (necesita internet) o cargándolo en Excel en la web.\n',
  );
}

async function schemaErrors(xml: string): Promise<string[]> {
  const files = readdirSync(XSD_DIR).filter((f) => f.endsWith('.xsd'));
  const preload = files
    .filter((f) => f !== ROOT_SCHEMA)
    .map((fileName) => ({ fileName, contents: readFileSync(path.join(XSD_DIR, fileName), 'utf8') }));
  const result = await validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [{ fileName: ROOT_SCHEMA, contents: readFileSync(path.join(XSD_DIR, ROOT_SCHEMA), 'utf8') }],
    preload,
  });
  return result.errors.map((e) => e.rawMessage);
}

const manifest = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const describeWithSchemas = haveSchemas ? describe : describe.skip;

describeWithSchemas('manifest.xml against the v1.1 schemas', () => {
  it('is valid', async () => {
    expect(await schemaErrors(manifest)).toEqual([]);
  });

  it('the validator rejects a broken manifest (the check can fail)', async () => {
    const broken = manifest.replace(
      '<Permissions>ReadWriteDocument</Permissions>',
      '<Permissions>Everything</Permissions>',
    );
    expect((await schemaErrors(broken)).length).toBeGreaterThan(0);
  });

  const built = path.join(ROOT, 'dist/manifest.xml');
  (existsSync(built) || process.env.CI ? it : it.skip)(
    'the production manifest in dist/ is valid and has no localhost URL',
    async () => {
      const xml = readFileSync(built, 'utf8');
      expect(xml).not.toContain('localhost');
      expect(await schemaErrors(xml)).toEqual([]);
    },
  );
});

describe('manifest.xml content', () => {
  it('uses development URLs on https://localhost:3000 only', () => {
    const urls = [...manifest.matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]);
    const external = urls.filter(
      (u) => !u.startsWith('http://schemas.microsoft.com') && !u.startsWith('http://www.w3.org'),
    );
    expect(external.length).toBeGreaterThan(0);
    for (const url of external) expect(url.startsWith('https://localhost:3000')).toBe(true);
  });

  it('points every icon at a committed PNG of the declared size', () => {
    const icons = [...manifest.matchAll(/assets\/(icon-(\d+)\.png)/g)];
    expect(icons.length).toBeGreaterThan(0);
    for (const [, file, size] of icons) {
      const png = readFileSync(path.join(ROOT, 'assets', file));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(Number(size)); // IHDR width
      expect(png.readUInt32BE(20)).toBe(Number(size)); // IHDR height
    }
    // The store listing needs a 128 px icon even though the manifest does not reference it.
    expect(existsSync(path.join(ROOT, 'assets/icon-128.png'))).toBe(true);
  });

  it('asks for the Workbook host, ReadWriteDocument and ExcelApi 1.7', () => {
    expect(manifest).toContain('<Host Name="Workbook"/>');
    expect(manifest).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1\.7"\/>/);
  });
});
