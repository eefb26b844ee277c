"""Bookmarks and API clients keep working: every page and API route of the snapshot
(`routes.tsv`: path, URL name, the API methods of each route) still exists with the same
name and methods. New routes may be added; a route is removed only with a changelog note
and this file's row."""
from pathlib import Path

from django.urls import URLResolver, get_resolver

SNAPSHOT = Path(__file__).with_name("routes.tsv")


def _routes(patterns, prefix="", namespace=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from _routes(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        else:
            # DRF adds "head" to a route's actions at its first request: left out.
            actions = {method: name for method, name in (getattr(pattern.callback, "actions", None) or {}).items()
                       if method != "head"}
            yield (prefix + str(pattern.pattern), f"{namespace}{pattern.name}" if pattern.name else "",
                   str(sorted(actions.items())) if actions else "")


def test_every_route_of_the_snapshot_is_still_served_under_its_name():
    current = {route for route in _routes(get_resolver().url_patterns) if not route[0].startswith("admin/")}
    expected = {tuple((line.split("\t") + ["", ""])[:3]) for line in SNAPSHOT.read_text().splitlines()}
    missing = sorted(expected - current)
    assert not missing, f"{len(missing)} routes gone, e.g. {missing[:5]}"
    assert len(expected) > 400  # the snapshot is the whole site, not an empty file


def test_a_removed_route_is_noticed():
    routes = set(_routes(get_resolver().url_patterns))
    assert ("doi-tac/<int:pk>/", "partners:partner_detail", "") in routes
    assert ("api/^partners/(?P<pk>[^/.]+)/$", "partner-detail",
            str(sorted({"get": "retrieve", "put": "update", "patch": "partial_update",
                        "delete": "destroy"}.items()))) in routes
