"""The shipped gazetteer data: every file parses, ids and parents hold together, codes are
well-formed, and the forms news uses find the right actors."""

from __future__ import annotations

import importlib.resources
import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deepseek_policy import gazetteer as gazetteer_module
from deepseek_policy.gazetteer import Entry, Gazetteer, default_gazetteer, parse_tsv
from deepseek_policy.model import ActorKind

DATA = importlib.resources.files("deepseek_policy") / "data"
FILES = [
    "countries.tsv",
    *sorted(
        f"gazetteer/{f.name}" for f in (DATA / "gazetteer").iterdir() if f.name.endswith(".tsv")
    ),
]


def _read(name: str) -> str:
    node = DATA
    for part in name.split("/"):
        node = node / part
    return node.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def by_file() -> dict[str, list[Entry]]:
    return {name: parse_tsv(_read(name), name) for name in FILES}


@pytest.fixture(scope="module")
def entries(by_file: dict[str, list[Entry]]) -> list[Entry]:
    return [e for es in by_file.values() for e in es]


@pytest.fixture(scope="module")
def gaz(entries: list[Entry]) -> Gazetteer:
    # a private gazetteer, so entries other tests add to the shared one cannot interfere
    return Gazetteer(entries)


# ---------------------------------------------------------------------------- structure


@pytest.mark.parametrize("name", FILES)
def test_every_file_parses_and_is_not_empty(name: str) -> None:
    rows = parse_tsv(_read(name), name)
    assert rows, name
    for line in _read(name).splitlines():
        if line.strip() and not line.startswith("#"):
            for cell in line.split("\t"):
                assert cell == cell.strip(), f"{name}: stray space in {line!r}"
                assert "  " not in cell, f"{name}: double space in {line!r}"


def test_expected_files_exist() -> None:
    names = set(FILES)
    for name in (
        "subdivisions_us",
        "subdivisions_cn",
        "kr",
        "cn",
        "us",
        "jp",
        "tw",
        "au",
        "in",
        "gb",
        "eu",
        "europe",
        "international",
        "companies",
        "media",
    ):
        assert f"gazetteer/{name}.tsv" in names


def test_ids_are_unique_across_files(by_file: dict[str, list[Entry]]) -> None:
    seen: dict[str, str] = {}
    for name, es in by_file.items():
        for e in es:
            assert e.id not in seen, f"{e.id} in {seen.get(e.id)} and {name}"
            seen[e.id] = name


def test_every_parent_exists_and_has_no_cycle(entries: list[Entry]) -> None:
    ids = {e.id: e for e in entries}
    for e in entries:
        if e.parent is None:
            continue
        assert e.parent in ids, f"{e.id}: unknown parent {e.parent}"
        seen, node = {e.id}, ids[e.parent]
        while node.parent:
            assert node.id not in seen, f"{e.id}: parent cycle"
            seen.add(node.id)
            node = ids[node.parent]


def test_every_kind_is_an_actor_kind_and_no_person_rows(entries: list[Entry]) -> None:
    kinds = {k.value for k in ActorKind}
    for e in entries:
        assert e.kind.value in kinds
        assert e.kind is not ActorKind.PERSON, e.id


def test_ids_are_slugs_prefixed_with_their_country(entries: list[Entry]) -> None:
    for e in entries:
        assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", e.id), e.id
        if e.kind is ActorKind.COUNTRY:
            assert e.country is not None
            assert e.id == e.country.lower()
        elif e.country:
            assert e.id == e.country.lower() or e.id.startswith(e.country.lower() + "-"), e.id


def test_country_and_region_codes_are_well_formed(entries: list[Entry]) -> None:
    codes = {e.country for e in entries if e.kind is ActorKind.COUNTRY} | {"EU"}
    for e in entries:
        if e.country:
            assert e.country in codes, f"{e.id}: unknown country {e.country}"
        if e.region:
            assert re.fullmatch(r"[A-Z]{2}-[A-Z0-9]{1,3}", e.region), e.id
            assert e.country, e.id
            assert e.region.startswith(e.country + "-"), f"{e.id}: {e.region}"


def test_regions_agree_with_parents(entries: list[Entry]) -> None:
    ids = {e.id: e for e in entries}
    for e in entries:
        parent = ids.get(e.parent) if e.parent else None
        if parent is not None and e.region and parent.region:
            assert e.region == parent.region, f"{e.id} {e.region} vs {parent.id} {parent.region}"


def test_subnational_units_carry_a_region(entries: list[Entry]) -> None:
    for e in entries:
        if e.kind is ActorKind.SUBNATIONAL_GOVERNMENT:
            assert e.region, e.id
            assert e.country, e.id


def test_names_are_clean_and_not_bare_common_words(entries: list[Entry]) -> None:
    banned = {
        "Home",
        "State",
        "House",
        "Department",
        "Ministry",
        "Commission",
        "Government",
        "government",
        "The",
        "Labor",
        "Labour",
        "Defense",
        "Defence",
        "Justice",
        "Energy",
        "Parliament",
        "Council",
        "Agency",
        "Authority",
        "AP",
        "IT",
        "IN",
        "OR",
        "ME",
    }
    for e in entries:
        for form in (*e.names, *e.adjectives, *e.capitals):
            assert form, e.id
            assert form == form.strip(), f"{e.id}: {form!r}"
            assert form not in banned, f"{e.id}: {form!r} is too common a word"


