"""Believable demo data: CSOs in every UN region, in Latin, Arabic, Cyrillic and Chinese
scripts, their contacts, activities, participation and seed-funding grants, including the
real events of the Looking Beyond project (CoSP 3 in Doha, November 2009: 110
representatives of 40 CSOs; the UNCAC training with Transparency International, February
2011: 35 NGO representatives).

Deterministic for a given seed: the same seed gives the same records (and the same export).
Everything is written through the store's recorded write path, like any edit, under the
author name "demo".  For a person (``lookingbeyond demo``, the welcome screen) the folder
is also marked as a sandbox in the same transaction: it can never be enrolled or synced
(:mod:`lookingbeyond_desktop.store.sandbox`).
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from faker import Faker

from lookingbeyond_desktop.domain import reference, vocabulary
from lookingbeyond_desktop.store.database import Store, StoreError
from lookingbeyond_desktop.store.sandbox import can_hold_demo, mark_demo

ProgressCallback = Callable[[str, int, int], None]
BATCH = 5_000

ARABIC = {"DZ", "BH", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "OM", "PS", "QA", "SA", "SD",
          "SY", "TN", "AE", "YE", "MR"}
CYRILLIC = {"RU", "BY", "UA", "KZ", "KG", "TJ", "BG", "RS", "MK", "MN"}
CHINESE = {"CN", "TW", "HK", "MO"}
FRENCH = {"FR", "BE", "SN", "CI", "ML", "BF", "NE", "TG", "BJ", "CM", "CD", "CG", "GA", "MG",
          "HT", "GN", "TD", "CF", "BI", "RW", "DJ", "KM", "CH", "LU", "MC"}
SPANISH = {"ES", "MX", "GT", "HN", "SV", "NI", "CR", "PA", "CU", "DO", "CO", "VE", "EC", "PE",
           "BO", "CL", "AR", "PY", "UY"}
PORTUGUESE = {"BR", "PT", "AO", "MZ", "GW", "CV", "ST", "TL"}

CITIES: dict[str, list[str]] = {
    "KE": ["Nairobi", "Mombasa", "Kisumu"], "NG": ["Abuja", "Lagos", "Kano"],
    "ZA": ["Pretoria", "Johannesburg", "Cape Town"], "SN": ["Dakar", "Saint-Louis"],
    "EG": ["القاهرة", "الإسكندرية"], "MA": ["الرباط", "الدار البيضاء", "مراكش"],
    "TN": ["تونس", "صفاقس"], "JO": ["عمّان", "إربد"], "LB": ["بيروت", "طرابلس"],
    "QA": ["الدوحة"], "AE": ["أبوظبي", "دبي"], "SA": ["الرياض", "جدة"],
    "IQ": ["بغداد", "البصرة"], "YE": ["صنعاء", "عدن"], "DZ": ["الجزائر", "وهران"],
    "RU": ["Москва", "Санкт-Петербург", "Новосибирск"], "UA": ["Київ", "Харків"],
    "BY": ["Минск"], "KZ": ["Алматы", "Астана"], "KG": ["Бишкек", "Ош"], "TJ": ["Душанбе"],
    "CN": ["北京", "上海", "广州", "成都"], "TW": ["台北", "高雄"], "HK": ["香港"],
    "MX": ["Ciudad de México", "Monterrey", "Guadalajara"], "CO": ["Bogotá", "Medellín", "Cali"],
    "PE": ["Lima", "Cusco"], "BO": ["La Paz", "Santa Cruz de la Sierra"],
    "AR": ["Buenos Aires", "Córdoba"], "CL": ["Santiago", "Valparaíso"],
    "BR": ["Brasília", "São Paulo", "Rio de Janeiro", "Salvador"], "GT": ["Ciudad de Guatemala"],
    "FR": ["Paris", "Lyon"], "BE": ["Bruxelles", "Liège"], "CI": ["Abidjan", "Bouaké"],
    "CM": ["Yaoundé", "Douala"], "CD": ["Kinshasa", "Lubumbashi"],
    "IN": ["New Delhi", "Mumbai", "Kolkata"], "PK": ["Islamabad", "Lahore", "Karachi"],
    "AF": ["Kabul", "Herat"], "BD": ["Dhaka", "Chittagong"], "NP": ["Kathmandu"],
    "TH": ["Bangkok", "Chiang Mai"], "ID": ["Jakarta", "Surabaya"], "PH": ["Manila", "Cebu"],
    "VN": ["Hà Nội", "Thành phố Hồ Chí Minh"], "MM": ["Yangon"], "KH": ["Phnom Penh"],
    "GB": ["London", "Manchester"], "DE": ["Berlin", "Bonn"], "AT": ["Wien", "Graz"],
    "IT": ["Roma", "Milano"], "ES": ["Madrid", "Barcelona"], "US": ["New York", "Washington"],
    "CA": ["Ottawa", "Toronto"], "AU": ["Canberra", "Sydney"], "FJ": ["Suva"],
    "PG": ["Port Moresby"], "UG": ["Kampala"], "TZ": ["Dar es Salaam", "Dodoma"],
    "ET": ["Addis Ababa"], "GH": ["Accra", "Kumasi"], "ZM": ["Lusaka"], "MZ": ["Maputo"],
    "IR": ["Tehran"], "TR": ["Ankara", "İstanbul"], "UZ": ["Tashkent", "Samarkand"],
}

LATIN_NAMES = {
    "en": (["Centre for", "Coalition for", "Association for", "Network for", "Foundation for",
            "Alliance for", "Institute for", "Youth Action for", "Women's Forum for"],
           ["Integrity", "Justice", "Transparency", "Accountability", "Drug Prevention",
            "Human Rights", "Good Governance", "Victims' Support", "Community Health",
            "Rule of Law", "Anti-Trafficking Action", "Harm Reduction",
            "Anti-Corruption Action", "Fighting Corruption"]),
    "fr": (["Association pour", "Centre pour", "Réseau pour", "Fondation pour",
            "Collectif pour", "Observatoire de"],
           ["la Transparence", "la Justice", "l'Intégrité", "la Prévention des Drogues",
            "la Lutte contre la Corruption",
            "les Droits Humains", "la Bonne Gouvernance", "les Victimes de la Traite"]),
    "es": (["Fundación para", "Centro de Estudios sobre", "Red Ciudadana por", "Asociación por",
            "Observatorio de", "Colectivo por"],
           ["la Transparencia", "la Justicia", "la Integridad", "la Prevención de Drogas",
            "la Lucha contra la Corrupción",
            "los Derechos Humanos", "la Rendición de Cuentas", "las Víctimas de Trata"]),
    "pt": (["Instituto de", "Associação pela", "Rede Cidadã pela", "Fundação para a",
            "Observatório da"],
           ["Transparência", "Justiça", "Integridade", "Prevenção às Drogas", "Cidadania",
            "Combate à Corrupção"]),
}
ARABIC_NAMES = (["جمعية", "مركز", "المنظمة الوطنية", "شبكة", "مؤسسة", "المرصد"],
                ["لمكافحة الفساد", "للشفافية والنزاهة", "لحقوق الإنسان", "لمكافحة المخدرات",
                 "لمكافحة الاتجار بالبشر", "للحكم الرشيد", "لدعم الضحايا"])
CYRILLIC_NAMES = (["Фонд", "Центр", "Ассоциация", "Общественная организация", "Сеть"],
                  ["противодействия коррупции", "«Прозрачность»", "защиты прав человека",
                   "профилактики наркомании", "против торговли людьми", "правовой помощи"])
CHINESE_NAMES = (["反腐败协会", "法治研究中心", "禁毒志愿者协会", "透明与廉政促进会",
                  "反对拐卖人口网络", "社区健康促进中心"])
FAKER_LOCALES = {"ar": "ar_AA", "ru": "ru_RU", "zh": "zh_CN", "es": "es_ES", "fr": "fr_FR",
                 "pt": "pt_BR", "en": "en_GB"}


@dataclass
class DemoSummary:
    """How many records the demo wrote, per table."""

    counts: dict[str, int] = field(default_factory=dict)


def language_of(country: str) -> str:
    """The language whose script and names the demo uses for a country."""
    for language, members in (("ar", ARABIC), ("ru", CYRILLIC), ("zh", CHINESE), ("fr", FRENCH),
                              ("es", SPANISH), ("pt", PORTUGUESE)):
        if country in members:
            return language
    return "en"


class DemoGenerator:
    """Makes the demo records; deterministic for a seed."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fakers = {lang: Faker(locale) for lang, locale in FAKER_LOCALES.items()}
        for offset, faker in enumerate(self.fakers.values()):
            faker.seed_instance(seed + offset)
        countries = [c for c in reference.countries().values() if c.region_code]
        # Field offices work mostly where UNODC has offices: weight those countries up.
        self.countries = [c.iso2 for c in countries]
        self.weights = [8 if c.iso2 in CITIES else 1 for c in countries]
        self.region_of = {c.iso2: c.region_code for c in countries}
        self.themes = list(reference.themes())
        self.areas = [t.code for t in reference.theme_areas()]
        self.networks = list(reference.networks())
        self.org_types = list(vocabulary.ORG_TYPES)

    def uuid(self) -> str:
        """A random UUID drawn from the seeded generator."""
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def date_between(self, start: dt.date, end: dt.date) -> dt.date:
        """A day between two dates (inclusive)."""
        return start + dt.timedelta(days=self.rng.randint(0, (end - start).days))

    def org_name(self, country: str) -> tuple[str, str | None]:
        """A name and an acronym in the country's script."""
        language = language_of(country)
        city = self.rng.choice(CITIES.get(country, [""]))
        if language == "ar":
            name = f"{self.rng.choice(ARABIC_NAMES[0])} {self.rng.choice(ARABIC_NAMES[1])}"
            return (f"{name} في {city}" if city and self.rng.random() < 0.4 else name), None
        if language == "ru":
            name = f"{self.rng.choice(CYRILLIC_NAMES[0])} {self.rng.choice(CYRILLIC_NAMES[1])}"
            return (f"{name} ({city})" if city and self.rng.random() < 0.4 else name), None
        if language == "zh":
            return f"{city or '中国'}{self.rng.choice(CHINESE_NAMES)}", None
        heads, tails = LATIN_NAMES.get(language, LATIN_NAMES["en"])
        name = f"{self.rng.choice(heads)} {self.rng.choice(tails)}"
        if city and self.rng.random() < 0.5:
            name = f"{name} – {city}"
        acronym = "".join(w[0] for w in name.replace("–", " ").split() if w[:1].isupper())
        return name, (acronym if 2 <= len(acronym) <= 6 else None)

    def organization(self, country: str | None = None) -> dict[str, Any]:
        """One organization's fields."""
        country = country or self.rng.choices(self.countries, self.weights)[0]
        name, acronym = self.org_name(country)
        area = self.rng.choice(self.areas)
        subthemes = [t for t in self.themes if t.startswith(area + ".")]
        themes = [area, *self.rng.sample(subthemes, k=self.rng.randint(0, 2))]
        is_rlo = self.rng.random() < 0.02
        slug = "".join(ch for ch in (acronym or "cso").lower() if ch.isalnum()) or "cso"
        host = f"{slug}{self.rng.randint(1, 9999)}.org"
        return {
            "id": self.uuid(),
            "name": name,
            "acronym": acronym,
            "org_type": self.rng.choice(self.org_types),
            "country": country,
            "cities": self.rng.sample(CITIES.get(country, []), k=min(len(CITIES.get(country, [])),
                                                                    self.rng.randint(0, 2))),
            "themes": themes,
            "networks": self.rng.sample(self.networks, k=self.rng.choice((0, 0, 0, 1, 1, 2))),
            "is_rlo": is_rlo,
            "rlo_region": self.region_of[country] if is_rlo else None,
            "ecosoc_status": self.rng.choice(("none", "none", "none", "special", "roster", "general")),
            "email": f"info@{host}",
            "phone": f"+{self.rng.randint(1, 999)} {self.rng.randint(100000, 99999999)}",
            "website": f"https://www.{host}",
            "verified_on": self.date_between(dt.date(2009, 1, 1), dt.date(2011, 12, 31)),
            "notes": None,
        }

    def contact(self, org: dict[str, Any]) -> dict[str, Any]:
        """A contact person at ``org``, named in the organization's language."""
        faker = self.fakers[language_of(org["country"])]
        name = f"{faker.first_name()} {faker.last_name()}"
        return {
            "id": self.uuid(),
            "organization_id": org["id"],
            "full_name": name,
            "position": self.rng.choice(("Director", "Programme officer", "Coordinator",
                                         "President", "Legal adviser", None)),
            "email": f"contact{self.rng.randint(1, 10**6)}@{org['website'].split('www.')[-1]}",
            "consent_on": self.date_between(dt.date(2009, 1, 1), dt.date(2011, 12, 31)),
        }


