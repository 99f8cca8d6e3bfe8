"""What every extraction worker needs, loaded once in the server its workers are forked from.

pipeline.app.pagework starts its workers from a forkserver (where the platform has one) that
imports this module first: the modules a worker runs and the language profiles (about a
second of CPU and 140 MB) are then loaded once and shared copy-on-write, instead of once per
worker. Importing it anywhere else only costs that second.
"""

from __future__ import annotations

import warnings

from pipeline.pages import worker_ready

# A worker forked from here runs the main module of the process that started it again
# (multiprocessing does, as `__mp_main__`). When that is `python -m pipeline.app.cli`, this
# server has imported the module already (forkserver.main_imports), and runpy warns that it
# finds it loaded; running it again only defines its functions (its `main()` runs under
# `__name__ == "__main__"` alone). Said once per worker on stderr, the warning was noise.
warnings.filterwarnings(
    "ignore",
    message=r"'pipeline\.[\w.]+' found in sys\.modules after import of package",
    category=RuntimeWarning,
)

worker_ready()
