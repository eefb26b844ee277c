"""Clean layers: the app-level import graph, read from the source, has no cycle and no
import reaches up a layer (docs/architecture.md, "Layers").

An app imports its own layer or the layers below it. Every import counts, a function's
lazy one included: it is a dependency all the same. A pure-Python library inside an app
(no Django, imports nothing above it) is a node of its own at the bottom, so the
extraction pipeline is not the ingest app.

`KNOWN` lists the edges that still break the rule, each with why; the test fails on a new
one and on a listed one that has gone (strike it then), so the list only shrinks.
"""
import ast
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]  # ngoaivu/

LIBRARIES = ("ingest.pipeline", "indicators.catalogue", "geo.catalog", "core.filelimits")
# Bottom to top.
LAYERS = (
    set(LIBRARIES),
    {"geo", "audit"},                                    # provinces; the change log with its request id and bulk insert
    {"core"},                                            # records' base, roles, scoping, services, workflow
    {"accounts", "jobs"},                                # users, province settings, API keys, the demo; jobs
    {"ui"},                                              # generic pages, forms, tables
    {"api"},                                             # generic viewsets; reuses the pages' forms and filtersets
    {"people"},                                          # users' pages and API: login, profile, keys, user management
    {"partners", "legal", "indicators"},                 # what other records link to, figures' registry
    {"agreements", "delegations", "conferences", "investment", "aid", "trade", "consular", "culture"},
    {"plans"},                                           # targets over the indicators
    {"ingest", "exchange", "reports"},                   # read, import/export and report every record type
    {"rounds", "agenda"},                                # the Ministry's rounds over reports; the calendar
)

KNOWN = {
}


# An app may use another app's models, services, selectors, forms and serializers, not its
# views (pages or API views): what two apps' views share moves to one of those modules.
# ui's generic views are the base every page extends.
KNOWN_VIEW_IMPORTS = {
    ("rounds", "reports"): "a submission's file is served by the report download view",
}


def _node(parts: tuple[str, ...]) -> str:
    dotted = ".".join(parts)
    for library in LIBRARIES:
        if dotted == library or dotted.startswith(library + "."):
            return library
    return parts[0]


def _is_view_module(names: list[str]) -> bool:
    return names[1] != "ui" and "views" in names[2:]


def _imports(*, every: bool = False):
    """(importing app, imported app, imported module's names, file) of production code
    (tests and migrations left out); `every`: modules outside the project too (app None)."""
    for path in ROOT.rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if len(parts) < 2 or "tests" in parts or "migrations" in parts or parts[0] == "testing":
            continue
        source = _node(parts)
        yield source, None, [], path
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                # `from ngoaivu.geo import catalog` imports the module geo.catalog.
                modules = [f"{node.module}.{alias.name}" for alias in node.names]
            else:
                continue
            for module in modules:
                names = module.split(".")
                if every and names[0] != "ngoaivu":
                    yield source, None, names, path
                elif names[0] == "ngoaivu" and len(names) > 1 and (ROOT / names[1]).is_dir():
                    target = _node(tuple(names[1:]))
                    if target != source:
                        yield source, target, names, path


def import_graph() -> dict[str, dict[str, set[str]]]:
    """{app: {imported app: {files}}}."""
    graph: dict[str, dict[str, set[str]]] = {}
    for source, target, _names, path in _imports():
        targets = graph.setdefault(source, {})
        if target is not None:
            targets.setdefault(target, set()).add(str(path.relative_to(ROOT)))
    return graph


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one node (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in edges.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in list(edges):
        if node not in index:
            visit(node)
    return found


def _layer(app: str) -> int:
    return next(i for i, layer in enumerate(LAYERS) if app in layer)


def test_every_app_has_a_layer():
    assert set(import_graph()) - set().union(*LAYERS) == set()


def _edges(graph) -> set[tuple[str, str]]:
    return {(source, target) for source, targets in graph.items() for target in targets}


def test_no_import_reaches_up_a_layer_but_the_known_ones():
    graph = import_graph()
    upward = {(source, target): sorted(files) for source, targets in graph.items()
              for target, files in targets.items() if _layer(target) > _layer(source)}
    assert {edge: files for edge, files in upward.items() if edge not in KNOWN} == {}


def test_the_libraries_import_no_framework():
    framework = ("django", "rest_framework", "celery")
    found = {(str(path.relative_to(ROOT)), ".".join(names)) for source, _target, names, path in _imports(every=True)
             if source in LIBRARIES and names and names[0] in framework}
    assert found == set()


def test_every_known_edge_is_still_there():
    assert set(KNOWN) - _edges(import_graph()) == set(), "a known edge has gone: strike it from KNOWN"


def test_no_cycle_between_apps_once_the_known_edges_are_cut():
    edges = {source: {t for t in targets if (source, t) not in KNOWN} for source, targets in import_graph().items()}
    assert cycles(edges) == []


def test_no_app_imports_another_apps_views_but_the_known_ones():
    found = {(source, target) for source, target, names, _path in _imports() if target and _is_view_module(names)}
    assert found == set(KNOWN_VIEW_IMPORTS)


def test_the_cycle_finder_sees_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
