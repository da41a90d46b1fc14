"""Imports run one way (an AST walk over the package, whatever modules it holds):
the word lists import no rule, no rule module imports the layers that show or keep results, and no two vnhrc
modules import each other, directly or round a loop."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "vnhrc"
# modules (or packages) that decide the output; their submodules count as them
RULES = {"statements", "speakers", "dates", "numbers", "page", "spans", "lexicon", "claims", "extract", "pipeline"}
# the layers over the rules: the command line, the cache, the output formats, the views, the runners around them
OVER_RULES = {"cli", "store", "output", "view", "cached", "cluster", "progress"}


def module_names(root: Path) -> dict[str, Path]:
    """Dotted name → file, for every module of the package at `root` (a package by its __init__)."""
    out = {}
    for path in sorted(root.rglob("*.py")):
        parts = [root.name, *path.relative_to(root).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _type_checking(node: ast.If) -> bool:
    t = node.test
    name = t.id if isinstance(t, ast.Name) else t.attr if isinstance(t, ast.Attribute) else None
    return name == "TYPE_CHECKING"


def _imports(tree: ast.AST) -> list[ast.Import | ast.ImportFrom]:
    """Every import statement, at any depth (a function's lazy import is a dependency too), but for those
    read only by the type checker."""
    found: list[ast.Import | ast.ImportFrom] = []

    def walk(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _type_checking(child):
                for c in child.orelse:
                    walk(c)
                continue
            if isinstance(child, (ast.Import, ast.ImportFrom)):
                found.append(child)
            walk(child)

    walk(tree)
    return found


def import_graph(root: Path) -> dict[str, set[str]]:
    """Module → the package's modules it imports (`from . import x` names module x when x is one)."""
    mods = module_names(root)
    graph: dict[str, set[str]] = {}
    for name, path in mods.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        deps: set[str] = set()
        for node in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            else:
                base = node.module or ""
                if node.level:
                    up = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    base = ".".join(up + ([node.module] if node.module else []))
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in mods else base for a in node.names]
            for t in targets:
                while t and t not in mods:  # `import vnhrc.x.y` of an attribute: the module that holds it
                    t = t.rpartition(".")[0]
                if t and t != name:
                    deps.add(t)
        graph[name] = deps
    return graph


def room(module: str) -> str:
    """'vnhrc.speakers.names' → 'speakers'; 'vnhrc' → ''."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def lexicon_breaches(graph: dict[str, set[str]]) -> list[str]:
    return sorted(f"{m} imports {d}" for m, deps in graph.items() if room(m) == "lexicon"
                  for d in deps if room(d) != "lexicon")


def direction_breaches(graph: dict[str, set[str]]) -> list[str]:
    return sorted(f"{m} imports {d}" for m, deps in graph.items() if room(m) in RULES
                  for d in deps if room(d) in OVER_RULES)


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(out)


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    return import_graph(PACKAGE)


def test_the_walk_sees_the_packages_and_their_imports(graph):
    assert {"vnhrc.speakers", "vnhrc.speakers.resolver", "vnhrc.lexicon.people", "vnhrc.extract"} <= set(graph)
    assert "vnhrc.lexicon.people" in graph["vnhrc.speakers.resolver"]
    assert "vnhrc.speakers" in graph["vnhrc.extract"]


def test_the_word_lists_import_no_rule(graph):
    assert lexicon_breaches(graph) == []


def test_no_rule_module_imports_the_cli_the_cache_or_the_output(graph):
    assert direction_breaches(graph) == []


def test_no_two_modules_import_each_other(graph):
    assert cycles(graph) == []


def test_the_checks_catch_what_they_forbid(tmp_path):
    """A made-up package breaking each rule once: every breach is named (the checks above can fail)."""
    pkg = tmp_path / "vnhrc"
    (pkg / "lexicon").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "lexicon" / "__init__.py").write_text("")
    (pkg / "lexicon" / "words.py").write_text("from ..claims import fold\n")
    (pkg / "claims.py").write_text("def fold(s):\n    from .store import open_cache\n    return s\n")
    (pkg / "store.py").write_text("from . import extract\n")
    (pkg / "extract.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .cli import x\n"
                                    "import vnhrc.store\n")
    g = import_graph(pkg)
    assert lexicon_breaches(g) == ["vnhrc.lexicon.words imports vnhrc.claims"]
    assert direction_breaches(g) == ["vnhrc.claims imports vnhrc.store", "vnhrc.extract imports vnhrc.store"]
    assert cycles(g) == [["vnhrc.extract", "vnhrc.store"]]
