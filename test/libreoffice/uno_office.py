"""
LibreOffice headless driven through its own API (Debian's python3-uno: import uno), for the
scripts that edit or make workbooks as a person would in Calc: test/libreoffice/edit-rows.py and
test/xlsx/fixtures/make-rich.py.

    with Office(prefix='planifica-x-') as office:
        doc = office.load(path)
        ...
        save_xlsx(doc, target)

Office starts soffice on a private profile in a temporary folder (which it removes afterwards),
waits for it to answer, and stops it at the end. Every failure ends the script with one line.
"""
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


def save_xlsx(doc, path):
    """Saves as .xlsx (Office Open XML), replacing the file."""
    doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(path)),
                   (prop('FilterName', 'Calc MS Excel 2007 XML'), prop('Overwrite', True)))


class Office:
    def __init__(self, prefix):
        self.prefix = prefix

    def __enter__(self):
        # The work folder holds the profile and, for the caller, copies and scratch files.
        self.work = tempfile.mkdtemp(prefix=self.prefix)
        pipe = '%s%d' % (self.prefix.replace('-', '_'), os.getpid())
        self.process = subprocess.Popen([
            '/usr/bin/soffice', '-env:UserInstallation=file://%s/profile' % self.work, '--headless', '--norestore',
            '--nologo', '--accept=pipe,name=%s;urp;' % pipe,
        ], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            local = uno.getComponentContext()
            resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
            for _ in range(120):
                try:
                    self.context = resolver.resolve('uno:pipe,name=%s;urp;StarOffice.ComponentContext' % pipe)
                    break
                except Exception:
                    time.sleep(1)
            else:
                sys.exit('LibreOffice no arrancó')
            self.desktop = self.context.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', self.context)
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def load(self, path):
        """Opens a workbook hidden. Right after start-up LibreOffice may answer None: it asks again."""
        for _ in range(30):
            doc = self.desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(path)), '_blank', 0,
                                                    (prop('Hidden', True),))
            if doc is not None:
                return doc
            time.sleep(2)
        sys.exit('LibreOffice no abrió ' + path)

    def __exit__(self, *_):
        try:
            if getattr(self, 'desktop', None) is not None:
                self.desktop.terminate()
        except Exception:
            pass
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.work, ignore_errors=True)
        return False
