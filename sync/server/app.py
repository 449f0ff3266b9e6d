"""The headquarters HTTP service (FastAPI): enrolment, the sync round trip, health.

Stateless: every request reads what it needs from the database, so several workers or
processes can serve one PostgreSQL database behind a load balancer.  Every error, ours or
the framework's, leaves as ``{"error": {"code": ..., "message": ...}}`` with the HTTP status
of :data:`sync.wire.ERROR_STATUS`.  Nothing logged names a password, a token or a
contact's personal data.

Limits (:class:`ServerSettings`, from ``lookingbeyond-server serve`` options through the
environment): at most ``hash_concurrency`` password hashes at once in one process (argon2
takes 64 MiB each; more sign-ins at once are answered ``503 busy`` with ``Retry-After``),
at most ``max_devices`` active devices per user, read timeouts for request bodies
(:mod:`sync.server.timeouts`), and the interactive API pages (``/docs``, ``/redoc``) only
when asked for; ``/openapi.json`` is always served.
"""

from __future__ import annotations

import json
import logging
import os
import time
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, Field
from sqlalchemy import Engine
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from sync import wire
from sync.bundle import MAX_BUNDLE_BYTES, SUFFIX, BundleError, PublicKeys
from sync.gcpause import FreedLater
from sync.wire import ERROR_STATUS, MAX_BODY_BYTES, PROTOCOL_VERSION, ProtocolError
from sync.wire_schema import SyncRequestSchema, SyncResponseSchema
from sync.registry import Registry
from sync.server import accounts, bundles, erasure
from sync.server.bundle_page import BUNDLE_PAGE
from sync.server.service import DeviceContext, SyncService, Validator
from sync.server.settings import ServerSettings
from sync.server.snapshot import SnapshotService
from sync.server.timeouts import BodyTimeoutMiddleware

log = logging.getLogger("lookingbeyond.server")

# A sync body at least this large (as sent: gzip'ed) is decoded with the cycle collector
# paused until its answer is sent (gcpause.FreedLater): a push of about a thousand rows.
LARGE_BODY_BYTES = 64 * 1024

ERROR_CODES_DOC = "\n".join(
    f"- `{code}` ({status})" for code, status in sorted(ERROR_STATUS.items(), key=lambda i: i[1])
)


# -- documented bodies ---------------------------------------------------------------------


class ErrorDetail(BaseModel):
    code: str = Field(description="a stable error code (see the API description)")
    message: str = Field(description="what went wrong, for a person to read")


class ErrorBody(BaseModel):
    """Every error response."""

    error: ErrorDetail


class BundleKeys(BaseModel):
    """The public halves of one side's keys for sync by file (raw keys, base64)."""

    sign: str = Field(pattern=r"^[A-Za-z0-9+/]{43}=$", description="Ed25519 (signing)")
    box: str = Field(pattern=r"^[A-Za-z0-9+/]{43}=$", description="X25519 (receiving)")


class EnrolRequest(BaseModel):
    user: str = Field(min_length=1, max_length=wire.MAX_USER_NAME)
    password: str = Field(min_length=1, max_length=1024)
    device_id: str = Field(pattern=r"^[0-9a-f]{32}$", description="the replica's device id")
    device_name: str = Field(default="", max_length=wire.MAX_DEVICE_NAME,
                             description="e.g. the computer's name")
    bundle_keys: BundleKeys | None = Field(
        default=None, description="the device's public keys for sync by file (issue 16)")


class EnrolResponse(BaseModel):
    token: str = Field(description="the device's bearer token; shown once, keep it in the keyring")
    role: str = Field(description="hq | field | partner")
    countries: list[str] = Field(description="ISO 3166 alpha-2 codes given to the user")
    regions: list[str] = Field(description="UN M49 region codes given to the user")
    organization_id: str | None = Field(description="a partner's own organization")
    protocol: int = Field(description="the sync protocol version headquarters speaks")
    hq_keys: BundleKeys | None = Field(
        default=None, description="headquarters' public keys for sync by file, when the "
                                  "device gave its own")


class Health(BaseModel):
    ok: bool
    protocol: int


def _error_responses(*codes: str) -> dict[int | str, dict[str, Any]]:
    by_status: dict[int, list[str]] = {}
    for code in (*codes, "internal"):
        by_status.setdefault(ERROR_STATUS[code], []).append(code)
    return {status: {"model": ErrorBody, "description": ", ".join(names)}
            for status, names in by_status.items()}


