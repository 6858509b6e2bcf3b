"""``benchmarks.national_data`` refuses to run without the demo or under
production settings, and no app imports it. Generating a small country on
top of the demo is tested with the demo, in ``tests/acceptance``."""

import pytest

from benchmarks import national_data

pytestmark = pytest.mark.django_db


def test_command_refuses_without_the_demo():
    lines = []
    with pytest.raises(SystemExit, match="seed_demo"):
        national_data.main(["--regions", "1", "--districts", "2", "--schools", "4"], lines.append)
    assert not national_data.national_exists()


def test_command_refuses_production_settings(settings):
    settings.ENVIRONMENT = "production"
    with pytest.raises(SystemExit, match="production"):
        national_data.main([], print)


def test_production_code_does_not_import_the_generator():
    """It is benchmark tooling: the apps neither ship nor import it."""
    import pathlib

    root = pathlib.Path(__file__).resolve().parents[2]
    apps = [p for p in root.iterdir() if (p / "apps.py").exists() or p.name == "lms"]
    assert {"reports", "lms"} <= {app.name for app in apps}
    for path in (path for app in apps for path in app.rglob("*.py")):
        assert "national_data" not in path.read_text(), path
