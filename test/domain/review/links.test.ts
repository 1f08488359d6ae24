import { cellAnchor, fileBaseName, relativeLinks } from '../../../src/domain/review/links';

describe('review report links', () => {
  it('names a workbook by its file name, whatever the separator', () => {
    expect(fileBaseName('/datos/2026/igm.xlsx')).toBe('igm.xlsx');
    expect(fileBaseName('C:\\Planes\\2026\\igm.xlsx')).toBe('igm.xlsx');
    expect(fileBaseName('igm.xlsx')).toBe('igm.xlsx');
  });

  it('opens a range at its first cell and doubles quotes in sheet names', () => {
    expect(cellAnchor('9.5 Metas', 'D26:F26')).toBe("#'9.5 Metas'!D26");
    expect(cellAnchor("Metas d'IGM", 'A1')).toBe("#'Metas d''IGM'!A1");
  });

  it('links by name relative to the report, escaping what a URL cannot hold', () => {
    expect(relativeLinks.file('/x/plan 2026#2.xlsx')).toBe('plan%202026%232.xlsx');
    expect(relativeLinks.cell('plan.xlsx', '9.1 Indicadores', 'I11')).toBe("plan.xlsx#'9.1 Indicadores'!I11");
  });
});