def test_countries_cover_iso_3166_1(by_file: dict[str, list[Entry]]) -> None:
    countries = by_file["countries.tsv"]
    assert len(countries) >= 245
    codes = {e.country for e in countries}
    assert len(codes) == len(countries)
    assert {
        "KR",
        "KP",
        "CN",
        "TW",
        "HK",
        "MO",
        "PS",
        "US",
        "GB",
        "IT",
        "IE",
        "NL",
        "AU",
        "JP",
        "IN",
        "CZ",
        "BE",
        "DE",
        "FR",
        "ES",
        "VA",
        "AQ",
        "UM",
    } <= codes
    assert "XK" not in codes  # Kosovo has no ISO 3166-1 code


def _codes(text: str) -> list[str]:
    return text.split()


US_STATES = _codes("""AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN
MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC""")
CN_PROVINCES = _codes("""AH BJ CQ FJ GD GS GX GZ HA HB HE HI HL HN JL JS JX LN NM NX QH SC
SD SH SN SX TJ XJ XZ YN ZJ""")
KR_UNITS = _codes("11 26 27 28 29 30 31 41 42 43 44 45 46 47 48 49 50")
IN_UNITS = _codes("""AN AP AR AS BR CG CH DH DL GA GJ HP HR JH JK KA KL LA LD MH ML MN MP
MZ NL OD PB PY RJ SK TN TR TS UK UP WB""")
DE_UNITS = _codes("BB BE BW BY HB HE HH MV NI NW RP SH SL SN ST TH")
MY_UNITS = [f"{n:02d}" for n in range(1, 17)]
ID_UNITS = _codes("""AC BA BB BE BT GO JA JB JI JK JT KB KI KR KS KT KU LA MA MU NB NT PA PB
PD PE PS PT RI SA SB SG SN SR SS ST SU YO""")
NG_UNITS = _codes("""AB AD AK AN BA BE BO BY CR DE EB ED EK EN FC GO IM JI KD KE KN KO KT KW
LA NA NI OG ON OS OY PL RI SO TA YO ZA""")
BR_UNITS = _codes("""AC AL AM AP BA CE DF ES GO MA MG MS MT PA PB PE PI PR RJ RN RO RR RS SC
SE SP TO""")
MX_UNITS = _codes("""AGU BCN BCS CAM CHH CHP CMX COA COL DUR GRO GUA HID JAL MEX MIC MOR NAY
NLE OAX PUE QUE ROO SIN SLP SON TAB TAM TLA VER YUC ZAC""")
AR_UNITS = list("ABCDEFGHJKLMNPQRSTUVWXYZ")
ES_UNITS = _codes("AN AR AS CB CE CL CM CN CT EX GA IB MC MD ML NC PV RI VC")
CH_UNITS = _codes("""AG AI AR BE BL BS FR GE GL GR JU LU NE NW OW SG SH SO SZ TG TI UR VD VS
ZG ZH""")
IT_UNITS = _codes("21 23 25 32 34 36 42 45 52 55 57 62 65 67 72 75 77 78 82 88")
FR_UNITS = _codes("ARA BFC BRE CVL 20R GES HDF IDF NOR NAQ OCC PDL PAC 971 972 973 974 976")


@pytest.mark.parametrize(
    ("prefix", "codes"),
    [
        ("US", US_STATES),
        ("CN", CN_PROVINCES),
        ("AU", ["NSW", "VIC", "QLD", "SA", "WA", "TAS", "ACT", "NT"]),
        ("JP", [f"{n:02d}" for n in range(1, 48)]),
        ("KR", KR_UNITS),
        ("IN", IN_UNITS),
        ("CA", ["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"]),
        ("DE", DE_UNITS),
        ("GB", ["ENG", "SCT", "WLS", "NIR"]),
        ("TW", ["TPE", "NWT", "TAO", "TXG", "TNN", "KHH"]),
        ("AE", ["AJ", "AZ", "DU", "FU", "RK", "SH", "UQ"]),
        ("MY", MY_UNITS),
        ("ID", ID_UNITS),
        ("PH", ["00", "14", "CEB", "DAS"]),
        ("ZA", ["EC", "FS", "GP", "KZN", "LP", "MP", "NC", "NW", "WC"]),
        ("NG", NG_UNITS),
        ("KE", [f"{n:02d}" for n in range(1, 48)]),
        ("BR", BR_UNITS),
        ("MX", MX_UNITS),
        ("AR", AR_UNITS),
        ("ES", ES_UNITS),
        ("CH", CH_UNITS),
        ("IT", IT_UNITS),
        ("FR", FR_UNITS),
        ("PK", ["BA", "GB", "IS", "JK", "KP", "PB", "SD"]),
    ],
)
def test_every_subdivision_has_its_iso_region(
    entries: list[Entry], prefix: str, codes: list[str]
) -> None:
    units = {e.region for e in entries if e.kind is ActorKind.SUBNATIONAL_GOVERNMENT}
    missing = [c for c in codes if f"{prefix}-{c}" not in units]
    assert not missing, missing


def test_chinese_cities_sit_in_their_provinces(gaz: Gazetteer) -> None:
    expected = {
        "Shenzhen": "CN-GD",
        "Hangzhou": "CN-ZJ",
        "Suzhou": "CN-JS",
        "Kunshan": "CN-JS",
        "Wuhan": "CN-HB",
        "Chengdu": "CN-SC",
        "Xi'an": "CN-SN",
        "Hefei": "CN-AH",
        "Zhaoqing": "CN-GD",
        "Suqian": "CN-JS",
        "Zhenjiang": "CN-JS",
        "Wuxi": "CN-JS",
    }
    for city, region in expected.items():
        (entry,) = gaz.lookup(city)
        assert entry.region == region, city
        province = gaz.get(entry.parent or "")
        assert province is not None
        assert province.region == region
    cities = [
        e
        for e in gaz
        if e.kind is ActorKind.SUBNATIONAL_GOVERNMENT
        and e.country == "CN"
        and e.parent
        and e.parent.startswith("cn-")
        and len(e.parent) == 5
    ]
    assert len(cities) >= 40


