#!/usr/bin/python3
"""
Edits a workbook the way a planner does in LibreOffice Calc, through LibreOffice's own API:
deletes whole rows (Calc moves and shrinks every reference, as Excel does), types values,
recalculates, and saves as .xlsx.

  /usr/bin/python3 test/libreoffice/edit-rows.py IN.xlsx OUT.xlsx EDITS.json

EDITS.json: a list, applied in order, of
  {"delete": {"sheet": NAME, "row": FIRST_1_BASED, "count": N}}
  {"set": {"sheet": NAME, "cell": "C8", "value": NUMBER}}
Needs Debian's python3-uno (import uno). Exits non-zero with one line on any failure.
"""
import json
import os
import shutil
import sys

from uno_office import Office, save_xlsx


def main(source, target, edits_file):
    with open(edits_file, encoding='utf-8') as f:
        edits = json.load(f)
    with Office(prefix='planifica-edit-rows-') as office:
        # LibreOffice edits a copy: its lock file must not land beside the caller's workbook.
        copy = os.path.join(office.work, 'libro.xlsx')
        shutil.copyfile(source, copy)
        doc = office.load(copy)
        for edit in edits:
            kind = 'delete' if 'delete' in edit else 'set' if 'set' in edit else None
            if kind is None:
                sys.exit('edición desconocida: %r' % (edit,))
            e = edit[kind]
            sheet = doc.Sheets.getByName(e['sheet'])
            # The generated sheets allow deleting rows and typing in input cells; the API asks
            # for no protection at all, so it is lifted for the edit and put back.
            protected = sheet.isProtected()
            if protected:
                sheet.unprotect('')
            if kind == 'delete':
                sheet.Rows.removeByIndex(e['row'] - 1, e['count'])
            else:
                sheet.getCellRangeByName(e['cell']).setValue(e['value'])
            if protected:
                sheet.protect('')
        doc.calculateAll()
        save_xlsx(doc, target)
        doc.close(True)


if __name__ == '__main__':
    if len(sys.argv) != 4:
        sys.exit('uso: edit-rows.py ENTRADA.xlsx SALIDA.xlsx EDICIONES.json')
    main(*sys.argv[1:])
