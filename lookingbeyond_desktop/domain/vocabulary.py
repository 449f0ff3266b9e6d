"""Closed vocabularies of the domain: codes stored in the database, English labels.

Labels are the source strings that the UI passes through Qt's translation functions;
the stored codes never change with the language.
"""

from __future__ import annotations

ORG_TYPES: dict[str, str] = {
    "ngo": "Non-governmental organization",
    "network": "Network or coalition",
    "community": "Community-based organization",
    "faith": "Faith-based organization",
    "academic": "Academic or research institution",
    "professional": "Professional association",
    "trade_union": "Trade union",
    "foundation": "Foundation",
    "media": "Media organization",
    "private": "Private sector",
    "youth": "Youth organization",
    "women": "Women's organization",
}

ECOSOC_STATUSES: dict[str, str] = {
    "none": "No consultative status",
    "general": "General consultative status",
    "special": "Special consultative status",
    "roster": "Roster",
}

ACTIVITY_TYPES: dict[str, str] = {
    "training": "Training",
    "regional_consultation": "Regional consultation",
    "dialogue": "Dialogue",
    "side_event": "Side event",
    "joint_activity": "Joint government–CSO activity",
    "meeting_participation": "Participation in an intergovernmental meeting",
}

PARTICIPATION_ROLES: dict[str, str] = {
    "participant": "Participant",
    "speaker": "Speaker",
    "organizer": "Organizer",
    "trainer": "Trainer",
    "observer": "Observer",
    "rapporteur": "Rapporteur",
}

# The seed-funding workflow, in order: a grant moves one step forward at a time, or one
# step back to correct a mistake.
GRANT_STATUSES: dict[str, str] = {
    "proposed": "Proposed",
    "approved": "Approved",
    "disbursed": "Disbursed",
    "report_received": "Report received",
    "closed": "Closed",
}
GRANT_FLOW: tuple[str, ...] = tuple(GRANT_STATUSES)


def grant_transition_allowed(old: str, new: str) -> bool:
    """Whether a grant may move from status ``old`` to ``new``."""
    if old == new:
        return True
    step = GRANT_FLOW.index(new) - GRANT_FLOW.index(old)
    return step in (1, -1)