# -- errors --------------------------------------------------------------------------------


def error_response(code: str, message: str, *, status: int | None = None,
                   details: dict[str, Any] | None = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    """The one error shape of the API."""
    body: dict[str, Any] = {"code": code, "message": message}
    if details:
        body.update({k: v for k, v in details.items() if k not in ("code", "message")})
    return JSONResponse({"error": jsonable_encoder(body)},
                        status_code=status or ERROR_STATUS.get(code, 400), headers=headers)


async def _protocol_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ProtocolError)
    details = getattr(exc, "details", None)
    headers = {"WWW-Authenticate": "Bearer"} if ERROR_STATUS.get(exc.code) == 401 else None
    if exc.code == "busy":
        headers = {"Retry-After": str(accounts.BUSY_RETRY_AFTER_S)}
    return error_response(exc.code, exc.message,
                          details=details if isinstance(details, dict) else None, headers=headers)


async def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 404:
        return error_response("not_found", "There is nothing at this address.", status=404)
    if exc.status_code == 405:
        return error_response("method_not_allowed", "This address does not accept this method.",
                              status=405, headers=dict(exc.headers or {}))
    code = next((c for c, s in ERROR_STATUS.items() if s == exc.status_code), "bad_request")
    return error_response(code, str(exc.detail), status=exc.status_code,
                          headers=dict(exc.headers or {}) or None)


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    # Only where and what: the rejected input (a password, say) is never echoed.
    problems = [
        f"{'.'.join(str(p) for p in error.get('loc', ()) if p != 'body') or 'body'}: "
        f"{error.get('msg', 'invalid')}"
        for error in exc.errors()
    ]
    return error_response("bad_request", "; ".join(problems) or "the request is invalid")


async def _unexpected_error(request: Request, exc: Exception) -> JSONResponse:
    log.error("unexpected error answering %s %s", request.method, request.url.path, exc_info=exc)
    return error_response("internal", "Headquarters could not answer because of an internal "
                          "error. It has been logged; try again later.")


# -- the application -----------------------------------------------------------------------