class DemoRefused(StoreError):
    """Demo data cannot go into this folder (it holds records, or is connected to
    headquarters): demo data lives only in a folder of its own."""


def _batches(items: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(items), BATCH):
        yield items[start : start + BATCH]


def generate(
    store: Store,
    *,
    organizations: int = 2_000,
    seed: int = 1,
    participations_per_org: int = 3,
    progress: ProgressCallback | None = None,
    sandbox: bool = False,
) -> DemoSummary:
    """Fill ``store`` (which must hold no organizations yet) with demo data.

    ``sandbox``: mark the folder as a demo folder in the same transaction, so that it can
    never be enrolled or synced (what ``lookingbeyond demo`` and the welcome screen do);
    a folder with records or connected to headquarters is then refused with
    :class:`DemoRefused`.  Tests and benchmarks that sync generated data leave it False."""
    gen = DemoGenerator(seed)
    orgs = _seed_organizations(gen)
    orgs += [gen.organization() for _ in range(max(0, organizations - len(orgs)))]
    orgs = orgs[:organizations] if organizations >= len(_SEEDED) else orgs[:len(_SEEDED)]
    contacts = [gen.contact(org) for org in orgs for _ in range(gen.rng.choice((0, 1, 1, 2)))]
    _flag_at_risk(orgs, contacts)
    activities, participations = _activities(gen, orgs, contacts, participations_per_org)
    grants = _grants(gen, orgs, activities)
    summary = DemoSummary()
    plan = [("organizations", orgs), ("contacts", contacts), ("activities", activities),
            ("participations", participations), ("grants", grants)]
    total = sum(len(rows) for _, rows in plan)
    done = 0
    with store.write(author="demo") as writer:
        if sandbox:
            why = can_hold_demo(writer.connection)
            if why is not None:
                raise DemoRefused(f"Demo data was not added to {store.folder}: {why}. Demo data "
                                  "goes into a new, empty data folder of its own.")
            mark_demo(writer.connection)
        for table, rows in plan:
            for batch in _batches(rows):
                items = [(row.pop("id"), row) for row in batch]
                writer.apply(_checked(writer.prepare_many(table, items), table))
                done += len(batch)
                if progress:
                    progress(table, done, total)
            summary.counts[table] = len(rows)
    with store.engine.connect() as connection:
        connection.exec_driver_sql("INSERT INTO organizations_fts(organizations_fts) VALUES ('optimize')")
        connection.exec_driver_sql("PRAGMA optimize")
        connection.commit()
    return summary


