"""Validation rules give messages a person understands, naming the field."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from lookingbeyond_desktop.domain.registry import REGISTRY
from lookingbeyond_desktop.domain.validation import clean, validate
from lookingbeyond_desktop.domain.vocabulary import grant_transition_allowed

TODAY = dt.date(2011, 6, 1)


def errors(table: str, record: dict[str, Any], **kwargs: Any) -> dict[str, str]:
    """Field → message of every rule ``record`` breaks."""
    return {e.field: e.message for e in validate(table, record, today=TODAY, **kwargs)}


def org(**values: Any) -> dict[str, Any]:
    """A valid organization record with some fields replaced."""
    return {"name": "TI Kenya", "country": "KE", "org_type": "ngo", "ecosoc_status": "none",
            "themes": [], "networks": [], "is_rlo": False} | values


def test_a_valid_organization_passes() -> None:
    """The baseline record used below breaks no rule."""
    assert errors("organizations", org()) == {}


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"name": ""}, "name", "is required"),
        ({"country": "XK1"}, "country", "is not a known country code"),
        ({"email": "info@tikenya"}, "email", "is not an e-mail address"),
        ({"website": "not a url"}, "website", "is not a web address"),
        ({"verified_on": dt.date(2012, 1, 1)}, "verified_on", "cannot be in the future"),
        ({"is_rlo": True}, "rlo_region", "is required"),
        ({"rlo_region": "999"}, "rlo_region", "not a known UN M49 region"),
        ({"themes": ["corruption", "astrology"]}, "themes", "not a known thematic area: astrology"),
        ({"networks": ["vngoc", "fifa"]}, "networks", "not a known network: fifa"),
        ({"org_type": "club"}, "org_type", "not a known organization type"),
        ({"notes": "x" * 10_001}, "notes", "longer than 10,000 characters"),
    ],
)
def test_organization_rules(values: dict[str, Any], field: str, message: str) -> None:
    """Each organization rule reports on its field with a readable message."""
    assert message in errors("organizations", org(**values))[field]


def test_websites_without_a_scheme_are_accepted() -> None:
    """People type 'www.tikenya.org'; that is a web address."""
    assert errors("organizations", org(website="www.tikenya.org", email="info@tikenya.org")) == {}


def test_activity_dates_in_order_and_known_codes() -> None:
    """An activity cannot end before it starts; Member States and meetings must be known."""
    found = errors("activities", {"title": "CoSP 3", "activity_type": "meeting_participation",
                                  "start_date": dt.date(2009, 11, 13), "end_date": dt.date(2009, 11, 9),
                                  "member_states": ["QA", "ZZ"], "meeting": "COSP9", "themes": []})
    assert found == {"end_date": "cannot be before the start date",
                     "member_states": "not a known country code: ZZ",
                     "meeting": "“COSP9” is not a known intergovernmental meeting"}


def test_participation_counts_are_non_negative_and_add_up() -> None:
    """Counts cannot be negative, and women plus men cannot exceed the representatives."""
    base = {"activity_id": "a", "organization_id": "o", "role": "participant"}
    assert errors("participations", base | {"representatives": -1})["representatives"] == "cannot be negative"
    assert "fewer than the 5 women and men" in errors(
        "participations", base | {"representatives": 4, "women": 3, "men": 2})["representatives"]
    assert errors("participations", base | {"representatives": 5, "women": 3, "men": 2}) == {}


def test_grant_amount_currency_and_dates() -> None:
    """A grant needs a positive amount in an ISO 4217 currency, with dates in workflow order."""
    found = errors("grants", {"organization_id": "o", "amount": Decimal("0"), "currency": "XYZ",
                              "purpose": "x", "status": "approved", "approved_on": dt.date(2010, 5, 1),
                              "disbursed_on": dt.date(2010, 4, 1)})
    assert found == {"amount": "must be more than zero",
                     "currency": "“XYZ” is not an ISO 4217 currency code (e.g. USD)",
                     "disbursed_on": "cannot be before the approval"}


def test_grant_workflow_moves_one_step_forward_or_back() -> None:
    """proposed → approved → disbursed → report received → closed, one step at a time."""
    assert grant_transition_allowed("proposed", "approved")
    assert grant_transition_allowed("disbursed", "approved")  # correcting a mistake
    assert not grant_transition_allowed("proposed", "disbursed")
    assert not grant_transition_allowed("closed", "proposed")
    found = errors("grants", {"organization_id": "o", "amount": Decimal(5), "currency": "USD",
                              "purpose": "x", "status": "closed"}, previous={"status": "approved"})
    assert "one step at a time" in found["status"]


@pytest.mark.parametrize(
    ("table", "field", "raw", "expected"),
    [
        ("participations", "representatives", "12", 12),
        ("participations", "representatives", 12.0, 12),
        ("organizations", "is_rlo", "Yes", True),
        ("organizations", "is_rlo", "", False),
        ("organizations", "is_rlo", "نعم", True),
        ("organizations", "verified_on", "2010-03-04", dt.date(2010, 3, 4)),
        ("organizations", "verified_on", dt.datetime(2010, 3, 4, 12), dt.date(2010, 3, 4)),
        ("grants", "amount", "15,000.50", Decimal("15000.50")),
        ("organizations", "cities", "Nairobi; Mombasa;; Nairobi", ["Nairobi", "Mombasa"]),
        ("organizations", "acronym", "   ", None),
    ],
)
def test_clean_turns_typed_text_into_values(table: str, field: str, raw: Any, expected: Any) -> None:
    """What people type or spreadsheets hold becomes a typed value."""
    assert clean(REGISTRY.table(table).field(field), raw) == expected


@pytest.mark.parametrize(
    ("field", "raw", "message"),
    [
        ("representatives", "twelve", "“twelve” is not a whole number"),
        ("women", True, "must be a whole number"),
    ],
)
def test_clean_explains_what_it_cannot_read(field: str, raw: Any, message: str) -> None:
    """Unreadable values raise ValueError with the value and what was expected."""
    with pytest.raises(ValueError, match=message):
        clean(REGISTRY.table("participations").field(field), raw)
