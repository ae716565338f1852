"""Hypothesis profiles for the property suite.

- ``ci`` (the default): enough examples to catch regressions while the whole
  suite stays well inside the CI time on a small machine.
- ``thorough``: at least 2,000 examples per property, for a deliberate run:
  ``ARNEWS_HYPOTHESIS_PROFILE=thorough pytest tests/test_properties.py``
  (or ``pytest --hypothesis-profile=thorough``).
- ``dev``: a handful of examples, for a quick edit-test loop.

Deadlines are off in every profile: the machines that run the suite are
shared, and timing belongs to the linear-time tests, which compare ratios.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.register_profile(
    "thorough",
    max_examples=2000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
settings.register_profile("dev", max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("ARNEWS_HYPOTHESIS_PROFILE", "ci"))