def test_media_and_companies_are_typed(by_file: dict[str, list[Entry]]) -> None:
    for e in by_file["gazetteer/media.tsv"]:
        assert e.kind in (ActorKind.ORGANIZATION, ActorKind.STATE_ENTERPRISE), e.id
        assert e.country, e.id
    for e in by_file["gazetteer/companies.tsv"]:
        assert e.kind in (ActorKind.COMPANY, ActorKind.STATE_ENTERPRISE, ActorKind.ORGANIZATION), (
            e.id
        )
        assert e.country, e.id


def test_loading_all_files_is_fast() -> None:
    start = time.perf_counter()
    Gazetteer([e for name in FILES for e in parse_tsv(_read(name), name)])
    assert time.perf_counter() - start < 1.0


# ---------------------------------------------------------------------------- lookups

LOOKUPS = [
    # countries
    ("South Korea", "kr"),
    ("Korea", "kr"),
    ("Republic of Korea", "kr"),
    ("ROK", "kr"),
    ("North Korea", "kp"),
    ("DPRK", "kp"),
    ("China", "cn"),
    ("PRC", "cn"),
    ("Chinese mainland", "cn"),
    ("mainland China", "cn"),
    ("U.S.", "us"),
    ("USA", "us"),
    ("United States of America", "us"),
    ("Britain", "gb"),
    ("UK", "gb"),
    ("Czechia", "cz"),
    ("Czech Republic", "cz"),
    ("Holland", "nl"),
    ("Taiwan", "tw"),
    ("Republic of China", "tw"),
    ("Türkiye", "tr"),
    ("Viet Nam", "vn"),
    ("Russian Federation", "ru"),
    ("Ivory Coast", "ci"),
    ("European Union", "eu"),
    ("EU", "eu"),
    # South Korea
    ("Finance Ministry", "kr-moef"),
    ("Ministry of Economy and Finance", "kr-moef"),
    ("MOEF", "kr-moef"),
    ("Ministry of Finance", "kr-moef"),
    ("Ministry of Trade, Industry and Energy", "kr-motie"),
    ("Ministry of Trade Industry and Energy", "kr-motie"),
    ("industry ministry", "kr-motie"),
    ("MOTIE", "kr-motie"),
    ("Ministry of the Interior and Safety", "kr-mois"),
    ("MOIS", "kr-mois"),
    ("Ministry of Science and ICT", "kr-msit"),
    ("MSIT", "kr-msit"),
    ("Foreign Ministry", "kr-mofa"),
    ("Ministry of National Defense", "kr-mnd"),
    ("Unification Ministry", "kr-mou"),
    ("Ministry of Health and Welfare", "kr-mohw"),
    ("MOLIT", "kr-molit"),
    ("Culture Ministry", "kr-mcst"),
    ("Ministry of Environment", "kr-me"),
    ("Korean National Police Agency", "kr-knpa"),
    ("KNPA", "kr-knpa"),
    ("Financial Services Commission", "kr-fsc"),
    ("FSS", "kr-fss"),
    ("Personal Information Protection Commission", "kr-pipc"),
    ("Personal Information Protection Committee", "kr-pipc"),
    ("PIPC", "kr-pipc"),
    ("Korea Communications Commission", "kr-kcc"),
    ("NIS", "kr-nis"),
    ("National Assembly", "kr-na"),
    ("KISA", "kr-kisa"),
    ("Korea Hydro & Nuclear Power", "kr-khnp"),
    ("KHNP", "kr-khnp"),
    ("Korea Hydro and Nuclear Power", "kr-khnp"),
    ("KEPCO", "kr-kepco"),
    ("Korea Development Bank", "kr-kdb"),
    ("IBK", "kr-ibk"),
    ("Korea Eximbank", "kr-kexim"),
    ("KEXIM", "kr-kexim"),
    ("Export-Import Bank of Korea", "kr-kexim"),
    # central banks of countries without a file of their own (central_banks.tsv)
    ("State Bank of Vietnam", "vn-sbv"),
    ("Bank of Thailand", "th-bot"),
    ("Bank Indonesia", "id-bi"),
    ("Bangko Sentral ng Pilipinas", "ph-bsp"),
    ("Central Bank of Nigeria", "ng-cbn"),
    ("South African Reserve Bank", "za-sarb"),
    ("Banxico", "mx-banxico"),
    ("Banco Central do Brasil", "br-bcb"),
    ("Saudi Arabian Monetary Authority", "sa-sama"),
    ("Riksbank", "se-riksbank"),
    # data-protection authorities outside the EU/EEA (data_protection.tsv)
    ("INAI", "mx-inai"),
    ("Commissioner for Information of Public Importance and Personal Data Protection", "rs-poverenik"),
    ("Consejo para la Transparencia", "cl-cplt"),
    ("Data Protection Commission of Ghana", "gh-dpc"),
    # seats of government that news names for their bodies
    ("Planalto", "br-presidency"),
    ("Casa Rosada", "ar-casa-rosada"),
    ("Union Buildings", "za-presidency"),
    ("Gyeonggi", "kr-gyeonggi"),
    ("Seoul Metropolitan Government", "kr-seoul"),
    # China
    ("Chinese Foreign Ministry", "cn-mfa"),
    ("Chinese Ministry of Foreign Affairs", "cn-mfa"),
    ("Foreign Ministry", "cn-mfa"),
    ("MIIT", "cn-miit"),
    ("Cyberspace Administration of China", "cn-cac"),
    ("CAC", "cn-cac"),
    ("MOFCOM", "cn-mofcom"),
    ("NDRC", "cn-ndrc"),
    ("Ministry of State Security", "cn-mss"),
    ("PLA", "cn-pla"),
    ("State Council", "cn-state-council"),
    ("National People's Congress", "cn-npc"),
    ("SAMR", "cn-samr"),
    ("China Mobile", "cn-china-mobile"),
    ("ICBC", "cn-icbc"),
    ("State Grid", "cn-state-grid"),
    ("Hebei Province", "cn-he"),
    ("Hebei", "cn-he"),
    ("Tianjin", "cn-tj"),
    ("Tianjin City", "cn-tj"),
    ("Beijing Municipality", "cn-bj"),
    ("Kunshan City", "cn-kunshan"),
    ("Zhaoqing city government", "cn-zhaoqing"),
    ("Jiangxi", "cn-jx"),
    # United States
    ("Commerce Department", "us-doc"),
    ("Commerce", "us-doc"),
    ("Department of Commerce", "us-doc"),
    ("Pentagon", "us-dod"),
    ("Department of Defense", "us-dod"),
    ("DoD", "us-dod"),
    ("Defense Information Systems Agency", "us-disa"),
    ("DISA", "us-disa"),
    ("U.S. Navy", "us-navy"),
    ("Navy", "us-navy"),
    ("Air Force", "us-air-force"),
    ("Department of the Air Force", "us-air-force"),
    ("NASA", "us-nasa"),
    ("White House", "us-white-house"),
    ("OMB", "us-omb"),
    ("FCC", "us-fcc"),
    ("FTC", "us-ftc"),
    ("CFIUS", "us-cfius"),
    ("BIS", "us-bis"),
    ("NIST", "us-nist"),
    ("CISA", "us-cisa"),
    ("Congress", "us-congress"),
    ("Senate", "us-senate"),
    ("House Intelligence Committee", "us-hpsci"),
    ("House Select Committee on the CCP", "us-house-ccp-committee"),
    ("Texas", "us-tx"),
    ("State of Texas", "us-tx"),
    ("New York State", "us-ny"),
    ("Washington State", "us-wa"),
    ("Georgia", "us-ga"),
    ("Virginia Information Technologies Agency", "us-va-vita"),
    # sub-national governments elsewhere (a capital that names its country gives its unit
    # only longer forms: "Emirate of Abu Dhabi", "Nairobi County", "canton of Bern")
    ("Dubai", "ae-du"),
    ("Government of Dubai", "ae-du"),
    ("Emirate of Abu Dhabi", "ae-az"),
    ("Abu Dhabi government", "ae-az"),
    ("Ras al-Khaimah", "ae-rk"),
    ("Abu Dhabi Department of Health", "ae-abu-dhabi-doh"),
    ("Selangor", "my-selangor"),
    ("Selangor state government", "my-selangor"),
    ("Federal Territory of Kuala Lumpur", "my-kuala-lumpur"),
    ("DKI Jakarta", "id-jk"),
    ("Central Java", "id-jt"),
    ("Jawa Barat", "id-jb"),
    ("Bali provincial government", "id-ba"),
    ("Metro Manila", "ph-metro-manila"),
    ("Quezon City", "ph-quezon-city"),
    ("Davao City", "ph-davao-city"),
    ("Cebu provincial government", "ph-ceb"),
    ("BARMM", "ph-bangsamoro"),
    ("Western Cape", "za-wc"),
    ("KZN", "za-kzn"),
    ("Free State provincial government", "za-fs"),
    ("Lagos State", "ng-la"),
    ("Lagos State Government", "ng-la"),
    ("Rivers State", "ng-ri"),
    ("FCT", "ng-fc"),
    ("Nairobi County", "ke-nairobi"),
    ("Nairobi City County", "ke-nairobi"),
    ("County Government of Kisumu", "ke-kisumu"),
    ("Mombasa County", "ke-mombasa"),
    ("São Paulo state", "br-sp"),
    ("Sao Paulo state government", "br-sp"),
    ("Minas Gerais", "br-mg"),
    ("Federal District", "br-df"),
    ("Jalisco", "mx-jal"),
    ("Nuevo Leon", "mx-nle"),
    ("State of Mexico", "mx-mex"),
    ("Mexico City government", "mx-cmx"),
    ("Buenos Aires City government", "ar-c"),
    ("CABA", "ar-c"),
    ("Buenos Aires province", "ar-b"),
    ("Mendoza province", "ar-m"),
    ("Catalonia", "es-ct"),
    ("Generalitat de Catalunya", "es-ct"),
    ("Catalan government", "es-ct"),
    ("Basque Country", "es-pv"),
    ("Andalusia", "es-an"),
    ("Community of Madrid", "es-md"),
    ("Madrid regional government", "es-md"),
    ("canton of Zurich", "ch-zh"),
    ("Geneva cantonal government", "ch-ge"),
    ("Canton of Bern", "ch-be"),
    ("Ticino", "ch-ti"),
    ("Lombardy", "it-lombardy"),
    ("Emilia-Romagna", "it-emilia-romagna"),
    ("Puglia", "it-apulia"),
    ("Ile-de-France", "fr-idf"),
    ("Île-de-France", "fr-idf"),
    ("Hauts-de-France", "fr-hdf"),
    ("PACA", "fr-pac"),
    ("Sindh", "pk-sd"),
    ("Punjab province", "pk-pb"),
    ("Government of the Punjab", "pk-pb"),
    ("Khyber Pakhtunkhwa", "pk-kp"),
    # German Länder: demonym and "state government" forms
    ("Bavarian government", "de-by"),
    ("Saxon state government", "de-sn"),
    ("Rhineland-Palatinate state government", "de-rp"),
    ("North Rhine-Westphalia", "de-nw"),
    ("Baden-Württemberg", "de-bw"),
    ("VITA", "us-va-vita"),
    ("Texas Department of Information Resources", "us-tx-dir"),
    # Japan, Taiwan
    ("Digital Agency", "jp-digital"),
    ("NISC", "jp-nisc"),
    ("PPC", "jp-ppc"),
    ("Personal Information Protection Commission", "jp-ppc"),
    ("METI", "jp-meti"),
    ("Chief Cabinet Secretary", "jp-ccs"),
    ("Self-Defense Forces", "jp-sdf"),
    ("Diet", "jp-diet"),
    ("Mie Prefecture", "jp-mie"),
    ("Mie", "jp-mie"),
    ("Tottori", "jp-tottori"),
    ("Tokyo Metropolitan Government", "jp-tokyo"),
    ("Ministry of Digital Affairs", "tw-moda"),
    ("MODA", "tw-moda"),
    ("Executive Yuan", "tw-ey"),
    ("Legislative Yuan", "tw-ly"),
    ("National Security Bureau", "tw-nsb"),
    ("Taipei City", "tw-taipei"),
    # Australia, India
    ("Department of Home Affairs", "au-home-affairs"),
    ("Home Affairs", "au-home-affairs"),
    ("ASD", "au-asd"),
    ("ASIO", "au-asio"),
    ("OAIC", "au-oaic"),
    ("NSW", "au-nsw"),
    ("New South Wales", "au-nsw"),
    ("NSW Department of Customer Service", "au-nsw-dcs"),
    ("South Australia", "au-sa"),
    ("SA government", "au-sa"),
    ("finance ministry", "in-mof"),
    ("Department of Expenditure", "in-doe"),
    ("MeitY", "in-meity"),
    ("IT ministry", "in-meity"),
    ("Union Cabinet", "in-union-cabinet"),
    ("CERT-In", "in-cert-in"),
    ("RBI", "in-rbi"),
    ("NITI Aayog", "in-niti"),
    # Europe and the EU
    ("Garante", "it-garante"),
    ("Italian Data Protection Authority", "it-garante"),
    ("Garante per la protezione dei dati personali", "it-garante"),
    ("Data Protection Commission", "ie-dpc"),
    ("Irish Data Protection Commission", "ie-dpc"),
    ("DPC", "ie-dpc"),
    ("CNIL", "fr-cnil"),
    ("BfDI", "de-bfdi"),
    ("BSI", "de-bsi"),
    ("Autoriteit Persoonsgegevens", "nl-ap"),
    ("Dutch Data Protection Authority", "nl-ap"),
    ("Belgian Data Protection Authority", "be-apd"),
    ("NÚKIB", "cz-nukib"),
    ("NUKIB", "cz-nukib"),
    ("AEPD", "es-aepd"),
    ("ICO", "gb-ico"),
    ("NCSC", "gb-ncsc"),
    ("DSIT", "gb-dsit"),
    ("CMA", "gb-cma"),
    ("European Commission", "eu-commission"),
    ("European Parliament", "eu-parliament"),
    ("EDPB", "eu-edpb"),
    ("European Data Protection Supervisor", "eu-edps"),
    ("Council of the EU", "eu-council"),
    ("UN", "un"),
    ("OECD", "oecd"),
    ("NATO", "nato"),
    ("G7", "g7"),
    # companies and media
    ("Weixin", "cn-wechat"),
    ("WeChat", "cn-wechat"),
    ("DeepSeek", "cn-deepseek"),
    ("Hangzhou DeepSeek Artificial Intelligence", "cn-deepseek"),
    ("High-Flyer", "cn-high-flyer"),
    ("Alibaba", "cn-alibaba"),
    ("Alibaba Cloud", "cn-alibaba-cloud"),
    ("Tencent Holdings", "cn-tencent"),
    ("Baidu AI Cloud", "cn-baidu-ai-cloud"),
    ("Qianfan", "cn-baidu-ai-cloud"),
    ("Huawei", "cn-huawei"),
    ("JD Technology", "cn-jd-technology"),
    ("Geely Auto", "cn-geely-auto"),
    ("Great Wall", "cn-gwm"),
    ("GWM", "cn-gwm"),
    ("Voyah", "cn-voyah"),
    ("Dongfeng", "cn-dongfeng"),
    ("Leapmotor", "cn-leapmotor"),
    ("OPPO", "cn-oppo"),
    ("Honor", "cn-honor"),
    ("BYD", "cn-byd"),
    ("Samsung", "kr-samsung-electronics"),
    ("SK Hynix", "kr-sk-hynix"),
    ("SKT", "kr-skt"),
    ("LG U+", "kr-lg-uplus"),
    ("LG Uplus", "kr-lg-uplus"),
    ("LG AI Research", "kr-lg-ai-research"),
    ("Naver Corp", "kr-naver"),
    ("Kakao", "kr-kakao"),
    ("Hyundai", "kr-hyundai-motor"),
    ("KB Financial", "kr-kb-financial-group"),
    ("Kookmin Bank", "kr-kb-kookmin-bank"),
    ("Shinhan", "kr-shinhan-financial-group"),
    ("Hana Financial", "kr-hana-financial-group"),
    ("Woori", "kr-woori-financial-group"),
    ("Upstage", "kr-upstage"),
    ("OpenAI", "us-openai"),
    ("Microsoft Corp", "us-microsoft"),
    ("Google", "us-google"),
    ("Alphabet", "us-alphabet"),
    ("AWS", "us-aws"),
    ("Nvidia Corp", "us-nvidia"),
    ("Perplexity AI", "us-perplexity"),
    ("Groq", "us-groq"),
    ("Cerebras", "us-cerebras"),
    ("Wiz", "us-wiz"),
    ("Toyota Motor Corp", "jp-toyota"),
    ("SoftBank Corp", "jp-softbank-corp"),
    ("SoftBank", "jp-softbank-corp"),
    ("MHI", "jp-mhi"),
    ("TSMC", "tw-tsmc"),
    ("Foxconn", "tw-foxconn"),
    ("CBA", "au-cba"),
    ("Commonwealth Bank", "au-cba"),
    ("Optus", "au-optus"),
    ("TPG", "au-tpg-telecom"),
    ("CyberCX", "au-cybercx"),
    ("Krutrim", "in-krutrim"),
    ("Mistral AI", "fr-mistral"),
    ("Yonhap", "kr-yonhap"),
    ("Kyodo", "jp-kyodo"),
    ("SCMP", "hk-scmp"),
    ("Efe", "es-efe"),
    ("AFP", "fr-afp"),
    ("Associated Press", "us-ap"),
    ("ABC", "au-abc"),
    ("Reuters", "gb-reuters"),
]


