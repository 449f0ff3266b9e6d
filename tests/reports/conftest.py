"""The hand-made dataset every report test counts on (indicators, exports, the Reports page).

Written through the store's recorded write path (``store.write()``), like any edit, then a
few records are deleted (tombstoned): those must never count.  Figures are worked out by
hand in ``tests/reports/test_indicators.py``; the headline ones are repeated at the end of
this docstring for the other report tests.  Reports on it are computed with
``today=HAND_MADE_TODAY`` (fixture ``hand_made_today``) and the rates of
``hand_made_rates`` (EUR 1.08, GBP 1.25 US dollars).

Organizations (UN M49 region / sub-region; dev.: based in a developing country)

=====  ===================================  ==  ========================  ====  ===========
key    name                                 at  M49 region / sub-region   dev.  verified_on
=====  ===================================  ==  ========================  ====  ===========
tm     Transparencia Mexicana               MX  019 Americas / 419        yes   2011-06-01
tma    ترانسبرانسي المغرب                     MA  002 Africa / 015          yes   2009-12-01
cn     透明国际中国联络处                     CN  142 Asia / 030            yes   never
vngoc  Vienna NGO Committee on Drugs        AT  150 Europe / 155          no    2011-09-01
tik    Transparency International Kenya     KE  002 Africa / 202 (014)    yes   2011-03-01
tir    Центр «Трансперенси Интернешнл – Р»  RU  150 Europe / 151          no    2011-11-01
idle   Quiet Foundation for Justice         GB  150 Europe / 154          no    2011-10-01
gone   Association disparue (DELETED)       FR  150 Europe / 155          no    2011-01-01
=====  ===================================  ==  ========================  ====  ===========

=====  ===================================  ============================  ===========
key    themes                               networks                      RLO region
=====  ===================================  ============================  ===========
tm     corruption, corruption.uncac         ti_chapter, uncac_coalition   019
tma    corruption                           ti_chapter                    002
cn     drugs.prevention                     —                             —
vngoc  drugs                                vngoc                         —
tik    corruption, crime.human_trafficking  uncac_coalition               002
tir    corruption                           ti_chapter                    —
idle   crime                                —                             —
gone   corruption                           —                             —
=====  ===================================  ============================  ===========

``idle`` took part only in a deleted activity: it is never engaged.  ``gone`` took part in
CoSP 3 and co-organized the Rabat consultation, then was deleted: neither counts.

Contacts: ``ana`` (Ana Gómez, at tm: CoSP 3, its side event and CND 53 — three events, one
person), ``karim`` (كريم بنعلي, at tma: CoSP 3), ``wanjiru`` (Wanjiru Kamau, at tik: the side
event and the Nairobi dialogue).

Activities

==========  =====================  ==========  ==  ======  =======  ==============  ==========
key         type                   start       at  office  meeting  co-organizers   states
==========  =====================  ==========  ==  ======  =======  ==============  ==========
cosp3       meeting_participation  2009-11-09  QA  HQ      COSP3    —               QA
cosp3_side  side_event             2009-11-10  QA  HQ      COSP3    tik             —
cnd53       meeting_participation  2010-03-08  AT  HQ      CND53    —               AT
joint       joint_activity         2010-06-15  KE  RO-KE   —        tma             KE, TZ, UG
consult     regional_consultation  2011-03-20  MA  RO-EG   —        gone (deleted)  MA
planned     dialogue               2011-05-10  CN  RO-TH   —        —               —
cancelled   training (DELETED)     2010-09-01  GB  HQ      —        —               —
==========  =====================  ==========  ==  ======  =======  ==============  ==========

Their themes: cosp3 corruption, corruption.uncac; cosp3_side corruption.review_mechanism;
cnd53 drugs, drugs.prevention; joint corruption.prevention; consult crime,
crime.human_trafficking; planned drugs.treatment; cancelled crime.  "states": the Member
States named (``member_states``).

``planned`` has no participation at all (an activity without counts).

Participations (reps = representatives; W/M = women/men as recorded, "—" not recorded)

==================  ==========  =====  =======  ====  ===  ===  ==========================
key                 activity    org    contact  reps  W    M    note
==================  ==========  =====  =======  ====  ===  ===  ==========================
p_cosp3_tm          cosp3       tm     ana      3     2    1
p_cosp3_tma         cosp3       tma    karim    2     —    —
p_cosp3_cn          cosp3       cn     —        1     0    1
p_cosp3_gone        cosp3       gone   —        5     5    0    its organization is deleted
p_side_tm           cosp3_side  tm     ana      1     1    0
p_side_tik          cosp3_side  tik    wanjiru  2     1    1
p_side_cn           cosp3_side  cn     —        7     —    —    DELETED
p_cnd53_vngoc       cnd53       vngoc  —        4     1    1    sex recorded for 2 of 4
p_cnd53_cn          cnd53       cn     —        1     —    —
p_cnd53_tm          cnd53       tm     ana      1     1    0
p_joint_tik         joint       tik    wanjiru  3     2    1
p_consult_tma       consult     tma    —        2     1    1
p_consult_tik       consult     tik    —        1     —    —
p_consult_tir       consult     tir    —        2     0    2
p_cancelled_idle    cancelled   idle   —        2     —    —    deleted with its activity
==================  ==========  =====  =======  ====  ===  ===  ==========================

Grants

======  =====  ========  ========  ========  ===========  ===============  ================
key     org    amount    currency  status    approved_on  follows_meeting  paid for
======  =====  ========  ========  ========  ===========  ===============  ================
g_tm    tm     15000.00  USD       approved  2010-01-15   COSP3            consult
g_tma   tma    8000.00   EUR       approved  2010-02-01   COSP3            consult
g_tik   tik    5000.00   EUR       proposed  —            —                —
g_gone  tm     99999.00  USD       proposed  —            —                —  (DELETED)
======  =====  ========  ========  ========  ===========  ===============  ================

Headline figures, no filter (worked out in test_indicators.py): 6 organizations engaged,
23 representatives, 20 people (3 named), 6 activities, CoSP 3: 4 organizations and 9
representatives (4 women, 3 men, 2 not recorded) in 2 activities; CND 53: 3 organizations,
6 representatives; women 9 of 17 recorded; grants: approved 2 (USD 15,000 + EUR 8,000 =
USD 23,640), proposed 1 (EUR 5,000 = USD 5,400).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from lookingbeyond_desktop.reports.model import RatesInfo
from lookingbeyond_desktop.store import Store

#: The day reports on the hand-made data are computed on (for "verified over a year ago").
HAND_MADE_TODAY = dt.date(2011, 12, 31)

_ORGS: dict[str, dict[str, object]] = {
    "tm": {"name": "Transparencia Mexicana", "acronym": "TM", "country": "MX",
           "themes": ["corruption", "corruption.uncac"],
           "networks": ["ti_chapter", "uncac_coalition"], "is_rlo": True, "rlo_region": "019",
           "verified_on": "2011-06-01"},
    "tma": {"name": "ترانسبرانسي المغرب", "country": "MA", "themes": ["corruption"],
            "networks": ["ti_chapter"], "is_rlo": True, "rlo_region": "002",
            "verified_on": "2009-12-01"},
    "cn": {"name": "透明国际中国联络处", "country": "CN", "themes": ["drugs.prevention"]},
    "vngoc": {"name": "Vienna NGO Committee on Drugs", "acronym": "VNGOC", "country": "AT",
              "themes": ["drugs"], "networks": ["vngoc"], "verified_on": "2011-09-01"},
    "tik": {"name": "Transparency International Kenya", "acronym": "TI-Kenya", "country": "KE",
            "themes": ["corruption", "crime.human_trafficking"],
            "networks": ["uncac_coalition"], "is_rlo": True, "rlo_region": "002",
            "verified_on": "2011-03-01"},
    "tir": {"name": "Центр «Трансперенси Интернешнл – Р»", "acronym": "ТИ-Р", "country": "RU",
            "themes": ["corruption"], "networks": ["ti_chapter"], "verified_on": "2011-11-01"},
    "idle": {"name": "Quiet Foundation for Justice", "country": "GB", "themes": ["crime"],
             "verified_on": "2011-10-01"},
    "gone": {"name": "Association disparue", "country": "FR", "themes": ["corruption"],
             "verified_on": "2011-01-01"},
}

_CONTACTS: dict[str, tuple[str, str]] = {  # key: (organization, full name)
    "ana": ("tm", "Ana Gómez"),
    "karim": ("tma", "كريم بنعلي"),
    "wanjiru": ("tik", "Wanjiru Kamau"),
}

_ACTIVITIES: dict[str, dict[str, object]] = {
    "cosp3": {"title": "CSO participation in CoSP 3", "activity_type": "meeting_participation",
              "start_date": "2009-11-09", "end_date": "2009-11-13", "city": "Doha",
              "country": "QA", "themes": ["corruption", "corruption.uncac"],
              "organizing_office": "HQ", "meeting": "COSP3", "member_states": ["QA"]},
    "cosp3_side": {"title": "Side event: civil society and the UNCAC review",
                   "activity_type": "side_event", "start_date": "2009-11-10", "country": "QA",
                   "themes": ["corruption.review_mechanism"], "organizing_office": "HQ",
                   "meeting": "COSP3", "co_organizers": ["tik"]},
    "cnd53": {"title": "CSO participation in CND 53", "activity_type": "meeting_participation",
              "start_date": "2010-03-08", "country": "AT", "themes": ["drugs", "drugs.prevention"],
              "organizing_office": "HQ", "meeting": "CND53", "member_states": ["AT"]},
    "joint": {"title": "Joint dialogue on preventing corruption, Nairobi",
              "activity_type": "joint_activity", "start_date": "2010-06-15", "country": "KE",
              "themes": ["corruption.prevention"], "organizing_office": "RO-KE",
              "member_states": ["KE", "UG", "TZ"], "co_organizers": ["tma"]},
    "consult": {"title": "Regional consultation on trafficking in persons, Rabat",
                "activity_type": "regional_consultation", "start_date": "2011-03-20",
                "country": "MA", "themes": ["crime", "crime.human_trafficking"],
                "organizing_office": "RO-EG", "member_states": ["MA"],
                "co_organizers": ["gone"]},
    "planned": {"title": "Dialogue on drug treatment (no participation recorded)",
                "activity_type": "dialogue", "start_date": "2011-05-10", "country": "CN",
                "themes": ["drugs.treatment"], "organizing_office": "RO-TH"},
    "cancelled": {"title": "Cancelled training", "activity_type": "training",
                  "start_date": "2010-09-01", "country": "GB", "themes": ["crime"],
                  "organizing_office": "HQ"},
}

# key: (activity, organization, contact, representatives, women, men)
_PARTICIPATIONS: dict[str, tuple[str, str, str | None, int, int | None, int | None]] = {
    "p_cosp3_tm": ("cosp3", "tm", "ana", 3, 2, 1),
    "p_cosp3_tma": ("cosp3", "tma", "karim", 2, None, None),
    "p_cosp3_cn": ("cosp3", "cn", None, 1, 0, 1),
    "p_cosp3_gone": ("cosp3", "gone", None, 5, 5, 0),
    "p_side_tm": ("cosp3_side", "tm", "ana", 1, 1, 0),
    "p_side_tik": ("cosp3_side", "tik", "wanjiru", 2, 1, 1),
    "p_side_cn": ("cosp3_side", "cn", None, 7, None, None),
    "p_cnd53_vngoc": ("cnd53", "vngoc", None, 4, 1, 1),
    "p_cnd53_cn": ("cnd53", "cn", None, 1, None, None),
    "p_cnd53_tm": ("cnd53", "tm", "ana", 1, 1, 0),
    "p_joint_tik": ("joint", "tik", "wanjiru", 3, 2, 1),
    "p_consult_tma": ("consult", "tma", None, 2, 1, 1),
    "p_consult_tik": ("consult", "tik", None, 1, None, None),
    "p_consult_tir": ("consult", "tir", None, 2, 0, 2),
    "p_cancelled_idle": ("cancelled", "idle", None, 2, None, None),
}

_GRANTS: dict[str, dict[str, object]] = {
    "g_tm": {"organization_id": "tm", "amount": "15000.00", "currency": "USD",
             "purpose": "Regional consultation after CoSP 3", "status": "approved",
             "approved_on": "2010-01-15", "follows_meeting": "COSP3",
             "activity_ids": ["consult"]},
    "g_tma": {"organization_id": "tma", "amount": "8000.00", "currency": "EUR",
              "purpose": "North African follow-up of CoSP 3", "status": "approved",
              "approved_on": "2010-02-01", "follows_meeting": "COSP3",
              "activity_ids": ["consult"]},
    "g_tik": {"organization_id": "tik", "amount": "5000.00", "currency": "EUR",
              "purpose": "East African network meeting", "status": "proposed"},
    "g_gone": {"organization_id": "tm", "amount": "99999.00", "currency": "USD",
               "purpose": "Entered by mistake", "status": "proposed"},
}

#: The records deleted after they were written (tombstones that must never count).
DELETED = ("p_side_cn", "gone", "cancelled", "g_gone")


def fill_hand_made(store: Store) -> dict[str, str]:
    """Write the hand-made dataset into ``store``; returns the ids by readable key."""
    ids: dict[str, str] = {}
    with store.write(author="tester") as writer:
        for key, values in _ORGS.items():
            ids[key] = writer.create("organizations", values)
        for key, (org, name) in _CONTACTS.items():
            ids[key] = writer.create("contacts", {"organization_id": ids[org], "full_name": name,
                                                  "consent_on": "2009-10-01", "erased_on": None})
        for key, values in _ACTIVITIES.items():
            record = dict(values)
            co_organizers = record.get("co_organizers")
            if isinstance(co_organizers, list):
                record["co_organizers"] = [ids[org] for org in co_organizers]
            ids[key] = writer.create("activities", record)
        for key, (activity, org, contact, reps, women, men) in _PARTICIPATIONS.items():
            ids[key] = writer.create("participations", {
                "activity_id": ids[activity], "organization_id": ids[org],
                "contact_id": ids[contact] if contact else None,
                "representatives": reps, "women": women, "men": men})
        for key, values in _GRANTS.items():
            record = dict(values)
            record["organization_id"] = ids[str(record["organization_id"])]
            paid = record.get("activity_ids")
            if isinstance(paid, list):
                record["activity_ids"] = [ids[activity] for activity in paid]
            ids[key] = writer.create("grants", record)
    with store.write(author="tester") as writer:
        writer.delete("participations", ids["p_side_cn"])
        writer.delete("organizations", ids["gone"])
        writer.delete("activities", ids["cancelled"])
        writer.delete("grants", ids["g_gone"])
    return ids


@pytest.fixture
def hand_made(store: Store) -> dict[str, str]:
    """The ``store`` fixture filled with the hand-made dataset (module docstring); returns
    the ids of its records by readable key ("tm", "cosp3", "p_cosp3_tm", "g_tma", "ana"…)."""
    return fill_hand_made(store)


@pytest.fixture
def hand_made_store(store: Store, hand_made: dict[str, str]) -> Store:
    """The store holding the hand-made dataset (its ids: the ``hand_made`` fixture)."""
    return store


@pytest.fixture
def hand_made_today() -> dt.date:
    """The day reports on the hand-made data are computed on: 2011-12-31."""
    return HAND_MADE_TODAY


@pytest.fixture
def hand_made_rates() -> RatesInfo:
    """Fixed rates for the hand-made data: 1 USD, 1.08 USD per EUR, 1.25 USD per GBP."""
    return RatesInfo(as_of=dt.date(2011, 12, 1), source="test rates",
                     usd_per_unit={"USD": Decimal("1"), "EUR": Decimal("1.08"),
                                   "GBP": Decimal("1.25")})
