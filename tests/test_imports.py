"""Dependencies point one way: no import cycle between Broadsheet's apps, nor between its modules.

Every import counts, a function-level one too (a late import that dodges a cycle is a cycle).
The graph is grimp's, read from the source files, so nothing is imported to build it.
"""

import sys
from collections import defaultdict

import grimp
import pytest

PACKAGE = "broadsheet"


def app_of(module):
    """Return the app a module belongs to: `broadsheet.articles.models` -> `articles`."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def strongly_connected(nodes, edges):
    """Return the groups of nodes that reach each other (Tarjan's algorithm), largest first."""
    index, low, stack, on_stack, groups = {}, {}, [], set(), []
    counter = 0
    for root in sorted(nodes):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
    return sorted(groups, key=len, reverse=True)


def describe(graph, group, owner=lambda module: module):
    """List the import lines that join the members of a cycle, for the failure message."""
    members = set(group)
    lines = []
    for importer in sorted(graph.modules):
        if owner(importer) not in members:
            continue
        for imported in sorted(graph.find_modules_directly_imported_by(importer)):
            if owner(imported) in members and owner(imported) != owner(importer):
                for detail in graph.get_import_details(importer=importer, imported=imported):
                    lines.append(f"  {importer}:{detail['line_number']}: {detail['line_contents']}")
    return f"{' <-> '.join(group)}\n" + "\n".join(lines)


def module_cycles(graph):
    edges = defaultdict(set)
    for module in graph.modules:
        edges[module] = set(graph.find_modules_directly_imported_by(module))
    return [describe(graph, group) for group in strongly_connected(graph.modules, edges)]


def app_cycles(graph):
    edges = defaultdict(set)
    for module in graph.modules:
        for imported in graph.find_modules_directly_imported_by(module):
            if app_of(imported) != app_of(module):
                edges[app_of(module)].add(app_of(imported))
    apps = {app_of(module) for module in graph.modules}
    return [describe(graph, group, app_of) for group in strongly_connected(apps, edges)]


@pytest.fixture(scope="module")
def graph():
    return grimp.build_graph(PACKAGE, cache_dir=None)


def test_no_cycle_between_apps(graph):
    cycles = app_cycles(graph)
    assert not cycles, "Apps that import each other:\n" + "\n".join(cycles)


def test_no_cycle_between_modules(graph):
    cycles = module_cycles(graph)
    assert not cycles, "Modules that import each other:\n" + "\n".join(cycles)


def test_the_check_finds_a_cycle_hidden_in_a_function(tmp_path, monkeypatch):
    """A package whose two apps import each other, one of them inside a function, fails."""
    package = tmp_path / "cyclic_paper"
    for app, body in {
        "articles": "from cyclic_paper.search.models import similar\n",
        "search": "def similar():\n    from cyclic_paper.articles import models\n",
        "people": "from cyclic_paper.articles import models\n",
    }.items():
        (package / app).mkdir(parents=True)
        (package / app / "__init__.py").write_text("")
        (package / app / "models.py").write_text(body)
    (package / "__init__.py").write_text("")
    monkeypatch.syspath_prepend(str(tmp_path))
    cyclic = grimp.build_graph("cyclic_paper", cache_dir=None)

    assert [cycle.splitlines()[0] for cycle in app_cycles(cyclic)] == ["articles <-> search"]
    assert "cyclic_paper.search.models:2:" in app_cycles(cyclic)[0]
    assert [cycle.splitlines()[0] for cycle in module_cycles(cyclic)] == [
        "cyclic_paper.articles.models <-> cyclic_paper.search.models"
    ]
    sys.modules.pop("cyclic_paper", None)
