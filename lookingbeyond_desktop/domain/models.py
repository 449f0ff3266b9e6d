"""The data model: synced entities (edited in the field) and the replica's own tables.

Every synced table has a UUID ``id`` made on the device that creates the row, a
``deleted`` flag (deletes are tombstones) and two columns of sync metadata: the version of
the row's creation and the versions of fields written since (see :mod:`sync.hlc`).
A column is synced when its ``info`` names its :class:`sync.registry.Kind`; the registry
of synced tables is built from these declarations (:mod:`lookingbeyond_desktop.domain.registry`).
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from sync.registry import Kind

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    """A fresh row id, made on this device."""
    return str(uuid.uuid4())


class DecimalText(TypeDecorator[Decimal]):
    """Exact decimals stored as text (SQLite has no decimal type; floats would round)."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else format(Decimal(value), "f")

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


class Base(DeclarativeBase):
    """Declarative base with stable constraint names (Alembic needs them on SQLite)."""

    metadata = MetaData(naming_convention=NAMING)


def synced(kind: Kind, *, ref: str | None = None, personal: bool = False,
           erasure: bool = False) -> dict[str, Any]:
    """The ``info`` of a synced column (``erasure``: the date headquarters erased the
    record's personal fields, sync.registry.FieldSpec.erasure)."""
    return {"sync": kind, "ref": ref, "personal": personal, "erasure": erasure}


class SyncedMixin:
    """Columns that every synced table has."""

    id: Mapped[str] = mapped_column(String(36), unique=True, default=new_id)
    deleted: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default="0", info=synced(Kind.BOOL)
    )
    sync_version: Mapped[str] = mapped_column(String(64))
    sync_field_versions: Mapped[dict[str, str] | None] = mapped_column(JSON(none_as_null=True), nullable=True)


class Organization(SyncedMixin, Base):
    """A civil-society organization (CSO)."""

    __tablename__ = "organizations"

    # A local integer key that VACUUM never renumbers: the full-text index refers to it.
    rid: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, info=synced(Kind.TEXT))
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list, info=synced(Kind.LIST))
    acronym: Mapped[str | None] = mapped_column(Text, info=synced(Kind.TEXT))
    org_type: Mapped[str] = mapped_column(String(20), default="ngo", info=synced(Kind.TEXT))
    country: Mapped[str] = mapped_column(String(2), index=True, info=synced(Kind.TEXT))
    cities: Mapped[list[str]] = mapped_column(JSON, default=list, info=synced(Kind.LIST))
    themes: Mapped[list[str]] = mapped_column(JSON, default=list, info=synced(Kind.LIST))
    networks: Mapped[list[str]] = mapped_column(JSON, default=list, info=synced(Kind.LIST))
    is_rlo: Mapped[bool] = mapped_column(Boolean, default=False, info=synced(Kind.BOOL))
    rlo_region: Mapped[str | None] = mapped_column(String(3), info=synced(Kind.TEXT))
    ecosoc_status: Mapped[str] = mapped_column(
        String(10), default="none", info=synced(Kind.TEXT)
    )
    email: Mapped[str | None] = mapped_column(Text, info=synced(Kind.TEXT))
    phone: Mapped[str | None] = mapped_column(Text, info=synced(Kind.TEXT))
    website: Mapped[str | None] = mapped_column(Text, info=synced(Kind.TEXT))
    address: Mapped[str | None] = mapped_column(Text, info=synced(Kind.TEXT))
    verified_on: Mapped[dt.date | None] = mapped_column(Date, info=synced(Kind.DATE))
    notes: Mapped[str | None] = mapped_column(Text, info=synced(Kind.TEXT))
    # At risk (issue 13): its people work where that is dangerous.  Its contacts never reach
    # a partner's computer nor one outside the owning office's countries (the scope keys,
    # sync/server/scopes.py), and exports and reports leave them out unless asked by name.
    at_risk: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default="0", info=synced(Kind.BOOL)
    )
    # Set when this record was merged into another (it is then a tombstone kept for good as
    # a redirect: a reference to it made offline lands on the record kept).  Changed only by
    # merging (store/merges.py), never by an edit.
    merged_into: Mapped[str | None] = mapped_column(
        ForeignKey("organizations.id", deferrable=True, initially="DEFERRED"),
        nullable=True, index=True, info=synced(Kind.REF, ref="organizations"),
    )
    # Device-local, derived from the fields above for the full-text index.
    search_names: Mapped[str] = mapped_column(Text, default="")
    search_other: Mapped[str] = mapped_column(Text, default="")
    sort_name: Mapped[str] = mapped_column(Text, default="", index=True)

    __mapper_args__ = {"primary_key": [SyncedMixin.id]}


