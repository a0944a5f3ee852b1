"""Imported last by the parse workers' fork server (bot/workers.py's PRELOAD): the objects its
imports made are moved out of the garbage collector's reach (``gc.freeze``), so a worker forked
from it never writes to their pages when it collects, and shares them with the server and the
other workers instead of copying them (the advice of the ``gc.freeze`` documentation)."""

import gc

gc.freeze()