def create_app(engine: Engine, *, registry: Registry, validator: Validator,
               settings: ServerSettings | None = None) -> FastAPI:
    """The headquarters service over ``engine`` (already initialised)."""
    settings = settings or ServerSettings()
    if accounts.CHEAP_HASH:
        log.warning("%s is set: passwords are hashed with argon2's cheapest parameters "
                    "(tests only; never in production)", accounts.CHEAP_HASH_ENV)
    gate = accounts.HashGate(settings.hash_concurrency)  # one app per server process
    app = FastAPI(
        docs_url="/docs" if settings.api_pages else None,
        redoc_url="/redoc" if settings.api_pages else None,
        title="Looking Beyond headquarters",
        version=str(PROTOCOL_VERSION),
        description=(
            "Enrols field devices and reconciles their replicas (sync protocol "
            f"{PROTOCOL_VERSION}). Every error is `{{\"error\": {{\"code\", \"message\"}}}}`; "
            f"codes are stable:\n\n{ERROR_CODES_DOC}\n- `method_not_allowed` (405)"
        ),
    )
    app.state.hash_gate = gate
    release = settings.app_release()  # the newest desktop version, told in every answer
    app.add_exception_handler(ProtocolError, _protocol_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _unexpected_error)
    app.add_middleware(BodyTimeoutMiddleware, idle_s=settings.body_idle_s,
                       total_s=settings.body_total_s)

    @app.get("/v1/health", response_model=Health, summary="Is headquarters up?")
    def health() -> Health:
        return Health(ok=True, protocol=PROTOCOL_VERSION)

    @app.post(
        "/v1/enrol", response_model=EnrolResponse, summary="Enrol a device",
        responses=_error_responses("bad_request", "bad_credentials", "forbidden",
                                   "device_revoked", "too_many_devices", "body_too_large",
                                   "request_timeout", "rate_limited", "busy"),
        description="Signs a person in with their name and password and gives the device a "
                    "bearer token for `/v1/sync`. Enrolling the same device again replaces "
                    f"its token. A user has at most {settings.max_devices} active devices. "
                    "Failed sign-ins are limited per user name and per client address "
                    "(`rate_limited`); when too many sign-ins arrive at once, the excess is "
                    "answered `busy` with `Retry-After`.",
    )
    def enrol(body: EnrolRequest, request: Request) -> EnrolResponse:
        address = request.client.host if request.client else None
        user = accounts.authenticate_user(engine, body.user, body.password, address=address,
                                          gate=gate)
        keys = _checked_keys(body.bundle_keys)
        hq = bundles.hq_public_keys(engine) if keys is not None else None
        with engine.begin() as connection:
            token = accounts.enrol_device(connection, user, body.device_id, body.device_name,
                                          max_devices=settings.max_devices, bundle_keys=keys)
        log.info("enrolled device %s (%s)", body.device_id, user.role)
        return EnrolResponse(token=token, role=user.role, countries=list(user.countries),
                             regions=list(user.regions), organization_id=user.organization_id,
                             protocol=PROTOCOL_VERSION,
                             hq_keys=BundleKeys(**hq.encode()) if hq is not None else None)

    @app.post(
        "/v1/bundle-keys", summary="Give headquarters this device's keys for sync by file",
        responses={
            200: {"description": "`{\"hq_keys\": {\"sign\", \"box\"}}`: headquarters' public keys"},
            **_error_responses("bad_request", "auth_required", "token_invalid", "token_expired",
                               "device_revoked", "forbidden"),
        },
        openapi_extra={"security": [{"bearer": []}]},
        description="`Authorization: Bearer TOKEN`; body `{\"sign\": B64, \"box\": B64}` (the "
                    "raw public keys). For a device enrolled before sync by file; a device "
                    "enrolling now gives them in `/v1/enrol`.",
    )
    async def bundle_keys(request: Request) -> dict[str, Any]:
        device = await run_in_threadpool(_device, engine, _bearer_token(request))
        try:
            given = BundleKeys(**json.loads(await _read_capped(request)))
        except (ValueError, TypeError):
            raise ProtocolError("bad_request", "the body must be {\"sign\": KEY, \"box\": KEY}") from None
        keys = _checked_keys(given)
        assert keys is not None

        def record() -> dict[str, str]:
            with engine.begin() as connection:
                accounts.set_bundle_keys(connection, device.device_id, *keys)
            return bundles.hq_public_keys(engine).encode()

        return {"hq_keys": await run_in_threadpool(record)}

    @app.get("/bundle", response_class=HTMLResponse, include_in_schema=False)
    def bundle_page() -> HTMLResponse:
        return HTMLResponse(BUNDLE_PAGE)

    @app.post(
        "/v1/bundle", summary="Import a sync file from a computer; the answer is its reply file",
        response_class=Response,
        responses={
            200: {"description": "the reply file (`application/octet-stream`); the header "
                                 "`X-Bundle-Summary` says what was done (URL-encoded text)"},
            **_error_responses("bundle_refused", "body_too_large", "request_timeout"),
        },
        description="The body is the file a computer wrote (Sync > Sync by File, or "
                    "`lookingbeyond bundle export`). No token: the file is signed by the "
                    "computer's own key and sealed for headquarters. Applied exactly as that "
                    "computer's sync would be; see docs/sync-protocol.md, Sync by file. The "
                    "page `/bundle` uploads a file from a browser.",
    )
    async def bundle_import(request: Request) -> Response:
        data = await _read_capped(request, limit=MAX_BUNDLE_BYTES)

        def apply() -> bundles.ImportResult:
            try:
                return bundles.import_bundle(engine, registry, validator, data)
            except BundleError as error:
                raise ProtocolError("bundle_refused", error.message, {"reason": error.code}) from None

        result = await run_in_threadpool(apply)
        name = f"reply-{result.device_id[:8]}-{result.bundle_id[:8]}{SUFFIX}"
        return Response(result.reply, media_type="application/octet-stream", headers={
            "Content-Disposition": f'attachment; filename="{name}"',
            "X-Bundle-Summary": quote(result.summary()),
            "Access-Control-Expose-Headers": "X-Bundle-Summary, Content-Disposition"})

    async def _device_and_document(request: Request, later: FreedLater | None = None
                                   ) -> tuple[DeviceContext, Any]:
        """The authenticated device and its gzip'ed JSON body (size capped before reading).
        ``later``: a large body is decoded with the cycle collector paused until it lets go
        (the rest of the request and its answer sent: gcpause.FreedLater)."""
        _refuse_declared_size(request)
        device = await run_in_threadpool(_device, engine, _bearer_token(request))
        body = await _read_capped(request)
        if later is not None and len(body) >= LARGE_BODY_BYTES:
            later.hold()
        gzipped = request.headers.get("content-encoding", "").strip().lower() == "gzip"
        try:  # off the event loop, like the encoding of the answer: other requests go on meanwhile
            return device, await run_in_threadpool(wire.decode_body, body, gzipped=gzipped)
        except RecursionError:  # json.loads gives up on very deep nesting: not our fault
            raise ProtocolError("bad_request", "the JSON body is nested too deeply") from None

    @app.post(
        "/v1/sync", summary="One sync round trip: push and pull",
        response_class=Response,
        responses={
            200: {"description": "the answer, gzip-compressed JSON (`Content-Encoding: gzip`)",
                  "content": {"application/json": {
                      "schema": {"$ref": "#/components/schemas/SyncResponse"}}}},
            **_error_responses("bad_request", "bad_encoding", "auth_required", "token_invalid",
                               "token_expired", "device_revoked", "forbidden", "push_gap",
                               "body_too_large", "batch_too_large", "protocol_unsupported",
                               "device_wipe"),
        },
        openapi_extra={
            "requestBody": {
                "required": True,
                "description": "gzip-compressed JSON, sent with `Content-Encoding: gzip`, at "
                               f"most {MAX_BODY_BYTES} bytes",
                "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/SyncRequest"}}},
            },
            "security": [{"bearer": []}],
        },
        description="`Authorization: Bearer TOKEN` (from `/v1/enrol`). The body is the "
                    "request document of the sync protocol; see docs/sync-protocol.md.",
    )
    async def sync(request: Request) -> Response:
        started = time.perf_counter()
        # A large request's body and push batch are freed once its answer is sent, the cycle
        # collector paused until then (gcpause.FreedLater): a device's first push is answered
        # sooner, each request's freeing done while the device reads the answer.
        later = FreedLater()
        try:
            device, document = await _device_and_document(request, later)
            service = SyncService(engine, registry, validator=validator, later=later)  # one per request
            answer = await run_in_threadpool(service.sync, device, document)
            later.keep(document)
            del document
            if release is not None:
                answer["app"] = release.encode()
            body = await run_in_threadpool(wire.encode_body, answer)
            later.keep(answer)
            del answer
        except BaseException:
            later.release()
            raise
        # The time headquarters spent on the request, from its headers read to its answer
        # encoded (W3C Server-Timing): what a device's round trip owes to headquarters rather
        # than to the link or the device; nginx can log it, bench/bench_load.py reads it.
        spent = (time.perf_counter() - started) * 1000
        return Response(body, media_type="application/json", headers={
            "Content-Encoding": "gzip", "Server-Timing": f"app;dur={spent:.1f}"},
            background=BackgroundTask(later.release))

    @app.get(
        "/v1/devices", summary="Every enrolled device (hq users only)",
        responses={
            200: {"description": "`{\"devices\": [{id, name, user, last_sync_at, state}]}`, oldest first"},
            **_error_responses("auth_required", "token_invalid", "token_expired",
                               "device_revoked", "forbidden"),
        },
        openapi_extra={"security": [{"bearer": []}]},
        description="`Authorization: Bearer TOKEN` of a device of an `hq` user; others get "
                    "`forbidden`. For the window's Devices dialog (remote wipe).",
    )
    async def list_devices(request: Request) -> dict[str, Any]:
        device = await run_in_threadpool(_device, engine, _bearer_token(request))
        _hq_only(device)

        def listed() -> list[accounts.DeviceInfo]:
            with engine.connect() as connection:
                return accounts.list_devices(connection)

        return {"devices": [{"id": d.id, "name": d.name, "user": d.user_name,
                             "last_sync_at": d.last_sync_at, "state": d.state}
                            for d in await run_in_threadpool(listed)]}

    @app.post(
        "/v1/devices/wipe", summary="Order a device's data erased (hq users only)",
        responses={
            200: {"description": "`{\"wipe_requested_at\": TIME}`"},
            **_error_responses("bad_request", "auth_required", "token_invalid", "token_expired",
                               "device_revoked", "forbidden", "not_found"),
        },
        openapi_extra={"security": [{"bearer": []}]},
        description="`Authorization: Bearer TOKEN` of a device of an `hq` user; body "
                    "`{\"device_id\": ID}` (not the asking device itself). The same as "
                    "`lookingbeyond-server device wipe ID`; see docs/security.md, Remote wipe.",
    )
    async def order_wipe(request: Request) -> dict[str, str]:
        device = await run_in_threadpool(_device, engine, _bearer_token(request))
        _hq_only(device)
        try:
            target = json.loads(await _read_capped(request)).get("device_id")
        except (ValueError, AttributeError):
            target = None
        if not isinstance(target, str) or not target:
            raise ProtocolError("bad_request", "the body must be {\"device_id\": ID}")
        if target == device.device_id:
            raise ProtocolError("bad_request", "a device cannot order its own wipe")

        def order() -> str:
            with engine.begin() as connection:
                try:
                    return accounts.request_wipe(connection, target)
                except accounts.AccountError as error:
                    code = "not_found" if "no device" in str(error) else "bad_request"
                    raise ProtocolError(code, str(error)) from None

        when = await run_in_threadpool(order)
        log.warning("device %s ordered the wipe of device %s", device.device_id, target)
        return {"wipe_requested_at": when}

    @app.post(
        "/v1/erase", summary="Erase a person's data for good (hq users only)",
        responses={
            200: {"description": "`{\"erased_on\": DATE, \"already\": BOOL}` (`already`: it "
                                 "had been erased before, on that day)"},
            **_error_responses("bad_request", "auth_required", "token_invalid", "token_expired",
                               "device_revoked", "forbidden", "not_found"),
        },
        openapi_extra={"security": [{"bearer": []}]},
        description="`Authorization: Bearer TOKEN` of a device of an `hq` user; body "
                    "`{\"table\": \"contacts\", \"id\": ID}`. Blanks the record's personal "
                    "fields at headquarters and, at their next sync, on every computer that "
                    "holds it; the id stays, so references do not break. Erasing a record "
                    "erased before changes nothing (`already`). The same as "
                    "`lookingbeyond-server erase contact ID`.",
    )
    async def order_erasure(request: Request) -> dict[str, Any]:
        device = await run_in_threadpool(_device, engine, _bearer_token(request))
        _hq_only(device)
        try:
            body = json.loads(await _read_capped(request))
            table, record_id = body.get("table"), body.get("id")
        except (ValueError, AttributeError):
            table = record_id = None
        if not isinstance(table, str) or not isinstance(record_id, str) \
                or not wire.UUID_RE.match(record_id):
            raise ProtocolError("bad_request",
                                "the body must be {\"table\": TABLE, \"id\": UUID}")
        if table not in erasure.erasable_tables(registry):
            raise ProtocolError("bad_request", "only records of "
                                f"{', '.join(erasure.erasable_tables(registry))} hold personal "
                                "data that can be erased")

        def erase() -> erasure.Erased:
            with engine.begin() as connection:
                try:
                    return erasure.erase(connection, registry, table, record_id,
                                         user_name=device.user_name, device_id=device.device_id)
                except erasure.ErasureError:
                    # The only refusal left once the table is known (no personal data in it).
                    raise ProtocolError("not_found", "Headquarters has no such record.") from None

        done = await run_in_threadpool(erase)
        await run_in_threadpool(erasure.settle, engine)  # after the commit
        log.warning("device %s erased the personal data of %s %s", device.device_id, table,
                    record_id)
        return {"erased_on": done.erased_on, "already": done.already}

    @app.post(
        "/v1/wiped", summary="A device confirms it erased its data (remote wipe)",
        responses={
            200: {"description": "`{\"wiped_at\": TIME}`: recorded; the token is refused from now on"},
            **_error_responses("auth_required", "token_invalid", "token_expired",
                               "device_revoked", "forbidden"),
        },
        openapi_extra={"security": [{"bearer": []}]},
        description="`Authorization: Bearer TOKEN`, no body. Only after headquarters ordered "
                    "the wipe (`device_wipe`); see docs/security.md, The laptop.",
    )
    async def wiped(request: Request) -> dict[str, str]:
        token = _bearer_token(request)
        device = await run_in_threadpool(_device, engine, token)

        def confirm() -> str:
            with engine.begin() as connection:
                return accounts.confirm_wiped(connection, device.device_id)

        when = await run_in_threadpool(confirm)
        log.info("device %s confirmed it erased its data", device.device_id)
        return {"wiped_at": when}

    @app.post(
        "/v1/snapshot", summary="A first sync: the device's scope as current rows, in pages",
        response_class=Response,
        responses={
            200: {"description": "one page, gzip-compressed JSON (`Content-Encoding: gzip`): "
                                 "`{v, clock, cursor, next, d, dn, rows, conflicts}`, and `cols` "
                                 "(whole rows at one version, by table in columns) when asked",
                  "content": {"application/json": {"schema": {"type": "object"}}}},
            **_error_responses("bad_request", "bad_encoding", "auth_required", "token_invalid",
                               "token_expired", "device_revoked", "forbidden",
                               "body_too_large", "protocol_unsupported"),
        },
        openapi_extra={
            "requestBody": {
                "required": True,
                "description": "gzip-compressed JSON `{\"v\": 3, \"page\": null | token, "
                               "\"limit\": bytes, \"cols\": true | false}`, sent with "
                               "`Content-Encoding: gzip`",
                "content": {"application/json": {"schema": {"type": "object"}}},
            },
            "security": [{"bearer": []}],
        },
        description="`Authorization: Bearer TOKEN`. A device with nothing receives its scope "
                    "as pages of current rows, then pulls with `/v1/sync` from the page's "
                    "`cursor`; see docs/sync-protocol.md, Snapshots.",
    )
    async def snapshot(request: Request) -> Response:
        device, document = await _device_and_document(request)
        service = SnapshotService(SyncService(engine, registry, validator=validator))
        page = await run_in_threadpool(service.page, device, document)
        encoded = await run_in_threadpool(wire.encode_body, page)
        return Response(encoded, media_type="application/json",
                        headers={"Content-Encoding": "gzip"})

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version,
                                 description=app.description, routes=app.routes)
            components = schema.setdefault("components", {})
            schemas = components.setdefault("schemas", {})
            for name, model in (("SyncRequest", SyncRequestSchema), ("SyncResponse", SyncResponseSchema)):
                generated = model.model_json_schema(ref_template="#/components/schemas/{model}")
                schemas.update(generated.pop("$defs", {}))
                schemas[name] = generated
            components.setdefault("securitySchemes", {})["bearer"] = {
                "type": "http", "scheme": "bearer"}
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app