class Contact(SyncedMixin, Base):
    """A person at an organization: personal data, kept with the date of their consent."""

    __tablename__ = "contacts"

    rid: Mapped[int] = mapped_column(Integer, primary_key=True)
    organization_id: Mapped[str] = mapped_column(
        ForeignKey("organizations.id", deferrable=True, initially="DEFERRED"),
        index=True,
        info=synced(Kind.REF, ref="organizations"),
    )
    full_name: Mapped[str] = mapped_column(Text, info=synced(Kind.TEXT, personal=True))
    position: Mapped[str | None] = mapped_column(Text, info=synced(Kind.TEXT))
    email: Mapped[str | None] = mapped_column(Text, info=synced(Kind.TEXT, personal=True))
    phone: Mapped[str | None] = mapped_column(Text, info=synced(Kind.TEXT, personal=True))
    consent_on: Mapped[dt.date] = mapped_column(Date, info=synced(Kind.DATE, personal=True))
    notes: Mapped[str | None] = mapped_column(Text, info=synced(Kind.TEXT, personal=True))
    # Set by headquarters alone when it erased this person's data (the right to be
    # forgotten, issue 13): the personal fields above are blank for good and only the id
    # (and the organization) remain, so references do not break.
    erased_on: Mapped[dt.date | None] = mapped_column(
        Date, nullable=True, info=synced(Kind.DATE, erasure=True))

    __mapper_args__ = {"primary_key": [SyncedMixin.id]}


class Activity(SyncedMixin, Base):
    """A training, consultation, dialogue, side event, joint activity or meeting attended."""

    __tablename__ = "activities"

    rid: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text, info=synced(Kind.TEXT))
    activity_type: Mapped[str] = mapped_column(String(30), info=synced(Kind.TEXT))
    start_date: Mapped[dt.date] = mapped_column(Date, index=True, info=synced(Kind.DATE))
    end_date: Mapped[dt.date | None] = mapped_column(Date, info=synced(Kind.DATE))
    city: Mapped[str | None] = mapped_column(Text, info=synced(Kind.TEXT))
    country: Mapped[str | None] = mapped_column(String(2), info=synced(Kind.TEXT))
    themes: Mapped[list[str]] = mapped_column(JSON, default=list, info=synced(Kind.LIST))
    organizing_office: Mapped[str | None] = mapped_column(String(20), info=synced(Kind.TEXT))
    co_organizers: Mapped[list[str]] = mapped_column(
        JSON, default=list, info=synced(Kind.LIST, ref="organizations")
    )
    member_states: Mapped[list[str]] = mapped_column(JSON, default=list, info=synced(Kind.LIST))
    meeting: Mapped[str | None] = mapped_column(String(20), info=synced(Kind.TEXT))
    outcomes: Mapped[str | None] = mapped_column(Text, info=synced(Kind.TEXT))
    follow_up: Mapped[str | None] = mapped_column(Text, info=synced(Kind.TEXT))
    notes: Mapped[str | None] = mapped_column(Text, info=synced(Kind.TEXT))

    __mapper_args__ = {"primary_key": [SyncedMixin.id]}


class Participation(SyncedMixin, Base):
    """Who took part in an activity: an organization, optionally one of its contacts."""

    __tablename__ = "participations"

    rid: Mapped[int] = mapped_column(Integer, primary_key=True)
    activity_id: Mapped[str] = mapped_column(
        ForeignKey("activities.id", deferrable=True, initially="DEFERRED"),
        index=True,
        info=synced(Kind.REF, ref="activities"),
    )
    organization_id: Mapped[str] = mapped_column(
        ForeignKey("organizations.id", deferrable=True, initially="DEFERRED"),
        index=True,
        info=synced(Kind.REF, ref="organizations"),
    )
    contact_id: Mapped[str | None] = mapped_column(
        ForeignKey("contacts.id", deferrable=True, initially="DEFERRED"),
        info=synced(Kind.REF, ref="contacts"),
    )
    role: Mapped[str] = mapped_column(String(20), default="participant", info=synced(Kind.TEXT))
    representatives: Mapped[int] = mapped_column(Integer, default=1, info=synced(Kind.INT))
    women: Mapped[int | None] = mapped_column(Integer, info=synced(Kind.INT))
    men: Mapped[int | None] = mapped_column(Integer, info=synced(Kind.INT))
    notes: Mapped[str | None] = mapped_column(Text, info=synced(Kind.TEXT))

    __mapper_args__ = {"primary_key": [SyncedMixin.id]}