def _checked(prepared: list[Any], table: str) -> list[Any]:
    for item in prepared:
        if item.errors:  # a bug in the generator, not bad input: say exactly what
            raise AssertionError(f"demo {table} row is invalid: {item.errors} {item.values}")
    return prepared


AT_RISK_DEMO = 2  # made-up organizations flagged at risk in a demo set

# Every demo set begins with these organizations, written under the author "demo": the
# migration 0006 recognises a demo folder made before the sandbox mark by them.
_SEEDED = [
    # name, acronym, country, cities, themes, networks, is_rlo
    ("Transparency International", "TI", "DE", ["Berlin"], ["corruption", "corruption.uncac"],
     ["uncac_coalition"], False),
    ("UNCAC Coalition", None, "DE", ["Berlin"], ["corruption", "corruption.review_mechanism"],
     ["uncac_coalition"], False),
    ("Vienna NGO Committee on Drugs", "VNGOC", "AT", ["Wien"], ["drugs"], ["vngoc"], False),
    ("Alliance of NGOs on Crime Prevention and Criminal Justice", None, "US", ["New York"],
     ["crime", "crime.justice_reform"], ["cpcj_alliance"], False),
    ("Transparencia Mexicana", "TM", "MX", ["Ciudad de México"], ["corruption"],
     ["ti_chapter", "uncac_coalition"], True),
    ("Transparência Brasil", None, "BR", ["São Paulo"], ["corruption"], ["uncac_coalition"], False),
    ("ترانسبرانسي المغرب", None, "MA", ["الرباط"], ["corruption", "corruption.uncac"],
     ["ti_chapter"], True),
    ("Центр «Трансперенси Интернешнл – Р»", "ТИ-Р", "RU", ["Москва"], ["corruption"],
     ["ti_chapter"], False),
    ("透明国际中国联络处", None, "CN", ["北京"], ["corruption"], [], False),
    ("Transparency International Kenya", "TI-Kenya", "KE", ["Nairobi"], ["corruption"],
     ["ti_chapter", "uncac_coalition"], True),
]


