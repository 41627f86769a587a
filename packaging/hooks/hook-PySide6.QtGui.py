"""PyInstaller's own QtGui hook, minus the plugins qt_trim leaves out.

Filtering here rather than after Analysis keeps those plugins' own dependencies (GTK's
libraries for the GTK theme, for instance) from being collected at all.
"""

from PyInstaller.utils.hooks.qt import add_qt6_dependencies
from qt_trim import wanted

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, folder) for source, folder in binaries if wanted(source)]
datas = [(source, folder) for source, folder in datas if wanted(source)]
