"""Headquarters as this application runs it: the schema-free sync server (``sync/server/``)
handed this domain's registry of synced tables, the desktop writer's validation rules and
the reference data of regions when it starts.

``lookingbeyond-server`` and ``python -m lookingbeyond_desktop.headquarters`` run the server's
command line with them; every ``serve`` worker builds its application with
:func:`app_from_environment`.  ``sync/`` imports nothing of ``lookingbeyond_desktop``.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from lookingbeyond_desktop.domain import reference
from lookingbeyond_desktop.domain.pushed import rule_problems
from lookingbeyond_desktop.domain.registry import REGISTRY
from sync.server import accounts
from sync.server.service import Lookup

if TYPE_CHECKING:
    from fastapi import FastAPI
    from sqlalchemy import Engine

APP_FACTORY = "lookingbeyond_desktop.headquarters:app_from_environment"


def validate_pushed(table: str, record: dict[str, Any], previous: dict[str, Any] | None,
                    lookup: Lookup) -> list[tuple[str, str]]:
    """The desktop writer's rules for a pushed record (wire values), as (field, message).

    The same rules as :class:`~lookingbeyond_desktop.store.writer.Writer`: required fields,
    kinds, closed vocabularies, ranges, text lengths and record size
    (:func:`~lookingbeyond_desktop.domain.pushed.rule_problems`), and those that read other
    records (:func:`link_problems`)."""
    return rule_problems(table, record, previous) + link_problems(table, record, previous, lookup)


def link_problems(table: str, record: dict[str, Any], previous: dict[str, Any] | None,
                  lookup: Lookup) -> list[tuple[str, str]]:
    """The rules for a pushed record that read other records: a reference the push sets or
    changes must name a record headquarters has, a live one unless the record itself is
    deleted; a record brought back from the Trash must refer to live records only; a merged
    organization stays deleted; and a participation's contact must be a contact of the
    participating organization."""
    problems: list[tuple[str, str]] = []
    live = not record.get("deleted")
    # A record the push brings back from the Trash must refer to live records only, like
    # the desktop's restore ("restore that first").
    restored = live and previous is not None and bool(previous.get("deleted"))
    for field_spec in REFERENCES[table]:
        now = _ids(record.get(field_spec.name))
        if not now:
            continue
        before = set() if restored else _ids((previous or {}).get(field_spec.name))
        for target in sorted(now - before):  # only references this push sets
            parent = lookup(field_spec.ref_table, target)
            if parent is None:
                problems.append((field_spec.name, "refers to a record headquarters does not have"))
            elif parent.get("deleted") and live:
                # A deleted record may refer to a deleted one: a laptop merged B into A and
                # then deleted A (one push carries A deleted before B's redirect to it), or
                # moved a contact and deleted its new organization with it.
                problems.append((field_spec.name, "refers to a deleted record"))
    if table == "organizations" and record.get("merged_into") and not record.get("deleted"):
        # A restore and a merge of one record, made on two laptops, whose restore wins the
        # "deleted" field: refused (whichever reaches headquarters second), never a live
        # redirect, which every reference to it would skip (invariant 14).
        problems.append(("", "was merged into another organization and stays deleted "
                             "(a restore and a merge crossed)"))
    contact_id = record.get("contact_id") if table == "participations" else None
    if contact_id:
        contact = lookup("contacts", contact_id)
        if contact is not None and contact.get("organization_id") != record.get("organization_id"):
            problems.append(("contact_id", "is a contact of another organization"))
    return problems


# What validate_pushed reads of a record a pushed one names (besides ``deleted``): a push
# then reads only these of the records its rows refer to (service.Validator).
validate_pushed.referenced_fields = {"contacts": ("organization_id",)}  # type: ignore[attr-defined]
# Its rules that read only the record, by the name a worker process imports them by, and
# the rest: a large push's new records are checked against the first in headquarters'
# worker while the serve process applies the push with the second (service.Validator).
validate_pushed.apart = ("lookingbeyond_desktop.domain.pushed:rule_problems",  # type: ignore[attr-defined]
                         link_problems)

# Each table's fields that name records of another table.
REFERENCES: dict[str, tuple[Any, ...]] = {
    table: tuple(f for f in REGISTRY.table(table).fields if f.ref_table is not None)
    for table in REGISTRY.names}


def _ids(value: Any) -> set[str]:
    if value is None:
        return set()
    return {value} if isinstance(value, str) else {v for v in value if isinstance(v, str)}


class Places:
    """The shipped reference data of countries and UN M49 regions, for users' scopes."""

    def is_country(self, code: str) -> bool:
        return reference.country(code) is not None

    def regions(self) -> dict[str, reference.Region]:
        return reference.regions()

    def countries_in_region(self, code: str) -> frozenset[str]:
        return reference.countries_in_region(code)


accounts.use_places(Places())


def app_from_environment() -> FastAPI:
    """The application on ``$LOOKINGBEYOND_DATABASE_URL`` (a factory for uvicorn workers)."""
    from sync.server.app import create_app
    from sync.server.settings import ServerSettings
    from sync.server.database import default_database_url, make_engine

    logging.basicConfig(level=os.environ.get("LOOKINGBEYOND_LOG_LEVEL", "INFO"))
    return create_app(make_engine(default_database_url()), registry=REGISTRY,
                      validator=validate_pushed, settings=ServerSettings.from_environment())


def create_app(engine: Engine, **options: Any) -> FastAPI:
    """Headquarters over ``engine`` with this domain (tests and benchmarks in-process)."""
    from sync.server.app import create_app as create

    options.setdefault("registry", REGISTRY)
    options.setdefault("validator", validate_pushed)
    return create(engine, **options)


def domain() -> tuple[Any, Any]:
    """This domain's registry and validator (for the commands that apply pushes, such as
    ``bundle import``)."""
    return REGISTRY, validate_pushed


def main(argv: Sequence[str] | None = None) -> int:
    """``lookingbeyond-server``: the server's command line with this domain."""
    from sync.server import cli

    return cli.main(argv, app_factory=APP_FACTORY, domain=domain)


if __name__ == "__main__":
    sys.exit(main())
