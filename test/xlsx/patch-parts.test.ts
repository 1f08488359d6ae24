/** The surgical writer's text helpers: new cell formats in styles.xml, namespaces, relationships. */
import { relativeTarget } from '../../src/xlsx/patch/parts';
import { StylesEdit } from '../../src/xlsx/patch/styles';
import { declaredPrefix, insertBeforeClose, withAttribute } from '../../src/xlsx/patch/text';

const count = (xml: string, list: string) => Number(new RegExp(`<(?:\\w+:)?${list} count="(\\d+)"`).exec(xml)?.[1]);

describe('StylesEdit', () => {
  const STYLES =
    '<styleSheet xmlns="m"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border/></borders>' +
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
    '<xf numFmtId="4" fontId="0" fillId="1" borderId="0" xfId="0" applyFill="0"><alignment wrapText="1"/></xf></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

  it('clones a cell format with a new fill (once per pair), appends, and updates the counts', () => {
    const styles = new StylesEdit(STYLES);
    const red = styles.addSolidFill('FFF8CBAD');
    expect(red).toBe(2);
    expect(styles.withFill('1', red)).toBe(2);
    expect(styles.withFill('1', red)).toBe(2);
    expect(styles.withFill(undefined, red)).toBe(3);
    const bold = styles.addFontLike({ bold: true });
    expect(styles.addFormat({ font: bold })).toBe(4);
    const xml = styles.toXml();
    expect([count(xml, 'fonts'), count(xml, 'fills'), count(xml, 'cellXfs')]).toEqual([2, 3, 5]);
    expect(xml).toContain(
      '<xf numFmtId="4" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"><alignment wrapText="1"/></xf>',
    );
    expect(xml).toContain(
      '<fill><patternFill patternType="solid"><fgColor rgb="FFF8CBAD"/><bgColor indexed="64"/></patternFill></fill></fills>',
    );
    expect(xml).toContain('<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>');
    // What was there stays where it was: every existing s keeps its meaning.
    expect(xml).toContain(
      '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
        '<xf numFmtId="4" fontId="0" fillId="1" borderId="0" xfId="0" applyFill="0"><alignment wrapText="1"/></xf><xf ',
    );
    expect(xml).toContain('<cellStyles count="1">');
  });

  it('adds a missing list where the schema puts it, with the entries Excel reserves first', () => {
    const styles = new StylesEdit(
      '<x:styleSheet xmlns:x="m"><x:fonts count="1"><x:font/></x:fonts><x:cellXfs count="1"><x:xf fontId="0"/></x:cellXfs></x:styleSheet>',
    );
    expect(styles.addSolidFill('FF00FF00')).toBe(2);
    expect(styles.withFill('0', 2)).toBe(1);
    const xml = styles.toXml();
    expect(xml).toMatch(
      /<\/x:fonts><x:fills count="3"><x:fill><x:patternFill patternType="none"\/><\/x:fill>.*<\/x:fills><x:borders count="1">.*<\/x:borders><x:cellXfs count="2">/,
    );
    expect(xml).toContain('<x:xf fontId="0" fillId="2" applyFill="1"/></x:cellXfs>');
  });
});

describe('text helpers', () => {
  it('declares the relationship namespace on the root once, under a free prefix', () => {
    const ns = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    expect(declaredPrefix(`<worksheet xmlns="m" xmlns:rel="${ns}"><a/></worksheet>`, 'worksheet', ns)).toEqual({
      xml: `<worksheet xmlns="m" xmlns:rel="${ns}"><a/></worksheet>`,
      prefix: 'rel',
    });
    expect(declaredPrefix('<worksheet xmlns:r="otro"><a/></worksheet>', 'worksheet', ns)).toEqual({
      xml: `<worksheet xmlns:r="otro" xmlns:r1="${ns}"><a/></worksheet>`,
      prefix: 'r1',
    });
  });

  it('inserts before a closing tag, opening an empty element', () => {
    expect(insertBeforeClose('<a><b/></a>', 'a', '<c/>')).toBe('<a><b/><c/></a>');
    expect(insertBeforeClose('<a><list x="1"/></a>', 'list', '<c/>')).toBe('<a><list x="1"><c/></list></a>');
  });

  it('sets an attribute in place or at the end of a start tag', () => {
    expect(withAttribute(' r="A1" s="2"', 's', '9')).toBe(' r="A1" s="9"');
    expect(withAttribute(' r="A1"', 's', '9')).toBe(' r="A1" s="9"');
    expect(withAttribute(' r="A1"/', 's', '9')).toBe(' r="A1" s="9"/');
  });

  it('writes a relationship target relative to its source part', () => {
    expect(relativeTarget('xl/worksheets/sheet1.xml', 'xl/comments2.xml')).toBe('../comments2.xml');
    expect(relativeTarget('xl/worksheets/sheet1.xml', 'xl/drawings/vmlDrawing1.vml')).toBe(
      '../drawings/vmlDrawing1.vml',
    );
    expect(relativeTarget('xl/workbook.xml', 'xl/worksheets/sheet9.xml')).toBe('worksheets/sheet9.xml');
  });
});