def test_lookup_table_is_large_enough() -> None:
    assert len(LOOKUPS) >= 80


@pytest.mark.parametrize(("form", "expected"), LOOKUPS)
def test_lookup(gaz: Gazetteer, form: str, expected: str) -> None:
    assert expected in [e.id for e in gaz.lookup(form)], form


@pytest.mark.parametrize(
    "form", [f for f, _ in LOOKUPS[:40]] + ["Italian", "Seoul", "Korean", "italy", "Nowhere", ""]
)
@pytest.mark.parametrize(
    "roles", [("name",), ("adjective",), ("capital",), ("name", "adjective", "capital"), ()]
)
def test_knows_agrees_with_lookup(gaz: Gazetteer, form: str, roles: tuple[str, ...]) -> None:
    assert gaz.knows(form, roles) == any(gaz.lookup(form, role) for role in roles)


def test_knows_places_by_every_role(gaz: Gazetteer) -> None:
    assert gaz.knows("Italy")
    assert not gaz.knows("Italian")  # a demonym, not a name
    assert gaz.knows("Italian", ("adjective",))
    assert gaz.knows("Seoul", ("capital",))
    assert not gaz.knows("italy", ("name", "adjective", "capital"))  # forms are case-sensitive


@pytest.mark.parametrize(
    ("form", "code"),
    [
        ("Seoul", "kr"),
        ("Beijing", "cn"),
        ("Washington", "us"),
        ("Tokyo", "jp"),
        ("Canberra", "au"),
        ("Taipei", "tw"),
        ("New Delhi", "in"),
        ("Delhi", "in"),
        ("London", "gb"),
        ("Rome", "it"),
        ("Dublin", "ie"),
        ("Paris", "fr"),
        ("Berlin", "de"),
        ("The Hague", "nl"),
        ("Brussels", "be"),
        ("Prague", "cz"),
        ("Pyongyang", "kp"),
        ("Kremlin", "ru"),
        ("Abu Dhabi", "ae"),
        ("Kuala Lumpur", "my"),
        ("Putrajaya", "my"),
        ("Jakarta", "id"),
        ("Manila", "ph"),
        ("Pretoria", "za"),
        ("Abuja", "ng"),
        ("Nairobi", "ke"),
        ("Brasília", "br"),
        ("Mexico City", "mx"),
        ("Buenos Aires", "ar"),
        ("Madrid", "es"),
        ("Bern", "ch"),
        ("Berne", "ch"),
        ("Islamabad", "pk"),
        ("Riyadh", "sa"),
    ],
)
def test_capitals_name_their_governments(gaz: Gazetteer, form: str, code: str) -> None:
    assert [e.id for e in gaz.lookup(form, "capital")] == [code]
    assert gaz.lookup(form) == ()  # no sub-national unit takes the metonym's bare name


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("South Korean", "South Korea"),
        ("Korean", "South Korea"),
        ("Koreans", "South Korea"),
        ("North Korean", "North Korea"),
        ("Chinese", "China"),
        ("American", "United States"),
        ("British", "United Kingdom"),
        ("Britons", "United Kingdom"),
        ("Dutch", "Netherlands"),
        ("Taiwanese", "Taiwan"),
        ("Italian", "Italy"),
        ("Irish", "Ireland"),
        ("Czech", "Czech Republic"),
        ("Japanese", "Japan"),
        ("Australian", "Australia"),
        ("Indian", "India"),
        ("French", "France"),
        ("German", "Germany"),
        ("Belgian", "Belgium"),
        ("Spanish", "Spain"),
        ("Congolese", "Democratic Republic of the Congo"),
    ],
)
def test_adjectives(gaz: Gazetteer, word: str, country: str) -> None:
    found = gaz.country_for_adjective(word)
    assert found is not None
    assert found.name == country


