"""The bundled program ``lookingbeyond``: the command line, exactly as the ``lookingbeyond``
entry point of pyproject.toml runs it.  With no arguments (a desktop entry, the Start menu,
a double-click on the macOS app) it opens the window, as ``lookingbeyond gui`` does."""

from __future__ import annotations

import sys

from lookingbeyond_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
