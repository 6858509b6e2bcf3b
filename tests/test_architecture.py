"""Rules of the codebase that a newcomer relies on (docs/architecture.md)."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
APPS = ["academy", "certificates", "content", "courses", "directory", "exports", "literacy"]
APPS += ["lms", "reports", "users", "privacy", "audit", "webinars", "messaging"]


def sources():
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" not in path.parts:
                yield path


def test_no_module_sets_a_private_wagtail_attribute():
    offenders = []
    for path in sources():
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            targets = node.targets if isinstance(node, ast.Assign) else []
            targets += [node.target] if isinstance(node, ast.AugAssign | ast.AnnAssign) else []
            for target in targets:
                name = getattr(target, "attr", "")
                if name.startswith(("_wagtail", "_cached_parent")):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}")
    assert offenders == []


def test_page_models_import_no_views():
    offenders = []
    for path in sources():
        if "models" not in path.parts and path.name != "models.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""] + [alias.name for alias in node.names]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            if any(name == "views" or name.endswith(".views") for name in names):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


@pytest.mark.django_db
def test_every_model_change_has_its_migration():
    """A model or StreamField block changed without a migration would pass
    the tests (they migrate from the models) and fail on a real database."""
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=out, stderr=out)
    except SystemExit as missing:
        raise AssertionError(f"migrations missing:\n{out.getvalue()}") from missing
