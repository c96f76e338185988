"""A clean world for every test: no display needed, no real user's
settings touched, no crash dialog left waiting."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["UA_DESKTOP_NO_CRASH_DIALOG"] = "1"

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

# In CI (a fresh clone each run, CI=true) property and fuzz tests draw the same
# examples every time: a red run can be reproduced, and a green one is not luck.
# On a developer's machine they stay random, so they keep finding new cases.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory, monkeypatch):
    """Settings, data and logs go to a folder of this test's own (beside
    tmp_path, not in it: a test may check that nothing else was written in
    its tmp_path, and the app notes its unfinished saves in its data folder)."""
    home = tmp_path_factory.mktemp("ua-home")
    monkeypatch.setenv("UA_DESKTOP_HOME", str(home))
    yield home
    from ua_desktop import i18n

    i18n.set_language("en")
