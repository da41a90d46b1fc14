"""vnhrc, model and rules versions in one place: a cached record made by any other combination is not served,
and a Dask worker running other code than its client is refused.

The rules version is a digest of every file of the package that decides the output: every `.py` file under
`vnhrc/` (the rule packages `statements/`, `speakers/`, `lexicon/` and every rule module) but the few that only
carry results (the CLI, the cache, the output formats, the views, the runners). It is derived, never bumped by
hand: splitting a module or adding a rule file changes it, and none can be left out. Reading these files costs
well under a millisecond and imports no rule module, so neither spaCy nor the rules load with it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from . import __version__
from .pipeline import MODEL, MODEL_PACKAGE

PACKAGE_ROOT = Path(__file__).resolve().parent
# files under the package root that cannot change what the rules decide (paths relative to the root)
NOT_RULES = frozenset({"__main__.py", "cached.py", "cli.py", "cluster.py", "database.py", "files.py", "output.py",
                       "progress.py", "store.py", "terminal.py", "versions.py", "view.py"})


def rules_digest(root: Path = PACKAGE_ROOT) -> str:
    """sha256 over the rule files under `root`, each by its relative path and its bytes, in path order."""
    h = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        if rel in NOT_RULES:
            continue
        h.update(rel.encode() + b"\0")  # the name too: a file moved or added with the same bytes counts
        h.update(path.read_bytes() + b"\0")
    return h.hexdigest()[:12]


RULES_VERSION = rules_digest()


def model_version() -> str:
    """Name and version of the model, without loading it (read from the package metadata)."""
    from importlib import metadata

    try:
        return f"{MODEL}-{metadata.version(MODEL_PACKAGE.split('==')[0])}"
    except metadata.PackageNotFoundError:
        return f"{MODEL}-missing"


def pipeline_version() -> str:
    """vnhrc, model and rules versions in one string: a record made by any other combination is not served."""
    return f"vnhrc-{__version__}/{model_version()}/rules-{RULES_VERSION}"


def versions() -> dict[str, str]:
    """What must be the same on the client and every worker for results to be the same."""
    return {"vnhrc": __version__, "rules": RULES_VERSION, "model": model_version()}


def shown_versions() -> dict[str, str]:
    """For `vnhrc --version`: vnhrc, spaCy, the model and the rules (spaCy's from its metadata, not imported)."""
    from importlib import metadata

    try:
        spacy = metadata.version("spacy")
    except metadata.PackageNotFoundError:
        spacy = "missing"
    return {"vnhrc": __version__, "spaCy": spacy, "model": model_version(), "rules": RULES_VERSION}
