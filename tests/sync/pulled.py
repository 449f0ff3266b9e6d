"""Hand-built headquarters answers for tests of the device side (sync.replica) on a real
Store: rows headquarters would no longer produce (it validates), "gone" lists, cursors."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from lookingbeyond_desktop.domain.registry import REGISTRY
from sync.hlc import pack, wall_ms
from sync.wire import PROTOCOL_VERSION

HQ_DEVICE = "f" * 32


class Answers:
    """Makes pull rows and responses with versions that keep increasing."""

    def __init__(self) -> None:
        self.clock = pack(wall_ms() - 60_000, 0)
        self.cursor = 0

    def version(self) -> str:
        """The next version, packed against the response's device table ["f" * 32]."""
        self.clock += 1
        return f"{self.clock:x}.0"

    def row(self, table: str, values: dict[str, Any], *, row_id: str | None = None) -> dict[str, Any]:
        """A full pull row: every registry field (missing ones null, lists empty), values as
        given (already in wire form: dates as ISO text)."""
        spec = REGISTRY.table(table)
        version = self.version()
        fields: dict[str, list[Any]] = {}
        for field in spec.fields:
            if field.name == "id":
                continue
            default: Any = [] if field.kind.value == "list" else None
            if field.name == "deleted":
                default = False
            fields[field.name] = [values.get(field.name, default), version]
        for name, value in values.items():  # fields the registry does not know, too
            fields.setdefault(name, [value, version])
        return {"t": table, "i": row_id or str(uuid.uuid4()), "f": fields}

    def partial(self, table: str, row_id: str, values: dict[str, Any]) -> dict[str, Any]:
        """A pull row carrying only some fields (a later version of a row)."""
        version = self.version()
        return {"t": table, "i": row_id, "f": {name: [value, version] for name, value in values.items()}}

    def response(self, rows: list[dict[str, Any]] = (), **extra: Any) -> dict[str, Any]:  # type: ignore[assignment]
        """A sync response holding ``rows`` with the next cursor."""
        self.cursor += max(1, len(rows))
        return {"v": PROTOCOL_VERSION, "clock": wall_ms(), "d": [HQ_DEVICE], "pushed": None, "refused": [],
                "fix": [], "rows": list(rows), "conflicts": [], "cursor": self.cursor,
                "more": False, **extra}


def organization(**values: Any) -> dict[str, Any]:
    """A valid organization's wire values."""
    return {"name": "Kenya Anti-Corruption Forum", "org_type": "ngo", "country": "KE",
            "ecosoc_status": "none", "is_rlo": False, "at_risk": False, **values}


def contact(organization_id: str, **values: Any) -> dict[str, Any]:
    """A valid contact's wire values."""
    return {"organization_id": organization_id, "full_name": "Amina Odhiambo",
            "email": "amina@example.org", "phone": "+254 700 000 000",
            "consent_on": "2010-03-01", "erased_on": None, **values}


def activity(**values: Any) -> dict[str, Any]:
    """A valid activity's wire values."""
    return {"title": "Regional consultation on UNCAC", "activity_type": "training",
            "start_date": dt.date(2010, 5, 3).isoformat(), **values}


def participation(activity_id: str, organization_id: str, **values: Any) -> dict[str, Any]:
    """A valid participation's wire values."""
    return {"activity_id": activity_id, "organization_id": organization_id,
            "role": "participant", "representatives": 2, **values}
