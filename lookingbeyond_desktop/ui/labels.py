"""Readable, translated labels for the codes stored in the database.

Vocabulary labels are English source strings translated in the ``vocabulary`` context;
reference names (countries, regions, themes) in the ``reference`` context.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLocale

from lookingbeyond_desktop.domain import reference, vocabulary


def tr_vocabulary(label: str) -> str:
    """A vocabulary label in the user's language."""
    return QCoreApplication.translate("vocabulary", label)


def tr_reference(name: str) -> str:
    """A reference-data name in the user's language."""
    return QCoreApplication.translate("reference", name)


def org_type(code: str | None) -> str:
    """The label of an organization type code."""
    return tr_vocabulary(vocabulary.ORG_TYPES.get(code or "", code or ""))


def activity_type(code: str | None) -> str:
    """The label of an activity type code."""
    return tr_vocabulary(vocabulary.ACTIVITY_TYPES.get(code or "", code or ""))


def role(code: str | None) -> str:
    """The label of a participation role."""
    return tr_vocabulary(vocabulary.PARTICIPATION_ROLES.get(code or "", code or ""))


def grant_status(code: str | None) -> str:
    """The label of a grant status."""
    return tr_vocabulary(vocabulary.GRANT_STATUSES.get(code or "", code or ""))


def ui_language() -> str:
    """The UN language of the interface ("en", "fr", "es", "ru", "ar" or "zh"): the
    default locale's (app.install_translators sets it), English for any other."""
    language = QLocale().name().split("_")[0]
    return language if language in ("fr", "es", "ru", "ar", "zh") else "en"


@functools.cache
def _country_names(language: str) -> dict[str, str]:
    """Country names in ``language``: the iso-codes translations baked into the reference
    data (resources/tools/build_countries.py), the English name where one is missing."""
    return {code: (c.names.get(language) or (c.name,))[0]
            for code, c in reference.countries().items()}


def country(code: str | None) -> str:
    """A country's name in the interface's language (the code itself when unknown)."""
    if not code:
        return ""
    return _country_names(ui_language()).get(code, code)


@functools.cache
def _region_of() -> dict[str, str]:
    return {code: c.region_code or "" for code, c in reference.countries().items()}


def region_of_country(code: str | None) -> str:
    """The name of the UN M49 region of a country."""
    region = _region_of().get(code or "")
    return tr_reference(reference.regions()[region].name) if region else ""


def region(code: str | None) -> str:
    """A UN M49 region's name."""
    found = reference.regions().get(code or "")
    return tr_reference(found.name) if found else (code or "")


@functools.cache
def _theme_names() -> dict[str, str]:
    return {code: t.name for code, t in reference.themes().items()}


def theme(code: str) -> str:
    """A thematic area's name."""
    return tr_reference(_theme_names().get(code, code))


def themes(codes: Iterable[str], *, areas_only: bool = True) -> str:
    """Names of thematic areas, comma-separated (sub-themes left out unless asked)."""
    chosen = [code for code in codes if not areas_only or "." not in code]
    return ", ".join(theme(code) for code in chosen)


@functools.cache
def _network_names() -> dict[str, str]:
    return {code: (n.acronym or n.name) for code, n in reference.networks().items()}


def networks(codes: Iterable[str]) -> str:
    """Short names of networks, comma-separated."""
    return ", ".join(_network_names().get(code, code) for code in codes)


def meeting(code: str | None) -> str:
    """An intergovernmental meeting's short name."""
    found = reference.meetings().get(code or "")
    return tr_reference(found.short) if found else (code or "")