class Grant(SyncedMixin, Base):
    """Seed funding to a regional lead organization (RLO)."""

    __tablename__ = "grants"

    rid: Mapped[int] = mapped_column(Integer, primary_key=True)
    organization_id: Mapped[str] = mapped_column(
        ForeignKey("organizations.id", deferrable=True, initially="DEFERRED"),
        index=True,
        info=synced(Kind.REF, ref="organizations"),
    )
    amount: Mapped[Decimal] = mapped_column(DecimalText, info=synced(Kind.DECIMAL))
    currency: Mapped[str] = mapped_column(String(3), default="USD", info=synced(Kind.TEXT))
    purpose: Mapped[str] = mapped_column(Text, info=synced(Kind.TEXT))
    follows_meeting: Mapped[str | None] = mapped_column(String(20), info=synced(Kind.TEXT))
    status: Mapped[str] = mapped_column(String(20), default="proposed", info=synced(Kind.TEXT))
    approved_on: Mapped[dt.date | None] = mapped_column(Date, info=synced(Kind.DATE))
    disbursed_on: Mapped[dt.date | None] = mapped_column(Date, info=synced(Kind.DATE))
    report_received_on: Mapped[dt.date | None] = mapped_column(Date, info=synced(Kind.DATE))
    activity_ids: Mapped[list[str]] = mapped_column(
        JSON, default=list, info=synced(Kind.LIST, ref="activities")
    )
    notes: Mapped[str | None] = mapped_column(Text, info=synced(Kind.TEXT))

    __mapper_args__ = {"primary_key": [SyncedMixin.id]}


class Replica(Base):
    """This replica's identity and clocks: exactly one row."""

    __tablename__ = "replica"

    one: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    device_id: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[str] = mapped_column(String(40))
    author: Mapped[str] = mapped_column(Text, default="")
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    hlc: Mapped[int] = mapped_column(Integer, default=0)
    pushed_seq: Mapped[int] = mapped_column(Integer, default=0)


class Change(Base):
    """One recorded change: which fields of which row, by which device, at which clock.

    Values are not copied here: a push sends the row's current value of each field with
    that field's version, so a field written ten times offline travels once.
    """

    __tablename__ = "changes"
    __table_args__ = (
        UniqueConstraint("device_id", "device_seq", name="uq_changes_device_id"),
        Index("ix_changes_row", "tbl", "row_id"),
        Index("ix_changes_txn", "txn"),
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(String(32))
    device_seq: Mapped[int] = mapped_column(Integer)
    txn: Mapped[str] = mapped_column(String(32))
    version: Mapped[str] = mapped_column(String(64))
    tbl: Mapped[str] = mapped_column(String(30))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(10))  # insert | update | delete | restore
    fields: Mapped[list[str] | None] = mapped_column(JSON(none_as_null=True), nullable=True)  # None: every field
    # The versions the change was made on top of: {field: version, "*": the row's newest}.
    base: Mapped[dict[str, str] | None] = mapped_column(JSON(none_as_null=True), nullable=True)
    author: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[str] = mapped_column(String(40))  # wall-clock time, for people to read


