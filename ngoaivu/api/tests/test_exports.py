"""The export route's registry: api declares it, exchange fills it (api imports nothing above it)."""
from ngoaivu.api import exports


def test_exchange_registers_the_exporter_of_every_export_route():
    from ngoaivu.exchange.api.views import export_list_file

    assert exports._exporter is export_list_file


def test_without_an_exporter_the_route_answers_not_found(monkeypatch):
    monkeypatch.setattr(exports, "_exporter", None)
    assert exports.export_response(None, None).status_code == 404


def test_the_registered_exporter_answers(monkeypatch):
    monkeypatch.setattr(exports, "_exporter", None)
    exports.register_exporter(lambda viewset, request: ("file of", viewset, request))
    assert exports.export_response("viewset", "request") == ("file of", "viewset", "request")
