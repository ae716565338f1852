"""``python -m arnews``: the same as the ``arnews`` command."""

import sys

from arnews.cli import main

sys.exit(main())
