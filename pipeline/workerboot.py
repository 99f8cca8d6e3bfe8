"""What every extraction worker needs, loaded once in the server its workers are forked from.

pipeline.app.pagework starts its workers from a forkserver (where the platform has one) that
imports this module first: the modules a worker runs and the language profiles (about a
second of CPU and 140 MB) are then loaded once and shared copy-on-write, instead of once per
worker. Importing it anywhere else only costs that second.
"""

from __future__ import annotations

from pipeline.pages import worker_ready

worker_ready()
