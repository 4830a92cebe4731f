"""A stand-in for import-linter: checks the `.importlinter` contracts with `ast`.

import-linter is the real gate in CI; this keeps the contracts honest where it
is not installed. Like import-linter, indirect imports (chains) count.
"""

import ast
import configparser
from pathlib import Path

import pytest

SERVICE_DIR = Path(__file__).resolve().parent.parent


def load_contracts():
    parser = configparser.ConfigParser()
    parser.read(SERVICE_DIR / ".importlinter")
    contracts = {}
    for section in parser.sections():
        if section.startswith("importlinter:contract:"):
            raw = parser[section]
            contracts[section.split(":", 2)[2]] = {
                key: ([line.strip() for line in value.splitlines() if line.strip()]
                      if "\n" in value else value.strip())
                for key, value in raw.items()
            }
    return parser["importlinter"], contracts


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SERVICE_DIR).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def import_graph(root_package):
    """Map each module of the package to the (absolute) modules it imports."""
    files = {module_name(p): p for p in (SERVICE_DIR / root_package).rglob("*.py")}
    graph = {}
    for name, path in files.items():
        is_package = path.name == "__init__.py"
        imported = set()
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                imported.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = name.split(".")
                    anchor = anchor[:len(anchor) - node.level + (1 if is_package else 0)]
                    base = ".".join(anchor + ([base] if base else []))
                imported.add(base)
                for alias in node.names:
                    if f"{base}.{alias.name}" in files:
                        imported.add(f"{base}.{alias.name}")
        graph[name] = imported
    return graph


def within(module, package):
    return module == package or module.startswith(package + ".")


def reachable(graph, start):
    """Every module importable from ``start`` by a chain through internal modules."""
    seen, pending = set(), [start]
    while pending:
        for target in graph.get(pending.pop(), ()):
            if target not in seen:
                seen.add(target)
                if target in graph:
                    pending.append(target)
    return seen


CONFIG, CONTRACTS = load_contracts()
GRAPH = import_graph(CONFIG["root_packages"].strip())


def test_config_shape():
    assert CONFIG.getboolean("include_external_packages") is True
    assert {c["type"] for c in CONTRACTS.values()} == {"layers", "forbidden", "independence"}


@pytest.mark.parametrize("key", [k for k, c in CONTRACTS.items() if c["type"] == "layers"])
def test_layers(key):
    layers = CONTRACTS[key]["layers"]
    broken = []
    for position, lower in enumerate(layers):
        for higher in layers[:position]:
            for module in (m for m in GRAPH if within(m, lower)):
                bad = [t for t in reachable(GRAPH, module) if within(t, higher)]
                broken += [f"{module} -> {t}" for t in bad]
    assert not broken, broken


@pytest.mark.parametrize("key", [k for k, c in CONTRACTS.items() if c["type"] == "forbidden"])
def test_forbidden(key):
    contract = CONTRACTS[key]
    broken = []
    for source in contract["source_modules"]:
        for module in (m for m in GRAPH if within(m, source)):
            for target in reachable(GRAPH, module):
                broken += [f"{module} -> {target}" for forbidden in contract["forbidden_modules"]
                           if within(target, forbidden)]
    assert not broken, broken


@pytest.mark.parametrize("key", [k for k, c in CONTRACTS.items() if c["type"] == "independence"])
def test_independence(key):
    packages = CONTRACTS[key]["modules"]
    broken = []
    for source in packages:
        for other in packages:
            if other == source:
                continue
            for module in (m for m in GRAPH if within(m, source)):
                broken += [f"{module} -> {t}" for t in reachable(GRAPH, module)
                           if within(t, other)]
    assert not broken, broken


def test_checker_sees_real_imports():
    assert "onboarding.infrastructure.factory" in reachable(
        GRAPH, "onboarding.interfaces.api.views")
    assert "django.db" in GRAPH["onboarding.infrastructure.models"]
