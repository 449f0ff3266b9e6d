"""Write tests/data/duplicates_labelled.json: pairs of organization records labelled as the
same organization or not, for tests/store/test_duplicates_labelled.py and
bench/bench_duplicates.py.

    .venv/bin/python tests/data/make_duplicates_labelled.py

Deterministic.  The organizations are fictional, made of the words CSO names are made of,
in English, French, Spanish, Arabic, Russian and Chinese and in Latin spellings of the last
three.  Some topics ("refugees", "environment", "prisoners", "disability") are on purpose
words that matching's glossary does not know, so that translated names of those are missed
as they would be in real life.  Look-alikes that are *not* duplicates: national chapters of
one network, one acronym for two bodies, one kind of body on one topic in two cities, one
name in two countries, names one proper name apart.  Each pair is in the ``tune`` or the
``test`` half (alternately within each kind of pair).
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

OUT = Path(__file__).with_name("duplicates_labelled.json")

# language → (kind template, …).  {t}: topic, rendered in that language.
KINDS: dict[str, dict[str, str]] = {
    "center": {"en": "Centre for {t}", "fr": "Centre pour {t}", "es": "Centro para {t}",
               "ar": "مركز {t}", "ar_tr": "Markaz {t}", "ru": "Центр {t}", "ru_tr": "Tsentr {t}",
               "zh": "{t}中心", "zh_tr": "{t} Zhongxin"},
    "association": {"en": "Association for {t}", "fr": "Association pour {t}",
                    "es": "Asociación para {t}", "ar": "جمعية {t}", "ar_tr": "Jamiyat {t}",
                    "ru": "Ассоциация {t}", "ru_tr": "Assotsiatsiya {t}", "zh": "{t}协会",
                    "zh_tr": "{t} Xiehui"},
    "network": {"en": "Network for {t}", "fr": "Réseau pour {t}", "es": "Red para {t}",
                "ar": "شبكة {t}", "ar_tr": "Shabakat {t}", "ru": "Сеть {t}", "ru_tr": "Set {t}",
                "zh": "{t}网络", "zh_tr": "{t} Wangluo"},
    "foundation": {"en": "Foundation for {t}", "fr": "Fondation pour {t}",
                   "es": "Fundación para {t}", "ar": "مؤسسة {t}", "ar_tr": "Muassasat {t}",
                   "ru": "Фонд {t}", "ru_tr": "Fond {t}", "zh": "{t}基金会", "zh_tr": "{t} Jijinhui"},
    "forum": {"en": "Forum for {t}", "fr": "Forum pour {t}", "es": "Foro para {t}",
              "ar": "منتدى {t}", "ar_tr": "Muntada {t}", "ru": "Форум {t}", "ru_tr": "Forum {t}",
              "zh": "{t}论坛", "zh_tr": "{t} Luntan"},
    "observatory": {"en": "Observatory of {t}", "fr": "Observatoire de {t}",
                    "es": "Observatorio de {t}", "ar": "مرصد {t}", "ar_tr": "Marsad {t}",
                    "ru": "Обсерватория {t}", "ru_tr": "Observatoriya {t}", "zh": "{t}观察",
                    "zh_tr": "{t} Guancha"},
}
TOPICS: dict[str, dict[str, str]] = {
    "anticorruption": {"en": "Fighting Corruption", "fr": "la Lutte contre la Corruption",
                       "es": "la Lucha contra la Corrupción", "ar": "لمكافحة الفساد",
                       "ar_tr": "li-Mukafahat al-Fasad", "ru": "противодействия коррупции",
                       "ru_tr": "protivodeystviya korruptsii", "zh": "反腐败", "zh_tr": "Fan Fubai"},
    "transparency": {"en": "Transparency and Integrity", "fr": "la Transparence et l'Intégrité",
                     "es": "la Transparencia y la Integridad", "ar": "للشفافية والنزاهة",
                     "ar_tr": "lil-Shafafiya wal-Nazaha", "ru": "прозрачности и честности",
                     "ru_tr": "prozrachnosti i chestnosti", "zh": "透明与廉洁",
                     "zh_tr": "Touming yu Lianjie"},
    "rights": {"en": "Human Rights", "fr": "les Droits Humains", "es": "los Derechos Humanos",
               "ar": "لحقوق الإنسان", "ar_tr": "li-Huquq al-Insan", "ru": "защиты прав человека",
               "ru_tr": "zashchity prav cheloveka", "zh": "人权", "zh_tr": "Renquan"},
    "drugs": {"en": "Drug Prevention", "fr": "la Prévention des Drogues",
              "es": "la Prevención de Drogas", "ar": "للوقاية من المخدرات",
              "ar_tr": "lil-Wiqaya min al-Mukhaddirat", "ru": "профилактики наркомании",
              "ru_tr": "profilaktiki narkomanii", "zh": "禁毒", "zh_tr": "Jindu"},
    "trafficking": {"en": "Victims of Trafficking", "fr": "les Victimes de la Traite",
                    "es": "las Víctimas de Trata", "ar": "لدعم ضحايا الاتجار",
                    "ar_tr": "li-Dam Dahaya al-Ittijar", "ru": "помощи жертвам торговли людьми",
                    "ru_tr": "pomoshchi zhertvam torgovli lyudmi", "zh": "拐卖受害者援助",
                    "zh_tr": "Guaimai Shouhaizhe Yuanzhu"},
    "women": {"en": "Women's Rights", "fr": "les Droits des Femmes",
              "es": "los Derechos de las Mujeres", "ar": "لحقوق المرأة",
              "ar_tr": "li-Huquq al-Mar'a", "ru": "прав женщин", "ru_tr": "prav zhenshchin",
              "zh": "妇女权益", "zh_tr": "Funu Quanyi"},
    "youth": {"en": "Youth and Development", "fr": "la Jeunesse et le Développement",
              "es": "la Juventud y el Desarrollo", "ar": "للشباب والتنمية",
              "ar_tr": "lil-Shabab wal-Tanmiya", "ru": "молодежи и развития",
              "ru_tr": "molodezhi i razvitiya", "zh": "青年发展", "zh_tr": "Qingnian Fazhan"},
    "justice": {"en": "Justice and the Rule of Law", "fr": "la Justice et l'État de Droit",
                "es": "la Justicia y el Estado de Derecho", "ar": "للعدالة وسيادة القانون",
                "ar_tr": "lil-Adala wa-Siyadat al-Qanun", "ru": "правосудия и верховенства права",
                "ru_tr": "pravosudiya i verkhovenstva prava", "zh": "司法与法治",
                "zh_tr": "Sifa yu Fazhi"},
    # words the glossary does not know: translations of these are missed
    "refugees": {"en": "Refugees and Migrants", "fr": "les Réfugiés et les Migrants",
                 "es": "los Refugiados y Migrantes", "ar": "للاجئين والمهاجرين",
                 "ar_tr": "lil-Laji'in wal-Muhajirin", "ru": "беженцев и мигрантов",
                 "ru_tr": "bezhentsev i migrantov", "zh": "难民与移民", "zh_tr": "Nanmin yu Yimin"},
    "environment": {"en": "the Environment", "fr": "l'Environnement", "es": "el Medio Ambiente",
                    "ar": "لحماية البيئة", "ar_tr": "li-Himayat al-Bi'a", "ru": "охраны природы",
                    "ru_tr": "okhrany prirody", "zh": "环境保护", "zh_tr": "Huanjing Baohu"},
    "prisoners": {"en": "Prisoners' Welfare", "fr": "l'Aide aux Détenus",
                  "es": "la Ayuda a los Presos", "ar": "لرعاية السجناء",
                  "ar_tr": "li-Ri'ayat al-Sujana", "ru": "помощи заключенным",
                  "ru_tr": "pomoshchi zaklyuchennym", "zh": "服刑人员关怀",
                  "zh_tr": "Fuxing Renyuan Guanhuai"},
}
# Proper names, spelt in each script (transliterations, not translations).
PROPER = [
    {"en": "Ibn Khaldun", "ar": "ابن خلدون", "ru": "Ибн Хальдун", "zh": "伊本赫勒敦"},
    {"en": "Al-Amal", "ar": "الأمل", "ru": "Аль-Амаль", "zh": "阿迈勒"},
    {"en": "Al-Nour", "ar": "النور", "ru": "Ан-Нур", "zh": "努尔"},
    {"en": "Tolstoy", "ar": "تولستوي", "ru": "Толстой", "zh": "托尔斯泰"},
    {"en": "Sakharov", "ar": "ساخاروف", "ru": "Сахаров", "zh": "萨哈罗夫"},
    {"en": "Avicenna", "ar": "ابن سينا", "ru": "Авиценна", "zh": "阿维森纳"},
    {"en": "Al-Karama", "ar": "الكرامة", "ru": "Аль-Карама", "zh": "卡拉马"},
    {"en": "Al-Mustaqbal", "ar": "المستقبل", "ru": "Аль-Мустакбаль", "zh": "穆斯塔格巴勒"},
    {"en": "Nadezhda", "ar": "ناديجدا", "ru": "Надежда", "zh": "娜杰日达"},
    {"en": "Raduga", "ar": "رادوغا", "ru": "Радуга", "zh": "拉杜加"},
]
# country → (script, cities as {language: name})
COUNTRIES: dict[str, tuple[str, list[dict[str, str]]]] = {
    "MA": ("ar", [{"en": "Rabat", "ar": "الرباط", "fr": "Rabat"},
                  {"en": "Casablanca", "ar": "الدار البيضاء", "fr": "Casablanca"}]),
    "EG": ("ar", [{"en": "Cairo", "ar": "القاهرة", "fr": "Le Caire"},
                  {"en": "Alexandria", "ar": "الإسكندرية", "fr": "Alexandrie"}]),
    "JO": ("ar", [{"en": "Amman", "ar": "عمان", "fr": "Amman"},
                  {"en": "Irbid", "ar": "إربد", "fr": "Irbid"}]),
    "TN": ("ar", [{"en": "Tunis", "ar": "تونس", "fr": "Tunis"},
                  {"en": "Sfax", "ar": "صفاقس", "fr": "Sfax"}]),
    "LB": ("ar", [{"en": "Beirut", "ar": "بيروت", "fr": "Beyrouth"},
                  {"en": "Tripoli", "ar": "طرابلس", "fr": "Tripoli"}]),
    "RU": ("ru", [{"en": "Moscow", "ru": "Москва"}, {"en": "Kazan", "ru": "Казань"}]),
    "KZ": ("ru", [{"en": "Almaty", "ru": "Алматы"}, {"en": "Astana", "ru": "Астана"}]),
    "KG": ("ru", [{"en": "Bishkek", "ru": "Бишкек"}, {"en": "Osh", "ru": "Ош"}]),
    "CN": ("zh", [{"en": "Beijing", "zh": "北京"}, {"en": "Chengdu", "zh": "成都"},
                  {"en": "Wuhan", "zh": "武汉"}]),
    "KE": ("en", [{"en": "Nairobi"}, {"en": "Mombasa"}]),
    "UG": ("en", [{"en": "Kampala"}, {"en": "Gulu"}]),
    "NG": ("en", [{"en": "Lagos"}, {"en": "Abuja"}]),
    "SN": ("fr", [{"en": "Dakar", "fr": "Dakar"}, {"en": "Thiès", "fr": "Thiès"}]),
    "CI": ("fr", [{"en": "Abidjan", "fr": "Abidjan"}, {"en": "Bouaké", "fr": "Bouaké"}]),
    "MX": ("es", [{"en": "Monterrey", "es": "Monterrey"}, {"en": "Puebla", "es": "Puebla"}]),
    "CO": ("es", [{"en": "Medellín", "es": "Medellín"}, {"en": "Cali", "es": "Cali"}]),
}
NETWORKS = [  # fictional networks with national chapters: "{network} {country}"
    {"en": "Integrity Watch", "ru": "Интегрити Уотч", "ar": "إنتغريتي ووتش"},
    {"en": "Youth Against Drugs", "ru": "Молодежь против наркотиков", "ar": "شباب ضد المخدرات"},
    {"en": "Women's Legal Aid Network", "ru": "Сеть правовой помощи женщинам",
     "ar": "شبكة المساعدة القانونية للنساء"},
    {"en": "Open Budget Coalition", "ru": "Коалиция «Открытый бюджет»",
     "ar": "ائتلاف الموازنة المفتوحة"},
]
COUNTRY_NAMES = {"KE": "Kenya", "UG": "Uganda", "NG": "Nigeria", "MA": "Morocco",
                 "EG": "Egypt", "JO": "Jordan", "RU": "Russia", "KZ": "Kazakhstan",
                 "KG": "Kyrgyzstan", "TN": "Tunisia", "SN": "Senegal", "MX": "Mexico"}
COUNTRY_NAMES_RU = {"RU": "Россия", "KZ": "Казахстан", "KG": "Кыргызстан", "KE": "Кения",
                    "UG": "Уганда", "EG": "Египет", "MA": "Марокко"}
COUNTRY_NAMES_AR = {"MA": "المغرب", "EG": "مصر", "JO": "الأردن", "TN": "تونس", "LB": "لبنان",
                    "KE": "كينيا", "RU": "روسيا"}
LATIN_LANG = {"en", "fr", "es", "ar_tr", "ru_tr", "zh_tr"}


class Maker:
    """Deterministic records."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.serial = 0

    def contact(self, slug: str) -> dict[str, Any]:
        """A website, e-mail address and phone number of one organization."""
        self.serial += 1
        host = f"{slug}{self.serial}.org"
        return {"website": f"https://www.{host}", "email": f"info@{host}",
                "phone": f"+{self.rng.randint(20, 99)} {self.rng.randint(1000000, 99999999)}"}

    def record(self, name: str, country: str, *, city: str | None = None,
               acronym: str | None = None, aliases: list[str] | None = None,
               contact: dict[str, Any] | None = None) -> dict[str, Any]:
        """One organization record, with some fields left empty as people leave them."""
        self.serial += 1
        out: dict[str, Any] = {"id": f"org-{self.serial:04d}", "name": name, "country": country}
        if acronym:
            out["acronym"] = acronym
        if aliases:
            out["aliases"] = aliases
        if city:
            out["cities"] = [city]
        for field, value in (contact or self.contact("cso")).items():
            if self.rng.random() < 0.75:  # often missing
                out[field] = value
        return out


