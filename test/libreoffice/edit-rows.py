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
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main(source, target, edits_file):
    with open(edits_file, encoding='utf-8') as f:
        edits = json.load(f)
    work = tempfile.mkdtemp(prefix='planifica-edit-rows-')
    copy = os.path.join(work, 'libro.xlsx')
    shutil.copyfile(source, copy)
    pipe = 'planifica_edit_%d' % os.getpid()
    office = subprocess.Popen([
        '/usr/bin/soffice', '-env:UserInstallation=file://%s/profile' % work, '--headless', '--norestore',
        '--nologo', '--accept=pipe,name=%s;urp;' % pipe,
    ], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
        for _ in range(120):
            try:
                context = resolver.resolve('uno:pipe,name=%s;urp;StarOffice.ComponentContext' % pipe)
                break
            except Exception:
                time.sleep(1)
        else:
            sys.exit('LibreOffice no arrancó')
        desktop = context.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', context)
        doc = None
        for _ in range(30):
            doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(copy), '_blank', 0, (prop('Hidden', True),))
            if doc is not None:
                break
            time.sleep(2)
        if doc is None:
            sys.exit('LibreOffice no abrió ' + source)
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
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)),
                       (prop('FilterName', 'Calc MS Excel 2007 XML'), prop('Overwrite', True)))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    if len(sys.argv) != 4:
        sys.exit('uso: edit-rows.py ENTRADA.xlsx SALIDA.xlsx EDICIONES.json')
    main(*sys.argv[1:])
