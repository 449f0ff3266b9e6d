"""Valid records of every synced table as wire values, for tests that speak the protocol by
hand: each passes headquarters' validation (the desktop writer's rules) unless changed."""

from __future__ import annotations

from typing import Any

ORGANIZATION: dict[str, Any] = {
    "name": "Hope Foundation", "aliases": [], "acronym": "HF", "org_type": "ngo",
    "country": "KE", "cities": ["Nairobi"], "themes": [], "networks": [], "is_rlo": False,
    "rlo_region": None, "ecosoc_status": "none", "email": None, "phone": None,
    "website": None, "address": None, "verified_on": "2024-05-01", "notes": "",
    "merged_into": None, "at_risk": False, "deleted": False,
}
# What the desktop's writer fills in for a new record of each table (beside null).
DEFAULTS: dict[str, dict[str, Any]] = {
    "organizations": {"aliases": [], "org_type": "ngo", "cities": [], "themes": [], "networks": [],
                      "is_rlo": False, "ecosoc_status": "none", "at_risk": False},
    "contacts": {"consent_on": "2024-01-01", "erased_on": None, "erased_on": None},
    "activities": {"activity_type": "training", "start_date": "2010-01-01", "themes": [],
                   "co_organizers": [], "member_states": []},
    "participations": {"role": "participant", "representatives": 1},
    "grants": {"amount": "100", "currency": "USD", "purpose": "Seed funding", "status": "proposed",
               "activity_ids": []},
}


def organization(**changes: Any) -> dict[str, Any]:
    """Every field of a valid organization, ``changes`` applied."""
    return ORGANIZATION | changes