def entity_name(kind: str, topic: str, lang: str, proper: dict[str, str] | None,
                city: dict[str, str] | None) -> str:
    """An organization's name in one language (``*_tr``: the Latin spelling of ar/ru/zh)."""
    base_lang = lang.removesuffix("_tr")
    name = KINDS[kind][lang].format(t=TOPICS[topic][lang])
    if proper:
        spelled = proper[lang] if lang in ("ar", "ru", "zh") else proper["en"]
        if lang == "zh":
            name = spelled + name
        elif lang == "ar":
            name = name.replace(" ", f" {spelled} ", 1) if " " in name else f"{name} {spelled}"
        elif lang == "ru":
            name = f"{name} «{spelled}»"
        else:
            name = f"{spelled} {name}"
    if city:
        place = city.get(base_lang if lang not in LATIN_LANG else "en") or city.get(
            "fr" if lang == "fr" else "en") or city["en"]
        if lang == "zh":
            name = place + name
        elif lang == "zh_tr":
            name = f"{place} {name}"
        elif lang == "ar":
            name = f"{name} في {place}"
        elif lang == "ru":
            name = f"{name} ({place})"
        else:
            name = f"{name} – {place}"
    return name


def latin_variant(name: str, rng: random.Random) -> str:
    """The same name as another person might type it."""
    choice = rng.randrange(5)
    if choice == 0:
        return name.replace("Centre", "Center").replace("Organisation", "Organization").upper()
    if choice == 1:
        words = name.split()
        long = [i for i, w in enumerate(words) if len(w) > 6]
        if long:
            i = rng.choice(long)
            w = words[i]
            j = rng.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]  # two letters swapped
        return " ".join(words)
    if choice == 2:
        return name.replace(" and ", " & ").replace(" – ", ", ")
    if choice == 3:
        return name.replace("é", "e").replace("í", "i").replace("ó", "o").lower()
    return f"The {name}" if name[0].isupper() else name


