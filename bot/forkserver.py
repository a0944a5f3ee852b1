"""Imported last by the parse workers' fork server (bot/workers.py's PRELOAD), once the parsing stack is in.

- The objects its imports made are moved out of the garbage collector's reach (``gc.freeze``): a worker
  forked from it never writes to their pages when it collects, and shares them with the server and the
  other workers instead of copying them (the advice of the ``gc.freeze`` documentation; issue 18's peak
  memory).
- SIGINT and SIGTERM are ignored (bot/process.py's ``ignore_stop_signals``): the fork server gives each
  worker the handlers it had after its imports, so a worker is born ignoring them. A Ctrl-C that reaches
  the process group while a worker starts no longer interrupts it before its initializer ran (a traceback
  under "tidings: stopped (Ctrl-C)"); the bot ends its workers itself.
"""

import gc

from .process import ignore_stop_signals

ignore_stop_signals()
gc.freeze()