def _flag_at_risk(orgs: list[dict[str, Any]], contacts: list[dict[str, Any]]) -> None:
    """Flag two made-up organizations with contacts at risk (issue 13), so the demo shows
    the flag; never one of the real organizations above.  Draws nothing from the random
    generator: the rest of the demo data stays the same for a seed."""
    with_people = {contact["organization_id"] for contact in contacts}
    made_up = [org for org in orgs[len(_SEEDED):] if org["id"] in with_people]
    for org in made_up[:AT_RISK_DEMO]:
        org["at_risk"] = True


def _seed_organizations(gen: DemoGenerator) -> list[dict[str, Any]]:
    orgs = []
    for name, acronym, country, cities, themes, networks, is_rlo in _SEEDED:
        org = gen.organization(country)
        org.update(name=name, acronym=acronym, cities=cities, themes=themes, networks=networks,
                   is_rlo=is_rlo, rlo_region=gen.region_of[country] if is_rlo else None,
                   ecosoc_status="special")
        orgs.append(org)
    return orgs


def _split(rng: random.Random, total: int, parts: int) -> list[int]:
    """``total`` split into ``parts`` positive whole numbers."""
    cuts = sorted(rng.sample(range(1, total), parts - 1))
    return [b - a for a, b in zip([0, *cuts], [*cuts, total])]


