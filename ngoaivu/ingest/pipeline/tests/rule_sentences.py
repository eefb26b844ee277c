"""What the extractor reads in a made-up sentence, for the tests of each session's rules (test_rules34 onwards)."""
from datetime import date

from ngoaivu.ingest.pipeline.extract import extract_text

MID_YEAR = date(2026, 6, 30)  # the date a sentence is published on unless a test gives one


def facts(text, kind="observation", published=MID_YEAR):
    return [f for f in extract_text(text, published=published)["facts"] if f["kind"] == kind]


def figures(text, published=MID_YEAR, kind="observation"):
    """(indicator, value, counterpart, the period's values) of each figure, sorted."""
    return sorted((f["indicator"], f["value"], f.get("counterpart"), tuple(f["period"].values()))
                  for f in facts(text, kind, published))


def observations(text, published=MID_YEAR):
    """(indicator, value, the period's as_of or start) of each observation, sorted."""
    return sorted((f["indicator"], f["value"], f["period"].get("as_of") or f["period"].get("start"))
                  for f in facts(text, published=published))


def partners(text, published=MID_YEAR):
    """(name, country) of each partner, sorted."""
    return sorted((f["name"], f["country"]) for f in facts(text, "partner", published))


def documents(text, published=MID_YEAR):
    """(number, date, issuer) of each legal document, sorted."""
    return sorted((f["number"], f["date"], f["issuer"]) for f in facts(text, "legal_document", published))