def test_korean_names_only_south_korea(gaz: Gazetteer) -> None:
    assert [e.id for e in gaz.lookup("Korean", "adjective")] == ["kr"]
    north = gaz.get("kp")
    assert north is not None
    assert "Korean" not in north.adjectives


def test_ambiguous_ap_is_left_to_run_time(gaz: Gazetteer) -> None:
    assert gaz.lookup("AP") == ()


def test_shared_forms_name_several_bodies(gaz: Gazetteer) -> None:
    ministries = {e.id for e in gaz.lookup("Ministry of Foreign Affairs")}
    assert {"kr-mofa", "cn-mfa", "jp-mofa", "tw-mofa"} <= ministries
    assert {e.id for e in gaz.lookup("Personal Information Protection Commission")} == {
        "kr-pipc",
        "jp-ppc",
    }
    assert {e.id for e in gaz.lookup("Georgia")} == {"ge", "us-ga"}
    assert {e.id for e in gaz.lookup("Department of Health")} == {"au-health", "ae-abu-dhabi-doh"}


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("Punjab", {"in-pb"}),  # Pakistan's province is "Punjab province"
        ("Niger", {"ne"}),  # the country; Nigeria's state is "Niger State"
        ("Delta", set()),  # Nigeria's state is "Delta State" only
        ("Free State", set()),  # South Africa's province is "Free State Province"
        ("Lagos", set()),  # "Lagos State"
        ("Zurich", set()),  # the city (and ETH Zurich); the canton is "canton of Zurich"
        ("Geneva", set()),
        ("Sao Paulo", set()),  # the city; the state is "Sao Paulo state"
        ("Cebu", set()),  # "Cebu City", "Cebu province" (and Cebu Pacific)
        ("Brittany", set()),  # a first name: the region is "Bretagne", "Brittany region"
        ("Hidalgo", set()),  # a surname: "Hidalgo state"
        ("Valencia", set()),  # the city: the region is "Valencian Community"
    ],
)
def test_ambiguous_bare_names_of_units_are_left_out(
    gaz: Gazetteer, form: str, expected: set[str]
) -> None:
    assert {e.id for e in gaz.lookup(form)} == expected


