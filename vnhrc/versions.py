"""The versions a run depends on, for `vnhrc --version`: vnhrc, spaCy, the model and the rules.

Read from package metadata and the rule files' digest; neither spaCy nor the model is loaded.
"""

from __future__ import annotations


def versions() -> dict[str, str]:
    from importlib import metadata

    from . import __version__
    from .extract import RULES_VERSION
    from .pipeline import model_version

    try:
        spacy = metadata.version("spacy")
    except metadata.PackageNotFoundError:
        spacy = "missing"
    return {"vnhrc": __version__, "spaCy": spacy, "model": model_version(), "rules": RULES_VERSION}
