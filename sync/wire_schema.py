"""The OpenAPI description of the sync messages of :mod:`sync.wire`, built from its limits.

Kept apart from :mod:`sync.wire` so that the device, which never describes the API, does not
load pydantic; headquarters serves these schemas at ``/openapi.json``.  The messages
themselves are read and written only by :mod:`sync.wire`.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, Field

from sync.wire import (
    APP_VERSION,
    MAX_APP_VERSION,
    MAX_DOWNLOAD_URL,
    DEFAULT_ANSWER_BYTES,
    MAX_ANSWER_BUDGET,
    MAX_CLOCK,
    MAX_DEVICE_IDS,
    MAX_DEVICE_NAME,
    MAX_PUSH_BLOCKS,
    MAX_PUSH_ROWS,
    MAX_SEQ,
    PUSH_ROWS_ANY,
    MAX_USER_NAME,
    MAX_WANT,
    REFUSAL_CODES,
)


class PushBatch(BaseModel):
    from_: int = Field(alias="from", ge=1, le=MAX_SEQ, description="first device sequence number in the batch")
    upto: int = Field(ge=0, le=MAX_SEQ, description="last device sequence number in the batch")
    rows: list[dict[str, Any]] = Field(
        max_length=MAX_PUSH_ROWS,
        description='PushRow: {"t": table, "i": id, "f": {field: [value, version, base|null]}, '
                    f'"b": row base|null}}; at most {MAX_PUSH_ROWS} (else batch_too_large), and at '
                    f'most {PUSH_ROWS_ANY} to a headquarters that did not answer push_rows')
    cols: list[dict[str, Any]] = Field(
        default=[], max_length=MAX_PUSH_BLOCKS,
        description='new records in columns (only to a headquarters that answered push_cols): '
                    '{"t": table, "c": [field, ...], "r": [[id, version, value, ...], ...]}; each '
                    'row stands for {"t", "i", "v", "f": {field: [value]}}; their rows count '
                    f'towards the {MAX_PUSH_ROWS} of a push')


class SyncRequestSchema(BaseModel):
    """The JSON document inside the gzip body of ``POST /v1/sync``."""

    v: int = Field(description="protocol version of the client: 3, or 4 for a request whose push carries "
                   "column blocks (cols); others: protocol_unsupported")
    clock: int | None = Field(default=None, ge=-MAX_CLOCK, le=MAX_CLOCK,
                              description="the device's wall clock, ms since 1970")
    cursor: int = Field(default=0, ge=0, le=MAX_SEQ, description="last server sequence pulled")
    d: list[str] = Field(default=[], description="device ids that versions refer to by index")
    push: PushBatch | None = None
    want: list[Annotated[list[str], Field(min_length=2, max_length=2)]] = Field(
        default=[], description=f"[table, id] rows asked for by id (the first {MAX_WANT} are read)")
    resolved: list[str] = Field(default=[], description="ids of conflicts resolved on the device")
    limit: int | None = Field(default=None, gt=0, description=(
        f"answer size budget in bytes (default {DEFAULT_ANSWER_BYTES}, at most {MAX_ANSWER_BUDGET} "
        "is used)"))
    own: bool = Field(default=False, description="also pull this device's own changes (a replica "
                      "restored from a backup asks for them)")


class AppReleaseSchema(BaseModel):
    """The newest desktop application version headquarters announces."""

    newest: str = Field(max_length=MAX_APP_VERSION, pattern=APP_VERSION.pattern,
                        description='a version such as "1.4.2"')
    url: str = Field(default="", max_length=MAX_DOWNLOAD_URL,
                     description="where to get it (http or https); absent when not set")


class SyncResponseSchema(BaseModel):
    """The JSON document inside the gzip body of the answer."""

    v: int
    clock: int = Field(description="headquarters' clock, ms since 1970")
    d: list[str] = Field(description="device ids that versions refer to by index, and those "
                                     "conflicts name")
    dn: list[Annotated[list[str], Field(min_length=2, max_length=2)] | None] = Field(
        default=[], description=(
            f"parallel to d: [device name (at most {MAX_DEVICE_NAME} characters), user name (at "
            f"most {MAX_USER_NAME})] of each device, the name a person gave that computer when it "
            "was enrolled and its headquarters user; null when unknown (absent when none is "
            f"known; only the first {MAX_DEVICE_IDS} devices are named)"))
    pushed: int | None = Field(description="the device's changes headquarters holds, up to")
    push_cols: bool | None = Field(default=None, description="in an answer to a push: this "
                                   "headquarters takes new records in columns (push.cols)")
    push_rows: int | None = Field(default=None, description=(
        "in an answer to a push: the most rows this headquarters takes in one push; absent: "
        f"{PUSH_ROWS_ANY:,} (a device sends more only to a headquarters that said so)"))
    refused: list[dict[str, Any]] = Field(description=(
        '{"t", "i", "field", "code", "reason", "held": true when headquarters holds that record '
        '(absent otherwise)}; codes: ' + ", ".join(sorted(REFUSAL_CODES))))
    fix: list[dict[str, Any]] = Field(description="pushed fields where headquarters kept another value")
    rows: list[dict[str, Any]] = Field(
        description='PullRow: {"t": table, "i": id, "f": {field: [value, version]}, "r": reference only}')
    conflicts: list[dict[str, Any]]
    gone: list[list[str]] = Field(
        default=[], description="[table, id] of records that left the device's scope: the device "
                                "removes them (absent when empty)")
    cursor: int = Field(description="pull again from here")
    more: bool = Field(description="true when more changes are waiting")
    app: AppReleaseSchema | None = Field(
        default=None, description="the newest version of the desktop application headquarters "
                                  "knows of, and where to get it (absent when none is set)")
