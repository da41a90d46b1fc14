"""versions: the rules digest covers every rule file, so a rule file added, changed or moved is a new rules
version, while the CLI, the cache and the output formats are not rules."""

import shutil
from pathlib import Path

import pytest

from vnhrc import versions


@pytest.fixture
def package(tmp_path) -> Path:
    """A copy of the package's source to change freely."""
    root = tmp_path / "vnhrc"
    shutil.copytree(versions.PACKAGE_ROOT, root, ignore=shutil.ignore_patterns("__pycache__"))
    return root


def test_the_digest_is_the_packages_own(package):
    assert versions.rules_digest(versions.PACKAGE_ROOT) == versions.RULES_VERSION
    assert versions.rules_digest(package) == versions.RULES_VERSION  # the same files, wherever they are


def test_a_new_file_in_a_rule_package_is_a_new_version(package):
    before = versions.rules_digest(package)
    (package / "speakers" / "aliases.py").write_text('"""A rule file added later."""\n')
    assert versions.rules_digest(package) != before


def test_a_new_rule_package_and_a_new_module_count(package):
    before = versions.rules_digest(package)
    (package / "lexicon" / "cues").mkdir()
    (package / "lexicon" / "cues" / "verbs.py").write_text("SAY = {'said'}\n")
    after_package = versions.rules_digest(package)
    assert after_package != before
    (package / "spans.py").write_text("")
    assert versions.rules_digest(package) != after_package  # an empty file counts: its name is hashed


def test_a_changed_word_list_is_a_new_version(package):
    before = versions.rules_digest(package)
    people = package / "lexicon" / "people.py"
    people.write_text(people.read_text() + "\nEXTRA = frozenset({'ombudsman'})\n")
    assert versions.rules_digest(package) != before


def test_a_file_moved_between_packages_is_a_new_version(package):
    before = versions.rules_digest(package)
    (package / "speakers" / "records.py").rename(package / "records.py")
    assert versions.rules_digest(package) != before


def test_the_layers_over_the_rules_are_not_rules(package):
    before = versions.rules_digest(package)
    for name in ("cli.py", "store.py", "output.py", "view.py"):
        (package / name).write_text((package / name).read_text() + "\n# a comment\n")
    assert versions.rules_digest(package) == before


def test_the_versions_string_names_all_three():
    v = versions.pipeline_version()
    assert v == f"vnhrc-{versions.__version__}/{versions.model_version()}/rules-{versions.RULES_VERSION}"
    assert set(versions.versions()) == {"vnhrc", "rules", "model"}