class SyncState(Base):
    """Where this replica stands with headquarters: exactly one row."""

    __tablename__ = "sync_state"

    one: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    server_url: Mapped[str | None] = mapped_column(Text)
    user_name: Mapped[str | None] = mapped_column(Text)
    cursor: Mapped[int] = mapped_column(Integer, default=0)
    last_sync_at: Mapped[str | None] = mapped_column(String(40))
    last_attempt_at: Mapped[str | None] = mapped_column(String(40))
    last_error: Mapped[str | None] = mapped_column(Text)
    last_error_code: Mapped[str | None] = mapped_column(String(40))  # e.g. "unreachable" (0004)
    clock_offset_ms: Mapped[int] = mapped_column(Integer, default=0)
    wanted: Mapped[list[list[str]] | None] = mapped_column(JSON(none_as_null=True), nullable=True)
    # When a backup was restored; cleared once the next sync has pulled back this device's
    # own changes since the backup (0003).  ``realign``: no push before headquarters said
    # how far it holds this device's changes.
    restored_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
    realign: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class Conflict(Base):
    """A value that lost a concurrent write (or a delete that met an edit), kept for review."""

    __tablename__ = "conflicts"
    __table_args__ = (Index("ix_conflicts_row", "tbl", "row_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    tbl: Mapped[str] = mapped_column(String(30))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(20))  # field | edited_deleted | deleted_edited
    winner_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    winner_version: Mapped[str | None] = mapped_column(String(64))
    loser_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    loser_version: Mapped[str | None] = mapped_column(String(64))
    loser_device: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[str] = mapped_column(String(40))
    resolved_at: Mapped[str | None] = mapped_column(String(40))
    resolution: Mapped[str | None] = mapped_column(String(20))


class SyncRefusal(Base):
    """A local change that headquarters refused, with its reason (the "could not sync" list)."""

    __tablename__ = "sync_refusals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tbl: Mapped[str] = mapped_column(String(30))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str | None] = mapped_column(String(40))
    code: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[str] = mapped_column(String(40))
    # The fields the refused row carried, and whether it created a record headquarters
    # never had (0007; None for refusals kept before).
    fields: Mapped[list[str] | None] = mapped_column(JSON(none_as_null=True), nullable=True)
    new_record: Mapped[bool | None] = mapped_column(Boolean, nullable=True)


class SyncQuarantine(Base):
    """A pulled row this replica could not apply, kept aside with its reason (0005): the
    row as received (with full versions), so a later good version can replace it."""

    __tablename__ = "sync_quarantine"
    __table_args__ = (Index("ix_sync_quarantine_row", "tbl", "row_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tbl: Mapped[str] = mapped_column(String(30))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str | None] = mapped_column(String(40))
    code: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text)  # names the field, never the value
    raw: Mapped[Any] = mapped_column(JSON, nullable=True)
    at: Mapped[str] = mapped_column(String(40))


class LocalSetting(Base):
    """A fact about this data folder that never syncs (0006): that it holds demo data (a
    sandbox that must never reach headquarters), or that a person chose to start it empty."""

    __tablename__ = "local_settings"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    set_at: Mapped[str] = mapped_column(String(40))


class DeviceName(Base):
    """The name a person gave a computer when it was enrolled, and the headquarters user it
    was enrolled for (0008): this computer's own from its login, the others' from sync
    answers (only those whose changes reached this computer).  History, Trash and Conflicts
    name people and computers by it; it never syncs back."""

    __tablename__ = "device_names"

    device_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    device_name: Mapped[str] = mapped_column(Text, default="")
    user_name: Mapped[str] = mapped_column(Text, default="")
    seen_at: Mapped[str] = mapped_column(String(40))


class MergeLog(Base):
    """A merge made on this computer (0009): what it changed, so that it can be undone
    while nothing else has changed the two records.  Never syncs."""

    __tablename__ = "merge_log"

    txn: Mapped[str] = mapped_column(String(32), primary_key=True)  # the merge's transaction
    keep_id: Mapped[str] = mapped_column(String(36))
    other_id: Mapped[str] = mapped_column(String(36), index=True)
    # The kept record's fields the merge changed, as they were before it.
    keep_before: Mapped[dict[str, Any]] = mapped_column(JSON)
    # The references moved from the other record to the kept one: [table, id, field].
    moved: Mapped[list[list[str]]] = mapped_column(JSON)
    # The two records' versions right after the merge ({"keep": …, "other": …}): equal
    # versions later mean nothing else has changed them since.
    versions_after: Mapped[dict[str, Any]] = mapped_column(JSON)
    at: Mapped[str] = mapped_column(String(40))
    undone_at: Mapped[str | None] = mapped_column(String(40), nullable=True)


SYNCED_MODELS: tuple[type[SyncedMixin], ...] = (
    Organization,
    Contact,
    Activity,
    Participation,
    Grant,
)
