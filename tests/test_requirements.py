"""Every third-party library our code imports is pinned with ``==``: in
requirements.txt when the apps import it, otherwise (tests/, benchmarks/, the
scripts in docs/ that remake screenshots) in either file. A library that only arrives with another one can
change under us with that one's upgrade."""

import ast
import re
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SKIPPED = {".venv", ".git", "var", "node_modules"}


def pinned(name):
    pins = set()
    for line in (ROOT / name).read_text().splitlines():
        match = re.match(r"([A-Za-z0-9_.-]+)(\[[^]]*\])?==", line)
        if match:
            pins.add(normalise(match[1]))
    return pins


def normalise(distribution):
    return re.sub(r"[-_.]+", "-", distribution).lower()


def imported():
    """Top-level modules imported by our files: {module: {"run", "test"}}."""
    ours = {path.name for path in ROOT.iterdir() if path.is_dir()} | {"manage"}
    ours |= {path.stem for path in (ROOT / "benchmarks").glob("*.py")}  # run as scripts
    found = {}
    for top in ROOT.iterdir():
        if top.name in SKIPPED or top.name.startswith("."):
            continue
        kind = "test" if top.name in {"tests", "benchmarks", "docs"} else "run"
        for path in top.rglob("*.py") if top.is_dir() else [top]:
            if path.suffix != ".py" or "migrations" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text(), str(path))):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and not node.level:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    module = name.split(".")[0]
                    if module not in sys.stdlib_module_names and module not in ours:
                        found.setdefault(module, set()).add(kind)
    return found


def test_every_imported_library_is_pinned():
    distributions = packages_distributions()
    runtime, dev = pinned("requirements.txt"), pinned("requirements-dev.txt")
    missing = []
    for module, kinds in sorted(imported().items()):
        names = {normalise(d) for d in distributions.get(module, [module])}
        allowed = runtime if "run" in kinds else runtime | dev
        if not names & allowed:
            missing.append(f"{module} ({', '.join(sorted(kinds))}): {sorted(names)}")
    assert not missing, "imported but not pinned: " + "; ".join(missing)