def _participation(gen: DemoGenerator, activity: dict[str, Any], org: dict[str, Any],
                   contact: dict[str, Any] | None, representatives: int) -> dict[str, Any]:
    women = gen.rng.randint(0, representatives) if gen.rng.random() < 0.6 else None
    return {
        "id": gen.uuid(),
        "activity_id": activity["id"],
        "organization_id": org["id"],
        "contact_id": contact["id"] if contact else None,
        "role": gen.rng.choices(list(vocabulary.PARTICIPATION_ROLES), (20, 3, 1, 1, 2, 1))[0],
        "representatives": representatives,
        "women": women,
        "men": None if women is None else representatives - women,
    }


def _activities(
    gen: DemoGenerator, orgs: list[dict[str, Any]], contacts: list[dict[str, Any]], per_org: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    contact_of: dict[str, dict[str, Any]] = {}
    for contact in contacts:
        contact_of.setdefault(contact["organization_id"], contact)
    by_region: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for org in orgs:
        by_region[gen.region_of[org["country"]]].append(org)
    meetings = reference.meetings()
    offices = list(reference.offices())
    activities: list[dict[str, Any]] = []
    participations: list[dict[str, Any]] = []

    def add(activity: dict[str, Any], members: list[dict[str, Any]], reps: list[int]) -> None:
        activities.append(activity)
        for org, count in zip(members, reps):
            participations.append(_participation(gen, activity, org, contact_of.get(org["id"]), count))

    # The real events of the seeds.
    ti, coalition = orgs[0], orgs[1]
    cosp3 = meetings["COSP3"]
    doha = gen.rng.sample(orgs, k=min(40, len(orgs)))
    add({"id": gen.uuid(), "title": "CSO participation in the third session of the Conference of "
         "the States Parties to UNCAC", "activity_type": "meeting_participation",
         "start_date": cosp3.start, "end_date": cosp3.end, "city": "Doha", "country": "QA",
         "themes": ["corruption", "corruption.uncac"], "organizing_office": "HQ",
         "meeting": "COSP3", "member_states": ["QA"],
         "outcomes": "110 representatives of 40 civil-society organizations took part."},
        doha, _split(gen.rng, 110, len(doha)) if len(doha) == 40 else [1] * len(doha))
    trained = gen.rng.sample(orgs, k=min(35, len(orgs)))
    add({"id": gen.uuid(), "title": "Training of NGO representatives on UNCAC and its Review "
         "Mechanism, with Transparency International", "activity_type": "training",
         "start_date": dt.date(2011, 2, 14), "end_date": dt.date(2011, 2, 18), "city": "Wien",
         "country": "AT", "themes": ["corruption", "corruption.review_mechanism"],
         "organizing_office": "HQ", "co_organizers": [ti["id"]],
         "outcomes": "35 NGO representatives trained to contribute to the UNCAC review."},
        trained, [1] * len(trained))
    congress = meetings["CONGRESS12"]
    latin = [o for o in orgs if gen.region_of[o["country"]] == "019"][:25]
    add({"id": gen.uuid(), "title": "Engagement of Civil Society in the UNCAC Review: Latin "
         "American Perspectives", "activity_type": "side_event", "start_date": congress.start,
         "end_date": congress.start, "city": "Salvador", "country": "BR",
         "themes": ["corruption", "corruption.review_mechanism"], "organizing_office": "HQ",
         "co_organizers": [coalition["id"]], "meeting": "CONGRESS12", "member_states": ["BR"]},
        latin, [gen.rng.randint(1, 3) for _ in latin])

    # Regional activities until the participation target is reached.
    target = per_org * len(orgs)
    titles = {t: label for t, label in vocabulary.ACTIVITY_TYPES.items()}
    regions = sorted(by_region)
    while len(participations) < target:
        region = gen.rng.choice(regions)
        pool = by_region[region]
        kind = gen.rng.choice(list(titles))
        start = gen.date_between(dt.date(2009, 1, 15), dt.date(2011, 11, 30))
        host = gen.rng.choice(pool)
        meeting = gen.rng.choice(list(meetings)) if kind in ("side_event", "meeting_participation") else None
        if meeting:
            start = meetings[meeting].start
        size = min(len(pool), gen.rng.randint(5, 120), target - len(participations))
        members = gen.rng.sample(pool, k=size)
        theme = gen.rng.choice(gen.areas)
        add({"id": gen.uuid(),
             "title": f"{titles[kind]} — {reference.regions()[region].name}, {start.year}",
             "activity_type": kind, "start_date": start,
             "end_date": start + dt.timedelta(days=gen.rng.randint(0, 4)),
             "city": (gen.rng.choice(CITIES[host["country"]]) if host["country"] in CITIES else None),
             "country": host["country"], "themes": [theme], "organizing_office": gen.rng.choice(offices),
             "meeting": meeting,
             "member_states": sorted({host["country"], *gen.rng.sample(gen.countries, k=2)}),
             "co_organizers": [host["id"]] if kind == "joint_activity" else []},
            members, [gen.rng.randint(1, 4) for _ in members])
    return activities, participations


def _grants(
    gen: DemoGenerator, orgs: list[dict[str, Any]], activities: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    rlos = [org for org in orgs if org["is_rlo"]]
    consultations = [a for a in activities if a["activity_type"] == "regional_consultation"]
    grants = []
    for org in rlos:
        status = gen.rng.choice(vocabulary.GRANT_FLOW)
        step = vocabulary.GRANT_FLOW.index(status)
        approved = gen.date_between(dt.date(2009, 12, 1), dt.date(2011, 6, 30))
        disbursed = approved + dt.timedelta(days=gen.rng.randint(10, 60))
        grants.append({
            "id": gen.uuid(),
            "organization_id": org["id"],
            "amount": f"{gen.rng.randrange(5_000, 30_001, 500)}.00",
            "currency": gen.rng.choice(("USD", "USD", "EUR")),
            "purpose": "Regional consultation of civil society after the intergovernmental meeting",
            "follows_meeting": gen.rng.choice(("COSP3", "CONGRESS12", "COSP4", "CND54")),
            "status": status,
            "approved_on": approved if step >= 1 else None,
            "disbursed_on": disbursed if step >= 2 else None,
            "report_received_on": disbursed + dt.timedelta(days=90) if step >= 3 else None,
            "activity_ids": [a["id"] for a in gen.rng.sample(consultations, k=min(1, len(consultations)))],
        })
    return grants