def acronym_of(name: str) -> str:
    """Initials of the capitalised words."""
    return "".join(w[0] for w in name.replace("–", " ").split() if w[:1].isupper())


def main() -> None:
    """Write the labelled pairs."""
    maker = Maker(20260101)
    rng = maker.rng
    pairs: list[dict[str, Any]] = []

    def add(kind: str, duplicate: bool, a: dict[str, Any], b: dict[str, Any]) -> None:
        pairs.append({"kind": kind, "duplicate": duplicate, "a": a, "b": b})

    kinds, topics = list(KINDS), list(TOPICS)
    entities: list[dict[str, Any]] = []
    for code, (script, cities) in COUNTRIES.items():
        for _ in range(9):
            entities.append({
                "country": code, "script": script, "kind": rng.choice(kinds),
                "topic": rng.choice(topics),
                "proper": rng.choice(PROPER) if rng.random() < 0.35 else None,
                "city": rng.choice(cities) if rng.random() < 0.4 else None,
                "city_field": rng.choice(cities),
            })

    def rec(e: dict[str, Any], lang: str, contact: dict[str, Any] | None = None,
            **extra: Any) -> dict[str, Any]:
        name = entity_name(e["kind"], e["topic"], lang, e["proper"], e["city"])
        city = e["city_field"].get(lang.removesuffix("_tr"), e["city_field"]["en"])
        return maker.record(name, e["country"], city=city if rng.random() < 0.6 else None,
                            contact=contact, **extra)

    # -- duplicates ---------------------------------------------------------------------
    for e in entities:
        shared = maker.contact("org")
        # strangers' details unless the pair happens to keep one in common
        def maybe(shared: dict[str, Any] = shared) -> dict[str, Any]:
            return shared if rng.random() < 0.35 else maker.contact("org")
        if e["script"] in ("ar", "ru", "zh"):
            native, spelled = e["script"], e["script"] + "_tr"
            add("script_translit", True, rec(e, spelled, shared), rec(e, native, maybe()))
            other = "fr" if e["country"] in ("MA", "TN", "LB") and rng.random() < 0.5 else "en"
            add("script_translation", True, rec(e, other, shared), rec(e, native, maybe()))
        else:
            lang = e["script"]
            a = rec(e, lang, shared)
            add("latin_variant", True, a, maker.record(
                latin_variant(a["name"], rng), a["country"], contact=maybe()))
            if lang != "en":
                add("latin_translation", True, rec(e, "en", shared), rec(e, lang, maybe()))
    for e in rng.sample(entities, 24):  # acronym typed as the name, and aliases
        full = entity_name(e["kind"], e["topic"], "en", e["proper"], e["city"])
        acronym = acronym_of(full)
        if len(acronym) < 3:
            continue
        add("acronym_as_name", True, maker.record(acronym, e["country"]),
            maker.record(full, e["country"], acronym=acronym))
        native = e["script"] if e["script"] in ("ar", "ru", "zh") else "fr"
        other = entity_name(e["kind"], e["topic"], native, e["proper"], e["city"])
        add("alias", True, maker.record(full, e["country"], acronym=acronym),
            maker.record(other, e["country"], aliases=[f"{full} ({acronym})"]))

    # -- look-alikes that are different organizations ----------------------------------
    codes = list(COUNTRY_NAMES)
    for network in NETWORKS:
        for _ in range(6):
            x, y = rng.sample(codes, 2)
            net_mail = {"email": f"{x.lower()}@{network['en'].split()[0].lower()}.net"}
            a = maker.record(f"{network['en']} {COUNTRY_NAMES[x]}", x, contact=net_mail)
            lang = rng.choice(("en", "ru", "ar"))
            names = {"ru": COUNTRY_NAMES_RU, "ar": COUNTRY_NAMES_AR}.get(lang, COUNTRY_NAMES)
            if y not in names:
                lang, names = "en", COUNTRY_NAMES
            other = f"{network[lang]} {names[y]}" if lang != "ar" else f"{network['ar']} {names[y]}"
            b = maker.record(other, y, contact={"email": f"{y.lower()}@"
                                                f"{network['en'].split()[0].lower()}.net"})
            add("chapters" if lang == "en" else "chapters_script", False, a, b)
    for _ in range(30):  # one acronym, two bodies in one country
        e, f = rng.sample(entities, 2)
        if (e["kind"], e["topic"], e["proper"]) == (f["kind"], f["topic"], f["proper"]):
            continue
        shared_acronym = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVW") for _ in range(4))
        add("same_acronym", False, rec(e, "en", acronym=shared_acronym),
            maker.record(entity_name(f["kind"], f["topic"], "en", f["proper"], f["city"]),
                         e["country"], acronym=shared_acronym))
    for e in entities:
        roll = rng.random()
        if roll < 0.3:  # same kind and topic, two cities of one country
            cities = COUNTRIES[e["country"]][1]
            here, there = rng.sample(cities, 2)
            f = e | {"city": there}
            lang_a = e["script"] if rng.random() < 0.5 else (
                e["script"] + "_tr" if e["script"] in ("ar", "ru", "zh") else "en")
            add("two_cities", False, rec(e | {"city": here}, lang_a), rec(f, "en"))
        elif roll < 0.55:  # one name, two countries
            other = rng.choice([c for c in COUNTRIES if c != e["country"]])
            a = rec(e, "en")
            add("two_countries", False, a, maker.record(a["name"], other))
        elif roll < 0.8:  # one proper name apart, or another topic
            if e["proper"]:
                f = e | {"proper": rng.choice([p for p in PROPER if p is not e["proper"]])}
            else:
                f = e | {"topic": rng.choice([t for t in TOPICS if t != e["topic"]])}
            lang = e["script"] if e["script"] in ("ar", "ru", "zh") else "en"
            add("one_word_apart", False, rec(e, lang), rec(f, rng.choice((lang, "en"))))
        else:  # another kind of body on the same topic
            f = e | {"kind": rng.choice([k for k in KINDS if k != e["kind"]])}
            add("another_kind", False, rec(e, "en"), rec(f, rng.choice(("en", e["script"]))))

    seen: dict[str, int] = {}
    for pair in pairs:
        n = seen.get(pair["kind"], 0)
        seen[pair["kind"]] = n + 1
        pair["split"] = "tune" if n % 2 == 0 else "test"
        scripts = {_script(pair["a"]["name"]), _script(pair["b"]["name"])}
        pair["across_scripts"] = len(scripts) > 1
    OUT.write_text(json.dumps(pairs, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    across = sum(p["across_scripts"] for p in pairs)
    dup = sum(p["duplicate"] for p in pairs)
    print(f"{OUT}: {len(pairs)} pairs, {dup} duplicates, {across} across scripts")


def _script(name: str) -> str:
    for ch in name:
        if "\u0600" <= ch <= "\u06ff":
            return "arabic"
        if "\u0400" <= ch <= "\u04ff":
            return "cyrillic"
        if "\u4e00" <= ch <= "\u9fff":
            return "han"
    return "latin"


if __name__ == "__main__":
    main()