def _refuse_declared_size(request: Request) -> None:
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            size = int(declared)
        except ValueError:
            raise ProtocolError("bad_request", "Content-Length is not a number") from None
        if size > MAX_BODY_BYTES:
            raise ProtocolError("body_too_large", _too_large())


def _too_large() -> str:
    return (f"The request is larger than headquarters accepts ({MAX_BODY_BYTES // (1024 * 1024)} "
            "MiB compressed); send it in smaller batches.")


async def _read_capped(request: Request, *, limit: int = MAX_BODY_BYTES) -> bytes:
    """The body, read in chunks; stops reading as soon as it passes the limit."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ProtocolError("body_too_large", _too_large() if limit == MAX_BODY_BYTES else
                                f"The file is larger than any sync file ({limit // (1024 * 1024)} MiB).")
        chunks.append(chunk)
    return b"".join(chunks)


def _checked_keys(keys: BundleKeys | None) -> tuple[str, str] | None:
    """(sign, box) of a device's public keys, checked as keys; ProtocolError otherwise."""
    if keys is None:
        return None
    try:
        checked = PublicKeys.decode({"sign": keys.sign, "box": keys.box})
    except ValueError:
        raise ProtocolError("bad_request", "bundle_keys must be two 32-byte keys in base64") from None
    return checked.sign, checked.box


def _hq_only(device: DeviceContext) -> None:
    """Administration over the API is for hq users' devices only."""
    if device.scope.role != "hq":
        raise ProtocolError("forbidden", "Only the Civil Society Team (hq users) may do this.")


def _bearer_token(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ProtocolError("auth_required",
                            "This request needs the device's token: Authorization: Bearer TOKEN.")
    return token.strip()


def _device(engine: Engine, token: str) -> DeviceContext:
    with engine.connect() as connection:
        try:
            return accounts.device_for_token(connection, token)
        finally:
            connection.rollback()
