"""How hard the property tests search: hypothesis profiles, chosen by environment.

``HYPOTHESIS_PROFILE`` picks one (pytest's ``--hypothesis-profile`` does too):

- ``dev`` (the default): 100 examples a test, derandomized, so ``make test`` is
  quick and the same every time;
- ``ci`` (``.ci/run``): 1,000 a test, derandomized: at least the counts the tests
  had hard-coded before the profiles;
- ``deep``: 10,000 a test, random (a new search each run, the failures hypothesis
  finds saved in its example database). ``TIDINGS_FUZZ_EXAMPLES=N`` is ``deep``
  with N examples a test.

No test names a number of examples. A test that needs more than most (a fast
path compared with a reference over a large alphabet of pieces) asks for a
multiple of the profile's count with :func:`scaled`.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

DEV, CI, DEEP = 100, 1_000, 10_000


def load_profile() -> str:
    """Registers dev, ci and deep and loads the one the environment asks for."""
    deep = int(os.environ.get("TIDINGS_FUZZ_EXAMPLES") or 0) or DEEP
    common = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}
    settings.register_profile("dev", max_examples=DEV, derandomize=True, **common)
    settings.register_profile("ci", max_examples=CI, derandomize=True, **common)
    settings.register_profile("deep", max_examples=deep, derandomize=False, **common)
    name = os.environ.get("HYPOTHESIS_PROFILE") or ("deep" if os.environ.get("TIDINGS_FUZZ_EXAMPLES") else "dev")
    settings.load_profile(name)
    return name


def scaled(factor: float, **kwargs) -> settings:
    """Settings with ``factor`` times the loaded profile's examples (at least 1)."""
    return settings(max_examples=max(1, round(settings.default.max_examples * factor)), **kwargs)
