"""``python -m lookingbeyond_desktop``: the same as the ``lookingbeyond`` command."""

import sys

from lookingbeyond_desktop.cli import main

sys.exit(main())
