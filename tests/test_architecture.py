"""The layout keeps its promises: the public face at the top, packages by role importing only downwards, spaCy
only in pipeline/, no import cycles, no private name imported from another module."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from conftest import ROOT

SRC = ROOT / "src" / "claimgraph"
PUBLIC_FACE = {"__init__.py", "api.py", "cli.py", "models.py"}
# Lowest first: a module may import from its own package and from the layers before it, never after it.
LAYERS = ["models", "resources", "resolve", "claims", "checks", "pipeline", "report", "io", "render", "archive",
          "api", "cli", "__init__"]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(SRC.rglob("*.py")) if "patterns" not in p.relative_to(SRC).parts}


def runtime_nodes(tree: ast.AST):
    """Every node except those under `if TYPE_CHECKING:` (annotations only: they never run)."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        yield node
        yield from runtime_nodes(node)


def imports(path: Path) -> list[tuple[str, list[str], int]]:
    """(module, imported names, line) for every import that runs, at any depth, as absolute names."""
    out = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    for node in runtime_nodes(tree):
        if isinstance(node, ast.Import):
            out.extend((a.name, [], node.lineno) for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            out.append((base, [a.name for a in node.names], node.lineno))
    return out


def targets(module: str, names: list[str]) -> list[str]:
    """The claimgraph modules an import statement loads: a submodule when the name is one, else the module."""
    if not module.startswith("claimgraph"):
        return []
    found = [f"{module}.{n}" for n in names if f"{module}.{n}" in MODULES]
    return found if found and len(found) == len(names) else [module, *found]


def layer(module: str) -> str:
    parts = module.split(".")
    return "__init__" if len(parts) == 1 else parts[1]


def test_the_top_level_holds_only_the_public_face():
    loose = {p.name for p in SRC.iterdir() if p.is_file() and p.suffix == ".py"}
    assert loose == PUBLIC_FACE
    packages = {p.name for p in SRC.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert packages - {"patterns"} == set(LAYERS) - {layer(m) for m in ("claimgraph.models", "claimgraph.api",
                                                                         "claimgraph.cli", "claimgraph")}


@pytest.mark.parametrize("module", sorted(MODULES))
def test_only_the_pipeline_imports_spacy(module):
    if layer(module) == "pipeline":
        return
    bad = [(m, line) for m, _, line in imports(MODULES[module]) if m.split(".")[0] in {"spacy", "thinc"}]
    assert not bad, f"{module} imports spaCy: {bad}"


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_private_name_is_imported_from_another_module(module):
    bad = [(m, n, line) for m, names, line in imports(MODULES[module]) if m.startswith("claimgraph")
           for n in names if n.startswith("_") and not n.startswith("__")]
    assert not bad, f"{module} imports private names: {bad}"


@pytest.mark.parametrize("module", sorted(MODULES))
def test_packages_import_only_downwards(module):
    own = LAYERS.index(layer(module))
    bad = [(t, line) for m, names, line in imports(MODULES[module]) for t in targets(m, names)
           if LAYERS.index(layer(t)) > own]
    assert not bad, f"{module} ({layer(module)}) imports from a higher layer: {bad}"


def test_no_import_cycles():
    graph = {m: {t for mod, names, _ in imports(p) for t in targets(mod, names) if t in MODULES and t != m}
             for m, p in MODULES.items()}
    # Tarjan's strongly connected components: any component of more than one module is a cycle.
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in graph:
        if v not in index:
            visit(v)
    assert not cycles, f"import cycles: {cycles}"
