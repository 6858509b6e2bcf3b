"""Reading the demo's data files.

The demo course, media-literacy units and topics are YAML files that a
methodologist edits (docs/architecture.md, "Demo content"); the loaders in
``courses.demo_content`` and ``literacy.demo_content`` turn them into the
plain dicts the builders take. No Django imports, so the checks run as
plain scripts too.
"""

from pathlib import Path

import yaml

# libyaml's parser when PyYAML was built with it: the demo is ~70 files.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read(path: Path):
    """The data of one YAML file (safe loading: plain data only)."""
    with path.open(encoding="utf-8") as file:
        return yaml.load(file, Loader=_LOADER)  # noqa: S506 (a safe loader)