# ---------------------------------------------------------------------------- scanning

SCANS = [
    (
        "Korean Air and Asiana said they would follow the guidance.",
        [("Korean Air", "kr-korean-air"), ("Asiana", "kr-asiana")],
    ),
    (
        "Bank of America analysts and American Airlines staff were not affected.",
        [("Bank of America", "us-bofa"), ("American Airlines", "us-american-airlines")],
    ),
    (
        "China Mobile, China Telecom and China Unicom have integrated the model.",
        [
            ("China Mobile", "cn-china-mobile"),
            ("China Telecom", "cn-china-telecom"),
            ("China Unicom", "cn-china-unicom"),
        ],
    ),
    (
        "The Korea Development Bank and Korea Hydro & Nuclear Power blocked access.",
        [("Korea Development Bank", "kr-kdb"), ("Korea Hydro & Nuclear Power", "kr-khnp")],
    ),
    (
        "Texas Instruments is based in the U.S. state of Texas.",
        [
            ("Texas Instruments", "us-texas-instruments"),
            ("U.S.", "us"),
            ("state of Texas", "us-tx"),
        ],
    ),
    (
        "LG U+ and SK Telecom (SKT) said on Tuesday that LG AI Research would help.",
        [
            ("LG U+", "kr-lg-uplus"),
            ("SK Telecom", "kr-skt"),
            ("SKT", "kr-skt"),
            ("LG AI Research", "kr-lg-ai-research"),
        ],
    ),
    (
        "Taiwan Semiconductor Manufacturing Co. and China Airlines are Taiwanese companies.",
        [
            ("Taiwan Semiconductor Manufacturing Co.", "tw-tsmc"),
            ("China Airlines", "tw-china-airlines"),
            ("Taiwanese", "tw"),
        ],
    ),
    (
        "Rhineland-Palatinate's and Saxony-Anhalt's officials met those of Baden-Württemberg.",
        [
            ("Rhineland-Palatinate", "de-rp"),
            ("Saxony-Anhalt", "de-st"),
            ("Baden-Württemberg", "de-bw"),
        ],
    ),
    (
        "The Niger State Government and the Government of Niger both replied.",
        [("Niger State Government", "ng-ni"), ("Niger", "ne")],
    ),
    (
        "Tianjin City and Hebei Province both use it.",
        [("Tianjin City", "cn-tj"), ("Hebei Province", "cn-he")],
    ),
    (
        "Seoul and Beijing traded barbs, while Washington State lawmakers watched.",
        [("Seoul", "kr"), ("Beijing", "cn"), ("Washington State", "us-wa")],
    ),
    (
        # a title that opens with "The" gives way to a longer name starting inside it
        "The Information Commissioner's Office and The Information both covered the story.",
        [
            ("Information Commissioner's Office", "gb-ico"),
            ("The Information", "us-the-information"),
        ],
    ),
    (
        "Italy's Garante and the Irish Data Protection Commission wrote to the company.",
        [
            ("Italy", "it"),
            ("Garante", "it-garante"),
            ("Irish Data Protection Commission", "ie-dpc"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SCANS)
def test_scan_finds_the_longest_forms(
    gaz: Gazetteer, text: str, expected: list[tuple[str, str]]
) -> None:
    found = [
        (m.text, m.entries[0].id if len(m.entries) == 1 else {e.id for e in m.entries})
        for m in gaz.scan(text)
    ]
    for form, entry_id in expected:
        assert any(
            f == form and (i == entry_id or (isinstance(i, set) and entry_id in i))
            for f, i in found
        ), (form, found)
    assert not any(f == "Korean" for f, _ in found if "Korean Air" in text)
    assert not any(f in ("America", "American") for f, _ in found if "Bank of America" in text)


_HEAVY_PIECES = st.sampled_from(
    [
        "National ", "National Assembly", "National Intelligence Service", "Ministry of ",
        "Ministry of Interior", "Ministry of Science and ICT", "Korea", "Korea's ", "China ",
        "China Mobile", "U.S. ", "U.S.-based ", "Department of Defense", "State ", "New ",
        "New York", "House ", "and ", "the ", "s ", "-", "&", ". ", "Nationals ", "Koreas",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_HEAVY_PIECES, max_size=14).map("".join))
def test_scan_by_pattern_equals_scan_by_lengths(text: str) -> None:
    """First words with many forms are matched by a trie pattern once common; testing each
    form length by hand, as for the others, gives the same matches."""
    by_pattern = [(m.start, m.end, m.role) for m in _AT_ONCE.scan(text)]
    if "National" in text:
        assert "National" in _AT_ONCE._matcher()[4]  # matched by its pattern
    by_hand = [(m.start, m.end, m.role) for m in _BY_HAND.scan(text)]
    assert by_pattern == by_hand
    assert [(m.start, m.end, m.role) for m in default_gazetteer().scan(text)] == by_hand


def test_a_first_words_pattern_is_built_once_it_has_paid_for_itself() -> None:
    gaz = Gazetteer(default_gazetteer())
    tables = gaz._matcher()
    national, built, uses = tables[0]["National"], tables[4], tables[5]
    saved = len(national.lengths) - gazetteer_module._LENGTHS_BY_HAND
    # "National" has 142 forms of 50 lengths: compiling costs 2,500 tests a form by hand
    assert national.after == -(-gazetteer_module._COST_PER_FORM * len(national.forms) // saved)
    assert 5_000 < national.after < 10_000
    text = "The National Assembly met. "
    for _ in range(national.after - 1):
        assert [m.text for m in gaz.scan(text)] == ["National Assembly"]
    assert "National" not in built
    assert uses["National"] == national.after - 1
    assert [m.text for m in gaz.scan(text)] == ["National Assembly"]
    assert "National" in built
    assert [m.text for m in gaz.scan(text * 2)] == ["National Assembly"] * 2


def test_a_word_with_few_form_lengths_is_always_tested_by_hand() -> None:
    tables = default_gazetteer()._matcher()
    few = [f for f in tables[0].values() if len(f.lengths) <= gazetteer_module._LENGTHS_BY_HAND]
    assert few
    assert all(f.after == 0 for f in few)
    assert all(f.after > 0 for f in tables[0].values() if f not in few)


def _built_with(**constants: int) -> Gazetteer:
    """A copy of the default gazetteer whose tables were built with other constants."""
    saved = {name: getattr(gazetteer_module, name) for name in constants}
    for name, value in constants.items():
        setattr(gazetteer_module, name, value)
    try:
        gaz = Gazetteer(default_gazetteer())
        gaz._matcher()
    finally:
        for name, value in saved.items():
            setattr(gazetteer_module, name, value)
    return gaz


#: every word with many form lengths matched by its pattern from the first use; every word
#: tested by hand
_AT_ONCE = _built_with(_COST_PER_FORM=0)
_BY_HAND = _built_with(_LENGTHS_BY_HAND=10**9)


def test_scan_offsets_point_at_the_text(gaz: Gazetteer) -> None:
    text = (
        "South Korea's Personal Information Protection Commission (PIPC) suspended new downloads."
    )
    for m in gaz.scan(text):
        assert text[m.start : m.end] == m.text
    assert [m.text for m in gaz.scan(text)] == [
        "South Korea",
        "Personal Information Protection Commission",
        "PIPC",
    ]


# ---------------------------------------------------------------------------------------------
# descriptions resolved by hint words, and the fields of ministries
# ---------------------------------------------------------------------------------------------


def _body(
    id: str, name: str, kind: ActorKind, country: str = "XL", region: str | None = None
) -> Entry:
    return Entry(id=id, name=name, kind=kind, country=country, region=region)


def test_find_by_hint_prefers_the_earlier_hint_word_then_the_head_then_the_shorter_name() -> None:
    g = Gazetteer(
        [
            _body("xl-dpa", "Data Protection Office", ActorKind.REGULATOR),
            _body("xl-privacy", "Privacy and Data Protection Commission", ActorKind.REGULATOR),
            _body("xl-privacy-agency", "Privacy Agency", ActorKind.REGULATOR),
            _body("xl-state", "State Privacy Commission", ActorKind.REGULATOR, region="XL-A"),
        ]
    )
    hint = ("Privacy", "Data Protection")

    def found(**kw: str) -> str | None:
        entry = g.find_by_hint("XL", ActorKind.REGULATOR, hint, **kw)
        return None if entry is None else entry.id

    assert found() == "xl-privacy-agency"  # both hold "Privacy": the shorter name
    assert found(head="Commission") == "xl-privacy"  # the head noun first
    assert found(region="XL-A") == "xl-state"  # a region's own body
    assert g.find_by_hint("XL", ActorKind.REGULATOR, ("Data Protection",)) is not None
    assert g.find_by_hint("XL", ActorKind.GOVERNMENT_AGENCY, hint) is None


def test_find_by_hint_sees_entries_added_after_a_search() -> None:
    g = Gazetteer([_body("xl-dpa", "Data Protection Office", ActorKind.REGULATOR)])
    assert g.find_by_hint("XL", ActorKind.REGULATOR, ("Watchdog",)) is None
    g.add(_body("xl-watchdog", "Digital Watchdog", ActorKind.REGULATOR))
    found = g.find_by_hint("XL", ActorKind.REGULATOR, ("Watchdog",))
    assert found is not None
    assert found.id == "xl-watchdog"
