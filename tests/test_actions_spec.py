"""Specification of action extraction: who did what to which target, how far, where, why, when.

Each case is a short news text written for these tests (none is copied from an article) with the
publication date that relative dates resolve against, and the actions a careful policy analyst
reading it under ``SCHEMA.md`` would record. An expected action is a dict of the fields that
matter for the case; a key that is left out is not checked:

``actor``        set of acceptable names (matched against the actor's name or any alias,
                 ignoring case, a leading "the", punctuation and "&"/"and")
``country``      the actor's ISO country code
``actor_kind``   the actor's ActorKind
``kind``         set of acceptable ActionKinds
``status``       done / planned / considered / proposed
``temporary``    True, or None where the text is silent
``date``         the date value ("2025-02-06", "2025-W06", "2025-01", "2024"), or None
``scope``        the exact set of scopes (``scope_has``: a subset that must be present)
``reasons``      the exact set of reasons (``reasons_has``: a subset that must be present)
``targets_has``  targets that must be among the action's targets (``targets``: the exact set)

Expected actions are matched one-to-one to produced ones. Non-exact cases allow further actions;
``exact`` cases (negations, traps, merges) assert that nothing else is produced.

Every text is given a neutral headline unless the case is about headlines (``raw``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import pytest

import deepseek_policy as dp
from deepseek_policy.model import Action, Extraction

HEADLINE = "AI policy roundup"

Expected = Mapping[str, Any]


# Constructions the parser does not handle yet; each is a strict xfail so that fixing one
# makes the test fail until it is removed from this table.
KNOWN_GAPS = {
    "semicolon-ministries-agentless": "agentless passive whose actors are listed after a colon",
}


def case(
    id: str,
    text: str,
    published: str,
    expected: Sequence[Expected],
    *,
    exact: bool = False,
    raw: bool = False,
) -> Any:
    doc = text if raw else f"{HEADLINE}\n\n{text}"
    marks = [pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[id])] if id in KNOWN_GAPS else []
    return pytest.param(doc, published, list(expected), exact, id=id, marks=marks)


# ---------------------------------------------------------------------------------------------
# actor name sets (any of them is an acceptable name or alias)
# ---------------------------------------------------------------------------------------------

PIPC = {
    "Personal Information Protection Commission",
    "Personal Information Protection Committee",
    "PIPC",
}
GARANTE = {
    "Garante",
    "Italian Data Protection Authority",
    "Garante per la protezione dei dati personali",
    "Italy's privacy watchdog",
    "Italian privacy watchdog",
    "Italy's privacy regulator",
    "Italy's data protection authority",
}
DPC = {"Data Protection Commission", "Irish Data Protection Commission", "DPC"}
CNIL = {
    "CNIL",
    "Commission nationale de l'informatique et des libertés",
    "French data protection authority",
}
DUTCH_AP = {
    "Autoriteit Persoonsgegevens",
    "AP",
    "Dutch Data Protection Authority",
    "Dutch data protection authority",
    "Dutch privacy watchdog",
}
MODA = {"Ministry of Digital Affairs", "MODA", "Taiwan's Ministry of Digital Affairs"}
EXECUTIVE_YUAN = {"Executive Yuan", "Taiwan's cabinet", "Cabinet"}
KR_MOFA = {"Ministry of Foreign Affairs", "Foreign Ministry", "MOFA"}
KR_MOEF = {"Ministry of Economy and Finance", "Ministry of Finance", "Finance Ministry", "MOEF"}
KR_ENV = {"Ministry of Environment", "Environment Ministry", "Ministry of the Environment"}
KR_MND = {
    "Ministry of National Defense",
    "National Defense Ministry",
    "Defense Ministry",
    "Ministry of Defense",
    "MND",
}
KR_MOTIE = {
    "Ministry of Trade, Industry and Energy",
    "MOTIE",
    "Trade Ministry",
    "Industry Ministry",
}
KR_MOU = {"Ministry of Unification", "Unification Ministry"}
KR_MOIS = {
    "Ministry of the Interior and Safety",
    "Ministry of Interior and Safety",
    "Interior Ministry",
    "Ministry of the Interior",
    "MOIS",
}
KR_MSIT = {"Ministry of Science and ICT", "Science Ministry", "MSIT"}
KR_MOHW = {"Ministry of Health and Welfare", "Health Ministry", "Welfare Ministry"}
KR_MCST = {"Ministry of Culture, Sports and Tourism", "Culture Ministry", "MCST"}
KHNP = {"Korea Hydro & Nuclear Power", "KHNP"}
KDB = {"Korea Development Bank", "KDB"}
IBK = {"Industrial Bank of Korea", "IBK"}
FSC = {"Financial Services Commission", "FSC"}
SOUTH_KOREA = {
    "South Korea",
    "Korea",
    "Republic of Korea",
    "South Korean government",
    "Korean government",
}
TAIWAN = {"Taiwan", "Taiwanese government"}
JAPAN = {"Japan", "Japanese government", "Government of Japan"}
AUSTRALIA = {"Australia", "Australian government", "Government of Australia", "Canberra"}
ITALY = {"Italy", "Italian government"}
CHINA = {"China", "Chinese government", "Beijing"}
CN_MFA = {
    "Ministry of Foreign Affairs",
    "Chinese Foreign Ministry",
    "China's foreign ministry",
    "Foreign Ministry",
    "Chinese Ministry of Foreign Affairs",
}
INDIA_MOF = {"Ministry of Finance", "Finance Ministry", "India's finance ministry"}
HOME_AFFAIRS = {"Department of Home Affairs", "Home Affairs", "Home Affairs Department"}
TEXAS = {"Texas", "U.S. state of Texas", "State of Texas"}
NEW_YORK = {"New York", "New York State", "State of New York"}
VIRGINIA = {"Virginia", "Commonwealth of Virginia", "State of Virginia"}
YOUNGKIN = {"Glenn Youngkin", "Youngkin"}
HOCHUL = {"Kathy Hochul", "Hochul"}
COMMERCE = {"Commerce Department", "Department of Commerce", "U.S. Commerce Department"}
NAVY = {"U.S. Navy", "US Navy", "Navy", "United States Navy"}
DISA = {"Defense Information Systems Agency", "DISA"}
MICROSOFT = {"Microsoft", "Microsoft Corp"}
DEEPSEEK = {"DeepSeek"}

GOV = "government_devices"
WORK = "work_use"
STORE = "app_store"
NATION = "nationwide"
PUBLIC = "public_services"
CRIT = "critical_infrastructure"

RESTRICTIVE = {"ban", "block", "restrict", "suspend"}
BAN_LIKE = {"ban", "restrict"}
ORDER_LIKE = {"ban", "block", "restrict"}
TOLD_STOP = {"ban", "restrict", "warn"}
HOST = {"adopt", "integrate"}


# ---------------------------------------------------------------------------------------------
# the cases
# ---------------------------------------------------------------------------------------------

SUBJECT_VERB = [
    case(
        "sv-has-banned",
        "Taiwan's Ministry of Digital Affairs has banned the use of DeepSeek on government "
        "computers and phones, citing risks to national security.",
        "2025-02-03",
        [
            {
                "actor": MODA,
                "country": "TW",
                "kind": {"ban"},
                "status": "done",
                "scope": {GOV},
                "reasons": {"national_security"},
                "temporary": None,
                "targets_has": {"DeepSeek"},
            }
        ],
    ),
    case(
        "sv-blocked-on-date",
        "South Korea's Ministry of Foreign Affairs blocked access to DeepSeek on its office "
        "computers on Feb. 5.",
        "2025-02-07",
        [
            {
                "actor": KR_MOFA,
                "country": "KR",
                "kind": {"block"},
                "status": "done",
                "date": "2025-02-05",
                "scope": {GOV},
            }
        ],
    ),
    case(
        "sv-prohibited-governor",
        "Texas Governor Greg Abbott prohibited state agencies from installing DeepSeek on "
        "government-issued devices on Jan. 31.",
        "2025-02-03",
        [
            {
                "actor": TEXAS | {"Greg Abbott", "Abbott"},
                "country": "US",
                "kind": {"ban"},
                "status": "done",
                "date": "2025-01-31",
                "scope": {GOV},
            }
        ],
    ),
    case(
        "sv-restricted-over-concerns",
        "NASA restricted its employees' use of DeepSeek over privacy and security concerns.",
        "2025-02-03",
        [
            {
                "actor": {"NASA", "National Aeronautics and Space Administration"},
                "country": "US",
                "kind": {"restrict"},
                "status": "done",
                "reasons": {"privacy", "security"},
            }
        ],
    ),
    case(
        "sv-suspended-last-week",
        "Korea Hydro & Nuclear Power suspended employees' access to DeepSeek on company "
        "networks last week.",
        "2025-02-05",
        [
            {
                "actor": KHNP,
                "country": "KR",
                "kind": {"suspend", "block"},
                "status": "done",
                "date": "2025-W05",
                "scope": {WORK},
            }
        ],
    ),
    case(
        "sv-cut-off",
        "The Defense Information Systems Agency cut off access to the DeepSeek website across "
        "Pentagon networks.",
        "2025-02-03",
        [{"actor": DISA, "country": "US", "kind": {"block"}, "status": "done", "scope": {GOV}}],
    ),
    case(
        "sv-limited-work",
        "Hana Financial Group limited staff access to DeepSeek on work computers over worries "
        "about the excessive collection of personal data.",
        "2025-02-05",
        [
            {
                "actor": {"Hana Financial Group", "Hana Financial", "Hana"},
                "country": "KR",
                "kind": {"restrict"},
                "status": "done",
                "scope": {WORK},
                "reasons": {"privacy"},
            }
        ],
    ),
    case(
        "sv-barred-employees",
        "SoftBank Corp has barred its employees from using DeepSeek for work.",
        "2025-02-12",
        [
            {
                "actor": {"SoftBank Corp", "SoftBank", "SoftBank Corp."},
                "country": "JP",
                "kind": BAN_LIKE,
                "status": "done",
                "scope": {WORK},
            }
        ],
    ),
    case(
        "sv-outlawed-earlier-this-month",
        "Tennessee outlawed the Chinese chatbot on state-owned devices earlier this month.",
        "2025-02-20",
        [
            {
                "actor": {"Tennessee", "State of Tennessee"},
                "country": "US",
                "kind": {"ban"},
                "status": "done",
                "date": "2025-02",
                "scope": {GOV},
                "targets_has": {"DeepSeek"},
            }
        ],
    ),
    case(
        "sv-paused-new-downloads",
        "South Korea's Personal Information Protection Commission paused new downloads of "
        "DeepSeek on Saturday.",
        "2025-02-17",
        [
            {
                "actor": PIPC,
                "country": "KR",
                "kind": {"suspend"},
                "status": "done",
                "date": "2025-02-15",
                "scope": {STORE},
            }
        ],
    ),
    case(
        "sv-imposed-a-ban",
        "The Czech government imposed a ban on DeepSeek across the state administration on "
        "Wednesday.",
        "2025-07-11",
        [
            {
                "actor": {"Czech government", "Czechia", "Czech Republic"},
                "country": "CZ",
                "kind": {"ban"},
                "status": "done",
                "date": "2025-07-09",
            }
        ],
    ),
    case(
        "sv-stopped-staff",
        "Samsung Electronics stopped its staff from using DeepSeek on company laptops and phones.",
        "2025-02-06",
        [
            {
                "actor": {"Samsung Electronics", "Samsung"},
                "country": "KR",
                "kind": ORDER_LIKE,
                "status": "done",
                "scope": {WORK},
            }
        ],
    ),
]

COORDINATED = [
    # a list whose second member opens with "the" is no appositive when a verb follows it
    case(
        "list-with-the-then-verb-is-not-an-appositive",
        "The Czech Republic, the Netherlands and Taiwan have barred DeepSeek from government "
        "devices, joining a growing list of countries that restrict the Chinese chatbot.",
        "2025-03-12",
        [
            {"actor": {"Czech Republic", "Czechia"}, "kind": {"ban"}, "scope": {GOV}},
            {"actor": {"Netherlands"}, "kind": {"ban"}, "scope": {GOV}},
            {"actor": {"Taiwan"}, "kind": {"ban"}, "scope": {GOV}},
        ],
        exact=True,
    ),
    case(
        "joined-a-list-of-states-that-banned",
        "Texas joined a list of states that have banned the app on government devices.",
        "2025-03-12",
        [{"actor": {"Texas"}, "kind": {"ban"}, "scope": {GOV}}],
        exact=True,
    ),
    case(
        "coord-four-jurisdictions",
        "Japan, Australia, the U.S. state of Texas and Taiwan have barred DeepSeek from "
        "government devices.",
        "2025-02-07",
        [
            {"actor": AUSTRALIA, "kind": {"ban"}, "status": "done", "scope": {GOV}},
            {"actor": JAPAN, "kind": {"ban"}, "status": "done", "scope": {GOV}},
            {"actor": TAIWAN, "kind": {"ban"}, "status": "done", "scope": {GOV}},
            {"actor": TEXAS, "country": "US", "kind": {"ban"}, "status": "done", "scope": {GOV}},
        ],
        exact=True,
    ),
    case(
        "coord-while-clause",
        "Belgium and the Netherlands have restricted DeepSeek on official devices, while "
        "Italy has blocked the app outright.",
        "2025-02-20",
        [
            {"actor": {"Belgium", "Belgian government"}, "kind": {"restrict"}, "scope": {GOV}},
            {
                "actor": {"Netherlands", "Dutch government", "The Netherlands"},
                "kind": {"restrict"},
                "scope": {GOV},
            },
            {"actor": ITALY | GARANTE, "kind": {"block"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "coord-three-companies",
        "Samsung Electronics, SK Hynix and LG Electronics have all blocked DeepSeek on "
        "company devices.",
        "2025-02-06",
        [
            {"actor": {"Samsung Electronics", "Samsung"}, "kind": {"block"}, "scope": {WORK}},
            {"actor": {"SK Hynix"}, "kind": {"block"}, "scope": {WORK}},
            {"actor": {"LG Electronics"}, "kind": {"block"}, "scope": {WORK}},
        ],
        exact=True,
    ),
    case(
        "coord-two-banks-weekday",
        "The Industrial Bank of Korea and Korea Development Bank blocked employee access to "
        "DeepSeek on Thursday.",
        "2025-02-07",
        [
            {"actor": IBK, "kind": {"block"}, "date": "2025-02-06", "country": "KR"},
            {"actor": KDB, "kind": {"block"}, "date": "2025-02-06", "country": "KR"},
        ],
        exact=True,
    ),
    case(
        "coord-us-agencies-told",
        "The U.S. Navy and NASA have told staff not to use DeepSeek.",
        "2025-02-03",
        [
            {"actor": {"NASA"}, "kind": TOLD_STOP, "status": "done"},
            {"actor": NAVY, "kind": TOLD_STOP, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "coord-states-semicolons-followed",
        "Several U.S. states have acted: Texas banned the app on state devices on Jan. 31; "
        "New York followed on Feb. 10; and Virginia did the same a day later.",
        "2025-02-20",
        [
            {"actor": TEXAS, "kind": {"ban"}, "date": "2025-01-31", "scope": {GOV}},
            {"actor": NEW_YORK | HOCHUL, "kind": {"ban"}, "date": "2025-02-10"},
            {"actor": VIRGINIA | YOUNGKIN, "kind": {"ban"}, "date": "2025-02-11"},
        ],
        exact=True,
    ),
    case(
        "coord-each-have",
        "Iowa, Nebraska, Oklahoma and South Dakota have each banned DeepSeek on state-issued "
        "devices.",
        "2025-03-24",
        [
            {"actor": {"Iowa"}, "country": "US", "kind": {"ban"}, "scope": {GOV}},
            {"actor": {"Nebraska"}, "country": "US", "kind": {"ban"}, "scope": {GOV}},
            {"actor": {"Oklahoma"}, "country": "US", "kind": {"ban"}, "scope": {GOV}},
            {"actor": {"South Dakota"}, "country": "US", "kind": {"ban"}, "scope": {GOV}},
        ],
        exact=True,
    ),
    case(
        "coord-carmakers-integrate",
        "Great Wall Motor, Leapmotor and BYD said they would build DeepSeek's R1 into their "
        "in-car assistants.",
        "2025-02-12",
        [
            {"actor": {"Great Wall Motor", "Great Wall"}, "kind": HOST, "status": "planned"},
            {"actor": {"Leapmotor"}, "kind": HOST, "status": "planned"},
            {"actor": {"BYD"}, "kind": HOST, "status": "planned"},
        ],
    ),
    case(
        "coord-telecoms-adopt",
        "China Mobile, China Telecom and China Unicom have all deployed DeepSeek's models on "
        "their cloud platforms.",
        "2025-02-10",
        [
            {"actor": {"China Mobile"}, "country": "CN", "kind": {"adopt"}, "status": "done"},
            {"actor": {"China Telecom"}, "country": "CN", "kind": {"adopt"}, "status": "done"},
            {"actor": {"China Unicom"}, "country": "CN", "kind": {"adopt"}, "status": "done"},
        ],
    ),
]

MINISTRY_LISTS = [
    case(
        "lower-case-field-list-acts",
        "TOKYO (Example Wire) -- The finance, foreign and defense ministries told staff not to "
        "use DeepSeek.",
        "2025-02-10",
        [
            {"country": "JP", "kind": {"ban", "warn"}},
            {"country": "JP", "kind": {"ban", "warn"}},
            {"country": "JP", "kind": {"ban", "warn"}},
        ],
        exact=True,
        raw=True,
    ),
    case(
        "list-whose-last-name-holds-a-comma",
        "The Ministry of Foreign Affairs, the Ministry of Defense and the Ministry of Trade, "
        "Industry and Energy have restricted access to DeepSeek.",
        "2025-02-06",
        [
            {"actor": {"Ministry of Foreign Affairs"}, "kind": {"restrict"}},
            {
                "actor": {"Ministry of National Defense", "Ministry of Defense"},
                "kind": {"restrict"},
            },
            {"actor": KR_MOTIE, "kind": {"restrict"}},
        ],
        exact=True,
    ),
    case(
        "list-of-ministries-joined-by-and",
        "South Korea's Ministry of Foreign Affairs, Ministry of National Defense and Ministry of "
        "Trade, Industry and Energy have restricted access to DeepSeek.",
        "2025-02-06",
        [
            {"actor": {"Ministry of Foreign Affairs"}, "kind": {"restrict"}},
            {"actor": {"Ministry of National Defense"}, "kind": {"restrict"}},
            {"actor": KR_MOTIE, "kind": {"restrict"}},
        ],
        exact=True,
    ),
    case(
        "semicolon-ministries-agentless",
        "In South Korea, access to DeepSeek has been cut off at four government bodies: the "
        "Ministry of Foreign Affairs; the Ministry of National Defense; the Ministry of Trade, "
        "Industry and Energy; and the Ministry of Unification.",
        "2025-02-07",
        [
            {"actor": KR_MOFA, "country": "KR", "kind": {"block"}, "status": "done"},
            {"actor": KR_MND, "country": "KR", "kind": {"block"}, "status": "done"},
            {"actor": KR_MOTIE, "country": "KR", "kind": {"block"}, "status": "done"},
            {"actor": KR_MOU, "country": "KR", "kind": {"block"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "semicolon-ministries-subject",
        "South Korea's Ministry of Economy and Finance; Ministry of Health and Welfare; and "
        "Ministry of Culture, Sports and Tourism have restricted DeepSeek on staff computers.",
        "2025-02-07",
        [
            {"actor": KR_MOEF, "country": "KR", "kind": {"restrict"}, "scope": {GOV}},
            {"actor": KR_MOHW, "country": "KR", "kind": {"restrict"}, "scope": {GOV}},
            {"actor": KR_MCST, "country": "KR", "kind": {"restrict"}, "scope": {GOV}},
        ],
        exact=True,
    ),
    case(
        "ministries-of-finance-and-environment",
        "In Seoul, the ministries of Finance and Environment have temporarily blocked DeepSeek "
        "on office PCs.",
        "2025-02-06",
        [
            {
                "actor": KR_MOEF,
                "country": "KR",
                "kind": {"block"},
                "temporary": True,
                "scope": {GOV},
            },
            {
                "actor": KR_ENV,
                "country": "KR",
                "kind": {"block"},
                "temporary": True,
                "scope": {GOV},
            },
        ],
        exact=True,
    ),
    case(
        "ministries-of-defense-and-unification",
        "South Korea's ministries of Defense and Unification have also restricted DeepSeek.",
        "2025-02-06",
        [
            {"actor": KR_MND, "country": "KR", "kind": {"restrict"}},
            {"actor": KR_MOU, "country": "KR", "kind": {"restrict"}},
        ],
        exact=True,
    ),
    case(
        "ministries-list-with-commas",
        "The Korean ministries of Foreign Affairs, Unification and Environment blocked "
        "DeepSeek on their internal networks on Tuesday.",
        "2025-02-06",
        [
            {"actor": KR_MOFA, "country": "KR", "kind": {"block"}, "date": "2025-02-04"},
            {"actor": KR_MOU, "country": "KR", "kind": {"block"}, "date": "2025-02-04"},
            {"actor": KR_ENV, "country": "KR", "kind": {"block"}, "date": "2025-02-04"},
        ],
        exact=True,
    ),
]

PASSIVES = [
    case(
        "passive-with-the-speaker-after-it",
        "DeepSeek has been banned on government devices in New Zealand, the government said.",
        "2025-02-14",
        [{"actor": {"New Zealand"}, "kind": {"ban"}, "scope": {GOV}}],
        exact=True,
    ),
    case(
        "passive-with-a-ministry-after-it",
        "DeepSeek has been banned on government devices, Norway's finance ministry said on Monday.",
        "2025-02-14",
        [{"actor": {"Norway's finance ministry"}, "kind": {"ban"}, "date": "2025-02-10"}],
        exact=True,
    ),
    case(
        "passive-news-of-it-is-not-the-act",
        "Bloomberg reported that access to DeepSeek was blocked at the Pentagon.",
        "2025-02-14",
        # the outlet reports; the body it was done at acts
        [{"actor": {"Department of Defense", "Pentagon"}, "kind": {"block"}, "status": "done"}],
        exact=True,
    ),
    case(
        "passive-agent-by",
        "DeepSeek was blocked by Italy's privacy regulator on Thursday.",
        "2025-01-31",
        [{"actor": GARANTE, "country": "IT", "kind": {"block"}, "date": "2025-01-30"}],
        exact=True,
    ),
    case(
        "passive-agent-has-been",
        "Access to the chatbot has been suspended by South Korea's PIPC.",
        "2025-02-17",
        [{"actor": PIPC, "country": "KR", "kind": {"suspend"}, "status": "done"}],
        exact=True,
    ),
    case(
        "passive-agent-governor",
        "The app was banned on all state-owned phones by Virginia Governor Glenn Youngkin on "
        "Feb. 11.",
        "2025-02-13",
        [
            {
                "actor": YOUNGKIN | VIRGINIA,
                "kind": {"ban"},
                "date": "2025-02-11",
                "scope": {GOV},
            }
        ],
        exact=True,
    ),
    case(
        "passive-agent-review",
        "DeepSeek's handling of personal data is being reviewed by France's CNIL.",
        "2025-01-31",
        [{"actor": CNIL, "country": "FR", "kind": {"investigate"}, "status": "done"}],
        exact=True,
    ),
    case(
        "passive-agent-weekday",
        "Employees' use of the service was restricted by KB Kookmin Bank on Monday.",
        "2025-02-05",
        [
            {
                "actor": {"KB Kookmin Bank", "Kookmin Bank"},
                "kind": {"restrict"},
                "date": "2025-02-03",
                "scope": {WORK},
            }
        ],
        exact=True,
    ),
    case(
        "passive-agentless-previous-sentence",
        "South Korea's Financial Services Commission held an internal security meeting on "
        "Thursday. Afterwards, access to DeepSeek was blocked on the commission's computers.",
        "2025-02-07",
        [{"actor": FSC, "country": "KR", "kind": {"block"}, "scope": {GOV}}],
    ),
    case(
        "passive-agentless-directive",
        "Australia's Department of Home Affairs issued a directive on Tuesday. Under it, "
        "DeepSeek must be removed from all federal government devices.",
        "2025-02-05",
        [
            {
                "actor": HOME_AFFAIRS | AUSTRALIA,
                "country": "AU",
                "kind": ORDER_LIKE,
                "date": "2025-02-04",
                "scope": {GOV},
            }
        ],
    ),
    case(
        "passive-agentless-temporarily",
        "South Korea's Ministry of Trade, Industry and Energy moved quickly on Wednesday. "
        "DeepSeek was temporarily blocked on the ministry's computers over security concerns.",
        "2025-02-06",
        [
            {
                "actor": KR_MOTIE,
                "kind": {"block"},
                "date": "2025-02-05",
                "temporary": True,
                "scope": {GOV},
                "reasons": {"security"},
            }
        ],
    ),
    case(
        "passive-agentless-guidance",
        "Kakao Corp issued new internal guidance on Tuesday. Under the guidance, employees "
        "are banned from using DeepSeek for work.",
        "2025-02-06",
        [
            {
                "actor": {"Kakao Corp", "Kakao"},
                "kind": {"ban"},
                "date": "2025-02-04",
                "scope": {WORK},
            }
        ],
    ),
    case(
        "passive-agentless-czech",
        "The Czech cabinet met on Wednesday. The use of DeepSeek was then prohibited across the "
        "state administration because Chinese law can force firms to hand data to the "
        "authorities in Beijing.",
        "2025-07-11",
        [
            {
                "actor": {"Czech cabinet", "Czech government", "Czechia", "Czech Republic"},
                "country": "CZ",
                "kind": {"ban"},
                "reasons_has": {"data_sovereignty"},
            }
        ],
    ),
]

SPEAKER_ACTS = [
    # a department secretary's direction is the department's act
    case(
        "department-secretary-acts-for-the-department",
        "Home Affairs Secretary Stephanie Foster issued a direction on Tuesday requiring all "
        "federal entities to remove DeepSeek products from government systems.",
        "2025-02-05",
        [
            {
                "actor": {"Department of Home Affairs"},
                "country": "AU",
                "kind": {"ban", "block"},
            }
        ],
        exact=True,
    ),
    case(
        "said-that-suspended",
        "The PIPC said on Monday that DeepSeek's app had been suspended from local app stores.",
        "2025-02-17",
        [
            {
                "actor": PIPC,
                "kind": {"suspend"},
                "status": "done",
                "date": "2025-02-17",
                "scope": {STORE},
            }
        ],
        exact=True,
    ),
    case(
        "officials-said-blocked",
        "Officials at South Korea's Ministry of Environment said access to DeepSeek had been "
        "blocked on its computers.",
        "2025-02-06",
        [{"actor": KR_ENV, "country": "KR", "kind": {"block"}, "scope": {GOV}}],
        exact=True,
    ),
    case(
        "premier-said-barred",
        "Taiwan's Premier Cho Jung-tai said DeepSeek was now barred across the public sector.",
        "2025-02-04",
        [
            {
                "actor": {"Cho Jung-tai", "Cho"} | TAIWAN | EXECUTIVE_YUAN,
                "country": "TW",
                "kind": {"ban"},
                "status": "done",
            }
        ],
        exact=True,
    ),
    case(
        "spokesperson-said-no-longer-allowed",
        "A spokesperson for the Dutch interior ministry said civil servants were no longer "
        "allowed to use the DeepSeek app on work phones.",
        "2025-02-05",
        [
            {
                "actor": {
                    "Ministry of the Interior and Kingdom Relations",
                    "Dutch interior ministry",
                    "Interior Ministry",
                    "BZK",
                },
                "country": "NL",
                "kind": BAN_LIKE,
                "status": "done",
            }
        ],
        exact=True,
    ),
    case(
        "said-it-had-blocked",
        "LG Uplus said it had blocked DeepSeek on all company computers.",
        "2025-02-05",
        [
            {
                "actor": {"LG Uplus", "LG U+", "LG U Plus"},
                "country": "KR",
                "kind": {"block"},
                "scope": {WORK},
            }
        ],
        exact=True,
    ),
]

LIST_JOINING = [
    case(
        "joins-growing-list",
        "The Netherlands joins a growing list of countries restricting DeepSeek on government "
        "devices over privacy concerns.",
        "2025-02-06",
        [
            {
                "actor": {"Netherlands", "Dutch government", "The Netherlands"},
                "country": "NL",
                "kind": RESTRICTIVE,
                "status": "done",
                "scope": {GOV},
                "reasons": {"privacy"},
            }
        ],
        exact=True,
    ),
    case(
        "joins-growing-number",
        "India's finance ministry has told staff to keep AI tools off office computers, and "
        "with the move India joins a growing number of governments curbing DeepSeek on "
        "official devices.",
        "2025-02-05",
        [{"actor": INDIA_MOF | {"India"}, "country": "IN", "kind": TOLD_STOP, "scope": {GOV}}],
    ),
    case(
        "becomes-latest",
        "Belgium has become the latest country to ban DeepSeek on federal government devices.",
        "2025-02-20",
        [
            {
                "actor": {"Belgium", "Belgian government"},
                "country": "BE",
                "kind": {"ban"},
                "status": "done",
                "scope": {GOV},
            }
        ],
        exact=True,
    ),
    case(
        "considered-could-officials-said",
        "The Belgian government could ban DeepSeek on official devices, officials said.",
        "2025-02-06",
        [
            {
                "actor": {"Belgium", "Belgian government"},
                "kind": {"ban"},
                "status": "considered",
                "scope": {GOV},
            }
        ],
        exact=True,
    ),
]

PROMPTING = [
    case(
        "prompting-government-to-block",
        "In Taiwan, reports that DeepSeek sends user data to servers in China spread quickly, "
        "prompting the government to cut off the app on ministry computers.",
        "2025-02-06",
        [
            {
                "actor": TAIWAN,
                "country": "TW",
                "kind": {"block"},
                "status": "done",
                "scope": {GOV},
                "reasons_has": {"data_sovereignty"},
            }
        ],
        exact=True,
    ),
    case(
        "prompted-cabinet-to-bar",
        "The findings prompted Taiwan's cabinet to bar the app from the entire public sector.",
        "2025-02-04",
        [{"actor": EXECUTIVE_YUAN | TAIWAN, "country": "TW", "kind": {"ban"}, "status": "done"}],
        exact=True,
    ),
    case(
        "led-city-to-restrict",
        "Fears of data leaks led the Seoul Metropolitan Government to restrict the chatbot on "
        "staff computers.",
        "2025-02-10",
        [
            {
                "actor": {"Seoul Metropolitan Government", "Seoul", "Seoul City"},
                "country": "KR",
                "kind": {"restrict"},
                "scope": {GOV},
                "reasons": {"security"},
            }
        ],
        exact=True,
    ),
]

RELATIVE_APPOSITIVE = [
    case(
        "relative-which-barred",
        "The Commerce Department, which barred DeepSeek from government-issued devices in "
        "March, has not commented on the app since.",
        "2025-04-10",
        [
            {
                "actor": COMMERCE,
                "country": "US",
                "kind": {"ban"},
                "status": "done",
                "date": "2025-03",
                "scope": {GOV},
            }
        ],
        exact=True,
    ),
    case(
        "relative-which-blocked-weekday",
        "Officials pointed to the Korea Customs Service, which blocked DeepSeek on its internal "
        "network on Tuesday.",
        "2025-02-06",
        [
            {
                "actor": {"Korea Customs Service", "KCS"},
                "country": "KR",
                "kind": {"block"},
                "date": "2025-02-04",
                "scope": {GOV},
            }
        ],
        exact=True,
    ),
    case(
        "relative-government-which-ordered",
        "The decision follows a move by the Australian government, which ordered DeepSeek "
        "removed from all federal systems on Feb. 4.",
        "2025-02-10",
        [{"actor": AUSTRALIA, "kind": ORDER_LIKE, "date": "2025-02-04", "scope": {GOV}}],
    ),
    case(
        "relative-which-added-r1",
        "Microsoft, which added R1 to its Azure AI Foundry catalogue on Jan. 29, is also "
        "testing the model on its own laptops.",
        "2025-02-10",
        [{"actor": MICROSOFT, "kind": HOST, "status": "done", "date": "2025-01-29"}],
    ),
    case(
        "appositive-startup-started-offering",
        "Perplexity, the AI search start-up, began serving R1 to subscribers in late January.",
        "2025-02-10",
        [
            {
                "actor": {"Perplexity", "Perplexity AI"},
                "kind": HOST,
                "status": "done",
                "date": "2025-01",
            }
        ],
        exact=True,
    ),
    case(
        "appositive-garante-ordered",
        "The Garante, Italy's data protection authority, ordered DeepSeek to block its chatbot "
        "for Italian users.",
        "2025-01-31",
        [{"actor": GARANTE, "country": "IT", "kind": {"block"}, "status": "done"}],
        exact=True,
    ),
    case(
        "appositive-state-run",
        "KHNP, the state-run nuclear operator, has banned DeepSeek on company computers.",
        "2025-02-05",
        [{"actor": KHNP, "country": "KR", "kind": {"ban"}, "scope": {WORK}}],
        exact=True,
    ),
    case(
        "appositive-carmaker-said",
        "Geely, China's second-largest carmaker, said on Thursday it had built DeepSeek's R1 "
        "into its in-car assistant.",
        "2025-02-07",
        [
            {
                "actor": {"Geely", "Geely Auto", "Geely Automobile"},
                "country": "CN",
                "kind": HOST,
                "status": "done",
                "date": "2025-02-06",
            }
        ],
        exact=True,
    ),
    case(
        "appositive-person-role",
        "Aleid Wolfsen, chairman of the Dutch data protection authority, announced an "
        "investigation into DeepSeek on Friday.",
        "2025-02-03",
        [
            {
                "actor": DUTCH_AP | {"Aleid Wolfsen", "Wolfsen"},
                "country": "NL",
                "kind": {"investigate"},
                "date": "2025-01-31",
            }
        ],
        exact=True,
    ),
]

FOLLOWING = [
    case(
        "followed-suit-two-paragraphs-on",
        "Chile barred DeepSeek from government devices on Monday.\n\nThe government said the "
        "measure covered all ministries.\n\nPeru followed suit a day later.",
        "2025-03-12",
        [
            {"actor": {"Chile"}, "kind": {"ban"}},
            {"actor": {"Peru"}, "kind": {"ban"}},
        ],
        exact=True,
    ),
    case(
        "following-x-y-also-wrote",
        "Following Italy, Ireland's Data Protection Commission also wrote to DeepSeek asking "
        "how it processes the data of Irish users.",
        "2025-01-31",
        [{"actor": DPC, "country": "IE", "kind": {"request_information"}, "status": "done"}],
    ),
    case(
        "following-texas-ny-banned",
        "Following Texas, New York also banned DeepSeek from state devices.",
        "2025-02-12",
        [{"actor": NEW_YORK | HOCHUL, "kind": {"ban"}, "status": "done", "scope": {GOV}}],
    ),
    case(
        "after-decision-also-restricted",
        "After the PIPC's decision, Woori Financial Group also restricted employee use of the app.",
        "2025-02-19",
        [
            {
                "actor": {"Woori Financial Group", "Woori Financial", "Woori"},
                "country": "KR",
                "kind": {"restrict"},
                "scope": {WORK},
            }
        ],
    ),
    case(
        "followed-suit",
        "Shinhan Bank blocked DeepSeek on Monday, and Hana Bank followed suit the next day.",
        "2025-02-07",
        [
            {"actor": {"Shinhan Bank"}, "kind": {"block"}, "date": "2025-02-03"},
            {"actor": {"Hana Bank"}, "kind": {"block"}, "date": "2025-02-04"},
        ],
        exact=True,
    ),
]

TELLERS = [
    case(
        "teller-after-a-modal",
        "Germany plans to tell its ministries to stop using DeepSeek.",
        "2025-02-14",
        [{"actor": {"Germany"}, "kind": {"ban"}, "status": "planned"}],
        exact=True,
    ),
    case(
        "asker-after-a-modal",
        "Germany could ask Apple and Google to remove DeepSeek from their app stores.",
        "2025-02-14",
        [{"actor": {"Germany"}, "kind": {"call_for"}, "status": "considered"}],
        exact=True,
    ),
    case(
        "told-employees-stop",
        "India's finance ministry told its employees to stop using AI tools such as ChatGPT "
        "and DeepSeek on office devices.",
        "2025-02-05",
        [
            {
                "actor": INDIA_MOF,
                "country": "IN",
                "kind": TOLD_STOP,
                "status": "done",
                "scope": {GOV},
                "targets_has": {"DeepSeek", "ChatGPT"},
            }
        ],
        exact=True,
    ),
    case(
        "ordered-delete",
        "Virginia Governor Glenn Youngkin ordered state employees to delete DeepSeek from "
        "state-issued phones.",
        "2025-02-12",
        [{"actor": YOUNGKIN | VIRGINIA, "kind": ORDER_LIKE, "status": "done", "scope": {GOV}}],
        exact=True,
    ),
    case(
        "instructed-remove",
        "Home Affairs Department secretary Stephanie Foster instructed all federal agencies to "
        "remove DeepSeek products from their systems and devices.",
        "2025-02-05",
        [
            {
                "actor": {"Stephanie Foster", "Foster"} | HOME_AFFAIRS,
                "country": "AU",
                "kind": ORDER_LIKE,
                "status": "done",
                "scope": {GOV},
            }
        ],
        exact=True,
    ),
    case(
        "told-members-not-to-use",
        "The U.S. Navy instructed sailors on Jan. 24 to avoid DeepSeek in any capacity.",
        "2025-01-29",
        [{"actor": NAVY, "country": "US", "kind": TOLD_STOP, "date": "2025-01-24"}],
        exact=True,
    ),
    case(
        "told-staff-stop-prefecture",
        "Osaka Prefecture told its staff to stop using DeepSeek on prefectural computers.",
        "2025-02-14",
        [
            {
                "actor": {"Osaka Prefecture", "Osaka"},
                "country": "JP",
                "kind": TOLD_STOP,
                "scope": {GOV},
            }
        ],
        exact=True,
    ),
    case(
        "asked-officials-refrain",
        "Japan's Digital Agency asked ministries to refrain from using DeepSeek on government "
        "computers for now.",
        "2025-02-07",
        [
            {
                "actor": {"Digital Agency", "Japan's Digital Agency"} | JAPAN,
                "country": "JP",
                "kind": {"warn", "restrict"},
                "temporary": True,
                "scope": {GOV},
            }
        ],
        exact=True,
    ),
]

CALLS = [
    # "House lawmakers" in a US story: the House; "a pair of" names who acts
    case(
        "pair-of-house-lawmakers-bill",
        "WASHINGTON (Example Wire) — A bipartisan pair of House lawmakers on Thursday "
        "introduced legislation that would ban DeepSeek from federal government devices.",
        "2025-02-07",
        [
            {
                "actor": {"House of Representatives", "U.S. House"},
                "country": "US",
                "kind": {"call_for", "ban"},
                "status": "proposed",
            }
        ],
        exact=True,
        raw=True,
    ),
    case(
        "headline-moves-to-bar-is-planned",
        "Canada moves to bar Chinese chatbot from government phones",
        "2025-02-07",
        [{"actor": {"Canada"}, "kind": {"ban"}, "status": "planned"}],
        exact=True,
        raw=True,
    ),
    case(
        "urged-agency-to-ban",
        "U.S. Rep. Josh Gottheimer urged the Commerce Department to ban DeepSeek nationwide.",
        "2025-02-20",
        [
            {
                "actor": {"Josh Gottheimer", "Gottheimer"},
                "country": "US",
                "kind": {"call_for"},
            }
        ],
        exact=True,
    ),
    case(
        "called-on-canberra",
        "The Australian Strategic Policy Institute called on Canberra to block the app on "
        "government phones.",
        "2025-02-03",
        [
            {
                "actor": {"Australian Strategic Policy Institute", "ASPI"},
                "kind": {"call_for"},
            }
        ],
        exact=True,
    ),
    case(
        "asked-regulator-to-investigate",
        "Consumer group Altroconsumo asked the Garante to investigate DeepSeek.",
        "2025-01-29",
        [{"actor": {"Altroconsumo"}, "kind": {"call_for"}}],
        exact=True,
    ),
    case(
        "demanded-that",
        "South Korean opposition lawmaker Ahn Cheol-soo demanded that the government bar "
        "DeepSeek from all public institutions.",
        "2025-02-05",
        [{"actor": {"Ahn Cheol-soo", "Ahn"}, "kind": {"call_for"}}],
        exact=True,
    ),
    case(
        "called-on-regulators-to-act",
        "European consumer group BEUC called on national regulators to act against DeepSeek.",
        "2025-02-06",
        [
            {
                "actor": {"BEUC", "European Consumer Organisation"},
                "kind": {"call_for"},
            }
        ],
        exact=True,
    ),
]

WARNINGS = [
    case(
        "posted-an-alert",
        "Japan's Personal Information Protection Commission posted an alert on its website "
        "warning that user data was stored on servers in China.",
        "2025-02-04",
        [{"country": "JP", "kind": {"warn"}}],
        exact=True,
    ),
    # a notice's author reports a passive act it states
    case(
        "notice-stating-that-passive",
        "Italy's regulator published a notice stating that DeepSeek had been blocked.",
        "2025-02-04",
        [{"country": "IT", "kind": {"block", "ban"}}],
        exact=True,
    ),
    # a warning beside an inquiry in one sentence is a second action
    case(
        "inquiry-and-warning-in-one-sentence",
        "Austria's data protection authority opened an investigation into DeepSeek and urged "
        "Austrian users to be careful with the app.",
        "2025-02-12",
        [
            {"country": "AT", "kind": {"investigate"}},
            {"country": "AT", "kind": {"warn"}},
        ],
        exact=True,
    ),
    # "against installing": the warning's content, not an adoption
    case(
        "warned-against-installing",
        "Germany's Federal Office for Information Security warned agencies against installing "
        "the app.",
        "2025-02-12",
        [{"country": "DE", "kind": {"warn"}}],
        exact=True,
    ),
    case(
        "sent-a-questionnaire",
        "Spain's data protection agency said it had sent DeepSeek a questionnaire about its "
        "data practices.",
        "2025-02-12",
        [{"country": "ES", "kind": {"request_information"}}],
        exact=True,
    ),
    # a recommendation to avoid a service is a warning by whoever recommends it
    case(
        "recommended-that-staff-avoid",
        "Kazakhstan's Ministry of Digital Development has recommended that civil servants avoid "
        "DeepSeek.",
        "2025-03-05",
        [{"country": "KZ", "kind": {"warn"}, "status": "done"}],
        exact=True,
    ),
    case(
        "recommended-that-officials-not-use",
        "Poland's digital ministry recommended that officials not use the Chinese chatbot.",
        "2025-03-05",
        [{"country": "PL", "kind": {"warn"}, "status": "done"}],
        exact=True,
    ),
    case(
        "recommends-against-using",
        "Canada's cyber centre recommends against using DeepSeek on government devices.",
        "2025-03-05",
        [
            {
                "actor": {"Canadian Centre for Cyber Security"},
                "kind": {"warn"},
                "scope": {GOV},
            }
        ],
        exact=True,
    ),
    case(
        "urged-agencies-be-careful",
        "South Korea's Ministry of the Interior and Safety urged government agencies to be "
        "careful when using DeepSeek.",
        "2025-02-05",
        [{"actor": KR_MOIS, "country": "KR", "kind": {"warn"}, "status": "done"}],
        exact=True,
    ),
    case(
        "advised-users-against",
        "Japan's Personal Information Protection Commission advised users against entering "
        "personal information into DeepSeek.",
        "2025-02-04",
        [
            {
                "actor": {"Personal Information Protection Commission", "PPC"},
                "country": "JP",
                "kind": {"warn"},
                "status": "done",
                "scope": {NATION},
                "reasons": {"privacy"},
            }
        ],
        exact=True,
    ),
    case(
        "warned-public-think-twice",
        "Britain's Information Commissioner's Office warned the public to think twice before "
        "sharing personal details with the chatbot.",
        "2025-02-03",
        [
            {
                "actor": {"Information Commissioner's Office", "ICO"},
                "country": "GB",
                "kind": {"warn"},
                "scope": {NATION},
                "reasons": {"privacy"},
            }
        ],
        exact=True,
    ),
    case(
        "issued-advisory-cautioning",
        "The Centre for Cybersecurity Belgium issued an advisory cautioning against the use of "
        "DeepSeek on government systems.",
        "2025-02-14",
        [
            {
                "actor": {"Centre for Cybersecurity Belgium", "CCB"},
                "country": "BE",
                "kind": {"warn"},
                "scope": {GOV},
            }
        ],
        exact=True,
    ),
    case(
        "warned-that-chinese-access",
        "The Czech cybersecurity agency NUKIB warned that DeepSeek could give Chinese "
        "authorities access to data stored on its servers in China.",
        "2025-07-11",
        [
            {
                "actor": {
                    "NUKIB",
                    "National Cyber and Information Security Agency",
                    "Czech cybersecurity agency",
                },
                "country": "CZ",
                "kind": {"warn"},
                "reasons_has": {"data_sovereignty"},
            }
        ],
        exact=True,
    ),
    case(
        "urged-users-not-to-upload-is-warn",
        "The Dutch data protection authority urged Dutch users not to upload personal data to "
        "the chatbot.",
        "2025-01-31",
        [
            {
                "actor": DUTCH_AP,
                "country": "NL",
                "kind": {"warn"},
                "scope": {NATION},
                "reasons": {"privacy"},
            }
        ],
        exact=True,
    ),
    case(
        "guideline-issued",
        "Kerala's IT department issued a guideline on Monday discouraging officials from "
        "using DeepSeek for official work.",
        "2025-02-12",
        [
            {
                "actor": {"Kerala", "Kerala IT department", "Kerala's IT department"},
                "country": "IN",
                "kind": {"warn"},
                "date": "2025-02-10",
            }
        ],
        exact=True,
    ),
]

OPPOSITION = [
    case(
        "opposition-target-ends-before-the-next-predicate",
        "Beijing opposed the bans and hopes the countries will reconsider.",
        "2025-02-12",
        [{"actor": {"China", "Beijing"}, "kind": {"oppose"}, "targets_has": ["bans"]}],
        exact=True,
    ),
    case(
        "urged-not-to-politicize",
        "Asked about the restrictions on DeepSeek, China's foreign ministry urged South Korea "
        "not to politicize economic and technology issues.",
        "2025-02-07",
        [{"actor": CN_MFA | CHINA, "country": "CN", "kind": {"oppose"}, "status": "done"}],
        exact=True,
    ),
    case(
        "rejected-the-move",
        "Taiwan banned DeepSeek on government devices on Monday. Beijing rejected the move, "
        "calling it politically motivated.",
        "2025-02-05",
        [
            {"actor": TAIWAN, "kind": {"ban"}, "date": "2025-02-03", "scope": {GOV}},
            {"actor": CHINA, "country": "CN", "kind": {"oppose"}},
        ],
        exact=True,
    ),
    case(
        "criticised-the-ban",
        "Australia ordered DeepSeek off government devices on Feb. 4. The Chinese embassy in "
        "Canberra criticised the ban as discriminatory.",
        "2025-02-06",
        [
            {"actor": AUSTRALIA, "kind": ORDER_LIKE, "date": "2025-02-04", "scope": {GOV}},
            {
                "actor": {"Chinese embassy in Canberra", "Chinese Embassy", "China"},
                "country": "CN",
                "kind": {"oppose"},
            },
        ],
        exact=True,
    ),
    case(
        "protested-decision",
        "The Computer and Communications Industry Association protested the decision to ban "
        "the app in Texas.",
        "2025-02-05",
        [
            {
                "actor": {
                    "Computer and Communications Industry Association",
                    "Computer & Communications Industry Association",
                    "CCIA",
                },
                "kind": {"oppose"},
            }
        ],
    ),
]

INSTRUMENTS = [
    case(
        "order-forbids",
        "Virginia Governor Glenn Youngkin signed Executive Order 46 on Feb. 11. The order "
        "forbids state employees from installing DeepSeek on state-issued devices.",
        "2025-02-14",
        [
            {
                "actor": YOUNGKIN | VIRGINIA,
                "kind": {"ban"},
                "status": "done",
                "date": "2025-02-11",
                "scope": {GOV},
            }
        ],
        exact=True,
    ),
    case(
        "directive-requires",
        "Australia's Home Affairs department published a directive on Tuesday. The directive "
        "requires all federal entities to remove DeepSeek from government devices.",
        "2025-02-05",
        [
            {
                "actor": HOME_AFFAIRS | AUSTRALIA,
                "kind": ORDER_LIKE,
                "date": "2025-02-04",
                "scope": {GOV},
            }
        ],
        exact=True,
    ),
    case(
        "memo-issued-by-bars",
        "The memo, issued by the House Chief Administrative Officer, bars congressional "
        "staff from using DeepSeek on official devices.",
        "2025-01-31",
        [
            {
                "actor": {"House Chief Administrative Officer", "Chief Administrative Officer"},
                "country": "US",
                "kind": {"ban"},
                "scope": {GOV},
            }
        ],
        exact=True,
    ),
    case(
        "guideline-from-prohibits",
        "The new guideline from Taiwan's Ministry of Digital Affairs bars state agencies and "
        "critical-infrastructure operators from running DeepSeek.",
        "2025-02-03",
        [{"actor": MODA, "kind": {"ban"}, "scope_has": {CRIT}}],
        exact=True,
    ),
    case(
        "notice-bans",
        "Korea Hydro & Nuclear Power sent a notice to staff on Feb. 1. The notice bans the use "
        "of generative AI services including DeepSeek on company systems.",
        "2025-02-05",
        [{"actor": KHNP, "kind": {"ban"}, "date": "2025-02-01", "scope": {WORK}}],
        exact=True,
    ),
]

PRONOUNS = [
    case(
        "it-also-plans-to",
        "Korea Development Bank blocked DeepSeek on Monday. It also plans to review the "
        "security of other generative AI services.",
        "2025-02-05",
        [
            {"actor": KDB, "kind": {"block"}, "status": "done", "date": "2025-02-03"},
            {"actor": KDB, "kind": {"investigate"}, "status": "planned"},
        ],
        exact=True,
    ),
    case(
        "it-also-urged",
        "The Dutch data protection authority opened an investigation into DeepSeek on Friday. "
        "It also urged Dutch users not to upload personal data to the app.",
        "2025-02-03",
        [
            {"actor": DUTCH_AP, "kind": {"investigate"}, "date": "2025-01-31"},
            {"actor": DUTCH_AP, "kind": {"warn"}, "scope": {NATION}, "reasons": {"privacy"}},
        ],
        exact=True,
    ),
    case(
        "it-will-also",
        "Microsoft made R1 available on Azure on Jan. 29. It will also bring smaller versions "
        "of the model to Copilot+ PCs.",
        "2025-02-03",
        [
            {
                "actor": MICROSOFT,
                "kind": HOST | {"release"},
                "status": "done",
                "date": "2025-01-29",
            },
            {"actor": MICROSOFT, "kind": HOST | {"release"}, "status": "planned"},
        ],
        exact=True,
    ),
    case(
        "she-said-would",
        "New York Governor Kathy Hochul spoke on Monday. She said state agencies would remove "
        "DeepSeek from all state devices.",
        "2025-02-05",
        [{"actor": HOCHUL | NEW_YORK, "kind": ORDER_LIKE, "status": "planned", "scope": {GOV}}],
        exact=True,
    ),
    case(
        "the-company-then",
        "Naver told employees in January to avoid DeepSeek. The company then blocked the app "
        "on its internal network on Feb. 4.",
        "2025-02-06",
        [
            {"actor": {"Naver", "Naver Corp"}, "kind": {"warn", "ban", "restrict"}},
            {"actor": {"Naver", "Naver Corp"}, "kind": {"block"}, "date": "2025-02-04"},
        ],
        exact=True,
    ),
]

NOMINALISATIONS = [
    case(
        "announced-a-ban-on",
        "The Garante announced a ban on DeepSeek's processing of Italian users' data on Jan. 30.",
        "2025-02-03",
        [{"actor": GARANTE, "kind": {"ban", "block"}, "status": "done", "date": "2025-01-30"}],
        exact=True,
    ),
    case(
        "announced-the-suspension-of",
        "The PIPC announced the suspension of new DeepSeek downloads on Monday.",
        "2025-02-19",
        [
            {
                "actor": PIPC,
                "kind": {"suspend"},
                "status": "done",
                "date": "2025-02-17",
                "scope": {STORE},
            }
        ],
        exact=True,
    ),
    case(
        "announced-the-adoption-of",
        "Authorities in Shenzhen's Futian District announced the adoption of DeepSeek-powered "
        "assistants across dozens of public-service tasks last week.",
        "2025-02-27",
        [
            {
                "actor": {"Futian District", "Futian"},
                "country": "CN",
                "kind": {"adopt"},
                "date": "2025-W08",
                "scope": {PUBLIC},
            }
        ],
        exact=True,
    ),
    case(
        "sent-a-formal-request",
        "Ireland's Data Protection Commission sent a formal request to DeepSeek seeking "
        "details on how the data of Irish users is processed.",
        "2025-01-31",
        [{"actor": DPC, "country": "IE", "kind": {"request_information"}, "status": "done"}],
        exact=True,
    ),
    case(
        "gave-it-20-days",
        "The Garante gave the company 20 days to explain what personal data it collects and "
        "where it is stored.",
        "2025-01-29",
        [{"actor": GARANTE, "kind": {"request_information"}, "status": "done"}],
        exact=True,
    ),
    case(
        "opened-an-inquiry-into",
        "France's CNIL opened an inquiry into DeepSeek on Jan. 30 to assess the privacy risks "
        "of the chatbot.",
        "2025-02-03",
        [
            {
                "actor": CNIL,
                "kind": {"investigate"},
                "date": "2025-01-30",
                "reasons": {"privacy"},
            }
        ],
        exact=True,
    ),
    case(
        "opened-an-investigation-into",
        "Italy's competition authority opened an investigation into DeepSeek for failing to "
        "warn users that its answers may contain false information.",
        "2025-06-17",
        [
            {
                "actor": {
                    "Italian Competition Authority",
                    "AGCM",
                    "Italy's competition authority",
                    "Autorità Garante della Concorrenza e del Mercato",
                },
                "country": "IT",
                "kind": {"investigate"},
                "status": "done",
            }
        ],
        exact=True,
    ),
    case(
        "expanded-task-force-to-examine",
        "The European Data Protection Board expanded its AI enforcement task force to examine "
        "DeepSeek.",
        "2025-02-12",
        [
            {
                "actor": {"European Data Protection Board", "EDPB"},
                "country": "EU",
                "kind": {"investigate"},
            }
        ],
        exact=True,
    ),
    case(
        "possessive-blockade",
        "Italy's blockade of the app, imposed on Jan. 30, remains in force.",
        "2025-02-20",
        [{"actor": ITALY | GARANTE, "kind": {"block"}, "date": "2025-01-30"}],
        exact=True,
    ),
    case(
        "launched-a-probe",
        "Germany's Federal Office for Information Security launched a probe into DeepSeek's "
        "security on Tuesday.",
        "2025-02-06",
        [
            {
                "actor": {"Federal Office for Information Security", "BSI"},
                "country": "DE",
                "kind": {"investigate"},
                "date": "2025-02-04",
                "reasons": {"security"},
            }
        ],
        exact=True,
    ),
    case(
        "closely-monitoring",
        "The European Commission said it was closely monitoring DeepSeek.",
        "2025-01-29",
        [{"actor": {"European Commission"}, "country": "EU", "kind": {"investigate"}}],
        exact=True,
    ),
    case(
        "sought-information",
        "Berlin's data protection commissioner Meike Kamp sought information from DeepSeek "
        "about its transfers of German users' data to China.",
        "2025-06-30",
        [
            {
                "actor": {
                    "Meike Kamp",
                    "Kamp",
                    "Berlin Commissioner for Data Protection and Freedom of Information",
                },
                "country": "DE",
                "kind": {"request_information"},
            }
        ],
        exact=True,
    ),
]

STATUS = [
    # a wire desk's slug is no part of the headline's subject
    case(
        "wire-slug-before-a-headline",
        "EXCLUSIVE-Commerce Department bans DeepSeek on government devices, memo shows\n\n"
        "The department told staff in an email on Monday.",
        "2025-03-24",
        [
            {
                "actor": {"Department of Commerce", "Commerce Department"},
                "kind": {"ban"},
                "scope": {GOV},
            }
        ],
        exact=True,
        raw=True,
    ),
    case(
        "wire-update-slug-with-a-number",
        "UPDATE 2-Italy blocks DeepSeek\n\nThe regulator acted on Thursday.",
        "2025-01-31",
        [{"actor": {"Italy"}, "kind": {"block"}}],
        exact=True,
        raw=True,
    ),
    # a measure the target faces is the place's, in prospect
    case(
        "could-face-a-ban-in-a-country",
        "DeepSeek could face a ban in Germany after a complaint by the privacy regulator.",
        "2025-06-30",
        [{"actor": {"Germany"}, "kind": {"ban"}, "status": "considered"}],
        exact=True,
    ),
    case(
        "faces-a-ban-on-devices-in-a-state",
        "The Chinese app faces a ban on government devices in Texas.",
        "2025-01-30",
        [
            {
                "actor": {"Texas"},
                "kind": {"ban"},
                "status": "considered",
                "scope": {GOV},
                "targets_has": ["DeepSeek"],
            }
        ],
        exact=True,
    ),
    # a headline's infinitive is the future
    case(
        "headline-infinitive-is-planned",
        "Chile to restrict DeepSeek on government phones",
        "2025-02-05",
        [{"actor": {"Chile"}, "kind": {"restrict"}, "status": "planned"}],
        exact=True,
        raw=True,
    ),
    # a verb of weighing before a measure's noun
    case(
        "considered-a-ban",
        "Portugal considered a ban on DeepSeek last month.",
        "2025-03-05",
        [{"actor": {"Portugal"}, "kind": {"ban"}, "status": "considered"}],
        exact=True,
    ),
    case(
        "floated-a-ban",
        "Greece floated a ban on the Chinese chatbot.",
        "2025-03-05",
        [{"actor": {"Greece"}, "kind": {"ban"}, "status": "considered"}],
        exact=True,
    ),
    case(
        "status-considering-whether-to",
        "Japan is considering whether to ban DeepSeek on government devices.",
        "2025-02-14",
        [{"actor": {"Japan"}, "kind": {"ban"}, "status": "considered"}],
        exact=True,
    ),
    case(
        "status-weighing-whether-to-open-a-probe",
        "Brazil's data protection authority is weighing whether to open a probe into DeepSeek.",
        "2025-02-14",
        [
            {
                "actor": {"ANPD", "National Data Protection Authority"},
                "kind": {"investigate"},
                "status": "considered",
            }
        ],
        exact=True,
    ),
    case(
        "status-an-open-question-is-not-a-plan",
        "Analysts asked whether Japan would ban DeepSeek.",
        "2025-02-14",
        [{"actor": {"Japan"}, "kind": {"ban"}, "status": "considered"}],
        exact=True,
    ),
    case(
        "planned-will-next-week",
        "South Australia will ban DeepSeek on government devices from next week.",
        "2025-02-12",
        [
            {
                "actor": {"South Australia", "South Australian government"},
                "country": "AU",
                "kind": {"ban"},
                "status": "planned",
                "date": "2025-W08",
                "scope": {GOV},
            }
        ],
        exact=True,
    ),
    case(
        "planned-plans-to",
        "The Czech government plans to prohibit DeepSeek in the state administration.",
        "2025-07-09",
        [{"actor": {"Czech government", "Czechia"}, "kind": {"ban"}, "status": "planned"}],
        exact=True,
    ),
    case(
        "planned-is-set-to",
        "The Netherlands is set to bar civil servants from using DeepSeek.",
        "2025-02-03",
        [
            {
                "actor": {"Netherlands", "Dutch government", "The Netherlands"},
                "kind": {"ban"},
                "status": "planned",
            }
        ],
        exact=True,
    ),
    case(
        "planned-announced-plans",
        "LG Uplus announced plans to integrate DeepSeek's model into its AI agent service.",
        "2025-02-10",
        [{"actor": {"LG Uplus", "LG U+"}, "kind": {"integrate"}, "status": "planned"}],
        exact=True,
    ),
    case(
        "planned-will-starting-monday",
        "Taiwan's education ministry will ban DeepSeek in public schools starting Monday.",
        "2025-02-13",
        [
            {
                "actor": {"Ministry of Education", "Education Ministry", "education ministry"},
                "country": "TW",
                "kind": {"ban"},
                "status": "planned",
                "date": "2025-02-17",
            }
        ],
        exact=True,
    ),
    case(
        "considered-is-considering",
        "Naver is considering banning DeepSeek for internal use.",
        "2025-02-06",
        [{"actor": {"Naver"}, "kind": {"ban"}, "status": "considered", "scope": {WORK}}],
        exact=True,
    ),
    case(
        "considered-is-weighing",
        "The U.S. Air Force is weighing restrictions on DeepSeek.",
        "2025-03-24",
        [
            {
                "actor": {"U.S. Air Force", "Air Force", "US Air Force"},
                "kind": {"restrict"},
                "status": "considered",
            }
        ],
        exact=True,
    ),
    case(
        "considered-may",
        "The Indian government may restrict DeepSeek on government devices.",
        "2025-02-05",
        [
            {
                "actor": {"India", "Indian government"},
                "kind": {"restrict"},
                "status": "considered",
                "scope": {GOV},
            }
        ],
        exact=True,
    ),
    case(
        "considered-reportedly",
        "Japan is reportedly considering restrictions on DeepSeek for its ministries.",
        "2025-02-03",
        [{"actor": JAPAN, "kind": {"restrict"}, "status": "considered"}],
        exact=True,
    ),
    case(
        "proposed-bill",
        "Rep. Darin LaHood introduced a bill to ban DeepSeek on federal government devices.",
        "2025-02-07",
        [
            {
                "actor": {"Darin LaHood", "LaHood"},
                "kind": {"ban", "call_for"},
                "status": "proposed",
                "scope": {GOV},
            }
        ],
        exact=True,
    ),
    case(
        "proposed-draft",
        "Members of South Korea's National Assembly drafted legislation that would block "
        "DeepSeek in public institutions.",
        "2025-02-10",
        [
            {
                "actor": {"National Assembly", "South Korea's National Assembly"},
                "country": "KR",
                "kind": {"block", "ban", "call_for"},
                "status": "proposed",
            }
        ],
        exact=True,
    ),
    case(
        "proposed-senate-legislation",
        "Senator Josh Hawley has introduced legislation that would prohibit Americans from "
        "downloading Chinese AI models such as DeepSeek.",
        "2025-02-03",
        [
            {
                "actor": {"Josh Hawley", "Hawley"},
                "kind": {"ban", "call_for"},
                "status": "proposed",
            }
        ],
        exact=True,
    ),
]

NEGATIONS = [
    case(
        "negated-then-but-with-the-subject-elided",
        "India said it would not ban DeepSeek but would host it on local servers.",
        "2025-02-14",
        [{"actor": {"India"}, "kind": {"adopt"}, "status": "planned"}],
        exact=True,
    ),
    case(
        "negated-then-but-later-with-the-subject-elided",
        "Japan did not ban DeepSeek, but later restricted it on government devices.",
        "2025-02-14",
        [{"actor": {"Japan"}, "kind": {"restrict"}, "scope": {GOV}}],
        exact=True,
    ),
    case("neg-has-not-banned", "Britain has not banned DeepSeek.", "2025-02-05", [], exact=True),
    case(
        "neg-placed-no-restriction",
        "Tokyo has placed no restriction on private use of the app.",
        "2025-02-13",
        [],
        exact=True,
    ),
    case(
        "neg-neither-nor",
        "Neither Germany nor France has blocked the chatbot so far.",
        "2025-02-05",
        [],
        exact=True,
    ),
    case(
        "neg-did-not-block",
        "Ireland's Data Protection Commission did not block the app.",
        "2025-02-05",
        [],
        exact=True,
    ),
    case(
        "neg-inside-quote",
        '"We are not banning personal use of DeepSeek," Home Affairs Minister Tony Burke said.',
        "2025-02-05",
        [],
        exact=True,
    ),
    case(
        "neg-no-plans",
        "The White House said it had no plans to ban DeepSeek.",
        "2025-01-29",
        [],
        exact=True,
    ),
    case(
        "neg-declined",
        "The Japanese government declined to restrict the chatbot.",
        "2025-02-03",
        [],
        exact=True,
    ),
    case(
        "neg-but-ministry",
        "India has not restricted DeepSeek for the public, but its finance ministry barred "
        "staff from using it on office computers.",
        "2025-02-05",
        [{"actor": INDIA_MOF, "country": "IN", "kind": TOLD_STOP, "scope": {GOV}}],
        exact=True,
    ),
    case(
        "neg-never-issued",
        "The Pentagon never issued a formal ban on DeepSeek.",
        "2025-03-24",
        [],
        exact=True,
    ),
    case(
        "neg-has-yet-to",
        "The European Commission has yet to take any measure against DeepSeek.",
        "2025-02-05",
        [],
        exact=True,
    ),
    case(
        "neg-neither-ordered",
        "Neither Tokyo nor Seoul has ordered app stores to remove DeepSeek.",
        "2025-02-05",
        [],
        exact=True,
    ),
    # "not allowed to use" from the side of the one who does not allow it
    case(
        "does-not-allow-staff-to-use",
        "Deutsche Bank does not allow its employees to use DeepSeek on work laptops.",
        "2025-05-09",
        [{"actor": {"Deutsche Bank"}, "kind": {"ban"}, "status": "done"}],
        exact=True,
    ),
    case(
        "no-longer-permits-officials-to-use",
        "Chile's finance ministry no longer permits officials to use the Chinese chatbot.",
        "2025-05-09",
        [{"country": "CL", "kind": {"ban"}, "status": "done"}],
        exact=True,
    ),
    case(
        "doesnt-allow-staff-to-use",
        "Rakuten doesn’t allow staff to use DeepSeek.",
        "2025-05-09",
        [{"actor": {"Rakuten"}, "kind": {"ban"}, "status": "done"}],
        exact=True,
    ),
    case("neg-didnt", "Norway didn't ban the Chinese chatbot.", "2025-02-05", [], exact=True),
    case(
        "neg-wont-curly",
        "Brazil won’t block DeepSeek, a minister said.",
        "2025-02-05",
        [],
        exact=True,
    ),
    case("neg-hasnt", "Canada hasn't restricted the app so far.", "2025-02-05", [], exact=True),
    # ruling a measure out is no measure; not ruling it out is weighing it
    case(
        "neg-ruled-out-a-ban", "Poland ruled out a ban on DeepSeek.", "2025-02-05", [], exact=True
    ),
    case(
        "neg-ruled-out-banning",
        "Malaysia has ruled out banning the chatbot, its digital minister said on Monday.",
        "2025-02-05",
        [],
        exact=True,
    ),
    case(
        "hedge-would-not-rule-out-a-ban",
        "Sweden would not rule out a ban on DeepSeek, the minister said.",
        "2025-02-05",
        [{"actor": {"Sweden"}, "kind": {"ban"}, "status": "considered"}],
        exact=True,
    ),
    case(
        "hedge-wont-rule-out-restricting",
        "Austria won't rule out restricting the app on official phones.",
        "2025-02-05",
        [{"actor": {"Austria"}, "kind": {"restrict"}, "status": "considered"}],
        exact=True,
    ),
    case(
        "hedge-has-not-ruled-out-restrictions",
        "Finland has not ruled out restrictions on DeepSeek.",
        "2025-02-05",
        [{"actor": {"Finland"}, "kind": {"restrict"}, "status": "considered"}],
        exact=True,
    ),
]

TEMPORARY = [
    case(
        "temporary-by-the-instrument-after-it",
        "Norway told its ministries to hold off on using DeepSeek. The guidance will stay in "
        "place until a review is finished.",
        "2025-02-13",
        [{"actor": {"Norway"}, "kind": {"warn"}, "temporary": True}],
        exact=True,
    ),
    case(
        "temp-temporarily",
        "South Korea's Ministry of Trade, Industry and Energy has temporarily blocked "
        "DeepSeek on its computers.",
        "2025-02-06",
        [{"actor": KR_MOTIE, "kind": {"block"}, "temporary": True, "scope": {GOV}}],
        exact=True,
    ),
    case(
        "temp-for-now",
        "For now, Hyundai Motor has restricted employees from using DeepSeek at work.",
        "2025-02-14",
        [
            {
                "actor": {"Hyundai Motor", "Hyundai", "Hyundai Motor Company"},
                "kind": {"restrict"},
                "temporary": True,
                "scope": {WORK},
            }
        ],
        exact=True,
    ),
    case(
        "temp-until",
        "Shinhan Bank has blocked DeepSeek until an internal security check is complete.",
        "2025-02-06",
        [{"actor": {"Shinhan Bank"}, "kind": {"block"}, "temporary": True}],
    ),
    case(
        "temp-silent",
        "LG Electronics has blocked DeepSeek on company devices.",
        "2025-02-06",
        [{"actor": {"LG Electronics"}, "kind": {"block"}, "temporary": None, "scope": {WORK}}],
        exact=True,
    ),
    case(
        "temp-until-improvements",
        "The PIPC suspended new downloads of DeepSeek until the company fixes its privacy "
        "practices.",
        "2025-02-17",
        [{"actor": PIPC, "kind": {"suspend"}, "temporary": True, "scope": {STORE}}],
        exact=True,
    ),
]

SCOPES = [
    case(
        "told-ministries-is-government-devices",
        "Tokyo has told ministries not to use DeepSeek.",
        "2025-02-12",
        [{"actor": {"Japan"}, "kind": {"ban", "warn"}, "scope": {GOV}}],
        exact=True,
    ),
    case(
        "speakers-are-no-scope",
        "Washington is weighing a ban on DeepSeek, officials said.",
        "2025-02-12",
        [{"actor": {"United States"}, "kind": {"ban"}, "scope": set()}],
        exact=True,
    ),
    case(
        "government-use-is-government-devices",
        "Brazil banned official use of DeepSeek.",
        "2025-03-05",
        [{"actor": {"Brazil"}, "kind": {"ban"}, "scope": {GOV}}],
        exact=True,
    ),
    case(
        "scope-employee-access-of-a-ministry",
        "Spain's finance ministry temporarily blocked employee access to DeepSeek on Monday.",
        "2025-02-14",
        [{"actor": {"Spain's finance ministry"}, "kind": {"block"}, "scope": {GOV}}],
        exact=True,
    ),
    case(
        "scope-employee-access-of-a-company",
        "Samsung restricted employee access to DeepSeek on Monday.",
        "2025-02-14",
        [{"actor": {"Samsung", "Samsung Electronics"}, "kind": {"restrict"}, "scope": {WORK}}],
        exact=True,
    ),
    case(
        "scope-not-of-the-event-it-follows",
        "Canada ordered federal agencies to remove DeepSeek from their phones, days after Taiwan "
        "barred public agencies and critical-infrastructure operators from using it. The "
        "directive was signed on Tuesday.",
        "2025-02-06",
        [
            {"actor": {"Canada"}, "kind": {"ban"}, "scope": {GOV}, "date": "2025-02-04"},
            {
                "actor": {"Taiwan"},
                "kind": {"ban"},
                "scope": {GOV, CRIT},
                "date": None,
            },
        ],
        exact=True,
    ),
    case(
        "scope-not-of-the-consequence-leading-to",
        "Norway's data protection authority suspended DeepSeek nationwide over data concerns, "
        "leading to restrictions on the app at government agencies across Europe.",
        "2025-03-24",
        [
            {
                "actor": {"Norwegian Data Protection Authority"},
                "kind": {"suspend"},
                "scope": {NATION},
            }
        ],
        exact=True,
    ),
    case(
        "scope-not-of-the-consequence-prompting",
        "Norway's data protection authority suspended DeepSeek nationwide over data concerns, "
        "prompting bans on government devices across Europe.",
        "2025-03-24",
        [
            {
                "actor": {"Norwegian Data Protection Authority"},
                "kind": {"suspend"},
                "scope": {NATION},
            }
        ],
        exact=True,
    ),
    case(
        "scope-app-stores-causative",
        "Italian users could no longer download DeepSeek after the Garante had it removed from "
        "the Apple and Google app stores.",
        "2025-01-31",
        [{"actor": GARANTE, "kind": {"block", "suspend"}, "scope_has": {STORE}}],
    ),
    case(
        "scope-halted-new-downloads",
        "South Korea's privacy watchdog halted new downloads of DeepSeek.",
        "2025-02-17",
        [
            {
                "actor": PIPC | {"South Korea's privacy watchdog"},
                "kind": {"suspend"},
                "scope": {STORE},
            }
        ],
        exact=True,
    ),
    case(
        "scope-domestically",
        "The Garante blocked DeepSeek domestically on Jan. 30.",
        "2025-01-31",
        [{"actor": GARANTE, "kind": {"block"}, "scope": {NATION}, "date": "2025-01-30"}],
        exact=True,
    ),
    case(
        "scope-all-users",
        "Italy's watchdog ordered an immediate block on DeepSeek for all users in the country.",
        "2025-01-31",
        [{"actor": GARANTE | {"Italy's watchdog"}, "kind": {"block"}, "scope": {NATION}}],
        exact=True,
    ),
    case(
        "scope-e-government",
        "The city of Wuxi has integrated DeepSeek into its e-government platform.",
        "2025-02-20",
        [
            {
                "actor": {"Wuxi", "Wuxi city government"},
                "country": "CN",
                "kind": HOST,
                "scope": {PUBLIC},
            }
        ],
        exact=True,
    ),
    case(
        "scope-critical-infrastructure",
        "Taiwan has extended its DeepSeek ban to the operators of critical infrastructure.",
        "2025-02-05",
        [{"actor": TAIWAN, "kind": {"ban"}, "scope": {CRIT}}],
        exact=True,
    ),
    case(
        "scope-work-tasks",
        "Mitsubishi UFJ Financial Group prohibited staff from using DeepSeek for work tasks.",
        "2025-02-12",
        [
            {
                "actor": {"Mitsubishi UFJ Financial Group", "MUFG"},
                "country": "JP",
                "kind": BAN_LIKE,
                "scope": {WORK},
            }
        ],
        exact=True,
    ),
    case(
        "scope-official-networks",
        "The U.S. House of Representatives blocked DeepSeek on official networks.",
        "2025-01-31",
        [
            {
                "actor": {"House of Representatives", "U.S. House of Representatives", "House"},
                "country": "US",
                "kind": {"block"},
                "scope": {GOV},
            }
        ],
        exact=True,
    ),
    case(
        "scope-public-services-hall",
        "Suzhou deployed DeepSeek to answer residents' questions in its public service hall.",
        "2025-02-20",
        [{"actor": {"Suzhou"}, "country": "CN", "kind": {"adopt"}, "scope": {PUBLIC}}],
        exact=True,
    ),
]

REASONS = [
    case(
        "reason-data-in-beijings-hands",
        "The Pentagon blocked DeepSeek amid fears that data could end up in Beijing's hands.",
        "2025-02-12",
        [{"kind": {"block"}, "reasons": {"data_sovereignty"}}],
        exact=True,
    ),
    case(
        "reason-speed-up",
        "Hangzhou deployed DeepSeek to speed up the processing of permits.",
        "2025-02-12",
        [{"kind": {"adopt"}, "reasons": {"efficiency"}}],
        exact=True,
    ),
    case(
        "reason-foreign-interference",
        "Australia banned DeepSeek due to the risk of foreign interference.",
        "2025-02-12",
        [{"kind": {"ban"}, "reasons": {"national_security"}}],
        exact=True,
    ),
    case(
        "reason-tiananmen-is-censorship",
        "Chile's education ministry banned DeepSeek in schools because it refused to answer "
        "questions about Tiananmen.",
        "2025-02-12",
        [{"kind": {"ban"}, "reasons": {"censorship"}}],
        exact=True,
    ),
    case(
        "reason-due-to-privacy",
        "Woori Bank restricted DeepSeek on work PCs due to privacy concerns.",
        "2025-02-06",
        [{"actor": {"Woori Bank"}, "kind": {"restrict"}, "reasons": {"privacy"}}],
        exact=True,
    ),
    case(
        "reason-stored-in-china-linked-sentence",
        "Taiwan's Ministry of Digital Affairs banned DeepSeek in government agencies on "
        "Friday. The ministry said the service stores user data on servers in China.",
        "2025-02-03",
        [
            {
                "actor": MODA,
                "kind": {"ban"},
                "date": "2025-01-31",
                "reasons": {"data_sovereignty"},
            }
        ],
        exact=True,
    ),
    case(
        "reason-chinese-law",
        "Osaka Prefecture barred DeepSeek from its computers because Chinese law can require "
        "companies to hand over data to the state.",
        "2025-02-14",
        [
            {
                "actor": {"Osaka Prefecture", "Osaka"},
                "kind": {"ban"},
                "reasons": {"data_sovereignty"},
            }
        ],
        exact=True,
    ),
    case(
        "reason-citing-security-risks",
        "SK Telecom blocked DeepSeek on its internal network, citing security risks.",
        "2025-02-06",
        [{"actor": {"SK Telecom", "SKT"}, "kind": {"block"}, "reasons": {"security"}}],
        exact=True,
    ),
    case(
        "reason-over-national-security",
        "Australia banned DeepSeek on government devices over national security concerns.",
        "2025-02-05",
        [{"actor": AUSTRALIA, "kind": {"ban"}, "reasons": {"national_security"}}],
        exact=True,
    ),
    case(
        "reason-cheaper",
        "Suzhou's data bureau adopted DeepSeek because it is far cheaper to run than rival models.",
        "2025-02-20",
        [
            {
                "actor": {"Suzhou", "Suzhou data bureau", "Suzhou's data bureau"},
                "kind": {"adopt"},
                "reasons": {"cost"},
            }
        ],
        exact=True,
    ),
    case(
        "reason-faster",
        "Longgang District deployed DeepSeek to make the processing of residents' requests faster.",
        "2025-02-20",
        [
            {
                "actor": {"Longgang District", "Longgang"},
                "kind": {"adopt"},
                "reasons": {"efficiency"},
            }
        ],
        exact=True,
    ),
    case(
        "reason-keep-pace",
        "The Ministry of Science and ICT will invest 1 trillion won in AI chips to keep pace "
        "with American and Chinese rivals.",
        "2025-02-10",
        [
            {
                "actor": KR_MSIT,
                "country": "KR",
                "kind": {"invest"},
                "status": "planned",
                "reasons": {"competition"},
            }
        ],
        exact=True,
    ),
    case(
        "reason-censorship",
        "Perplexity released a retrained version of R1 on Tuesday to strip out Chinese censorship.",
        "2025-02-19",
        [
            {
                "actor": {"Perplexity"},
                "kind": {"release"},
                "date": "2025-02-18",
                "reasons": {"censorship"},
            }
        ],
        exact=True,
    ),
    case(
        "reason-amid-leakage",
        "Hyundai Mobis restricted DeepSeek amid concerns about data leakage.",
        "2025-02-10",
        [{"actor": {"Hyundai Mobis"}, "kind": {"restrict"}, "reasons": {"security"}}],
        exact=True,
    ),
    case(
        "reason-linked-to-one-of-a-list",
        "Honda, Nissan and Panasonic have prohibited staff from using DeepSeek on company "
        "laptops, the Nikkei reported on Tuesday. Honda said it had acted because of "
        "data-security worries.",
        "2025-02-10",
        [
            {"actor": {"Honda"}, "kind": {"ban"}, "reasons": {"security"}},
            {"actor": {"Nissan"}, "kind": {"ban"}, "reasons": set()},
            {"actor": {"Panasonic"}, "kind": {"ban"}, "reasons": set()},
        ],
        exact=True,
    ),
    case(
        "reason-linked-to-a-named-actor-far-back-in-the-paragraph",
        "Honda banned DeepSeek on Monday. "
        + "Italy blocked DeepSeek. " * 40
        + "Honda said it had acted because of security worries.",
        "2025-02-10",
        [
            {"actor": {"Honda"}, "kind": {"ban"}, "reasons": {"security"}},
            {"actor": {"Italy"}, "kind": {"block"}, "reasons": set()},
        ],
        exact=True,
    ),
    case(
        "reason-linked-before-an-action-of-its-own",
        "Honda and Panasonic have prohibited staff from using DeepSeek at work, the Nikkei "
        "reported on Tuesday. Honda said it had acted because of information-security worries, "
        "while Panasonic has also blocked the app on company phones.",
        "2025-02-10",
        [
            {"actor": {"Honda"}, "kind": {"ban"}, "reasons": {"security"}},
            {"actor": {"Panasonic"}, "kind": {"ban"}, "reasons": set()},
            {"actor": {"Panasonic"}, "kind": {"block"}, "reasons": set()},
        ],
        exact=True,
    ),
    case(
        "reason-hyphenated-compound",
        "Mazda barred staff from using DeepSeek, citing IT-security risks.",
        "2025-02-10",
        [{"actor": {"Mazda"}, "kind": {"ban"}, "reasons": {"security"}}],
        exact=True,
    ),
    case(
        "reason-linked-by-the-instrument",
        "Spain's finance ministry told staff to avoid using DeepSeek on office computers. The "
        "memo said such tools put sensitive official files at risk of exposure.",
        "2025-03-24",
        [{"actor": {"Spain's finance ministry"}, "kind": {"warn"}, "reasons": {"security"}}],
        exact=True,
    ),
    case(
        "reason-protect-information-systems",
        "The Interior Department barred DeepSeek from every government-issued device, in order "
        "to protect the department's information systems.",
        "2025-03-24",
        [{"actor": {"Interior Department"}, "kind": {"ban"}, "reasons": {"security"}}],
        exact=True,
    ),
    case(
        "reason-not-the-framework-it-is-made-under",
        "New Zealand ordered public agencies to remove DeepSeek from their phones, citing "
        "national security concerns. The order was made under the government's protective "
        "security framework.",
        "2025-03-24",
        [{"actor": {"New Zealand"}, "kind": {"ban"}, "reasons": {"national_security"}}],
        exact=True,
    ),
    case(
        "reason-not-the-price-it-paid",
        "Ruijin Hospital said it had installed R1 on its own servers at a cost of about 2 "
        "million yuan.",
        "2025-02-20",
        [{"actor": {"Ruijin Hospital"}, "kind": {"adopt"}, "reasons": set()}],
    ),
    case(
        "reason-because-personal-data",
        "KB Kookmin Bank blocked DeepSeek because the app collects excessive personal data.",
        "2025-02-05",
        [{"actor": {"KB Kookmin Bank", "Kookmin Bank"}, "kind": {"block"}, "reasons": {"privacy"}}],
        exact=True,
    ),
]

DATES = [
    case(
        "date-on-feb-1",
        "KHNP banned DeepSeek on Feb. 1.",
        "2025-02-05",
        [{"actor": KHNP, "kind": {"ban"}, "date": "2025-02-01"}],
        exact=True,
    ),
    case(
        "date-day-month-british",
        "The Department of Home Affairs banned DeepSeek on 4 February.",
        "2025-02-06",
        [{"actor": HOME_AFFAIRS, "kind": {"ban"}, "date": "2025-02-04"}],
        exact=True,
    ),
    case(
        "date-starting-weekday-same-day",
        "South Korea's Ministry of Foreign Affairs has blocked access to DeepSeek starting "
        "Thursday.",
        "2025-02-06",
        [{"actor": KR_MOFA, "kind": {"block"}, "date": "2025-02-06"}],
        exact=True,
    ),
    case(
        "date-starting-weekday-before",
        "South Korea's Ministry of National Defense blocked DeepSeek on military PCs starting "
        "Thursday.",
        "2025-02-08",
        [{"actor": KR_MND, "kind": {"block"}, "date": "2025-02-06", "scope": {GOV}}],
        exact=True,
    ),
    case(
        "date-last-weekday-strictly-before",
        "Toyota barred employees from using DeepSeek last Thursday.",
        "2025-02-13",
        [{"actor": {"Toyota", "Toyota Motor"}, "kind": {"ban"}, "date": "2025-02-06"}],
        exact=True,
    ),
    case(
        "date-two-weeks-ago",
        "Two weeks ago, Hana Financial Group restricted DeepSeek on work PCs.",
        "2025-02-20",
        [{"actor": {"Hana Financial Group", "Hana"}, "kind": {"restrict"}, "date": "2025-W06"}],
        exact=True,
    ),
    case(
        "date-last-month",
        "DeepSeek released R1 last month.",
        "2025-02-10",
        [{"actor": DEEPSEEK, "kind": {"release"}, "date": "2025-01"}],
        exact=True,
    ),
    case(
        "date-three-days-later",
        "Huawei Cloud began offering R1 on Feb. 1. Three days later, China Mobile added the "
        "model to its cloud platform.",
        "2025-02-10",
        [
            {"actor": {"Huawei Cloud", "Huawei"}, "kind": HOST, "date": "2025-02-01"},
            {"actor": {"China Mobile"}, "kind": HOST, "date": "2025-02-04"},
        ],
        exact=True,
    ),
    case(
        "date-established-is-not-adoption",
        "Hangzhou's city data centre, which was set up in 2022, has deployed DeepSeek to handle "
        "citizen inquiries.",
        "2025-02-20",
        [
            {
                "actor": {"Hangzhou", "Hangzhou city data centre", "Hangzhou data centre"},
                "kind": {"adopt"},
                "date": None,
            }
        ],
        exact=True,
    ),
    case(
        "date-earlier-this-week",
        "Earlier this week, the Financial Supervisory Service blocked DeepSeek on its computers.",
        "2025-02-06",
        [
            {
                "actor": {"Financial Supervisory Service", "FSS"},
                "kind": {"block"},
                "date": "2025-W06",
            }
        ],
        exact=True,
    ),
    case(
        "date-mid-january",
        "DeepSeek released its R1 model in mid-January.",
        "2025-02-03",
        [{"actor": DEEPSEEK, "kind": {"release"}, "date": "2025-01"}],
        exact=True,
    ),
    case(
        "date-on-the-17th",
        "The PIPC lifted the suspension on the 17th.",
        "2025-04-30",
        [{"actor": PIPC, "kind": {"lift"}, "date": "2025-04-17"}],
        exact=True,
    ),
    case(
        "date-announcement-day",
        "The Korea Customs Service said on Tuesday it had blocked DeepSeek.",
        "2025-02-06",
        [{"actor": {"Korea Customs Service"}, "kind": {"block"}, "date": "2025-02-04"}],
        exact=True,
    ),
    case(
        "date-in-month-last-year",
        "Japan's Digital Agency started using generative AI in its own work in May last year.",
        "2025-02-07",
        [{"actor": {"Digital Agency"}, "kind": {"adopt"}, "date": "2024-05"}],
        exact=True,
    ),
]

SUPPORTIVE = [
    case(
        "building-products-on-top-of",
        "Indian start-ups Krutrim and Sarvam AI said they were building products on top of "
        "DeepSeek's models.",
        "2025-02-05",
        [
            {"actor": {"Krutrim"}, "kind": {"integrate", "adopt"}},
            {"actor": {"Sarvam AI"}, "kind": {"integrate", "adopt"}},
        ],
        exact=True,
    ),
    case(
        "said-the-model-was-now-available-on-its-platform",
        "Oracle said on Wednesday that R1 was now available in its cloud model catalog.",
        "2025-01-31",
        [{"actor": {"Oracle"}, "kind": {"adopt"}, "date": "2025-01-29"}],
        exact=True,
    ),
    case(
        "made-similar-announcements-follows-the-plan",
        "Geely said on Tuesday it would build DeepSeek's R1 into its cars. Leapmotor and Nio made "
        "similar announcements.",
        "2025-02-19",
        [
            {"actor": {"Geely", "Geely Automobile Holdings"}, "kind": {"integrate", "adopt"}},
            {"actor": {"Leapmotor"}, "kind": {"integrate", "adopt"}, "status": "planned"},
            {"actor": {"Nio"}, "kind": {"integrate", "adopt"}, "status": "planned"},
        ],
        exact=True,
    ),
    case(
        "is-testing-the-model",
        "China Construction Bank is testing DeepSeek for customer service.",
        "2025-02-19",
        [{"actor": {"China Construction Bank"}, "kind": {"adopt"}}],
        exact=True,
    ),
    case(
        "testing-whether-is-no-adoption",
        "Italy's Garante is testing whether the app complies with the law.",
        "2025-02-19",
        [],
        exact=True,
    ),
    case(
        "plural-common-noun-is-no-company",
        "Hospitals have deployed DeepSeek to draft medical records.",
        "2025-02-19",
        [],
        exact=True,
    ),
    case(
        "the-company-is-the-owner-named-in-the-sentence",
        "Tencent added DeepSeek to Weixin. Lenovo's chairman Yang Yuanqing said the company "
        "would wait before integrating the model into its PCs.",
        "2025-02-19",
        [
            {"actor": {"Tencent"}, "kind": {"adopt", "integrate"}},
            {"actor": {"Lenovo"}, "kind": {"integrate", "adopt"}, "status": "planned"},
        ],
        exact=True,
    ),
    case(
        "adopt-deployed",
        "China Mobile has deployed DeepSeek models across its cloud platform.",
        "2025-02-10",
        [{"actor": {"China Mobile"}, "kind": {"adopt"}, "status": "done"}],
        exact=True,
    ),
    case(
        "adopt-hosting",
        "Amazon Web Services began hosting R1 on its Bedrock service on Jan. 30.",
        "2025-02-03",
        [
            {
                "actor": {"Amazon Web Services", "AWS", "Amazon"},
                "kind": HOST,
                "date": "2025-01-30",
                "targets_has": {"DeepSeek"},
            }
        ],
        exact=True,
    ),
    case(
        "adopt-introduced-into-system",
        "Shenzhen's Longhua District introduced DeepSeek into its document-handling system.",
        "2025-02-20",
        [{"actor": {"Longhua District", "Longhua"}, "kind": HOST, "status": "done"}],
        exact=True,
    ),
    case(
        "integrate-into-search",
        "Tencent integrated DeepSeek into Weixin's search function on Feb. 16.",
        "2025-02-18",
        [{"actor": {"Tencent", "Weixin"}, "kind": HOST, "status": "done", "date": "2025-02-16"}],
        exact=True,
    ),
    case(
        "integrate-will-be-equipped-with",
        "BYD's new models will be equipped with DeepSeek's AI.",
        "2025-02-11",
        [{"actor": {"BYD"}, "kind": {"integrate"}, "status": "planned"}],
        exact=True,
    ),
    case(
        "integrate-built-into-product",
        "Honor has built DeepSeek into its YOYO assistant.",
        "2025-02-10",
        [{"actor": {"Honor"}, "kind": {"integrate"}, "status": "done"}],
        exact=True,
    ),
    case(
        "partner-partnered-with",
        "Huawei Cloud partnered with SiliconFlow to offer DeepSeek models to developers.",
        "2025-02-03",
        [{"actor": {"Huawei Cloud", "Huawei"}, "kind": {"partner"}, "status": "done"}],
    ),
    case(
        "partner-announced-cooperation-with",
        "Lenovo announced cooperation with DeepSeek to bring its models to AI PCs.",
        "2025-02-20",
        [{"actor": {"Lenovo"}, "kind": {"partner"}, "status": "done"}],
    ),
    case(
        "partner-agreement",
        "Kakao signed an agreement with OpenAI to offer ChatGPT inside KakaoTalk.",
        "2025-02-05",
        [
            {
                "actor": {"Kakao", "Kakao Corp"},
                "kind": {"partner"},
                "targets_has": {"ChatGPT"},
            }
        ],
    ),
    case(
        "lift-lifted",
        "The PIPC lifted its suspension of DeepSeek downloads in April after the company "
        "improved its privacy practices.",
        "2025-05-02",
        [{"actor": PIPC, "kind": {"lift"}, "status": "done", "date": "2025-04"}],
        exact=True,
    ),
    case(
        "lift-resumed",
        "DeepSeek resumed new downloads in South Korea on April 28.",
        "2025-04-30",
        [{"actor": DEEPSEEK, "kind": {"lift"}, "status": "done", "date": "2025-04-28"}],
        exact=True,
    ),
    case(
        "lift-allowed-again",
        "Italy's Garante allowed ChatGPT back in the country after OpenAI met its demands.",
        "2023-04-29",
        [{"actor": GARANTE, "kind": {"lift"}, "targets_has": {"ChatGPT"}}],
    ),
]

OTHER_KINDS = [
    case(
        "looking-at-is-an-investigation",
        "The EU said it was looking at DeepSeek.",
        "2025-02-20",
        [{"actor": {"European Union", "EU"}, "kind": {"investigate"}}],
        exact=True,
    ),
    case(
        "assess-before-deciding-whether-to-restrict",
        "Indonesia's communications ministry said it would assess the app before deciding "
        "whether to restrict it.",
        "2025-02-05",
        [
            {"country": "ID", "kind": {"investigate"}, "status": "planned"},
            {"country": "ID", "kind": {"restrict"}, "status": "considered"},
        ],
        exact=True,
    ),
    case(
        "eu-executive-arm-will-assess",
        "The EU's executive arm said it would assess whether DeepSeek complied with its rules.",
        "2025-02-05",
        [{"actor": {"European Commission"}, "kind": {"investigate"}, "status": "planned"}],
        exact=True,
    ),
    case(
        "release-of-a-name-with-its-version",
        "Meanwhile, Alibaba unveiled Qwen 2.5-Max, which it said outperformed DeepSeek-V3.",
        "2025-01-30",
        [{"actor": {"Alibaba", "Alibaba Group"}, "kind": {"release"}}],
        exact=True,
    ),
    # a headline's present tense of a fixed phrase
    case(
        "headline-present-tense-fixed-phrase",
        "Japan Urges Caution Over DeepSeek\n\nThe body follows.",
        "2025-02-12",
        [{"actor": {"Japan"}, "kind": {"warn"}}],
        exact=True,
        raw=True,
    ),
    case(
        "headline-present-tense-asks-to-explain",
        "Garante Asks DeepSeek To Explain Its Data Practices\n\nThe body follows.",
        "2025-01-29",
        [{"actor": {"Garante"}, "kind": {"request_information"}}],
        exact=True,
        raw=True,
    ),
    case(
        "headline-present-tense-allows-again",
        "Italy Allows DeepSeek Again\n\nThe body follows.",
        "2025-05-29",
        [{"actor": {"Italy"}, "kind": {"lift"}}],
        exact=True,
        raw=True,
    ),
    case(
        "headline-present-tense-gapped-phrase",
        "Apple Pulls DeepSeek From App Stores in Italy\n\nThe body follows.",
        "2025-02-12",
        [{"actor": {"Apple"}, "kind": {"block", "ban"}, "scope": {"app_store"}}],
        exact=True,
        raw=True,
    ),
    # a verb that ends a measure: the measure's noun is what is lifted
    case(
        "lifts-ban-is-one-lifting",
        "Italy Lifts Ban on DeepSeek\n\nThe body follows.",
        "2025-05-12",
        [{"actor": {"Italy"}, "kind": {"lift"}}],
        exact=True,
        raw=True,
    ),
    case(
        "eased-its-restrictions-is-a-lifting",
        "South Korea eased its restrictions on DeepSeek in April.",
        "2025-05-12",
        [{"actor": {"South Korea"}, "kind": {"lift"}}],
        exact=True,
    ),
    case(
        "lifted-one-measure-and-imposed-another",
        "Italy lifted the suspension and banned the app on government phones.",
        "2025-05-12",
        [{"actor": {"Italy"}, "kind": {"lift"}}, {"actor": {"Italy"}, "kind": {"ban"}}],
        exact=True,
    ),
    case(
        "closed-an-investigation-is-no-investigation",
        "The Dutch regulator closed its investigation into DeepSeek.",
        "2025-05-12",
        [],
        exact=True,
    ),
    case(
        "set-up-a-task-force",
        "The European Data Protection Board set up a task force on DeepSeek.",
        "2025-02-12",
        [{"actor": {"European Data Protection Board", "EDPB"}, "kind": {"investigate"}}],
        exact=True,
    ),
    case(
        "opened-proceedings-against",
        "Bavaria's data protection office said it had opened proceedings against DeepSeek.",
        "2025-02-12",
        [{"country": "DE", "kind": {"investigate"}, "status": "done"}],
        exact=True,
    ),
    case(
        "formed-a-task-force-on-something-else",
        "The government formed a task force on road safety.",
        "2025-02-12",
        [],
        exact=True,
    ),
    # an investment's purpose, past its amount and before its time
    case(
        "invest-target-past-the-amount",
        "Tencent said it would invest more than 100 billion yuan in AI infrastructure over the "
        "next three years.",
        "2025-02-24",
        [
            {
                "actor": {"Tencent"},
                "kind": {"invest"},
                "status": "planned",
                "targets_has": ["AI infrastructure"],
            }
        ],
        exact=True,
    ),
    # a regulator stopping the processing of users' data blocks the service
    case(
        "ordered-to-stop-processing",
        "Spain's data protection agency ordered the chatbot's maker to stop processing the data "
        "of Spanish users and opened an investigation.",
        "2025-03-05",
        [
            {"country": "ES", "kind": {"block", "ban", "suspend"}, "status": "done"},
            {"country": "ES", "kind": {"investigate"}},
        ],
        exact=True,
    ),
    case(
        "limitation-on-the-processing",
        "Portugal's privacy regulator imposed an urgent limitation on the processing of "
        "Portuguese users' data by DeepSeek.",
        "2025-03-05",
        [{"country": "PT", "kind": {"restrict"}, "status": "done"}],
        exact=True,
    ),
    case(
        "lift-can-be-downloaded-again",
        "South Korea's privacy commission said DeepSeek can be downloaded again from Monday.",
        "2025-04-28",
        [{"actor": PIPC, "kind": {"lift"}, "status": "done", "date": "2025-04-28"}],
        exact=True,
    ),
    case(
        "adopt-has-begun-using",
        "Shanghai's city government has begun using DeepSeek to answer citizens' questions on "
        "its hotline.",
        "2025-02-14",
        [{"actor": {"Shanghai"}, "kind": {"adopt"}}],
        exact=True,
    ),
    case(
        "investigate-by-a-state-attorney-general",
        "The Texas attorney general opened an investigation into DeepSeek on Friday.",
        "2025-02-14",
        [
            {
                "actor": {"Office of the Attorney General of Texas", "Texas attorney general"},
                "kind": {"investigate"},
                "date": "2025-02-14",
            }
        ],
        exact=True,
    ),
    case(
        "ban-ordered-the-removal-of",
        "The Dutch government ordered the removal of DeepSeek from all civil servants' devices "
        "on Friday.",
        "2025-02-14",
        [{"actor": {"Netherlands"}, "kind": {"ban"}, "scope": {GOV}, "date": "2025-02-14"}],
        exact=True,
    ),
    case(
        "request-information-summoned",
        "Luxembourg's data regulator summoned DeepSeek representatives to explain how user data "
        "is stored.",
        "2025-02-14",
        [{"actor": {"National Commission for Data Protection"}, "kind": {"request_information"}}],
        exact=True,
    ),
    case(
        "request-information-by-a-bare-regulator",
        "Ireland's regulator gave DeepSeek 20 days to respond to its questions.",
        "2025-02-14",
        [
            {
                "actor": {"Data Protection Commission"},
                "country": "IE",
                "kind": {"request_information"},
            }
        ],
        exact=True,
    ),
    case(
        "adopt-will-roll-out",
        "Hong Kong's government will roll out DeepSeek to civil servants to help draft documents.",
        "2025-02-14",
        [{"actor": {"Hong Kong"}, "kind": {"adopt"}, "status": "planned"}],
        exact=True,
    ),
    case(
        "adopt-a-hyphenated-model-name",
        "Amazon Web Services began offering DeepSeek-R1 to customers through its Bedrock "
        "service in late January.",
        "2025-02-14",
        [{"actor": {"Amazon Web Services", "AWS"}, "kind": {"adopt"}, "date": "2025-01"}],
        exact=True,
    ),
    case(
        "invest-fund",
        "The Korea Development Bank will fund domestic AI chip startups with 1 trillion won.",
        "2025-02-10",
        [{"actor": KDB, "kind": {"invest"}, "status": "planned"}],
        exact=True,
    ),
    case(
        "invest-budget",
        "France announced 109 billion euros of investment in AI infrastructure on Feb. 9.",
        "2025-02-12",
        [
            {
                "actor": {"France", "French government"},
                "kind": {"invest"},
                "date": "2025-02-09",
            }
        ],
        exact=True,
    ),
    case(
        "release-released-late-december",
        "DeepSeek released its V3 model in late December.",
        "2025-01-20",
        [{"actor": DEEPSEEK, "kind": {"release"}, "date": "2024-12"}],
        exact=True,
    ),
    case(
        "release-launched-weekday",
        "Alibaba launched Qwen2.5-Max on Wednesday.",
        "2025-01-30",
        [
            {
                "actor": {"Alibaba", "Alibaba Group", "Alibaba Cloud"},
                "kind": {"release"},
                "date": "2025-01-29",
                "targets_has": {"Qwen2.5-Max"},
            }
        ],
        exact=True,
    ),
    case(
        "release-unveiled",
        "OpenAI unveiled o3-mini on Jan. 31.",
        "2025-02-03",
        [{"actor": {"OpenAI"}, "kind": {"release"}, "date": "2025-01-31"}],
        exact=True,
    ),
    case(
        "release-open-sourced",
        "DeepSeek open-sourced five code repositories last week.",
        "2025-03-03",
        [{"actor": DEEPSEEK, "kind": {"release"}, "date": "2025-W09"}],
        exact=True,
    ),
    case(
        "release-made-free",
        "OpenAI made its reasoning model free for all ChatGPT users.",
        "2025-02-03",
        [{"actor": {"OpenAI"}, "kind": {"release"}}],
        exact=True,
    ),
]

TRAPS = [
    # a passive relative clause tells what was done to its antecedent, not what it did
    case(
        "relative-passive-antecedent-is-the-patient",
        "The order also covers the Chinese apps TikTok and WeChat, which were already banned.",
        "2025-02-12",
        [],
        exact=True,
    ),
    case(
        "restrictive-relative-passive-names-no-actor",
        "The Commerce Department is looking into whether DeepSeek used Nvidia chips that are "
        "barred from export to China.",
        "2025-01-31",
        [{"actor": {"Department of Commerce", "Commerce Department"}, "kind": {"investigate"}}],
        exact=True,
    ),
    case(
        "relative-clause-with-its-own-subject",
        "The debate echoes the fight over TikTok, which the US Congress voted to ban last year.",
        "2025-02-20",
        [{"actor": {"Congress"}, "kind": {"ban"}, "date": "2024", "targets_has": ["TikTok"]}],
        exact=True,
    ),
    case(
        "whose-clause-object-antecedent",
        "DeepSeek, which Italy banned in January, said it would appeal.",
        "2025-02-20",
        [{"actor": {"Italy"}, "kind": {"ban"}, "date": "2025-01"}],
        exact=True,
    ),
    case(
        "union-before-a-member-noun-is-a-modifier",
        "If Britain were to follow, it would be the first G7 country to block a Chinese AI "
        "service outright.",
        "2025-02-20",
        [{"actor": {"United Kingdom", "Britain"}, "kind": {"block"}, "status": "considered"}],
        exact=True,
    ),
    case(
        "relative-passive-with-an-agent",
        "DeepSeek, which was banned by Italy in January, said it would appeal.",
        "2025-02-12",
        [{"actor": {"Italy"}, "kind": {"ban"}, "status": "done"}],
        exact=True,
    ),
    case(
        "trap-released-a-statement",
        "China's Ministry of Commerce released a statement on Monday about export controls.",
        "2025-02-05",
        [],
        exact=True,
    ),
    case(
        "trap-adopted-an-open-approach",
        "DeepSeek has adopted an open approach to sharing its research.",
        "2025-02-05",
        [],
        exact=True,
    ),
    case(
        "trap-ban-was-reported",
        "Italy blocked DeepSeek on Jan. 30. The app's ban in Italy was widely reported by "
        "European media.",
        "2025-02-03",
        [{"actor": ITALY | GARANTE, "kind": {"block", "ban"}, "date": "2025-01-30"}],
        exact=True,
    ),
    case(
        "trap-the-ban-refers-back",
        "Texas banned DeepSeek on state devices on Jan. 31. The ban also covers RedNote and "
        "Lemon8.",
        "2025-02-03",
        [{"actor": TEXAS, "kind": {"ban"}, "date": "2025-01-31", "scope": {GOV}}],
        exact=True,
    ),
    case(
        "trap-suspension-restated-until",
        "The PIPC suspended new DeepSeek downloads on Saturday. The suspension will stay in "
        "place until the app complies with Korean privacy law.",
        "2025-02-17",
        [
            {
                "actor": PIPC,
                "kind": {"suspend"},
                "date": "2025-02-15",
                "temporary": True,
                "scope": {STORE},
            }
        ],
        exact=True,
    ),
    case(
        "trap-released-figures",
        "The Ministry of Science and ICT released figures on Tuesday showing rising AI use.",
        "2025-02-06",
        [],
        exact=True,
    ),
    case(
        "trap-adopted-a-wait-and-see",
        "Most European regulators have adopted a wait-and-see stance.",
        "2025-02-06",
        [],
        exact=True,
    ),
    case(
        "trap-no-target-at-all",
        "Samsung Electronics reported record chip sales for the quarter.",
        "2025-01-31",
        [],
        exact=True,
    ),
    case(
        "background-tiktok-ban-is-an-action",
        "Australia banned TikTok from government devices in April 2023.",
        "2025-02-05",
        [
            {
                "actor": AUSTRALIA,
                "kind": {"ban"},
                "date": "2023-04",
                "scope": {GOV},
                "targets_has": {"TikTok"},
            }
        ],
        exact=True,
    ),
]

MOTIE_CAPTION = (
    "South Korea's Ministry of Trade, Industry and Energy has blocked DeepSeek on its office "
    "computers."
)

MERGES = [
    # a country's act and its ministry's plan are two records, not one
    case(
        "country-act-and-ministry-plan-stay-apart",
        "Chile banned DeepSeek for staff on Tuesday. Chile's foreign ministry said on Tuesday "
        "it would also ban the app in schools.",
        "2025-02-05",
        [
            {"actor": {"Chile"}, "kind": {"ban"}, "status": "done"},
            {"country": "CL", "kind": {"ban"}, "status": "planned"},
        ],
        exact=True,
    ),
    case(
        "merge-headline-and-lead",
        "Taiwan bans DeepSeek on government devices\n\nTaiwan's Ministry of Digital Affairs "
        "on Friday banned government agencies from using DeepSeek on official devices, citing "
        "security risks.",
        "2025-02-03",
        [
            {
                "actor": MODA | TAIWAN,
                "kind": {"ban"},
                "date": "2025-01-31",
                "scope": {GOV},
                "reasons": {"security"},
            }
        ],
        exact=True,
        raw=True,
    ),
    case(
        # the restatement lies many paragraphs below the first statement, past the reach of
        # the sentence-after linking: it still folds in, and so does the headline above both
        "merge-restatement-many-paragraphs-below",
        "Italy's privacy watchdog blocks DeepSeek\n\n"
        "Italy's privacy watchdog blocked DeepSeek on Thursday.\n\n"
        "The decision was taken over the handling of personal data, the authority said.\n\n"
        "Chatbots from several Chinese start-ups have drawn attention this winter.\n\n"
        "Analysts expect more scrutiny of such apps across Europe.\n\n"
        "Investors, meanwhile, have focused on the cost of training large models.\n\n"
        "Italy's privacy watchdog blocked DeepSeek over security risks as well, it added.",
        "2025-01-31",
        [
            {
                "actor": GARANTE,
                "kind": {"block"},
                "date": "2025-01-30",
                "reasons": {"privacy", "security"},
            }
        ],
        exact=True,
        raw=True,
    ),
    case(
        "merge-headline-same-actor",
        "Italy's privacy watchdog blocks DeepSeek\n\nItaly's privacy watchdog blocked "
        "DeepSeek on Thursday over its handling of personal data.",
        "2025-01-31",
        [{"actor": GARANTE, "kind": {"block"}, "date": "2025-01-30", "reasons": {"privacy"}}],
        exact=True,
        raw=True,
    ),
    case(
        "merge-caption-repeats-paragraph",
        f"{HEADLINE}\n"
        f"![{MOTIE_CAPTION} [YONHAP]](https://example.com/photo/motie.jpg)\n"
        f"{MOTIE_CAPTION} [YONHAP]\n"
        "South Korea's Ministry of Trade, Industry and Energy blocked DeepSeek on its office "
        "computers on Wednesday, citing security concerns.\n"
        "The ministry did not say how long the measure would last.",
        "2025-02-06",
        [
            {
                "actor": KR_MOTIE,
                "kind": {"block"},
                "date": "2025-02-05",
                "scope": {GOV},
                "reasons": {"security"},
            }
        ],
        exact=True,
        raw=True,
    ),
    case(
        "merge-caption-after-paragraph",
        f"{HEADLINE}\n\n"
        "Japan's Digital Agency told ministries on Thursday to avoid DeepSeek on government "
        "computers.\n\n"
        "![Japan's Digital Agency told ministries to avoid DeepSeek on government computers. "
        "[REUTERS/YONHAP]](https://example.com/photo/tokyo.jpg)",
        "2025-02-07",
        [
            {
                "actor": {"Digital Agency", "Japan's Digital Agency"} | JAPAN,
                "kind": {"warn", "restrict", "ban"},
                "date": "2025-02-06",
                "scope": {GOV},
            }
        ],
        exact=True,
        raw=True,
    ),
    case(
        "merge-second-mention-this-action",
        "The Dutch data protection authority opened an investigation into DeepSeek on Jan. "
        "31. The investigation will look at how the company stores the data of Dutch users.",
        "2025-02-05",
        [{"actor": DUTCH_AP, "kind": {"investigate"}, "date": "2025-01-31"}],
        exact=True,
    ),
]

MULTI = [
    case(
        "multi-block-and-investigate",
        "The Garante blocked DeepSeek and opened an investigation into its data practices.",
        "2025-01-31",
        [
            {"actor": GARANTE, "kind": {"block"}, "status": "done"},
            {"actor": GARANTE, "kind": {"investigate"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "multi-two-sentences-two-actors",
        "The Korean Ministry of National Defense blocked DeepSeek on military computers on "
        "Thursday. The Ministry of Unification did the same on Friday.",
        "2025-02-08",
        [
            {"actor": KR_MND, "kind": {"block"}, "date": "2025-02-06", "scope": {GOV}},
            {"actor": KR_MOU, "kind": {"block"}, "date": "2025-02-07"},
        ],
        exact=True,
    ),
    case(
        "multi-restrict-and-warn",
        "LG Uplus barred staff from using DeepSeek at work and warned them to be careful on "
        "their personal phones.",
        "2025-02-05",
        [
            {"actor": {"LG Uplus"}, "kind": {"ban", "restrict"}, "scope": {WORK}},
            {"actor": {"LG Uplus"}, "kind": {"warn"}},
        ],
        exact=True,
    ),
    case(
        "that-clause-after-said-on-weekday",
        "Officials said on Tuesday that Japan's Digital Agency had blocked DeepSeek on "
        "ministry computers.",
        "2025-02-06",
        [{"actor": {"Digital Agency"}, "country": "JP", "kind": {"block"}}],
        exact=True,
    ),
    case(
        "officials-in-a-capital-set-the-country",
        "Officials in Seoul said the Ministry of Foreign Affairs had cut off access to "
        "DeepSeek on its computers.",
        "2025-02-06",
        [{"actor": {"Ministry of Foreign Affairs"}, "country": "KR", "kind": {"block"}}],
        exact=True,
    ),
    case(
        "light-verb-present-tense-headline-style",
        "Ireland's Data Protection Commission opens an inquiry into DeepSeek's handling of "
        "user data.",
        "2025-01-31",
        [{"actor": {"Data Protection Commission"}, "kind": {"investigate"}}],
        exact=True,
    ),
    case(
        "country-and-state-actions-stay-apart",
        "Australia banned DeepSeek from federal government devices on Tuesday. South Australia "
        "banned it from state government devices the same day.",
        "2025-02-05",
        [
            {"actor": {"Australia"}, "kind": {"ban"}, "scope": {GOV}},
            {"actor": {"South Australia"}, "kind": {"ban"}, "scope": {GOV}},
        ],
        exact=True,
    ),
    case(
        "orders-x-blocked",
        "Ireland's Data Protection Commission orders DeepSeek blocked and opens an inquiry.",
        "2025-02-01",
        [
            {"actor": {"Data Protection Commission"}, "kind": {"block"}},
            {"actor": {"Data Protection Commission"}, "kind": {"investigate"}},
        ],
        exact=True,
    ),
    case(
        "unnamed-plural-subject-is-not-the-earlier-actor",
        "China opposes politicising trade after several countries restrict DeepSeek. Beijing "
        "criticised moves by some governments to ban the app.",
        "2025-02-07",
        [{"actor": {"China", "Beijing"}, "kind": {"oppose"}}],
        exact=True,
    ),
    case(
        "passive-told-not-to-use",
        "The Ministry of Unification blocked DeepSeek on its office computers on Monday, an "
        "official said, adding that staff had been told not to use any generative AI service.",
        "2025-02-11",
        [{"actor": KR_MOU, "kind": {"block", "ban", "restrict"}}],
    ),
    case(
        "warned-not-to-use-is-one-action",
        "The Marine Corps warned its personnel last week not to use DeepSeek on any device.",
        "2025-02-03",
        [{"actor": {"Marine Corps", "United States Marine Corps"}, "kind": {"warn", "ban"}}],
        exact=True,
    ),
    case(
        "already-installed-is-a-state",
        "Canada told federal employees to delete DeepSeek, including any copies that are "
        "already installed on their work phones.",
        "2025-02-07",
        [{"actor": {"Canada"}, "kind": {"ban", "restrict", "block"}}],
        exact=True,
    ),
    case(
        "opposition-called-on-the-government",
        "Canada's opposition called on the government to ban the app from official devices.",
        "2025-02-07",
        [{"actor": {"Opposition", "Canada's opposition"}, "kind": {"call_for"}}],
        exact=True,
    ),
    case(
        "followed-by-a-list-with-a-possessive-brand",
        "BYD said on Monday it would build DeepSeek into its cars. Chery, Nio and Geely's "
        "Zeekr brand followed within days.",
        "2025-02-12",
        [
            {"actor": {"BYD"}, "kind": {"integrate", "adopt"}},
            {"actor": {"Chery", "Chery Automobile"}, "kind": {"integrate", "adopt"}},
            {"actor": {"Nio", "NIO"}, "kind": {"integrate", "adopt"}},
            {"actor": {"Zeekr"}, "kind": {"integrate", "adopt"}},
        ],
        exact=True,
    ),
    case(
        "next-sentence-by-the-same-actor-dates-it",
        "BYD said on 10 February it would build DeepSeek into its cars. Chery and Nio "
        "followed within days. Nio pushed the new assistant to its cars over the air on "
        "14 February.",
        "2025-02-20",
        [
            {"actor": {"BYD"}, "kind": {"integrate", "adopt"}, "date": "2025-02-10"},
            {"actor": {"Chery", "Chery Automobile"}, "kind": {"integrate", "adopt"}},
            {"actor": {"Nio", "NIO"}, "kind": {"integrate", "adopt"}, "date": "2025-02-14"},
        ],
        exact=True,
    ),
    case(
        "began-blocking-after-a-name",
        "The Pentagon began blocking access to DeepSeek on its networks last week.",
        "2025-02-03",
        [{"actor": {"Department of Defense", "Pentagon"}, "kind": {"block"}}],
        exact=True,
    ),
    case(
        "would-question-deepseek",
        "France's CNIL said it would question DeepSeek about how its chatbot handles data.",
        "2025-01-30",
        [{"actor": {"CNIL"}, "kind": {"request_information"}, "status": "planned"}],
        exact=True,
    ),
    case(
        "wrote-to-deepseek",
        "Ireland's Data Protection Commission wrote to DeepSeek on Thursday about Irish users' "
        "data.",
        "2025-02-01",
        [{"actor": {"Data Protection Commission"}, "kind": {"request_information"}}],
        exact=True,
    ),
    case(
        "semicolon-list-opening-the-sentence",
        "The Ministry of Justice; Ministry of Education; and Ministry of Environment have "
        "limited access to DeepSeek on office computers, officials said.",
        "2025-02-07",
        [
            {"actor": {"Ministry of Justice"}, "kind": {"restrict"}},
            {"actor": {"Ministry of Education"}, "kind": {"restrict"}},
            {"actor": {"Ministry of Environment"}, "kind": {"restrict"}},
        ],
    ),
    case(
        "following-guidelines-restates-them",
        "South Korea's Ministry of the Interior and Safety issued a guideline on generative AI "
        "on Tuesday. Following guidelines from the Interior Ministry, the Fair Trade "
        "Commission blocked DeepSeek on its computers on Thursday.",
        "2025-02-07",
        [
            {"actor": {"Ministry of the Interior and Safety"}, "kind": {"warn"}},
            {"actor": {"Fair Trade Commission"}, "kind": {"block"}, "date": "2025-02-06"},
        ],
        exact=True,
    ),
    case(
        "returned-to-app-stores-is-a-lift",
        "DeepSeek's app returned to local app stores on April 28, the regulator said.",
        "2025-05-02",
        [{"actor": {"DeepSeek"}, "kind": {"lift"}, "date": "2025-04-28"}],
        exact=True,
    ),
    case(
        "should-be-banned-is-proposed",
        "Brazilian lawmakers said the app should be banned from government phones.",
        "2025-02-07",
        [
            {
                "actor": {"Brazil", "National Congress of Brazil"},
                "kind": {"ban", "call_for"},
                "status": "proposed",
            }
        ],
        exact=True,
    ),
    case(
        "reduced-passive-by-a-company-unit",
        "Alibaba Cloud began hosting R1 on Monday. Analysts compared it with Qwen 2.5-Max, "
        "the latest model released by Alibaba's cloud unit in January.",
        "2025-02-12",
        [
            {"actor": {"Alibaba Cloud"}, "kind": {"adopt"}},
            {"actor": {"Alibaba Cloud"}, "kind": {"release"}, "date": "2025-01"},
        ],
        exact=True,
    ),
    case(
        "name-comma-participle-with-an-object-is-the-main-verb",
        "The head of the agency, Maria Keller, issued a directive on Monday requiring every "
        "department to stop using DeepSeek products, apps and web services.",
        "2025-02-12",
        [{"actor": {"Maria Keller"}, "kind": {"ban"}, "date": "2025-02-10"}],
        exact=True,
    ),
    case(
        "planned-to-send-a-request-and-an-investigation-bureau",
        "Japan's Personal Information Protection Commission said it planned to send a formal "
        "request to DeepSeek. \u201cWe will read the answers,\u201d said an official at the "
        "commission's investigation bureau.",
        "2025-02-07",
        [
            {
                "actor": {"Personal Information Protection Commission"},
                "kind": {"request_information"},
                "status": "planned",
            }
        ],
        exact=True,
    ),
    case(
        "the-cabinet-without-antecedent",
        "Taiwan's digital ministry had already barred the app from its own offices. The "
        "cabinet widened that into a blanket ban for the public sector on Monday.",
        "2025-02-05",
        [
            {"actor": {"Ministry of Digital Affairs"}, "kind": {"ban", "block", "restrict"}},
            {"actor": {"Executive Yuan", "Cabinet"}, "kind": {"ban"}, "date": "2025-02-03"},
        ],
        exact=True,
    ),
    case(
        "a-budget-for-the-year-is-not-an-investment",
        "An analyst estimated that the startup's compute budget for the year was under "
        "$100 million. Separately, Seoul set a budget for AI chip research.",
        "2025-02-07",
        [{"actor": {"South Korea", "Seoul"}, "kind": {"invest"}}],
        exact=True,
    ),
]

# ---------------------------------------------------------------------------------------------
# later-2025 phrasings: bare groups, intentions, store removals, participles, reported clauses
# ---------------------------------------------------------------------------------------------

US_CONTEXT = "WASHINGTON (Wire) -- U.S. lawmakers want DeepSeek off federal phones.\n\n"

LATER_PHRASINGS = [
    case(
        "bare-lawmakers-context-legislature",
        US_CONTEXT + "Two lawmakers introduced a bill on Thursday that would ban DeepSeek on "
        "federal government devices.",
        "2025-02-07",
        [
            {
                "actor": {"Congress", "United States Congress"},
                "kind": {"call_for"},
                "status": "proposed",
                "scope": {"government_devices"},
            }
        ],
        exact=True,
    ),
    case(
        "bare-senators-not-a-company",
        US_CONTEXT + "Senators introduced the No DeepSeek on Government Devices Act.",
        "2025-02-07",
        [
            {
                "actor": {"Senate", "United States Senate", "US Senate"},
                "kind": {"call_for"},
                "status": "proposed",
            }
        ],
        exact=True,
    ),
    case(
        "bare-lawmakers-korea",
        "SEOUL (Wire) -- Lawmakers on Monday urged the government to block DeepSeek.",
        "2025-02-11",
        [{"actor": {"National Assembly"}, "country": "KR", "kind": {"call_for"}}],
    ),
    case(
        "state-lawmakers-not-national",
        US_CONTEXT + "State lawmakers in Texas are seeking to ban the app.",
        "2025-02-07",
        [{"country": "US", "kind": {"ban"}, "status": "planned"}],
    ),
    case(
        "wants-to-is-planned",
        "Texas wants to ban DeepSeek on state devices.",
        "2025-02-07",
        [{"actor": {"Texas"}, "kind": {"ban"}, "status": "planned"}],
        exact=True,
    ),
    case(
        "hopes-to-is-planned",
        "Italy's privacy regulator hopes to lift its ban on DeepSeek within weeks.",
        "2025-04-07",
        [{"country": "IT", "kind": {"lift"}, "status": "planned"}],
        exact=True,
    ),
    case(
        "threatened-to-is-considered",
        "The European Commission threatened to block DeepSeek unless it complied.",
        "2025-04-07",
        [{"country": "EU", "kind": {"block"}, "status": "considered"}],
        exact=True,
    ),
    case(
        "removed-from-its-store-is-block",
        "Google removed the app from its German store on Friday.",
        "2025-07-04",
        [{"actor": {"Google"}, "kind": {"block"}, "scope": {"app_store"}, "date": "2025-07-04"}],
        exact=True,
    ),
    case(
        "pulled-from-google-play",
        "Apple and Google pulled DeepSeek from the App Store and Google Play in Italy.",
        "2025-01-31",
        [
            {"actor": {"Apple"}, "kind": {"block"}, "scope_has": {"app_store"}},
            {"actor": {"Google"}, "kind": {"block"}, "scope_has": {"app_store"}},
        ],
        exact=True,
    ),
    case(
        "participle-asking-the-companies-named-before",
        "Germany's federal data protection commissioner wrote to Apple and Google on Friday, "
        "asking both companies to remove the app from their German stores.",
        "2025-07-04",
        [{"country": "DE", "kind": {"call_for"}, "scope_has": {"app_store"}}],
        exact=True,
    ),
    case(
        "participle-asking-own-staff-is-no-call",
        "Italy's digital ministry sent a notice to employees, asking them to stop using DeepSeek.",
        "2025-02-04",
        [{"country": "IT", "kind": {"ban"}}],
        exact=True,
    ),
    case(
        "region-name-beats-capital-description",
        "Berlin's data protection commissioner asked Apple and Google to remove DeepSeek from "
        "their app stores.",
        "2025-06-27",
        [
            {
                "actor": {
                    "Berlin Commissioner for Data Protection and Freedom of Information",
                    "Berlin's data protection commissioner",
                },
                "kind": {"call_for"},
            }
        ],
        exact=True,
    ),
    case(
        "reporter-is-not-the-unnamed-company",
        "Reuters reported the company would ban the app on its own network.",
        "2025-02-04",
        [],
        exact=True,
    ),
    case(
        "speaker-keeps-coordinated-verb",
        "The Dutch data protection authority said on Wednesday the inquiry was continuing and "
        "again advised people not to share personal data with the chatbot.",
        "2025-02-05",
        [{"country": "NL", "kind": {"warn"}}],
    ),
    case(
        "connected-to-is-integrate",
        "Chinese carmaker Great Wall Motor said it had connected its in-car assistant to DeepSeek.",
        "2025-02-10",
        [{"actor": {"Great Wall Motor"}, "kind": {"integrate"}}],
        exact=True,
    ),
    case(
        "equipped-with-is-integrate",
        "BYD's new models are equipped with DeepSeek's R1.",
        "2025-02-10",
        [{"actor": {"BYD"}, "kind": {"integrate"}}],
        exact=True,
    ),
    case(
        "asked-for-information",
        "Brazil's data protection authority ANPD said it had asked DeepSeek for information.",
        "2025-02-05",
        [{"country": "BR", "kind": {"request_information"}}],
        exact=True,
    ),
    case(
        "would-monitor-is-a-planned-inquiry",
        "The UK government said it would monitor DeepSeek.",
        "2025-01-30",
        [{"country": "GB", "kind": {"investigate"}, "status": "planned"}],
        exact=True,
    ),
    case(
        "would-offer-is-a-planned-adoption",
        "China Telecom said it would offer DeepSeek's models on its cloud platform.",
        "2025-02-05",
        [{"actor": {"China Telecom"}, "kind": {"adopt"}, "status": "planned"}],
        exact=True,
    ),
    case(
        "pledged-yuan-is-an-investment",
        "Hangzhou's city government pledged 100 million yuan to support AI start-ups such as "
        "DeepSeek.",
        "2025-03-01",
        [{"actor": {"Hangzhou"}, "kind": {"invest"}}],
        exact=True,
    ),
    case(
        "released-an-update-is-a-release",
        "DeepSeek released an update to its R1 reasoning model on May 28.",
        "2025-06-02",
        [{"actor": {"DeepSeek"}, "kind": {"release"}, "date": "2025-05-28"}],
        exact=True,
    ),
    case(
        "title-case-description-after-possessive",
        "Canada's Privacy Commissioner said his office would examine the app.",
        "2025-02-05",
        [
            {
                "actor": {"Office of the Privacy Commissioner of Canada"},
                "kind": {"investigate"},
                "status": "planned",
            }
        ],
        exact=True,
    ),
    case(
        "headline-parent-company-folds-into-its-unit",
        "Amazon embraces DeepSeek's R1 for cloud customers\n\n"
        "Amazon Web Services made R1 available through its Bedrock service on Thursday.",
        "2025-01-31",
        [{"actor": {"Amazon Web Services", "AWS"}, "kind": {"adopt"}, "date": "2025-01-30"}],
        exact=True,
        raw=True,
    ),
    case(
        "asked-for-patience-and-monitor-the-situation-are-no-actions",
        "Officials asked the public for patience. The regulator will monitor the situation.",
        "2025-02-05",
        [],
        exact=True,
    ),
    case(
        "completed-integration-is-the-subjects",
        "Changan said it had completed integration of the model into its Tianshu assistant on "
        "Feb. 9.",
        "2025-02-14",
        [{"actor": {"Changan", "Changan Automobile"}, "kind": {"integrate"}, "date": "2025-02-09"}],
        exact=True,
    ),
    case(
        "agent-named-after-its-description",
        "The decision follows a warning issued last week by the country's cyber security "
        "watchdog, the National Cyber and Information Security Agency (NUKIB), which said "
        "DeepSeek could give Beijing access to sensitive data.",
        "2025-07-10",
        [
            {
                "actor": {"National Cyber and Information Security Agency", "NUKIB"},
                "kind": {"warn"},
                "date": "2025-W27",
            }
        ],
        exact=True,
    ),
    case(
        "tie-ups-are-partnerships",
        "Dongfeng and SAIC Motor also announced tie-ups with DeepSeek.",
        "2025-02-14",
        [
            {
                "actor": {"Dongfeng", "Dongfeng Motor", "Dongfeng Motor Corporation"},
                "kind": {"partner"},
            },
            {"actor": {"SAIC Motor", "SAIC"}, "kind": {"partner"}},
        ],
        exact=True,
    ),
    case(
        "placed-curbs-is-a-restriction",
        "Australia and Italy have placed similar curbs on DeepSeek, citing data security risks.",
        "2025-02-06",
        [
            {"actor": {"Australia"}, "kind": {"restrict"}, "reasons": {"security"}},
            {"actor": {"Italy"}, "kind": {"restrict"}, "reasons": {"security"}},
        ],
        exact=True,
    ),
    case(
        "told-to-take-caution-is-a-warning",
        "Last week, South Korea's presidential office told government agencies to take caution "
        "in using generative AI services.",
        "2025-02-06",
        [{"country": "KR", "kind": {"warn"}, "date": "2025-W05"}],
        exact=True,
    ),
    case(
        "state-run-before-a-known-name",
        "State-run Korea Hydro & Nuclear Power Co. said it had blocked the app earlier this month.",
        "2025-02-06",
        [{"actor": {"Korea Hydro & Nuclear Power", "KHNP"}, "kind": {"block"}}],
        exact=True,
    ),
    case(
        "the-centre-in-an-indian-report",
        "NEW DELHI: The finance ministry has advised its staff to avoid AI tools such as "
        "DeepSeek on office computers.\n\nSeparately, the Centre said on Thursday it would host "
        "DeepSeek's open-source models on Indian servers, and that it had received 67 proposals.",
        "2025-02-06",
        [
            {"actor": {"Ministry of Finance"}, "kind": {"warn"}},
            {"actor": {"India"}, "kind": {"adopt"}, "status": "planned"},
        ],
        exact=True,
    ),
    case(
        "the-centre-elsewhere-is-no-one",
        "LONDON: The Centre for Data Ethics said it would review DeepSeek.",
        "2025-02-06",
        [{"actor": {"Centre for Data Ethics"}, "kind": {"investigate"}}],
    ),
    case(
        "halted-new-downloads-while-it-reviewed",
        "The Personal Information Protection Commission said DeepSeek had resumed new "
        "downloads. The regulator had halted new downloads on Feb. 15 while it reviewed how the "
        "app handled users' personal data.",
        "2025-04-28",
        [
            {"actor": PIPC, "kind": {"suspend"}, "date": "2025-02-15", "scope_has": {"app_store"}},
            {"actor": PIPC, "kind": {"investigate"}},
        ],
    ),
    case(
        "pronoun-inside-a-clause-is-no-object",
        "The commission recommended that DeepSeek delete data it had sent abroad without consent.",
        "2025-04-28",
        [],
        exact=True,
    ),
    case(
        "target-is-not-the-agent-of-its-own-suspension",
        "DeepSeek's chatbot app became available again in South Korea on Monday, two months "
        "after it was suspended over privacy concerns.",
        "2025-04-28",
        [{"actor": {"DeepSeek"}, "kind": {"lift"}}],
        exact=True,
    ),
    case(
        "portfolio-ministry-of-a-place",
        "The defence ministry of India warned staff against DeepSeek on Jan. 28.",
        "2025-02-06",
        [
            {
                "actor": {"Ministry of Defence"},
                "country": "IN",
                "kind": {"warn"},
                "date": "2025-01-28",
            }
        ],
        exact=True,
    ),
    case(
        "wrote-to-the-company",
        "DeepSeek faces questions across Europe. In Ireland, the Data Protection Commission has "
        "written to the company asking what data it holds on Irish users.",
        "2025-01-30",
        [
            {
                "actor": {"Data Protection Commission"},
                "country": "IE",
                "kind": {"request_information"},
            }
        ],
        exact=True,
    ),
    case(
        "list-after-a-name-is-no-appositive",
        "The department joins NASA, the Navy and the Pentagon, which have all restricted the app.",
        "2025-03-17",
        [
            {
                "actor": {"NASA", "National Aeronautics and Space Administration"},
                "kind": {"restrict"},
            },
            {"actor": {"Navy", "US Navy", "United States Navy"}, "kind": {"restrict"}},
            {"actor": {"Pentagon", "Department of Defense"}, "kind": {"restrict"}},
        ],
        exact=True,
    ),
    case(
        "audience-of-told-is-not-the-subject",
        "Microsoft President Brad Smith told a Senate hearing that employees were not allowed to "
        "use the DeepSeek app.",
        "2025-05-09",
        # the rule is his company's; the Senate only heard of it
        [{"actor": {"Microsoft"}, "kind": {"ban"}, "scope": {"work_use"}}],
        exact=True,
    ),
    case(
        "target-putting-out-its-own-model-is-a-release",
        "DeepSeek rolled out V3.1 on Thursday. Tencent rolled out R1 in its Weixin app.",
        "2025-08-22",
        [
            {"actor": {"DeepSeek"}, "kind": {"release"}, "date": "2025-08-21"},
            {"actor": {"Tencent"}, "kind": {"adopt"}},
        ],
        exact=True,
    ),
    case(
        "prompted-calls-for-bans-names-no-one",
        "DeepSeek's rise has prompted calls for bans in several countries.",
        "2025-02-06",
        [],
        exact=True,
    ),
    case(
        "unlikely-to-is-a-negation",
        "Germany is unlikely to follow Italy in blocking DeepSeek, officials said.",
        "2025-02-06",
        [],
        exact=True,
    ),
    case(
        "nobody-is-no-actor",
        "Nobody has banned DeepSeek in Brazil yet.",
        "2025-02-06",
        [],
        exact=True,
    ),
    case(
        "possessive-before-adjectives-still-owns",
        "Italy's temporary ban remains in force.",
        "2025-02-06",
        [{"actor": {"Italy"}, "kind": {"ban"}, "temporary": True}],
        exact=True,
    ),
    case(
        "agentless-passive-in-a-place",
        "DeepSeek has been banned in Taiwan's public sector, and it was blocked in Italy on "
        "Thursday.",
        "2025-02-03",
        [
            {"actor": {"Taiwan"}, "kind": {"ban"}},
            {"actor": {"Italy"}, "kind": {"block"}, "date": "2025-01-30"},
        ],
        exact=True,
    ),
    case(
        "agentless-passive-in-unnamed-places",
        "DeepSeek faces bans in at least five countries, and it has been banned in several more.",
        "2025-02-03",
        [],
        exact=True,
    ),
    case(
        "description-without-a-place-in-a-country-paragraph",
        "In Italy, the privacy watchdog ordered DeepSeek blocked on January 30.",
        "2025-02-03",
        [
            {
                "actor": {"Garante", "Garante per la protezione dei dati personali"},
                "kind": {"block"},
                "date": "2025-01-30",
            }
        ],
        exact=True,
    ),
    case(
        "list-label-sets-the-country",
        "South Korea: the privacy regulator suspended new downloads on February 15.",
        "2025-03-01",
        [{"actor": PIPC, "kind": {"suspend"}, "date": "2025-02-15"}],
        exact=True,
    ),
    case(
        "description-of-a-named-place",
        "The cybersecurity agency of Indonesia warned users against the DeepSeek app last week.",
        "2025-02-06",
        [{"country": "ID", "kind": {"warn"}}],
        exact=True,
    ),
    case(
        "named-subject-of-a-federal-ban-it-weighed",
        "Congress has also weighed a federal ban.",
        "2025-03-01",
        [
            {
                "actor": {"Congress", "United States Congress"},
                "kind": {"ban"},
                "status": "considered",
            }
        ],
        exact=True,
    ),
    case(
        "headline-weighs-name-ban-is-a-noun",
        "US weighs DeepSeek ban on government devices\n\nNo decision has been made.",
        "2025-03-07",
        [
            {
                "actor": {"United States", "US"},
                "kind": {"ban"},
                "status": "considered",
                "scope": {"government_devices"},
            }
        ],
        exact=True,
        raw=True,
    ),
    case(
        "allow-new-downloads-is-a-lifting",
        "South Korea's privacy regulator said Monday it would allow new downloads of DeepSeek "
        "once the company complies with local law.",
        "2025-04-23",
        [{"actor": PIPC, "kind": {"lift"}, "status": "planned", "scope_has": {"app_store"}}],
        exact=True,
    ),
    case(
        "progressive-after-a-place-is-no-appositive",
        "In Belgium, the data protection authority is investigating DeepSeek, officials said.",
        "2025-02-03",
        [{"country": "BE", "kind": {"investigate"}}],
        exact=True,
    ),
    case(
        "party-and-state-tags-after-sponsors",
        "Reps. Josh Gottheimer, D-N.J., and Darin LaHood, R-Ill., last week introduced the No "
        "DeepSeek on Government Devices Act.",
        "2025-02-13",
        [
            {"actor": {"Josh Gottheimer"}, "kind": {"call_for"}, "status": "proposed"},
            {"actor": {"Darin LaHood"}, "kind": {"call_for"}, "status": "proposed"},
        ],
        exact=True,
    ),
    case(
        "urged-users-to-take-care-is-a-warning",
        "Japan's Personal Information Protection Commission urged users to take sufficient care "
        "when using DeepSeek.",
        "2025-02-04",
        [{"country": "JP", "kind": {"warn"}}],
        exact=True,
    ),
    case(
        "introduced-the-model-opened-access",
        "Ruijin Hospital has introduced DeepSeek. China Mobile has opened access to DeepSeek on "
        "its cloud platform. Italy introduced a ban on DeepSeek.",
        "2025-02-14",
        [
            {"actor": {"Ruijin Hospital"}, "kind": {"adopt"}},
            {"actor": {"China Mobile"}, "kind": {"adopt"}},
            {"actor": {"Italy"}, "kind": {"ban"}},
        ],
        exact=True,
    ),
    case(
        "prevent-from-being-installed-is-a-ban",
        "Australia's Department of Home Affairs said agencies must prevent DeepSeek from being "
        "installed.",
        "2025-02-05",
        [{"actor": {"Department of Home Affairs"}, "kind": {"ban"}}],
        exact=True,
    ),
    case(
        "shared-name-takes-the-country-the-sentence-names",
        "DeepSeek became available again in South Korea on Monday, ten weeks after new downloads "
        "were suspended, the Personal Information Protection Commission said.",
        "2025-04-29",
        [
            {"actor": {"DeepSeek"}, "kind": {"lift"}},
            {"actor": PIPC, "country": "KR", "kind": {"suspend"}},
        ],
        exact=True,
    ),
    case(
        "welcomed-the-move-to-is-no-new-act",
        "India will host DeepSeek's models on domestic servers, Vaishnaw said. Industry body "
        "Nasscom welcomed the move to host the models locally.",
        "2025-02-06",
        [{"actor": {"India"}, "kind": {"adopt"}, "status": "planned"}],
        exact=True,
    ),
    case(
        "wants-another-body-to-act-is-a-call",
        "Germany's data protection commissioner wants Apple and Google to remove DeepSeek from "
        "German app stores.",
        "2025-06-28",
        [{"country": "DE", "kind": {"call_for"}, "scope_has": {"app_store"}}],
        exact=True,
    ),
    case(
        "act-is-the-capital-territory",
        "Western Australia and the ACT are considering a ban on DeepSeek.",
        "2025-02-07",
        [
            {"actor": {"Western Australia"}, "kind": {"ban"}, "status": "considered"},
            {
                "actor": {"Australian Capital Territory", "ACT"},
                "kind": {"ban"},
                "status": "considered",
            },
        ],
        exact=True,
    ),
    case(
        "participle-after-an-object-owner",
        "Krutrim announced on Tuesday that it had deployed DeepSeek's models, making them "
        "available to developers.",
        "2025-02-06",
        [{"actor": {"Krutrim"}, "kind": {"adopt"}}],
        exact=True,
    ),
    case(
        "subordinate-clause-does-not-take-the-main-date",
        "DeepSeek became available again in South Korea on Monday, ten weeks after new downloads "
        "were suspended, the PIPC said. On Monday, after a review, Italy blocked DeepSeek.",
        "2025-04-29",
        [
            {"actor": {"DeepSeek"}, "kind": {"lift"}, "date": "2025-04-28"},
            {"actor": PIPC, "kind": {"suspend"}, "date": None},
            {"actor": {"Italy"}, "kind": {"block"}, "date": "2025-04-28"},
        ],
        exact=True,
    ),
    case(
        "unnamed-subjects-clause-keeps-its-scope",
        "Several ministries blocked access, and South Korea's privacy regulator suspended new "
        "downloads on February 15.",
        "2025-03-01",
        [{"actor": PIPC, "kind": {"suspend"}, "scope": {"app_store"}}],
        exact=True,
    ),
    case(
        "wants-it-pulled-is-a-call",
        "Germany's data protection commissioner wants DeepSeek pulled from German app stores.",
        "2025-06-28",
        [
            {
                "country": "DE",
                "kind": {"call_for"},
                "targets_has": {"DeepSeek"},
                "scope_has": {"app_store"},
            }
        ],
        exact=True,
    ),
    case(
        "district-with-lower-case-head",
        "Shenzhen's Futian district deployed DeepSeek for its civil servants in February.",
        "2025-03-01",
        [{"actor": {"Futian District", "Futian"}, "kind": {"adopt"}, "date": "2025-02"}],
        exact=True,
    ),
]

# Round nine: wire services, translated reports and new countries (2025-2026).
WIRE_PHRASINGS = [
    case(
        "may-the-month-in-a-dateline",
        "SEOUL, May 14 (Wire) -- South Korea's defence ministry banned DeepSeek on its "
        "computers. In May, Poland banned DeepSeek on government computers.",
        "2025-06-10",
        [
            {"country": "KR", "kind": {"ban"}, "status": "done"},
            {"actor": {"Poland"}, "kind": {"ban"}, "status": "done", "date": "2025-05"},
        ],
        exact=True,
    ),
    case(
        "may-the-modal",
        "Poland may ban DeepSeek on government computers.",
        "2025-06-10",
        [{"actor": {"Poland"}, "kind": {"ban"}, "status": "considered"}],
        exact=True,
    ),
    case(
        "wire-credit-never-acts",
        "SEOUL, April 24 (Yonhap) -- New downloads of DeepSeek, suspended since February, are "
        "expected to resume next week.\n\nA logo of the app is seen in Tokyo. (Kyodo)\n\nThe "
        "notice asked ministries to refrain from using DeepSeek.",
        "2025-04-24",
        [],
        exact=True,
    ),
    case(
        "maker-after-developed-by-is-no-agent",
        "Taipei, Feb. 3 (Wire) Public agencies are prohibited from using the AI service "
        "developed by Chinese start-up DeepSeek, the Ministry of Digital Affairs said on Friday.",
        "2025-02-03",
        [
            {
                "actor": MODA,
                "kind": {"ban"},
                "status": "done",
                "date": "2025-01-31",
                "scope": {GOV},
            }
        ],
        exact=True,
    ),
    case(
        "passive-then-attribution-in-a-statement",
        "Public agencies are prohibited from using DeepSeek, Taiwan's Ministry of Digital "
        "Affairs said in a statement on Friday. The app will also be blocked on their "
        "networks from March, the ministry said at a press briefing.",
        "2025-02-03",
        [
            {"actor": MODA, "kind": {"ban"}, "status": "done", "date": "2025-01-31"},
            {"actor": MODA, "kind": {"block"}, "status": "planned", "date": "2025-03"},
        ],
    ),
    case(
        "coordination-after-an-acronym-in-brackets",
        "Korea Electric Power Corporation (KEPCO) and Korea Gas Corporation blocked DeepSeek "
        "on the 5th.",
        "2025-02-07",
        [
            {"actor": {"Korea Electric Power Corporation", "KEPCO"}, "kind": {"block"}},
            {"actor": {"Korea Gas Corporation"}, "kind": {"block"}, "date": "2025-02-05"},
        ],
        exact=True,
    ),
    case(
        "bills-submitted-filed-tabled",
        "Rep. Choi Hyung-doo submitted a bill to ban DeepSeek on government devices. Senator "
        "Francis Tolentino filed a bill on Wednesday that would bar DeepSeek from government "
        "networks. Rep. Park Min-ji and ten other lawmakers submitted a partial amendment that "
        "would ban the app on official phones.",
        "2025-03-12",
        [
            {"actor": {"Choi Hyung-doo"}, "kind": {"call_for", "ban"}, "status": "proposed"},
            {"actor": {"Francis Tolentino"}, "kind": {"call_for", "ban"}, "status": "proposed"},
            {"actor": {"Park Min-ji"}, "kind": {"call_for", "ban"}, "status": "proposed"},
        ],
        exact=True,
    ),
    case(
        "possessed-decision-names-its-owner",
        "Spokesperson Mao Ning answered a question about the Czech government's decision to "
        "ban DeepSeek in the state administration. South Korea's plan to block the app on "
        "official phones was welcomed by lawmakers.",
        "2025-07-10",
        [
            {"actor": {"Czech Republic"}, "kind": {"ban"}, "status": "done"},
            {"actor": {"South Korea"}, "kind": {"block"}, "status": "planned"},
        ],
        exact=True,
    ),
    case(
        "criticised-decision-is-two-acts",
        "China criticised the Czech government's decision to ban DeepSeek.",
        "2025-07-10",
        [
            {"actor": {"China"}, "kind": {"oppose"}},
            {"actor": {"Czech Republic"}, "kind": {"ban"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "wire-and-translated-trigger-words",
        "The Chinese mainland expressed firm opposition to the ban on DeepSeek. Hohhot "
        "completed the deployment of DeepSeek on its government cloud. Oracle pulled the plug "
        "on DeepSeek last week. Samsung stopped using DeepSeek in January. Alibaba Cloud offers "
        "DeepSeek to its customers. Chongqing's Liangjiang New Area will put DeepSeek into use "
        "in its hotline.",
        "2025-04-24",
        [
            {"actor": {"China"}, "kind": {"oppose"}, "status": "done"},
            {"actor": {"Hohhot"}, "kind": {"adopt"}, "status": "done"},
            {"actor": {"Oracle"}, "kind": {"ban"}, "date": "2025-W16"},
            {"actor": {"Samsung", "Samsung Electronics"}, "kind": {"ban"}, "date": "2025-01"},
            {"actor": {"Alibaba Cloud"}, "kind": {"adopt"}, "status": "done"},
            {"actor": {"Liangjiang New Area"}, "kind": {"adopt"}, "status": "planned"},
        ],
        exact=True,
    ),
    case(
        "inspections-and-written-inquiries",
        "South Korea's Personal Information Protection Commission launched an inspection of "
        "DeepSeek on Monday. The commission plans to send a written inquiry to DeepSeek's "
        "headquarters this week.",
        "2025-02-07",
        [
            {"actor": PIPC, "kind": {"investigate"}, "status": "done", "date": "2025-02-03"},
            {"actor": PIPC, "kind": {"request_information"}, "status": "planned"},
        ],
        exact=True,
    ),
    case(
        "later-model-versions-are-deepseek",
        "DeepSeek released V4 on Monday. Alibaba Cloud rolled out V4 to its customers the next "
        "day, and Honor integrated DeepSeek-R2 into its phones. Italy's Garante opened a review "
        "of V4.",
        "2026-04-22",
        [
            {"actor": {"DeepSeek"}, "kind": {"release"}, "date": "2026-04-20"},
            {"actor": {"Alibaba Cloud"}, "kind": {"adopt"}, "targets_has": {"DeepSeek"}},
            {"actor": {"Honor"}, "kind": {"integrate"}, "targets_has": {"DeepSeek"}},
            {"actor": GARANTE, "kind": {"investigate"}, "targets_has": {"DeepSeek"}},
        ],
        exact=True,
    ),
    case(
        "data-sent-abroad-is-data-sovereignty",
        "Kazakhstan's Ministry of Digital Development warned civil servants against DeepSeek, "
        "citing the transfer of data to foreign servers.",
        "2026-01-22",
        [{"country": "KZ", "kind": {"warn"}, "reasons": {"data_sovereignty"}}],
        exact=True,
    ),
    case(
        "round-up-sentences-open-on-their-country",
        "In Poland, the Ministry of Digital Affairs said the app would be removed from government "
        "computers. In South Korea, the authorities suspended new downloads of DeepSeek.",
        "2025-07-03",
        [
            {"country": "PL", "kind": {"ban", "block"}, "status": "planned"},
            {"actor": {"South Korea"}, "kind": {"suspend"}, "scope": {"app_store"}},
        ],
        exact=True,
    ),
    case(
        "lifting-a-temporary-measure-is-not-temporary",
        "Malaysia has lifted a temporary restriction on DeepSeek. Qatar's communications "
        "ministry said it is studying the possibility of adopting DeepSeek.",
        "2026-05-14",
        [
            {"actor": {"Malaysia"}, "kind": {"lift"}, "temporary": None},
            {"country": "QA", "kind": {"adopt"}, "status": "considered"},
        ],
        exact=True,
    ),
    case(
        "denials-statements-and-market-demand-are-no-acts",
        "Samsung denied that it planned to integrate DeepSeek. Bernstein cautioned that the cost "
        "figure excluded research. Nvidia said demand for its chips remained strong.",
        "2026-01-12",
        [],
        exact=True,
    ),
    case(
        "in-talks-and-may-not-use",
        "Xiaomi is in talks to integrate DeepSeek into its assistant. BAE Systems has told staff "
        "they may not use DeepSeek on company equipment. The Seoul Central District Court on "
        "Thursday ordered a hospital to stop using DeepSeek.",
        "2026-01-12",
        [
            {"actor": {"Xiaomi"}, "kind": {"integrate"}, "status": "considered"},
            {"actor": {"BAE Systems"}, "kind": {"ban"}, "status": "done"},
            {
                "actor": {"Seoul Central District Court"},
                "kind": {"ban", "call_for"},
                "date": "2026-01-08",
            },
        ],
        exact=True,
    ),
    case(
        "no-actor-carried-into-generic-or-capability-sentences",
        "Italy's data protection authority ordered the blocking of DeepSeek last week. According "
        "to the ministry, at least seven central agencies had reported that they had banned "
        "DeepSeek internally. Li Haidong said the ban was political. DeepSeek's models have been "
        "adopted by companies in more than 50 countries, and they can be deployed locally. Wang "
        "Peng told the Global Times that the low cost of deploying DeepSeek helps cities.",
        "2025-02-21",
        [{"actor": GARANTE, "kind": {"block"}}],
        exact=True,
    ),
    case(
        "lists-with-quantifiers-and-those-of",
        "Australia, Taiwan and some U.S. states have banned DeepSeek on government devices. "
        "Several governments, including those of Italy and South Korea, have blocked the app.",
        "2025-07-10",
        [
            {"actor": {"Australia"}, "kind": {"ban"}},
            {"actor": {"Taiwan"}, "kind": {"ban"}},
            {"actor": {"United States"}, "kind": {"ban"}},
            {"actor": {"Italy"}, "kind": {"block"}},
            {"actor": {"South Korea"}, "kind": {"block"}},
        ],
        exact=True,
    ),
    case(
        "expected-to-follow-suit-is-planned",
        "The Tokyo metropolitan government said on Wednesday that it had told its departments "
        "not to use DeepSeek, while Osaka Prefecture is also expected to follow suit.",
        "2025-02-07",
        [
            {"actor": {"Tokyo Metropolitan Government"}, "kind": {"ban"}, "status": "done"},
            {"actor": {"Osaka Prefecture", "Osaka"}, "kind": {"ban"}, "status": "planned"},
        ],
        exact=True,
    ),
    case(
        "notices-of-care-and-notified-bans",
        "DeepSeek has drawn concern in Japan. SoftBank Corp. has barred its use for work. Kakao "
        "notified its employees that DeepSeek is prohibited for work. The Guangdong provincial "
        "government issued a notice urging departments to strengthen data security management "
        "when using large models.",
        "2025-02-07",
        [
            {"actor": {"SoftBank Corp.", "SoftBank"}, "kind": {"ban"}, "scope": {"work_use"}},
            {"actor": {"Kakao"}, "kind": {"ban"}, "scope": {"work_use"}},
            {"actor": {"Guangdong", "Guangdong Province"}, "kind": {"warn"}},
        ],
        exact=True,
    ),
    case(
        "list-items-are-sentences",
        "What we know:\n\n- Lockheed Martin has banned DeepSeek, a company spokeswoman said on "
        "Tuesday.\n- Johns Hopkins Medicine blocked DeepSeek on its networks in 2025.\n"
        "• Oracle dropped the app.",
        "2026-02-26",
        [
            {"actor": {"Lockheed Martin"}, "kind": {"ban"}, "date": "2026-02-24"},
            {"actor": {"Johns Hopkins Medicine"}, "kind": {"block"}, "date": "2025"},
        ],
    ),
    case(
        "a-body-name-states-no-reason",
        "Germany's Federal Office for Information Security warned manufacturers against "
        "connecting cars to DeepSeek. Taiwan's National Security Bureau warned against the app, "
        "citing risks to national security.",
        "2025-02-07",
        [
            {"country": "DE", "kind": {"warn"}, "reasons": set()},
            {"country": "TW", "kind": {"warn"}, "reasons": {"national_security"}},
        ],
        exact=True,
    ),
    case(
        "european-lawmakers-internal-networks-and-dated-reports",
        "European lawmakers urged the Commission to ban DeepSeek from app stores. LG Uplus "
        "blocked DeepSeek on its internal network. Kakao said in a statement on Monday that it "
        "had deployed DeepSeek in June.",
        "2026-01-28",
        [
            {"actor": {"European Parliament"}, "kind": {"call_for"}, "scope": {"app_store"}},
            {"actor": {"LG Uplus"}, "kind": {"block"}, "scope": {"work_use"}},
            {"actor": {"Kakao"}, "kind": {"adopt"}, "date": "2025-06"},
        ],
        exact=True,
    ),
    case(
        "measure-launched-by-an-agent",
        "An investigation into DeepSeek was launched by Turkey's KVKK in February. Turkey's KVKK "
        "said the investigation into DeepSeek was launched after complaints.",
        "2025-07-18",
        [{"country": "TR", "kind": {"investigate"}, "status": "done", "date": "2025-02"}],
        exact=True,
    ),
    case(
        "mps-and-the-dateline-country",
        "Canada tightens rules on DeepSeek\n\nOTTAWA (Wire) - The federal government has banned "
        "DeepSeek from all government-issued phones. In Britain, MPs called for a review of the "
        "app.",
        "2025-02-07",
        [
            {"actor": {"Canada"}, "kind": {"ban", "restrict"}, "scope": {"government_devices"}},
            {"actor": {"Parliament of the United Kingdom", "UK Parliament"}, "kind": {"call_for"}},
        ],
        exact=True,
        raw=True,
    ),
    case(
        "headline-subordinate-clause-keeps-its-subject",
        "Canada, New Zealand tighten rules on DeepSeek as UK MPs demand review\n\nThe story "
        "follows.",
        "2025-02-07",
        [
            {"actor": {"Canada"}, "kind": {"restrict"}},
            {"actor": {"New Zealand"}, "kind": {"restrict"}},
            {"actor": {"Parliament of the United Kingdom", "UK Parliament"}, "kind": {"call_for"}},
        ],
        exact=True,
        raw=True,
    ),
    case(
        "time-phrase-between-subject-and-verb",
        "Taiwan last week banned DeepSeek on government devices. Kakao earlier this month "
        "barred the app for work.",
        "2025-02-07",
        [
            {"actor": {"Taiwan"}, "kind": {"ban"}, "date": "2025-W05"},
            {"actor": {"Kakao"}, "kind": {"ban"}, "date": "2025-02"},
        ],
        exact=True,
    ),
    case(
        "deepseek-undergoes-its-bans",
        "DeepSeek ban: what you need to know\n\nDeepSeek bans are spreading across Europe. "
        "DeepSeek's ban in Italy drew attention. The law passed last week banned DeepSeek. "
        "DeepSeek said it was temporarily halting API top-ups.",
        "2025-02-07",
        [{"actor": {"DeepSeek"}, "kind": {"suspend"}, "temporary": True}],
        exact=True,
        raw=True,
    ),
    case(
        "conditionals-questions-and-requests-are-no-acts",
        "If France bans DeepSeek, Germany will follow. Had Germany banned DeepSeek earlier, the "
        "debate would be over. Imagine if the EU banned DeepSeek tomorrow. Whether Spain will "
        "ban DeepSeek remains unclear. Nobody knows if Italy will lift its ban. Congress "
        "stopped short of banning DeepSeek. Activists launched a petition urging Apple to remove "
        "DeepSeek from its store. Should the U.S. ban DeepSeek? Texas banned DeepSeek on state "
        "devices. Protests followed.",
        "2025-03-03",
        [{"actor": {"Texas"}, "kind": {"ban"}, "scope": {"government_devices"}}],
        exact=True,
    ),
    case(
        "conditional-after-the-main-clause-keeps-it",
        "Japan would ban DeepSeek if it found risks. Critics want Congress to ban DeepSeek.",
        "2025-03-03",
        [{"actor": {"Japan"}, "kind": {"ban"}, "status": "planned"}],
        exact=True,
    ),
    case(
        "followers-act-too-and-products-do-not",
        "Spain followed Italy in blocking DeepSeek. Hedge funds dumped Nvidia shares on Monday. "
        "Nvidia warned that DeepSeek's cost figures were misleading. DeepSeek's app restricts "
        "answers about Taiwan.",
        "2025-03-03",
        [
            {"actor": {"Spain"}, "kind": {"block"}},
            {"actor": {"Italy"}, "kind": {"block"}},
        ],
        exact=True,
    ),
    case(
        "modal-and-passive-prohibitions",
        "NASA said DeepSeek may not be used on agency devices. Civil servants are no longer "
        "allowed to use DeepSeek on their work phones, the Dutch government said. Under the "
        "rules issued by Taiwan's Ministry of Digital Affairs, government employees may not "
        "install DeepSeek on official devices. The Garante ordered DeepSeek on Jan. 30 to stop "
        "processing Italians' data.",
        "2025-02-12",
        [
            {"actor": {"NASA"}, "kind": {"ban"}, "status": "done", "scope": {GOV}},
            {"actor": {"Netherlands"}, "kind": {"ban"}, "status": "done"},
            {"actor": MODA, "kind": {"ban"}, "status": "done", "scope": {GOV}},
            {"actor": GARANTE, "kind": {"block", "ban"}, "date": "2025-01-30"},
        ],
        exact=True,
    ),
    case(
        "headline-passives-law-titles-and-tagged-pairs",
        "DeepSeek pulled from app stores as Taiwan widens DeepSeek ban\n\nThe No DeepSeek on "
        "Government Devices Act is modeled on the 2022 law that banned TikTok. Reps. Josh "
        "Gottheimer (D-N.J.) and Darin LaHood (R-Ill.) introduced a bill to ban DeepSeek on "
        "government devices. BYD said on Monday it would equip its cars with DeepSeek's R1 "
        "model. Guo Jiakun urged Seoul to avoid politicizing trade issues.",
        "2025-02-12",
        [
            {"actor": {"Taiwan"}, "kind": {"ban"}},
            {"actor": {"Josh Gottheimer"}, "kind": {"call_for", "ban"}, "status": "proposed"},
            {"actor": {"Darin LaHood"}, "kind": {"call_for", "ban"}, "status": "proposed"},
            {"actor": {"BYD"}, "kind": {"integrate"}, "status": "planned"},
            {"actor": {"Guo Jiakun"}, "kind": {"oppose"}},
        ],
        exact=True,
        raw=True,
    ),
    case(
        "a-complainant-asks-the-regulator",
        "Belgium's data regulator has received a complaint from consumer group Testachats, "
        "which has asked it to investigate DeepSeek.",
        "2025-01-31",
        [{"actor": {"Testachats"}, "kind": {"call_for"}}],
        exact=True,
    ),
    case(
        "scope-stays-in-its-clause-and-with-its-audience",
        "Italy's privacy regulator ordered DeepSeek to block its chatbot in the country late "
        "last month, and Australia and Taiwan have banned the service from government devices. "
        "Navy officials are reviewing DeepSeek.",
        "2025-02-17",
        [
            {"actor": GARANTE, "kind": {"block"}, "scope": {"nationwide"}},
            {"actor": {"Australia"}, "kind": {"ban"}, "scope": {GOV}},
            {"actor": {"Taiwan"}, "kind": {"ban"}, "scope": {GOV}},
            {
                "actor": {"Navy", "U.S. Navy", "United States Navy"},
                "kind": {"investigate"},
                "scope": set(),
            },
        ],
        exact=True,
    ),
    case(
        "letters-asking-for-bans-and-measures-that-would",
        "U.S. Reps. Josh Gottheimer and Darin LaHood wrote to governors this week asking them to "
        "ban DeepSeek from state-issued devices. Sen. Josh Hawley last week introduced a "
        "measure that would prohibit Americans from downloading DeepSeek.",
        "2025-03-05",
        [
            {"actor": {"Josh Gottheimer"}, "kind": {"call_for"}, "scope": {GOV}},
            {"actor": {"Darin LaHood"}, "kind": {"call_for"}, "scope": {GOV}},
            {"actor": {"Josh Hawley"}, "kind": {"ban", "call_for"}, "status": "proposed"},
        ],
        exact=True,
    ),
    case(
        "a-federal-deputy-sponsors-a-bill",
        "Federal deputy Kim Kataguiri introduced a bill that would ban DeepSeek on federal "
        "devices.",
        "2026-02-11",
        [{"actor": {"Kim Kataguiri"}, "kind": {"call_for", "ban"}, "status": "proposed"}],
        exact=True,
    ),
]

# Round ten: later events, regulators worldwide, companies, attribution (2025-2026).
ROUND_TEN = [
    case(
        "company-named-after-its-description",
        "Brazilian lender Nubank said it would adopt DeepSeek. Indonesian ride-hailing firm "
        "Gojek has banned DeepSeek for staff.",
        "2025-03-06",
        [
            {"actor": {"Nubank"}, "country": "BR", "kind": {"adopt"}, "status": "planned"},
            {"actor": {"Gojek"}, "country": "ID", "kind": {"ban"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "bills-drafted-unveiled-or-in-progress-are-proposed",
        "Senator Jane Roe drafted a bill to ban DeepSeek on government devices. The Dutch "
        "parliament is preparing legislation to ban DeepSeek. Senator Tom Poe is introducing "
        "a bill to ban DeepSeek.",
        "2025-03-06",
        [
            {"actor": {"Jane Roe"}, "kind": {"call_for", "ban"}, "status": "proposed"},
            {"country": "NL", "kind": {"call_for", "ban"}, "status": "proposed"},
            {"actor": {"Tom Poe"}, "kind": {"call_for", "ban"}, "status": "proposed"},
        ],
        exact=True,
    ),
    case(
        "a-call-on-it-targets-the-service-named-before",
        "Italy blocked DeepSeek last week. Senator Jane Roe called for a ban on it.",
        "2025-03-06",
        [
            {"actor": {"Italy"}, "kind": {"block"}},
            {"actor": {"Jane Roe"}, "kind": {"call_for"}, "targets_has": {"DeepSeek"}},
        ],
        exact=True,
    ),
    case(
        "a-report-calling-deepseek-a-threat-is-no-release",
        "The House Select Committee on the CCP released a report calling DeepSeek a profound "
        "threat to national security.",
        "2025-04-17",
        [],
        exact=True,
    ),
    case(
        "allowed-it-to-resume-is-the-allower-lifting",
        "The PIPC allowed DeepSeek to resume downloads after the company agreed to follow local "
        "privacy law.",
        "2025-04-28",
        [{"actor": PIPC, "kind": {"lift"}, "status": "done", "scope": {"app_store"}}],
        exact=True,
    ),
    case(
        "a-company-ban-does-not-swallow-its-country-ban",
        "Westpac has banned DeepSeek on work phones. Australia banned DeepSeek from all "
        "government devices on Feb 4.",
        "2025-02-10",
        [
            {"actor": {"Westpac"}, "kind": {"ban"}, "scope": {"work_use"}},
            {
                "actor": {"Australia"},
                "kind": {"ban"},
                "scope": {GOV},
                "date": "2025-02-04",
            },
        ],
        exact=True,
    ),
    case(
        "a-place-before-a-plural-of-firms-does-not-act",
        "China's biggest carmakers have integrated DeepSeek into their cars. The largest U.S. "
        "cloud companies are hosting DeepSeek's R1. Korea's biggest conglomerates have banned "
        "DeepSeek on work computers.",
        "2025-02-10",
        [],
        exact=True,
    ),
    case(
        "demand-and-call-as-nouns-are-no-calls",
        "GPU demand surged after the release. Inference demand, he said, was rising fast. "
        "DeepSeek itself has had to throttle demand. The app was a wake-up call for Silicon "
        "Valley. Senators call for a ban on DeepSeek.",
        "2025-02-10",
        [],
        exact=True,
    ),
    case(
        "a-call-with-analysts-is-no-call-for",
        "SoftBank President Junichi Miyakawa told analysts on a call on Friday that the company "
        "had barred employees from using DeepSeek.",
        "2025-02-10",
        [{"actor": {"SoftBank", "SoftBank Corp."}, "kind": {"ban"}, "status": "done"}],
        exact=True,
    ),
    case(
        "no-plans-for-now-is-a-negation",
        "He said Malaysia had no plans for now to block DeepSeek nationwide. Egypt has no "
        "immediate plans to restrict DeepSeek. Thailand has no plans at this stage to ban it.",
        "2025-02-08",
        [],
        exact=True,
    ),
    case(
        "the-service-does-not-look-into-itself",
        "Gulf regulators weigh DeepSeek risks\n\nSaudi Arabia's data and artificial "
        "intelligence authority said on Monday it is assessing the privacy implications of "
        "DeepSeek.",
        "2025-02-12",
        [],
        exact=True,
        raw=True,
    ),
    case(
        "relaxing-loosening-or-scaling-back-a-ban-is-a-lift",
        "Texas relaxed its ban on DeepSeek on Tuesday. Ohio loosened its ban on DeepSeek on "
        "Monday. Iowa softened its DeepSeek ban in June. Utah scaled back its restrictions on "
        "DeepSeek.",
        "2026-10-15",
        [
            {"actor": {"Texas"}, "kind": {"lift"}, "date": "2026-10-13"},
            {"actor": {"Ohio"}, "kind": {"lift"}, "date": "2026-10-12"},
            {"actor": {"Iowa"}, "kind": {"lift"}, "date": "2026-06"},
            {"actor": {"Utah"}, "kind": {"lift"}},
        ],
        exact=True,
    ),
    case(
        "a-recommended-measure-is-proposed",
        "The panel recommended that the Commerce Department restrict DeepSeek.",
        "2025-04-17",
        [{"actor": {"Department of Commerce"}, "kind": {"restrict"}, "status": "proposed"}],
        exact=True,
    ),
    case(
        "a-headline-warning-after-a-preposition-is-not-the-target-s",
        "Czech cabinet bars DeepSeek from state offices after cyber agency warning\n\nThe "
        "decision was taken on Wednesday.",
        "2025-07-10",
        [{"country": "CZ", "kind": {"ban"}}],
        exact=True,
        raw=True,
    ),
    case(
        "a-gerund-after-a-subordinator-takes-the-main-subject",
        "Italy banned DeepSeek after blocking ChatGPT in 2023.",
        "2025-02-10",
        [{"actor": {"Italy"}, "kind": {"ban"}}],
        exact=True,
    ),
    case(
        "use-in-progress-or-announced-is-adoption",
        "Bank of Jiangsu said in February that it was using DeepSeek to screen contracts. "
        "Chile's science ministry will use DeepSeek's model to build a regional chatbot. The "
        "Philippine Statistics Authority is considering using DeepSeek for census records. "
        "Wrtn Technologies will add DeepSeek's R1 to its service in March.",
        "2025-12-02",
        [
            {"actor": {"Bank of Jiangsu"}, "kind": {"adopt"}, "status": "done", "date": "2025-02"},
            {"country": "CL", "kind": {"adopt"}, "status": "planned"},
            {
                "actor": {"Philippine Statistics Authority"},
                "kind": {"adopt"},
                "status": "considered",
            },
            {"actor": {"Wrtn Technologies"}, "kind": {"adopt", "integrate"}, "status": "planned"},
        ],
        exact=True,
    ),
    case(
        "negated-permission-of-use-is-a-ban",
        "Panasonic Holdings does not allow the use of DeepSeek on its networks.",
        "2025-03-01",
        [{"actor": {"Panasonic", "Panasonic Holdings"}, "kind": {"ban"}, "status": "done"}],
        exact=True,
    ),
    case(
        "revoking-an-order-is-a-lift-and-putting-out-a-model-a-release",
        "The Garante on Wednesday revoked its order against DeepSeek. In late May, DeepSeek put "
        "out R1-0528, an update to its R1 reasoning model.",
        "2025-12-02",
        [
            {"actor": GARANTE, "kind": {"lift"}, "status": "done"},
            {"actor": {"DeepSeek"}, "kind": {"release"}, "date": "2025-05"},
        ],
        exact=True,
    ),
    case(
        "state-owned-firms-are-state-enterprises",
        "State-owned Telkom Indonesia has adopted DeepSeek's model. State-run oil company "
        "Petronas has adopted DeepSeek. Government-owned telecoms operator Ooredoo Qatar said it "
        "would integrate DeepSeek.",
        "2025-02-04",
        [
            {"actor": {"Telkom Indonesia"}, "actor_kind": "state_enterprise", "kind": {"adopt"}},
            {"actor": {"Petronas"}, "actor_kind": "state_enterprise", "kind": {"adopt"}},
            {
                "actor": {"Ooredoo Qatar"},
                "actor_kind": "state_enterprise",
                "kind": {"integrate"},
                "scope": set(),
            },
        ],
        exact=True,
    ),
    case(
        "a-place-name-that-begins-with-a-reason-word-states-no-reason",
        "Costa Rica's government banned DeepSeek on official devices.",
        "2025-02-04",
        [{"actor": {"Costa Rica"}, "kind": {"ban"}, "reasons": set()}],
        exact=True,
    ),
    case(
        "a-nation-s-people-and-residents-are-nationwide",
        "Luxembourg's CNPD warned residents about DeepSeek. Kenya's data commissioner cautioned "
        "Kenyans against sharing sensitive information with DeepSeek.",
        "2025-02-04",
        [
            {"country": "LU", "kind": {"warn"}, "scope": {"nationwide"}},
            {"country": "KE", "kind": {"warn"}, "scope": {"nationwide"}},
        ],
        exact=True,
    ),
    case(
        "the-public-administration-is-government-not-the-public",
        "The Czech government banned DeepSeek across the public administration.",
        "2025-07-12",
        [{"country": "CZ", "kind": {"ban"}, "scope": {GOV}}],
        exact=True,
    ),
    case(
        "data-sent-to-china-or-open-to-the-chinese-state",
        "Israel's National Cyber Directorate warned the public that DeepSeek could expose their "
        "data to authorities in China. The Czech government banned DeepSeek, saying the Chinese "
        "state could gain access to sensitive data.",
        "2025-02-04",
        [
            {"country": "IL", "kind": {"warn"}, "reasons_has": {"data_sovereignty"}},
            {"country": "CZ", "kind": {"ban"}, "reasons_has": {"data_sovereignty"}},
        ],
        exact=True,
    ),
    case(
        "urged-not-to-block-is-opposition",
        "Digital rights group SAFEnet urged the government not to block DeepSeek.",
        "2025-02-04",
        [{"actor": {"SAFEnet"}, "kind": {"oppose"}}],
        exact=True,
    ),
    case(
        "a-title-case-dateline-city-does-not-act",
        "Hangzhou - Three large hospitals said they had deployed DeepSeek.",
        "2025-05-20",
        [],
        exact=True,
    ),
    case(
        "the-target-s-product-released-in-a-passive-or-an-aside",
        "DeepSeek's updated R1 model was released last month. DeepSeek's V3 model, released on "
        "December 26, has been downloaded more than 10 million times.",
        "2025-06-27",
        [
            {"actor": {"DeepSeek"}, "kind": {"release"}, "date": "2025-05"},
            {"actor": {"DeepSeek"}, "kind": {"release"}, "date": "2024-12-26", "scope": set()},
        ],
        exact=True,
    ),
    case(
        "a-fronted-place-then-a-described-body-with-its-acronym",
        "In Spain, the data protection agency, the AEPD, said it was examining complaints about "
        "DeepSeek. In the Czech Republic, the government on Wednesday banned the use of "
        "DeepSeek across the public administration, following a warning from the cyber agency "
        "that the Chinese state could gain access to sensitive data.",
        "2025-07-12",
        [
            {"country": "ES", "kind": {"investigate"}},
            {"actor": {"Czech Republic"}, "kind": {"ban"}, "date": "2025-07-09", "scope": {GOV}},
        ],
    ),
    case(
        "an-attribution-before-an-aside-names-the-passive-s-actor",
        "Public officers have been told not to use DeepSeek for official work, the Ministry of "
        "Digital Development and Information said on Friday, as the privacy commission looks "
        "into the chatbot.",
        "2025-02-08",
        [
            {
                "actor": {"Ministry of Digital Development and Information"},
                "kind": {"ban"},
                "date": "2025-02-07",
                "scope": {GOV},
            }
        ],
    ),
    case(
        "a-letter-s-sender-asks-not-its-addressee",
        "Rep. John Moolenaar and Rep. Raja Krishnamoorthi sent a letter to Nvidia chief "
        "executive Jensen Huang asking the company to explain how many chips it had sold in "
        "Singapore.",
        "2025-04-17",
        [
            {"actor": {"John Moolenaar"}, "kind": {"request_information"}},
            {"actor": {"Raja Krishnamoorthi"}, "kind": {"request_information"}},
        ],
        exact=True,
    ),
    case(
        "a-request-that-x-act-is-not-x-s-act",
        "The PIPC's request that Apple remove DeepSeek from its store is still pending.",
        "2025-07-10",
        [],
        exact=True,
    ),
    case(
        "lists-after-a-group-noun-or-before-an-unnamed-rest",
        "Regulators in the Netherlands, France, Belgium and Ireland opened inquiries into the "
        "service earlier this year. Texas, Virginia, New York and at least eight other states "
        "have barred the app from state devices.",
        "2025-06-27",
        [
            {"actor": {"Netherlands", "the Netherlands"}, "kind": {"investigate"}},
            {"actor": {"France"}, "kind": {"investigate"}},
            {"actor": {"Belgium"}, "kind": {"investigate"}},
            {"actor": {"Ireland"}, "kind": {"investigate"}},
            {"actor": {"Texas"}, "kind": {"ban"}},
            {"actor": {"Virginia"}, "kind": {"ban"}},
            {"actor": {"New York"}, "kind": {"ban"}},
        ],
        exact=True,
    ),
    case(
        "a-list-of-ministries-then-a-second-clause",
        "The Ministry of Foreign Affairs, the Ministry of Unification and the Ministry of "
        "National Defense blocked access to DeepSeek in February, and an official said the "
        "policy would stay.",
        "2025-04-24",
        [
            {"actor": {"Ministry of Foreign Affairs"}, "kind": {"block"}, "date": "2025-02"},
            {"actor": {"Ministry of Unification"}, "kind": {"block"}, "date": "2025-02"},
            {"actor": {"Ministry of National Defense"}, "kind": {"block"}, "date": "2025-02"},
        ],
        exact=True,
    ),
    case(
        "deepseek-s-own-service-limits",
        "DeepSeek temporarily stopped accepting API top-ups because of capacity constraints. "
        "DeepSeek limited new registrations to mainland phone numbers.",
        "2025-12-02",
        [
            {"actor": {"DeepSeek"}, "kind": {"suspend"}, "temporary": True},
            {"actor": {"DeepSeek"}, "kind": {"restrict"}},
        ],
        exact=True,
    ),
    case(
        "the-place-lab-is-the-developer",
        "DeepSeek released V3.2 in September. Local governments have adopted it since the "
        "Hangzhou start-up released its R1 model in January.",
        "2025-12-02",
        [
            {"actor": {"DeepSeek"}, "kind": {"release"}, "date": "2025-09"},
            {"actor": {"DeepSeek"}, "kind": {"release"}, "date": "2025-01"},
        ],
    ),
    case(
        "her-office-is-the-person-s-body",
        "Meike Kamp, Berlin's data protection commissioner, said on Friday she had filed a "
        "formal notice. Her office said it had asked DeepSeek to explain its data transfers.",
        "2025-06-27",
        [
            {
                "actor": {"Berlin Commissioner for Data Protection and Freedom of Information"},
                "kind": {"request_information", "call_for"},
            }
        ],
        exact=True,
    ),
    case(
        "the-speaker-s-second-act-after-a-reported-clause",
        "The Garante blocked DeepSeek in January. Euroconsumers said the watchdog had acted too "
        "slowly and called on it to fine the company.",
        "2025-04-17",
        [
            {"actor": GARANTE, "kind": {"block"}},
            {"actor": {"Euroconsumers"}, "kind": {"call_for"}},
        ],
        exact=True,
    ),
    case(
        "an-unsaid-plan-is-no-plan",
        "Amazon Web Services said it was evaluating whether to add it to Bedrock. The company "
        "has not said when it plans to release R2.",
        "2025-12-02",
        [],
        exact=True,
    ),
    case(
        "a-country-s-two-acts-in-one-sentence-are-kept",
        "China set up a national AI industry investment fund with 60 billion yuan.",
        "2025-05-20",
        [{"actor": {"China"}, "kind": {"invest"}}],
    ),
    case(
        "a-dateline-city-before-a-generic-subject-does-not-act",
        "Shanghai - Three months after DeepSeek's R1 model jolted global markets, banks are "
        "using it.",
        "2025-05-20",
        [],
        exact=True,
    ),
    case(
        "adding-to-an-entity-list-restricts",
        "The Commerce Department is still weighing whether to add DeepSeek to its entity list. "
        "Mitsubishi put DeepSeek on its list of unapproved software.",
        "2025-05-20",
        [
            {
                "actor": {"Department of Commerce"},
                "kind": {"restrict", "ban"},
                "status": "considered",
            },
            {"actor": {"Mitsubishi"}, "kind": {"restrict", "ban"}},
        ],
        exact=True,
    ),
    case(
        "an-observer-s-report-of-a-passive-names-no-actor",
        "Lee Jung-min, an analyst at Kiwoom Securities, said the app had been blocked on "
        "government computers. Armis said about 70% of its customers had requested that "
        "DeepSeek be blocked.",
        "2025-02-05",
        [],
        exact=True,
    ),
    case(
        "a-person-s-order-acts-for-them",
        "Gov. Kathy Hochul's order barred state agencies from using DeepSeek.",
        "2025-05-20",
        [{"actor": {"Kathy Hochul"}, "kind": {"ban"}, "scope": {GOV}}],
        exact=True,
    ),
    case(
        "bare-plural-bans-as-a-topic",
        "Bitkom said bans on DeepSeek would do little to protect users.",
        "2025-05-20",
        [],
        exact=True,
    ),
    case(
        "a-question-put-to-a-speaker-is-no-plan",
        "Asked whether Japan would ban DeepSeek, Chief Cabinet Secretary Yoshimasa Hayashi said "
        "the government had no such plan.",
        "2025-05-20",
        [],
        exact=True,
    ),
    case(
        "the-second-predicate-after-and-a-modal-keeps-the-first-actor",
        "Telkom Indonesia said it had adopted DeepSeek's open-source model and would host it on "
        "servers inside the country.",
        "2025-02-04",
        [{"actor": {"Telkom Indonesia"}, "kind": {"adopt"}}],
        exact=True,
    ),
    case(
        "the-model-available-on-a-platform-is-the-platform-s-adoption",
        "DeepSeek R1 is now available on Amazon Bedrock. DeepSeek's V3 model is now available on "
        "Google Vertex AI.",
        "2025-01-30",
        [
            {"actor": {"Amazon", "Amazon Web Services"}, "kind": {"adopt"}},
            {"actor": {"Google"}, "kind": {"adopt"}},
        ],
        exact=True,
    ),
    case(
        "earnings-calls-are-no-calls-to-act",
        "The chief executives of Meta and Microsoft used their earnings calls on Wednesday to "
        "argue that DeepSeek would lower costs.",
        "2025-01-30",
        [],
        exact=True,
    ),
    case(
        "adapting-a-model-is-integrating-it",
        "China Mobile announced on Feb. 5 that it had fully adapted DeepSeek's models across its "
        "computing network. Huawei completed adaptation of DeepSeek's R1 on its Ascend chips. "
        "Companies must adapt to the new rules.",
        "2025-02-21",
        [
            {"actor": {"China Mobile"}, "kind": {"integrate", "adopt"}, "date": "2025-02-05"},
            {"actor": {"Huawei"}, "kind": {"integrate", "adopt"}},
        ],
        exact=True,
    ),
    case(
        "a-wire-credit-in-a-dateline-never-acts",
        "BEIJING, Feb. 21 (Example Daily) -- China's three major telecom operators have connected "
        "their services to DeepSeek's models.",
        "2025-02-21",
        [],
        exact=True,
    ),
    case(
        "asked-to-remove-is-a-call-and-even-as-opens-a-clause",
        "Berlin's data protection commissioner asked Apple and Google to remove DeepSeek. Taira "
        "said the government had no plan to ban DeepSeek, even as the health ministry said it "
        "had banned it.",
        "2025-06-27",
        [
            {"country": "DE", "kind": {"call_for"}},
            {"actor": {"Health Ministry", "health ministry"}, "kind": {"ban"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "a-letter-s-sender-named-before-it-or-no-one",
        "Two senators sent a letter to Nvidia chief executive Jensen Huang asking the company to "
        "explain its sales. The House Select Committee sent Nvidia a letter asking it to explain "
        "whether its chips had reached DeepSeek, and gave the company until April 30 to respond.",
        "2025-04-24",
        [
            {
                "actor": {"House Select Committee"},
                "kind": {"request_information"},
                "temporary": None,
            }
        ],
        exact=True,
    ),
    case(
        "an-agentless-lift-of-a-measure-on-deepseek-is-not-deepseek-s",
        "The Chinese AI service DeepSeek will once again be available for new downloads in South "
        "Korea. The download suspension imposed in February has been lifted about two months "
        "later.",
        "2025-04-24",
        [],
        exact=True,
    ),
    case(
        "a-warning-joined-by-and-after-a-reported-clause-is-the-speaker-s",
        "Spain's AEPD said it was monitoring DeepSeek. Luxembourg's CNPD warned that the app "
        "could expose data to authorities in China, and advised public bodies to refrain from "
        "installing it.",
        "2025-01-31",
        [
            {"country": "ES", "kind": {"investigate"}},
            {"country": "LU", "kind": {"warn"}},
        ],
        exact=True,
    ),
]


# Round twelve, round-ups and reported directives (ROUND_TWELVE_ROUNDUPS).
ROUND_TWELVE_ROUNDUPS = [
    case(
        "country-headings-in-capitals-set-each-sections-country",
        "Governments have moved against the Chinese chatbot at different speeds.\n\n"
        "ITALY\n"
        "The country's privacy regulator ordered the Hangzhou firm to block its app on Jan. 30.\n\n"
        "SOUTH KOREA\n"
        "The foreign and defence ministries blocked access to DeepSeek on work computers.\n\n"
        "INDIA\n"
        "The finance ministry advised staff to avoid AI tools such as DeepSeek on office "
        "devices.",
        "2025-02-07",
        [
            {"actor": GARANTE, "country": "IT", "kind": {"block"}, "date": "2025-01-30"},
            {"country": "KR", "kind": {"block"}, "scope": {"government_devices"}},
            {"country": "KR", "kind": {"block"}, "scope": {"government_devices"}},
            {"country": "IN", "kind": {"warn", "ban"}},
        ],
        exact=True,
    ),
    case(
        "country-headings-with-marks-or-in-title-case",
        "Here is where the app has been restricted.\n\n"
        "## Germany\n\n"
        "The country's data protection commissioner asked Apple and Google to delist "
        "DeepSeek.\n\n"
        "Japan:\n"
        "The digital ministry told officials not to use the chatbot at work.\n\n"
        "* Netherlands\n"
        "The privacy watchdog opened an investigation into the app.",
        "2025-07-01",
        [
            {"country": "DE", "kind": {"call_for"}, "scope": {"app_store"}},
            {"country": "JP", "kind": {"ban", "warn"}},
            {"country": "NL", "kind": {"investigate"}},
        ],
        exact=True,
    ),
    case(
        "a-heading-of-several-countries-gives-none-of-them",
        "Canberra barred the app from government devices on Feb. 4.\n\n"
        "FRANCE, BELGIUM\n"
        "The finance ministry told staff to stop using the chatbot.",
        "2025-02-07",
        [{"country": "AU", "kind": {"ban"}}],
        exact=True,
    ),
    case(
        "said-on-a-date-that-agencies-should-not-use-it",
        "Taiwan's digital ministry said on January 31 that government agencies should not "
        "use DeepSeek. Estonia's state chancellery said on Feb. 3 that public servants "
        "must not use the app. Kenya's ICT ministry said that government departments should "
        "not use the chatbot.",
        "2025-02-07",
        [
            {"actor": MODA, "kind": {"ban", "warn"}, "status": "done", "date": "2025-01-31"},
            {"country": "EE", "kind": {"ban"}, "status": "done", "date": "2025-02-03"},
            {"country": "KE", "kind": {"ban", "warn"}, "status": "done"},
        ],
    ),
    case(
        "a-measure-in-the-actors-own-country-covers-all-of-it",
        "The Italian regulator orders DeepSeek to block its app in Italy. Ireland's data "
        "regulator suspended the chatbot in Ireland on Monday. Australia banned DeepSeek from "
        "government devices in Australia. The U.S. Commerce Department restricted the app in "
        "Texas.",
        "2025-02-07",
        [
            {"actor": GARANTE, "kind": {"block"}, "scope": {"nationwide"}},
            {"country": "IE", "kind": {"suspend"}, "scope": {"nationwide"}},
            {"country": "AU", "kind": {"ban"}, "scope": {"government_devices"}},
            {"country": "US", "kind": {"restrict"}, "scope": set()},
        ],
        exact=True,
    ),
    case(
        "a-gerund-after-any-one-of-a-kind-is-no-act",
        "A Commission spokesperson said the AI Act applied to any company offering services "
        "in the bloc. Brazil's central bank said every lender using DeepSeek must report it. "
        "Japan's Financial Services Agency said no insurer deploying the model had reported "
        "a leak.",
        "2025-02-12",
        [],
        exact=True,
    ),
    case(
        "they-after-an-unnamed-plural-speaker-is-no-one",
        "Luxembourg's data protection commission advised public servants against using "
        "DeepSeek.\n\n"
        "In Germany, several state data protection officers said they were reviewing the app. "
        "Several regional watchdogs said they had opened inquiries into the chatbot.",
        "2025-02-12",
        [{"country": "LU", "kind": {"warn", "ban"}}],
        exact=True,
    ),
    case(
        "coordinated-subjects-each-with-an-appositive",
        "Italy's Garante, the privacy regulator, and France's CNIL, its French counterpart, "
        "opened inquiries into DeepSeek. Representatives Josh Gottheimer, a New Jersey "
        "Democrat, and Darin LaHood, an Illinois Republican, introduced a bill to ban the app.",
        "2025-02-07",
        [
            {"actor": GARANTE, "kind": {"investigate"}},
            {"country": "FR", "kind": {"investigate"}},
            {"actor": {"Josh Gottheimer"}, "kind": {"call_for"}, "status": "proposed"},
            {"actor": {"Darin LaHood"}, "kind": {"call_for"}, "status": "proposed"},
        ],
        exact=True,
    ),
    case(
        "adopters-in-chinese-business-wire-phrasings",
        "Automaker Geely said on Monday its own model had been integrated with DeepSeek-R1. "
        "Phone makers Xiaomi and Lenovo have announced access to DeepSeek in their assistants. "
        "Industrial and Commercial Bank of China completed the deployment of DeepSeek's latest "
        "models on its AI platform. Kuaishou began testing a search tool powered by DeepSeek on "
        "Sunday. The Futian district government went live with 70 digital workers built on "
        "DeepSeek.",
        "2025-02-18",
        [
            {
                "actor": {"Geely", "Geely Auto", "Zhejiang Geely Holding Group"},
                "kind": {"integrate", "adopt"},
            },
            {"actor": {"Xiaomi"}, "kind": {"integrate", "adopt"}},
            {"actor": {"Lenovo"}, "kind": {"integrate", "adopt"}},
            {
                "actor": {"Industrial and Commercial Bank of China", "ICBC"},
                "kind": {"adopt", "integrate"},
            },
            {"actor": {"Kuaishou"}, "kind": {"adopt", "integrate"}},
            {"country": "CN", "kind": {"adopt", "integrate"}},
        ],
        exact=True,
    ),
    case(
        "an-order-to-delete-data-is-no-measure-against-the-app",
        "South Korea's privacy regulator said DeepSeek had sent user data to a ByteDance cloud "
        "unit. It ordered the company to delete the data at once. Italy's Garante ordered the "
        "firm to delete the app from its store. Taiwan's digital ministry ordered DeepSeek "
        "removed from government phones.",
        "2025-04-28",
        [
            {"actor": GARANTE, "kind": {"ban", "block"}},
            {"actor": MODA, "kind": {"ban", "block"}},
        ],
        exact=True,
    ),
    case(
        "a-digest-of-short-bullets-and-advice-to-stay-away",
        "This week in brief:\n\n"
        "- Italy's privacy watchdog ordered DeepSeek blocked\n"
        "- The U.S. Navy told sailors to stay away from the app\n"
        "- Kenya's ICT ministry said officials should avoid the chatbot",
        "2025-02-07",
        [
            {"actor": GARANTE, "kind": {"block"}},
            {"actor": {"U.S. Navy", "United States Navy"}, "kind": {"warn", "ban"}},
            {"country": "KE", "kind": {"warn", "ban"}},
        ],
        exact=True,
    ),
    case(
        "should-not-download-is-a-directive-and-no-app-store-measure",
        "Ontario's Ministry of Public and Business Service Delivery said that provincial "
        "employees should not download DeepSeek on work devices. Kenya's ICT ministry warned "
        "users not to download the chatbot. South Korea suspended new downloads of DeepSeek.",
        "2025-02-13",
        [
            {"country": "CA", "kind": {"ban", "warn"}, "scope": {"government_devices"}},
            {"country": "KE", "kind": {"warn"}, "scope": {"nationwide"}},
            {"country": "KR", "kind": {"suspend"}, "scope": {"app_store"}},
        ],
        exact=True,
    ),
    case(
        "a-share-of-a-speakers-clients-acts-not-the-speaker",
        "Cybersecurity firm Netskope said 52% of its clients had blocked access to DeepSeek. "
        "Security company Check Point said most of its customers have banned the chatbot. "
        "Japanese automaker Toyota has told its employees not to use the service.",
        "2025-02-03",
        [{"actor": {"Toyota", "Toyota Motor"}, "kind": {"ban"}}],
        exact=True,
    ),
    case(
        "a-letter-urging-an-inquiry-is-one-call-not-a-request-for-information",
        "NEW DELHI - Opposition MP Manish Tewari wrote to the IT minister urging the government "
        "to examine whether DeepSeek complied with India's data law. Ireland's Data Protection "
        "Commission wrote to DeepSeek seeking information on its data processing.",
        "2025-02-13",
        [
            {"actor": {"Manish Tewari"}, "kind": {"call_for"}},
            {"country": "IE", "kind": {"request_information"}},
        ],
        exact=True,
    ),
    case(
        "a-ranked-infinitive-in-a-headline-is-done-and-a-related-link-is-furniture",
        "Virginia becomes second US state to ban DeepSeek on government devices\n\n"
        "RELATED: Italy blocks DeepSeek over privacy concerns\n\n"
        "Gov. Glenn Youngkin signed the order on Tuesday.",
        "2025-02-12",
        [
            {
                "actor": {"Virginia", "Glenn Youngkin"},
                "kind": {"ban"},
                "status": "done",
                "scope": {"government_devices"},
            },
        ],
        exact=True,
        raw=True,
    ),
    case(
        "a-place-right-before-state-only-names-its-kind",
        "Virginia became the first state to ban DeepSeek. Ohio became the third US state to bar "
        "the app.",
        "2025-02-12",
        [
            {"actor": {"Virginia"}, "kind": {"ban"}, "status": "done"},
            {"actor": {"Ohio"}, "kind": {"ban"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "security-research-news-its-own-limits-and-recommendations",
        "Researchers at Cisco and the University of Pennsylvania said DeepSeek's R1 model "
        "failed to block any of 50 harmful prompts. DeepSeek temporarily limited new user "
        "registrations on Monday, citing malicious attacks. Palo Alto Networks said it could "
        "jailbreak the model, and the firm recommended that organisations block the DeepSeek "
        "app.",
        "2025-01-30",
        [
            {"actor": {"DeepSeek"}, "kind": {"restrict", "suspend"}, "temporary": True},
            {"actor": {"Palo Alto Networks"}, "kind": {"call_for"}},
        ],
        exact=True,
    ),
    case(
        "a-recommendation-to-a-generic-group-is-the-recommenders-call",
        "Cisco recommended that companies ban DeepSeek on work devices. The House Select "
        "Committee recommended that the Commerce Department restrict DeepSeek.",
        "2025-04-17",
        [
            {"actor": {"Cisco"}, "kind": {"call_for"}, "status": "done"},
            {"actor": {"Department of Commerce"}, "kind": {"restrict"}, "status": "proposed"},
            {"actor": {"House Select Committee"}, "kind": {"call_for"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "a-second-predicate-after-a-list-in-a-prepositional-phrase-is-the-subjects",
        "Germany's data protection commissioner reported DeepSeek to Apple and Google in June "
        "as illegal content, and asked both companies to remove it from their stores.",
        "2025-09-12",
        [{"country": "DE", "kind": {"call_for"}, "scope": {"app_store"}}],
        exact=True,
    ),
    case(
        "a-measure-named-as-the-thing-opposed-is-no-act-of-the-opponent",
        "China's commerce ministry spokesperson He Yadong said China would take measures "
        "against the DeepSeek bans. China criticised Italy's ban on DeepSeek.",
        "2025-02-17",
        [
            {"country": "CN", "kind": {"oppose"}},
            {"actor": {"Italy"}, "kind": {"ban"}},
        ],
        exact=True,
    ),
    case(
        "a-comparison-with-an-earlier-act-lends-no-date-or-target",
        "Several MPs urged ministers to ban DeepSeek from government phones, as the UK did with "
        "TikTok in 2023. Canberra banned DeepSeek on Tuesday, just as it banned TikTok in April "
        "2023. The ICO said it would be contacting DeepSeek to ask how it protects personal "
        "data.",
        "2025-02-10",
        [
            {"kind": {"call_for"}, "date": None, "targets_has": {"DeepSeek"}},
            {"actor": {"Australia"}, "kind": {"ban"}, "date": "2025-02-04"},
            {"actor": {"Australia"}, "kind": {"ban"}, "date": "2023-04"},
            {"country": "GB", "kind": {"request_information"}, "status": "planned"},
        ],
        exact=True,
    ),
    case(
        "an-absolute-with-and-a-place-expected-to-follow",
        "New South Wales and Queensland have banned DeepSeek from government devices, with "
        "Victoria expected to follow later this week.",
        "2025-02-06",
        [
            {"actor": {"New South Wales"}, "kind": {"ban"}, "status": "done"},
            {"actor": {"Queensland"}, "kind": {"ban"}, "status": "done"},
            {"actor": {"Victoria"}, "kind": {"ban"}, "status": "planned"},
        ],
        exact=True,
    ),
    case(
        "a-list-whose-second-name-leaves-out-its-level-of-government",
        "SEOUL, Feb. 6 (Yonhap) -- The defense ministry and the national police agency have "
        "blocked access to DeepSeek on computers connected to external networks.",
        "2025-02-06",
        [
            {"actor": {"Ministry of National Defense"}, "kind": {"block"}},
            {"actor": {"Korean National Police Agency"}, "kind": {"block"}},
        ],
        exact=True,
    ),
    case(
        "chinese-local-governments-pilot-apply-and-launch-tools-built-on-it",
        "Nanjing launched a DeepSeek-powered hotline assistant for residents last week. The "
        "Inner Mongolia autonomous region's government has piloted the model in its document "
        "system, while Wuxi applied DeepSeek to its public service platform. Beijing's Haidian "
        "district said its platform had been connected to DeepSeek, and Chongqing announced "
        "that 30 of its departments would use the model. A senior official in Shanghai said "
        "the city would adopt a large model only after national guidance.",
        "2025-03-02",
        [
            {"actor": {"Nanjing"}, "kind": {"integrate", "adopt"}},
            {"actor": {"Inner Mongolia Autonomous Region", "Inner Mongolia"}, "kind": {"adopt"}},
            {"actor": {"Wuxi"}, "kind": {"adopt", "integrate"}},
            {"actor": {"Haidian District"}, "kind": {"integrate", "adopt"}},
            {"actor": {"Chongqing"}, "kind": {"adopt"}, "status": "planned"},
        ],
    ),
    case(
        "a-scope-of-another-measure-named-in-the-clause-is-not-this-ones",
        "Spain's government has ruled out a nationwide ban, and instead asked its AI "
        "supervisory agency, AESIA, to review the app. Italy imposed a nationwide ban on "
        "DeepSeek.",
        "2025-03-02",
        [
            {"country": "ES", "kind": {"investigate", "call_for"}, "scope": set()},
            {"actor": {"Italy"}, "kind": {"ban"}, "scope": {"nationwide"}},
        ],
    ),
    case(
        "a-measure-for-a-fixed-term-is-temporary",
        "Taiwan banned DeepSeek on government devices for six months. Italy's Garante blocked the "
        "app for a period of 90 days. Texas has banned DeepSeek for two years now.",
        "2025-03-02",
        [
            {"actor": {"Taiwan"}, "kind": {"ban"}, "temporary": True},
            {"actor": GARANTE, "kind": {"block"}, "temporary": True},
            {"actor": {"Texas"}, "kind": {"ban"}, "temporary": None},
        ],
        exact=True,
    ),
    case(
        "data-kept-or-sent-in-china-in-the-present-tense-is-data-sovereignty",
        "NASA blocked the app because its servers are located in China. Texas banned DeepSeek "
        "because it sends user data to China. Taiwan barred the chatbot, noting that China's "
        "national intelligence law obliges firms to help the state.",
        "2025-03-02",
        [
            {"country": "US", "kind": {"block"}, "reasons_has": {"data_sovereignty"}},
            {"actor": {"Texas"}, "kind": {"ban"}, "reasons_has": {"data_sovereignty"}},
            {"actor": {"Taiwan"}, "kind": {"ban"}, "reasons_has": {"data_sovereignty"}},
        ],
    ),
    case(
        "data-practices-and-a-privacy-policy-are-privacy-reasons",
        "Italy's Garante blocked the app over a lack of transparency about its data practices. "
        "South Korea suspended downloads until DeepSeek revises its privacy policy.",
        "2025-03-02",
        [
            {"actor": GARANTE, "kind": {"block"}, "reasons_has": {"privacy"}},
            {"actor": {"South Korea"}, "kind": {"suspend"}, "reasons_has": {"privacy"}},
        ],
    ),
    case(
        "alliances-talks-and-services-launched-on-its-model",
        "Tencent Cloud formed an alliance with DeepSeek. Alibaba is in talks with DeepSeek about "
        "a partnership. SiliconFlow and Huawei jointly launched DeepSeek-R1 inference services. "
        "DeepSeek launched DeepSeek-V3 API services.",
        "2025-03-02",
        [
            {"actor": {"Tencent Cloud"}, "kind": {"partner"}, "status": "done"},
            {"actor": {"Alibaba", "Alibaba Group"}, "kind": {"partner"}, "status": "considered"},
            {"actor": {"SiliconFlow"}, "kind": {"adopt", "integrate"}},
            {"actor": {"Huawei"}, "kind": {"adopt", "integrate"}},
            {"actor": {"DeepSeek"}, "kind": {"release"}},
        ],
        exact=True,
    ),
    case(
        "a-comma-and-a-named-subject-open-a-clause-of-its-own",
        "Lithuania's National Cyber Security Centre recommended that institutions block "
        "DeepSeek, and Latvia's Federal Chancellery barred it on government devices. Ohio may "
        "ban the app, but Texas already banned it.",
        "2025-03-02",
        [
            {"country": "LT", "kind": {"call_for"}, "status": "done"},
            {"country": "LV", "kind": {"ban"}, "status": "done", "scope": {"government_devices"}},
            {"actor": {"Ohio"}, "kind": {"ban"}, "status": "considered"},
            {"actor": {"Texas"}, "kind": {"ban"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "a-push-to-restrict-is-a-call",
        "Senator Mark Warner lobbied to block the DeepSeek app on federal devices. Brazil's "
        "consumer group Idec is pressing to ban the chatbot. Texas moves to ban DeepSeek.",
        "2025-02-06",
        [
            {"actor": {"Mark Warner"}, "kind": {"call_for"}, "status": "done"},
            {"actor": {"Idec"}, "kind": {"call_for"}, "status": "done"},
            {"actor": {"Texas"}, "kind": {"ban"}, "status": "planned"},
        ],
        exact=True,
    ),
    case(
        "a-participle-shaped-verb-with-its-object-after-a-noun-is-finite",
        "The University of Texas system banned the app on university-owned devices. The "
        "state's hospital network blocked DeepSeek last week. The chatbot banned in Italy "
        "remains popular.",
        "2025-02-12",
        [
            {"actor": {"University of Texas"}, "kind": {"ban"}, "status": "done"},
        ],
    ),
    case(
        "a-labelled-question-states-no-act",
        "Q: Is DeepSeek banned in the US?\n\nA: Not nationwide. The Garante blocked it in "
        "Italy in January.",
        "2025-02-10",
        [{"actor": GARANTE, "kind": {"block"}}],
        exact=True,
    ),
    case(
        "asking-the-company-how-it-handles-data-is-a-request-for-information",
        "South Korea's personal information regulator said it would ask the company how it "
        "handles user data. Italy's privacy watchdog asked DeepSeek what personal data it "
        "collects. Users asked DeepSeek what happened in Beijing in 1989.",
        "2025-02-07",
        [
            {"country": "KR", "kind": {"request_information"}, "status": "planned"},
            {"actor": GARANTE, "kind": {"request_information"}, "status": "done"},
        ],
        exact=True,
    ),
]


#: Round thirteen, my cases: layouts and constructions from new probe articles (live blogs,
#: press releases, legislative trackers).
ROUND_THIRTEEN_PROBES = [
    case(
        "places-listed-before-one-plural-description-each-act",
        "Italy's watchdog blocked the app last week. The Belgian, Dutch and French data "
        "protection authorities have also opened inquiries into the service. Spanish and "
        "Portuguese privacy watchdogs said on Friday they had launched probes into DeepSeek.",
        "2025-02-03",
        [
            {"actor": GARANTE, "kind": {"block"}},
            {"country": "BE", "actor_kind": "regulator", "kind": {"investigate"}},
            {"actor": DUTCH_AP, "kind": {"investigate"}},
            {"actor": CNIL, "kind": {"investigate"}},
            {"country": "ES", "actor_kind": "regulator", "kind": {"investigate"}},
            {"country": "PT", "actor_kind": "regulator", "kind": {"investigate"}},
        ],
        exact=True,
    ),
    case(
        "places-listed-before-governments-are-the-countries",
        "The South Korean and Japanese governments have barred officials from using DeepSeek "
        "on work computers. The German and French governments have not followed.",
        "2025-02-10",
        [
            {"actor": SOUTH_KOREA, "kind": {"ban", "block"}, "scope": {"government_devices"}},
            {"actor": JAPAN, "kind": {"ban", "block"}, "scope": {"government_devices"}},
        ],
        exact=True,
    ),
    case(
        "names-listed-before-a-noun-that-are-no-places-give-nothing",
        "The Apple and Google app stores removed DeepSeek on Tuesday after Italy's order.",
        "2025-01-31",
        [],  # (a guard: no body of a place called "Apple" or "Google")
        exact=True,
    ),
    case(
        "signing-it-into-law-makes-the-measure-before-the-signers",
        "Kansas lawmakers approved a ban on DeepSeek in February, and Governor Laura Kelly "
        "signed it into law on March 3. The Virginia General Assembly passed a bill barring "
        "the app from state devices; Gov. Glenn Youngkin signed the measure into law on March "
        "24. Indiana's Senate voted 40-0 for a bill that would bar DeepSeek from state "
        "networks, and Governor Mike Braun is expected to sign it into law.",
        "2025-03-28",
        [
            {"country": "US", "actor_kind": "legislature", "kind": {"ban"}, "date": "2025-02"},
            {"actor": {"Laura Kelly"}, "kind": {"ban"}, "status": "done", "date": "2025-03-03"},
            {"actor": {"Virginia General Assembly"}, "kind": {"ban"}},
            {"actor": {"Glenn Youngkin"}, "kind": {"ban"}, "status": "done", "date": "2025-03-24"},
            {"country": "US", "actor_kind": "legislature", "kind": {"ban", "call_for"}},
            {"actor": {"Mike Braun"}, "kind": {"ban"}, "status": "planned"},
        ],
        exact=True,
    ),
    case(
        "signed-into-law-a-bill-banning-it",
        "Governor Laura Kelly signed into law a bill banning DeepSeek on state devices. On "
        "Monday, Gov. Mike Braun signed into law a measure prohibiting the app on state "
        "networks.",
        "2025-03-28",
        [
            {"actor": {"Laura Kelly"}, "kind": {"ban"}, "status": "done"},
            {"actor": {"Mike Braun"}, "kind": {"ban"}, "status": "done", "date": "2025-03-24"},
        ],
        exact=True,
    ),
    case(
        "a-place-that-two-countries-share-is-read-in-context",
        "Kansas and Oklahoma have barred DeepSeek from state devices. Lawmakers in Georgia "
        "introduced a bill that would ban the app on state devices.\n\n"
        "TBILISI, Feb 12 - Georgia's government has told ministries not to use DeepSeek.",
        "2025-03-12",
        [
            {"actor": {"Kansas"}, "kind": {"ban"}},
            {"actor": {"Oklahoma"}, "kind": {"ban"}},
            {"country": "US", "kind": {"ban", "call_for"}, "status": "proposed"},
            {"country": "GE", "kind": {"ban", "warn"}},
        ],
        exact=True,
    ),
    case(
        "a-measure-the-causee-would-face-is-not-its-own",
        "Congress passed a law in 2024 forcing ByteDance to sell TikTok or face a ban. A "
        "similar law could force DeepSeek to sell its app or face a ban. The outcry prompted "
        "Seoul to impose a ban on the app.",
        "2025-02-20",
        [{"actor": SOUTH_KOREA, "kind": {"ban"}, "status": "done"}],
        exact=True,
    ),
    case(
        "how-much-a-price-fell-is-no-part-of-the-target",
        "DeepSeek cut the price of its API by up to 75% during off-peak hours. Alibaba cut the "
        "price of its Qwen-Plus API by half.",
        "2025-02-27",
        [
            {"actor": {"DeepSeek"}, "kind": {"release"}, "targets_has": {"API"}},
            {
                "actor": {"Alibaba", "Alibaba Group"},
                "kind": {"release"},
                "targets_has": {"Qwen-Plus API"},
            },
        ],
    ),
    case(
        "a-directive-to-an-unnamed-group-is-the-attributed-bodys",
        "All federal agencies must remove DeepSeek products from government systems, the "
        "Department of Home Affairs ordered on Tuesday. Government agencies must not use "
        "DeepSeek, Taiwan's digital ministry said on January 31. State employees are required "
        "to delete the app from work phones, Governor Kathy Hochul said.",
        "2025-02-07",
        [
            {"actor": HOME_AFFAIRS, "kind": ORDER_LIKE, "date": "2025-02-04"},
            {"actor": MODA, "kind": {"ban", "warn"}, "date": "2025-01-31"},
            {"actor": {"Kathy Hochul"}, "kind": ORDER_LIKE},
        ],
        exact=True,
    ),
    case(
        "officials-no-actor-names-act-for-the-body-the-attribution-names",
        "Officials have blocked DeepSeek on government computers, Japan's digital ministry "
        "said. Regulators opened an investigation into DeepSeek, Ireland's Data Protection "
        "Commission said on Friday. European privacy regulators agreed to set up a task force "
        "on DeepSeek, the European Data Protection Board said.",
        "2025-02-12",
        [
            {"country": "JP", "kind": {"block"}, "scope": {"government_devices"}},
            {"actor": DPC, "kind": {"investigate"}, "date": "2025-02-07"},
            {"actor": {"European Data Protection Board", "EDPB"}, "kind": {"investigate"}},
        ],
        exact=True,
    ),
    case(
        "officials-with-a-persons-or-no-ones-attribution-give-nothing",
        "Regulators opened probes, analysts said. Officials blocked the app on Friday, a "
        "spokesperson said.",
        "2025-02-12",
        [],
        exact=True,
    ),
    case(
        "brussels-is-the-unions-seat-after-the-commission-is-named",
        "The European Commission said it was monitoring DeepSeek. Commission spokesman Thomas "
        "Regnier said Brussels would assess the app's compliance with the AI Act.",
        "2025-02-12",
        [
            {"actor": {"European Commission"}, "kind": {"investigate"}, "status": "done"},
            {"country": "EU", "kind": {"investigate"}, "status": "planned"},
        ],
        exact=True,
    ),
    case(
        "a-directive-needs-a-group-a-modal-and-a-closing-attribution",
        "Users must be careful with the chatbot, the company said. Many agencies must now "
        "decide whether to block DeepSeek, analysts said. Agencies should review their use of "
        "AI tools, the ministry said.",
        "2025-02-07",
        [],
        exact=True,
    ),
    case(
        "also-and-a-verb-after-an-appositive-is-the-predicate",
        "Kakao Corp., the operator of the country's top messenger app, also told employees not "
        "to use DeepSeek for work, a company official said. Naver, the search giant, also "
        "barred staff from using it. LG Uplus and SK Telecom have taken similar steps.",
        "2025-02-06",
        [
            {"actor": {"Kakao", "Kakao Corp."}, "kind": {"ban", "warn"}, "scope": {"work_use"}},
            {"actor": {"Naver"}, "kind": {"ban"}, "scope": {"work_use"}},
            {"actor": {"LG Uplus"}, "kind": {"ban"}},
            {"actor": {"SK Telecom"}, "kind": {"ban"}},
        ],
        exact=True,
    ),
    case(
        "a-sentence-adverb-before-the-subject-is-no-name-to-describe",
        "Separately, the Personal Information Protection Commission issued an alert to "
        "companies and individuals, warning that DeepSeek stores data in China. Meanwhile, "
        "the Dutch privacy watchdog opened an investigation into the app. Earlier, Italy's "
        "Garante ordered it blocked.",
        "2025-02-06",
        [
            {"actor_kind": "regulator", "kind": {"warn"}},
            {"actor": DUTCH_AP, "kind": {"investigate"}},
            {"actor": GARANTE, "kind": {"block"}},
        ],
        exact=True,
    ),
    case(
        "a-second-finite-predicate-shares-the-clauses-subject",
        "Representative John Moolenaar, who chairs the House select committee on China, called "
        "DeepSeek a threat and urged the Commerce Department to restrict the app. Senator Mark "
        "Warner praised DeepSeek's engineers and asked regulators to investigate the company.",
        "2025-02-07",
        [
            {"actor": {"John Moolenaar"}, "kind": {"call_for"}},
            {"actor": {"Mark Warner"}, "kind": {"call_for", "request_information"}},
        ],
        exact=True,
    ),
    case(
        "weighing-in-is-commenting-not-considering",
        "China's commerce ministry also weighed in, saying it firmly opposed the measures "
        "against DeepSeek.",
        "2025-02-07",
        [{"country": "CN", "kind": {"oppose"}, "status": "done"}],
        exact=True,
    ),
    case(
        "headline-a-named-body-then-a-third-person-verb",
        "Italy's privacy watchdog blocks Chinese AI app DeepSeek\n\nBy Staff\n\nMore to follow.",
        "2025-01-31",
        [{"actor": GARANTE, "kind": {"block"}}],
        exact=True,
        raw=True,
    ),
    case(
        "headline-to-and-a-light-verb-is-planned",
        "Dutch privacy watchdog to launch probe into DeepSeek\n\nBy Staff\n\nMore to follow.",
        "2025-01-31",
        [{"actor": DUTCH_AP, "kind": {"investigate"}, "status": "planned"}],
        exact=True,
        raw=True,
    ),
    case(
        "headline-banned-on-a-places-government-devices",
        "DeepSeek banned on Australian government devices\n\nBy Staff\n\nThe app is also "
        "blocked on Taiwanese government networks over security fears.",
        "2025-02-05",
        [
            {"actor": AUSTRALIA, "kind": {"ban"}, "scope": {"government_devices"}},
            {"actor": TAIWAN, "kind": {"block"}, "scope": {"government_devices"}},
        ],
        exact=True,
        raw=True,
    ),
    case(
        "allowing-the-app-to-resume-or-return-lifts-the-measure",
        "South Korea will allow DeepSeek downloads to resume once the company fixes its privacy "
        "policy. Italy's Garante permitted the app to return to app stores.",
        "2025-04-28",
        [
            {"actor": SOUTH_KOREA | PIPC, "kind": {"lift"}, "status": "planned"},
            {"actor": GARANTE, "kind": {"lift"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "a-possible-or-potential-measure-is-considered",
        "Manila is studying a possible ban on the app. Canberra discussed a potential ban on "
        "DeepSeek with the states.",
        "2025-02-03",
        [
            {"country": "PH", "kind": {"ban"}, "status": "considered"},
            {"actor": AUSTRALIA, "kind": {"ban"}, "status": "considered"},
        ],
    ),
    case(
        "an-investments-target-is-what-the-money-is-for",
        "The Hangzhou government pledged 1 billion yuan to support local AI startups in the "
        "wake of DeepSeek's success. Alibaba said it would spend more than 380 billion yuan on "
        "cloud and AI over three years. South Korea unveiled a 1 trillion won fund to buy "
        "10,000 GPUs. India approved 10,372 crore rupees for the IndiaAI mission.",
        "2025-03-10",
        [
            {"actor": {"Hangzhou"}, "kind": {"invest"}, "targets_has": {"local AI startups"}},
            {
                "actor": {"Alibaba", "Alibaba Group"},
                "kind": {"invest"},
                "targets_has": {"cloud and AI"},
            },
            {"actor": SOUTH_KOREA, "kind": {"invest"}, "targets_has": {"10,000 GPUs"}},
            {"country": "IN", "kind": {"invest"}, "targets_has": {"IndiaAI mission"}},
        ],
        exact=True,
    ),
    case(
        "deals-to-use-or-with-deepseek",
        "Perplexity struck a deal to use DeepSeek's model in its search engine. Lenovo signed a "
        "memorandum of understanding with DeepSeek. Telkom struck a deal with DeepSeek to offer "
        "R1 in Indonesia.",
        "2025-03-10",
        [
            {"actor": {"Perplexity", "Perplexity AI"}, "kind": {"adopt"}},
            {"actor": {"Lenovo", "Lenovo Group"}, "kind": {"partner"}},
            {"country": "ID", "kind": {"partner"}},
        ],
        exact=True,
    ),
    case(
        "a-timeline-entrys-date-label-dates-its-acts",
        "January 28: Italy's data protection authority sends DeepSeek a request for "
        "information.\n\n"
        "Feb. 4 — Australia bans DeepSeek from all government systems and devices.\n\n"
        "- Feb. 6: South Korea's foreign and defence ministries block access on work "
        "computers.\n\n"
        "February 27: The New York state government bans the app on government devices.",
        "2025-02-28",
        [
            {"actor": GARANTE, "kind": {"request_information"}, "date": "2025-01-28"},
            {"actor": AUSTRALIA, "kind": {"ban"}, "date": "2025-02-04"},
            {"actor": KR_MOFA, "kind": {"block"}, "date": "2025-02-06"},
            {"actor": KR_MND, "kind": {"block"}, "date": "2025-02-06"},
            {"actor": {"New York"}, "kind": {"ban"}, "date": "2025-02-27"},
        ],
        exact=True,
    ),
    case(
        "a-list-after-a-subordinator-is-its-clauses-subject",
        "Ministers face calls to bar civil servants from using DeepSeek after Australia, Taiwan "
        "and South Korea restricted the chatbot on official devices.",
        "2025-02-07",
        [
            {"actor": AUSTRALIA, "kind": {"restrict"}},
            {"actor": TAIWAN, "kind": {"restrict"}},
            {"actor": SOUTH_KOREA, "kind": {"restrict"}},
        ],
        exact=True,
    ),
    case(
        "a-letter-to-a-minister-or-department-requests-nothing-of-deepseek",
        "Lawmakers wrote to the Commerce Department about DeepSeek. Ireland's Data Protection "
        "Commission has written to DeepSeek requesting information about its data processing.",
        "2025-02-07",
        [{"actor": DPC, "kind": {"request_information"}}],
        exact=True,
    ),
    case(
        "malicious-attacks-are-a-security-reason",
        "DeepSeek temporarily limited new registrations to users with Chinese phone numbers, "
        "citing large-scale malicious attacks on its services.\n\nA day later, DeepSeek "
        "paused new sign-ups after a DDoS attack.",
        "2025-01-28",
        [
            {"actor": {"DeepSeek"}, "kind": {"restrict"}, "reasons": {"security"}},
            {"actor": {"DeepSeek"}, "kind": {"suspend", "restrict"}, "reasons": {"security"}},
        ],
    ),
    case(
        "e-governance-and-government-services-are-public-services",
        "Karnataka has said it will pilot DeepSeek-based tools in its e-governance services. "
        "Shenzhen adopted DeepSeek to answer queries about government services.",
        "2025-03-04",
        [
            {"actor": {"Karnataka"}, "kind": {"adopt"}, "scope": {"public_services"}},
            {"actor": {"Shenzhen"}, "kind": {"adopt"}, "scope": {"public_services"}},
        ],
    ),
    case(
        "a-state-assets-regulator-and-a-citizen-hotline",
        "China's state-owned enterprises regulator urged central SOEs to accelerate the use of "
        "DeepSeek. Guangzhou's government said it had connected DeepSeek to its 12345 "
        "hotline.",
        "2025-03-04",
        [
            {
                "actor": {"State-owned Assets Supervision and Administration Commission", "SASAC"},
                "kind": {"call_for", "adopt"},
            },
            {"actor": {"Guangzhou"}, "kind": {"integrate", "adopt"}, "scope": {"public_services"}},
        ],
        exact=True,
    ),
    case(
        "a-passive-measure-called-for-is-no-act-of-its-agent",
        "Consumer groups called for DeepSeek to be investigated by EU regulators. Euroconsumers "
        "also called for the app to be suspended by national watchdogs.",
        "2025-03-04",
        [{"actor": {"Euroconsumers"}, "kind": {"call_for"}}],
        exact=True,
    ),
    case(
        "making-it-a-crime-or-illegal-is-a-ban",
        "Senator Josh Hawley is pushing legislation that would make downloading DeepSeek a "
        "crime. Texas made it illegal to install DeepSeek on state phones.",
        "2025-03-04",
        [
            {"actor": {"Josh Hawley"}, "kind": {"ban", "call_for"}, "status": "proposed"},
            {"actor": {"Texas"}, "kind": {"ban"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "a-hedge-or-wealth-fund-is-a-kind-of-firm-not-an-investment",
        "DeepSeek was founded in 2023 by Liang Wenfeng, whose hedge fund High-Flyer bankrolled "
        "its early research. Norway's sovereign wealth fund said it held shares in Nvidia. "
        "South Korea unveiled a 1 trillion won fund to buy 10,000 GPUs.",
        "2025-02-20",
        [{"actor": SOUTH_KOREA, "kind": {"invest"}}],
        exact=True,
    ),
    case(
        "a-place-after-outside-or-inside-is-no-subject",
        "Users outside China should not install the app, Italy's Garante said. Companies outside "
        "China have banned the app. Firms inside the EU blocked DeepSeek.",
        "2025-02-06",
        [{"actor": GARANTE, "kind": {"warn", "ban"}}],
        exact=True,
    ),
    case(
        "off-limits-is-a-state-the-target-is-put-in",
        "The Pentagon has declared DeepSeek off-limits. At Siemens, engineers were told in an "
        "internal note last week that DeepSeek was off limits.",
        "2025-02-06",
        [{"actor": {"Department of Defense", "Pentagon"}, "kind": {"ban"}}],
        exact=True,
    ),
    case(
        "a-relative-clause-on-unnamed-users-is-no-speakers-act",
        "The Dutch regulator's chairman, Aleid Wolfsen, said Dutch users who had already "
        "installed the app should consider deleting it. Italy's Garante, which blocked the app "
        "on Thursday, said it was investigating.",
        "2025-02-07",
        [
            {"actor": GARANTE, "kind": {"block"}, "date": "2025-02-06"},
            {"actor": GARANTE, "kind": {"investigate"}},
        ],
        exact=True,
    ),
    case(
        "unavailable-for-download-is-a-suspension-the-app-is-put-in",
        "DeepSeek's app is no longer available for download in South Korea. Italy's Garante said "
        "on Jan. 30 that the chatbot would be unavailable for download until it complied. The "
        "game is unavailable for download in Japan.",
        "2025-02-17",
        [
            {"actor": SOUTH_KOREA | PIPC, "kind": {"suspend", "block"}, "scope": {"app_store"}},
            {"actor": GARANTE, "kind": {"suspend", "block"}, "scope": {"app_store"}},
        ],
        exact=True,
    ),
    case(
        "refusing-to-rule-out-a-measure-is-considering-it",
        "Canada refused to rule out a ban on DeepSeek. Japan declined to rule out restrictions "
        "on the app. Britain ruled out a ban, and Ireland refused to block it.",
        "2025-02-20",
        [
            {"country": "CA", "kind": {"ban"}, "status": "considered"},
            {"country": "JP", "kind": {"restrict"}, "status": "considered"},
        ],
        exact=True,
    ),
    case(
        "hit-with-a-measure-is-the-places-or-the-hitters",
        "DeepSeek is a Chinese AI startup. The Chinese AI startup was hit with a ban in Italy "
        "last month. It was slapped with restrictions in South Korea. Taiwan hit it with a ban "
        "of its own. The ban hit DeepSeek hard.",
        "2025-04-24",
        [
            {"actor": ITALY, "kind": {"ban"}, "status": "done", "date": "2025-03"},
            {"actor": SOUTH_KOREA, "kind": {"restrict"}, "status": "done"},
            {"actor": TAIWAN, "kind": {"ban"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "a-product-that-runs-on-or-is-powered-by-deepseek-integrates-it",
        "Tencent's Yuanbao assistant now runs on DeepSeek's R1 model. Honor's new phones will be "
        "powered by DeepSeek. Nanjing launched a hotline assistant powered by DeepSeek. The app "
        "runs on Android and iOS.",
        "2025-03-05",
        [
            {"actor": {"Tencent"}, "kind": {"integrate", "adopt"}},
            {"actor": {"Honor"}, "kind": {"integrate"}, "status": "planned"},
            {"actor": {"Nanjing"}, "kind": {"integrate", "adopt"}},
        ],
        exact=True,
    ),
    case(
        "hitting-back-over-restrictions-restricts-nothing",
        "Beijing hits back over DeepSeek restrictions\n\nChina's foreign ministry on Thursday "
        "opposed the politicisation of technology issues.",
        "2025-02-07",
        [{"country": "CN", "kind": {"oppose"}}],
        exact=True,
        raw=True,
    ),
    case(
        "an-instrument-with-its-own-actor-takes-no-other-actors-date",
        "Kansas banned DeepSeek on state devices in February. The Oklahoma Senate passed a "
        "bill banning the app from state networks.\n\n"
        "Texas Gov. Greg Abbott barred the app on Jan. 31. Separately, New York's governor "
        "signed an order prohibiting DeepSeek on government devices.",
        "2025-03-12",
        [
            {"actor": {"Kansas"}, "kind": {"ban"}, "date": "2025-02"},
            {"actor": {"Oklahoma Senate"}, "kind": {"ban", "call_for"}, "date": None},
            {"actor": {"Greg Abbott"}, "kind": {"ban"}, "date": "2025-01-31"},
            {"country": "US", "kind": {"ban"}, "date": None},
        ],
        exact=True,
    ),
]


# Round eleven (ROUND_ELEVEN).
ROUND_ELEVEN = [
    case(
        "a-release-in-a-reduced-relative-or-a-nominal-of-phrase",
        "DeepSeek's V3 model, released on Dec. 26, cost little to train. Alibaba's Qwen2.5, "
        "launched last month, drew less notice. Since the release of DeepSeek's R1 model in "
        "January, Chinese banks have raced to test it. The launch of OpenAI's o3-mini came a "
        "week later.",
        "2025-02-10",
        [
            {"actor": {"DeepSeek"}, "kind": {"release"}, "status": "done", "date": "2024-12-26"},
            {"actor": {"Alibaba", "Alibaba Group"}, "kind": {"release"}, "status": "done"},
            {"actor": {"DeepSeek"}, "kind": {"release"}, "status": "done", "date": "2025-01"},
            {"actor": {"OpenAI"}, "kind": {"release"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "an-order-with-its-object-before-the-participle",
        "Italy's privacy regulator, the Garante, ordered the chatbot blocked on Jan. 30. "
        "Taiwan's digital ministry ordered the app removed from all government phones. "
        "The U.S. Navy ordered DeepSeek deleted from sailors' devices.",
        "2025-02-10",
        [
            {"actor": GARANTE, "kind": {"block", "ban"}, "status": "done", "date": "2025-01-30"},
            {"actor": MODA, "kind": {"ban", "block"}, "status": "done"},
            {
                "actor": {"U.S. Navy", "United States Navy"},
                "kind": {"ban", "block", "restrict"},
                "status": "done",
            },
        ],
        exact=True,
    ),
    case(
        "coordinated-governments-each-with-a-determiner",
        "The Belgian government and the Dutch government have banned DeepSeek on official "
        "devices. The Czech government and the Slovak government barred the app in July.",
        "2025-07-20",
        [
            {"country": "BE", "kind": {"ban"}, "status": "done", "scope": {"government_devices"}},
            {"country": "NL", "kind": {"ban"}, "status": "done", "scope": {"government_devices"}},
            {"country": "CZ", "kind": {"ban", "block"}, "status": "done"},
            {"country": "SK", "kind": {"ban", "block"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "a-lift-after-the-relative-clause-that-states-the-measure",
        "ING, which had blocked DeepSeek on staff laptops in January, lifted the block on "
        "Monday. Texas, which banned the app on state devices last year, lifted the ban on "
        "Friday.",
        "2025-06-10",
        [
            {"actor": {"ING", "ING Group"}, "kind": {"block", "ban"}, "status": "done"},
            {
                "actor": {"ING", "ING Group"},
                "kind": {"lift"},
                "status": "done",
                "date": "2025-06-09",
            },
            {"country": "US", "actor": {"Texas"}, "kind": {"ban"}, "status": "done"},
            {
                "country": "US",
                "actor": {"Texas"},
                "kind": {"lift"},
                "status": "done",
                "date": "2025-06-06",
            },
        ],
        exact=True,
    ),
    case(
        "reaching-out-for-information-gathering-it-and-hearings",
        "Singapore's PDPC said it had reached out to DeepSeek for more information. The Irish "
        "DPC has contacted the company for details on its data handling. Spain's AEPD is "
        "gathering information about DeepSeek. The Senate Commerce Committee will hold a hearing "
        "on DeepSeek next week. Japan has held off on a ban of the app.",
        "2025-02-10",
        [
            {"country": "SG", "kind": {"request_information"}, "status": "done"},
            {"actor": DPC, "kind": {"request_information"}, "status": "done"},
            {"country": "ES", "kind": {"investigate"}, "status": "done"},
            {"actor": {"Senate Commerce Committee"}, "kind": {"investigate"}, "status": "planned"},
        ],
        exact=True,
    ),
    case(
        "doing-the-same-and-a-modal-follow-copy-the-last-action",
        "Telstra banned DeepSeek on work phones. Optus is considering doing the same. Australia "
        "barred the app from government devices, and New Zealand may follow. Readers will "
        "follow the story.",
        "2025-02-10",
        [
            {"actor": {"Telstra"}, "kind": {"ban"}, "status": "done"},
            {"actor": {"Optus"}, "kind": {"ban"}, "status": "considered"},
            {"country": "AU", "actor": {"Australia"}, "kind": {"ban"}, "status": "done"},
            {"country": "NZ", "kind": {"ban"}, "status": "considered"},
        ],
        exact=True,
    ),
    case(
        "a-headline-second-predicate-shares-the-first-subject",
        "Italy fines OpenAI, bars DeepSeek from app stores\n\nThe regulator acted on Monday.",
        "2025-02-10",
        [
            {
                "country": "IT",
                "actor": {"Italy"},
                "kind": {"ban", "block"},
                "status": "done",
                "scope": {"app_store"},
            }
        ],
        exact=True,
        raw=True,
    ),
    case(
        "a-headline-second-predicate-after-an-action",
        "Ohio eases DeepSeek ban, keeps app off state phones\n\nThe state acted on Monday.",
        "2025-02-10",
        [
            {"actor": {"Ohio"}, "kind": {"lift"}, "status": "done"},
            {"actor": {"Ohio"}, "kind": {"ban"}, "status": "done", "scope": {"government_devices"}},
        ],
        exact=True,
        raw=True,
    ),
    case(
        "spending-and-committing-sums-are-investments",
        "Microsoft plans to spend $80 billion on AI data centres this year. Alibaba committed "
        "380 billion yuan to cloud and AI infrastructure. Consumers spend $5 billion a year "
        "on apps.",
        "2025-02-24",
        [
            {"actor": {"Microsoft"}, "kind": {"invest"}, "status": "planned"},
            {"actor": {"Alibaba", "Alibaba Group"}, "kind": {"invest"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "a-description-with-its-name-in-apposition-is-one-actor",
        "The Czech national cybersecurity agency, NUKIB, warned against using DeepSeek. "
        "Taiwan's digital ministry, the Executive Yuan and the interior ministry barred the app.",
        "2025-07-10",
        [
            {
                "actor": {"National Cyber and Information Security Agency", "NUKIB"},
                "kind": {"warn"},
                "status": "done",
            },
            {"actor": MODA, "kind": {"ban"}, "status": "done"},
            {"actor": {"Executive Yuan"}, "kind": {"ban"}, "status": "done"},
            {"actor": {"Ministry of the Interior"}, "kind": {"ban"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "evaluating-an-ai-service-is-an-inquiry",
        "Rwanda's Ministry of ICT and Innovation said it was evaluating DeepSeek's models. "
        "India's IT ministry will evaluate the chatbot before allowing its use. Analysts "
        "evaluated the stock.",
        "2025-02-10",
        [
            {"country": "RW", "kind": {"investigate"}, "status": "done"},
            {"country": "IN", "kind": {"investigate"}, "status": "planned"},
        ],
        exact=True,
    ),
    case(
        "a-complaint-against-the-service-is-a-call-and-studying-it-an-inquiry",
        "Consumer group Euroconsumers lodged a complaint with Italy's Garante over DeepSeek. "
        "Thailand's Ministry of Digital Economy and Society said it was studying DeepSeek's "
        "privacy policy. He studied law in Tokyo. Residents filed a complaint about noise.",
        "2025-03-10",
        [
            {"actor": {"Euroconsumers"}, "kind": {"call_for"}, "status": "done"},
            {"country": "TH", "kind": {"investigate"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "following-another-actors-lead-copies-its-action",
        "Australia banned DeepSeek from all federal government devices on Tuesday. Queensland "
        "and South Australia have followed the federal government's lead. Ireland followed "
        "Canberra's lead on Friday.",
        "2025-03-10",
        [
            {"country": "AU", "actor": {"Australia"}, "kind": {"ban"}, "status": "done"},
            {
                "actor": {"Queensland"},
                "kind": {"ban"},
                "status": "done",
                "scope": {"government_devices"},
            },
            {
                "actor": {"South Australia"},
                "kind": {"ban"},
                "status": "done",
                "scope": {"government_devices"},
            },
            {"country": "IE", "kind": {"ban"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "an-agentless-measure-in-a-list-of-places-is-each-places",
        "DeepSeek has been banned on government devices in Taiwan, Australia and South Korea. "
        "The app was blocked in the Australian state of Queensland and in Italy. DeepSeek could "
        "face bans in Germany and the Netherlands.",
        "2025-03-10",
        [
            {"country": "TW", "kind": {"ban"}, "status": "done", "scope": {"government_devices"}},
            {"country": "AU", "actor": {"Australia"}, "kind": {"ban"}, "status": "done"},
            {"country": "KR", "kind": {"ban"}, "status": "done"},
            {"actor": {"Queensland"}, "kind": {"block", "ban"}, "status": "done"},
            {"country": "IT", "kind": {"block", "ban"}, "status": "done"},
            {"country": "DE", "kind": {"ban"}, "status": "considered"},
            {"country": "NL", "kind": {"ban"}, "status": "considered"},
        ],
        exact=True,
    ),
    case(
        "pushing-pressing-or-lobbying-for-a-measure-is-a-call",
        "Senator Josh Hawley is pushing for a federal ban on DeepSeek. Rep. Raja Krishnamoorthi "
        "pressed for restrictions on the app. The Heritage Foundation lobbied for a ban on "
        "DeepSeek. Gottheimer would push for a vote next week.",
        "2025-03-10",
        [
            {"actor": {"Josh Hawley"}, "kind": {"call_for"}, "status": "done"},
            {"actor": {"Raja Krishnamoorthi"}, "kind": {"call_for"}, "status": "done"},
            {"actor": {"Heritage Foundation"}, "kind": {"call_for"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "now-uses-the-service-is-an-adoption",
        "Honor said its YOYO assistant now uses DeepSeek. Samsung now uses DeepSeek in some "
        "phones sold in China. Many students now use DeepSeek.",
        "2025-03-10",
        [
            {"actor": {"Honor"}, "kind": {"adopt", "integrate"}, "status": "done"},
            {
                "actor": {"Samsung", "Samsung Electronics"},
                "kind": {"adopt", "integrate"},
                "status": "done",
            },
        ],
        exact=True,
    ),
    case(
        "it-after-an-unknown-speaker-is-that-speaker",
        "Brazil's data regulator opened an inquiry into DeepSeek. Nubank, the digital lender, "
        "said it was testing DeepSeek's R1 on its own servers. In Mexico, President Claudia "
        "Sheinbaum said her government had no plans to restrict DeepSeek, adding that "
        "Mexicans were free to use whichever tools they chose.",
        "2025-03-12",
        [
            {"country": "BR", "kind": {"investigate"}, "status": "done"},
            {"actor": {"Nubank"}, "kind": {"adopt"}},
        ],
        exact=True,
    ),
    case(
        "asking-the-company-to-explain-or-clarify",
        "Brazil's ANPD said it would ask the Hangzhou-based company to explain how it stores "
        "data. Ireland's DPC asked DeepSeek to clarify its data practices.",
        "2025-03-12",
        [
            {"country": "BR", "kind": {"request_information"}, "status": "planned"},
            {"actor": DPC, "kind": {"request_information"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "a-command-governs-only-the-trigger-right-after-its-to",
        "NASA told employees last month not to use DeepSeek, and the Navy warned its members "
        "against the app over security concerns.",
        "2025-02-20",
        [
            {
                "actor": {"NASA", "National Aeronautics and Space Administration"},
                "kind": {"ban", "warn", "restrict"},
                "status": "done",
            },
            {
                "actor": {"U.S. Navy", "United States Navy", "Navy"},
                "kind": {"warn"},
                "status": "done",
            },
        ],
        exact=True,
    ),
    case(
        "a-second-it-in-a-sentence-that-opens-on-it",
        "Governor Jane Roe of Ohio signed Executive Order 12 on Monday. It forbids state workers "
        "to install DeepSeek on state phones, and it shuts the app out of state networks.",
        "2025-02-20",
        [
            {"actor": {"Jane Roe"}, "kind": {"ban", "block"}, "status": "done"},
        ],
    ),
    case(
        "instructions-to-staff-inquiries-sent-and-options-reviewed",
        "Taiwan's Ministry of Digital Affairs said on Friday that government agencies should not "
        "use DeepSeek. South Korea's PIPC said it planned to send DeepSeek a written inquiry. LG "
        "Uplus said it was reviewing whether to restrict the app. Senator Jane Roe said Ohio "
        "should ban DeepSeek.",
        "2025-02-07",
        [
            {"actor": MODA, "kind": {"ban", "warn", "restrict"}, "status": "done"},
            {"actor": PIPC, "kind": {"request_information"}, "status": "planned"},
            {"actor": {"LG Uplus"}, "kind": {"restrict"}, "status": "considered"},
            {"actor": {"Ohio"}, "kind": {"ban"}, "status": "proposed"},
        ],
        exact=True,
    ),
    case(
        "an-agentless-removal-from-named-stores-in-a-country",
        "DeepSeek was pulled from Apple's App Store and Google Play in South Korea on Saturday.",
        "2025-02-17",
        [
            {
                "country": "KR",
                "actor": {"South Korea"},
                "kind": {"block", "suspend", "ban"},
                "status": "done",
                "scope": {"app_store"},
            },
        ],
        exact=True,
    ),
    case(
        "likely-to-is-a-measure-considered",
        "Japan is likely to restrict DeepSeek on government devices. Germany is unlikely to ban "
        "the app.",
        "2025-02-20",
        [{"country": "JP", "kind": {"restrict"}, "status": "considered"}],
        exact=True,
    ),
    case(
        "cutting-the-price-of-ones-own-service",
        "DeepSeek said it would cut the price of its API by as much as 50% during off-peak "
        "hours. Alibaba slashed prices for its Qwen models by up to 97%. Gas stations cut "
        "prices for diesel.",
        "2025-05-29",
        [
            {"actor": {"DeepSeek"}, "kind": {"release", "adopt", "invest"}, "status": "planned"},
            {
                "actor": {"Alibaba", "Alibaba Group"},
                "kind": {"release", "adopt", "invest"},
                "status": "done",
            },
        ],
        exact=True,
    ),
    case(
        "an-absolute-with-phrase-and-an-instruments-gerund",
        "European regulators moved against DeepSeek on Friday, with Italy's privacy regulator "
        "ordering the company to block its chatbot and Ireland and Belgium opening inquiries. "
        "Australia banned DeepSeek in line with a directive banning foreign apps. Ohio issued "
        "an order banning the app.",
        "2025-01-31",
        [
            {"actor": GARANTE, "kind": {"block"}, "status": "done"},
            {"country": "IE", "actor": {"Ireland"}, "kind": {"investigate"}, "status": "done"},
            {"country": "BE", "actor": {"Belgium"}, "kind": {"investigate"}, "status": "done"},
            {"country": "AU", "kind": {"ban"}, "status": "done"},
            {"actor": {"Ohio"}, "kind": {"ban"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "a-range-of-places-names-both-ends",
        "From Shenzhen to Hohhot, local governments have deployed DeepSeek in public services. "
        "Governments from Canberra to Taipei have barred the app from official devices. From "
        "January to March, Italy blocked the app.",
        "2025-03-03",
        [
            {"actor": {"Shenzhen"}, "kind": {"adopt", "integrate"}, "status": "done"},
            {"actor": {"Hohhot"}, "kind": {"adopt", "integrate"}, "status": "done"},
            {"country": "AU", "kind": {"ban"}, "status": "done"},
            {"country": "TW", "kind": {"ban"}, "status": "done"},
            {"country": "IT", "kind": {"block"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "the-members-a-group-names-after-among-them",
        "Several countries, among them Italy and Taiwan, have moved to restrict the app.",
        "2025-03-03",
        [
            {"country": "IT", "kind": {"restrict"}, "status": "done"},
            {"country": "TW", "kind": {"restrict"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "concerns-raised-and-advice-to-assess-are-warnings",
        "Germany's BSI raised concerns over DeepSeek's data handling. The Australian Signals "
        "Directorate advised organisations to assess the risks before using DeepSeek. Investors "
        "raised concerns about Nvidia's margins. Kim Min-su, head of a Seoul AI lab, raised "
        "concerns about DeepSeek on social media.",
        "2025-03-03",
        [
            {"country": "DE", "kind": {"warn"}, "status": "done"},
            {"actor": {"Australian Signals Directorate"}, "kind": {"warn"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "a-named-recommender-calls-for-the-measure-it-recommends",
        "The House Select Committee on the CCP recommended that the Commerce Department restrict "
        "DeepSeek. Lawmakers in Canberra recommended that the government ban DeepSeek on all "
        "devices.",
        "2025-04-17",
        [
            {"actor": {"Department of Commerce"}, "kind": {"restrict"}, "status": "proposed"},
            {
                "actor": {"House Select Committee on the Chinese Communist Party"},
                "kind": {"call_for"},
                "status": "done",
            },
            {"country": "AU", "actor": {"Australia"}, "kind": {"ban"}, "status": "proposed"},
            {"actor": {"Parliament of Australia"}, "kind": {"call_for"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "the-listener-told-is-no-actor-and-a-prohibited-list-restricts",
        "Treasurer Jim Chalmers told ABC Radio the government would ban DeepSeek. The Texas "
        "Department of Information Resources added DeepSeek to its prohibited list.",
        "2025-02-10",
        [
            {"actor": {"Jim Chalmers"}, "kind": {"ban"}, "status": "planned"},
            {
                "actor": {"Texas Department of Information Resources"},
                "kind": {"restrict", "ban"},
                "status": "done",
            },
        ],
        exact=True,
    ),
    case(
        "a-fronted-place-and-its-own-government",
        "In Inner Mongolia, the regional government said it had connected its data platform to "
        "DeepSeek. In Texas, the state government banned DeepSeek on state devices.",
        "2025-03-03",
        [
            {
                "actor": {"Inner Mongolia", "Inner Mongolia Autonomous Region"},
                "kind": {"integrate", "adopt"},
                "status": "done",
            },
            {"actor": {"Texas"}, "kind": {"ban"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "an-agentless-release-is-its-makers-never-a-places",
        "Italy blocked DeepSeek in late January, a week after the R1 model was released on "
        "Jan. 20. The app was launched in Italy last year.",
        "2025-02-14",
        [
            {"country": "IT", "kind": {"block"}, "status": "done"},
            {"actor": {"DeepSeek"}, "kind": {"release"}, "status": "done", "date": "2025-01-20"},
        ],
        exact=True,
    ),
]


# Round eleven (ROUND_ELEVEN_ATTRS).
ROUND_ELEVEN_ATTRS = [
    case(
        "reasons-stay-in-their-own-coordinate-clause",
        "Israel's National Cyber Directorate cautioned the public that the app may send personal "
        "data to China, while the Israel Defense Forces banned soldiers from using it. Germany's "
        "BSI warned users about the app, but Italy's Garante blocked DeepSeek over privacy "
        "concerns. Taiwan banned DeepSeek in government agencies over security fears; Japan "
        "urged caution.",
        "2025-02-12",
        [
            {
                "actor": {"National Cyber Directorate"},
                "kind": {"warn"},
                "reasons": {"privacy", "data_sovereignty"},
            },
            {"actor": {"Israel Defense Forces"}, "kind": {"ban"}, "reasons": set()},
            {"actor": {"BSI"}, "kind": {"warn"}, "reasons": set()},
            {"country": "IT", "kind": {"block"}, "reasons": {"privacy"}},
            {"actor": {"Taiwan"}, "kind": {"ban"}, "reasons": {"security"}},
            {"actor": {"Japan"}, "kind": {"warn"}, "reasons": set()},
        ],
    ),
    case(
        "date-and-scope-stay-in-their-own-coordinate-clause",
        "Norway's data protection authority has warned Norwegians to be careful with DeepSeek, "
        "and the Norwegian Digitalisation Agency told state bodies in March to avoid the app on "
        "work phones. China Construction Bank has integrated the model into internal tools, "
        "while Bank of Jiangsu said in February that it was using DeepSeek. Berlin's data "
        "protection commissioner has asked Apple and Google to pull DeepSeek from their German "
        "app stores, and the Czech government on Wednesday banned its use across the state "
        "administration.",
        "2025-07-12",
        [
            {"country": "NO", "kind": {"warn"}, "date": None, "scope": {"nationwide"}},
            {
                "actor": {"Norwegian Digitalisation Agency"},
                "kind": {"warn"},
                "date": "2025-03",
                "scope": {"government_devices"},
            },
            {"actor": {"China Construction Bank"}, "kind": {"integrate"}, "date": None},
            {"actor": {"Bank of Jiangsu"}, "kind": {"adopt"}, "date": "2025-02"},
            {"country": "DE", "kind": {"call_for"}, "date": None, "scope": {"app_store"}},
        ],
    ),
    case(
        "the-event-date-wins-over-the-report-date",
        "Samsung Electronics sent a fresh notice to employees this week telling them not to use "
        "DeepSeek, according to industry sources on Friday. South Korea's industry ministry said "
        "on Friday that it had banned DeepSeek on Monday. Italy blocked DeepSeek on Jan. 30, the "
        "regulator said on Friday. Japan's digital ministry said on Thursday that it had "
        "restricted DeepSeek.",
        "2025-02-08",
        [
            {"actor": {"Samsung Electronics"}, "kind": {"ban"}, "date": "2025-W06"},
            {"country": "KR", "kind": {"ban"}, "date": "2025-02-03"},
            {"actor": {"Italy"}, "kind": {"block"}, "date": "2025-01-30"},
            {"country": "JP", "kind": {"restrict"}, "date": "2025-02-06"},
        ],
    ),
    case(
        "a-lift-is-not-dated-by-the-imposing-of-what-it-lifts",
        "Japan suspended DeepSeek downloads in March. The suspension imposed in March has been "
        "lifted. South Korea's PIPC lifted the download suspension it imposed in February. "
        "Texas on Monday lifted a ban on DeepSeek introduced last month on state devices.",
        "2025-04-24",
        [
            {"actor": {"Japan"}, "kind": {"suspend"}, "date": "2025-03"},
            {"actor": {"Japan"}, "kind": {"lift"}, "date": None},
            {"country": "KR", "kind": {"lift"}, "date": None},
            {"actor": {"Texas"}, "kind": {"lift"}, "date": "2025-04-21"},
        ],
    ),
    case(
        "the-country-s-institutions-are-not-nationwide",
        "The Czech government has banned the use of DeepSeek across the country's public "
        "administration. The Slovak government has banned DeepSeek in the country's ministries. "
        "Kenya banned DeepSeek across the country on Tuesday.",
        "2025-07-10",
        [
            {"actor": {"Czech Republic"}, "kind": {"ban"}, "scope": {"government_devices"}},
            {"actor": {"Slovakia"}, "kind": {"ban"}, "scope": {"government_devices"}},
            {"actor": {"Kenya"}, "kind": {"ban"}, "scope": {"nationwide"}},
        ],
    ),
    case(
        "a-popularity-description-is-no-app-store-scope",
        "Saudi Arabia's SDAIA is assessing DeepSeek, the chatbot that has climbed to the top of "
        "app download charts. Brazil's ANPD is reviewing DeepSeek, the most downloaded app in "
        "the country. Italy's Garante ordered DeepSeek blocked, and the app can no longer be "
        "downloaded in Italy. Spain's AEPD warned about DeepSeek, a chatbot popular with "
        "consumers. Australia banned DeepSeek, the Chinese AI app, from all government devices.",
        "2025-02-12",
        [
            {"country": "SA", "kind": {"investigate"}, "scope": set()},
            {"country": "BR", "kind": {"investigate"}, "scope": set()},
            {"country": "IT", "kind": {"block"}, "scope": {"app_store"}},
            {"country": "ES", "kind": {"warn"}, "scope": set()},
            {"actor": {"Australia"}, "kind": {"ban"}, "scope": {"government_devices"}},
        ],
    ),
    case(
        "data-gathering-and-chinese-servers-are-reasons",
        "Taiwan banned DeepSeek on Monday, citing the risk that Beijing could use the app to "
        "collect data. South Korea's NIS warned that DeepSeek could transfer chat records to "
        "Chinese servers. Sumitomo Mitsui Financial Group has banned the DeepSeek app, citing "
        "the handling of customer information. Naver has told employees not to use DeepSeek "
        "because it may store data overseas.",
        "2025-07-10",
        [
            {"actor": {"Taiwan"}, "kind": {"ban"}, "reasons": {"privacy", "data_sovereignty"}},
            {"country": "KR", "kind": {"warn"}, "reasons": {"privacy", "data_sovereignty"}},
            {"country": "JP", "kind": {"ban"}, "reasons": {"privacy"}},
            {"actor": {"Naver"}, "kind": {"ban"}, "reasons": {"data_sovereignty"}},
        ],
    ),
    case(
        "training-cost-price-and-demand-are-no-reasons",
        "Kenya's ICT ministry is reviewing DeepSeek, which cost US$5.6 million to train. "
        "Nigeria's NITDA is reviewing DeepSeek, whose model reportedly cost just $6 million to "
        "build. DeepSeek temporarily suspended API top-ups in early February "
        "because its servers could not keep up with demand.",
        "2025-09-30",
        [
            {"country": "KE", "kind": {"investigate"}, "reasons": set()},
            {"country": "NG", "kind": {"investigate"}, "reasons": set()},
            {"actor": {"DeepSeek"}, "kind": {"suspend"}, "reasons": set()},
        ],
    ),
    case(
        "agency-systems-are-government-devices",
        "NASA blocked access to DeepSeek on agency systems on Friday. The Pentagon barred "
        "DeepSeek from agency networks. The Government Chief Digital Officer advised public "
        "service agencies to avoid DeepSeek.",
        "2025-02-03",
        [
            {"country": "US", "kind": {"block"}, "scope": {"government_devices"}},
            {"country": "US", "kind": {"ban"}, "scope": {"government_devices"}},
            {"kind": {"warn"}, "scope": {"government_devices"}},
        ],
    ),
    case(
        "rivals-compared-compete-with-and-confidential-data",
        "Alibaba adopted DeepSeek's model on its cloud platform earlier this month because it is "
        "cheaper than rivals. Tencent integrated DeepSeek into WeChat search on Feb. 16 to "
        "compete with Baidu. BYD said on Monday it will integrate DeepSeek into its cars to keep "
        "pace with rivals. India's finance ministry has barred staff from using DeepSeek, citing "
        "risks to confidential government data.",
        "2025-02-20",
        [
            {"actor": {"Alibaba", "Alibaba Group"}, "kind": {"adopt"}, "reasons": {"cost"}},
            {
                "actor": {"Tencent"},
                "kind": {"integrate"},
                "reasons": {"competition"},
                "date": "2025-02-16",
            },
            {"actor": {"BYD"}, "kind": {"integrate"}, "reasons": {"competition"}},
            {"country": "IN", "kind": {"ban"}, "reasons": {"security"}},
        ],
    ),
    case(
        "government-entities-and-public-authorities-are-government-devices",
        "The Australian Department of Home Affairs issued a directive on Tuesday requiring all "
        "government entities to remove DeepSeek. Denmark's Agency for Digital Government advised "
        "public authorities to avoid DeepSeek until further notice. Finland told public bodies "
        "not to use DeepSeek.",
        "2025-02-14",
        [
            {"country": "AU", "kind": {"ban", "block"}, "scope": {"government_devices"}},
            {"country": "DK", "kind": {"warn"}, "scope": {"government_devices"}, "temporary": True},
            {"actor": {"Finland"}, "kind": {"ban", "warn"}, "scope": {"government_devices"}},
        ],
    ),
    case(
        "an-instruction-date-is-not-a-report-date",
        "Taiwan's cabinet told ministries in January not to use DeepSeek, and the ban was "
        "extended to schools last week. Australia's ban, announced on Tuesday, covers all "
        "federal government systems and devices. The U.S. Commerce Department has banned "
        "DeepSeek on its devices, according to an email sent to staff on Thursday.",
        "2025-02-14",
        [
            {"country": "TW", "kind": {"ban"}, "date": "2025-01"},
            {"actor": {"Australia"}, "kind": {"ban"}, "date": "2025-02-11"},
            {"country": "US", "kind": {"ban"}, "date": "2025-02-13"},
        ],
    ),
    case(
        "surveillance-data-kept-out-of-china-and-data-handling",
        "The state of New York banned DeepSeek on government devices on Monday, citing concerns "
        "about foreign surveillance. Perplexity began offering R1 in late January, hosting it on "
        "servers in the U.S. to keep user data out of China. Ireland's DPC asked DeepSeek on "
        "Wednesday to explain how it handles the data of Irish users.",
        "2025-02-14",
        [
            {"actor": {"New York"}, "kind": {"ban"}, "reasons": {"national_security"}},
            {"actor": {"Perplexity"}, "kind": {"adopt"}, "reasons_has": {"data_sovereignty"}},
            {"country": "IE", "kind": {"request_information"}, "reasons": {"privacy"}},
        ],
    ),
    case(
        "a-decimal-point-does-not-cut-a-named-target",
        "Baidu open-sourced its Ernie 4.5 model on Monday. Samsung earmarked 14.8 billion won, "
        "or about $10.2 million, for the project. Tencent invested $1.5 billion in AI "
        "infrastructure last month.",
        "2025-07-02",
        [
            {"actor": {"Baidu"}, "kind": {"release"}, "targets_has": {"Ernie 4.5 model"}},
            {
                "actor": {"Samsung", "Samsung Electronics"},
                "kind": {"invest"},
                "targets_has": {"project"},
            },
            {"actor": {"Tencent"}, "kind": {"invest"}, "targets_has": {"AI infrastructure"}},
        ],
    ),
    case(
        "a-term-said-of-something-else-is-not-temporary",
        "DeepSeek released V3.2-Exp on Monday and said it would keep the old endpoint online "
        "until Oct. 15. The PIPC suspended DeepSeek downloads and said the suspension would last "
        "until the company complies. Italy's Garante blocked DeepSeek until further notice, "
        "while Germany's BSI warned users about the app.",
        "2025-09-30",
        [
            {"actor": {"DeepSeek"}, "kind": {"release"}, "temporary": None, "date": "2025-09-29"},
            {"country": "KR", "kind": {"suspend"}, "temporary": True},
            {"country": "IT", "kind": {"block"}, "temporary": True},
            {"country": "DE", "kind": {"warn"}, "temporary": None},
        ],
    ),
    case(
        "a-term-in-the-next-sentence-naming-the-measure",
        "Qatar's National Cyber Security Agency on Tuesday barred government employees from "
        "using DeepSeek. The agency described the measure as temporary. Samsung Electronics "
        "sent a notice to employees this week telling them not to use DeepSeek. The company "
        "said the restriction would remain in place until its security review is completed. "
        "Taiwan banned DeepSeek on Monday. The ban on TikTok, meanwhile, remains in force.",
        "2025-02-12",
        [
            {"country": "QA", "kind": {"ban"}, "temporary": True},
            {"actor": {"Samsung Electronics"}, "kind": {"ban"}, "temporary": True},
            {"actor": {"Taiwan"}, "kind": {"ban"}, "temporary": None},
        ],
    ),
    case(
        "named-objects-other-than-deepseek-are-the-targets",
        "DeepSeek faces scrutiny in Indonesia. Komdigi blocked PayPal and Steam in 2022. "
        "Brazil's ANPD suspended Meta's use of Brazilian data for AI training in 2024. Italy's "
        "Garante banned Replika in 2023. Texas banned Chinese apps on state devices.",
        "2025-02-07",
        [
            {
                "country": "ID",
                "kind": {"block"},
                "targets_has": {"PayPal", "Steam"},
                "date": "2022",
            },
            {"country": "BR", "kind": {"suspend"}, "targets_has": {"Meta"}},
            {"country": "IT", "kind": {"ban"}, "targets_has": {"Replika"}},
            {"actor": {"Texas"}, "kind": {"ban"}, "scope": {"government_devices"}},
        ],
    ),
    case(
        "a-clause-opened-by-as-keeps-its-own-date",
        "China on Thursday criticised the bans as stretching the idea of national security, as "
        "South Korea's foreign ministry cut off access to DeepSeek.",
        "2025-02-07",
        [
            {"actor": {"China"}, "kind": {"oppose"}, "date": "2025-02-06"},
            {"country": "KR", "kind": {"block"}, "date": None, "reasons": set()},
        ],
    ),
    case(
        "work-devices-of-a-government-and-stores-in-the-country",
        "Earlier this month, Singapore's government told civil servants to avoid DeepSeek on "
        "work devices. Kakao told employees to avoid DeepSeek on work devices. German "
        "regulators on Friday asked Apple and Google to remove DeepSeek from app stores in the "
        "country. In late February, the Indian state of Karnataka barred officials from using "
        "DeepSeek.",
        "2025-03-10",
        [
            {
                "actor": {"Singapore"},
                "kind": {"warn", "ban"},
                "scope": {"government_devices"},
                "date": "2025-03",
            },
            {"actor": {"Kakao"}, "kind": {"warn", "ban"}, "scope": {"work_use"}},
            {"country": "DE", "kind": {"call_for"}, "scope": {"app_store"}},
            {
                "actor": {"Karnataka"},
                "kind": {"ban"},
                "scope": {"government_devices"},
                "date": "2025-02",
            },
        ],
    ),
    case(
        "infiltration-is-national-security",
        "Texas Governor Greg Abbott on Jan. 31 banned DeepSeek from state-issued devices, citing "
        "the risk of Chinese Communist Party infiltration. Virginia banned DeepSeek on state "
        "networks over fears of Chinese infiltration of critical systems.",
        "2025-03-10",
        [
            {
                "country": "US",
                "kind": {"ban"},
                "reasons": {"national_security"},
                "date": "2025-01-31",
            },
            {"actor": {"Virginia"}, "kind": {"ban"}, "reasons_has": {"national_security"}},
        ],
    ),
    case(
        "a-lift-is-not-dated-by-a-relative-clause-of-imposing",
        "Texas eased a ban on DeepSeek that Gov. Greg Abbott imposed on the app nearly two years "
        "ago, state officials said Tuesday. The U.S. could block Americans from using its "
        "services.",
        "2025-04-24",
        [
            {"actor": {"Texas"}, "kind": {"lift"}, "date": "2025-04-22"},
            {"country": "US", "kind": {"block"}, "targets_has": {"DeepSeek"}},
        ],
    ),
    case(
        "a-measure-lasting-while-a-review-runs-is-temporary",
        "Japan's Digital Agency has told ministries not to use DeepSeek while it assesses the "
        "risks. Kakao restricted DeepSeek for staff while a review is under way. Italy's Garante "
        "blocked DeepSeek while Germany's BSI reviews the app. The Czech government banned "
        "DeepSeek two weeks ago, saying the Chinese company could be forced to share data with "
        "Beijing.",
        "2025-02-14",
        [
            {"country": "JP", "kind": {"ban", "warn"}, "temporary": True},
            {"actor": {"Kakao"}, "kind": {"restrict"}, "temporary": True},
            {"country": "IT", "kind": {"block"}, "temporary": None},
            {"country": "CZ", "kind": {"ban"}, "reasons": {"data_sovereignty"}, "date": "2025-W05"},
        ],
    ),
    case(
        "a-threat-to-infrastructure-is-a-reason-not-a-scope",
        "Texas banned DeepSeek on state devices, calling it a threat to the state's critical "
        "infrastructure. Virginia banned DeepSeek on state networks, citing risks to critical "
        "infrastructure. Taiwan banned DeepSeek in critical infrastructure on Monday. South "
        "Korea's PIPC suspended downloads after finding that DeepSeek had sent user information "
        "to ByteDance.",
        "2025-02-14",
        [
            {
                "actor": {"Texas"},
                "kind": {"ban"},
                "scope": {"government_devices"},
                "reasons": {"national_security"},
            },
            {
                "actor": {"Virginia"},
                "kind": {"ban"},
                "scope": {"government_devices"},
                "reasons": {"national_security"},
            },
            {"actor": {"Taiwan"}, "kind": {"ban"}, "scope": {"critical_infrastructure"}},
            {"country": "KR", "kind": {"suspend"}, "reasons": {"privacy"}},
        ],
    ),
    case(
        "a-competition-authority-states-no-competition-reason",
        "Italy's competition authority opened an investigation into DeepSeek over its failure to "
        "warn users about false information. South Korea's competition watchdog is looking into "
        "DeepSeek. Tencent integrated DeepSeek into WeChat to compete with Baidu.",
        "2025-02-14",
        [
            {"country": "IT", "kind": {"investigate"}, "reasons": set()},
            {"country": "KR", "kind": {"investigate"}, "reasons": set()},
            {"actor": {"Tencent"}, "kind": {"integrate"}, "reasons": {"competition"}},
        ],
    ),
    case(
        "a-next-sentence-dates-the-instrument-or-the-contact",
        "Ireland's Data Protection Commission has written to DeepSeek seeking information about "
        "how it processes personal data. The commission said on Thursday that it had contacted "
        "the company on Wednesday.\n\nNigeria's NITDA has advised Nigerians to be careful with "
        "DeepSeek. In an advisory issued on Wednesday, the agency said the app stores data on "
        "servers in China.\n\nJapan's Digital Agency told ministries not to use DeepSeek. The "
        "guidance, issued on Jan. 28, cited the risk of data being stored in China.",
        "2025-01-31",
        [
            {"country": "IE", "kind": {"request_information"}, "date": "2025-01-29"},
            {
                "country": "NG",
                "kind": {"warn"},
                "date": "2025-01-29",
                "reasons": {"data_sovereignty"},
            },
            {
                "country": "JP",
                "kind": {"ban", "warn"},
                "date": "2025-01-28",
                "reasons": {"data_sovereignty"},
            },
        ],
    ),
    case(
        "a-spokesman-for-the-body-or-officials-explain-its-action",
        "Australia banned DeepSeek from government devices. Home Affairs Minister Tony Burke "
        "said the app posed a risk to national security.\n\nTaiwan banned DeepSeek in "
        "government agencies on Monday. Officials cited concerns that data could flow to "
        "China.\n\nItaly blocked DeepSeek on Thursday. Germany's BSI said the app poses privacy "
        "risks.",
        "2025-02-14",
        [
            {"actor": {"Australia"}, "kind": {"ban"}, "reasons": {"national_security"}},
            {"actor": {"Taiwan"}, "kind": {"ban"}, "reasons": {"data_sovereignty"}},
            {"actor": {"Italy"}, "kind": {"block"}, "reasons": set()},
        ],
    ),
    case(
        "until-now-or-recently-is-no-term",
        "Italy blocked DeepSeek on Jan. 30, and the app has remained unavailable until now. "
        "Until recently, Kakao allowed employees to use DeepSeek, but it banned the app on "
        "Monday. Japan banned DeepSeek on government devices until further notice.",
        "2025-03-14",
        [
            {"actor": {"Italy"}, "kind": {"block"}, "temporary": None},
            {"actor": {"Kakao"}, "kind": {"ban"}, "temporary": None},
            {"actor": {"Japan"}, "kind": {"ban"}, "temporary": True},
        ],
    ),
    case(
        "a-later-coordinate-clause-keeps-its-term-and-scope",
        "Italy's Garante blocked DeepSeek with immediate effect, and South Korea's PIPC later "
        "suspended downloads pending a review.",
        "2025-03-14",
        [
            {"country": "IT", "kind": {"block"}, "temporary": None, "scope": set()},
            {"country": "KR", "kind": {"suspend"}, "temporary": True, "scope": {"app_store"}},
        ],
    ),
    case(
        "an-opening-after-adjunct-dates-the-earlier-event",
        "After warning users on Feb. 3, Taiwan banned DeepSeek in government agencies on Feb. 4. "
        "Following a review that ended on Feb. 5, Japan restricted DeepSeek on official devices "
        "on Feb. 6. After Feb. 3, Australia banned DeepSeek.",
        "2025-02-20",
        [
            {"actor": {"Taiwan"}, "kind": {"ban"}, "date": "2025-02-04"},
            {"actor": {"Japan"}, "kind": {"restrict"}, "date": "2025-02-06"},
            {"actor": {"Australia"}, "kind": {"ban"}, "date": "2025-02-03"},
        ],
    ),
]


ROUND_TWELVE = [
    case(
        "an-agentless-passive-done-at-a-named-body",
        "Access to DeepSeek was cut off at the Pentagon on Jan. 28. The chatbot has also been "
        "blocked on computers at NASA. DeepSeek was banned at the Commerce Department last week.",
        "2025-02-10",
        [
            {
                "actor": {"Department of Defense", "Pentagon"},
                "kind": {"block", "ban"},
                "status": "done",
                "date": "2025-01-28",
            },
            {
                "actor": {"NASA", "National Aeronautics and Space Administration"},
                "kind": {"block", "ban"},
                "status": "done",
            },
            {
                "actor": {"Department of Commerce", "Commerce Department"},
                "kind": {"ban", "block"},
                "status": "done",
                "date": "2025-W06",
            },
        ],
        exact=True,
    ),
    case(
        "a-release-at-an-event-names-no-site",
        "DeepSeek's R1 model was unveiled at Nvidia's developer conference. Its app was "
        "showcased at the Paris AI summit.",
        "2025-02-10",
        [{"actor": {"DeepSeek"}, "kind": {"release"}}],
        exact=True,
    ),
    case(
        "a-measure-that-took-effect-in-a-place-or-at-a-body",
        "A ban on DeepSeek took effect in Taiwan's agencies on Feb. 3. A ban on the Chinese "
        "chatbot went into effect at the Pentagon on Friday. Restrictions on the app came into "
        "force across Australian government departments on Tuesday.",
        "2025-02-10",
        [
            {"actor": {"Taiwan"}, "kind": {"ban"}, "status": "done", "date": "2025-02-03"},
            {
                "actor": {"Department of Defense", "Pentagon"},
                "kind": {"ban"},
                "status": "done",
                "date": "2025-02-07",
            },
            {"actor": {"Australia"}, "kind": {"restrict", "ban"}, "date": "2025-02-04"},
        ],
        exact=True,
    ),
    case(
        "a-measure-widened-after-it-was-stated",
        "Italy's privacy watchdog blocked DeepSeek on Jan. 30. Days later the ban was extended "
        "to schools. Texas banned the app on state devices on Friday, and the ban was extended "
        "to public universities on Monday. Taiwan barred agencies from using DeepSeek on Jan. "
        "31; on Feb. 7 the ban was expanded to state-run firms by the Executive Yuan.",
        "2025-02-10",
        [
            {"actor": GARANTE, "kind": {"block"}, "date": "2025-01-30"},
            {"actor": GARANTE, "kind": {"ban", "block"}, "status": "done"},
            {"actor": {"Texas"}, "kind": {"ban"}, "date": "2025-02-07"},
            {"actor": {"Texas"}, "kind": {"ban"}, "status": "done", "date": "2025-02-10"},
            {"actor": {"Taiwan"}, "kind": {"ban"}, "date": "2025-01-31"},
            {"actor": EXECUTIVE_YUAN, "kind": {"ban"}, "status": "done", "date": "2025-02-07"},
        ],
        exact=True,
    ),
    case(
        "a-counterpart-of-a-body-named-before",
        "Italy's data protection authority blocked DeepSeek on Jan. 30. Its Korean counterpart "
        "suspended downloads of the app on Feb. 15. Ireland's Data Protection Commission wrote "
        "to the company. Its French counterpart, meanwhile, opened an inquiry.",
        "2025-02-20",
        [
            {"actor": GARANTE, "kind": {"block"}, "date": "2025-01-30"},
            {"actor": PIPC, "kind": {"suspend"}, "status": "done", "date": "2025-02-15"},
            {"actor": DPC, "kind": {"request_information"}},
            {"actor": CNIL, "kind": {"investigate"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "an-order-in-a-subordinate-clause-is-not-the-store-owner-s",
        "DeepSeek was removed from Apple's and Google's app stores in Italy on Jan. 30, after "
        "the country's privacy regulator ordered it blocked.",
        "2025-02-10",
        [{"country": "IT", "kind": {"block", "ban"}, "status": "done", "date": "2025-01-30"}],
        exact=True,
    ),
    case(
        "a-sentence-initial-plural-of-a-common-noun-is-no-name",
        "Broadcasters banned DeepSeek from newsroom computers last week. Pharmacies restricted "
        "the app on Monday. Veritone adopted DeepSeek's R1 model on Tuesday.",
        "2025-02-10",
        [{"actor": {"Veritone"}, "kind": {"adopt"}, "date": "2025-02-04"}],
        exact=True,
    ),
    case(
        "a-study-s-it-is-the-study-s-author-or-no-one",
        "The Commerce Department barred DeepSeek on its devices. The report recommends that "
        "agencies stop using the app. It also calls on federal agencies to review their "
        "contracts with Chinese AI vendors.\n\nThe Navy banned the app in January. A report by "
        "the Center for Security and Emerging Technology recommends that agencies stop using "
        "it. It also calls on federal agencies to review their contracts.",
        "2025-02-10",
        [
            {"actor": {"Department of Commerce", "Commerce Department"}, "kind": {"ban"}},
            {"actor": {"U.S. Navy", "United States Navy", "Navy"}, "kind": {"ban"}},
            {"actor": {"Center for Security and Emerging Technology"}, "kind": {"call_for"}},
        ],
        exact=True,
    ),
    case(
        "a-possessive-owns-no-noun-after-a-determiner",
        "Manila's move follows a warning from the National Privacy Commission last week that "
        "the app may collect excessive personal data. Seoul's action follows an investigation "
        "by the Personal Information Protection Commission. Italy's temporary ban took effect "
        "on Friday.",
        "2025-02-14",
        [
            {
                "actor": {"National Privacy Commission"},
                "country": "PH",
                "kind": {"warn"},
                "date": "2025-W06",
            },
            {"actor": PIPC, "kind": {"investigate"}},
            {"actor": {"Italy"}, "kind": {"ban"}, "temporary": True, "date": "2025-02-14"},
        ],
        exact=True,
    ),
    case(
        "a-subordinate-clause-with-a-plural-subject-after-the-speaker",
        "The United Arab Emirates has adopted DeepSeek's R1 model across government services, "
        "its AI minister said on Monday, even as regulators elsewhere moved to limit the Chinese "
        "chatbot. Qatar said on Sunday it would host the model, as governments in Europe moved "
        "to restrict it.",
        "2025-02-14",
        [
            {"actor": {"United Arab Emirates", "UAE"}, "kind": {"adopt"}, "status": "done"},
            {"actor": {"Qatar"}, "kind": {"adopt"}, "status": "planned", "date": "2025-02-09"},
        ],
        exact=True,
    ),
    case(
        "the-site-of-a-passive-acts-whoever-tells-it",
        "Access to DeepSeek was cut off at the Pentagon on Wednesday, the Speaker's office "
        "confirmed. The chatbot was blocked at NASA on Thursday, a White House spokesperson "
        "said.",
        "2025-02-14",
        [
            {
                "actor": {"Department of Defense", "Pentagon"},
                "kind": {"block"},
                "date": "2025-02-12",
            },
            {
                "actor": {"NASA", "National Aeronautics and Space Administration"},
                "kind": {"block"},
                "date": "2025-02-13",
            },
        ],
        exact=True,
    ),
    case(
        "a-new-name-with-a-place-s-possessive-in-apposition",
        "Safaricom, Kenya's biggest mobile operator, is testing R1 for customer support. Zain, "
        "Kuwait's largest telecom group, has deployed DeepSeek in its call centres.",
        "2025-02-14",
        [
            {"actor": {"Safaricom"}, "country": "KE", "kind": {"adopt"}},
            {"actor": {"Zain"}, "country": "KW", "kind": {"adopt"}},
        ],
        exact=True,
    ),
    case(
        "an-owner-is-no-subject-past-its-clause",
        "Chinese carmakers including BYD, Geely and Great Wall Motor have integrated DeepSeek's "
        "models into their in-car assistants, joining a wave of companies racing to adopt the "
        "low-cost AI.",
        "2025-02-20",
        [
            {"actor": {"BYD"}, "kind": {"integrate"}},
            {"actor": {"Geely", "Geely Automobile Holdings"}, "kind": {"integrate"}},
            {"actor": {"Great Wall Motor"}, "kind": {"integrate"}},
        ],
        exact=True,
    ),
    case(
        "a-titled-owner-s-office-is-not-the-last-office-named",
        "The Office of the Privacy Commissioner of Canada opened an inquiry into DeepSeek. The "
        "Speaker's office barred the app on House of Commons devices on Tuesday.",
        "2025-02-14",
        [{"actor": {"Office of the Privacy Commissioner of Canada"}, "kind": {"investigate"}}],
        exact=True,
    ),
    case(
        "a-passive-advice-not-to-use-is-a-warning",
        "Civil servants have been advised not to install DeepSeek on official phones, "
        "Indonesia's communications ministry said. Public servants were urged not to use the "
        "chatbot for official work, Singapore's Ministry of Digital Development and Information "
        "said on Tuesday. Staff were told not to use the app, Australia's Department of Home "
        "Affairs said.",
        "2025-02-14",
        [
            {"country": "ID", "actor_kind": "government_agency", "kind": {"warn"}},
            {
                "actor": {"Ministry of Digital Development and Information"},
                "kind": {"warn"},
                "date": "2025-02-11",
            },
            {"actor": {"Department of Home Affairs"}, "kind": {"ban"}},
        ],
        exact=True,
    ),
    case(
        "a-system-powered-by-deepseek-and-a-maker-s-products",
        "BYD said on Tuesday that more than 20 models would be equipped with its "
        "driver-assistance system powered by DeepSeek. All Geely cars sold in China are now "
        "equipped with the chatbot. Leapmotor has adopted a cockpit system based on DeepSeek. "
        "Apple devices sold in China will not be equipped with DeepSeek.",
        "2025-02-20",
        [
            {"actor": {"BYD"}, "kind": {"integrate"}, "status": "planned", "date": "2025-02-18"},
            {"actor": {"Geely", "Geely Automobile Holdings"}, "kind": {"integrate", "adopt"}},
            {"actor": {"Leapmotor"}, "kind": {"adopt", "integrate"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "a-provincial-counterpart-opens-its-own-review",
        "Canada's privacy commissioner opened an inquiry into DeepSeek on Feb. 5. Its Alberta "
        "counterpart opened its own review on Tuesday. Ireland's Data Protection Commission "
        "wrote to DeepSeek. Its Dutch counterpart launched a review of the app on Monday.",
        "2025-02-14",
        [
            {"actor": {"Office of the Privacy Commissioner of Canada"}, "kind": {"investigate"}},
            {
                "country": "CA",
                "actor_kind": "regulator",
                "kind": {"investigate"},
                "date": "2025-02-11",
            },
            {"actor": DPC, "kind": {"request_information"}},
            {"actor": DUTCH_AP, "kind": {"investigate"}, "date": "2025-02-10"},
        ],
        exact=True,
    ),
    case(
        "a-new-name-with-a-particle-or-a-state-owned-apposition",
        "Banco do Brasil rolled out a DeepSeek-based assistant for its call centre staff on "
        "Monday. Petrobras, Brazil's state oil company, has banned employees from using "
        "DeepSeek on corporate devices. Caixa Economica, a state-owned bank, has adopted R1.",
        "2025-02-07",
        [
            {"actor": {"Banco do Brasil"}, "kind": {"adopt"}, "date": "2025-02-03"},
            {
                "actor": {"Petrobras"},
                "actor_kind": "state_enterprise",
                "country": "BR",
                "kind": {"ban"},
            },
            {"actor": {"Caixa Economica"}, "actor_kind": "state_enterprise", "kind": {"adopt"}},
        ],
        exact=True,
    ),
    case(
        "the-one-who-joins-acts-past-abbreviations-and-unnamed-groups",
        "Australia joined Italy, Taiwan and the U.S. Navy in banning DeepSeek. Canada followed "
        "the U.S. Navy in barring the app. Kenya joins a growing number of countries scrutinising "
        "DeepSeek.",
        "2025-02-20",
        [
            {"actor": {"Australia"}, "kind": {"ban"}},
            {"actor": {"Italy"}, "kind": {"ban"}},
            {"actor": {"Taiwan"}, "kind": {"ban"}},
            {"actor": {"U.S. Navy", "United States Navy"}, "kind": {"ban"}},
            {"actor": {"Canada"}, "kind": {"ban"}},
            {"actor": {"Kenya"}, "kind": {"investigate"}},
        ],
        exact=True,
    ),
    case(
        "a-temporary-cue-after-a-negated-plan-is-not-the-act-s",
        "In Malaysia, the Digital Ministry said it was monitoring the service and had no plans "
        "to block it for now. Japan is reviewing the app and will not ban it for now. Italy's "
        "Garante blocked DeepSeek for now.",
        "2025-02-20",
        [
            {"country": "MY", "kind": {"investigate"}, "temporary": None},
            {"actor": {"Japan"}, "kind": {"investigate"}, "temporary": None},
            {"actor": GARANTE, "kind": {"block"}, "temporary": True},
        ],
        exact=True,
    ),
    case(
        "should-not-use-is-advice-must-not-use-is-a-ban",
        "Singapore's Smart Nation and Digital Government Office said public servants should not "
        "use the app for official work. Australia's Department of Home Affairs said staff must "
        "not use DeepSeek. Kenya's ICT ministry said civil servants should not install DeepSeek "
        "on official phones.",
        "2025-02-20",
        [
            {"country": "SG", "kind": {"warn"}, "scope": {"government_devices"}},
            {"actor": {"Department of Home Affairs"}, "kind": {"ban"}},
            {"country": "KE", "kind": {"warn"}},
        ],
        exact=True,
    ),
    case(
        "a-new-bank-takes-the-country-its-name-holds",
        "The Czech government banned DeepSeek on July 9. In the Gulf, Saudi National Bank has "
        "integrated DeepSeek's R1 into its internal knowledge tools. Qatar National Bank has "
        "adopted the model.",
        "2025-07-10",
        [
            {"actor": {"Czech Republic", "Czechia"}, "kind": {"ban"}, "date": "2025-07-09"},
            {"actor": {"Saudi National Bank"}, "country": "SA", "kind": {"integrate"}},
            {"actor": {"Qatar National Bank"}, "country": "QA", "kind": {"adopt"}},
        ],
        exact=True,
    ),
    case(
        "a-restriction-for-a-stated-term-is-temporary",
        "Belgium's federal government barred officials from using DeepSeek on work devices from "
        "Aug. 1, for at least six months. Italy's Garante suspended the app for 90 days. Texas "
        "banned DeepSeek, which has been popular for a year.",
        "2025-07-10",
        [
            {"actor": {"Belgium"}, "kind": {"ban"}, "temporary": True, "date": "2025-08-01"},
            {"actor": GARANTE, "kind": {"suspend"}, "temporary": True},
            {"actor": {"Texas"}, "kind": {"ban"}, "temporary": None},
        ],
        exact=True,
    ),
    case(
        "a-partnership-s-target-is-the-partner-named",
        "DeepSeek's app topped the charts. Apple has partnered with Alibaba to offer AI features "
        "on iPhones sold in China. Samsung signed a partnership with Baidu to bring Ernie to its "
        "phones. Tencent has partnered with DeepSeek to offer R1 in WeChat.",
        "2025-02-20",
        [
            {"actor": {"Apple"}, "kind": {"partner"}, "targets_has": ["Alibaba"]},
            {
                "actor": {"Samsung Electronics", "Samsung"},
                "kind": {"partner"},
                "targets_has": ["Baidu"],
            },
            {"actor": {"Tencent"}, "kind": {"partner"}, "targets_has": ["DeepSeek"]},
        ],
    ),
    case(
        "a-counterpart-with-its-name-in-apposition-is-one-body",
        "Canada's privacy commissioner opened an inquiry into DeepSeek. Its British Columbia "
        "counterpart, the Office of the Information and Privacy Commissioner, opened its own "
        "review on Tuesday.",
        "2025-02-14",
        [
            {"actor": {"Office of the Privacy Commissioner of Canada"}, "kind": {"investigate"}},
            {
                "actor": {
                    "Office of the Information and Privacy Commissioner for British Columbia"
                },
                "kind": {"investigate"},
                "date": "2025-02-11",
            },
        ],
        exact=True,
    ),
    case(
        "plural-measures-that-will-take-effect-are-planned",
        "Restrictions on DeepSeek will take effect in South Korea's ministries next week. Bans on "
        "the app will come into force across Australian government departments on Monday. Bans "
        "on DeepSeek would do little to protect users.",
        "2025-02-14",
        [
            {"actor": {"South Korea"}, "kind": {"restrict"}, "status": "planned"},
            {"actor": {"Australia"}, "kind": {"ban"}, "status": "planned", "date": "2025-02-17"},
        ],
        exact=True,
    ),
]


# Round thirteen (ROUND_THIRTEEN): actions and actors.
ROUND_THIRTEEN = [
    case(
        "r13-told-to-wait-for-a-review-before-adopting-is-no-done-adoption",
        "India's finance ministry told employees to wait for a security review before adopting "
        "DeepSeek. Samsung told staff to wait for internal guidance before deploying DeepSeek "
        "models. Kenya's ICT ministry said agencies must wait for a security audit before they "
        "adopt DeepSeek.",
        "2025-02-10",
        [
            {"actor": {"Ministry of Finance"}, "kind": {"adopt"}, "status": "considered"},
            {
                "actor": {"Samsung Electronics", "Samsung"},
                "kind": {"adopt"},
                "status": "considered",
            },
            {"country": "KE", "kind": {"adopt"}, "status": "considered"},
        ],
    ),
    case(
        "r13-owners-listed-with-their-own-possessives-all-act",
        "Microsoft's and Amazon's cloud platforms began offering R1 last week. Baidu\u2019s and "
        "Tencent\u2019s apps have integrated DeepSeek. Google's, Oracle's and IBM's clouds "
        "started hosting DeepSeek R1. Poland's and Ireland's privacy regulators opened "
        "investigations into DeepSeek.",
        "2025-02-10",
        [
            {"country": "PL", "kind": {"investigate"}},
            {"country": "IE", "kind": {"investigate"}},
            {"actor": {"Microsoft"}, "kind": {"adopt"}, "date": "2025-W06"},
            {"actor": {"Amazon"}, "kind": {"adopt"}, "date": "2025-W06"},
            {"actor": {"Baidu"}, "kind": {"integrate", "adopt"}},
            {"actor": {"Tencent"}, "kind": {"integrate", "adopt"}},
            {"actor": {"Google"}, "kind": {"adopt"}},
            {"actor": {"Oracle"}, "kind": {"adopt"}},
            {"actor": {"IBM"}, "kind": {"adopt"}},
        ],
        exact=True,
    ),
    case(
        "r13-took-effect-at-a-time-or-unnamed-bodies-then-the-place",
        "A ban on DeepSeek took effect at midnight in Ghana. Restrictions on the DeepSeek app "
        "took effect at state agencies in Zambia on Monday. A ban on DeepSeek took effect at "
        "Nigeria's federal ministries on Friday.",
        "2025-02-10",
        [
            {"actor": {"Ghana"}, "kind": {"ban"}, "status": "done"},
            {"actor": {"Zambia"}, "kind": {"restrict", "ban"}, "date": "2025-02-10"},
            {"actor": {"Nigeria"}, "kind": {"ban"}, "date": "2025-02-07"},
        ],
        exact=True,
    ),
    case(
        "r13-took-effect-at-a-place-owned-body-or-after-a-fronted-place",
        "A ban on DeepSeek took effect at midnight at Kenya's Treasury. In Ghana, a ban on "
        "DeepSeek took effect at midnight.",
        "2025-02-10",
        [
            {"actor": {"Treasury", "National Treasury"}, "country": "KE", "kind": {"ban"}},
            {"actor": {"Ghana"}, "kind": {"ban"}},
        ],
        exact=True,
    ),
    case(
        "r13-an-agentless-passive-after-a-fronted-place-is-the-place-s",
        "In Texas, DeepSeek was banned on state devices. In South Korea, DeepSeek was removed "
        "from app stores. In Ghana, DeepSeek has been blocked on state computers since Monday.",
        "2025-02-10",
        [
            {"actor": {"Texas"}, "kind": {"ban"}, "scope": {"government_devices"}},
            {"actor": {"South Korea"}, "kind": {"block", "suspend"}, "scope": {"app_store"}},
            {"actor": {"Ghana"}, "kind": {"block", "ban"}, "date": "2025-02-10"},
        ],
        exact=True,
    ),
    case(
        "r13-a-weekday-after-on-is-no-word-of-a-body-s-name",
        "The Ministry of Communications on Monday banned DeepSeek. DeepSeek was banned at the "
        "Ministry of Energy on Tuesday.",
        "2025-02-10",
        [
            {"actor": {"Ministry of Communications"}, "kind": {"ban"}, "date": "2025-02-10"},
            {"actor": {"Ministry of Energy"}, "kind": {"ban"}, "date": "2025-02-04"},
        ],
        exact=True,
    ),
    case(
        "r13-a-place-s-unnamed-public-bodies-act-as-the-place",
        "South Korea's ministries blocked DeepSeek. Japan's ministries have restricted DeepSeek "
        "on work computers. Ghana's state agencies blocked DeepSeek on Monday. China's biggest "
        "carmakers integrated DeepSeek. Taiwan's government agencies banned DeepSeek.",
        "2025-02-10",
        [
            {"actor": {"South Korea"}, "kind": {"block"}},
            {"actor": {"Japan"}, "kind": {"restrict"}},
            {"actor": {"Ghana"}, "kind": {"block"}, "date": "2025-02-10"},
            {"actor": {"Taiwan"}, "kind": {"ban"}, "scope": {"government_devices"}},
        ],
        exact=True,
    ),
    case(
        "r13-abstain-from-is-advice-against-not-an-adoption",
        "In Mexico, the Agency for Digital Transformation and Telecommunications recommended to "
        "federal offices that they abstain from installing DeepSeek on official devices. Peru's "
        "cabinet office asked civil servants to abstain from using DeepSeek.",
        "2025-02-20",
        [
            {"country": "MX", "kind": {"warn"}, "scope": {"government_devices"}},
            {"country": "PE", "kind": {"warn"}},
        ],
        exact=True,
    ),
    case(
        "r13-a-relative-clause-on-unnamed-bodies-is-no-act-of-the-main-subject",
        "Kenya's ICT ministry has been silent on DeepSeek. Analysts said Kenya tends to follow "
        "European regulators, which have blocked the app. Ghana looks to other governments, "
        "which have restricted DeepSeek on official devices.",
        "2025-02-20",
        [],
        exact=True,
    ),
    case(
        "r13-a-proceeding-against-and-launched-proceedings-are-inquiries",
        "Brazil's National Data Protection Authority (ANPD) opened an administrative proceeding "
        "against DeepSeek on Wednesday. Spain's AEPD has launched proceedings against DeepSeek. "
        "The Garante opened a sanctioning proceeding against the app.",
        "2025-02-20",
        [
            {"country": "BR", "kind": {"investigate"}, "date": "2025-02-19"},
            {"country": "ES", "kind": {"investigate"}},
            {"country": "IT", "kind": {"investigate"}},
        ],
        exact=True,
    ),
    case(
        "r13-a-where-clause-s-own-subject-acts-not-the-place",
        "Carmakers moved the other way in China, where BYD and Geely rolled out DeepSeek-powered "
        "assistants. It is different in South Korea, where Kakao adopted DeepSeek. Officials met "
        "in Brussels, where the European Commission opened a review of DeepSeek. The move "
        "follows action in Ireland, where the Data Protection Commission ordered DeepSeek to stop "
        "processing Irish users' data.",
        "2025-02-20",
        [
            {"actor": {"Data Protection Commission"}, "country": "IE"},
            {"actor": {"BYD"}, "kind": {"adopt", "integrate"}},
            {"actor": {"Geely", "Geely Automobile Holdings"}, "kind": {"adopt", "integrate"}},
            {"actor": {"Kakao"}, "kind": {"adopt"}},
            {"actor": {"European Commission"}, "kind": {"investigate"}},
        ],
        exact=True,
    ),
    case(
        "r13-pulled-or-dropped-from-an-approved-list-is-a-ban",
        "JPMorgan Chase said it had pulled DeepSeek from the list of approved tools for its "
        "employees. Barclays dropped DeepSeek from its approved vendors list. The Texas "
        "Department of Information Resources took DeepSeek off its approved software list. "
        "DeepSeek dropped from the top of the App Store rankings.",
        "2025-02-20",
        [
            {"actor": {"JPMorgan Chase", "JPMorgan"}, "kind": {"ban", "restrict"}},
            {"actor": {"Barclays"}, "kind": {"ban", "restrict"}},
            {"country": "US", "kind": {"ban", "restrict"}},
        ],
        exact=True,
    ),
    case(
        "r13-a-body-telling-that-a-measure-took-effect-is-its-measure",
        "Ghana's Ministry of Communication said a ban on DeepSeek took effect at midnight on "
        "Friday for all public institutions. Kenya's ICT ministry said restrictions on DeepSeek "
        "took effect on Monday. Bloomberg reported that a ban on DeepSeek took effect in Zambia.",
        "2025-03-08",
        [
            {"country": "GH", "kind": {"ban"}, "date": "2025-03-07"},
            {"country": "KE", "kind": {"restrict"}, "date": "2025-03-03"},
            {"actor": {"Zambia"}, "kind": {"ban"}},
        ],
        exact=True,
    ),
    case(
        "r13-a-verb-trigger-after-an-article-is-a-noun-s-modifier",
        "Egypt's Information Technology Industry Development Agency has integrated DeepSeek into "
        "a pilot Arabic-language assistant. The city of Shenzhen launched a pilot of DeepSeek "
        "in its offices, and Suzhou began a pilot using DeepSeek in its district offices.",
        "2025-03-08",
        [
            {"country": "EG", "kind": {"integrate", "adopt"}},
            {"actor": {"Shenzhen"}, "kind": {"adopt"}},
            {"actor": {"Suzhou"}, "kind": {"adopt"}},
        ],
        exact=True,
    ),
    case(
        "r13-telling-unnamed-others-to-assess-the-risks-is-a-warning",
        "The Saudi Central Bank told banks to assess the risks of generative AI tools, including "
        "DeepSeek. Singapore's MAS asked financial institutions to assess the risks of using "
        "DeepSeek. Chile's Consejo para la Transparencia asked public bodies to take precautions "
        "with DeepSeek.",
        "2025-03-08",
        [
            {"country": "SA", "kind": {"warn"}},
            {"country": "SG", "kind": {"warn"}},
            {"country": "CL", "kind": {"warn"}},
        ],
        exact=True,
    ),
    case(
        "r13-a-company-s-own-network-is-work-use",
        "Emirates NBD blocked DeepSeek on its network until further notice, citing data "
        "security. Standard Chartered has cut off DeepSeek on the bank's network in Hong Kong.",
        "2025-02-20",
        [
            {"actor": {"Emirates NBD"}, "kind": {"block"}, "scope": {"work_use"}},
            {"actor": {"Standard Chartered"}, "kind": {"block"}, "scope": {"work_use"}},
        ],
        exact=True,
    ),
    case(
        "r13-google-play-named-as-the-store-sets-the-app-store-scope",
        "DeepSeek was pulled from Google Play in Italy. Google Play suspended downloads of "
        "DeepSeek in South Korea.",
        "2025-02-20",
        [
            {"actor": {"Italy"}, "kind": {"block"}, "scope": {"app_store"}},
            {"actor": {"Google"}, "country": "US", "kind": {"suspend"}, "scope": {"app_store"}},
        ],
        exact=True,
    ),
    case(
        "r13-a-present-perfect-progressive-is-active-not-passive",
        "Xiaomi has been testing DeepSeek in its HyperOS assistant. Kakao has been using "
        "DeepSeek internally, and Tencent had been testing DeepSeek before its launch.",
        "2025-02-12",
        [
            {"actor": {"Xiaomi"}, "kind": {"adopt"}},
            {"actor": {"Kakao"}, "kind": {"adopt"}},
            {"actor": {"Tencent"}, "kind": {"adopt"}},
        ],
        exact=True,
    ),
    case(
        "r13-weighing-the-use-of-is-an-adoption-under-consideration",
        "Honda is exploring the use of DeepSeek in its factories. Kenya's Treasury is weighing "
        "the use of DeepSeek in tax collection. Japan is considering restricting the use of "
        "DeepSeek.",
        "2025-02-12",
        [
            {"actor": {"Honda", "Honda Motor"}, "kind": {"adopt"}, "status": "considered"},
            {"country": "KE", "kind": {"adopt"}, "status": "considered"},
            {"actor": {"Japan"}, "kind": {"restrict"}, "status": "considered"},
        ],
        exact=True,
    ),
    case(
        "r13-a-call-takes-no-scope-from-the-sentence-before",
        "Australia banned DeepSeek on government devices over security risks. Senators called "
        "for a ban. Italy blocked DeepSeek nationwide. Lawmakers in France urged a ban.",
        "2025-02-12",
        [
            {"actor": {"Australia"}, "kind": {"ban"}, "scope": {"government_devices"}},
            {"country": "AU", "kind": {"call_for"}, "scope": set(), "reasons": set()},
            {"actor": {"Italy"}, "kind": {"block"}, "scope": {"nationwide"}},
            {"country": "FR", "kind": {"call_for"}, "scope": set()},
        ],
        exact=True,
    ),
    case(
        "r13-recommending-that-unnamed-others-assess-the-risks-is-advice",
        "The Brazilian Federation of Banks recommended that banks assess the risks of DeepSeek. "
        "Gartner recommended that organisations block DeepSeek.",
        "2025-02-12",
        [
            {"country": "BR", "kind": {"warn"}},
            {"actor": {"Gartner"}, "kind": {"call_for"}},
        ],
        exact=True,
    ),
    case(
        "r13-instead-of-deepseek-is-no-adoption-of-it",
        "Samsung adopted its own Gauss model instead of DeepSeek. Vietnam's Ministry of Science "
        "and Technology urged state agencies to use domestic AI models instead of DeepSeek. "
        "Tencent adopted DeepSeek rather than its own Hunyuan model.",
        "2025-02-12",
        [
            {"country": "VN", "kind": {"warn"}},
            {"actor": {"Tencent"}, "kind": {"adopt"}},
        ],
        exact=True,
    ),
    case(
        "r13-began-providing-the-model-is-an-adoption",
        "NEC Corp. and Fujitsu Ltd. began providing DeepSeek's model to corporate clients "
        "through their cloud services this week. Alibaba Cloud now provides access to "
        "DeepSeek's R1. DeepSeek did not provide access to its training data.",
        "2025-02-14",
        [
            {"actor": {"NEC"}, "kind": {"adopt"}, "date": "2025-W07"},
            {"actor": {"Fujitsu"}, "kind": {"adopt"}, "date": "2025-W07"},
            {"actor": {"Alibaba Cloud"}, "kind": {"adopt"}},
        ],
        exact=True,
    ),
    case(
        "r13-a-date-after-after-the-other-s-measure-is-not-this-one-s",
        "Chunghwa Telecom barred its staff from using DeepSeek after the government's ban on "
        "Jan. 31. Foxconn barred its staff from using DeepSeek on Feb. 3, after the "
        "government's ban on Jan. 31. Italy blocked DeepSeek on Jan. 30 after the Garante's "
        "inquiry.",
        "2025-02-14",
        [
            {"actor": {"Chunghwa Telecom"}, "kind": {"ban"}, "date": None},
            {
                "actor": {"Foxconn", "Hon Hai Precision Industry"},
                "kind": {"ban"},
                "date": "2025-02-03",
            },
            {"actor": {"Italy"}, "kind": {"block"}, "date": "2025-01-30"},
        ],
    ),
    case(
        "r13-considering-similar-steps-is-the-last-act-under-consideration",
        "SoftBank Corp. has prohibited employees from using DeepSeek for work. Toyota Motor Corp. "
        "and Mitsubishi Corp. said they were considering similar steps.",
        "2025-02-14",
        [
            {"actor": {"SoftBank Corp.", "SoftBank"}, "kind": {"ban"}, "status": "done"},
            {"actor": {"Toyota", "Toyota Motor"}, "kind": {"ban"}, "status": "considered"},
            {
                "actor": {"Mitsubishi Corporation", "Mitsubishi Corp."},
                "kind": {"ban"},
                "status": "considered",
            },
        ],
        exact=True,
    ),
    case(
        "r13-data-residency-and-localisation-are-data-sovereignty-reasons",
        "Emirates NBD barred DeepSeek citing cybersecurity risks and data residency rules. "
        "Indonesia restricted DeepSeek over data localisation concerns.",
        "2025-02-14",
        [
            {
                "actor": {"Emirates NBD"},
                "kind": {"ban"},
                "reasons": {"security", "data_sovereignty"},
            },
            {"actor": {"Indonesia"}, "kind": {"restrict"}, "reasons": {"data_sovereignty"}},
        ],
        exact=True,
    ),
    case(
        "r13-the-product-named-before-a-measure-noun-is-its-object",
        "Nigeria weighs DeepSeek curbs as regulators probe data practices. Ghana is weighing new "
        "DeepSeek curbs. The US imposed chip curbs on China.",
        "2025-02-14",
        [
            {"actor": {"Nigeria"}, "kind": {"restrict"}, "status": "considered"},
            {"actor": {"Ghana"}, "kind": {"restrict"}, "status": "considered"},
        ],
        exact=True,
    ),
    case(
        "r13-cloud-platforms-named-by-product-are-their-companies",
        "Microsoft's Azure and Amazon's AWS began offering R1 last week. Amazon Bedrock added "
        "DeepSeek R1 to its catalogue.",
        "2025-02-14",
        [
            {"actor": {"Microsoft"}, "kind": {"adopt"}},
            {"actor": {"Amazon Web Services", "AWS"}, "kind": {"adopt"}},
        ],
        exact=True,
    ),
    case(
        "r13-issued-rules-restricting-without-an-article-is-the-issuer-s",
        "Egypt's government issued rules restricting DeepSeek in ministries. Kenya's ICT "
        "ministry directed ministries to uninstall DeepSeek. South Africa's State Security Agency "
        "flagged DeepSeek as a risk to government networks. Morgan Stanley flagged DeepSeek as a "
        "risk to chipmakers' margins.",
        "2025-02-14",
        [
            {"actor": {"Egypt"}, "kind": {"restrict"}, "scope": {"government_devices"}},
            {"country": "KE", "kind": {"ban"}},
            {"country": "ZA", "kind": {"warn"}},
        ],
        exact=True,
    ),
    case(
        "r13-public-staff-in-a-place-told-to-stop-is-the-place-s-measure",
        "Civil servants in Ghana have been told to stop using DeepSeek. Government employees in "
        "the Philippines were barred from using DeepSeek. State agencies in Texas have been "
        "ordered to remove DeepSeek.",
        "2025-02-14",
        [
            {"actor": {"Ghana"}, "kind": {"ban"}, "scope": {"government_devices"}},
            {"actor": {"Philippines"}, "kind": {"ban"}},
            {"actor": {"Texas"}, "kind": {"ban", "block"}},
        ],
        exact=True,
    ),
    case(
        "r13-a-measure-that-takes-effect-later-is-planned",
        "Ghana's communications ministry said a ban on DeepSeek will take effect at midnight on "
        "Friday. A ban on DeepSeek takes effect at Kenya's ministries on March 1. Restrictions on "
        "DeepSeek came into force at Nigeria's federal agencies on Monday.",
        "2025-02-12",
        [
            {"country": "GH", "kind": {"ban"}, "status": "planned", "date": "2025-02-14"},
            {"actor": {"Kenya"}, "kind": {"ban"}, "status": "planned", "date": "2025-03-01"},
            {"actor": {"Nigeria"}, "kind": {"restrict"}, "status": "done", "date": "2025-02-10"},
        ],
        exact=True,
    ),
    case(
        "r13-federal-servants-and-public-employees-are-government-scope",
        "The Brazilian government, through the Ministry of Management, determined that federal "
        "servants not use DeepSeek. Kenya's Treasury barred public employees from DeepSeek.",
        "2025-02-12",
        [
            {"actor": {"Brazil"}, "kind": {"ban"}, "scope": {"government_devices"}},
            {"country": "KE", "kind": {"ban"}, "scope": {"government_devices"}},
        ],
        exact=True,
    ),
]


# Round fourteen (mine): layout that is not language (plain-text dashes, typographic spaces),
# fronted times.
ROUND_FOURTEEN_MINE = [
    case(
        "two-hyphens-after-a-dateline-of-two-places-are-its-dash",
        "CANBERRA and WELLINGTON, 6 February 2025 -- Australia has ordered all federal agencies "
        "to remove DeepSeek from government devices. The directive was signed on Tuesday by the "
        "head of Home Affairs.",
        "2025-02-06",
        # the dateline's date is the report's, not the order's (it was, with "--")
        [{"actor": AUSTRALIA, "kind": {"ban"}, "date": "2025-02-04"}],
        exact=True,
    ),
    case(
        "two-hyphens-between-clauses-break-them-as-a-dash-does",
        "Taiwan barred civil servants from using DeepSeek -- a move that Japan said it was "
        "studying.",
        "2025-02-07",
        # (with "--" Japan investigated; with a spaced em dash it did nothing)
        [{"actor": TAIWAN, "kind": {"ban"}, "scope": {"government_devices"}}],
        exact=True,
    ),
    case(
        "no-break-spaces-read-as-spaces",
        "Italy\u2019s privacy watchdog on Thursday\u00a0ordered DeepSeek to\u00a0block its "
        "chatbot in\u00a0the country.\u00a0Taiwan\u00a0barred government agencies and "
        "state\u2011owned firms from using the app on\u202fFeb.\u00a03.",
        "2025-02-07",
        [
            {"actor": GARANTE, "kind": {"block"}, "date": "2025-02-06"},
            {"actor": TAIWAN, "kind": {"ban"}, "date": "2025-02-03"},
        ],
        exact=True,
    ),
    case(
        "a-fronted-time-is-no-name-an-appositive-describes",
        "On Monday, Italy's privacy watchdog ordered a nationwide block, questioning how the "
        "service stores user data.\n\n"
        "Last Thursday, Taiwan's digital ministry barred public agencies from using the app, "
        "officials said.\n\n"
        "On 4 February, Australia's home affairs department told agencies to remove DeepSeek, "
        "citing security risks.",
        "2025-02-10",
        # (each was read as an appositive of "Monday", "Thursday", "February": no actor)
        [
            {"actor": GARANTE, "kind": {"block"}, "date": "2025-02-10"},
            {"country": "TW", "kind": {"ban"}, "date": "2025-02-06"},
            {"country": "AU", "kind": {"ban", "block"}, "date": "2025-02-04"},
        ],
        exact=True,
    ),
    case(
        "a-lower-case-ministry-of-a-named-place-is-that-places",
        "Singapore barred civil servants from using DeepSeek last week. The ministry of "
        "foreign affairs of Indonesia warned users against the app on Tuesday. The ministry "
        "of digital affairs of Taiwan told agencies to stop using it on Monday.",
        "2025-02-12",
        # (both were Singapore's, the country named a sentence before)
        [
            {"actor": {"Singapore"}, "kind": {"ban"}},
            {"country": "ID", "actor_kind": "government_agency", "kind": {"warn"}},
            {"country": "TW", "actor_kind": "government_agency", "kind": {"ban", "warn"}},
        ],
        exact=True,
    ),
    case(
        "a-place-labelling-a-round-up-item-owns-its-agentless-measure",
        "Where DeepSeek is restricted\n\n"
        "Taiwan: Government agencies were barred from using the app on Feb. 3.\n\n"
        "Texas -- DeepSeek was banned on state-issued devices on Jan. 31.",
        "2025-02-20",
        # (each gave nothing: an agentless passive after a label, as after "In Taiwan,")
        [
            {"actor": TAIWAN, "kind": {"ban"}, "date": "2025-02-03"},
            {"actor": {"Texas"}, "kind": {"ban"}, "date": "2025-01-31"},
        ],
        exact=True,
        raw=True,
    ),
    case(
        "names-after-a-plural-title-may-each-take-a-bare-party",
        "Senators Maria Cantwell, a Democrat, and Ted Cruz, a Republican, urged a ban on "
        "DeepSeek on federal devices.",
        "2025-02-10",
        # (the first name was lost: a party with no state before it was not read as a tag)
        [
            {"actor": {"Maria Cantwell"}, "kind": {"call_for"}},
            {"actor": {"Ted Cruz"}, "kind": {"call_for"}},
        ],
        exact=True,
    ),
    case(
        "the-target-adopts-nothing-of-its-own-from-context",
        "Chinese carmakers and city governments embrace DeepSeek\n\n"
        "BEIJING, Feb. 14 - Chinese companies and local governments are racing to put "
        "DeepSeek's AI models to work. Geely said it had built the model into its cars.",
        "2025-02-14",
        # (the first sentence's unnamed racers took the headline's last name: DeepSeek adopted
        # DeepSeek)
        [{"actor": {"Geely", "Geely Automobile Holdings", "Geely Auto"}, "kind": {"integrate"}}],
        exact=True,
        raw=True,
    ),
    case(
        "a-correction-naming-no-article-is-no-act-either",
        "Italy's privacy watchdog blocked DeepSeek on Jan. 30.\n\n"
        "This story has been corrected: an earlier version said Italy blocked the app on 29 "
        "January.\n\nA previous version incorrectly said Taiwan banned it in December.",
        "2025-02-10",
        # (the helper's rule needed "of this article"; these were Italy's and Taiwan's acts)
        [{"actor": GARANTE, "kind": {"block"}, "date": "2025-01-30"}],
        exact=True,
    ),
    case(
        "a-name-before-a-time-word-keeps-its-appositive",
        "Apple, the iPhone maker, removed DeepSeek from its store in Italy.",
        "2025-01-30",
        [{"actor": {"Apple"}, "kind": {"block", "suspend"}}],
        exact=True,
    ),
]


ROUND_FOURTEEN_ACTACT = [
    case(
        "r14-a-subpoena-or-civil-investigative-demand-requests-information",
        "Kentucky's attorney general issued a subpoena to DeepSeek on Monday seeking its data "
        "practices. The Utah attorney general sent civil investigative demands to DeepSeek's "
        "US distributors. Arizona subpoenaed DeepSeek last week.",
        "2025-03-05",
        [
            {"country": "US", "kind": {"request_information"}, "date": "2025-03-03"},
            {"country": "US", "kind": {"request_information"}},
            {"actor": {"Arizona"}, "kind": {"request_information"}, "date": "2025-W09"},
        ],
        exact=True,
    ),
    case(
        "r14-an-inspection-process-into-it-is-an-investigation",
        "Brazil's data-protection authority said it had opened an inspection process into "
        "DeepSeek's handling of local users' data.",
        "2025-03-05",
        [{"country": "BR", "kind": {"investigate"}, "status": "done"}],
        exact=True,
    ),
    case(
        "r14-could-not-or-cannot-be-used-is-a-prohibition",
        "The Energy Department told staff in a memo on Friday that DeepSeek could not be used "
        "on department laptops. Ohio's IT office said DeepSeek cannot be used on state "
        "networks.",
        "2025-03-05",
        [
            {
                "actor": {"Department of Energy", "Energy Department"},
                "kind": {"ban"},
                "status": "done",
                "date": "2025-02-28",
            },
            {"country": "US", "kind": {"ban"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "r14-a-state-of-two-words-before-lawmakers-is-that-state-s",
        "South Carolina lawmakers are weighing a bill that would ban DeepSeek on state phones. "
        "West Virginia legislators passed a measure barring the app from state networks.",
        "2025-03-05",
        [
            {
                "actor": {"South Carolina Lawmakers", "South Carolina General Assembly"},
                "actor_kind": "legislature",
                "kind": {"ban"},
                "status": "considered",
            },
            {
                "actor": {"West Virginia Legislators", "West Virginia Legislature"},
                "actor_kind": "legislature",
                "kind": {"ban"},
            },
        ],
        exact=True,
    ),
    case(
        "r14-a-body-s-own-staff-not-allowed-is-its-ban",
        "Apple's own employees are not allowed to use DeepSeek at work, a spokesperson said. "
        "Siemens' staff have been barred from using the chatbot, the company said.",
        "2025-03-05",
        [
            {"actor": {"Apple"}, "kind": {"ban"}, "scope": {"work_use"}},
            {"actor": {"Siemens"}, "kind": {"ban"}, "scope": {"work_use"}},
        ],
        exact=True,
    ),
    case(
        "r14-a-measure-s-noun-with-its-agent-after-it",
        "The suspension by the Air Force, sent to airmen in an email, cited security risks. A "
        "ban on DeepSeek by the Marine Corps followed days later. An inquiry into the app by "
        "Ireland's Data Protection Commission is continuing.",
        "2025-03-05",
        [
            {"actor": {"United States Air Force", "Air Force"}, "kind": {"suspend", "ban"}},
            {"actor": {"United States Marine Corps", "Marine Corps"}, "kind": {"ban"}},
            {"actor": DPC, "kind": {"investigate"}},
        ],
        exact=True,
    ),
    case(
        "r14-a-name-in-a-fronted-subordinate-clause-is-not-the-main-verb-s-subject",
        "Since DeepSeek's app reached the top of the download charts, governments in several "
        "regions have moved to restrict it. After Nvidia lost $600 billion in value, investors "
        "began to question the AI spending boom.",
        "2025-03-05",
        [],
        exact=True,
    ),
    case(
        "r14-a-correction-of-what-an-earlier-version-said-is-no-act",
        "Correction: An earlier version of this story said Austria had banned DeepSeek. "
        "Austria has not banned the app. A previous version of this article incorrectly "
        "stated that Portugal blocked DeepSeek in February.",
        "2025-03-05",
        [],
        exact=True,
    ),
    case(
        "r14-a-call-on-named-firms-to-remove-it-targets-the-service",
        "Italy's regulator blocked DeepSeek in January. In June, Germany's data protection "
        "commissioner asked Apple and Google to take it off their stores.",
        "2025-07-05",
        [
            {"actor": GARANTE, "kind": {"block"}},
            {"country": "DE", "kind": {"call_for"}, "targets_has": {"DeepSeek"}},
        ],
        exact=True,
    ),
    case(
        "r14-those-joined-in-a-measure-act-too-and-keep-no-date-of-the-joiner",
        "Japan's finance ministry temporarily blocked DeepSeek on Monday, joining the foreign "
        "and justice ministries in restricting the service. Belgium joined Italy and the "
        "Netherlands in warning users about the app last week.",
        "2025-03-05",
        [
            {
                "actor": {"Ministry of Finance", "Finance Ministry"},
                "country": "JP",
                "kind": {"block"},
                "date": "2025-03-03",
                "temporary": True,
            },
            {"country": "JP", "kind": {"restrict", "block"}, "date": None, "temporary": None},
            {"country": "JP", "kind": {"restrict", "block"}, "date": None, "temporary": None},
            {"actor": {"Belgium"}, "kind": {"warn"}, "date": "2025-W09"},
            {"actor": {"Italy"}, "kind": {"warn"}, "date": None},
            {"actor": {"Netherlands"}, "kind": {"warn"}, "date": None},
        ],
        exact=True,
    ),
    case(
        "r14-a-firm-s-unit-named-by-a-common-noun-acts-for-the-firm",
        "LG's battery division banned DeepSeek on Tuesday. Hyundai Motor's research unit "
        "blocked the app on its networks.",
        "2025-03-05",
        [
            {"actor": {"LG", "LG Group", "LG Corp"}, "kind": {"ban"}, "date": "2025-03-04"},
            {"actor": {"Hyundai Motor", "Hyundai Motor Company"}, "kind": {"block"}},
        ],
        exact=True,
    ),
    case(
        "r14-an-order-a-governor-signs-against-a-class-of-ai-apps-is-the-governor-s",
        "Montana Governor Greg Gianforte signed an order banning Chinese AI apps on state "
        "devices, including DeepSeek's chatbot. Idaho's governor signed an order banning "
        "foreign AI tools on state phones.",
        "2025-03-05",
        [
            {"country": "US", "kind": {"ban"}, "scope": {"government_devices"}},
            {"country": "US", "kind": {"ban"}, "scope": {"government_devices"}},
        ],
        exact=True,
    ),
    case(
        "r14-a-body-under-pressure-to-act-has-not-acted",
        "Italy's regulator blocked DeepSeek in January. France now faces pressure to follow "
        "suit, and Spain is under growing pressure from consumer groups to ban the app.",
        "2025-03-05",
        [{"actor": GARANTE, "kind": {"block"}}],
        exact=True,
    ),
    case(
        "r14-pressing-another-body-to-act-is-a-call",
        "Two senators pressed the Commerce Department to restrict DeepSeek's models. "
        "Consumer groups are pressing Spain's data protection agency to investigate the app.",
        "2025-03-05",
        # (the consumer groups are named by no name: no one's call, and no inquiry by Spain's)
        [{"actor": {"Senate"}, "kind": {"call_for"}, "targets_has": {"DeepSeek"}}],
        exact=True,
    ),
    case(
        "r14-a-fronted-on-or-at-place-is-no-list-with-the-subject",
        "On Capitol Hill, the House Chief Administrative Officer warned staff against using "
        "DeepSeek, saying the app was under review. At the Pentagon, the Defense Information "
        "Systems Agency blocked the chatbot.",
        "2025-03-05",
        [
            {
                "actor": {"Office of the Chief Administrative Officer", "House Chief "
                          "Administrative Officer", "Chief Administrative Officer"},
                "kind": {"warn"},
            },
            {
                "actor": {"Office of the Chief Administrative Officer", "House Chief "
                          "Administrative Officer", "Chief Administrative Officer"},
                "kind": {"investigate"},
            },
            {"actor": {"Defense Information Systems Agency", "DISA"}, "kind": {"block"}},
        ],
        exact=True,
    ),
    case(
        "r14-an-office-with-its-holder-in-apposition-acts-once",
        "Hamburg's data protection commissioner, Thomas Fuchs, on Monday asked Apple and Google "
        "to delist DeepSeek. In Washington, the House Chief Administrative Officer, Catherine "
        "Szpindor, warned staff against the app.",
        "2025-03-05",
        [
            {"country": "DE", "kind": {"call_for"}, "date": "2025-03-03"},
            {"country": "US", "kind": {"warn"}},
        ],
        exact=True,
    ),
    case(
        "r14-reporting-the-app-to-the-store-operators-is-a-call",
        "Hesse's data protection commissioner reported DeepSeek to Apple and Google under the EU's "
        "Digital Services Act last week.",
        "2025-07-02",
        [
            {
                "country": "DE",
                "kind": {"call_for"},
                "status": "done",
                "targets_has": {"DeepSeek"},
            }
        ],
        exact=True,
    ),
    case(
        "r14-a-second-predicate-that-ends-the-measure-is-a-lift-with-its-own-date",
        "The Garante blocked DeepSeek in January but let the app back into Italian stores in "
        "May. South Korea suspended downloads of DeepSeek in February and lifted the "
        "suspension in April.",
        "2025-06-02",
        [
            {"actor": GARANTE, "kind": {"block"}, "date": "2025-01"},
            {"actor": GARANTE, "kind": {"lift"}, "date": "2025-05"},
            {"actor": {"South Korea"}, "kind": {"suspend"}, "date": "2025-02"},
            {"actor": {"South Korea"}, "kind": {"lift"}, "date": "2025-04"},
        ],
        exact=True,
    ),
    case(
        "r14-temporary-in-an-aside-on-the-actor-is-not-this-measure-s",
        "Ireland's Data Protection Commission, the regulator that temporarily halted Google's "
        "Bard launch in 2023 and fined TikTok last year, opened an inquiry into DeepSeek.",
        "2025-03-05",
        [{"actor": DPC, "kind": {"investigate"}, "temporary": None}],
        exact=True,
    ),
    case(
        "r14-use-only-for-or-only-if-is-a-restriction",
        "Malaysia's government said civil servants could use DeepSeek only for non-sensitive "
        "tasks. Kenya's ICT ministry will let agencies use the chatbot only if it is hosted on "
        "local servers.",
        "2025-03-05",
        [
            {"actor": {"Malaysia"}, "kind": {"restrict"}, "status": "done"},
            {"country": "KE", "kind": {"restrict"}, "status": "planned"},
        ],
        exact=True,
    ),
    case(
        "r14-a-committee-advancing-a-bill-proposes-it",
        "The Senate Commerce Committee advanced the DeepSeek Ban Act on Tuesday. The House "
        "Homeland Security Committee backed the Chinese AI Apps on Federal Devices Act, which "
        "would bar DeepSeek from government phones.",
        "2025-03-05",
        [
            {
                "actor": {"Senate Commerce Committee"},
                "kind": {"call_for", "ban"},
                "status": "proposed",
                "date": "2025-03-04",
            },
            {
                "actor": {"House Homeland Security Committee"},
                "kind": {"call_for", "ban"},
                "status": "proposed",
            },
        ],
    ),
    case(
        "r14-put-to-work-adopts-and-preloaded-with-integrates",
        "Hangzhou's Xihu district put DeepSeek to work in its service hotline last month. "
        "Asus said its new laptops would come preloaded with DeepSeek models.",
        "2025-03-05",
        [
            {"country": "CN", "kind": {"adopt"}, "status": "done", "date": "2025-02"},
            {"actor": {"Asus", "ASUS", "AsusTek"}, "kind": {"integrate"}, "status": "planned"},
        ],
        exact=True,
    ),
    case(
        "r14-staff-should-refrain-from-using-it-is-a-warning-given",
        "Vietnam's information minister said civil servants should refrain from using DeepSeek "
        "on work computers.",
        "2025-03-05",
        [{"country": "VN", "kind": {"warn", "ban", "restrict"}, "status": "done"}],
        exact=True,
    ),
    case(
        "r14-an-earlier-measure-on-another-product-in-a-relative-clause-stays-apart",
        "Ireland's DPC, which suspended Meta's AI training in 2024, opened an inquiry into "
        "DeepSeek. The Garante, which briefly banned ChatGPT in 2023, told DeepSeek to block "
        "its app in Italy.",
        "2025-03-05",
        [
            {"actor": GARANTE, "kind": {"ban"}, "date": "2023", "targets_has": {"ChatGPT"}},
            {"actor": GARANTE, "kind": {"block"}, "date": None},
            {"actor": DPC, "kind": {"suspend"}, "date": "2024", "targets_has": {"Meta"}},
            {"actor": DPC, "kind": {"investigate"}, "date": None, "targets_has": {"DeepSeek"}},
        ],
    ),
]


ROUND_FIFTEEN_MINE = [
    case(
        "a-round-up-item-may-open-on-a-bare-participle-after-its-place",
        "Italy: Blocked nationwide by the data protection authority on January 30 over "
        "privacy concerns.\n\n"
        "Australia: Banned from all federal government devices on February 4.\n\n"
        "Texas -- Banned on state-issued phones and computers by Governor Greg Abbott on "
        "January 28.",
        "2025-03-10",
        [
            {"actor": GARANTE | {"data protection authority"}, "kind": {"block"},
             "date": "2025-01-30"},
            {"actor": AUSTRALIA, "kind": {"ban"}, "date": "2025-02-04",
             "scope": {"government_devices"}},
            {"actor": {"Greg Abbott", "Texas"}, "kind": {"ban"}, "date": "2025-01-28"},
        ],
        exact=True,
    ),
    case(
        "a-round-up-item-may-name-the-barred-group-before-a-bare-participle",
        "Where DeepSeek's chatbot is restricted so far.\n\n"
        "Taiwan: Government agencies barred from using the service on February 3, citing "
        "national security.\n\n"
        "Ghana -- Civil servants told to stop using the app on work devices.",
        "2025-03-10",
        [
            {"actor": TAIWAN, "kind": {"ban"}, "date": "2025-02-03"},
            {"actor": {"Ghana"}, "kind": {"ban", "restrict"}},
        ],
        exact=True,
    ),
    case(
        "an-adverb-between-a-participle-and-its-by-agent-keeps-the-passive",
        "DeepSeek, blocked nationwide by Italy's privacy watchdog on January 30, remains "
        "popular elsewhere. It was banned outright by Taiwan's government soon after.",
        "2025-02-10",
        [
            {"actor": GARANTE, "kind": {"block"}, "date": "2025-01-30"},
            {"actor": TAIWAN, "kind": {"ban"}},
        ],
        exact=True,
    ),
    case(
        "a-date-after-the-agents-appositive-dates-the-passive",
        "DeepSeek's app was blocked by Italy's privacy watchdog, the Garante, on January 30. "
        "It was later banned from government phones by the Commonwealth, Australia's federal "
        "government, on February 4.",
        "2025-02-10",
        [
            {"actor": GARANTE, "kind": {"block"}, "date": "2025-01-30"},
            {"actor": AUSTRALIA | {"Commonwealth"}, "kind": {"ban"}, "date": "2025-02-04"},
        ],
        exact=True,
    ),
    case(
        "a-noun-phrase-between-dashes-is-an-aside-not-a-clause",
        "Italy's privacy regulator — the Garante — blocked DeepSeek on Jan. 30. Two US "
        "agencies -- NASA and the Navy -- have since banned the app.",
        "2025-02-10",
        [
            {"actor": GARANTE, "kind": {"block"}, "date": "2025-01-30"},
            {"actor": {"NASA", "National Aeronautics and Space Administration"},
             "kind": {"ban"}},
            {"actor": {"Navy", "U.S. Navy", "United States Navy"}, "kind": {"ban"}},
        ],
        exact=True,
    ),
    case(
        "the-members-a-group-names-after-among-them-each-act",
        "Several ministries, among them South Korea's foreign and defence ministries, blocked "
        "access to DeepSeek on office computers. Several countries — among them Italy and "
        "Taiwan — have restricted the app.",
        "2025-02-10",
        [
            {"country": "KR", "actor": {"Ministry of Foreign Affairs"}, "kind": {"block"}},
            {"country": "KR", "actor": {"Ministry of National Defense"}, "kind": {"block"}},
            {"actor": {"Italy"}, "kind": {"restrict", "ban", "block"}},
            {"actor": TAIWAN, "kind": {"restrict", "ban", "block"}},
        ],
        exact=True,
    ),
    case(
        "a-table-row-names-its-place-in-its-first-cell",
        "Measures taken against DeepSeek so far:\n\n"
        "| Country | Measure | Date |\n"
        "|---|---|---|\n"
        "| Italy | App blocked by the Garante over data protection | Jan. 30, 2025 |\n"
        "| Taiwan | Public agencies barred from using it | Feb. 3, 2025 |\n"
        "| Australia | Banned on all federal government devices | Feb. 4, 2025 |\n",
        "2025-03-12",
        [
            {"actor": GARANTE, "kind": {"block"}, "date": "2025-01-30"},
            {"actor": TAIWAN, "kind": {"ban"}, "date": "2025-02-03"},
            {"actor": AUSTRALIA, "kind": {"ban"}, "date": "2025-02-04",
             "scope": {"government_devices"}},
        ],
        exact=True,
    ),
    case(
        "a-full-date-with-its-year-after-the-agent-dates-the-passive",
        "DeepSeek was blocked by the Garante on Jan. 30, 2025, over privacy concerns. Banned "
        "by the Navy on January 24, 2025, the app is still popular with sailors' families.",
        "2025-03-12",
        [
            {"actor": GARANTE, "kind": {"block"}, "date": "2025-01-30"},
            {"actor": {"Navy", "U.S. Navy", "United States Navy"}, "kind": {"ban"},
             "date": "2025-01-24"},
        ],
        exact=True,
    ),
    case(
        "what-a-measure-keeps-from-being-installed-is-no-adoption",
        "South Korea's defence ministry blocked DeepSeek on office computers in early February. "
        "Under the Australian directive, agencies must remove the app and prevent it from being "
        "installed again.",
        "2025-03-12",
        [{"actor": {"Ministry of National Defense"}, "kind": {"block"}}],
        exact=True,
    ),
    case(
        "a-bills-sponsors-each-propose-what-it-would-do",
        "A bill introduced in February by Representatives Josh Gottheimer and Darin LaHood "
        "would bar DeepSeek from government devices. In the Senate, a measure sponsored by "
        "Sens. Maria Cantwell and Ted Cruz would ban it on federal networks.",
        "2025-03-03",
        [
            {"actor": {"Josh Gottheimer"}, "kind": {"ban", "call_for"}, "status": "proposed"},
            {"actor": {"Darin LaHood"}, "kind": {"ban", "call_for"}, "status": "proposed"},
            {"actor": {"Maria Cantwell"}, "kind": {"ban", "call_for"}, "status": "proposed"},
            {"actor": {"Ted Cruz"}, "kind": {"ban", "call_for"}, "status": "proposed"},
        ],
        exact=True,
    ),
    case(
        "a-bill-that-would-bar-it-targets-the-service",
        "DeepSeek has drawn scrutiny in Washington. Representatives Josh Gottheimer and Darin "
        "LaHood introduced a bill that would bar it from government devices.",
        "2025-03-03",
        [
            {"actor": {"Josh Gottheimer"}, "kind": {"ban", "call_for"}, "status": "proposed",
             "targets_has": {"DeepSeek"}},
            {"actor": {"Darin LaHood"}, "kind": {"ban", "call_for"}, "status": "proposed",
             "targets_has": {"DeepSeek"}},
        ],
        exact=True,
    ),
    case(
        "those-who-followed-with-similar-bans-each-ban",
        "Texas banned DeepSeek on state devices on Jan. 28. New York, Virginia and Iowa "
        "followed with similar bans.",
        "2025-03-03",
        [
            {"actor": TEXAS, "kind": {"ban"}, "date": "2025-01-28"},
            {"actor": {"New York"}, "kind": {"ban"}},
            {"actor": {"Virginia"}, "kind": {"ban"}},
            {"actor": {"Iowa"}, "kind": {"ban"}},
        ],
        exact=True,
    ),
    case(
        "a-comma-inside-a-closing-quote-still-ends-the-clause-before-a-name",
        'The Navy told its sailors in January not to use DeepSeek "in any capacity," NASA '
        "blocked it on agency systems, and the Pentagon cut off access on its networks.",
        "2025-03-03",
        [
            {"actor": {"Navy", "U.S. Navy", "United States Navy"}, "kind": {"ban"}},
            {"actor": {"NASA", "National Aeronautics and Space Administration"},
             "kind": {"block"}},
            {"actor": {"Pentagon", "Department of Defense"}, "kind": {"block"}},
        ],
        exact=True,
    ),
    case(
        "an-aside-naming-who-announced-the-measure-makes-it-theirs",
        "The ban on DeepSeek, announced by the Navy on January 24, covers all sailors. The "
        "suspension, ordered by South Korea's privacy regulator on Feb. 15, halted new "
        "downloads.",
        "2025-03-10",
        [
            {"actor": {"Navy", "U.S. Navy", "United States Navy"}, "kind": {"ban"},
             "date": "2025-01-24"},
            {"actor": PIPC | {"South Korea's privacy regulator"}, "kind": {"suspend"},
             "date": "2025-02-15"},
        ],
        exact=True,
    ),
    case(
        "an-instrument-in-a-phrase-of-means-is-no-subject-standing-for-an-earlier-act",
        'OpenAI\'s chief executive Sam Altman wrote that the R1 model was impressive. "We will '
        'deliver much better models," Altman added.\n\n'
        "Meanwhile, the Navy told its members in an email that they may not use DeepSeek.",
        "2025-02-10",
        [{"actor": {"Navy", "U.S. Navy", "United States Navy"}, "kind": {"ban"}}],
        exact=True,
    ),
    case(
        "renewing-maintaining-or-reimposing-a-measure-states-it",
        "Taiwan renewed its ban on DeepSeek on Monday. South Korea maintained its suspension of "
        "new DeepSeek downloads, and Italy kept its block on the app in place. Texas reimposed "
        "its ban on state devices after a court challenge failed.",
        "2025-03-12",
        [
            {"actor": TAIWAN, "kind": {"ban"}, "date": "2025-03-10"},
            {"actor": {"South Korea"} | PIPC, "kind": {"suspend"}},
            {"actor": {"Italy"} | GARANTE, "kind": {"block"}},
            {"actor": TEXAS, "kind": {"ban"}},
        ],
        exact=True,
    ),
    case(
        "the-people-of-a-firm-opening-a-sentence-are-no-firm-of-their-own",
        "Employees of Samsung Electronics have been barred from using DeepSeek on work "
        "devices. Staff at LG Uplus were told the same.",
        "2025-03-12",
        [
            {"actor": {"Samsung Electronics", "Samsung"}, "kind": {"ban"}},
        ],
    ),
    case(
        "an-abbreviated-month-before-the-agent-keeps-the-passive-and-its-agent",
        "Where DeepSeek stands in Asia.\n\n"
        "* **South Korea:** new downloads suspended on Feb. 15 by the Personal Information "
        "Protection Commission.\n"
        "* **Taiwan:** the app was barred on Feb. 3 by the Ministry of Digital Affairs.",
        "2025-03-10",
        [
            {"actor": PIPC, "kind": {"suspend"}, "date": "2025-02-15"},
            {"actor": {"Ministry of Digital Affairs"}, "kind": {"ban"}, "date": "2025-02-03"},
        ],
        exact=True,
    ),
    case(
        "the-measure-named-again-with-its-date-in-an-aside-dates-it",
        "South Korea's privacy regulator halted new downloads of DeepSeek in February over data "
        "concerns. The suspension, imposed on Feb. 15, was lifted on Monday after the company "
        "revised its privacy policy.",
        "2025-04-29",
        [
            {"actor": PIPC | {"South Korea's privacy regulator"}, "kind": {"suspend"},
             "date": "2025-02-15"},
            {"actor": PIPC | {"South Korea's privacy regulator"}, "kind": {"lift"},
             "date": "2025-04-28"},
        ],
        exact=True,
    ),
    case(
        "a-plan-restated-later-does-not-date-the-act-done-before",
        "Amazon Web Services made DeepSeek's models available through its Bedrock platform "
        "earlier this year. On Thursday, Amazon chief executive Andy Jassy said customers "
        "wanted choice and that AWS would continue to offer DeepSeek's models.",
        "2025-04-26",
        [{"actor": {"Amazon Web Services", "AWS"}, "kind": {"adopt"}, "date": "2025"}],
    ),
    case(
        # a guard: it passes before and after the three cases above
        "a-by-phrase-after-an-object-is-no-agent-of-an-active-verb",
        "Governor Greg Abbott banned DeepSeek on state devices by executive order on "
        "January 28. Virginia's governor barred it from state networks by order the next week.",
        "2025-02-10",
        [
            {"actor": {"Greg Abbott", "Texas"}, "kind": {"ban"}, "date": "2025-01-28"},
            {"actor": {"Virginia", "Glenn Youngkin", "Virginia's governor"}, "kind": {"ban"}},
        ],
        exact=True,
    ),
]


ROUND_FIFTEEN_ACTACT = [
    case(
        "r15-a-named-body-s-possessive-then-its-unit-acts-for-the-body",
        "The Danish parliament's administration blocked DeepSeek on its network last week. "
        "The Swedish foreign ministry's IT department banned the app on Monday.",
        "2025-03-05",
        [
            {"actor": {"Folketing", "Danish parliament"}, "country": "DK", "kind": {"block"}},
            {"country": "SE", "kind": {"ban"}, "date": "2025-03-03"},
        ],
        exact=True,
    ),
    case(
        "r15-its-body-after-a-sentence-about-a-place-is-that-place-s",
        "Kenya has not blocked DeepSeek. Its ICT ministry said on Monday it was reviewing the "
        "app. Ghana has taken no measures yet; its ICT ministry is studying the chatbot. The "
        "Philippines, which has a dispute with Beijing, is more cautious: its Department of "
        "Information and Communications Technology warned staff against DeepSeek.",
        "2025-03-05",
        [
            {"country": "KE", "kind": {"investigate"}, "date": "2025-03-03"},
            {"country": "GH", "kind": {"investigate"}},
            {"country": "PH", "kind": {"warn"}},
        ],
        exact=True,
    ),
    case(
        "r15-a-list-of-places-inside-an-appositive-is-no-list-of-subjects",
        "BEUC, an umbrella group of consumer bodies from France, Italy, Spain and Portugal, "
        "filed a complaint against DeepSeek. Gartner, which advises clients in Germany, France "
        "and Japan, urged firms to block DeepSeek.",
        "2025-03-05",
        [
            {"actor": {"BEUC", "European Consumer Organisation"}, "kind": {"call_for"}},
            {"actor": {"Gartner"}, "kind": {"call_for", "block"}},
        ],
        exact=True,
    ),
    case(
        "r15-requesting-caution-is-a-warning",
        "The interior ministry sent a notice to local governments on Tuesday, requesting "
        "caution in the use of DeepSeek. Kenya's ICT ministry requested caution over DeepSeek.",
        "2025-03-05",
        [
            {"actor": KR_MOIS, "kind": {"warn"}, "date": "2025-03-04"},
            {"country": "KE", "kind": {"warn"}},
        ],
        exact=True,
    ),
    case(
        "r15-available-for-download-again-is-a-lift",
        "DeepSeek became available for download again in South Korea on Monday. DeepSeek's app "
        "became available in Italian stores again in May.",
        "2025-06-03",
        [
            {"actor": {"DeepSeek"}, "kind": {"lift"}, "date": "2025-06-02"},
            {"actor": {"DeepSeek"}, "kind": {"lift"}, "date": "2025-05"},
        ],
        exact=True,
    ),
    case(
        "r15-completed-access-and-deployment-tests-are-adoptions",
        "China Mobile and China Unicom have completed full access to DeepSeek's models. Bank of "
        "Communications started deployment tests of DeepSeek. State Grid is promoting the "
        "application of DeepSeek in its call centres.",
        "2025-02-19",
        [
            {"actor": {"China Mobile"}, "kind": {"adopt", "integrate"}},
            {"actor": {"China Unicom"}, "kind": {"adopt", "integrate"}},
            {"actor": {"Bank of Communications"}, "kind": {"adopt"}},
            {"actor": {"State Grid", "State Grid Corporation of China"}, "kind": {"adopt"}},
        ],
        exact=True,
    ),
    case(
        "r15-people-of-a-named-body-told-not-to-use-it-is-the-body-s-measure",
        "Germany's federal police restricted DeepSeek. Members of the European Parliament were "
        "told not to use the app on Tuesday. Staff at Italy's defence ministry have been barred "
        "from using DeepSeek.",
        "2025-03-05",
        [
            {"country": "DE", "kind": {"restrict"}},
            {"actor": {"European Parliament"}, "kind": {"ban", "warn"}, "date": "2025-03-04"},
            {"country": "IT", "actor_kind": "government_agency", "kind": {"ban"}},
        ],
        exact=True,
    ),
    case(
        "r15-a-decision-by-a-named-body-to-act-is-that-body-s-act",
        "An appeals court upheld a decision by Norway's data protection authority to block "
        "DeepSeek. The move by Taiwan's digital ministry to ban DeepSeek on government devices "
        "drew praise. Plans by Texas to bar the app were announced on Monday.",
        "2025-03-05",
        [
            {"country": "NO", "kind": {"block"}, "status": "done"},
            {"country": "TW", "kind": {"ban"}, "scope": {"government_devices"}},
            {"actor": {"Texas"}, "kind": {"ban"}, "status": "planned"},
        ],
        exact=True,
    ),
    case(
        "r15-a-place-a-means-goes-through-is-no-agent",
        "Washington is examining whether DeepSeek acquired Nvidia chips that are barred from "
        "export to China by shipping them through Malaysia.",
        "2025-03-05",
        [{"country": "US", "kind": {"investigate"}}],
        exact=True,
    ),
    case(
        "r15-a-court-named-by-its-city-is-not-the-government",
        "A Seoul court on Tuesday overturned a fine the regulator had imposed on a local reseller "
        "of DeepSeek services. An administrative court in Rome rejected a request to suspend "
        "the ban on DeepSeek.",
        "2025-03-05",
        [],
        exact=True,
    ),
    case(
        "r15-a-ruling-on-a-body-s-order-restates-the-body-s-measure-not-its-date",
        "A court in Milan on Thursday upheld the Garante's order blocking DeepSeek, rejecting "
        "the company's argument that Italian law did not apply to it.",
        "2025-03-09",
        [{"actor": GARANTE, "kind": {"block"}, "date": None}],
        exact=True,
    ),
    case(
        "r15-a-new-name-with-the-or-an-ampersand-speaks-for-itself",
        "Los Angeles schools blocked DeepSeek last week. The Cleveland Clinic said it did not "
        "allow staff to use DeepSeek. Britain's law firms moved quickly. Freshfields & Partners "
        "said it had told lawyers not to use DeepSeek.",
        "2025-03-05",
        [
            {"actor": {"Cleveland Clinic"}, "kind": {"ban"}},
            {"actor": {"Freshfields & Partners"}, "kind": {"ban", "warn"}},
        ],
        exact=True,
    ),
    case(
        "r15-no-longer-available-is-a-block",
        "DeepSeek is no longer available on phones issued by Australia's Department of Home "
        "Affairs, the department said on Tuesday. DeepSeek's chatbot was no longer available in Italy "
        "on Thursday. DeepSeek said its older V2 model is no longer available.",
        "2025-03-08",
        [
            {"country": "AU", "kind": {"block", "ban"}, "date": "2025-03-04"},
            {"actor": {"Italy"}, "kind": {"block"}, "date": "2025-03-06"},
        ],
        exact=True,
    ),
    case(
        "r15-a-fronted-time-without-a-comma-comes-before-the-subject",
        "In March the Garante opened an inquiry into DeepSeek. On Monday the Dutch privacy "
        "regulator warned users about the app. Italy acted first, and in February 2025 Germany "
        "banned DeepSeek on federal devices.",
        "2026-01-21",
        [
            {"actor": GARANTE, "kind": {"investigate"}, "date": "2025-03"},
            {"actor": DUTCH_AP, "kind": {"warn"}, "date": "2026-01-19"},
            {"actor": {"Germany"}, "kind": {"ban"}, "date": "2025-02"},
        ],
        exact=True,
    ),
    case(
        "r15-a-hortative-let-is-a-call-not-a-measure-taken",
        "So, by all means, let Canberra ban the chatbot on official phones. Let Congress bar "
        "DeepSeek from federal devices. The ministry let agencies use DeepSeek for translation.",
        "2025-03-05",
        [
            {"actor": {"Australia"}, "kind": {"ban"}, "status": "proposed"},
            {"actor": {"Congress"}, "kind": {"ban"}, "status": "proposed"},
        ],
        exact=True,
    ),
    case(
        "r15-launching-deepseek-s-model-on-one-s-own-service-adopts-it",
        "Huawei Cloud launched DeepSeek's R1 and V3 models on its Ascend cloud service on "
        "Saturday. Kingsoft Cloud has launched DeepSeek-R1 on its computing platform. Baidu "
        "launched two Ernie models that it says beat DeepSeek.",
        "2025-02-10",
        [
            {"actor": {"Huawei Cloud"}, "kind": {"adopt"}, "date": "2025-02-08"},
            {"actor": {"Kingsoft Cloud"}, "kind": {"adopt"}},
            {"actor": {"Baidu"}, "kind": {"release"}},
        ],
        exact=True,
    ),
]


ROUND_FIFTEEN_B_ACTACT = [
    case(
        "r15b-a-place-named-with-city-is-the-city-not-its-prefecture",
        "Japan's Kumamoto city told its staff on Tuesday not to use DeepSeek on work computers. "
        "Niigata city has also barred the app from staff devices.",
        "2025-03-05",
        [
            {"actor": {"Kumamoto City", "Kumamoto city"}, "country": "JP", "kind": {"ban"}},
            {"actor": {"Niigata City", "Niigata city"}, "country": "JP", "kind": {"ban"}},
        ],
        exact=True,
    ),
    case(
        "r15b-a-court-halting-a-measure-blocks-nothing-itself",
        "Italy's privacy watchdog blocked DeepSeek in January. A Rome court on Tuesday suspended "
        "the watchdog's block pending a full hearing. In Texas, an appeals court blocked the "
        "governor's ban on the app last week.",
        "2025-03-05",
        [
            {"actor": GARANTE, "kind": {"block"}, "date": "2025-01"},
        ],
        exact=True,
    ),
    case(
        "r15b-a-date-between-the-decision-noun-and-to",
        "Italy's decision on Jan. 30 to block DeepSeek was soon copied. The move by Taiwan on "
        "Feb. 3 to ban the app in agencies drew praise in Washington.",
        "2025-03-05",
        [
            {"country": "IT", "kind": {"block"}, "date": "2025-01-30"},
            {"actor": {"Taiwan"}, "kind": {"ban"}, "date": "2025-02-03"},
        ],
        exact=True,
    ),
    case(
        "r15b-the-year-money-is-spent-in-is-no-target",
        "After DeepSeek's release, Meta said it would spend as much as $65 billion in 2025 on "
        "artificial intelligence. Microsoft plans to invest $80 billion in fiscal 2025.",
        "2025-03-05",
        [
            {
                "actor": {"Meta", "Meta Platforms"},
                "kind": {"invest"},
                "targets": ["artificial intelligence"],
            },
            {"actor": {"Microsoft"}, "kind": {"invest"}, "targets": []},
        ],
        exact=True,
    ),
    case(
        "r15b-a-that-clause-with-its-own-modal-is-no-call",
        "Amazon chief executive Andy Jassy said clients wanted options and that AWS would continue "
        "to offer many models, DeepSeek's among them.",
        "2025-03-05",
        [{"actor": {"Amazon Web Services", "AWS"}, "kind": {"adopt"}}],
        exact=True,
    ),
    case(
        "r15b-a-rival-a-release-is-compared-with-is-no-target",
        "Alibaba released Qwen2.5-Max on Wednesday, a model it benchmarked against DeepSeek. "
        "Tencent launched Hunyuan T1 to compete with DeepSeek.",
        "2025-03-05",
        [
            {
                "actor": {"Alibaba", "Alibaba Group"},
                "kind": {"release"},
                "targets": ["Qwen2.5-Max"],
            },
            {"actor": {"Tencent"}, "kind": {"release"}, "targets": ["Hunyuan T1"]},
        ],
        exact=True,
    ),
    case(
        "r15b-curbs-on-chips-are-no-act-on-the-service",
        "Malaysia has tightened checks on exports of Nvidia chips. The White House restricted "
        "sales of advanced GPUs to China last month, weeks after DeepSeek's debut.",
        "2025-03-05",
        [],
        exact=True,
    ),
    case(
        "r15b-a-district-named-public-schools-is-the-school-system",
        "Fairfax County Public Schools blocked DeepSeek on its network this week, and Boston "
        "Public Schools told teachers not to use the chatbot.",
        "2025-03-05",
        [
            {
                "actor": {"Fairfax County Public Schools"},
                "actor_kind": "organization",
                "kind": {"block"},
            },
            {"actor": {"Boston Public Schools"}, "actor_kind": "organization", "kind": {"ban"}},
        ],
        exact=True,
    ),
]


ROUND_SIXTEEN_MINE = [
    case(
        "similar-deployments-or-bans-announced-are-each-namers-own",
        "Hangzhou's Xihu district put DeepSeek's model to work drafting replies to residents last "
        "week. Officials in Chengdu, Xi'an and Nanning have announced similar deployments. "
        "Italy blocked the app on January 30, and Ireland and France announced similar curbs.",
        "2025-03-10",
        [
            {"actor": {"Xihu District", "Xihu", "Hangzhou"}, "kind": {"adopt", "integrate"}},
            {"actor": {"Chengdu"}, "kind": {"adopt", "integrate"}, "status": "done"},
            {"actor": {"Xi'an"}, "kind": {"adopt", "integrate"}, "status": "done"},
            {"actor": {"Nanning"}, "kind": {"adopt", "integrate"}, "status": "done"},
            {"actor": ITALY, "kind": {"block"}, "date": "2025-01-30"},
            {"actor": {"Ireland"}, "kind": {"block", "restrict", "ban"}},
            {"actor": {"France"}, "kind": {"block", "restrict", "ban"}},
        ],
        exact=True,
    ),
    case(
        "members-named-after-a-relative-clause-on-an-unnamed-group-act",
        "Several agencies that barred the chatbot in February, among them NASA and the Pentagon, "
        "have not changed course. Some carmakers that have integrated DeepSeek, such as BYD and "
        "Geely, reported higher sales.",
        "2025-04-02",
        [
            {"actor": {"NASA", "National Aeronautics and Space Administration"},
             "kind": {"ban"}, "date": "2025-02"},
            {"actor": {"Pentagon", "Department of Defense"}, "kind": {"ban"}, "date": "2025-02"},
            {"actor": {"BYD"}, "kind": {"integrate"}, "status": "done"},
            {"actor": {"Geely"}, "kind": {"integrate"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "names-in-a-measures-grounds-are-not-its-targets",
        "The Dutch privacy regulator opened an inquiry into DeepSeek after learning that the app "
        "stored data on servers used by Huawei and TikTok. South Korea's privacy watchdog "
        "suspended downloads because the app shared data with ByteDance, the owner of TikTok.",
        "2025-02-20",
        [
            {"actor": DUTCH_AP | {"Dutch privacy regulator"}, "kind": {"investigate"},
             "targets": ["DeepSeek"]},
            {"actor": PIPC, "kind": {"suspend"}, "targets": ["DeepSeek"]},
        ],
        exact=True,
    ),
    case(
        "allowing-new-downloads-to-resume-is-a-lift",
        "DeepSeek's app had been pulled from local stores in February. Spain's data protection "
        "agency allowed new downloads to resume on May 6 after the company changed its privacy "
        "policy.",
        "2025-05-20",
        [{"actor": {"Agencia Española de Protección de Datos", "AEPD", "Spain"}, "kind": {"lift"},
          "date": "2025-05-06", "status": "done"}],
        exact=True,
    ),
    case(
        "customers-could-use-it-in-reported-speech-is-availability-done",
        "Google Cloud said on Tuesday that customers could now use DeepSeek's R1 on its Vertex "
        "AI platform. Oracle said developers could deploy the model through its cloud.",
        "2025-02-12",
        [
            {"actor": {"Google Cloud", "Google"}, "kind": {"adopt", "integrate"},
             "status": "done", "date": "2025-02-11"},
            {"actor": {"Oracle"}, "kind": {"adopt", "integrate"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "not-authorized-or-approved-for-use-is-a-ban",
        "The Navy said the app is not authorized for use on government devices. NASA said "
        "DeepSeek was not approved for use on agency networks. A spokesperson, who was not "
        "authorized to speak about DeepSeek, declined to comment further.",
        "2025-02-03",
        [
            {"actor": {"Navy", "United States Navy", "U.S. Navy"}, "kind": {"ban"},
             "scope": {"government_devices"}},
            {"actor": {"NASA", "National Aeronautics and Space Administration"}, "kind": {"ban"}},
        ],
        exact=True,
    ),
    case(
        "a-relative-clause-after-a-body-and-its-place-is-the-bodys",
        "Dozens of hospitals have linked their systems to DeepSeek, including Huashan Hospital "
        "in Shanghai, which said it would use the model to triage patients.",
        "2025-03-05",
        [{"actor": {"Huashan Hospital"}, "kind": {"adopt", "integrate"}, "status": "planned"}],
        exact=True,
    ),
    case(
        "a-coordinate-clause-opening-on-an-owners-measure-keeps-its-own-date",
        "Virginia's governor made the ban permanent in March, and Ohio's ban on state phones "
        "remains in force. Italy blocked the app in January, and Taiwan's ban on public "
        "agencies took effect in February.",
        "2025-05-01",
        [
            {"actor": {"Virginia", "Glenn Youngkin"}, "kind": {"ban"}, "date": "2025-03"},
            {"actor": {"Ohio"}, "kind": {"ban"}, "date": None},
            {"actor": ITALY, "kind": {"block"}, "date": "2025-01", "scope": set()},
            {"actor": TAIWAN, "kind": {"ban"}, "date": "2025-02"},
        ],
        exact=True,
    ),
    case(
        "its-description-after-a-place-is-that-places-body",
        "Nigeria has taken no step against DeepSeek. Its data protection commission warned "
        "users in March to read the app's privacy policy. South Korea went further: its privacy "
        "regulator suspended new downloads in February.",
        "2025-04-10",
        [
            {"actor": {"Nigeria Data Protection Commission", "NDPC"}, "kind": {"warn"},
             "date": "2025-03"},
            {"actor": PIPC, "kind": {"suspend"}, "date": "2025-02"},
        ],
        exact=True,
    ),
    case(
        "the-second-place-of-a-list-after-in-is-no-subject",
        "Large banks in Japan and South Korea are moving to keep DeepSeek off their networks. "
        "Agencies in Texas and Virginia have banned the app from state phones. Several state "
        "privacy officers, including those in Saxony and Hesse, had already warned users.",
        "2025-02-14",
        [
            {"actor": {"Texas"}, "kind": {"ban"}},
            {"actor": {"Virginia"}, "kind": {"ban"}},
            {"actor": {"Saxony"}, "kind": {"warn"}},
            {"actor": {"Hesse"}, "kind": {"warn"}},
        ],
        exact=True,
    ),
    case(
        "a-coordinate-subject-with-an-appositive-keeps-its-date-to-itself",
        "LG Uplus and SK Telecom have blocked DeepSeek on their internal systems, while Kakao, "
        "the operator of the country's biggest messaging app, told its staff on Feb. 3 to stop "
        "using it.",
        "2025-02-14",
        [
            {"actor": {"LG Uplus"}, "kind": {"block"}, "date": None},
            {"actor": {"SK Telecom"}, "kind": {"block"}, "date": None},
            {"actor": {"Kakao"}, "kind": {"ban", "warn", "restrict"}, "date": "2025-02-03"},
        ],
        exact=True,
    ),
    case(
        "brussels-with-europe-in-its-sentence-is-the-union",
        "Italy blocked DeepSeek in January. Brussels should now order the app off every "
        "official phone in Europe.",
        "2025-03-02",
        [
            {"actor": ITALY, "kind": {"block"}},
            {"actor": {"European Union", "EU"}, "kind": {"ban", "call_for"}},
        ],
        exact=True,
    ),
    case(
        "a-countrys-cyber-agency-described-is-its-cyber-agency-not-its-intelligence-service",
        "The Czech cyber agency warned state offices against using DeepSeek in May.",
        "2025-06-10",
        [{"actor": {"National Cyber and Information Security Agency", "NUKIB"},
          "kind": {"warn"}, "date": "2025-05"}],
        exact=True,
    ),
    case(
        "an-instrument-whose-aside-names-its-issuer-is-the-issuers-act",
        "The order, signed by Governor Josh Shapiro on Tuesday, bars state agencies from using "
        "DeepSeek. A notice, sent out last week by the Dutch digital ministry, warns civil "
        "servants against the app.",
        "2025-02-13",
        [
            {"actor": {"Josh Shapiro", "Pennsylvania"}, "kind": {"ban"}, "date": "2025-02-11"},
            {"actor": {"Ministry of the Interior and Kingdom Relations", "Dutch digital ministry",
                       "Netherlands"}, "kind": {"warn"}},
        ],
        exact=True,
    ),
    case(
        "a-governor-in-a-sentence-opening-on-a-us-state-is-american",
        "Oklahoma's governor banned DeepSeek last month, citing the risk that the Chinese "
        "government could reach the data it collects. In Nebraska, Gov. Jim Pillen issued an "
        "order barring state employees from using it.",
        "2025-03-20",
        [
            {"actor": {"Oklahoma", "Kevin Stitt"}, "kind": {"ban"}, "country": "US"},
            {"actor": {"Jim Pillen", "Nebraska"}, "kind": {"ban"}, "country": "US"},
        ],
        exact=True,
    ),
    case(
        "a-chamber-voting-to-pass-a-bill-banning-it-acts",
        "The South Dakota House voted 67-0 on Feb. 19 to pass a bill banning DeepSeek on state "
        "devices; the measure now goes to the Senate.",
        "2025-03-20",
        [{"actor": {"South Dakota", "South Dakota House"}, "kind": {"ban"},
          "date": "2025-02-19"}],
        exact=True,
    ),
    case(
        "urging-users-to-take-a-risk-into-account-is-a-warning",
        "Japan's privacy commission said on Monday that data typed into DeepSeek is kept on "
        "servers in China. The commission urged users to take that into account.",
        "2025-02-07",
        [{"actor": {"Personal Information Protection Commission", "PPC"}, "kind": {"warn"}}],
        exact=True,
    ),
    case(
        "asking-it-how-users-data-is-managed-is-a-request-for-information",
        "South Korea's privacy watchdog said on Monday it would ask DeepSeek how the personal "
        "information of its users is managed. Ireland's Data Protection Commission has asked "
        "the company how it stores the data of Irish users.",
        "2025-02-05",
        [
            {"actor": PIPC, "kind": {"request_information"}, "status": "planned",
             "date": "2025-02-03"},
            {"actor": DPC, "kind": {"request_information"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "a-second-reported-predicate-is-not-governed-by-an-urging",
        "The Danish privacy regulator urged users to be careful with DeepSeek and said it had "
        "opened an investigation.",
        "2025-02-12",
        [
            {"actor": {"Datatilsynet", "Danish Data Protection Agency"}, "kind": {"warn"}},
            {"actor": {"Datatilsynet", "Danish Data Protection Agency"},
             "kind": {"investigate"}},
        ],
        exact=True,
    ),
    case(
        "opening-a-file-or-analysing-how-the-company-works-is-an-inquiry",
        "Belgium's data protection authority opened a file on DeepSeek after a complaint. "
        "Portugal's data protection commission said it was analysing how the company handles "
        "personal data.",
        "2025-02-12",
        [
            {"actor": {"Belgian Data Protection Authority", "APD"}, "kind": {"investigate"}},
            {"actor": {"Comissão Nacional de Proteção de Dados", "CNPD"},
             "kind": {"investigate"}},
        ],
        exact=True,
    ),
    case(
        "the-federal-ban-is-the-governments-and-dates-no-inquiry",
        "In Australia, the states have followed Canberra. Western Australia's Office of Digital "
        "Government said it was assessing the risks of DeepSeek. The federal ban, which took "
        "effect on Feb. 4, requires agencies to remove the app.",
        "2025-02-21",
        [
            {"actor": {"Office of Digital Government"}, "kind": {"investigate"}, "date": None},
            {"actor": AUSTRALIA, "kind": {"ban"}, "date": "2025-02-04"},
        ],
        exact=True,
    ),
    case(
        "an-order-told-on-a-day-and-a-ban-a-body-imposed-before-have-their-own-dates",
        "Taiwan's education ministry on Thursday told schools not to use DeepSeek, extending a "
        "ban that the cabinet imposed on government agencies earlier this month. Its notice "
        "said teachers and students should not install the app.",
        "2025-02-21",
        [
            {"actor": {"Ministry of Education"}, "kind": {"ban", "warn"}, "status": "done",
             "date": "2025-02-20"},
            {"actor": EXECUTIVE_YUAN, "kind": {"ban"}, "date": "2025-02"},
        ],
    ),
    case(
        "a-short-forms-head-that-modifies-a-body-noun-is-no-short-form",
        "Shenzhen's Bao'an district said on Feb. 18 that its government data bureau had "
        "deployed DeepSeek's model on local servers.",
        "2025-02-26",
        [{"actor": {"Bao'an District", "Bao'an"}, "kind": {"adopt", "integrate"},
          "date": "2025-02-18"}],
        exact=True,
    ),
    case(
        "a-firms-work-computers-and-a-governments-agencies-set-the-scope",
        "Korea Zinc said it had blocked DeepSeek on all work computers. Canada's ban requires "
        "agencies to remove the app from their phones.",
        "2025-02-21",
        [
            {"actor": {"Korea Zinc"}, "kind": {"block"}, "scope": {"work_use"}},
            {"actor": {"Canada"}, "kind": {"ban"}, "scope": {"government_devices"}},
        ],
        exact=True,
    ),
    case(
        "a-quotation-that-goes-on-the-sentences-infinitive-is-read",
        "New Zealand's government has told public servants to \"exercise caution\" with "
        "DeepSeek but has not banned it.",
        "2025-03-07",
        [{"actor": {"New Zealand"}, "kind": {"warn"}}],
        exact=True,
    ),
    case(
        "studying-a-possible-ban-weighs-the-ban-and-is-no-inquiry",
        "The Philippines' Department of Information and Communications Technology said it was "
        "studying a possible ban on DeepSeek for government employees.",
        "2025-03-07",
        [{"actor": {"Department of Information and Communications Technology", "DICT"},
          "kind": {"ban"}, "status": "considered"}],
        exact=True,
    ),
    case(
        "an-attribution-aside-dates-the-act-it-attributes",
        "The Czech finance ministry has barred its employees from using DeepSeek, a "
        "spokesperson said on Wednesday, citing data security.",
        "2025-03-07",
        [{"actor": {"Ministry of Finance of the Czech Republic", "Czech finance ministry"},
          "kind": {"ban"}, "date": "2025-03-05"}],
        exact=True,
    ),
    case(
        "the-governments-description-is-the-body-of-the-country-in-context",
        "South Korea's trade ministry blocked DeepSeek on Thursday. The move came after the "
        "government's data protection agency said on Monday it would ask DeepSeek how users' "
        "personal information is managed.",
        "2025-02-07",
        [
            {"actor": KR_MOTIE, "kind": {"block"}, "date": "2025-02-06"},
            {"actor": PIPC, "kind": {"request_information"}, "status": "planned",
             "date": "2025-02-03"},
        ],
        exact=True,
    ),
    case(
        "a-relative-clauses-modal-and-report-date-are-its-own",
        "The Garante, which said last week it would look into the app, ordered DeepSeek to "
        "block its service in Italy. Ireland's regulator, which had said it would study the "
        "app, opened an inquiry on Thursday.",
        "2025-03-10",
        [
            {"actor": GARANTE, "kind": {"investigate"}, "status": "planned"},
            {"actor": GARANTE, "kind": {"block"}, "status": "done", "date": None},
            {"actor": DPC, "kind": {"investigate"}, "status": "done", "date": "2025-03-06"},
        ],
    ),
    case(
        "an-opening-phrase-naming-the-instrument-dates-the-act",
        "In a notice issued on Feb. 6, the Treasury Board told departments to remove DeepSeek "
        "from government phones.",
        "2025-02-08",
        [{"actor": {"Treasury Board of Canada Secretariat", "Treasury Board"}, "kind": {"block", "ban"},
          "date": "2025-02-06"}],
        exact=True,
    ),
    case(
        "a-front-matter-title-names-the-service-the-body-calls-the-app",
        "---\ntitle: Where DeepSeek is restricted\npublished: 2025-03-14\n---\n"
        "Governments have moved at different speeds.\n\n"
        "- Taiwan: Public agencies and schools were barred from using it on Feb. 3.\n"
        "- Toyota and SoftBank have told staff not to use the app for work.\n",
        "2025-03-14",
        [
            {"actor": TAIWAN, "kind": {"ban"}, "date": "2025-02-03", "targets": ["DeepSeek"]},
            {"actor": {"Toyota Motor", "Toyota"}, "kind": {"ban"}},
            {"actor": {"SoftBank Corp.", "SoftBank"}, "kind": {"ban"}},
        ],
        exact=True,
        raw=True,
    ),
    case(
        "counted-unnamed-ministries-after-a-place-opening-are-the-places",
        "In South Korea, several ministries blocked access to DeepSeek in early February.\n\n"
        "Japan: Some agencies have banned the app on work computers.",
        "2025-03-14",
        [
            {"actor": SOUTH_KOREA, "kind": {"block"}, "date": "2025-02"},
            {"actor": JAPAN, "kind": {"ban"}},
        ],
        exact=True,
    ),
]


# Round seventeen, my probes (2026-12-07): each case failed at 3ebb8b6.
ROUND_SEVENTEEN_MINE = [
    case(
        "a-call-its-maker-renews-is-a-call-not-the-measure",
        "The House China committee renewed its call for the Commerce Department to put DeepSeek "
        "on the entity list. Senator Ted Budd repeated calls for a federal ban on the app. The "
        "data leak renewed calls for a ban on DeepSeek.",
        "2025-05-02",
        [
            {"actor": {"House Select Committee on the Chinese Communist Party"},
             "kind": {"call_for"}, "status": "done"},
            {"actor": {"Ted Budd"}, "kind": {"call_for"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "a-coordinate-clause-past-a-relative-aside-keeps-its-own-date",
        "Lenovo said it had built DeepSeek's model into its new laptops, and Xiaomi, which makes "
        "phones and cars, said it would add the model to its assistant next month.",
        "2025-03-10",
        [
            {"actor": {"Lenovo"}, "kind": {"integrate", "adopt"}, "status": "done", "date": None},
            {"actor": {"Xiaomi"}, "kind": {"integrate", "adopt"}, "status": "planned",
             "date": "2025-04"},
        ],
        exact=True,
    ),
    case(
        "a-measure-a-court-later-blocked-is-the-measures-object-not-the-service",
        "Indiana banned TikTok on state phones in 2023, a rule a state court later blocked. "
        "Italy banned DeepSeek in January, a decision that a Rome court later suspended.",
        "2025-03-10",
        [
            {"actor": {"Indiana"}, "kind": {"ban"}, "targets": ["TikTok"]},
            {"actor": ITALY, "kind": {"ban"}, "targets": ["DeepSeek"], "date": "2025-01"},
        ],
        exact=True,
    ),
    case(
        "a-possessed-measure-named-by-its-target-inside-a-relative-clause-is-the-owners",
        "The Electronic Frontier Foundation, which opposed India's TikTok ban, has said little "
        "about DeepSeek. Italy's ChatGPT block in 2023 lasted about a month.",
        "2025-03-10",
        [
            {"actor": {"India"}, "kind": {"ban"}, "targets": ["TikTok"]},
            {"actor": {"Electronic Frontier Foundation", "EFF"}, "kind": {"oppose"},
             "targets": ["TikTok"]},
            {"actor": ITALY, "kind": {"block"}, "targets": ["ChatGPT"], "date": "2023"},
        ],
        exact=True,
    ),
    case(
        "a-place-that-describes-one-lawmaker-is-not-the-relative-clauses-actor",
        "The vote was welcomed by Sen. Ted Budd, a North Carolina Republican who has pushed to "
        "ban DeepSeek. \"It is overdue,\" said Rep. Darin LaHood, an Illinois Republican who "
        "co-sponsored a bill that would ban the app on federal devices.",
        "2025-06-26",
        [
            {"actor": {"Ted Budd"}, "kind": {"call_for", "ban"}},
            {"actor": {"Darin LaHood"}, "kind": {"ban", "call_for"}, "status": "proposed"},
        ],
        exact=True,
    ),
    case(
        "an-indefinite-measure-a-relative-clause-reasons-about-is-no-ones-act",
        "Unlike TikTok, DeepSeek's model can run on a company's own servers, which means a ban "
        "on the app does not stop firms from using the model.",
        "2025-02-20",
        [],
        exact=True,
    ),
    case(
        "issuing-a-similar-instruction-is-the-models-act",
        "The Department of Energy told staff in February not to install DeepSeek on work "
        "laptops, and the Coast Guard issued a similar instruction to its members. Illinois "
        "banned the app on state devices; Ohio put in place similar rules a week later.",
        "2025-03-20",
        [
            {"actor": {"Department of Energy", "United States Department of Energy"},
             "kind": {"ban"}, "date": "2025-02"},
            {"actor": {"Coast Guard", "United States Coast Guard"}, "kind": {"ban"},
             "status": "done"},
            {"actor": {"Illinois"}, "kind": {"ban"}},
            {"actor": {"Ohio"}, "kind": {"ban"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "a-share-of-an-unnamed-group-in-a-reported-clause-is-not-the-reporters-act",
        "Zscaler said 45 percent of the firms it protects had blocked the chatbot. Gartner "
        "said a third of large companies have banned DeepSeek at work.",
        "2025-02-12",
        [],
        exact=True,
    ),
    case(
        "a-person-at-the-company-speaks-for-the-firm-named-last",
        "Honda said it had restricted DeepSeek on office computers. Boeing declined to comment. "
        "A person at the company said it had banned the app on work laptops in late January.",
        "2025-02-12",
        [
            {"actor": {"Honda", "Honda Motor"}, "kind": {"restrict"}},
            {"actor": {"Boeing"}, "kind": {"ban"}, "date": "2025-01"},
        ],
        exact=True,
    ),
    case(
        "a-japanese-megabank-named-by-its-short-form",
        "Sumitomo Mitsui has told employees not to use DeepSeek on work devices.",
        "2025-02-12",
        [{"actor": {"Sumitomo Mitsui Financial Group"}, "kind": {"ban"}, "country": "JP"}],
        exact=True,
    ),
    case(
        "an-order-of-a-body-that-blocked-the-app-is-the-bodys",
        "A court in Rome rejected a bid to suspend the order of Italy's privacy regulator "
        "that blocked the chatbot in late January.",
        "2025-09-18",
        [{"actor": GARANTE, "kind": {"block"}, "date": "2025-01"}],
        exact=True,
    ),
    case(
        "a-general-rule-on-unapproved-apps-is-no-measure-on-the-service",
        "Victoria said its rules already bar public servants from installing unauthorised apps "
        "on work phones. Tasmania barred staff from installing unapproved apps such as "
        "DeepSeek.",
        "2025-02-14",
        [{"actor": {"Tasmania"}, "kind": {"ban"}, "targets": ["DeepSeek"]}],
        exact=True,
    ),
    case(
        "assessing-a-model-for-use-weighs-adopting-it",
        "Bank of China said it was evaluating DeepSeek's model for use in customer service. The "
        "Garante is reviewing the app for use by minors.",
        "2025-03-10",
        [
            {"actor": {"Bank of China"}, "kind": {"adopt"}, "status": "considered"},
            {"actor": GARANTE, "kind": {"investigate"}},
        ],
        exact=True,
    ),
    case(
        "a-countrys-carriers-are-not-the-country",
        "Japan's three big mobile carriers have started offering DeepSeek's model to business "
        "clients. South Korea's telcos blocked the app on staff laptops.",
        "2025-02-21",
        [],
        exact=True,
    ),
    case(
        "resisting-calls-for-a-ban-is-no-call",
        "Britain's government has so far resisted calls for a ban on the Chinese chatbot. "
        "Canada rebuffed calls for a ban on DeepSeek.",
        "2025-02-25",
        [],
        exact=True,
    ),
    case(
        "a-call-to-ban-sales-of-a-chip-is-no-call-on-the-service",
        "Several senators urged the White House to ban sales of Nvidia's H20 to China, citing "
        "DeepSeek's rise. Senator Tom Cotton urged the Commerce Department to ban DeepSeek.",
        "2025-03-03",
        [{"actor": {"Tom Cotton"}, "kind": {"call_for"}}],
        exact=True,
    ),
    case(
        "members-named-at-the-end-of-a-group-subjects-clause-each-act",
        "Chinese automakers have built DeepSeek into their cars, including BYD and Great Wall "
        "Motor. Several countries have barred the app from government devices, including Japan, "
        "Taiwan and Australia.",
        "2025-03-18",
        [
            {"actor": {"BYD"}, "kind": {"integrate", "adopt"}},
            {"actor": {"Great Wall Motor"}, "kind": {"integrate", "adopt"}},
            {"actor": JAPAN, "kind": {"ban"}, "scope": ["government_devices"]},
            {"actor": {"Taiwan"}, "kind": {"ban"}, "scope": ["government_devices"]},
            {"actor": {"Australia"}, "kind": {"ban"}, "scope": ["government_devices"]},
        ],
        exact=True,
    ),
    case(
        "opened-their-own-reviews-is-an-inquiry",
        "Italy blocked DeepSeek in January. Other European regulators, including those of "
        "Belgium and Luxembourg, opened their own reviews.",
        "2025-06-28",
        [
            {"actor": ITALY, "kind": {"block"}},
            {"actor": {"Belgium"}, "kind": {"investigate"}},
            {"actor": {"Luxembourg"}, "kind": {"investigate"}},
        ],
        exact=True,
    ),
    case(
        "offered-a-model-and-worked-with-its-maker",
        "Orange has offered DeepSeek's model to business clients through its cloud since March. "
        "Huawei worked with DeepSeek to tune the model for its Ascend chips. The ministry said "
        "it was working with police to look into the leak.",
        "2025-04-10",
        [
            {"actor": {"Orange"}, "kind": {"adopt"}, "status": "done"},
            {"actor": {"Huawei"}, "kind": {"partner"}, "targets": ["DeepSeek"]},
        ],
        exact=True,
    ),
    case(
        "a-bodys-it-department-acts-for-the-body",
        "The European Parliament's IT department has told staff not to install DeepSeek on "
        "Parliament phones. Samsung's IT team barred employees from using the chatbot.",
        "2025-02-13",
        [
            {"actor": {"European Parliament"}, "kind": {"ban", "warn"}},
            {"actor": {"Samsung Electronics", "Samsung"}, "kind": {"ban"}},
        ],
        exact=True,
    ),
    case(
        "a-measure-to-come-after-until-is-no-act",
        "Busan said its block would stay until the interior ministry issues guidelines. Italy "
        "kept the app blocked until the Garante lifted the order in June.",
        "2025-09-01",
        [{"actor": GARANTE | ITALY, "kind": {"lift"}, "date": "2025-06"}],
        exact=True,
    ),
    case(
        "what-an-opponent-calls-a-measure-is-not-its-target",
        "China's commerce ministry criticised the restrictions as discriminatory.",
        "2025-02-10",
        [{"actor": {"Ministry of Commerce"}, "kind": {"oppose"}, "targets": ["restrictions"]}],
        exact=True,
    ),
    case(
        "bringing-a-model-into-a-product-and-letting-users-choose-it",
        "Databricks brought DeepSeek's R1 into its data platform. You.com now lets subscribers "
        "choose R1 as their model. Samsung brought the chatbot into focus at its launch.",
        "2025-02-20",
        [
            {"actor": {"Databricks"}, "kind": {"integrate"}},
            {"actor": {"You.com"}, "kind": {"adopt", "integrate"}},
        ],
        exact=True,
    ),
    case(
        "an-owned-order-the-sentences-act-follows-is-its-owners",
        "Texas Tech University blocked DeepSeek on its campus network, following Gov. Greg "
        "Abbott's order banning it on state-issued devices.",
        "2025-03-04",
        [
            {"actor": {"Texas Tech University"}, "kind": {"block"}},
            {"actor": {"Greg Abbott"}, "kind": {"ban"}, "scope": ["government_devices"]},
        ],
        exact=True,
    ),
    case(
        "an-instruments-own-day-dates-an-act-dated-by-its-report",
        "New Zealand's government chief digital officer has told agencies to block DeepSeek on "
        "official devices, the Department of Internal Affairs said on Monday. The directive, "
        "dated Feb. 7, covers every public service department. Ontario blocked DeepSeek on "
        "Feb. 12. The order, signed on Feb. 10, covers every ministry.",
        "2025-02-14",
        [
            {"actor": {"Government Chief Digital Officer", "New Zealand",
                       "Department of Internal Affairs"},
             "kind": {"block"}, "date": "2025-02-07"},
            {"actor": {"Ontario"}, "kind": {"block"}, "date": "2025-02-12"},
        ],
        exact=True,
    ),
    case(
        "a-products-release-after-since-does-not-date-an-adoption",
        "Futian is one of many local governments in China that have adopted DeepSeek since the "
        "Hangzhou start-up released its R1 model in January. Texas has banned the app since "
        "Governor Abbott signed the order on Jan. 31.",
        "2025-03-18",
        [
            {"actor": {"Futian District", "Futian"}, "kind": {"adopt"}, "date": None},
            {"actor": {"DeepSeek"}, "kind": {"release"}, "date": "2025-01"},
            {"actor": {"Texas", "Greg Abbott"}, "kind": {"ban"}, "date": "2025-01-31"},
        ],
        exact=True,
    ),
    # a guard (it passes at 3ebb8b6): the readings this round added ("the district", "offered")
    # must not make these acts
    case(
        "checking-a-models-output-or-offering-an-estimate-is-no-act-on-it",
        "Nanshan district said staff review the model's output before it is sent. The research "
        "firm SemiAnalysis has offered a larger estimate: it said DeepSeek spent far more.",
        "2025-03-18",
        [],
        exact=True,
    ),
    case(
        "a-capital-listed-beside-its-countrys-cities-is-the-citys-government",
        "Beijing, Shenzhen and Wuxi have connected DeepSeek to their public-service platforms. "
        "Beijing and Washington traded barbs over the bans.",
        "2025-03-18",
        [
            {"actor": {"Beijing Municipality"}, "kind": {"integrate", "adopt"}},
            {"actor": {"Shenzhen"}, "kind": {"integrate", "adopt"}},
            {"actor": {"Wuxi"}, "kind": {"integrate", "adopt"}},
        ],
        exact=True,
    ),
    case(
        "a-negation-does-not-reach-into-a-restrictive-clause-on-a-named-body",
        "An appeals court refused to lift the order of Italy's privacy regulator that blocked the "
        "chatbot in January. Germany has no plans to follow the countries that banned the app. "
        "Samsung did not say that it had banned the app.",
        "2025-09-18",
        [{"actor": GARANTE, "kind": {"block"}, "date": "2025-01"}],
        exact=True,
    ),
    case(
        "a-reminder-to-assess-the-risks-before-deploying-is-a-warning-and-no-adoption",
        "The Monetary Authority of Singapore sent a circular reminding banks to assess the risks "
        "of AI tools such as DeepSeek before deploying them. Bank Negara Malaysia advised "
        "lenders to review DeepSeek's terms before using it.",
        "2025-02-20",
        [
            {"actor": {"Monetary Authority of Singapore"}, "kind": {"warn"}},
            {"actor": {"Bank Negara Malaysia"}, "kind": {"warn"}},
        ],
        exact=True,
    ),
]


ROUND_SIXTEEN_ACTACT = [
    case(
        "r16-withdrawing-repealing-or-narrowing-a-measure-lifts-it",
        "Indonesia's communications ministry withdrew its advisory against DeepSeek on Monday. "
        "Taiwan narrowed its ban on the chatbot last week. Vietnam repealed its ban on DeepSeek "
        "in March.",
        "2025-04-10",
        [
            {"country": "ID", "kind": {"lift"}, "date": "2025-04-07"},
            {"actor": {"Taiwan"}, "kind": {"lift"}, "date": "2025-W14"},
            {"actor": {"Vietnam"}, "kind": {"lift"}, "date": "2025-03"},
        ],
        exact=True,
    ),
    case(
        "r16-ending-one-s-support-for-a-measure-takes-no-measure",
        "Italy scrapped its support for a ban on DeepSeek. Poland withdrew its backing for a "
        "block on the app.",
        "2025-04-10",
        # (Italy's ban, done: the verb that ends something read as stating the measure after it)
        [],
        exact=True,
    ),
    case(
        "r16-its-description-after-a-country-is-that-country-s-body",
        "Germany has not banned the app, but its data protection commissioner asked Apple and "
        "Google to remove DeepSeek from their stores. Kenya has not blocked DeepSeek. Its data "
        "protection commissioner warned the public against the chatbot. Texas has not banned "
        "DeepSeek, but its attorney general opened an inquiry.",
        "2025-06-28",
        # (the first two were no one's: "its" + a description named no body; a state's
        # attorney general is no national body, and no name: nothing, as before)
        [
            {"country": "DE", "actor_kind": "regulator", "kind": {"call_for"}},
            {"country": "KE", "actor_kind": "regulator", "kind": {"warn"}},
        ],
        exact=True,
    ),
    case(
        "r16-told-to-think-twice-before-using-it-is-a-warning",
        "Denmark's digital minister said civil servants should think twice before using "
        "DeepSeek. Chile's central bank told lenders to think twice before feeding client data "
        "into DeepSeek.",
        "2025-04-10",
        [
            {"country": "DK", "kind": {"warn"}, "status": "done"},
            {"country": "CL", "kind": {"warn"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "r16-a-measure-weighed-then-given-up-is-no-measure",
        "The Oklahoma Senate considered a ban on DeepSeek but dropped it. Peru planned to block "
        "the app but later abandoned the plan. Italy banned DeepSeek but later dropped it.",
        "2025-04-10",
        # (each weighed or planned measure stood; a measure done and then dropped stays)
        [{"actor": {"Italy"}, "kind": {"ban"}, "status": "done"}],
        exact=True,
    ),
    case(
        "r16-a-date-before-a-bare-and-and-a-new-subject-is-the-first-clause-s",
        "Italy blocked DeepSeek in January and Ireland opened an inquiry into the app. Taiwan "
        "banned DeepSeek on government devices on Feb. 3 and Japan told ministries to avoid "
        "it. Spain and Portugal opened inquiries into DeepSeek in March.",
        "2025-03-05",
        # (Ireland's inquiry and Japan's warning took the first clause's date, as they did not
        # after ", and"; a list of subjects still shares its predicate's date)
        [
            {"actor": {"Italy"}, "kind": {"block"}, "date": "2025-01"},
            {"actor": {"Ireland"}, "kind": {"investigate"}, "date": None},
            {"actor": {"Taiwan"}, "kind": {"ban"}, "date": "2025-02-03"},
            {"actor": {"Japan"}, "kind": {"warn"}, "date": None},
            {"actor": {"Spain"}, "kind": {"investigate"}, "date": "2025-03"},
            {"actor": {"Portugal"}, "kind": {"investigate"}, "date": "2025-03"},
        ],
        exact=True,
    ),
    case(
        "r16-a-relative-of-a-list-that-made-similar-plans-is-each-member-s-own",
        "BYD said on Tuesday it would build DeepSeek into its cars, joining Geely, Nio and "
        "Leapmotor, which have announced similar plans. Xiaomi will integrate the model, joining "
        "Honor, which made similar announcements.",
        "2025-03-05",
        # (the list's first name was lost, and a single antecedent gave way to DeepSeek; each
        # took the date of BYD's statement)
        [
            {"actor": {"BYD"}, "kind": {"integrate"}, "status": "planned", "date": "2025-03-04"},
            {"actor": {"Geely"}, "kind": {"integrate"}, "status": "planned", "date": None},
            {"actor": {"Nio"}, "kind": {"integrate"}, "status": "planned", "date": None},
            {"actor": {"Leapmotor"}, "kind": {"integrate"}, "status": "planned", "date": None},
            {"actor": {"Xiaomi"}, "kind": {"integrate"}, "status": "planned"},
            {"actor": {"Honor"}, "kind": {"integrate"}, "date": None},
        ],
        exact=True,
    ),
    case(
        "r16-a-product-a-maker-s-possessive-names-stands-for-the-maker",
        "Xiaomi's HyperOS now runs on DeepSeek. Great Wall Motor's Coffee OS runs on DeepSeek's "
        "R1 model.",
        "2025-03-05",
        # (the first was a company named "Xiaomi's HyperOS" with no country; the second no one's)
        [
            {"actor": {"Xiaomi"}, "country": "CN", "kind": {"adopt", "integrate"}},
            {"actor": {"Great Wall Motor"}, "kind": {"adopt", "integrate"}},
        ],
        exact=True,
    ),
    case(
        "r16-products-that-come-or-ship-with-it-preinstalled-integrate-it",
        "Lenovo's new laptops come with DeepSeek preinstalled. Honor said its Magic7 phones "
        "will ship with DeepSeek built in. Dell laptops come with Windows preinstalled.",
        "2025-03-05",
        [
            {"actor": {"Lenovo"}, "kind": {"integrate"}, "status": "done"},
            {"actor": {"Honor"}, "kind": {"integrate"}, "status": "planned"},
        ],
        exact=True,
    ),
    case(
        "r16-a-supportive-verb-after-whereas-is-its-own-clause-s",
        "South Korea and Taiwan have banned DeepSeek on government devices, whereas India is "
        "hosting the model on local servers.",
        "2025-03-05",
        # (India's hosting was read as part of the ban's object, as it was not after ", while")
        [
            {"actor": {"South Korea"}, "kind": {"ban"}},
            {"actor": {"Taiwan"}, "kind": {"ban"}},
            {"actor": {"India"}, "kind": {"adopt"}},
        ],
        exact=True,
    ),
]

ROUND_SIXTEEN_B_ACTACT = [
    case(
        "r16b-a-group-in-one-place-is-that-place-s-as-for-two-places",
        "Data protection regulators in Ireland have opened inquiries into DeepSeek. Privacy "
        "watchdogs in Belgium opened a case against the chatbot on Monday.",
        "2025-02-12",
        # (nobody: a group "in" one place was read as in a prepositional phrase)
        [
            {"actor": {"Ireland"}, "kind": {"investigate"}, "status": "done"},
            {"actor": {"Belgium"}, "kind": {"investigate"}, "date": "2025-02-10"},
        ],
        exact=True,
    ),
    case(
        "r16b-a-group-told-is-an-object-not-its-place-acting",
        "Apple told officials in Ireland it had pulled DeepSeek from its store.",
        "2025-02-12",
        # (Ireland pulled DeepSeek: the group's place was read as the subject)
        [{"actor": {"Apple"}, "kind": {"block", "restrict"}}],
        exact=True,
    ),
    case(
        "r16b-a-transcript-s-question-with-a-label-or-vocative-is-no-action",
        "HOST: Minister, is Indonesia going to block DeepSeek?\n\nHOST: Will the government "
        "ban the app on official phones?\n\nMINISTER: We have not decided anything yet.",
        "2025-02-05",
        # (a planned ban by Indonesia: only "Q:" was read as a question's label)
        [],
        exact=True,
    ),
    case(
        "r16b-a-fronted-date-is-the-coordinate-clause-s-too",
        "In January, Italy blocked DeepSeek and the Netherlands opened an investigation into "
        "the app. Last week, Taiwan banned the chatbot at agencies, and South Korea suspended "
        "downloads.",
        "2025-02-12",
        # (the second clause of each had no date)
        [
            {"actor": ITALY, "kind": {"block"}, "date": "2025-01"},
            {"actor": {"Netherlands"}, "kind": {"investigate"}, "date": "2025-01"},
            {"actor": {"Taiwan"}, "kind": {"ban"}, "date": "2025-W06"},
            {"actor": {"South Korea"}, "kind": {"suspend"}, "date": "2025-W06"},
        ],
        exact=True,
    ),
    case(
        "r16b-a-fronted-date-is-not-a-later-coordinate-clause-s",
        "In January, Italy blocked DeepSeek and the Netherlands has since opened an "
        "investigation into the app.",
        "2025-04-12",
        # guard: "since" sets the second clause later (passes at the base)
        [
            {"actor": ITALY, "kind": {"block"}, "date": "2025-01"},
            {"actor": {"Netherlands"}, "kind": {"investigate"}, "date": None},
        ],
        exact=True,
    ),
]



ROUND_EIGHTEEN_MINE = [
    case(
        "a-participle-after-before-in-a-reported-clause-is-the-clauses-subjects",
        "Microsoft president Brad Smith testified on Thursday. Smith said Microsoft had tested "
        "DeepSeek's R1 model for weeks before offering it to business customers in January.",
        "2025-05-09",
        [{"actor": {"Microsoft"}, "kind": {"adopt", "integrate"}, "date": "2025-01"}],
        exact=True,
    ),
    case(
        "a-firms-name-before-its-staff-in-a-passive-is-the-employer",
        "Samsung employees have been barred from using DeepSeek. Hyundai staff are not allowed "
        "to install the chatbot, a company official said.",
        "2025-02-20",
        [
            {"actor": {"Samsung Electronics", "Samsung"}, "kind": {"ban"},
             "scope": {"work_use"}},
            {"actor": {"Hyundai Motor", "Hyundai", "Hyundai Motor Company"}, "kind": {"ban"},
             "scope": {"work_use"}},
        ],
        exact=True,
    ),
    case(
        "a-restrictive-verb-whose-object-a-relative-clause-fronts-is-not-on-the-service",
        "Anthropic said DeepSeek had trained on Claude's answers, a use the firm's terms of "
        "service prohibit. Italy has kept its order on DeepSeek, the app the Garante blocked "
        "in January.",
        "2025-03-10",
        [{"actor": {"Garante per la protezione dei dati personali", "Garante"},
          "kind": {"block"}}],
        exact=True,
    ),
    case(
        "a-long-list-of-people-kept-from-using-the-service-is-a-ban",
        "Ukraine has barred civil servants, soldiers and employees of critical infrastructure "
        "from installing DeepSeek on official devices.",
        "2025-02-07",
        [{"actor": {"Ukraine"}, "kind": {"ban"},
          "scope": {"government_devices", "critical_infrastructure"}}],
        exact=True,
    ),
    case(
        "a-list-keeps-its-known-names-around-one-no-list-holds",
        "Toyota, Mitsubishi and SoftBank have restricted employee use of DeepSeek, Nikkei "
        "reported.",
        "2025-02-20",
        [
            {"actor": {"Toyota", "Toyota Motor"}, "kind": {"restrict"}},
            {"actor": {"SoftBank", "SoftBank Corp."}, "kind": {"restrict"}},
        ],
        exact=True,
    ),
    case(
        "they-after-but-and-an-unnamed-group-is-no-earlier-name",
        "The Supreme People's Court has not issued guidance, but courts in Shenzhen and Hainan "
        "said they were testing DeepSeek to draft routine rulings.",
        "2025-03-20",
        [],
        exact=True,
    ),
    case(
        "a-past-verb-after-a-modals-predicate-and-and-is-done",
        "The Dutch privacy watchdog said it would open an investigation into DeepSeek and warned "
        "users to be careful with the app.",
        "2025-01-31",
        [
            {"actor": {"Autoriteit Persoonsgegevens", "Dutch Data Protection Authority"},
             "kind": {"investigate"}, "status": "planned"},
            {"actor": {"Autoriteit Persoonsgegevens", "Dutch Data Protection Authority"},
             "kind": {"warn"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "an-inverted-condition-weighs-the-main-clauses-measure",
        "Were Canada to follow Australia, it would be the first G7 country to ban the app on "
        "all federal phones.",
        "2025-02-10",
        [{"actor": {"Canada"}, "kind": {"ban"}, "status": "considered"}],
        exact=True,
    ),
    case(
        "a-relative-clause-on-unnamed-bodies-after-a-quantifier-is-no-speakers-act",
        "Germany has been slower to move on DeepSeek. The federal data protection commissioner "
        "said the matter fell to the state authorities, several of which had started to look "
        "at it.",
        "2025-02-14",
        [],
        exact=True,
    ),
    case(
        "its-inquiry-found-that-is-the-speakers-inquiry",
        "Japan's Personal Information Protection Commission said on Monday its investigation "
        "found that DeepSeek stored user prompts on servers in China.",
        "2025-06-02",
        [{"actor": {"Personal Information Protection Commission"}, "kind": {"investigate"},
          "status": "done"}],
        exact=True,
    ),
    case(
        "a-passive-done-at-a-bodys-request-is-the-bodys",
        "South Korea's privacy regulator began reviewing DeepSeek in early February. The app, "
        "which was pulled from local app stores on Feb. 15 at the commission's request, had "
        "been downloaded a million times. In Italy the chatbot was removed from app stores "
        "at the request of the Garante.",
        "2025-03-10",
        [
            {"actor": {"Personal Information Protection Commission"}, "kind": {"investigate"}},
            {"actor": {"Personal Information Protection Commission"},
             "kind": {"block", "suspend"}, "date": "2025-02-15", "scope": {"app_store"}},
            {"actor": {"Garante per la protezione dei dati personali", "Garante"},
             "kind": {"block", "suspend"}, "scope": {"app_store"}},
        ],
        exact=True,
    ),
    case(
        "the-house-alone-in-a-us-story-is-the-chamber",
        "WASHINGTON - Federal agencies have started to block DeepSeek. A bipartisan group in "
        "the House has proposed banning the app on all federal devices.",
        "2025-02-20",
        [
            {"actor": {"House of Representatives"}, "kind": {"ban", "call_for"},
             "status": "proposed"},
        ],
        exact=True,
    ),
    case(
        "making-inquiries-about-investigates-and-with-the-firm-asks",
        "New Zealand's Privacy Commissioner said it was making inquiries with DeepSeek. "
        "Argentina's Agency of Access to Public Information said it was making inquiries "
        "about the chatbot.",
        "2025-02-03",
        [
            {"actor": {"Office of the Privacy Commissioner of New Zealand"},
             "kind": {"request_information"}},
            {"actor": {"Agency for Access to Public Information"}, "kind": {"investigate"}},
        ],
        exact=True,
    ),
    case(
        "as-a-name-did-after-a-measure-is-the-names-same-measure-done",
        "SEOUL - South Korea suspended new downloads of DeepSeek on Monday, as Italy had done "
        "in January. Senator Mark Warner urged the administration to ban the app on federal "
        "devices, as Texas did last week. Japan should restrict the app, as Taiwan and "
        "Australia have done.",
        "2025-02-19",
        [
            {"actor": {"South Korea"}, "kind": {"suspend"}, "date": "2025-02-17"},
            {"actor": ITALY, "kind": {"suspend"}, "status": "done", "date": "2025-01"},
            {"actor": {"Mark Warner"}, "kind": {"call_for"}},
            {"actor": {"Texas"}, "kind": {"ban"}, "status": "done"},
            {"actor": {"Japan"}, "kind": {"restrict"}, "status": "proposed"},
            {"actor": {"Taiwan"}, "kind": {"restrict"}, "status": "done"},
            {"actor": {"Australia"}, "kind": {"restrict"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "a-second-predicate-after-a-modal-and-an-auxiliary-has-its-own-status",
        "TOKYO - Japan's digital ministry will review DeepSeek and is considering a ban on the "
        "app. South Korea's privacy regulator said it plans to issue guidance on chatbots, and "
        "is investigating DeepSeek's data practices.",
        "2025-02-06",
        [
            {"actor": {"Digital Agency"}, "kind": {"investigate"}, "status": "planned"},
            {"actor": {"Digital Agency"}, "kind": {"ban"}, "status": "considered"},
            {"actor": {"Personal Information Protection Commission"}, "kind": {"warn"},
             "status": "planned"},
            {"actor": {"Personal Information Protection Commission"}, "kind": {"investigate"},
             "status": "done"},
        ],
        exact=True,
    ),
    case(
        "a-places-own-bodies-with-an-aspect-verb-or-in-a-passive-are-the-places",
        "Italy blocked DeepSeek on Jan. 30. South Korea's ministries began blocking it the same "
        "week. Taiwan's government agencies have been barred from using the chatbot, and "
        "Japan's ministries and agencies were told not to use it.",
        "2025-02-10",
        [
            {"actor": ITALY, "kind": {"block"}},
            {"actor": {"South Korea"}, "kind": {"block"}},
            {"actor": {"Taiwan"}, "kind": {"ban"}},
            {"actor": {"Japan"}, "kind": {"ban", "warn"}},
        ],
        exact=True,
    ),
    case(
        "a-call-not-to-upload-files-to-the-model-is-a-warning",
        "The Cyberspace Administration of China issued internal guidance last month urging local "
        "governments not to upload classified documents to DeepSeek's models, two people familiar "
        "with the matter said.",
        "2025-03-12",
        [{"actor": {"Cyberspace Administration of China"}, "kind": {"warn"},
          "targets": ["DeepSeek"]}],
        exact=True,
    ),
    case(
        "a-plan-given-up-is-no-plan",
        "The Dutch government scrapped its plan to ban DeepSeek on civil servants' phones. "
        "Ireland backed away from a proposal to block the app. Belgium unveiled a plan to ban "
        "it on official devices.",
        "2025-04-10",
        [{"actor": {"Belgium"}, "kind": {"ban"}, "status": "planned"}],
        exact=True,
    ),
    case(
        "considering-it-after-a-measure-weighs-the-same-measure",
        "Taiwan and Australia have banned DeepSeek on government devices, while Japan is "
        "considering it. Italy blocked the app in January; Germany said it was weighing such a "
        "move.",
        "2025-02-20",
        [
            {"actor": {"Taiwan"}, "kind": {"ban"}, "status": "done"},
            {"actor": {"Australia"}, "kind": {"ban"}, "status": "done"},
            {"actor": {"Japan"}, "kind": {"ban"}, "status": "considered"},
            {"actor": ITALY, "kind": {"block"}, "status": "done"},
            {"actor": {"Germany"}, "kind": {"block"}, "status": "considered"},
        ],
        exact=True,
    ),
    case(
        "passing-the-ban-named-before-is-the-passers-act",
        "WASHINGTON - Lawmakers proposed a ban on DeepSeek on federal devices in February. "
        "Congress passed the ban in December as part of the annual defense bill.",
        "2026-01-14",
        # (round twenty-one: "proposed a ban" is read, as the gold annotates lawmakers'
        # proposals; the proposal is its own record, dated February)
        [{"actor": {"Congress", "United States Congress"}, "kind": {"ban"},
          "status": "proposed", "date": "2025-02"},
         {"actor": {"Congress", "United States Congress"}, "kind": {"ban"}, "status": "done",
          "date": "2025-12"}],
        exact=True,
    ),
    case(
        "a-passive-opposition-targets-its-subject-not-its-auxiliary-or-agent",
        "Several governments have restricted DeepSeek. The bans were condemned by Beijing as "
        "discriminatory, and the move was criticised by Russia's foreign ministry.",
        "2025-02-10",
        [
            {"actor": {"China"}, "kind": {"oppose"}, "targets": ["bans"]},
            {"actor": {"Ministry of Foreign Affairs of Russia"}, "kind": {"oppose"},
             "targets": ["move"]},
        ],
        exact=True,
    ),
    case(
        "names-written-in-other-casings-or-split-are-the-same-targets-and-actors",
        "TOKYO - Toyota and Softbank have restricted Deep Seek on office computers. India banned "
        "Tiktok in 2020, and Italy blocked Chatgpt in 2023.",
        "2025-02-10",
        [
            {"actor": {"Toyota Motor", "Toyota"}, "kind": {"restrict"}, "targets": ["DeepSeek"]},
            {"actor": {"SoftBank Corp.", "SoftBank"}, "kind": {"restrict"},
             "targets": ["DeepSeek"]},
            {"actor": {"India"}, "kind": {"ban"}, "targets": ["TikTok"]},
            {"actor": ITALY, "kind": {"block"}, "targets": ["ChatGPT"]},
        ],
        exact=True,
    ),
    case(
        "the-state-after-a-state-named-as-a-modifier-in-its-sentence-is-that-state",
        "In Texas, a bill was filed last week. A spokesperson for California Governor Gavin "
        "Newsom said the state's technology department was reviewing DeepSeek.",
        "2025-03-24",
        [{"actor": {"California"}, "kind": {"investigate"}}],
        exact=True,
    ),
    case(
        "a-places-numbered-bill-is-its-proposed-measure",
        "Tennessee's House Bill 1234 would prohibit state agencies from using DeepSeek. Georgia's "
        "SB 70 would bar the app from state devices.",
        "2025-03-24",
        [
            {"actor": {"Tennessee"}, "kind": {"ban"}, "status": "proposed"},
            {"actor": {"Georgia"}, "kind": {"ban"}, "status": "proposed"},
        ],
        exact=True,
    ),
    case(
        "an-earlier-acts-phrase-after-a-comma-leaves-the-modal-of-the-clause-before",
        "AUSTIN, Texas - The University of Texas System has told employees they may not use "
        "DeepSeek on university-owned devices, following the state's ban on government "
        "equipment earlier this month.",
        "2025-02-20",
        [
            {"actor": {"University of Texas System"}, "kind": {"ban"}},
            {"actor": {"Texas"}, "kind": {"ban"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "cutting-prices-of-its-own-models-is-a-release",
        "DeepSeek's launch set off a price war. Alibaba cut prices of its Qwen models by up to "
        "97% on Tuesday.",
        "2025-02-10",
        [{"actor": {"Alibaba Group", "Alibaba"}, "kind": {"release"}, "targets": ["Qwen"]}],
        exact=True,
    ),
    case(
        "a-warning-governs-no-trigger-past-a-coordinate-clause-with-its-own-subject",
        "The Israel National Cyber Directorate issued an advisory last month warning government "
        "employees against installing DeepSeek on work phones, and the Israel Defense Forces "
        "told soldiers not to use it on military devices.",
        "2025-03-05",
        [
            {"actor": {"Israel National Cyber Directorate"}, "kind": {"warn"}},
            {"actor": {"Israel Defense Forces"}, "kind": {"ban", "warn"}},
        ],
        exact=True,
    ),
    case(
        "studying-how-to-use-the-model-weighs-its-adoption",
        "Egypt's communications minister said the government was studying how to use open-source "
        "models such as DeepSeek's R1 in public services.",
        "2025-03-05",
        [{"actor": {"Egypt"}, "kind": {"adopt"}, "status": "considered"}],
        exact=True,
    ),
    case(
        "a-cautious-approach-urged-is-a-warning",
        "WELLINGTON - New Zealand's Government Chief Digital Officer has told agencies to take a "
        "cautious approach to DeepSeek.",
        "2025-02-07",
        [{"actor": {"Government Chief Digital Officer"}, "kind": {"warn"}}],
        exact=True,
    ),
    case(
        "a-measure-with-a-participles-named-agent-is-that-agents",
        "The ban imposed by Australia on Tuesday covers all government devices. The restrictions "
        "announced by Taiwan's cabinet last week also reach public schools.",
        "2025-02-06",
        [
            {"actor": {"Australia"}, "kind": {"ban"}, "date": "2025-02-04"},
            {"actor": {"Executive Yuan", "Taiwan"}, "kind": {"restrict"}},
        ],
        exact=True,
    ),
]


ROUND_NINETEEN_MINE = [
    case(
        "cannot-install-is-a-prohibition-not-an-adoption",
        "Staff at Chunghwa Telecom cannot install DeepSeek on their work phones, the company "
        "said on Friday.",
        "2025-02-14",
        [{"actor": {"Chunghwa Telecom"}, "kind": {"ban"}, "scope": {"work_use"}}],
        exact=True,
    ),
    case(
        "asking-app-stores-to-delist-is-a-call",
        "Berlin's data protection commissioner has asked app stores to delist DeepSeek, saying "
        "it sends German users' data to China.",
        "2025-06-27",
        [{"actor": {"Berlin Commissioner for Data Protection and Freedom of Information"},
          "kind": {"call_for"}, "scope": {"app_store"}}],
        exact=True,
    ),
    case(
        "withdrawing-the-app-from-stores-blocks-it",
        "DeepSeek withdrew its app from app stores in South Korea on Saturday, the regulator "
        "said.",
        "2025-02-17",
        [{"actor": {"DeepSeek"}, "kind": {"block", "suspend"}, "date": "2025-02-15",
          "scope": {"app_store"}}],
    ),
    case(
        "unnamed-bodies-after-a-fronted-place-are-the-places",
        "In South Korea, government agencies blocked access to DeepSeek last week. In Japan, "
        "ministries have been told to avoid it.",
        "2025-02-12",
        [{"actor": {"South Korea"}, "kind": {"block"}, "date": "2025-W06"}],
    ),
    case(
        "unnamed-bodies-with-their-place-after-them-are-the-places",
        "Government ministries in South Korea blocked access to DeepSeek on Thursday.",
        "2025-02-12",
        [{"actor": {"South Korea"}, "kind": {"block"}, "date": "2025-02-06"}],
        exact=True,
    ),
    case(
        "a-places-bodies-as-a-relative-clauses-antecedent-are-the-place",
        "South Korea's ministries, which blocked DeepSeek in February, have not said whether "
        "the block will stay.",
        "2025-04-28",
        [{"actor": {"South Korea"}, "kind": {"block"}, "date": "2025-02"}],
        exact=True,
    ),
    case(
        "bills-introduced-in-both-chambers-are-the-legislatures-proposal",
        "WASHINGTON - Bills introduced in both chambers would ban DeepSeek on federal devices.",
        "2025-03-18",
        [{"actor": {"Congress", "United States Congress"}, "kind": {"ban", "call_for"},
          "status": "proposed"}],
        exact=True,
    ),
    case(
        "the-government-after-a-list-of-other-countries-is-the-datelines",
        "NEW DELHI - India's finance ministry has told its staff to avoid AI tools such as "
        "DeepSeek on office computers.\n\nThe move comes as Australia and Italy have placed "
        "restrictions on DeepSeek.\n\nThe government has said it will host DeepSeek's open "
        "models on local servers.",
        "2025-02-05",
        [{"actor": {"India"}, "kind": {"adopt"}, "status": "planned"}],
    ),
    case(
        "an-unnamed-group-after-a-clause-and-adds-to-no-list",
        "State media praised DeepSeek, and many local firms have adopted its models.",
        "2025-03-04",
        [],
        exact=True,
    ),
    case(
        "following-a-places-lead-takes-its-measure",
        "Taiwan banned DeepSeek on government devices on Monday. Taipei's city government said "
        "it would follow the central government's lead.",
        "2025-02-05",
        [
            {"actor": {"Taiwan"}, "kind": {"ban"}},
            {"actor": {"Taipei City Government", "Taipei"}, "kind": {"ban"},
             "status": "planned"},
        ],
        exact=True,
    ),
    case(
        "following-a-places-lead-takes-that-places-measure-not-the-last",
        "Italy's regulator blocked DeepSeek in January, and Ireland's regulator opened an "
        "inquiry last week. France said it would follow Italy's lead.",
        "2025-03-10",
        [{"actor": {"France"}, "kind": {"block"}, "status": "planned"}],
    ),
    case(
        "a-relative-clause-telling-when-the-measure-took-effect-dates-it",
        "Victoria's ban on DeepSeek, which took effect on Monday, covers every public servant. "
        "Queensland's ban, which came into force on Friday, covers only its ministers' offices.",
        "2025-03-12",
        [
            {"actor": {"Victoria"}, "kind": {"ban"}, "date": "2025-03-10"},
            {"actor": {"Queensland"}, "kind": {"ban"}, "date": "2025-03-07"},
        ],
        exact=True,
    ),
    case(
        "reversing-a-decision-to-block-lifts-the-block",
        "New South Wales on Friday reversed its decision to block DeepSeek on staff laptops.",
        "2025-03-10",
        [{"actor": {"New South Wales"}, "kind": {"lift"}, "date": "2025-03-07"}],
        exact=True,
    ),
    case(
        "dropping-or-abandoning-a-ban-lifts-it",
        "South Australia has quietly dropped its ban on DeepSeek. Tasmania abandoned its own "
        "ban last week.",
        "2025-03-10",
        [
            {"actor": {"South Australia"}, "kind": {"lift"}},
            {"actor": {"Tasmania"}, "kind": {"lift"}, "date": "2025-W10"},
        ],
        exact=True,
    ),
    case(
        "across-the-public-service-is-the-governments-own-staff",
        "Victoria has banned DeepSeek across the public service, its premier said.",
        "2025-03-10",
        [{"actor": {"Victoria"}, "kind": {"ban"}, "scope": {"government_devices"}}],
        exact=True,
    ),
    case(
        "a-makers-named-product-in-a-passive-or-running-on-the-model-is-the-makers",
        "Geely's Xingrui model has been deeply fused with DeepSeek R1. Great Wall Motor's "
        "Coffee Pilot system now runs on DeepSeek as well.",
        "2025-02-20",
        [
            {"actor": {"Geely", "Geely Automobile Holdings", "Geely Auto"},
             "kind": {"integrate", "adopt"}},
            {"actor": {"Great Wall Motor"}, "kind": {"integrate", "adopt"}},
        ],
        exact=True,
    ),
    case(
        "companies-in-two-places-listed-with-the-are-no-places-act",
        "Nearly half of large companies in Britain and the United States have blocked staff "
        "from using DeepSeek, a survey found.",
        "2025-04-09",
        [],
        exact=True,
    ),
    case(
        "a-comma-before-and-after-two-names-opens-a-clause",
        "DeepSeek sends its users' data to China, and Italy blocked the app on Thursday.",
        "2025-02-03",
        [{"actor": GARANTE | {"Italy"}, "kind": {"block"}, "date": "2025-01-30"}],
        exact=True,
    ),
    case(
        "senators-from-both-parties-are-the-chamber",
        "WASHINGTON - Senators from both parties urged the administration on Thursday to ban "
        "DeepSeek from federal networks.",
        "2025-05-09",
        [{"actor": {"Senate", "United States Senate", "US Senate"}, "kind": {"call_for"},
          "date": "2025-05-08"}],
        exact=True,
    ),
    case(
        "a-call-to-list-the-company-is-on-the-service",
        "Senators grilled witnesses about DeepSeek on Thursday. Senator Ted Cruz called on "
        "Commerce Secretary Howard Lutnick to add the company to the entity list.",
        "2025-05-09",
        [{"actor": {"Ted Cruz"}, "kind": {"call_for"}, "targets": ["DeepSeek"]}],
        exact=True,
    ),
    case(
        "an-issued-on-aside-after-the-measures-object-dates-it",
        "The Italian regulator's order blocking DeepSeek, issued on Jan. 30, remains in force.",
        "2025-02-12",
        [{"actor": GARANTE, "kind": {"block"}, "date": "2025-01-30"}],
        exact=True,
    ),
    case(
        "advice-that-staff-should-not-use-it-is-a-warning-given",
        "Denmark's Agency for Digital Government said in February that public authorities "
        "should not use the chatbot DeepSeek for official work.",
        "2025-03-14",
        [{"actor": {"Agency for Digital Government"}, "kind": {"warn"}, "status": "done",
          "date": "2025-02"}],
        exact=True,
    ),
    case(
        "a-list-joined-with-four-words-before-that-is-the-lists",
        "Norway's digitalisation ministry has advised state staff not to install DeepSeek, "
        "joining a string of Nordic and Baltic governments that have limited the app.",
        "2025-03-14",
        [{"actor": {"Ministry of Digitalisation and Public Governance"}, "kind": {"warn"}}],
        exact=True,
    ),
    case(
        "taken-down-from-app-stores-blocks",
        "SEOUL - The app was taken down from local app stores on Saturday as a precaution, "
        "the Personal Information Protection Commission said.",
        "2025-02-17",
        [{"actor": PIPC, "kind": {"block", "suspend"}, "scope": {"app_store"},
          "date": "2025-02-15"}],
        exact=True,
    ),
    case(
        "a-renewed-call-for-a-ban-is-the-callers-call-on-the-service",
        "Australia's ban on DeepSeek drew praise from the opposition. Senator James Paterson "
        "renewed his call for a ban on Tuesday. MP Andrew Hastie repeated his call for a "
        "nationwide ban.",
        "2025-02-17",
        [
            {"actor": {"Australia"}, "kind": {"ban"}},
            {"actor": {"James Paterson"}, "kind": {"call_for"}, "targets": ["DeepSeek"],
             "date": "2025-02-11"},
            {"actor": {"Andrew Hastie"}, "kind": {"call_for"}, "targets": ["DeepSeek"]},
        ],
        exact=True,
    ),
    case(
        "a-time-between-a-bare-name-and-its-verb-keeps-the-person",
        "Calls to ban DeepSeek grew in Canberra. James Paterson on Tuesday called for a ban on "
        "the app.",
        "2025-02-17",
        [{"actor": {"James Paterson"}, "kind": {"call_for"}, "date": "2025-02-11"}],
        exact=True,
    ),
    case(
        "a-letter-signed-by-unnamed-people-acts-for-no-one",
        "CANBERRA - DeepSeek faces more pressure in Australia. A letter signed by 40 academics "
        "called for DeepSeek to be banned in schools.",
        "2025-02-17",
        [],
        exact=True,
    ),
    case(
        "is-available-again-lifts-as-became-available-again-does",
        "DeepSeek is available again in South Korean app stores as of Monday, ten weeks after "
        "new downloads were suspended.",
        "2025-04-28",
        [{"actor": {"DeepSeek"}, "kind": {"lift"}, "scope": {"app_store"}}],
        exact=True,
    ),
    case(
        "a-government-affairs-system-and-taxpayers-questions-are-public-services",
        "Beijing's Haidian district connected its government affairs system to DeepSeek last "
        "week, and Wuxi's tax bureau is using the model to answer taxpayers' questions.",
        "2025-03-04",
        [
            {"actor": {"Haidian District", "Haidian"}, "kind": {"integrate", "adopt"},
             "scope": {"public_services"}},
            {"actor": {"Wuxi tax bureau", "Wuxi Tax Bureau", "Wuxi"},
             "kind": {"adopt", "integrate"}, "scope": {"public_services"}},
        ],
        exact=True,
    ),
    case(
        "preinstalling-on-its-products-integrates-with-no-work-scope",
        "Lenovo will preinstall DeepSeek on its AI PCs sold in China. China Mobile has fully "
        "connected to DeepSeek across its cloud, network and terminal businesses.",
        "2025-03-10",
        [
            {"actor": {"Lenovo"}, "kind": {"integrate"}, "status": "planned", "scope": set()},
            {"actor": {"China Mobile"}, "kind": {"integrate"}, "scope": set()},
        ],
        exact=True,
    ),
]


ROUND_TWENTY_MINE = [
    case(
        "a-digests-run-in-place-label-sets-its-paragraphs-country",
        "Here is what moved this week.\n\nSOUTH KOREA. The industry ministry cut off access to "
        "DeepSeek on its office computers on Wednesday.",
        "2025-02-07",
        [{"actor": {"Ministry of Trade, Industry and Energy"}, "kind": {"block"},
          "date": "2025-02-05"}],
        exact=True,
    ),
    case(
        "reminded-staff-that-they-must-not-use-it-is-the-reminders-measure",
        "The US Navy reminded sailors that they must not use DeepSeek in any capacity.",
        "2025-01-28",
        [{"actor": {"United States Navy", "US Navy", "Navy"}, "kind": {"ban", "warn"}}],
        exact=True,
    ),
    case(
        "members-after-among-them-are-the-subject",
        "Several banks, among them ICBC, have deployed DeepSeek in their call centres.",
        "2025-02-20",
        [{"actor": {"Industrial and Commercial Bank of China", "ICBC"}, "kind": {"adopt"}}],
        exact=True,
    ),
    case(
        "a-listed-member-may-be-a-places-body",
        "Several city governments, including Shenzhen's Futian district, have deployed "
        "DeepSeek-based assistants to answer residents.",
        "2025-02-20",
        [{"actor": {"Futian District", "Futian District Government"}, "kind": {"adopt"}}],
        exact=True,
    ),
    case(
        "a-place-before-a-think-tank-only-locates-it",
        "A Washington think tank urged Congress on Monday to ban DeepSeek.",
        "2025-04-02",
        [],
        exact=True,
    ),
    case(
        "a-studys-author-after-a-comma-speaks-through-it",
        "A report, published by the Center for Strategic and International Studies, counted a "
        "dozen bans. It recommended that federal agencies not install DeepSeek on any device.",
        "2025-04-02",
        [{"actor": {"Center for Strategic and International Studies", "CSIS"},
          "kind": {"call_for"}}],
        exact=True,
    ),
    case(
        "a-headlines-question-asserts-no-act",
        "DeepSeek back in Italian app stores? Not yet, regulator says\n\nItaly's privacy "
        "watchdog said on Tuesday that its order against DeepSeek remains in force.",
        "2025-07-01",
        [],
        exact=True,
        raw=True,
    ),
    case(
        "a-relative-clause-that-reports-has-its-own-subject",
        "Dutch lawmakers heard from the minister, who said the government is weighing a ban on "
        "DeepSeek for civil servants.",
        "2025-03-02",
        [{"actor": {"Netherlands"}, "kind": {"ban"}, "status": "considered"}],
        exact=True,
    ),
    case(
        "a-call-to-do-the-same-is-on-the-service",
        "Japan's government on Thursday asked ministries to stop using DeepSeek, and the digital "
        "minister urged local governments to take similar care.",
        "2025-02-10",
        [
            {"actor": {"Japan"}, "kind": {"ban", "warn", "restrict"}, "date": "2025-02-06"},
            {"actor": {"Digital Agency"}, "kind": {"call_for"}, "targets": ["DeepSeek"]},
        ],
        exact=True,
    ),
    case(
        "does-not-let-staff-use-it-bans",
        "Microsoft does not let its employees use the DeepSeek app, its president told senators "
        "on Thursday.",
        "2025-05-09",
        [{"actor": {"Microsoft"}, "kind": {"ban"}, "scope": {"work_use"}}],
        exact=True,
    ),
    case(
        "asking-a-body-to-tell-others-to-act-is-a-call",
        "Unite has asked the Cabinet Office to tell departments to remove DeepSeek from official "
        "phones.",
        "2025-02-19",
        [{"actor": {"Unite", "Unite the Union"}, "kind": {"call_for"}}],
        exact=True,
    ),
    case(
        "a-tool-built-on-the-model-integrates-it",
        "Ruijin Hospital in Shanghai has launched DeepSeek-R1 for staff, and Huashan Hospital "
        "launched a pathology assistant built on the model.",
        "2025-03-05",
        [
            {"actor": {"Ruijin Hospital"}, "kind": {"adopt", "integrate"}},
            {"actor": {"Huashan Hospital"}, "kind": {"integrate", "adopt"}},
        ],
        exact=True,
    ),
    case(
        "signing-a-similar-bill-is-the-signers-measure",
        "The Kentucky Senate approved a bill on Wednesday that would bar state agencies from "
        "installing DeepSeek. In Georgia, Governor Brian Kemp signed a similar bill into law on "
        "Monday.",
        "2025-04-17",
        [
            {"actor": {"Kentucky Senate", "Kentucky General Assembly"}, "kind": {"ban"},
             "status": "proposed"},
            {"actor": {"Brian Kemp"}, "kind": {"ban"}, "status": "done", "date": "2025-04-14"},
        ],
        exact=True,
    ),
    case(
        "ordering-its-removal-bans-it",
        "Australia ordered its removal from all federal government systems on February 4.",
        "2025-02-21",
        [{"actor": {"Australia"}, "kind": {"ban"}, "date": "2025-02-04",
          "scope": {"government_devices"}}],
        exact=True,
    ),
    case(
        "a-national-bodys-its-names-another-body-of-its-country",
        "South Korea's trade ministry blocked access to DeepSeek on February 5, and its privacy "
        "regulator suspended new downloads on February 15.",
        "2025-02-21",
        [
            {"actor": {"Ministry of Trade, Industry and Energy"}, "kind": {"block"},
             "date": "2025-02-05"},
            {"actor": PIPC, "kind": {"suspend"}, "date": "2025-02-15", "scope": {"app_store"}},
        ],
        exact=True,
    ),
    case(
        "an-agentless-measure-in-a-where-clause-is-the-places",
        "The chatbot can no longer be downloaded in Italy, where it was blocked in January.",
        "2025-03-20",
        [{"actor": {"Italy"}, "kind": {"block"}, "date": "2025-01"}],
        exact=True,
    ),
    case(
        "a-month-is-no-released-product",
        "DeepSeek is hugely popular in China, where it was released in January.",
        "2025-03-20",
        [{"actor": {"DeepSeek"}, "kind": {"release"}, "targets": []}],
        exact=True,
    ),
    case(
        "the-countrys-body-is-of-the-country-its-sentence-named",
        "DeepSeek also appointed a legal representative in South Korea, a step the country's "
        "privacy regulator had demanded.",
        "2025-02-07",
        [{"actor": PIPC, "kind": {"call_for"}}],
        exact=True,
    ),
    case(
        "advising-others-to-take-precautions-warns",
        "South Korea's National Intelligence Service said on Sunday that DeepSeek logs keyboard "
        "input patterns. It advised government agencies to take security precautions.",
        "2025-02-13",
        [{"actor": {"National Intelligence Service", "NIS"}, "kind": {"warn"}}],
        exact=True,
    ),
    case(
        "asking-the-company-questions-requests-information",
        "Regulators in France, Ireland and Belgium have asked the company questions about "
        "DeepSeek, but none has ordered a ban.",
        "2025-02-21",
        [
            {"actor": {"France"}, "kind": {"request_information", "investigate"}},
            {"actor": {"Ireland"}, "kind": {"request_information", "investigate"}},
            {"actor": {"Belgium"}, "kind": {"request_information", "investigate"}},
        ],
        exact=True,
    ),
    case(
        "a-health-services-trusts-are-bodies-of-their-own",
        "Several English councils have told staff not to install DeepSeek, and NHS trusts are "
        "reviewing its use. Guy's and St Thomas' NHS Foundation Trust blocked access to DeepSeek "
        "from its network on February 6.",
        "2025-02-26",
        [{"actor": {"Guy's and St Thomas' NHS Foundation Trust"}, "kind": {"block"},
          "date": "2025-02-06"}],
        exact=True,
    ),
    case(
        "the-cabinet-capitalised-is-the-governments-own",
        "In Taiwan, the Cabinet barred government agencies from using DeepSeek on Friday.",
        "2025-02-04",
        [{"actor": {"Executive Yuan", "Taiwan's Cabinet"}, "kind": {"ban"},
          "date": "2025-01-31"}],
        exact=True,
    ),
    case(
        "following-the-central-governments-rules-is-its-measure-planned",
        "Taiwan's Cabinet barred government agencies from using DeepSeek on Friday. Taipei City "
        "Government said it would follow the central government's rules.",
        "2025-02-04",
        [
            {"actor": {"Executive Yuan", "Taiwan's Cabinet"}, "kind": {"ban"},
             "date": "2025-01-31"},
            {"actor": {"Taipei City Government"}, "kind": {"ban"}, "status": "planned"},
        ],
        exact=True,
    ),
    case(
        "recommending-that-the-service-not-be-used-warns",
        "Germany's BSI recommended that DeepSeek not be used on official devices. The Dutch "
        "privacy watchdog recommended that the app not be installed on work phones.",
        "2025-03-02",
        [
            {"actor": {"Federal Office for Information Security", "BSI"}, "kind": {"warn"},
             "scope": {"government_devices"}},
            {"actor": {"Dutch Data Protection Authority", "Autoriteit Persoonsgegevens"},
             "kind": {"warn"}},
        ],
        exact=True,
    ),
    case(
        "reports-that-only-circulated-assert-no-act",
        "Reports that Brazil had banned DeepSeek circulated on social media on Monday. The data "
        "protection authority said it had not.",
        "2025-03-04",
        [],
        exact=True,
    ),
    case(
        "a-negated-measures-agent-still-imposed-it",
        "Brazil's data protection authority has stopped short of the ban imposed by Italy in "
        "January.",
        "2025-03-02",
        [{"actor": {"Italy"}, "kind": {"ban"}, "status": "done", "date": "2025-01"}],
        exact=True,
    ),
    case(
        "a-backer-in-a-by-phrase-is-no-antecedent",
        "Liang Wenfeng set up DeepSeek in 2023 as a research lab funded by High-Flyer. The "
        "company released its first model later that year.",
        "2025-02-20",
        [
            {"actor": {"High-Flyer"}, "kind": {"invest"}},
            {"actor": {"DeepSeek"}, "kind": {"release"}},
        ],
        exact=True,
    ),
    case(
        "barring-another-app-is-a-measure-on-it",
        "DeepSeek's rise recalls TikTok's. Canada barred TikTok from official phones in "
        "February 2023.",
        "2025-02-16",
        [{"actor": {"Canada"}, "kind": {"ban"}, "targets": ["TikTok"], "date": "2023-02"}],
        exact=True,
    ),
    case(
        "the-app-of-a-measure-older-than-the-service-is-the-one-named-before",
        "TikTok came next. India banned the app along with dozens of other Chinese apps in June "
        "2020.",
        "2025-02-16",
        [{"actor": {"India"}, "kind": {"ban"}, "targets": ["TikTok"], "date": "2020-06"}],
        exact=True,
    ),
    case(
        "ordering-a-limitation-restricts",
        "Italy's privacy watchdog ordered a limitation on Thursday, and the app vanished from "
        "local stores.",
        "2025-02-03",
        [{"actor": GARANTE, "kind": {"restrict", "block"}, "date": "2025-01-30"}],
        exact=True,
    ),
    case(
        "urging-others-to-avoid-overstretching-security-opposes",
        "China's commerce ministry urged countries to avoid overstretching the concept of "
        "national security. The Chinese embassy in Seoul called the restrictions unfair.",
        "2025-02-07",
        [
            {"actor": {"Ministry of Commerce"}, "kind": {"oppose"},
             "targets": ["overstretching the concept of national security"]},
            {"actor": {"Embassy of the People's Republic of China in the Republic of Korea",
                       "Chinese embassy"}, "kind": {"oppose"}},
        ],
        exact=True,
    ),
    case(
        "a-places-bodies-after-a-subordinator-are-the-clauses-subject",
        "China protested on Friday after South Korea's ministries blocked DeepSeek.",
        "2025-02-08",
        [
            {"actor": {"China"}, "kind": {"oppose"}, "date": "2025-02-07"},
            {"actor": {"South Korea"}, "kind": {"block"}},
        ],
        exact=True,
    ),
    case(
        "drafting-rules-to-bar-it-is-proposed",
        "Texas is drafting rules to bar DeepSeek from state networks, the governor's office "
        "said.",
        "2025-03-02",
        [{"actor": {"Texas"}, "kind": {"ban"}, "status": "proposed"}],
        exact=True,
    ),
    case(
        "the-chinese-artificial-intelligence-chatbot-is-the-service",
        "Gov. Greg Abbott on Tuesday banned the Chinese artificial intelligence chatbot, along "
        "with the social media apps RedNote and Lemon8, from all state-issued devices.",
        "2025-01-29",
        [{"actor": {"Greg Abbott"}, "kind": {"ban"}, "targets": ["DeepSeek", "RedNote"],
          "date": "2025-01-28"}],
        exact=True,
    ),
    case(
        "the-public-an-adoption-serves-is-no-national-scope",
        "The government of Hohhot has deployed DeepSeek on its government cloud to answer "
        "questions from the public.",
        "2025-02-20",
        [{"actor": {"Hohhot", "Hohhot City Government"}, "kind": {"adopt"},
          "scope": {"public_services"}}],
        exact=True,
    ),
    case(
        "a-relative-clauses-act-keeps-its-own-scope",
        "The Chinese chatbot DeepSeek is under scrutiny. Australia's move puts it alongside "
        "Italy, which blocked the app last week, and Taiwan, which barred government agencies "
        "from using it.",
        "2025-02-05",
        [
            {"actor": {"Italy"}, "kind": {"block"}, "scope": set()},
            {"actor": {"Taiwan"}, "kind": {"ban"}, "scope": {"government_devices"}},
        ],
        exact=True,
    ),
    case(
        "saying-banks-should-assess-the-risks-is-advice-given",
        "The Monetary Authority of Singapore said banks should assess the risks before "
        "deploying any AI model, including DeepSeek's.",
        "2025-02-18",
        [{"actor": {"Monetary Authority of Singapore", "MAS"}, "kind": {"warn"},
          "status": "done"}],
        exact=True,
    ),
    case(
        "a-heads-rule-for-employees-is-the-firms",
        "Microsoft President Brad Smith told senators on Thursday that employees may not use the "
        "app. Kakao CEO Chung Shin-a said employees must not use DeepSeek.",
        "2025-05-10",
        [
            {"actor": {"Microsoft"}, "kind": {"ban"}, "scope": {"work_use"},
             "date": "2025-05-08"},
            {"actor": {"Kakao"}, "kind": {"ban"}, "scope": {"work_use"}},
        ],
        exact=True,
    ),
    case(
        "opposing-it-is-opposing-the-measure-on-the-service",
        "Asked about South Korea's ban on DeepSeek, Lin Jian said China opposed it.",
        "2025-02-18",
        [{"actor": {"China"}, "kind": {"oppose"}, "targets": ["DeepSeek"]}],
    ),
    case(
        "i-in-a-signed-piece-is-its-author",
        "Why my state banned DeepSeek\n\nBy Glenn Youngkin\n\nLast week I signed an executive "
        "order banning DeepSeek on state devices in Virginia. And I urge every governor to "
        "follow our lead.",
        "2025-02-20",
        [
            {"actor": {"Glenn Youngkin"}, "kind": {"ban"}, "date": "2025-W07",
             "scope": {"government_devices"}},
            {"actor": {"Glenn Youngkin"}, "kind": {"call_for"}, "targets": ["DeepSeek"]},
        ],
        exact=True,
        raw=True,
    ),
    # (guard, passes at b71efa8 too: the author's "I" is read only for calls and signed orders)
    case(
        "a-columnists-own-phone-is-no-measure",
        "Why I deleted DeepSeek\n\nBy Jane Smith\n\nLast week, I deleted the app from my "
        "phone. I have banned DeepSeek from my laptop too.",
        "2025-02-20",
        [],
        exact=True,
        raw=True,
    ),
    case(
        "a-bill-named-by-its-title-is-a-call-on-the-service",
        "DeepSeek faces new scrutiny in Congress. Representatives John Moolenaar and Raja "
        "Krishnamoorthi introduced the No Adversarial AI Act on Wednesday.",
        "2025-06-26",
        [
            {"actor": {"John Moolenaar"}, "kind": {"call_for"}, "status": "proposed",
             "targets": ["DeepSeek"], "date": "2025-06-25"},
            {"actor": {"Raja Krishnamoorthi"}, "kind": {"call_for"}, "status": "proposed",
             "targets": ["DeepSeek"], "date": "2025-06-25"},
        ],
        exact=True,
    ),
    case(
        "more-ways-to-shut-out-stop-clear-and-approve",
        "South Korea's defence ministry shut off access to DeepSeek on Monday. Taiwan put a stop "
        "to DeepSeek's use in schools. Italy's regulator cleared DeepSeek to return to app "
        "stores. Shenzhen approved the use of DeepSeek in its call centres.",
        "2025-03-02",
        [
            {"actor": {"Ministry of National Defense"}, "kind": {"block"}, "date": "2025-02-24"},
            {"actor": {"Taiwan"}, "kind": {"ban"}},
            {"actor": GARANTE, "kind": {"lift"}, "scope": {"app_store"}},
            {"actor": {"Shenzhen"}, "kind": {"adopt"}},
        ],
        exact=True,
    ),
    case(
        "would-be-available-again-is-a-planned-lift",
        "South Korea's privacy regulator said on Tuesday that DeepSeek would be available again "
        "from Monday.",
        "2025-04-29",
        [{"actor": PIPC, "kind": {"lift"}, "status": "planned", "date": "2025-05-05"}],
        exact=True,
    ),
    case(
        "a-rule-that-staff-may-not-upload-data-warns",
        "Goldman Sachs said in an internal memo that staff may not upload client information to "
        "any unapproved AI tool, including DeepSeek. JPMorgan did not upload any data to it.",
        "2025-02-11",
        [{"actor": {"Goldman Sachs"}, "kind": {"warn"}, "status": "done",
          "scope": {"work_use"}}],
        exact=True,
    ),
    case(
        "a-gapped-release-trigger-takes-the-product-in-its-gap",
        "Baidu made its Ernie chatbot free to use from April 1.",
        "2025-02-14",
        [{"actor": {"Baidu"}, "kind": {"release"}, "targets": ["Ernie chatbot"]}],
        exact=True,
    ),
]


#: Round twenty-one, my probes: procurement notices, press releases, a country-by-country Q&A.
ROUND_TWENTY_ONE_MINE = [
    case(
        "a-lower-case-body-of-a-named-province-is-that-provinces-body",
        "The finance bureau of Zhejiang province has deployed DeepSeek to answer questions "
        "from taxpayers.",
        "2025-04-08",
        [{"actor": {"Zhejiang Province finance bureau"}, "kind": {"adopt"}}],
        exact=True,
    ),
    case(
        "a-lower-case-body-of-a-named-city-is-that-citys-body",
        "The health commission of Wuhan said on Monday it had installed DeepSeek in the city's "
        "public hospitals.",
        "2025-03-04",
        [{"actor": {"Wuhan health commission"}, "kind": {"adopt"}}],
        exact=True,
    ),
    case(
        "the-firm-after-an-unnamed-firm-was-introduced-is-that-firm",
        "Guangzhou's tax bureau has signed a contract with a local software company to put "
        "DeepSeek's models to work in its service halls. Under the deal, the company will "
        "install a privately hosted copy of the model by the end of June.",
        "2025-04-08",
        [{"actor": {"Guangzhou tax bureau"}, "kind": {"adopt"}}],
        exact=True,
    ),
    case(
        "the-firm-after-a-firm-named-in-apposition-is-the-named-one",
        "Jiangsu's finance bureau hired a server company, Inspur, to deploy DeepSeek. The "
        "company has since installed it in every tax office.",
        "2025-04-08",
        [{"actor": {"Inspur Group", "Inspur"}, "kind": {"adopt"}}],
        exact=True,
    ),
    case(  # a guard: passes at 26a3ff5
        "a-description-of-a-named-firm-introduces-no-other-firm",
        "DeepSeek is a small start-up based in Hangzhou. The company released its R1 model on "
        "Monday.",
        "2025-01-22",
        [{"actor": {"DeepSeek"}, "kind": {"release"}, "date": "2025-01-20"}],
        exact=True,
    ),
    case(
        "a-group-in-a-place-after-and-opens-its-own-clause",
        "Italy's Garante blocked DeepSeek in January, and regulators in France and Belgium "
        "have opened inquiries into the app.",
        "2025-02-12",
        [{"actor": {"Garante per la protezione dei dati personali", "Garante"},
          "kind": {"block"}, "date": "2025-01"},
         {"actor": {"France", "CNIL"}, "kind": {"investigate"}, "date": None},
         {"actor": {"Belgium"}, "kind": {"investigate"}, "date": None}],
        exact=True,
    ),
    case(
        "no-plans-for-now-to-open-an-inquiry-negates-it",
        "Sweden's privacy regulator, IMY, said it had no plans for now to open an investigation "
        "into DeepSeek, and Finland's ombudsman has no immediate plans to launch a formal probe.",
        "2025-02-07",
        [],
        exact=True,
    ),
    case(
        "two-bodies-whose-names-end-alike-are-two",
        "The University of Texas System and Texas A&M University System have barred DeepSeek "
        "from university-owned devices.",
        "2025-02-05",
        [{"actor": {"University of Texas System"}, "kind": {"ban"}},
         {"actor": {"Texas A&M University System"}, "kind": {"ban"}}],
        exact=True,
    ),
    case(
        "a-joint-statement-of-two-offices-is-two-warnings",
        "The Office of the Australian Information Commissioner and New Zealand's Office of the "
        "Privacy Commissioner on Monday urged users to think carefully before using DeepSeek.",
        "2025-02-25",
        [{"actor": {"Office of the Australian Information Commissioner"}, "kind": {"warn"}},
         {"actor": {"Office of the Privacy Commissioner of New Zealand",
                    "Office of the Privacy Commissioner"}, "kind": {"warn"}}],
        exact=True,
    ),
    case(
        "members-after-and-a-group-including-open-their-own-clause",
        "The Air Force told airmen in January not to use DeepSeek, NASA blocked it on its "
        "networks, and states including Ohio and Iowa have barred it from state devices.",
        "2025-03-20",
        [{"actor": {"United States Air Force", "Air Force"}, "kind": {"ban", "warn"},
          "date": "2025-01"},
         {"actor": {"National Aeronautics and Space Administration", "NASA"},
          "kind": {"block"}},
         {"actor": {"Ohio"}, "kind": {"ban"}, "date": None},
         {"actor": {"Iowa"}, "kind": {"ban"}, "date": None}],
        exact=True,
    ),
    case(
        "chinese-chatbots-beside-deepseek-are-targets-by-name",
        "Taiwan's digital ministry on Thursday widened its ban on Chinese AI services in "
        "government agencies to cover Moonshot's Kimi and ByteDance's Doubao as well as "
        "DeepSeek.",
        "2025-03-14",
        [{"actor": {"Ministry of Digital Affairs"}, "kind": {"ban"},
          "targets": ["generative AI", "Kimi", "Doubao", "DeepSeek"]}],
        exact=True,
    ),
    case(
        "a-firm-taking-up-its-own-model-adopts-nothing",
        "Alibaba deployed its own Qwen model across its cloud, and Tencent integrated DeepSeek "
        "into Weixin.",
        "2025-03-14",
        [{"actor": {"Tencent"}, "kind": {"integrate"}, "targets": ["DeepSeek"]}],
        exact=True,
    ),
    case(
        "lets-the-app-return-lifts",
        "South Korea lets the app return to local stores after DeepSeek agreed to change how it "
        "handles data.",
        "2025-04-28",
        [{"actor": {"South Korea", "Personal Information Protection Commission"},
          "kind": {"lift"}}],
        exact=True,
    ),
    case(
        "a-month-label-that-opens-a-paragraph-dates-its-sentences",
        "A look back at a year of curbs on DeepSeek.\n\n"
        "January. The chatbot tops the download charts. Within days, Italy's privacy regulator "
        "orders the app blocked.\n\n"
        "July: The Czech government bans the app in its public administration. Its cyber "
        "agency had warned of espionage risks.",
        "2025-12-29",
        [{"actor": {"Garante per la protezione dei dati personali", "Garante"},
          "kind": {"block"}, "date": "2025-01"},
         {"actor": {"Czech Republic", "Czechia"}, "kind": {"ban"}, "date": "2025-07"},
         {"actor": {"National Cyber and Information Security Agency"},
          "kind": {"warn"}, "date": "2025-07"}],
        exact=True,
        raw=True,
    ),
    case(
        "a-bulleted-round-up-item-is-its-places-measure",
        "Where DeepSeek has been restricted so far:\n\n"
        "• Finland – banned in government agencies (Feb. 3)\n"
        "• New Zealand – removed from ministers' phones (Feb. 5)\n"
        "• Malaysia – new downloads suspended (Feb. 15)\n",
        "2025-03-01",
        [{"actor": {"Finland"}, "kind": {"ban"}, "date": "2025-02-03"},
         {"actor": {"New Zealand"}, "kind": {"ban", "block"}, "date": "2025-02-05"},
         {"actor": {"Malaysia"}, "kind": {"suspend"}, "date": "2025-02-15"}],
        exact=True,
        raw=True,
    ),
    case(
        "a-date-and-a-relative-clause-name-no-target",
        "WASHINGTON -- Lawmakers introduced legislation on Wednesday that would prohibit "
        "federal agencies from buying artificial intelligence made by companies tied to China.",
        "2025-06-26",
        [{"actor": {"Congress", "United States Congress"}, "kind": {"call_for", "ban"},
          "status": "proposed", "targets": []}],
        exact=True,
    ),
    case(
        "an-unknown-description-before-a-name-in-apposition-is-that-body",
        "Brazil's data agency, the ANPD, has opened an inquiry into DeepSeek, and Kenya's data "
        "office, the ODPC, has warned users about the app.",
        "2025-03-10",
        [{"actor": {"National Data Protection Authority", "ANPD"}, "kind": {"investigate"}},
         {"actor": {"Office of the Data Protection Commissioner", "ODPC"}, "kind": {"warn"}}],
        exact=True,
    ),
    case(
        "an-agentless-urging-after-a-sentence-about-deepseek-is-no-ones",
        "DeepSeek's app has drawn scrutiny from regulators. Japan has been urged to ban it on "
        "government devices.",
        "2025-03-03",
        [],
        exact=True,
    ),
    case(
        "not-yet-decided-whether-to-is-considering",
        "Norway has yet to decide whether to ban DeepSeek, and Denmark's privacy regulator has "
        "not decided whether to open an inquiry into the app.",
        "2025-03-03",
        [{"actor": {"Norway"}, "kind": {"ban"}, "status": "considered"},
         {"actor": {"Datatilsynet", "Danish Data Protection Agency"}, "kind": {"investigate"},
          "status": "considered"}],
        exact=True,
    ),
    case(
        "a-coordinate-clause-in-the-present-keeps-its-scope",
        "Finland bans DeepSeek on government devices, and Malaysia suspends new downloads of "
        "the app.",
        "2025-12-29",
        [{"actor": {"Finland"}, "kind": {"ban"}, "scope": {"government_devices"}},
         {"actor": {"Malaysia"}, "kind": {"suspend"}, "scope": {"app_store"}}],
        exact=True,
    ),
    case(
        "proposed-a-ban-is-a-proposed-ban",
        "Texas lawmakers have proposed a ban on DeepSeek for every state agency.",
        "2025-02-12",
        [{"actor": {"Texas Legislature"}, "kind": {"ban"}, "status": "proposed"}],
        exact=True,
    ),
    case(
        "rolled-out-or-unveiled-a-ban-is-a-ban",
        "Japan's digital ministry unveiled a ban on DeepSeek for government computers on "
        "Monday, and Brazil's federal government rolled out a ban on the app last week.",
        "2025-02-12",
        [{"actor": {"Digital Agency"}, "kind": {"ban"}, "date": "2025-02-10"},
         {"actor": {"Brazil"}, "kind": {"ban"}, "date": "2025-W06"}],
        exact=True,
    ),
    case(
        "a-us-states-lawmakers-are-its-legislature",
        "Two Ohio state senators have proposed banning DeepSeek on state devices.",
        "2025-02-12",
        [{"actor": {"Ohio Legislature", "Ohio General Assembly", "Ohio Senate"},
          "kind": {"ban"}, "status": "proposed"}],
        exact=True,
    ),
    case(
        "told-staff-to-keep-away-from-it-warns",
        "Denmark's digital agency has told civil servants to keep away from DeepSeek.",
        "2025-02-12",
        [{"actor": {"Agency for Digital Government", "Digitaliseringsstyrelsen", "Digital Agency",
                    "Danish Agency for Digitisation"},
          "kind": {"warn"}}],
    ),
    case(
        "a-date-that-opens-a-later-coordinate-clause-is-that-clauses",
        "Tasmania removed DeepSeek from its phones, and on Thursday Queensland banned it too.",
        "2025-02-14",
        [{"actor": {"Tasmania"}, "kind": {"ban", "block"}, "date": None},
         {"actor": {"Queensland"}, "kind": {"ban"}, "date": "2025-02-13"}],
        exact=True,
    ),
    case(
        "a-date-set-off-by-commas-after-and-dates-the-clause-it-opens",
        "Tasmania removed DeepSeek from its phones, and on Thursday, Queensland banned it too.",
        "2025-02-14",
        [{"actor": {"Tasmania"}, "kind": {"ban", "block"}, "date": None},
         {"actor": {"Queensland"}, "kind": {"ban"}, "date": "2025-02-13"}],
        exact=True,
    ),
    case(
        "a-second-predicate-opened-by-its-date-shares-the-subject",
        "The Irish privacy regulator restricted DeepSeek on January 31 and on February 4 "
        "opened an investigation into the app.",
        "2025-02-10",
        [{"actor": {"Data Protection Commission"}, "kind": {"restrict"}, "date": "2025-01-31"},
         {"actor": {"Data Protection Commission"}, "kind": {"investigate"},
          "date": "2025-02-04"}],
        exact=True,
    ),
]


#: Round twenty-two, the lead's own probes (a corporate round-up, South-East Asia, think tanks).
ROUND_TWENTY_TWO_MINE = [
    case(
        "r22-m-downloading-on-named-devices-bars-a-use-not-a-listing",
        "General Motors sent staff a memo barring them from downloading DeepSeek on company "
        "phones. Taiwan has banned the downloading of the app on government devices.",
        "2025-02-11",
        # (each also had the app-store scope: "downloading" alone names the stores' listing,
        # but with the devices beside it the measure bars a use of them)
        [{"actor": {"General Motors"}, "kind": {"ban"}, "scope": {"work_use"}},
         {"actor": {"Taiwan"}, "kind": {"ban"}, "scope": {"government_devices"}}],
        exact=True,
    ),
    case(
        "r22-m-downloading-alone-still-names-the-stores",
        "South Korea's privacy regulator has halted downloading of DeepSeek until the company "
        "fixes its privacy policy.",
        "2025-02-17",
        # (a guard: no devices are named, so the stores' listing is what stops)
        [{"actor": {"Personal Information Protection Commission"}, "kind": {"suspend"},
          "scope": {"app_store"}}],
        exact=True,
    ),
    case(
        "r22-m-a-negation-word-inside-a-name-negates-nothing",
        "Reporters Without Borders urged the European Commission on Monday to open an "
        "investigation into DeepSeek's censorship. Doctors Without Borders has barred its field "
        "staff from using the chatbot.",
        "2025-03-04",
        # (neither was read: the "Without" of each name was taken as the measure's negation)
        [{"actor": {"Reporters Without Borders"}, "kind": {"call_for"}, "country": "FR"},
         {"actor": {"Médecins Sans Frontières"}, "kind": {"ban"}}],
        exact=True,
    ),
    case(
        "r22-m-a-recommended-passive-on-the-service-is-the-recommenders-call",
        "The Heritage Foundation recommended that DeepSeek be banned from federal devices. "
        "Amnesty International proposed that the app be removed from app stores in Europe.",
        "2025-03-02",
        # (nothing was read: a recommendation's "that" was only known before a named or a
        # generic subject that acts, not before the service in a passive; Amnesty was not in
        # the gazetteer and read as a person)
        [{"actor": {"Heritage Foundation"}, "kind": {"call_for"}, "targets": {"DeepSeek"},
          "scope": {"government_devices"}},
         {"actor": {"Amnesty International"}, "kind": {"call_for"}, "targets": {"DeepSeek"},
          "actor_kind": "organization"}],
        exact=True,
    ),
    case(
        "r22-m-analysts-at-a-body-act-for-it",
        "Analysts at Morgan Stanley warned clients against relying on DeepSeek. Experts at the "
        "Atlantic Council recommended that federal agencies be barred from using the app.",
        "2025-03-02",
        # (neither had an actor: "analysts" and "experts" were not among the people of a body
        # named after "at", as "researchers" and "officials" were)
        [{"actor": {"Morgan Stanley"}, "kind": {"warn"}},
         {"actor": {"Atlantic Council"}, "kind": {"call_for"}, "targets": {"DeepSeek"}}],
        exact=True,
    ),
    case(
        "r22-m-can-be-run-on-is-a-capability-not-an-act",
        "The Center for Strategic and International Studies argues that a ban would be hard to "
        "enforce, since the model's weights are public and can be run on any server. Tencent "
        "has run DeepSeek on its own servers since February.",
        "2025-03-02",
        # (the think tank integrated DeepSeek: "run" was not known as a participle, so "can be
        # run on" was not read as a passive; the guard: Tencent's own act stands)
        [{"actor": {"Tencent"}, "kind": {"adopt", "integrate"}}],
        exact=True,
    ),
    case(
        "r22-m-a-place-compound-before-a-new-name-only-locates-the-firm",
        "Bengaluru-based Krutrim said it had made DeepSeek's models available on its cloud. "
        "Lagos-based Seamfix said it would build the model into its identity app.",
        "2025-02-24",
        # (the first was a person named "Bengaluru-based Krutrim", the second a company of
        # that name: the place's compound was read as part of the name)
        [{"actor": {"Krutrim"}, "actor_kind": "company", "kind": {"adopt"}},
         {"actor": {"Seamfix"}, "actor_kind": "company", "kind": {"integrate"}}],
        exact=True,
    ),
    case(
        "r22-m-an-amount-in-rupees-or-shillings-is-no-purpose",
        "India has earmarked Rs 10,372 crore for its IndiaAI Mission. Nigeria pledged ₦10 "
        "billion to support local AI start-ups after DeepSeek's rise.",
        "2025-02-24",
        # (the targets began with the amounts: only two- and three-letter capitals and four
        # signs were known before a number)
        [{"actor": {"India"}, "kind": {"invest"}, "targets": {"IndiaAI Mission"}},
         {"actor": {"Nigeria"}, "kind": {"invest"}, "targets": {"local AI start-ups"}}],
        exact=True,
    ),
    case(
        "r22-m-a-group-of-a-number-of-members-acts-for-their-chamber",
        "A cross-party group of 23 MEPs wrote to the Commission on Tuesday, urging it to open "
        "an investigation into DeepSeek. A coalition of 40 senators asked the Commerce "
        "Department to ban the app.",
        "2025-02-12",
        # (neither was read: the number between "group of" and the members hid the group, so
        # its members stood in a prepositional phrase)
        [{"actor": {"European Parliament"}, "kind": {"call_for"}, "date": "2025-02-11"},
         {"actor": {"United States Senate", "Senate"}, "kind": {"call_for"}}],
        exact=True,
    ),
    case(
        "r22-m-adopting-a-measure-is-the-measure",
        "Texas banned DeepSeek on state devices in January. Virginia adopted a similar ban a "
        "week later, and Harris County adopted a blanket ban on the app on Tuesday. Houston "
        "adopted DeepSeek for its 311 line.",
        "2025-03-12",
        # (neither measure was read: "adopted" was no light verb, though "a ban" after it
        # suppressed its adoption; the guard: adopting the service stays an adoption)
        [{"actor": {"Texas"}, "kind": {"ban"}},
         {"actor": {"Virginia"}, "kind": {"ban"}},
         {"actor": {"Harris County"}, "kind": {"ban"}, "date": "2025-03-11"},
         {"actor": {"Houston"}, "kind": {"adopt"}}],
        exact=True,
    ),
    case(
        "r22-m-a-named-district-of-a-city-is-the-district",
        "The Futian district of Shenzhen has put dozens of DeepSeek-powered assistants to work "
        "on paperwork. The eastern city of Zhenjiang says it has deployed the model too.",
        "2025-02-20",
        # (the first went to Shenzhen: "district of" was read as the unnamed head of "the city
        # of Zhenjiang", whose place is the subject; the guard: that reading stands)
        [{"actor": {"Futian District"}, "kind": {"adopt", "integrate"}},
         {"actor": {"Zhenjiang"}, "kind": {"adopt"}}],
        exact=True,
    ),
    case(
        "r22-m-staff-who-could-not-or-cant-reach-it-is-a-block",
        "Standard Chartered said staff could not access DeepSeek on company equipment. Staff "
        "can't use the app on work laptops either, HSBC said.",
        "2025-03-05",
        # (neither was read: "could not access" and "can't use" were no triggers, where "could
        # no longer access" and "cannot use" were)
        [{"actor": {"Standard Chartered"}, "kind": {"block"}, "status": "done",
          "scope": {"work_use"}},
         {"actor": {"HSBC"}, "kind": {"ban"}, "scope": {"work_use"}}],
        exact=True,
    ),
    case(
        "r22-m-a-product-passed-over-is-no-target",
        "Indosat said it had built DeepSeek into its customer assistant, passing over Qwen. "
        "Telkomsel integrated R1 rather than ChatGPT. Smartfren integrated DeepSeek and Qwen.",
        "2025-03-02",
        # (Qwen and ChatGPT were targets of the first two: the product passed over was read as
        # taken up; the guard: two products joined by "and" are both taken up)
        [{"actor": {"Indosat Ooredoo Hutchison"}, "kind": {"integrate"}, "targets": {"DeepSeek"}},
         {"actor": {"Telkomsel"}, "kind": {"integrate"}, "targets": {"DeepSeek"}},
         {"actor": {"Smartfren"}, "kind": {"integrate"}, "targets": {"DeepSeek", "Qwen"}}],
        exact=True,
    ),
    case(
        "r22-m-a-product-put-in-place-of-is-no-target",
        "Smartfren integrated DeepSeek into its app in place of ChatGPT.",
        "2025-03-02",
        # (ChatGPT stayed a target: the pattern knew "in place of", but the substring test
        # before it did not, so the branch never ran)
        [{"actor": {"Smartfren"}, "kind": {"integrate"}, "targets": {"DeepSeek"}}],
        exact=True,
    ),
]


ROUND_TWENTY_THREE_MINE = [
    case(
        "r23-m-a-list-of-ministries-that-ends-in-its-noun-is-read-field-by-field",
        "South Korea's privacy regulator halted new downloads of DeepSeek on Monday. Several "
        "ministries, including the trade and defence ministries, had already blocked the app "
        "on work computers.",
        "2025-02-18",
        # (one ministry was made up of both fields, "Ministry of Trade, and Defence": the
        # list after "including" was read as the items of "ministries of ...")
        [{"actor": PIPC, "kind": {"suspend"}},
         {"actor": {"Ministry of Trade, Industry and Energy"}, "kind": {"block"}},
         {"actor": {"Ministry of National Defense"}, "kind": {"block"}}],
        exact=True,
    ),
    case(
        "r23-m-whom-an-inquiry-is-about-is-no-nationwide-scope",
        "Texas Attorney General Ken Paxton opened an investigation on Friday into whether "
        "DeepSeek misled consumers about where their data is stored. The Dutch privacy "
        "regulator asked DeepSeek how it protects the data of users in the country.",
        "2025-02-16",
        # (each had the nationwide scope, from "consumers" and "users in the country": the
        # people an inquiry or a question is about, not where a measure applies)
        [{"actor": {"Ken Paxton"}, "kind": {"investigate"}, "scope": set()},
         {"actor": {"Autoriteit Persoonsgegevens"}, "kind": {"request_information"},
          "scope": set()}],
        exact=True,
    ),
    case(
        "r23-m-a-city-after-a-college-or-university-closes-its-name",
        "University College Cork has blocked DeepSeek on its network. King's College London "
        "said on Tuesday it had told staff not to use the app.",
        "2025-02-12",
        # ("University College" acted, and the United Kingdom: the name stopped at its head,
        # and the capital after it was read as the country)
        [{"actor": {"University College Cork"}, "actor_kind": "organization",
          "kind": {"block"}},
         {"actor": {"King's College London"}, "actor_kind": "organization", "country": "GB",
          "kind": {"ban"}}],
        exact=True,
    ),
    case(
        "r23-m-a-title-after-a-university-is-no-part-of-its-name",
        "Stanford University President Jonathan Levin said the university had blocked DeepSeek "
        "on its network.",
        "2025-02-12",
        # (a guard: "President" is a title, not a city closing the name)
        [{"actor": {"Stanford University"}, "kind": {"block"}}],
        exact=True,
    ),
    case(
        "r23-m-the-irish-and-british-health-executives",
        "Ireland's Health Service Executive said it had blocked DeepSeek on its network. In "
        "Britain, the Health and Safety Executive told inspectors not to use the app.",
        "2025-02-12",
        # (both names stopped before "Executive": "Health Service" and nothing at all)
        [{"actor": {"Health Service Executive"}, "country": "IE", "kind": {"block"}},
         {"actor": {"Health and Safety Executive"}, "country": "GB", "kind": {"ban"}}],
        exact=True,
    ),
    case(
        "r23-m-runs-on-and-is-powered-by-reported-in-the-past",
        "Bank of Jiangsu said its customer service assistant now ran on DeepSeek. Haier said "
        "its new smart fridges were powered by DeepSeek.",
        "2025-02-20",
        # (nothing was read: the rows knew only the present, "now runs on", "are powered by")
        [{"actor": {"Bank of Jiangsu"}, "kind": {"adopt", "integrate"}},
         {"actor": {"Haier"}, "kind": {"integrate"}}],
        exact=True,
    ),
    case(
        "r23-m-both-companies-cited-gives-each-its-reason",
        "Toyota has told employees not to use DeepSeek on company equipment. SoftBank said it "
        "was limiting the app's use internally. Both companies cited the risk that sensitive "
        "information could end up on servers in China.",
        "2025-02-03",
        # (neither had a reason: the sentence names no actor to link its reasons to)
        [{"actor": {"Toyota Motor"}, "kind": {"ban"}, "reasons": {"privacy", "data_sovereignty"}},
         {"actor": {"SoftBank Corp."}, "kind": {"restrict"},
          "reasons": {"privacy", "data_sovereignty"}}],
        exact=True,
    ),
    case(
        "r23-m-two-sources-citing-a-risk-give-no-one-a-reason",
        "Toyota has told employees not to use DeepSeek on company equipment. Two people "
        "familiar with the matter cited the risk that data could end up on servers in China.",
        "2025-02-03",
        # (a guard: "Two people" are not the actors before)
        [{"actor": {"Toyota Motor"}, "kind": {"ban"}, "reasons": set()}],
        exact=True,
    ),
    case(
        "r23-m-a-reports-time-then-its-statements-subject",
        "Hyundai Motor said on Tuesday the carmaker had integrated DeepSeek into the voice "
        "assistant of its new models.",
        "2025-02-20",
        # (nothing was read: "on Tuesday the carmaker" was taken for one prepositional phrase,
        # as a time opens a clause only after a comma or a conjunction)
        [{"actor": {"Hyundai Motor"}, "kind": {"integrate"}, "date": "2025-02-18"}],
        exact=True,
    ),
    case(
        "r23-m-a-trade-before-giant-maker-or-firm-is-a-short-form",
        "Saudi Aramco's chief executive said the oil giant had deployed DeepSeek in its data "
        "centre. Xiaomi's president said the phone maker's assistant now supports DeepSeek.",
        "2025-03-18",
        # (the first gave nothing, the second the president: "the oil giant" and "the phone
        # maker" were not read as short forms of the company named before)
        [{"actor": {"Saudi Aramco"}, "kind": {"adopt"}},
         {"actor": {"Xiaomi"}, "kind": {"integrate"}}],
        exact=True,
    ),
    case(
        "r23-m-a-short-form-after-an-officers-owner-is-the-owner",
        "Apple has kept DeepSeek in its app store. Lenovo's chief executive said the company "
        "had integrated DeepSeek into its AI PCs.",
        "2025-03-21",
        # (Apple integrated it: "Lenovo's" was read as the owner of a thing, which a short form
        # passes over for a firm named before)
        [{"actor": {"Lenovo"}, "kind": {"integrate"}}],
        exact=True,
    ),
    case(
        "r23-m-a-day-between-a-subordinate-subject-and-its-verb",
        "South Korea's trade ministry blocked DeepSeek on work computers. The move came after "
        "the interior ministry on Tuesday sent a notice to government agencies, asking them to "
        "be cautious about using the app.",
        "2025-02-06",
        # (the interior ministry's warning was lost: "after the interior ministry on Tuesday"
        # read as one phrase, as the day kept the verb from following the subject)
        [{"actor": {"Ministry of Trade, Industry and Energy"}, "kind": {"block"}},
         {"actor": {"Ministry of the Interior and Safety"}, "kind": {"warn"},
          "date": "2025-02-04"}],
        exact=True,
    ),
    case(
        "r23-m-a-bodys-head-word-owns-the-name-after-it",
        "The Commission's AI Office is examining whether DeepSeek's new models fall under the "
        "AI Act's rules for general-purpose models.",
        "2025-07-15",
        # (the actor was a made-up "Commission's AI Office": "the Commission's" was kept in
        # the name, as only a place or a country's noun was known to own one)
        [{"actor": {"European AI Office"}, "kind": {"investigate"}}],
        exact=True,
    ),
    case(
        "r23-m-whose-officer-after-a-list-is-the-last-bodys",
        "The move follows similar steps at NASA, the Pentagon and the House of "
        "Representatives, whose chief administrative officer told congressional offices in "
        "January not to install DeepSeek.",
        "2025-03-18",
        # (all three bodies acted: the relative clause was read as the whole list's)
        [{"actor": {"House of Representatives"}, "kind": {"ban", "warn"}, "date": "2025-01"}],
        exact=True,
    ),
    case(
        "r23-m-a-body-no-stage-resolves-is-not-the-body-before",
        "In Argentina, the data protection agency opened an inquiry into DeepSeek. Chile's "
        "digital government secretariat said it would test the model for a pensions chatbot. "
        "In Colombia, the superintendency of industry and commerce said on Friday that it had "
        "sent DeepSeek a request for information.",
        "2025-04-08",
        # (Argentina's agency made all three: "it" went back to the body named before, past a
        # body described in lower case that no stage resolved; its country acts instead)
        [{"actor": {"Data Protection Agency"}, "country": "AR", "kind": {"investigate"}},
         {"actor": {"Chile"}, "kind": {"adopt"}, "status": "planned"},
         {"actor": {"Colombia"}, "kind": {"request_information"}, "date": "2025-04-04"}],
        exact=True,
    ),
    case(
        "r23-m-ai-applications-and-assistants-are-generative-ai",
        "Peru's congress approved a motion urging the executive to restrict Chinese AI "
        "applications in public bodies.",
        "2025-04-08",
        # (the target was the raw object, "executive to restrict Chinese AI applications in ...")
        [{"actor": {"Congress"}, "kind": {"call_for"}, "targets": {"generative AI"}}],
        exact=True,
    ),
    case(
        "r23-m-a-registry-or-blocklist-of-barred-things-is-no-adoption",
        "Roskomnadzor added DeepSeek to its registry of banned sites on Friday. The Pentagon's "
        "network agency put the app on its blocklist over the weekend.",
        "2025-03-05",
        # (both were adoptions: "added ... to" and "put ... on" took up the app, as only a
        # "list of banned ..." and a "blacklist" were known to bar what they hold)
        [{"actor": {"Roskomnadzor"}, "kind": {"ban"}},
         {"actor": {"Department of Defense"}, "kind": {"restrict", "block"}}],
        exact=True,
    ),
    case(
        "r23-m-those-a-place-orders-in-a-passive",
        "Internet providers in Italy were ordered to block access to DeepSeek's website. "
        "Schools in Queensland have been directed to block the app.",
        "2025-03-05",
        # (nothing was read: only public staff and bodies "in" a place stood for its measure)
        [{"actor": {"Italy"}, "kind": {"block"}}, {"actor": {"Queensland"}, "kind": {"block"}}],
        exact=True,
    ),
    case(
        "r23-m-a-passives-target-in-a-reported-clause-is-not-its-speaker",
        "Nam Seok, a PIPC official, told a briefing that new downloads were suspended on "
        "Saturday.",
        "2025-02-17",
        # (the target was "Nam Seok": the passive's subject was looked for in the last words
        # before it, past the "that" into the speaker's name)
        [{"actor": PIPC, "kind": {"suspend"}, "targets": set()}],
        exact=True,
    ),
    case(
        "r23-m-a-partner-described-by-its-city-is-the-service",
        "DeepSeek's model has drawn carmakers' interest. Changan signed a memorandum of "
        "understanding with the Hangzhou start-up on Monday. Great Wall Motor signed a "
        "cooperation agreement with the Hangzhou-based AI company on Tuesday.",
        "2025-03-05",
        # (the partner was "Hangzhou" and "Hangzhou-based AI": the city that describes the
        # firm was read as its name)
        [{"actor": {"Changan Automobile"}, "kind": {"partner"}, "targets": {"DeepSeek"}},
         {"actor": {"Great Wall Motor"}, "kind": {"partner"}, "targets": {"DeepSeek"}}],
        exact=True,
    ),
    case(
        "r23-m-a-described-officers-office",
        "Virginia's governor's office banned DeepSeek on state devices on Tuesday.",
        "2025-02-05",
        # (nothing was read: "Virginia's governor" was read, and its "'s office" left the
        # subject an owner)
        [{"actor": {"Virginia"}, "kind": {"ban"}, "date": "2025-02-04"}],
        exact=True,
    ),
    case(
        "r23-m-a-noun-of-many-before-government-measures-names-no-government",
        "HONG KONG — In under five weeks DeepSeek went from a lab curiosity to the subject of "
        "government bans on three continents. Italy's privacy regulator blocked it first.",
        "2025-02-28",
        # (Hong Kong banned it: the dateline's place was read as the government of the
        # government bans)
        [{"actor": {"Garante per la protezione dei dati personali"}, "kind": {"block"}}],
        exact=True,
    ),
    case(
        "r23-m-a-bill-that-would-ban-introduced-in-a-chamber",
        "A bipartisan bill that would ban DeepSeek on federal devices was introduced in the US "
        "Senate on Thursday. Legislation that would bar the app from state phones was filed "
        "in the Texas Senate last week.",
        "2025-03-05",
        # (nothing was read: the bill's passive introduction named the chamber only after the
        # measure; and "on Thursday" after "would ban" was next Thursday)
        [{"actor": {"Senate", "United States Senate"}, "kind": {"ban"}, "status": "proposed",
          "date": "2025-02-27"},
         {"actor": {"Texas Senate"}, "kind": {"ban"}, "status": "proposed"}],
        exact=True,
    ),
    case(
        "r23-m-lifting-demand-is-no-lift",
        "Phone makers credit DeepSeek with lifting demand for their new handsets, while "
        "analysts say the model is lifting investor sentiment across the sector.",
        "2025-03-21",
        # (DeepSeek "lifted" twice, as if a ban had ended)
        [],
        exact=True,
    ),
]


ROUND_TWENTY_FOUR_MINE = [
    case(
        "r24-m-a-deadline-to-comply-in-the-next-sentence-is-no-term",
        "Governor Maria Lopez signed an order on Monday that bars DeepSeek from state-owned "
        "phones and laptops. Public colleges covered by the order have until April 15 to "
        "comply.",
        "2025-02-18",
        # (the ban was temporary: "until" in the sentence after it was read as its term)
        [{"actor": {"Maria Lopez"}, "kind": {"ban"}, "temporary": None}],
        exact=True,
    ),
    case(
        "r24-m-a-term-in-the-next-sentence-still-makes-the-measure-temporary",
        "Governor Maria Lopez signed an order on Monday that bars DeepSeek from state-owned "
        "phones and laptops. The order stays in force until the state's security review is "
        "complete.",
        "2025-02-18",
        # guard: the term after it, not a deadline, still qualifies the measure
        [{"actor": {"Maria Lopez"}, "kind": {"ban"}, "temporary": True}],
        exact=True,
    ),
    case(
        "r24-m-unnamed-bodies-in-a-restrictive-relative-clause-act-not-the-subject",
        "Beijing on Friday condemned governments that have barred DeepSeek from official "
        "computers, calling the moves political. Huawei's chairman, Eric Xu, later criticised "
        "companies which had already blocked the chatbot on staff phones.",
        "2025-02-08",
        # (China banned and blocked the app: the act of the unnamed governments and
        # companies was given to the subject that criticised them)
        [{"actor": {"China"}, "kind": {"oppose"}},
         {"actor": {"Eric Xu"}, "kind": {"oppose"}}],
        exact=True,
    ),
    case(
        "r24-m-a-subject-among-the-bodies-of-the-relative-clause-still-acts",
        "Portugal joined other countries that have banned DeepSeek on government devices. "
        "Latvia and Estonia are among the governments that have restricted the app.",
        "2025-02-08",
        # guard: the subject is one of the bodies, so the act is its own
        [{"actor": {"Portugal"}, "kind": {"ban"}},
         {"actor": {"Latvia"}, "kind": {"restrict"}},
         {"actor": {"Estonia"}, "kind": {"restrict"}}],
        exact=True,
    ),
    case(
        "r24-m-a-place-of-two-words-before-based-is-no-part-of-the-name",
        "Tel Aviv-based Lightricks said on Monday it was running DeepSeek's R1 model on its "
        "own servers. Rio de Janeiro-based Stone said it had blocked the chatbot on staff "
        "laptops. Munich-based Celonis said on Tuesday it was running R1 on its own servers too.",
        "2025-02-18",
        # (the firms were "Tel Aviv-based Lightricks" and "Rio de Janeiro-based Stone", and
        # a one-word name after the compound, with a date before "it", was a person's)
        [{"actor": {"Lightricks"}, "actor_kind": "company", "kind": {"adopt"}},
         {"actor": {"Stone"}, "actor_kind": "company", "kind": {"block"}},
         {"actor": {"Celonis"}, "actor_kind": "company", "kind": {"adopt"}}],
        exact=True,
    ),
    case(
        "r24-m-a-call-on-someone-to-act-is-a-call-for-what-they-are-asked-to-do",
        "Several ministries barred DeepSeek from work computers last week. Opposition senator "
        "Mark Ellis urged the government to publish the security assessment behind the "
        "decision. The Law Society called on ministers to release the legal advice.",
        "2025-02-18",
        # (the targets were "government to publish the security assessment behind the
        # decision" and "ministers to release the legal advice": who was asked, and
        # the verb, went into what was called for)
        [{"actor": {"Mark Ellis"}, "kind": {"call_for"},
          "targets": ["security assessment behind the decision"]},
         {"actor": {"Law Society"}, "kind": {"call_for"}, "targets": ["legal advice"]}],
    ),
    case(
        "r24-m-a-called-for-measure-with-modifiers-or-its-agent-is-on-the-service",
        "Regulators in Europe have opened inquiries into DeepSeek. Lawmaker Ilona Berzina "
        "called for a full nationwide block. The consumer group Euroconsumers called for an "
        "investigation by the European Data Protection Board.",
        "2025-02-18",
        # (the targets were "full nationwide block" and "investigation by the European Data
        # Protection Board": the measure's own words, not what it is on)
        [{"actor": {"Ilona Berzina"}, "kind": {"call_for"}, "targets": ["DeepSeek"]},
         {"actor": {"Euroconsumers"}, "kind": {"call_for"}, "targets": ["DeepSeek"]}],
    ),
    case(
        "r24-m-a-call-for-a-new-body-keeps-its-own-words",
        "Regulators in Europe have opened inquiries into DeepSeek. Senator Ana Ruiz called "
        "for a task force on foreign AI.",
        "2025-02-18",
        # guard: a call for something of its own is not reduced to whom it asks
        [{"actor": {"Ana Ruiz"}, "kind": {"call_for"}, "targets": ["task force on foreign AI"]}],
    ),
    case(
        "r24-m-none-as-a-subject-negates-its-verb",
        "Canada and New Zealand have barred DeepSeek from government phones, but none has "
        "banned the public from downloading it.",
        "2025-02-18",
        # (each country also banned it nationwide: "none" was no negation)
        [{"actor": {"Canada"}, "kind": {"ban"}, "scope": {"government_devices"}},
         {"actor": {"New Zealand"}, "kind": {"ban"}, "scope": {"government_devices"}}],
        exact=True,
    ),
    case(
        "r24-m-a-short-quotation-after-a-form-of-be-is-the-clauses-own-verb",
        "Ireland's Data Protection Commission said it was \"actively monitoring\" DeepSeek. "
        "Spain's data protection agency said it is \"examining\" the app.",
        "2025-02-18",
        # (nothing: a quoted verb counted only after "would", "has" and the like)
        [{"actor": {"Data Protection Commission"}, "kind": {"investigate"}},
         {"actor": {"Agencia Española de Protección de Datos", "AEPD"},
          "kind": {"investigate"}}],
        exact=True,
    ),
    case(
        "r24-m-a-long-quotation-after-a-form-of-be-is-still-the-speakers-words",
        "Ireland's Data Protection Commission opened an inquiry into DeepSeek. Its head, Des "
        "Hogan, said it was \"vital that people stay careful with any app of this kind\".",
        "2025-02-18",
        # guard: a whole quoted predicate after "was" is not read as the clause's own act
        [{"actor": {"Data Protection Commission"}, "kind": {"investigate"}}],
        exact=True,
    ),
    case(
        "r24-m-a-time-that-opens-a-coordinate-clause-opens-it-with-its-subject",
        "Italy's privacy watchdog ordered DeepSeek blocked in January, and in July the Czech "
        "government banned it across the public administration. Berlin's data protection "
        "commissioner asked Apple and Google to remove the app from their stores, and on "
        "Monday the Dutch regulator opened an inquiry.",
        "2025-08-04",
        # (the Czech ban and the Dutch inquiry were lost in the clause before them, and the
        # Czech scope went to Italy's block)
        [{"actor": GARANTE, "kind": {"block"}, "scope": set()},
         {"actor": {"Czech Republic", "Czechia"}, "kind": {"ban"}, "date": "2025-07"},
         {"actor": {"Berlin Commissioner for Data Protection and Freedom of Information"},
          "kind": {"call_for"}},
         {"actor": {"Autoriteit Persoonsgegevens"}, "kind": {"investigate"},
          "date": "2025-08-04"}],
        exact=True,
    ),
    case(
        "r24-m-a-list-of-names-that-ends-in-an-unnamed-group-names-its-members",
        "Taiwan, Australia and several US states have banned DeepSeek on government devices. "
        "South Korea's regulator suspended downloads, and Japan, India and some European "
        "agencies restricted the app.",
        "2025-02-18",
        # (no one acted: the unnamed last member hid the named ones)
        [{"actor": {"Taiwan"}, "kind": {"ban"}},
         {"actor": {"Australia"}, "kind": {"ban"}},
         {"actor": PIPC, "kind": {"suspend"}},
         {"actor": {"Japan"}, "kind": {"restrict"}},
         {"actor": {"India"}, "kind": {"restrict"}}],
        exact=True,
    ),
    case(
        "r24-m-it-after-a-sentence-whose-subject-states-no-act-is-that-subject",
        "Italy's privacy watchdog blocked DeepSeek in January. DeepSeek kept shipping "
        "regardless. It released V3.1 in August.",
        "2025-12-08",
        # (Italy's watchdog released V3.1: the subject of the last sentence with an act)
        [{"actor": GARANTE, "kind": {"block"}},
         {"actor": {"DeepSeek"}, "kind": {"release"}}],
        exact=True,
    ),
    case(
        "r24-m-it-after-a-speakers-sentence-is-still-the-one-who-acted",
        "Italy's privacy watchdog blocked DeepSeek in January. DeepSeek said it would "
        "cooperate. It opened a formal inquiry in February.",
        "2025-12-08",
        # guard: a speaker in between does not take over "it"
        [{"actor": GARANTE, "kind": {"block"}},
         {"actor": GARANTE, "kind": {"investigate"}}],
        exact=True,
    ),
    case(
        "r24-m-lawmakers-on-a-named-committee-act-for-that-committee",
        "Chinese carmakers and banks have rushed to adopt DeepSeek. Lawmakers on the House "
        "Select Committee on the Chinese Communist Party called for a ban on the app. Members "
        "of the Senate Commerce Committee introduced a bill on Tuesday to bar it from federal "
        "devices.",
        "2025-02-08",
        # (China's National People's Congress and the US Congress: the group word was read as
        # the legislature of the country in context, not as the committee named after it)
        [{"actor": {"House Select Committee on the Chinese Communist Party"},
          "kind": {"call_for"}},
         {"actor": {"Senate Commerce Committee"}, "kind": {"call_for"}}],
        exact=True,
    ),
    case(
        "r24-m-the-chinese-generative-ai-service-is-the-service",
        "DeepSeek's app has drawn scrutiny in Japan. The Osaka prefectural government told "
        "all departments on Thursday not to use the Chinese generative AI service for official "
        "business.",
        "2025-02-21",
        # (the target was "generative AI": the definite description names the one service)
        [{"actor": {"Osaka Prefecture"}, "kind": {"ban"}, "targets": ["DeepSeek"]}],
        exact=True,
    ),
    case(
        "r24-m-staff-named-by-their-nationality-are-told-by-their-country",
        "DeepSeek's chatbot has raised privacy worries. Australian public servants have been "
        "ordered to delete the app from their work phones. Dutch civil servants were told not "
        "to install it.",
        "2025-02-06",
        # (no one acted: the passive named no agent, and the nationality was no place)
        [{"actor": {"Australia"}, "kind": {"ban"}, "scope": {GOV}},
         {"actor": {"Netherlands"}, "kind": {"ban"}, "scope": {GOV}}],
        exact=True,
    ),
    case(
        "r24-m-a-formal-inquiry-sent-and-caution-advised",
        "Germany's BSI advised caution over DeepSeek on Tuesday. South Korea's PIPC sent a "
        "formal inquiry to the company, and Spain's regulator said it would send a formal "
        "enquiry as well.",
        "2025-02-06",
        # (nothing for the first two: "advised caution" and "sent a formal inquiry" were no
        # rows, beside "urged caution" and "sent an inquiry")
        [{"actor": {"Federal Office for Information Security", "BSI"}, "kind": {"warn"}},
         {"actor": PIPC, "kind": {"request_information"}, "status": "done"},
         {"actor": {"Agencia Española de Protección de Datos", "AEPD"},
          "kind": {"request_information"}, "status": "planned"}],
        exact=True,
    ),
    case(
        "r24-m-products-fitted-with-the-model-are-their-makers-integration",
        "Carmakers in China are racing to add DeepSeek. Geely said on Sunday that its new "
        "models would be fitted with DeepSeek's R1.",
        "2025-02-10",
        # (nothing: "fitted with" was no row beside "equipped with")
        [{"actor": {"Geely", "Geely Automobile Holdings"}, "kind": {"integrate"},
          "status": "planned"}],
        exact=True,
    ),
    case(
        "r24-m-a-trial-of-the-model-and-watching-it-closely",
        "Hong Kong's Hospital Authority said it had started a trial of DeepSeek at three "
        "public hospitals. Hong Kong's privacy commissioner said her office was watching the "
        "app closely.",
        "2025-03-05",
        # (nothing: "a trial of" was no row beside "a pilot of", nor "watching ... closely"
        # beside "closely monitoring")
        [{"actor": {"Hospital Authority"}, "kind": {"adopt"}},
         {"actor": {"Office of the Privacy Commissioner for Personal Data"},
          "kind": {"investigate"}}],
        exact=True,
    ),
    case(
        "r24-m-called-on-after-a-relative-clause-is-the-main-verb",
        "Lawmaker Priya Nair, who sits on the intelligence committee, called on ministers to "
        "bar DeepSeek from all government devices, as Australia has done.",
        "2025-02-25",
        # (nothing: ", called on ministers to bar DeepSeek ...," was read as an appositive,
        # as in ", called R1,")
        [{"actor": {"Priya Nair"}, "kind": {"call_for"}},
         {"actor": {"Australia"}, "kind": {"ban"}}],
        exact=True,
    ),
    case(
        "r24-m-a-places-public-service-is-its-government",
        "Ontario's public service blocked DeepSeek late last month, a provincial spokesperson "
        "said. The Australian public service has also banned the app.",
        "2025-02-07",
        # (nothing: "public service" after a place was no description of its government)
        [{"actor": {"Ontario"}, "kind": {"block"}, "date": "2025-01"},
         {"actor": {"Australia"}, "kind": {"ban"}}],
        exact=True,
    ),
    case(
        "r24-m-any-ai-app-and-a-product-left-unnamed-are-not-the-service",
        "DeepSeek's app has drawn scrutiny across Asia. Macau's government told its staff not "
        "to install any AI app on work phones. Singapore's cyber agency warned businesses "
        "against AI services hosted abroad, without naming DeepSeek.",
        "2025-03-05",
        # (both were on DeepSeek: "any AI app" fell back on the service of the article, and
        # the name after "without naming" was read as the warning's)
        [{"actor": {"Macau"}, "kind": {"ban"}, "targets": ["generative AI"]},
         {"actor": {"Cyber Security Agency of Singapore"}, "kind": {"warn"},
          "targets": ["generative AI"]}],
        exact=True,
    ),
    case(
        "r24-m-state-owned-enterprises-and-public-schools-are-the-public-sector",
        "Taiwan barred DeepSeek at state-owned enterprises and public schools on Friday. "
        "Samsung restricted the app to protect trade secrets, and LG banned it over worries "
        "about intellectual property.",
        "2025-02-08",
        # (no scope, and no reasons: the public bodies and the firms' secrets were no rows)
        [{"actor": {"Taiwan"}, "kind": {"ban"}, "scope": {GOV}},
         {"actor": {"Samsung", "Samsung Electronics"}, "kind": {"restrict"},
          "reasons": {"security"}},
         {"actor": {"LG", "LG Electronics", "LG Group"}, "kind": {"ban"},
          "reasons": {"security"}}],
        exact=True,
    ),
    case(
        "r24-m-a-nationalitys-app-stores-and-devices-after-removed-from",
        "DeepSeek is no longer available on South Korean app stores. The app was removed from "
        "Italian app stores in January. This month DeepSeek was removed from Australian "
        "government devices.",
        "2025-02-18",
        # (no one acted: a nationality before "app stores" was no place, nor one right after
        # a trigger that ends in "from")
        [{"actor": {"South Korea"}, "kind": {"block"}, "scope": {"app_store"}},
         {"actor": {"Italy"}, "kind": {"block"}, "scope": {"app_store"}},
         {"actor": {"Australia"}, "kind": {"ban"}, "scope": {GOV}}],
        exact=True,
    ),
]


ROUND_SEVENTEEN_ACTACT = [
    case(
        "r17-ending-a-pilot-or-tie-with-it-is-a-suspension-not-an-adoption",
        "Renault ended its pilot of DeepSeek in its call centres last month. Lenovo has scrapped "
        "its integration of DeepSeek in European laptops. Xiaomi expanded its integration of "
        "the model.",
        "2025-06-10",
        # (the first two were an adoption and an integration: the noun was read, not the
        # verb that ends it)
        [
            {"actor": {"Renault"}, "kind": {"suspend", "ban"}, "date": "2025-05"},
            {"actor": {"Lenovo"}, "kind": {"suspend", "ban"}},
            {"actor": {"Xiaomi"}, "kind": {"integrate"}},
        ],
        exact=True,
    ),
    case(
        "r17-ended-up-doing-it-is-the-measure-not-its-end",
        "After weeks of talks, Denmark ended up banning DeepSeek on state phones. Chile's "
        "central bank ended up blocking the app on its network.",
        "2025-06-10",
        # (both were liftings: "ended" was read as ending the measure)
        [
            {"actor": {"Denmark"}, "kind": {"ban"}, "scope": {"government_devices"}},
            {"country": "CL", "kind": {"block"}},
        ],
        exact=True,
    ),
    case(
        "r17-a-scare-quoted-verb-after-a-modal-is-the-clause-s-own",
        "France's CNIL said it would \"investigate\" DeepSeek's chatbot. Seoul's privacy "
        "regulator has \"suspended\" new downloads of the app.",
        "2025-01-31",
        # (neither was read: a quotation of a word or two was taken for someone's words)
        [
            {"actor": {"CNIL"}, "kind": {"request_information", "investigate"},
             "status": "planned"},
            {"country": "KR", "kind": {"suspend"}, "scope": {"app_store"}},
        ],
        exact=True,
    ),
    case(
        "r17-an-faq-answer-s-agentless-measure-is-the-asked-about-place-s",
        "Is DeepSeek available in Taiwan?\nAgencies were barred from using it on Feb. 3.\n\n"
        "What about South Korea?\nNew downloads were suspended on Feb. 15.\n\nIs it banned in "
        "Britain?\nNo. Officials said they were watching the app.",
        "2025-03-15",
        # (the first two were no one's: the place was named in the question above)
        [
            {"actor": {"Taiwan"}, "kind": {"ban"}, "date": "2025-02-03"},
            {"actor": {"South Korea"}, "kind": {"suspend"}, "date": "2025-02-15"},
        ],
        exact=True,
    ),
    case(
        "r17-not-allowing-it-on-devices-is-a-ban",
        "The Los Angeles Unified School District said it would not allow DeepSeek on student "
        "laptops. LG Uplus does not allow the app to be used on its internal systems.",
        "2025-02-20",
        # (neither was read: only "not allow ... to use" was a ban)
        [
            {"actor": {"Los Angeles Unified School District"}, "kind": {"ban"},
             "status": "planned"},
            {"actor": {"LG Uplus"}, "kind": {"ban"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "r17-a-professional-body-urging-members-not-to-use-it-warns",
        "The Korean Medical Association urged doctors not to upload patient records to "
        "DeepSeek. The Law Society of Scotland urged its members not to use the chatbot for "
        "client work.",
        "2025-02-20",
        # (both were calls: only staff, users and the like were read as those advised)
        [
            {"actor": {"Korean Medical Association"}, "kind": {"warn"}},
            {"actor": {"Law Society of Scotland"}, "kind": {"warn"}},
        ],
        exact=True,
    ),
    case(
        "r17-adding-it-to-a-list-of-barred-apps-bans-it",
        "Ohio has added DeepSeek to the state's list of banned apps. Georgia added the chatbot "
        "to its list of covered applications on Monday. The Commerce Department put DeepSeek "
        "on its entity list.",
        "2025-09-18",
        # (the first two were adoptions: a possessive before the list, and "covered", were not
        # read; an entity listing stays a restriction)
        [
            {"actor": {"Ohio"}, "kind": {"ban"}},
            {"actor": {"Georgia"}, "kind": {"ban"}, "date": "2025-09-15"},
            {"actor": {"Department of Commerce", "Commerce Department"}, "kind": {"restrict"}},
        ],
        exact=True,
    ),
    case(
        "r17-saying-its-use-should-be-avoided-is-a-warning",
        "Japan's Digital Agency sent ministries a notice on Thursday saying the use of DeepSeek "
        "should be avoided. Delays must be avoided when rolling out DeepSeek, Alibaba said.",
        "2025-02-07",
        # (the first was nothing: only the active "should avoid" was a warning; guard: what
        # stands before the passive is what is avoided)
        [{"actor": {"Digital Agency"}, "country": "JP", "kind": {"warn"}, "status": "done",
          "date": "2025-02-06"}],
        exact=True,
    ),
    case(
        "r17-a-capital-in-a-list-of-cities-is-the-city-s-government",
        "Local governments, including Seoul and Incheon, have barred staff from using DeepSeek. "
        "Cities such as Beijing and Shenzhen have put the model to work in public services. "
        "Seoul suspended new downloads of the app in February.",
        "2025-04-02",
        # (Seoul and Beijing were South Korea and China: a bare capital is the country's
        # metonym, as it stays outside such a list)
        [
            {"actor": {"Seoul Metropolitan Government"}, "actor_kind": "subnational_government",
             "kind": {"ban"}},
            {"actor": {"Incheon"}, "kind": {"ban"}},
            {"actor": {"Beijing Municipality"}, "actor_kind": "subnational_government",
             "kind": {"adopt"}},
            {"actor": {"Shenzhen"}, "kind": {"adopt"}},
            {"actor": {"South Korea"}, "kind": {"suspend"}, "date": "2025-02"},
        ],
        exact=True,
    ),
]


ROUND_SEVENTEEN_B_ACTACT = [
    case(
        "r17b-a-bill-introduced-in-a-chamber-is-the-chamber-s-proposal",
        "A bipartisan bill introduced in the Senate would prohibit DeepSeek on federal devices. "
        "Separately, legislation filed in the U.S. House of Representatives last week would "
        "bar the app from government phones.",
        "2025-03-04",
        # (neither was read: the chamber, after "in", was taken for a place in a phrase)
        [
            {"actor": {"Senate", "United States Senate", "US Senate"},
             "kind": {"ban", "call_for"}, "status": "proposed"},
            {"actor": {"House", "House of Representatives", "United States House of "
                       "Representatives", "US House of Representatives"},
             "kind": {"ban", "call_for"}, "status": "proposed"},
        ],
        exact=True,
    ),
    case(
        "r17b-a-list-widened-to-include-the-app-bans-it",
        "The Department of Commerce updated its list of covered applications to include "
        "DeepSeek. Montana's IT office expanded its list of banned apps to include the "
        "chatbot. Fairfax County widened its list of approved AI tools to include DeepSeek. "
        "Texas expanded its ban to include DeepSeek.",
        "2025-03-04",
        # (none of the first three was read: only "added ... to the list" was; the last is a
        # guard: a ban widened stays the ban)
        [
            {"actor": {"Department of Commerce"}, "kind": {"ban"}},
            {"country": "US", "kind": {"ban"}},
            {"actor": {"Fairfax County"}, "kind": {"adopt"}},
            {"actor": {"Texas"}, "kind": {"ban"}},
        ],
        exact=True,
    ),
    case(
        "r17b-a-place-s-government-platform-is-the-place-s-adoption",
        "Hubei's government service platform has connected to DeepSeek. Fujian's municipal "
        "hotline platforms have deployed the model. China's biggest platforms have integrated "
        "DeepSeek.",
        "2025-02-20",
        # (the first two gave nothing: "platform" after a place was read as the place's firms,
        # as the last still is)
        [
            {"actor": {"Hubei", "Hubei Province"}, "kind": {"integrate", "adopt"}},
            {"actor": {"Fujian", "Fujian Province"}, "kind": {"adopt", "integrate"}},
        ],
        exact=True,
    ),
    case(
        "r17b-the-company-that-also-said-goes-on-from-the-firm-that-spoke",
        "Alibaba said on Thursday its cloud arm had doubled its server capacity. Tencent is "
        "expected to lift its capital spending this year, analysts said. The company also "
        "said it had integrated DeepSeek's models into its cloud service.\n\n"
        "Baidu said it would cut prices. Xiaomi has integrated DeepSeek into its phones. The "
        "company also said it would add the model to its cars.",
        "2025-02-20",
        # (the first was Tencent's: the last firm named, though analysts spoke of it; the
        # second is a guard: Xiaomi, no one else's speech, stays the antecedent)
        [
            {"actor": {"Alibaba", "Alibaba Group"}, "kind": {"integrate"}},
            {"actor": {"Xiaomi"}, "kind": {"integrate"}},
            {"actor": {"Xiaomi"}, "kind": {"integrate", "adopt"}, "status": "planned"},
        ],
    ),
    case(
        "r17b-lifting-a-business-figure-is-no-lifting-of-a-measure",
        "Ping An has deployed DeepSeek in its claims system and is expected to lift its "
        "technology spending this year. Nvidia lifted its revenue forecast despite DeepSeek. "
        "Beijing lifted sales restrictions on the app.",
        "2025-04-22",
        # (the first two were liftings; the last is a guard: a measure after a figure's word)
        [
            {"actor": {"Ping An", "Ping An Insurance"}, "kind": {"adopt", "integrate"}},
            {"country": "CN", "kind": {"lift"}},
        ],
        exact=True,
    ),
    case(
        "r17b-translated-inspection-proceedings-and-the-organ-that-opened-them",
        "Brazil's National Data Protection Authority (ANPD) opened an inspection process "
        "against DeepSeek on Monday. The organ gave the company twenty working days to "
        "explain how it stores users' data. Mexico's transparency institute opened an "
        "administrative proceeding to check whether DeepSeek complies with the law.",
        "2025-02-14",
        # (the inspection and the proceeding were not read; the organ was no one)
        [
            {"actor": {"ANPD", "National Data Protection Authority"}, "kind": {"investigate"}},
            {"actor": {"ANPD", "National Data Protection Authority"},
             "kind": {"request_information"}},
            {"country": "MX", "kind": {"investigate"}},
        ],
        exact=True,
    ),
    case(
        "r17b-a-dateline-s-country-owns-a-shared-body-name",
        "SANTIAGO, Chile — The Ministry of Science told public services on Tuesday to stop "
        "using DeepSeek on official equipment.",
        "2025-02-26",
        # (Korea's Ministry of Science and ICT: its alias was read with no regard to the
        # dateline's country)
        [{"country": "CL", "kind": {"ban", "warn"}}],
        exact=True,
    ),
]


ROUND_EIGHTEEN_ACTACT = [
    case(
        "r18-a-firm-announcing-the-model-is-available-on-its-platform-offers-it",
        "Today, Stratus Cloud announced that DeepSeek-R1 is now available in its model catalogue. "
        "Orbit Systems said DeepSeek-V3 is now available on its platform. DeepSeek-R1 is now "
        "available on Amazon Bedrock.",
        "2025-02-12",
        # (the first two were DeepSeek's releases: a hyphenated model name was not read as the
        # target's, nor "its" as the announcer's platform)
        [
            {"actor": {"Stratus Cloud"}, "kind": {"adopt"}, "date": "2025-02-12"},
            {"actor": {"Orbit Systems"}, "kind": {"adopt"}},
            {"actor": {"Amazon Web Services", "AWS", "Amazon"}, "kind": {"adopt"}},
        ],
        exact=True,
    ),
    case(
        "r18-launching-an-examination-of-it-is-an-inquiry",
        "Turkey's Personal Data Protection Authority said it had launched an examination of "
        "DeepSeek's data practices. The Garante opened an examination into the chatbot on "
        "Monday.",
        "2025-07-16",
        # (the first was a release: "launched" was read, not the examination)
        [
            {"country": "TR", "actor_kind": "regulator", "kind": {"investigate"}},
            {"actor": GARANTE, "kind": {"investigate"}, "date": "2025-07-14"},
        ],
        exact=True,
    ),
    case(
        "r18-a-generic-body-name-under-a-dateline-is-the-dateline-country-s",
        "ISLAMABAD: The IT ministry told officials to avoid DeepSeek.\n\nSeparately, the "
        "National Assembly's standing committee on IT called for a ban on the Chinese app on "
        "Tuesday.",
        "2025-02-20",
        # (Korea's National Assembly: the one such body the gazetteer knows; a nationality
        # that describes the target names no other country)
        [
            {"country": "PK", "kind": {"warn"}},
            {"country": "PK", "actor_kind": "legislature", "kind": {"call_for"},
             "date": "2025-02-18"},
        ],
        exact=True,
    ),
    case(
        "r18-a-preposition-in-the-sentence-before-does-not-make-a-place-a-modifier",
        "Chile's consumer agency cautioned users about the files they upload to DeepSeek. "
        "Thailand's digital economy minister Prasert Jantararuangtong said the government would "
        "review the app. Spain's consumer group said the data goes to servers in China. "
        "Malaysia's digital minister Gobind Singh Deo said the government would assess the app.",
        "2025-02-27",
        # (Chile's and Spain's reviews: "to DeepSeek. Thailand" was read as a place after a
        # preposition, a place that only describes the target's data)
        [
            {"country": "CL", "kind": {"warn"}},
            {"actor": {"Thailand"}, "kind": {"investigate"}, "status": "planned"},
            {"actor": {"Malaysia"}, "kind": {"investigate"}, "status": "planned"},
        ],
        exact=True,
    ),
    case(
        "r18-a-country-label-before-a-colon-is-no-second-predicate-s-subject",
        "- Italy: the privacy regulator ordered DeepSeek to block its chatbot on Jan. 30 and "
        "opened an investigation.\n- Belgium: the data protection authority received a "
        "complaint and opened a case against the app.",
        "2025-03-10",
        # (the investigation and the case were the label country's: the second predicate read
        # the sentence's first mention as its subject)
        [
            {"actor": GARANTE, "kind": {"block"}, "date": "2025-01-30"},
            {"actor": GARANTE, "kind": {"investigate"}},
            {"country": "BE", "actor_kind": "regulator", "kind": {"investigate"}},
        ],
        exact=True,
    ),
    case(
        "r18-adding-it-to-a-direction-that-bars-apps-bans-it",
        "The Department of Home Affairs added DeepSeek's latest models to its direction barring "
        "the app from government devices. Taiwan added DeepSeek to its directive prohibiting "
        "Chinese apps at agencies.",
        "2026-02-10",
        # (the first was an adoption and a ban by DeepSeek, the second the same)
        [
            {"actor": {"Department of Home Affairs"}, "kind": {"ban"},
             "scope": {"government_devices"}},
            {"actor": {"Taiwan"}, "kind": {"ban"}},
        ],
        exact=True,
    ),
    case(
        "r18-a-state-ban-in-a-headline-is-the-state-s-the-text-names",
        "Lawsuit over state ban on DeepSeek thrown out\n\nA federal judge on Tuesday threw out "
        "a lawsuit that challenged Iowa's ban on DeepSeek on state devices.",
        "2026-03-04",
        # (the headline's was the United States' ban: "state" was read as the country; the
        # body's took the ruling's date)
        [{"actor": {"Iowa"}, "country": "US", "kind": {"ban"}, "date": None}],
        exact=True,
        raw=True,
    ),
    case(
        "r18-a-measure-its-owner-s-possessive-names-after-a-ruling-verb-keeps-no-ruling-date",
        "On Monday, a Rome court upheld the Garante's block of DeepSeek. Researchers last week "
        "challenged Virginia's ban on the app.",
        "2026-03-04",
        # (both took the ruling's or the challenge's date)
        [
            {"actor": GARANTE, "kind": {"block"}, "date": None},
            {"actor": {"Virginia"}, "kind": {"ban"}, "date": None},
        ],
        exact=True,
    ),
    case(
        "r18-a-bill-that-would-extend-the-state-s-ban-is-on-the-service",
        "Ohio banned DeepSeek on state phones in 2025. Ohio lawmakers introduced a bill on "
        "Monday that would extend the state's ban to contractors.",
        "2026-03-04",
        # (the bill's target was the words "on Monday that would extend the state's ban to
        # contractors")
        [
            {"actor": {"Ohio"}, "kind": {"ban"}, "date": "2025"},
            {"country": "US", "actor_kind": "legislature", "kind": {"call_for", "ban"},
             "status": "proposed", "targets": ["DeepSeek"], "date": "2026-03-02"},
        ],
        exact=True,
    ),
    case(
        "r18-the-unnamed-head-of-a-body-acts-for-the-body",
        "The President of the Personal Data Protection Office has ordered a temporary "
        "limitation on the processing of Polish users' data by DeepSeek. The chairman of "
        "South Korea's Personal Information Protection Commission ordered a suspension of new "
        "downloads of the app.",
        "2025-03-05",
        # (neither was read: the body after "of" was taken for a prepositional phrase's)
        [
            {"country": "PL", "actor_kind": "regulator", "kind": {"restrict"},
             "temporary": True},
            {"actor": PIPC, "kind": {"suspend"}, "scope": {"app_store"}},
        ],
        exact=True,
    ),
    case(
        "r18-a-decision-s-capitalised-the-authority-is-the-body-named-before",
        "South Africa's Information Regulator opened an inquiry into DeepSeek in February. The "
        "Regulator has since ordered the company to suspend its app. Hungary's data protection "
        "office examined the chatbot. The Authority has told public bodies to stop using it.",
        "2025-06-05",
        # (the order and the instruction were no one's)
        [
            {"country": "ZA", "kind": {"investigate"}, "date": "2025-02"},
            {"country": "ZA", "kind": {"suspend"}},
            {"country": "HU", "kind": {"investigate"}},
            {"country": "HU", "kind": {"ban", "warn"}},
        ],
        exact=True,
    ),
    case(
        "r18-a-relative-clause-on-a-signed-order-takes-the-signing-date",
        "Governor Josh Stein today signed Executive Order 12, which prohibits the use of "
        "DeepSeek on state-issued devices. The Interior Ministry on Friday issued a circular, "
        "which bars officials from installing the app.",
        "2025-02-18",
        # (neither had a date: the relative clause was read alone)
        [
            {"actor": {"Josh Stein"}, "kind": {"ban"}, "date": "2025-02-18",
             "scope": {"government_devices"}},
            {"actor": {"Interior Ministry"}, "kind": {"ban"}, "date": "2025-02-14"},
        ],
        exact=True,
    ),
    case(
        "r18-a-court-rejecting-a-party-s-appeal-opposes-no-measure",
        "Italy's Council of State upheld the Garante's block of the app, rejecting an appeal by "
        "the company. Beijing rejected the ban as discriminatory.",
        "2026-02-10",
        # (the Council of State opposed "appeal by the company"; the last is a guard)
        [
            {"actor": GARANTE, "kind": {"block"}},
            {"actor": {"China"}, "kind": {"oppose"}},
        ],
        exact=True,
    ),
]


ROUND_EIGHTEEN_B_ACTACT = [
    case(
        "r18b-a-state-s-lawmakers-are-its-legislature-where-the-gazetteer-knows-it",
        "New York lawmakers introduced a bill on Monday to bar DeepSeek from state devices. "
        "Virginia legislators filed a bill to ban the app as well.",
        "2026-03-04",
        # (both were new bodies named "New York Lawmakers", "Virginia Legislators": the
        # legislatures' names hold "Legislature" and "General Assembly", no hint word)
        [
            {"actor": {"New York State Legislature", "New York Legislature"},
             "kind": {"call_for"}, "date": "2026-03-02"},
            {"actor": {"Virginia General Assembly"}, "kind": {"call_for"}},
        ],
        exact=True,
    ),
    case(
        "r18b-a-listed-member-s-own-measure-refines-the-group-s-restriction",
        "A number of governments have restricted the Chinese chatbot, among them Taiwan, which "
        "banned it from government devices in January. Several states have restricted the app, "
        "including Texas.",
        "2025-04-02",
        # (Taiwan's was "restrict": the group's word kept over the member's own; the second
        # is a guard, a member with no measure of its own)
        [
            {"actor": {"Taiwan"}, "kind": {"ban"}, "date": "2025-01",
             "scope": {"government_devices"}},
            {"actor": {"Texas"}, "kind": {"restrict"}},
        ],
        exact=True,
    ),
    case(
        "r18b-adding-a-target-to-an-existing-ban-imposes-it",
        "Taiwan's cabinet added DeepSeek's newest model to its ban on government devices on "
        "Friday. Ohio added the app to the state's existing prohibition on Chinese software.",
        "2025-06-09",
        # (neither gave anything: "its ban" read as one stated before, and "added ... to" as
        # an adoption of the app by Ohio)
        [
            {"country": "TW", "kind": {"ban"}, "date": "2025-06-06",
             "scope": {"government_devices"}},
            {"actor": {"Ohio"}, "kind": {"ban"}},
        ],
        exact=True,
    ),
    case(
        "r18b-an-institution-s-it-service-acts-for-it",
        "The European Commission's IT service has told staff not to install the Chinese chatbot "
        "on work phones.",
        "2025-05-05",
        # (nothing: "IT service" after the possessive read as a name the owner only modifies)
        [{"actor": {"European Commission"}, "kind": {"ban"}}],
        exact=True,
    ),
    case(
        "r18b-begun-is-a-form-of-began",
        "The Kerala government has begun testing DeepSeek for its tax helpline. Wipro had begun "
        "providing R1 to clients by March.",
        "2025-05-05",
        # (nothing: "began testing", "began providing" were rows, their participles not)
        [
            {"country": "IN", "kind": {"adopt"}, "status": "done"},
            {"actor": {"Wipro"}, "kind": {"adopt"}, "date": "2025-03"},
        ],
        exact=True,
    ),
    case(
        "r18b-a-maker-s-named-app-before-a-gapped-phrase-acts",
        "ByteDance's Doubao app added DeepSeek-R1 as an option in February.",
        "2025-05-05",
        # (nothing: "app added" read as a reduced relative, the gap's object not seen)
        [{"actor": {"ByteDance"}, "kind": {"adopt", "integrate"}, "date": "2025-02"}],
        exact=True,
    ),
    case(
        "r18b-generic-ai-features-are-no-product",
        "Xiaomi is working with Baidu to bring AI features to phones sold in China. Vivo will "
        "bring DeepSeek-powered AI features to its handsets.",
        "2025-05-05",
        # (the first was Baidu's integration of nothing; the second is a guard)
        [{"actor": {"Vivo"}, "kind": {"integrate"}, "status": "planned"}],
        exact=True,
    ),
    case(
        "r18b-unverified-posts-and-rumours-tell-of-no-act",
        "Social media posts claimed on Sunday that Vietnam's information ministry had blocked "
        "the chatbot. Rumours spread online that Thailand had banned DeepSeek. In a post on X, "
        "Indonesia's communications ministry said it had blocked DeepSeek.",
        "2025-02-10",
        # (the first two were blocks and bans; the last is a guard: the body's own post)
        [{"country": "ID", "kind": {"block"}}],
        exact=True,
    ),
]


ROUND_NINETEEN_ACTACT = [
    case(
        "r19-a-firm-saying-it-does-not-use-it-bans-nothing",
        "Toyota said it does not use DeepSeek in its cars. Rakuten did not install the Chinese "
        "model on its servers, a spokesman said. Sony's staff may not use the app on work "
        "laptops, the company said.",
        "2025-03-01",
        # (the first two were bans: a fact of use was read as a rule; the last is a guard)
        [{"actor": {"Sony"}, "kind": {"ban"}, "scope": {"work_use"}}],
        exact=True,
    ),
    case(
        "r19-reports-the-sentence-calls-false-tell-of-no-act",
        "Reports that Vietnam's information ministry had blocked DeepSeek were false, officials "
        "said. Claims that Malaysia would ban the app proved baseless.",
        "2025-03-01",
        # (a block and a planned ban: the reports were read as the measures)
        [],
        exact=True,
    ),
    case(
        "r19-an-instrument-s-participle-in-a-later-clause-is-its-issuer-s",
        "Jordan's digital economy ministry is studying the app, while Bahrain's central bank "
        "issued a circular urging caution over DeepSeek.",
        "2025-03-01",
        # (the warning was Jordan's: the sentence's first act, in the clause before "while",
        # was taken for the one the circular follows)
        [
            {"country": "JO", "kind": {"investigate"}},
            {"country": "BH", "actor_kind": "regulator", "kind": {"warn"}},
        ],
        exact=True,
    ),
    case(
        "r19-dropping-or-replacing-it-ends-its-use-switching-to-it-adopts",
        "Zalando has replaced DeepSeek with an in-house model. Rakuten replaced its "
        "customer-service bot with DeepSeek-R1 in May. Siemens ditched the Chinese chatbot last "
        "month. Nubank will phase out DeepSeek by the end of the year. Tencent switched to "
        "DeepSeek-R1 for its Yuanbao assistant.",
        "2025-06-10",
        # (none was read: "replaced ... with", "ditched", "phase out", "switched to" were no
        # rows; which side of "with" names the model tells a drop from an adoption)
        [
            {"actor": {"Zalando"}, "kind": {"ban", "suspend"}},
            {"actor": {"Rakuten"}, "kind": {"adopt"}, "date": "2025-05"},
            {"actor": {"Siemens"}, "kind": {"ban", "suspend"}, "date": "2025-05"},
            {"actor": {"Nubank"}, "kind": {"ban", "suspend"}, "status": "planned"},
            {"actor": {"Tencent"}, "kind": {"adopt"}},
        ],
        exact=True,
    ),
    case(
        "r19-it-after-an-unnamed-speaker-is-no-earlier-name",
        "Zalando said it had stopped using DeepSeek, and a French security firm said it had "
        "dropped the model from its product. After criticism of DeepSeek, a Chinese bank said "
        "it had deployed the model.",
        "2025-06-10",
        # (the drop and the deployment were DeepSeek's: "it" was read as the name before the
        # unnamed firm and bank)
        [{"actor": {"Zalando"}, "kind": {"ban", "suspend"}}],
        exact=True,
    ),
    case(
        "r19-a-regulator-telling-a-class-of-firms-to-assess-the-risks-warns",
        "Hong Kong's Securities and Futures Commission has told licensed corporations to assess "
        "the risks of using DeepSeek. Singapore's central bank told regulated entities to "
        "review the risks of the app.",
        "2025-02-27",
        # (both were the regulators' own inquiries: only "all/local/financial ..." plurals were
        # read as unnamed listeners, not a class a participle names)
        [
            {"actor": {"Securities and Futures Commission"}, "kind": {"warn"}},
            {"actor": {"Monetary Authority of Singapore"}, "kind": {"warn"}},
        ],
        exact=True,
    ),
    case(
        "r19-running-the-model-on-one-s-servers-hosts-it",
        "Perplexity said it now runs R1 on servers in the US and Europe. Kakao is running "
        "DeepSeek-V3 on its own servers.",
        "2025-01-31",
        # (neither was read: only "runs on its" an intransitive use, was a row)
        [
            {"actor": {"Perplexity", "Perplexity AI"}, "kind": {"adopt"}},
            {"actor": {"Kakao"}, "kind": {"adopt"}},
        ],
        exact=True,
    ),
    case(
        "r19-upgrading-a-platform-with-it-integrates-it",
        "ICBC said its AI platform had been upgraded with DeepSeek. Geely upgraded its in-car "
        "assistant with DeepSeek-R1 on Friday.",
        "2025-02-19",
        # (neither was read: "upgraded ... with" was no row)
        [
            {"actor": {"Industrial and Commercial Bank of China", "ICBC"},
             "kind": {"integrate", "adopt"}},
            {"actor": {"Geely", "Geely Automobile Holdings"}, "kind": {"integrate", "adopt"},
             "date": "2025-02-14"},
        ],
        exact=True,
    ),
    case(
        "r19-a-planned-test-takes-it-up-a-test-for-flaws-does-not",
        "Kazakhstan's digital ministry will test DeepSeek in its e-government services. Cisco "
        "researchers are testing the model for security flaws.",
        "2025-04-02",
        # (the first was nothing, the second an adoption by Cisco)
        [{"country": "KZ", "kind": {"adopt"}, "status": "planned"}],
        exact=True,
    ),
    case(
        "r19-replacing-a-pronoun-or-a-survey-s-plans-take-nothing-up",
        "Indonesia's ministry withdrew its February notice, replacing it with guidance that "
        "approves some domestic models. About a third of respondents said they planned to test "
        "the model.",
        "2025-06-10",
        # (guards: the new "replacing ... with" and "planned to test" rows must not read a
        # replaced instrument as a dropped model, nor the survey's "they" as a firm before)
        [],
        exact=True,
    ),
    case(
        "r19-a-modal-before-and-the-new-subject-is-not-its",
        "France's CNIL said it would question DeepSeek, and the Dutch regulator launched an "
        "investigation into the app.",
        "2025-04-15",
        # (the Dutch inquiry was planned: only a capitalised subject after ", and" closed the
        # modal's clause)
        [
            {"actor": {"CNIL"}, "kind": {"request_information", "investigate"},
             "status": "planned"},
            {"country": "NL", "kind": {"investigate"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "r19-a-relative-clause-between-dashes-is-its-antecedent-s",
        "NASA — which blocked DeepSeek in January — said its guidance remained in force. The "
        "Garante — which banned ChatGPT in 2023 — ordered DeepSeek to block its chatbot.",
        "2025-03-03",
        # (nothing: the dashes broke the clause, and neither subject was found)
        [
            {"actor": {"NASA", "National Aeronautics and Space Administration"},
             "kind": {"block"}, "date": "2025-01"},
            {"actor": GARANTE, "kind": {"ban"}, "targets": ["ChatGPT"], "date": "2023"},
            {"actor": GARANTE, "kind": {"block"}},
        ],
        exact=True,
    ),
    case(
        "r19-telling-staff-not-to-upload-data-to-it-warns",
        "The National Institutes of Health told researchers not to upload patient data to "
        "DeepSeek. Norway's health ministry told staff not to enter sensitive information into "
        "the chatbot.",
        "2025-03-03",
        # (nothing: only "urged ... not to upload" was read, as a call made a warning)
        [
            {"actor": {"National Institutes of Health", "NIH"}, "kind": {"warn"}},
            {"country": "NO", "kind": {"warn"}},
        ],
        exact=True,
    ),
    case(
        "r19-the-place-a-question-asks-a-ban-in-sets-the-answer-s-scene",
        "Denmark's defence ministry told staff to avoid the app.\n\nIs it banned in "
        "Britain?\nNot officially. Ministers said the government would monitor the app.",
        "2025-04-15",
        # (the monitoring was Denmark's: a place after "banned in" was read as one that only
        # describes the target)
        [
            {"country": "DK", "kind": {"warn"}},
            {"actor": {"United Kingdom", "Britain"}, "kind": {"investigate"},
             "status": "planned"},
        ],
        exact=True,
    ),
    case(
        "r19-a-group-s-members-listed-after-a-colon-act",
        "Several countries have banned the app on government devices: Australia, Taiwan and "
        "South Korea. Companies that have adopted the model: Baidu, Tencent and Geely.",
        "2025-05-20",
        # (nothing: only ", including ..." named a group's members)
        [
            {"actor": {"Australia"}, "kind": {"ban"}, "scope": {"government_devices"}},
            {"actor": {"Taiwan"}, "kind": {"ban"}, "scope": {"government_devices"}},
            {"actor": {"South Korea"}, "kind": {"ban"}, "scope": {"government_devices"}},
            {"actor": {"Baidu"}, "kind": {"adopt"}},
            {"actor": {"Tencent"}, "kind": {"adopt"}},
            {"actor": {"Geely", "Geely Automobile Holdings"}, "kind": {"adopt"}},
        ],
        exact=True,
    ),
    case(
        "r19-a-round-up-s-measure-label-is-the-listed-places-own",
        "Where DeepSeek is banned\n\nBanned on government devices: Australia, Taiwan, South "
        "Korea.\n\nBlocked entirely: Italy.",
        "2025-05-20",
        # (nothing: a label with no subject before its colon gave no one)
        [
            {"actor": {"Australia"}, "kind": {"ban"}, "scope": {"government_devices"}},
            {"actor": {"Taiwan"}, "kind": {"ban"}, "scope": {"government_devices"}},
            {"actor": {"South Korea"}, "kind": {"ban"}, "scope": {"government_devices"}},
            {"actor": {"Italy"}, "kind": {"block"}},
        ],
        exact=True,
        raw=True,
    ),
    case(
        "r19-members-the-next-sentence-names-among-them-act",
        "Several central state-owned enterprises have officially connected to DeepSeek, "
        "according to regulators. Sinopec, China Mobile and China Southern Airlines are among "
        "them.",
        "2025-02-21",
        # (nothing: the group's members were read only after ", including"; "enterprises" was
        # no group noun, "officially" no word between it and the verb)
        [
            {"actor": {"Sinopec", "China Petroleum & Chemical Corporation"},
             "kind": {"integrate", "adopt"}},
            {"actor": {"China Mobile"}, "kind": {"integrate", "adopt"}},
            {"actor": {"China Southern Airlines"}, "kind": {"integrate", "adopt"}},
        ],
        exact=True,
    ),
    case(
        "r19-adding-support-for-it-integrates-it",
        "Cursor added support for DeepSeek-R1 on Tuesday. JetBrains is adding "
        "support for the model in its IDEs. The minister added support for a ban on the app.",
        "2025-02-05",
        # (the first two gave nothing; the last is a guard: support for a measure is no
        # product's)
        [
            {"actor": {"Cursor"}, "kind": {"integrate", "adopt"}, "date": "2025-02-04"},
            {"actor": {"JetBrains"}, "kind": {"integrate", "adopt"}},
        ],
        exact=True,
    ),
]


ROUND_NINETEEN_B_ACTACT = [
    case(
        "r19b-a-second-call-in-a-coordinate-clause-is-its-own-subject-s",
        "Senator Sarah Henderson renewed her call for a ban on DeepSeek on Monday, and MP Tim "
        "Wilson repeated his call for a nationwide ban on the app.",
        "2025-03-05",
        # (Wilson's call was lost: the first call's object ran to the end of the sentence and
        # took the second "call" in as its own)
        [
            {"actor": {"Sarah Henderson"}, "kind": {"call_for"}, "date": "2025-03-03"},
            {"actor": {"Tim Wilson"}, "kind": {"call_for"}},
        ],
        exact=True,
    ),
    case(
        "r19b-a-relative-whose-noun-is-the-subject-of-the-participle",
        "Montana, whose governor banned DeepSeek on state devices last month, is now weighing "
        "further limits on the app. Ireland, whose privacy regulator opened an inquiry into "
        "DeepSeek in January, has yet to report.",
        "2025-03-05",
        # (neither the ban nor the inquiry was read: "governor banned", "regulator opened"
        # were taken for a noun and its reduced relative; the ban then swallowed the
        # weighing, a done measure and a considered one being two acts)
        [
            {"actor": {"Montana"}, "kind": {"ban"}, "status": "done", "date": "2025-02",
             "scope": {"government_devices"}},
            {"actor": {"Montana"}, "kind": {"restrict"}, "status": "considered"},
            {"country": "IE", "kind": {"investigate"}, "date": "2025-01"},
        ],
        exact=True,
    ),
    case(
        "r19b-a-capital-among-listed-cities-is-the-city-s-own-government",
        "Several municipalities, such as Copenhagen and Aarhus, have blocked DeepSeek on staff "
        "devices.",
        "2025-03-05",
        # (the block was Denmark's: the capital, with no city entry, read as the country)
        [{"actor": {"Copenhagen City Government"}, "actor_kind": "subnational_government",
          "country": "DK", "kind": {"block"}}],
        exact=True,
    ),
    case(
        "r19b-making-a-tool-built-on-the-model-integrates-it",
        "Maharashtra's IT department has set up a DeepSeek-based helpdesk for citizens. Tsinghua "
        "University developed a tutoring tool powered by DeepSeek. Mistral built a rival to "
        "DeepSeek. The ministry created a working group on AI.",
        "2025-03-05",
        # (nothing was read: "set up", "developed", "built" were no rows; the last two are
        # guards: what is made is not built on the model)
        [
            {"country": "IN", "kind": {"integrate"}},
            {"actor": {"Tsinghua University"}, "kind": {"integrate"}},
        ],
        exact=True,
    ),
    case(
        "r19b-asking-for-a-measure-is-a-call",
        "Several MEPs asked for the DeepSeek app to be removed from EU staff phones. Senator "
        "Pete Ricketts asked for a ban on DeepSeek. DeepSeek did not reply when asked for "
        "comment.",
        "2025-03-05",
        # (neither call was read: "asked for" was no row; the last is a guard)
        [
            {"actor": {"European Parliament"}, "kind": {"call_for"}},
            {"actor": {"Pete Ricketts"}, "kind": {"call_for"}},
        ],
        exact=True,
    ),
    case(
        "r19b-a-gerund-that-a-modal-follows-is-a-supposed-measure",
        "The Electronic Frontier Foundation warned that blocking DeepSeek would set a bad "
        "precedent. Amnesty International said banning the app could harm free expression. "
        "Denmark banned DeepSeek on state phones.",
        "2025-03-05",
        # (the first two were the speakers' own block and ban: the gerund subject of a
        # modal clause was read as their act)
        [{"actor": {"Denmark"}, "kind": {"ban"}}],
        exact=True,
    ),
    case(
        "r19b-an-unknown-name-before-a-relative-clause-is-the-subject",
        "Rheinmetall, whose chief executive called Chinese AI a security risk, has barred "
        "DeepSeek at all of its sites. Hensoldt, which makes radar systems, blocked the app on "
        "company laptops.",
        "2025-03-05",
        # (neither was read: an unknown name took an apposition, never a relative clause)
        [
            {"actor": {"Rheinmetall"}, "actor_kind": "company", "kind": {"ban"}},
            {"actor": {"Hensoldt"}, "actor_kind": "company", "kind": {"block"}},
        ],
        exact=True,
    ),
    case(
        "r19b-taking-a-similar-step-follows-the-last-measure",
        "Airbus banned DeepSeek on company laptops in February. Thales took a similar step a "
        "week later. BAE Systems has since taken the same step.",
        "2025-03-05",
        # (only "took similar action/steps/measures" followed: the singular step and "the
        # same step" were no phrases)
        [
            {"actor": {"Airbus"}, "kind": {"ban"}, "date": "2025-02"},
            {"actor": {"Thales"}, "kind": {"ban"}},
            {"actor": {"BAE Systems"}, "kind": {"ban"}},
        ],
        exact=True,
    ),
    case(
        "r19b-a-measure-a-critic-opposes-is-not-its-own",
        "The Electronic Frontier Foundation, which has criticised app bans in the past, said "
        "it would study DeepSeek.",
        "2025-03-05",
        # (a ban of the foundation's own as well: only "the/its/new ... bans" or a name before
        # the noun made it the object of the opposition)
        [
            {"actor": {"Electronic Frontier Foundation"}, "kind": {"oppose"}},
            {"actor": {"Electronic Frontier Foundation"}, "kind": {"investigate"},
             "status": "planned"},
        ],
        exact=True,
    ),
    case(
        "r24-a-ahead-of-dated-event",
        "CANBERRA - The Australian Electoral Commission said on Tuesday it had blocked DeepSeek "
        "on all of its devices ahead of the May 3 federal election. Its counterpart across the "
        "Tasman, New Zealand's Electoral Commission, blocked the app on April 2, in the run-up "
        "to the June 14 local elections.",
        "2025-04-22",
        # (the action took the date of the event it came ahead of)
        [
            {"actor": {"Australian Electoral Commission", "Electoral Commission", "AEC"},
             "country": "AU", "kind": {"block"}, "date": "2025-04-22"},
            {"actor": {"Electoral Commission", "New Zealand Electoral Commission"},
             "country": "NZ", "kind": {"block"}, "date": "2025-04-02"},
        ],
        exact=True,
    ),
    case(
        "r24-a-followed-a-week-later",
        "THE HAGUE - The Dutch digital affairs ministry barred civil servants from using DeepSeek "
        "on official devices on Feb. 13, and Belgium's federal government followed a week "
        "later.\n\nIn the United States, Texas banned the app on state-issued devices in late "
        "January. Virginia followed this week.",
        "2025-02-26",
        # ("followed" with a time after it, no "suit", stated nothing)
        [
            {"actor": {"Ministry of the Interior and Kingdom Relations", "Digital Affairs Ministry",
                       "Dutch digital affairs ministry", "Netherlands"}, "kind": {"ban"}},
            {"actor": {"Belgium", "Belgian federal government"}, "kind": {"ban"},
             "scope": {"government_devices"}, "date": "2025-02-20"},
            {"actor": {"Texas"}, "kind": {"ban"}},
            {"actor": {"Virginia"}, "kind": {"ban"}, "date": "2025-W09"},
        ],
        exact=True,
    ),
    case(
        "r24-a-even-as-some-plural",
        "Health authorities in several countries have barred hospitals from using the Chinese "
        "chatbot DeepSeek with patient records, even as some Chinese hospitals have rushed to "
        "deploy it.",
        "2025-02-28",
        # (the unnamed plural after "even as some" was no subject: DeepSeek "released" itself)
        [],
        exact=True,
    ),
    case(
        "r24-a-isp-order-and-earlier-platform",
        "ISLAMABAD - The Pakistan Telecommunication Authority on Tuesday directed internet "
        "service providers to block access to DeepSeek's website, a move officials described as "
        "temporary. The PTA has used the same powers before, blocking the social platform X in "
        "February 2024.",
        "2025-05-14",
        # (the block of X merged into the one on DeepSeek and gave it its date; "officials"
        # who describe the move set government devices; the providers told to block set none)
        [
            {"actor": {"Pakistan Telecommunication Authority", "PTA"}, "kind": {"block"},
             "targets": ["DeepSeek"], "date": "2025-05-13", "scope": {"nationwide"},
             "temporary": True},
            {"actor": {"Pakistan Telecommunication Authority", "PTA"}, "kind": {"block"},
             "targets": ["X"], "date": "2024-02"},
        ],
        exact=True,
    ),
    case(
        "r24-a-app-then-weekday-guard",
        "ROME - Italy's privacy watchdog blocked the app Thursday, and Texas banned the service "
        "Jan. 31 on state-issued devices.",
        "2025-02-01",
        # (guard: a date after "the app" is no other product's name)
        [
            {"actor": GARANTE, "kind": {"block"}, "targets": ["DeepSeek"], "date": "2025-01-30"},
            {"actor": {"Texas"}, "kind": {"ban"}, "targets": ["DeepSeek"], "date": "2025-01-31"},
        ],
        exact=True,
    ),
    case(
        "r24-a-aside-then-and-would-own-model",
        "TOKYO - SoftBank Corp. said it would not use DeepSeek, citing security concerns, and "
        "would instead roll out its own Japanese-language model to staff by the summer.",
        "2025-04-09",
        # (the object before an aside and "and would" was the second verb's subject: DeepSeek
        # "released" the firm's own model; as SoftBank's, it was an adoption of DeepSeek)
        [{"actor": {"SoftBank Corp.", "SoftBank"}, "kind": {"ban"}, "status": "planned",
          "reasons": {"security"}}],
        exact=True,
    ),
    case(
        "r24-a-available-as-managed-model-in",
        "SEATTLE - Amazon Web Services said on Monday that DeepSeek's V3.1 is now available as a "
        "fully managed model in Amazon Bedrock, in regions including US West (Oregon).",
        "2025-08-26",
        # (only "now available in" read: the kind it is offered as cut the phrase)
        [{"actor": {"Amazon Web Services", "AWS"}, "kind": {"adopt"}, "date": "2025-08-25"}],
        exact=True,
    ),
    case(
        "r24-a-cross-border-cases-no-reason",
        "DUBLIN - The Irish Data Protection Commission, which leads many cross-border cases in "
        "the EU, said on Thursday it had written to DeepSeek asking for details of its data "
        "processing.",
        "2025-01-31",
        # (the lead authority's "cross-border cases" gave the request a data-transfer reason)
        [{"actor": DPC, "kind": {"request_information"}, "reasons": set()}],
        exact=True,
    ),
    case(
        "r24-a-without-naming-deepseek",
        "SYDNEY - The Australian Prudential Regulation Authority wrote to banks and insurers on "
        "Tuesday urging them to review their use of generative AI tools developed abroad, "
        "without naming DeepSeek.",
        "2025-03-18",
        # (the name it left out was taken for the call's target)
        [{"actor": {"Australian Prudential Regulation Authority", "APRA"},
          "kind": {"call_for", "warn"}, "targets": ["generative AI"]}],
        exact=True,
    ),
    case(
        "r24-a-reviewing-before-adding",
        "REDMOND - Microsoft said it was reviewing DeepSeek's V3.2-Exp model before adding it "
        "to Azure AI Foundry.",
        "2025-09-30",
        # (an adoption after a review still under way read as done)
        [
            {"actor": {"Microsoft"}, "kind": {"investigate"}},
            {"actor": {"Microsoft"}, "kind": {"adopt"}, "status": "considered"},
        ],
        exact=True,
    ),
    case(
        "r24-a-tested-before-adding-guard",
        "SEATTLE - Amazon tested DeepSeek's R1 for weeks before adding it to its Bedrock "
        "catalogue in January, the company said.",
        "2025-09-30",
        # (guard: a review that is over before the adoption leaves it done)
        [{"actor": {"Amazon"}, "kind": {"adopt"}, "status": "done", "date": "2025-01"}],
    ),
    case(
        "r24-a-in-the-spring-no-report-date",
        "BRUSSELS - The European Parliament blocked DeepSeek on staff devices in the spring, "
        "officials said on Monday. The European Commission said on Monday it had restricted the "
        "app on its own devices over the winter.",
        "2025-06-03",
        # (an undated time of the act gave way to the report's "on Monday")
        [
            {"actor": {"European Parliament"}, "kind": {"block"}, "date": None},
            {"actor": {"European Commission"}, "kind": {"restrict"}, "date": None},
        ],
        exact=True,
    ),
]


ROUND_NINETEEN_C_ACTACT = [
    case(
        "r19c-a-tool-still-being-made-on-the-model-is-planned",
        "Hangzhou is building a DeepSeek-based assistant for its tax office. Wuxi developed a "
        "DeepSeek-powered hotline last year.",
        "2025-03-05",
        # (the assistant was read as done: a progressive of making says the tool is not yet in
        # use; the second, made, is the guard)
        [
            {"actor": {"Hangzhou"}, "kind": {"integrate"}, "status": "planned"},
            {"actor": {"Wuxi"}, "kind": {"integrate"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "r19c-an-unknown-name-that-takes-the-same-step-follows",
        "Thales barred DeepSeek from employee laptops in February. Dassault Aviation followed "
        "suit in March. Protests followed.",
        "2025-04-05",
        # (the follow was lost: the name no gazetteer holds was dropped as a word the text makes
        # no actor of; "Protests followed." is the guard)
        [
            {"actor": {"Thales"}, "kind": {"ban"}, "date": "2025-02"},
            {"actor": {"Dassault Aviation"}, "kind": {"ban"}, "date": "2025-03",
             "scope": {"work_use"}},
        ],
        exact=True,
    ),
    case(
        "r19c-ministers-in-a-place-are-its-government",
        "Health ministers in New Zealand banned DeepSeek on hospital computers. Cabinet "
        "ministers in Ontario agreed to keep the app off their phones.",
        "2025-03-05",
        # (neither was read: "ministers in" did not make the place the subject, as "officials
        # in" does)
        [
            {"actor": {"New Zealand"}, "kind": {"ban"}},
            {"actor": {"Ontario"}, "kind": {"ban"}},
        ],
        exact=True,
    ),
    case(
        "r19c-a-written-question-is-no-one-s-act",
        "Written question tabled by Deputy Ruth Coppinger to the Minister for Finance. To ask "
        "the Minister whether his department uses AI chatbots; and whether he will ban "
        "DeepSeek on departmental phones.",
        "2025-03-05",
        # (the question's "will block" was a block weighed by the senator, "she" the last
        # person named: the parliamentary formula asks all its sentence)
        [],
        exact=True,
    ),
    case(
        "r19c-a-listed-firm-s-legal-notice-states-no-act",
        "Baidu said on Thursday it had integrated DeepSeek-R1 into its search engine.\n\n"
        "Safe Harbor Statement\n\n"
        "Regulators in the United States could restrict the use of Chinese AI models, and the "
        "company may be unable to deploy new models as planned.\n\n"
        "Forward-Looking Statements: The European Union could ban apps built on DeepSeek.",
        "2025-03-05",
        # (each risk the notice lists was read as a restriction weighed)
        [{"actor": {"Baidu"}, "kind": {"integrate"}, "status": "done"}],
        exact=True,
    ),
    case(
        "r19c-removing-it-where-it-was-installed-adopts-nothing",
        "The Leeds City Council voted to bar staff from using DeepSeek. The motion also tells "
        "the council's IT team to delete the app from any laptop where it has been installed.",
        "2025-03-05",
        # (an adoption by the council was read in "where it has been installed": the state of
        # the devices, as "copies that are already installed" is)
        [{"kind": {"ban"}}],
        exact=True,
    ),
    case(
        "r19c-considering-a-similar-rule-is-a-follow-weighed",
        "Boeing barred DeepSeek from company computers in February. Lockheed Martin is expected "
        "to consider a similar rule next month, and Raytheon is weighing similar measures.",
        "2025-03-05",
        # (the first follow was lost: "consider a similar rule" was no phrase of a follow; the
        # second was read, but planned, from "expected to")
        [
            {"actor": {"Boeing"}, "kind": {"ban"}, "status": "done"},
            {"actor": {"Lockheed Martin"}, "kind": {"ban"}, "status": "considered"},
            {"actor": {"Raytheon"}, "kind": {"ban"}, "status": "considered"},
        ],
        exact=True,
    ),
]


ROUND_TWENTY_ACTACT = [
    case(
        "r20-a-firm-noun-before-another-firm-s-name-sets-that-firm-s-country",
        "Japan's Rakuten has no plans to deploy DeepSeek.\n\nFrench start-up Koyeb began "
        "hosting R1 on its European servers last week. German AI company Aleph Alpha added "
        "the model to its platform.",
        "2025-02-25",
        # (Koyeb took JP, the paragraph before's country: "French start-up" was read as the
        # target's own description, as in "Chinese startup DeepSeek"; Aleph Alpha is a guard)
        [
            {"actor": {"Koyeb"}, "country": "FR", "kind": {"adopt"}, "date": "2025-W08"},
            {"actor": {"Aleph Alpha"}, "country": "DE", "kind": {"adopt", "integrate"}},
        ],
        exact=True,
    ),
    case(
        "r20-launching-an-inquiry-with-its-modifiers-is-no-release",
        "Turkey's KVKK said it had launched an ex officio examination of DeepSeek. Poland's "
        "UODO launched a preliminary examination of the app, and Croatia's AZOP launched an "
        "in-depth review of the chatbot.",
        "2025-02-06",
        # (each was also a release: the words between the light verb and the inquiry's noun
        # were only a known few)
        [
            {"actor": {"KVKK"}, "kind": {"investigate"}},
            {"actor": {"UODO"}, "kind": {"investigate"}},
            {"actor": {"AZOP"}, "kind": {"investigate"}},
        ],
        exact=True,
    ),
    case(
        "r20-one-who-resists-calls-to-act-does-not-act",
        "Ottawa should resist calls from opposition MPs to outlaw the chatbot. The minister "
        "rejected pressure from industry groups to block DeepSeek. Italy blocked the app.",
        "2025-02-18",
        # (a proposed ban by Canada: only "faces" or "under" pressure or calls was read as
        # the subject being pressed)
        [{"actor": {"Italy"}, "kind": {"block"}}],
        exact=True,
    ),
    case(
        "r20-a-capital-s-city-hall-council-or-municipality-is-the-city-s-government",
        "Warsaw city hall told employees not to install DeepSeek on work phones. The Amsterdam "
        "municipality banned the app on staff laptops, and Lisbon's city council said it would "
        "review it.",
        "2025-03-05",
        # (Warsaw's and Amsterdam's were their countries' bans, Lisbon's council a national
        # agency: only "city / municipal / metropolitan government" described a city's own)
        [
            {"actor": {"Warsaw City Government", "Warsaw city hall"},
             "actor_kind": "subnational_government", "country": "PL", "kind": {"ban"}},
            {"actor": {"Amsterdam City Government", "Amsterdam municipality"},
             "actor_kind": "subnational_government", "country": "NL", "kind": {"ban"}},
            {"actor": {"Lisbon City Government", "Lisbon's city council"},
             "actor_kind": "subnational_government", "country": "PT",
             "kind": {"investigate"}, "status": "planned"},
        ],
        exact=True,
    ),
    case(
        "r20-rules-on-exports-restrict-goods-not-the-service",
        "DeepSeek's rise has alarmed Washington. Malaysia said it would tighten rules on "
        "data-centre exports, and Japan restricted exports of advanced servers to China. "
        "Taiwan banned DeepSeek in government agencies.",
        "2025-04-17",
        # (a planned and a done restriction of DeepSeek: only chips, GPUs and Nvidia's parts
        # were read as goods a curb is on)
        [{"actor": {"Taiwan"}, "kind": {"ban"}}],
        exact=True,
    ),
    case(
        "r20-a-reported-rule-that-staff-may-not-or-can-no-longer-use-it",
        "Hyundai said staff could no longer access DeepSeek on work laptops. Employees may not "
        "install the app on company phones, LG Uplus said. Staff can no longer use the chatbot "
        "on office computers, SK Telecom said.",
        "2025-02-20",
        # (none was read, and the last was a company "Staff": "could no longer" was no trigger,
        # and a closing attribution named the body for "must" and "should" rules only)
        [
            {"actor": {"Hyundai"}, "kind": {"block"}, "status": "done", "scope": {"work_use"}},
            {"actor": {"LG Uplus"}, "kind": {"ban"}, "status": "done"},
            {"actor": {"SK Telecom"}, "kind": {"ban"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "r20-recommending-a-measure-is-a-call",
        "Britain's NCSC recommended an outright ban on DeepSeek. The House Select Committee on "
        "the CCP recommends export controls on DeepSeek's models. Nvidia recommended "
        "DeepSeek-R1 to its customers.",
        "2025-04-17",
        # (neither call was read: "recommend" was a trigger only before avoid / not use /
        # refrain / against, a warning; Nvidia's endorsement is the guard)
        [
            {"actor": {"NCSC", "National Cyber Security Centre"}, "kind": {"call_for"}},
            {"actor": {"House Select Committee on the CCP"}, "kind": {"call_for"}},
        ],
        exact=True,
    ),
    case(
        "r20-a-second-predicate-is-never-the-first-one-s-object-s",
        "A House committee report called DeepSeek a profound threat and urged export controls "
        "on its models. Senator Josh Hawley called DeepSeek a threat and urged a ban.",
        "2025-04-17",
        # (the first call was DeepSeek's: the report's author unnamed, the object of "called"
        # was taken for the subject of "urged"; Hawley's is the guard)
        [{"actor": {"Josh Hawley"}, "kind": {"call_for"}}],
        exact=True,
    ),
]


ROUND_TWENTY_B_ACTACT = [
    case(
        "r20b-a-court-s-act-on-a-state-s-ban-leaves-the-ban-the-state-s",
        "A federal judge suspended Oregon's ban on DeepSeek last week. An appeals court struck "
        "down Kansas's prohibition of the app on Tuesday, and a state court blocked Iowa's "
        "ban on Monday.",
        "2025-06-12",
        # (Oregon's and Iowa's bans were lost, a court's suspending or blocking taken for no
        # measure at all, while 'struck down' kept Kansas's, dated on the ruling's Tuesday)
        [
            {"actor": {"Oregon"}, "kind": {"ban"}, "status": "done", "date": None},
            {"actor": {"Kansas"}, "kind": {"ban"}, "status": "done", "date": None},
            {"actor": {"Iowa"}, "kind": {"ban"}, "status": "done", "date": None},
        ],
        exact=True,
    ),
    case(
        "r20b-a-similar-order-by-someone-is-that-one-s-own-earlier-act",
        "Travis County blocked DeepSeek on county laptops on Friday, following a similar order "
        "by Governor Greg Abbott in January.",
        "2025-03-08",
        # (Abbott's order was lost: only 'followed suit' and the like made the one named
        # before do the same, none the agent named after 'a similar order by')
        [
            {"actor": {"Travis County"}, "kind": {"block"}, "date": "2025-03-07"},
            {"actor": {"Greg Abbott", "Texas"}, "kind": {"ban", "block"}, "status": "done",
             "date": "2025-01"},
        ],
        exact=True,
    ),
    case(
        "r20b-a-similar-move-by-someone-before-a-plan-is-past",
        "Kazakhtelecom said on Monday it would integrate DeepSeek into its customer chatbot, "
        "following a similar move by Kyrgyz operator MegaCom in February.",
        "2025-03-25",
        # (a guard for the new reading's date: "in February" in a clause "would" opens was
        # the February to come)
        [
            {"actor": {"Kazakhtelecom"}, "kind": {"integrate"}, "status": "planned"},
            {"actor": {"MegaCom"}, "kind": {"integrate"}, "status": "done",
             "date": "2025-02"},
        ],
        exact=True,
    ),
    case(
        "r20b-a-kind-of-fund-with-its-field-before-it-is-a-firm",
        "Abu Dhabi's sovereign AI fund MGX said on Monday it had no plans to back DeepSeek. "
        "Italy blocked the app in January.",
        "2025-03-18",
        # (an investment by the UAE: only "sovereign fund", "hedge fund" and the like were
        # kinds of firm, not one with a field between)
        [{"actor": {"Italy"}, "kind": {"block"}}],
        exact=True,
    ),
    case(
        "r20b-told-to-do-the-same-is-no-one-s-act",
        "South Korea's trade ministry blocked DeepSeek on Monday and told its affiliated "
        "agencies to do the same. Kia banned the app and asked its suppliers to follow suit.",
        "2025-02-11",
        # (DeepSeek blocked itself: the follow's subject was sought before "to", and the
        # object of "blocked" was taken)
        [
            {"country": "KR", "kind": {"block"}, "date": "2025-02-10"},
            {"actor": {"Kia"}, "kind": {"ban"}},
        ],
        exact=True,
    ),
    case(
        "r20b-said-its-own-measure-is-the-speaker-s",
        "The Ministry of Science and ICT said its own ban on DeepSeek on government devices "
        "remains in force. Taiwan banned DeepSeek on Feb. 3. Officials said their ban was "
        "needed to protect data.",
        "2025-04-29",
        # (the ministry's ban was lost: "its ban" was read as one stated before; Taiwan's is
        # the guard, one action)
        [
            {"actor": {"Ministry of Science and ICT"}, "kind": {"ban"}, "status": "done",
             "scope": {"government_devices"}},
            {"actor": {"Taiwan"}, "kind": {"ban"}, "date": "2025-02-03"},
        ],
        exact=True,
    ),
    case(
        "r20b-opening-its-inquiry-investigates",
        "The company pulled its app from Italian stores after the Garante opened its inquiry. "
        "Ireland's Data Protection Commission launched its inquiry on Jan. 31.",
        "2025-04-28",
        # (neither was read: only "open an inquiry" and "open its own inquiry" were rows)
        [
            {"actor": GARANTE, "kind": {"investigate"}, "status": "done"},
            {"country": "IE", "kind": {"investigate"}, "date": "2025-01-31"},
        ],
    ),
    case(
        "r20b-an-appeal-against-a-measure-opposes-it",
        "Italy's Garante ordered DeepSeek to stop processing Italians' data in January. DeepSeek "
        "filed an appeal against the order on Monday. The ruling can be appealed against "
        "within 30 days.",
        "2025-04-29",
        # (the appeal was no action: no row of appealing)
        [
            {"actor": GARANTE, "kind": {"ban", "block", "restrict"}, "date": "2025-01"},
            {"actor": {"DeepSeek"}, "kind": {"oppose"}, "status": "done",
             "date": "2025-04-28"},
        ],
        exact=True,
    ),
    case(
        "r20b-a-reaction-to-an-owner-s-measure-dates-the-reaction-not-the-measure",
        "China criticised Taiwan's ban on DeepSeek on Tuesday. Beijing also condemned Italy's "
        "block on Wednesday.",
        "2025-02-07",
        # (the bans took the reaction's days, as a ruling's did before "struck down")
        [
            {"actor": {"China"}, "kind": {"oppose"}, "date": "2025-02-04"},
            {"actor": {"Taiwan"}, "kind": {"ban"}, "date": None},
            {"actor": {"China", "Beijing"}, "kind": {"oppose"}, "date": "2025-02-05"},
            {"actor": {"Italy"}, "kind": {"block"}, "date": None},
        ],
    ),
    case(
        "r20b-official-systems-and-an-internal-network-are-the-government-s",
        "Karnataka told departments to stop using DeepSeek on official systems. The Seoul "
        "Metropolitan Government blocked the app on its internal network.",
        "2025-03-03",
        # (neither had a scope: no row "official systems", and "internal network" was a
        # firm's only)
        [
            {"actor": {"Karnataka"}, "kind": {"ban"}, "scope": {"government_devices"}},
            {"actor": {"Seoul Metropolitan Government"}, "kind": {"block"},
             "scope": {"government_devices"}},
        ],
        exact=True,
    ),
    case(
        "r20b-a-body-s-decision-that-it-may-not-be-used-is-its-ban",
        "The Storting decided on Thursday that DeepSeek may not be installed on parliamentary "
        "phones. South Korea's defence ministry blocked the chatbot on its intranet.",
        "2025-05-06",
        # (the decision was no one's: only a reporting verb ("said that") gave an agentless
        # rule its speaker; the intranet was no scope)
        [
            {"actor": {"Storting"}, "kind": {"ban"}, "status": "done", "date": "2025-05-01"},
            {"country": "KR", "kind": {"block"}, "scope": {"government_devices"}},
        ],
        exact=True,
    ),
]


ROUND_TWENTY_C_ACTACT = [
    case(
        "r20c-a-state-s-general-assembly-is-the-state-legislature",
        "Pennsylvania lawmakers want DeepSeek off phones the commonwealth issues. The General "
        "Assembly approved a measure on Wednesday barring the app from all state devices.",
        "2025-04-04",
        # (the bare 'General Assembly', the UN body's alias, was the UN's in a state's story)
        [
            {"actor": {"Pennsylvania General Assembly"}, "kind": {"ban"},
             "date": "2025-04-02"},
        ],
        exact=True,
    ),
    case(
        "r20c-downloads-as-a-passive-s-subject-are-the-app-s",
        "South Korea's privacy watchdog said new downloads had been paused on Feb. 15 while it "
        "reviewed how DeepSeek handles personal data.",
        "2025-03-02",
        # ('pause' needs an AI product as its object; in the passive its subject, the
        # app's downloads, went unread, where 'suspended' needs none)
        [{"actor": PIPC, "kind": {"suspend"}, "date": "2025-02-15"}],
    ),
    case(
        "r20c-a-state-s-e-governance-department-is-a-body-not-a-scope",
        "Karnataka's e-governance department has told its staff not to use DeepSeek on office "
        "computers.",
        "2025-02-14",
        # (no description 'e-governance department': no actor, no action)
        [
            {"actor": {"Karnataka E-governance Department"}, "kind": {"ban"},
             "scope": {"government_devices"}},
        ],
        exact=True,
    ),
]


ROUND_TWENTY_ONE_ACTACT = [
    case(
        "r21-a-place-before-a-measure-s-noun-owns-the-measure",
        "A Kentucky law barring DeepSeek from state phones took effect on Tuesday. A Utah ban "
        "on the app took effect on May 1. The new Ohio rule prohibiting the chatbot went into "
        "force last week.",
        "2025-07-03",
        # (none was read: only a possessive ("Kentucky's law") or a relative clause ("a law
        # that bans") gave a measure's noun its owner, not the place written before it)
        [
            {"actor": {"Kentucky"}, "kind": {"ban"}, "status": "done", "date": "2025-07-01"},
            {"actor": {"Utah"}, "kind": {"ban"}, "status": "done", "date": "2025-05-01"},
            {"actor": {"Ohio"}, "kind": {"ban"}, "status": "done", "date": "2025-W26"},
        ],
        exact=True,
    ),
    case(
        "r21-an-account-on-the-api-is-no-product",
        "DeepSeek has stopped letting developers add credit to their API accounts. It also "
        "paused top-ups on Friday, citing tight server capacity.",
        "2025-02-08",
        # (a release by DeepSeek: "add ... to" found its product in "API accounts"; the
        # top-ups' pause is DeepSeek's own suspension, which "paused" alone did not read)
        [{"actor": {"DeepSeek"}, "kind": {"suspend"}, "date": "2025-02-07"}],
        exact=True,
    ),
    case(
        "r21-a-store-named-for-its-company-is-the-company",
        "Samsung's Galaxy Store removed DeepSeek in Indonesia on Monday. The Huawei AppGallery "
        "also removed the app.",
        "2025-04-03",
        # (each was a new nameless "company" of no country, the store's own name, and neither
        # had the app-store scope)
        [
            {"actor": {"Samsung", "Samsung Electronics"}, "country": "KR", "kind": {"block"},
             "scope": {"app_store"}, "date": "2025-03-31"},
            {"actor": {"Huawei"}, "country": "CN", "kind": {"block"}, "scope": {"app_store"}},
        ],
        exact=True,
    ),
    case(
        "r21-a-body-described-after-a-fronted-place-is-that-place-s",
        "In Peru, the digital government office told ministries not to install DeepSeek on "
        "their phones.",
        "2025-03-03",
        # (no actor, no action: a description the table lacks made a new body only after
        # the place's possessive, "Peru's digital government office")
        [
            {"actor": {"Peru digital government office"}, "country": "PE",
             "kind": {"ban", "warn"}},
        ],
        exact=True,
    ),
    case(
        "r21-a-proceeding-against-the-company-described",
        "DeepSeek's privacy policy has no Portuguese version. Brazil's data protection "
        "authority opened an administrative proceeding against the Chinese company on Friday.",
        "2025-02-17",
        # (the article's company as the object after "against" was no target)
        [{"country": "BR", "kind": {"investigate"}, "status": "done", "date": "2025-02-14"}],
        exact=True,
    ),
    case(
        "r21-data-must-not-be-uploaded-to-it-warns",
        "The Singapore Medical Council told doctors that patient records must never be "
        "uploaded to DeepSeek. Client documents should not be entered into the chatbot, the "
        "Law Society of Ireland said. The files were not uploaded to DeepSeek, the hospital "
        "said.",
        "2025-05-08",
        # (neither was read: only the active "not (to) upload" was a row; the last is a fact,
        # the guard)
        [
            {"actor": {"Singapore Medical Council"}, "kind": {"warn"}, "status": "done"},
            {"actor": {"Law Society of Ireland"}, "kind": {"warn"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "r21-an-owned-measure-coming-into-force-later-is-planned",
        "A new Oregon law banning DeepSeek on state phones takes effect on Jan. 1. Idaho's ban "
        "on the app comes into force next month, and Tennessee's law barring the chatbot took "
        "effect on July 1.",
        "2025-09-10",
        # (Idaho's was done: only a measure with no owner ("a ban on DeepSeek takes effect on
        # March 1") was still to come; Tennessee's, in the past tense, is the guard)
        [
            {"actor": {"Oregon"}, "kind": {"ban"}, "status": "planned", "date": "2026-01-01"},
            {"actor": {"Idaho"}, "kind": {"ban"}, "status": "planned", "date": "2025-10"},
            {"actor": {"Tennessee"}, "kind": {"ban"}, "status": "done"},
        ],
        exact=True,
    ),
]


# Round twenty-one, second pass (cdq): datelines in other countries' styles, whose dates are
# the report's, not the act's.
ROUND_TWENTY_ONE_B_CDQ = [
    case(
        "a-title-case-city-and-a-date-in-figures-before-a-dash-is-a-dateline",
        "Santiago, 11/03/2025 - Chile's government barred DeepSeek from official devices on "
        "Monday.",
        "2025-03-11",
        # the dateline's 11 March was the ban's date (Monday is the 10th)
        [{"actor": {"Chile"}, "kind": {"ban"}, "date": "2025-03-10"}],
        exact=True,
    ),
    case(
        "a-city-in-capitals-and-a-weekday-after-a-slash-is-a-dateline",
        "DOHA/Tuesday - Qatar's communications ministry blocked DeepSeek on state networks.",
        "2025-03-04",
        # the dateline's Tuesday was the block's date
        [{"actor": {"Communications Ministry"}, "kind": {"block"}, "date": None}],
        exact=True,
    ),
]


ROUND_TWENTY_ONE_B_ACTACT = [
    case(
        "r21b-a-measure-with-its-own-relative-clause-coming-into-force-is-planned",
        "A Virginia law that bars DeepSeek from state-issued phones takes effect on July 1. "
        "A Georgia rule which prohibits the app on agency laptops took effect on Monday.",
        "2025-03-05",
        # (Virginia's was done: only a measure with an owner before its noun ("A Virginia law
        # banning ...") or none was read as still to come; Georgia's past one is the guard)
        [
            {"actor": {"Virginia"}, "kind": {"ban"}, "status": "planned", "date": "2025-07-01"},
            {"actor": {"Georgia"}, "kind": {"ban"}, "status": "done", "date": "2025-03-03"},
        ],
        exact=True,
    ),
    case(
        "r21b-ministries-including-bare-portfolios",
        "Japan's digital agency has warned civil servants about DeepSeek. Several ministries, "
        "including finance and trade, have also blocked it on office computers.",
        "2025-02-12",
        # (no block: the portfolios after "including" named no ministry, as "the finance and
        # trade ministries" did)
        [
            {"actor": {"Digital Agency"}, "kind": {"warn"}},
            {"actor": {"Ministry of Finance"}, "country": "JP", "kind": {"block"}},
            {"actor": {"Ministry of Economy, Trade and Industry"}, "country": "JP",
             "kind": {"block"}},
        ],
        exact=True,
    ),
    case(
        "r21b-a-turned-down-bid-to-end-a-measure-lifts-nothing",
        "A federal judge on Tuesday rejected a bid by two professors to overturn Arkansas's "
        "ban on DeepSeek. An appeals court also turned down a request from users to lift "
        "Montana's prohibition of the app.",
        "2025-09-04",
        # (each was the place's lifting: the verb that ends the measure was read, not the
        # bid turned down before it; the measure stands)
        [
            {"actor": {"Arkansas"}, "kind": {"ban"}, "status": "done"},
            {"actor": {"Montana"}, "kind": {"ban"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "r21b-a-partnership-with-it-after-a-firm-in-the-sentence",
        "DeepSeek's rise has pushed European investors toward local labs. Aleph Alpha "
        "released a new model in May. The German government has long backed the firm, and "
        "the interior ministry signed a framework agreement with it in June. Baidu, which "
        "already uses DeepSeek in search, also signed a partnership with it.",
        "2025-07-02",
        # (the interior ministry's partner was DeepSeek: a bare "it" after a partnership was
        # always the service; Baidu's, with the service named before it, is the guard)
        [
            {"actor": {"Aleph Alpha"}, "kind": {"release"}},
            {"actor": {"Federal Ministry of the Interior", "Ministry of the Interior"},
             "kind": {"partner"}, "targets": {"Aleph Alpha"}},
            {"actor": {"Baidu"}, "kind": {"partner"}, "targets": {"DeepSeek"}},
        ],
        exact=True,
    ),
    case(
        "r21b-told-staff-that-the-measure-applies-is-the-teller-s-measure",
        "Taiwan's digital ministry restricted DeepSeek last week. The labour ministry went "
        "further, informing employees that the ban on DeepSeek also applies to their personal "
        "phones at work. Analysts said the restriction would apply to contractors too.",
        "2025-02-12",
        # (the labour ministry had none: a measure's noun as the subject of its own clause
        # after a telling of staff was read as one stated before; the analysts' is the guard)
        [
            {"actor": {"Ministry of Digital Affairs"}, "kind": {"restrict", "ban"}},
            {"actor": {"Ministry of Labor", "Ministry of Labour"}, "country": "TW",
             "kind": {"ban"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "r21b-a-firm-warning-its-investors-is-no-warning-about-the-service",
        "Arm Holdings warned investors in its annual filing that low-cost models like "
        "DeepSeek could cut demand for its designs. Broadcom warned shareholders that "
        "DeepSeek may weigh on sales. Infosys warned employees that DeepSeek must not be "
        "used on client projects.",
        "2025-06-03",
        # (each firm's risk statement to the market was a warning about the service; only a
        # bare "warned that" was read as a statement; the staff warning is the guard)
        [{"actor": {"Infosys"}, "kind": {"warn"}}, {"actor": {"Infosys"}, "kind": {"ban"}}],
        exact=True,
    ),
]

ROUND_TWENTY_ONE_C_ACTACT = [
    case(
        "r21c-a-dismissed-suit-seeking-to-end-a-measure-leaves-it-done",
        "A federal judge on Monday dismissed a lawsuit seeking to overturn Montana's ban on "
        "DeepSeek. Weeks later, a judge in Little Rock rejected a suit that sought to overturn "
        "Arkansas's ban on the app.",
        "2025-06-10",
        # (each was planned: the bid's "seeking to" / "sought to" was read as the measure's
        # own modality; the measure stands)
        [
            {"actor": {"Montana"}, "kind": {"ban"}, "status": "done"},
            {"actor": {"Arkansas"}, "kind": {"ban"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "r21c-a-fronted-region-owns-the-lower-case-ministry",
        "In Bavaria, the interior ministry has barred civil servants from installing DeepSeek. "
        "In Germany, the interior ministry has not followed suit.",
        "2025-03-05",
        # (the body was Germany's federal interior ministry: the gazetteer's lower-case alias
        # was read before the fronted region; the second sentence's nation is the guard,
        # though it states no act)
        [
            {"actor": {"Bavaria Interior Ministry"}, "country": "DE", "kind": {"ban"}},
        ],
        exact=True,
    ),
    case(
        "r21c-a-land-grant-university-short-name-is-no-state",
        "Texas A&M said it had blocked the app's website on its campus network. North Carolina "
        "A&T has also barred DeepSeek on university-owned computers.",
        "2025-02-14",
        # (each was the state: the place before "A&M" / "A&T" was read as the actor, where
        # "Texas Tech" or "Ohio State" already made a body of their own)
        [
            {"actor": {"Texas A&M"}, "country": "US", "kind": {"block"}},
            {"actor": {"North Carolina A&T"}, "country": "US", "kind": {"ban"}},
        ],
        exact=True,
    ),
]


ROUND_TWENTY_TWO_ACTACT = [
    case(
        "r22-a-negated-permission-on-devices-is-a-ban",
        "NAIROBI - From March 1 the chatbot will not be permitted on any government network, "
        "Kenya's ICT ministry said in a circular. DeepSeek is no longer allowed on company "
        "phones, the Johannesburg Stock Exchange said on Monday.",
        "2025-02-19",
        # (neither was read: only "not allowed to use" and "not approved for" made a ban, not
        # the target as the subject of a negated permission on devices or networks)
        [
            {"actor": {"ICT ministry"}, "kind": {"ban"}, "status": "planned"},
            {"actor": {"Johannesburg Stock Exchange"}, "kind": {"ban"}, "status": "done"},
        ],
        exact=True,
    ),
    case(
        "r22-a-onboarded-is-an-adoption",
        "China Unicom said it had onboarded DeepSeek onto its Yuanjing model platform, and "
        "Maxis onboards the R1 model for enterprise clients from next month.",
        "2025-02-25",
        # (neither was read: "onboard" was no trigger)
        [
            {"actor": {"China Unicom"}, "kind": {"adopt", "integrate"}},
            {"actor": {"Maxis"}, "kind": {"adopt", "integrate"}},
        ],
        exact=True,
    ),
    case(
        "r22-a-onboarding-staff-is-no-adoption",
        "Safaricom is onboarding 300 new engineers this quarter, the company said, as it "
        "expands its cloud business.",
        "2025-02-25",
        # (guard: "onboard" needs an AI object)
        [],
        exact=True,
    ),
    case(
        "r22-a-geo-blocked-is-a-block",
        "The Pakistan Telecommunication Authority geo-blocked DeepSeek for several hours on "
        "Tuesday, users said.",
        "2025-02-12",
        # (nothing was read: the hyphenated verb was no trigger)
        [{"actor": {"Pakistan Telecommunication Authority"}, "kind": {"block"}}],
        exact=True,
    ),
    case(
        "r22-a-rumour-dismissed-is-no-plan",
        "BRASILIA - Rumours that the federal government would block DeepSeek were dismissed by "
        "the Ministry of Science, Technology and Innovation on Monday. Reports that Argentina "
        "had banned the app were flatly denied by officials in Buenos Aires.",
        "2025-03-20",
        # (each was read as the named government's planned or done measure: only reports
        # called "false" or "untrue" were denied hearsay, and "rumours that" was no report)
        [],
        exact=True,
    ),
    case(
        "r22-a-reports-confirmed-stay-a-measure",
        "Reports that Nepal would block DeepSeek were confirmed by the telecom regulator on "
        "Monday. Italy's Garante blocked the app in January, a decision that was never "
        "rejected by a court.",
        "2025-03-20",
        # (guard: a confirmation is no denial, and a negated denial after the measure is none)
        [
            {"actor": {"Nepal"}, "kind": {"block"}},
            {"actor": GARANTE, "kind": {"block"}},
        ],
        exact=True,
    ),
    case(
        "r22-a-lower-case-defence-forces-are-the-military",
        "TALLINN - The Estonian defence forces said the app was already banned on their devices. "
        "Lithuania's defence forces have restricted DeepSeek on military networks since early "
        "February, and the Israeli defense forces told soldiers not to install it.",
        "2025-02-10",
        # (the first and last were not read, the second was the country's: "armed forces"
        # and "army" were descriptions of a country's body, "defence forces" was not)
        [
            {"actor": {"Defence Forces"}, "country": "EE", "kind": {"ban"}},
            {"actor": {"Defence Forces"}, "country": "LT", "kind": {"restrict"}},
            {"actor": {"Israel Defense Forces"}, "country": "IL", "kind": {"ban"}},
        ],
        exact=True,
    ),
    case(
        "r22-a-leaders-cabinet-is-the-country",
        "PRAGUE - Czech Prime Minister Petr Fiala's cabinet on Wednesday banned the use of "
        "DeepSeek across the state administration, officials said.",
        "2025-03-03",
        # (the prime minister was the actor: a person's possessive before the government the
        # person heads was read as the person, where "the Czech government" is the country)
        [{"actor": {"Czech Republic"}, "kind": {"ban"}, "country": "CZ"}],
        exact=True,
    ),
    case(
        "r22-a-senators-office-stays-the-senator",
        "Senator Mark Warner's office said it had banned DeepSeek on staff laptops.",
        "2025-03-03",
        # (guard: only a government, cabinet or administration is the leader's country)
        [{"actor": {"Mark Warner"}, "kind": {"ban"}}],
        exact=True,
    ),
    case(
        "r22-a-state-institutions-are-government-use",
        "Estonia's Information System Authority recommended that state institutions refrain "
        "from using DeepSeek, and Latvia's Ministry of Smart Administration told state bodies "
        "not to install the app.",
        "2025-02-10",
        # (the first had no scope: "public institutions" set it, "state institutions" did not;
        # "state bodies" is read with it)
        [
            {
                "actor": {"Estonian Information System Authority"},
                "kind": {"warn"},
                "scope": {"government_devices"},
            },
            {
                "actor": {"Ministry of Smart Administration"},
                "kind": {"ban"},
                "scope": {"government_devices"},
            },
        ],
        exact=True,
    ),
    case(
        "r22-a-passing-over-the-service-is-no-adoption-of-it",
        "JAKARTA - Indosat Ooredoo Hutchison said it had integrated Alibaba's Qwen into its "
        "customer service assistant, passing over DeepSeek. Telkomsel has likewise integrated "
        "Qwen, bypassing DeepSeek.",
        "2025-02-21",
        # (each integrated DeepSeek as well as Qwen: only "instead of" and "rather than" named
        # the service as what is not taken up)
        [],
        exact=True,
    ),
    case(
        "r22-a-greenlit-for-use-is-an-adoption",
        "LAGOS - The state's Ministry of Basic and Secondary Education green-lit DeepSeek for "
        "use in 20 secondary schools, a spokesman said. In Singapore, the Ministry of Education "
        "has approved DeepSeek for use in lesson planning.",
        "2025-03-14",
        # (neither was read: "approved the use of" was an adoption, "approved X for use" and
        # "greenlit" were not)
        [
            {"actor": {"Ministry of Basic and Secondary Education"}, "kind": {"adopt"}},
            {"actor": {"Ministry of Education"}, "country": "SG", "kind": {"adopt"}},
        ],
        exact=True,
    ),
    case(
        "r22-a-approved-for-use-needs-the-service",
        "Kenya's ICT ministry approved the purchase of 5,000 laptops for use in schools. "
        "Aviva has whitelisted a short list of approved AI assistants for staff, leaving "
        "DeepSeek off it.",
        "2025-03-14",
        # (guard: an approval for use of anything but an AI product is none, and a list of
        # approved assistants that leaves the service off adopts nothing)
        [],
        exact=True,
    ),
]

ROUND_TWENTY_TWO_B_ACTACT = [
    case(
        "r22b-a-lower-case-bank-airline-utility-telco-describe-a-company",
        "BANGKOK - Thai bank Kasikornbank said on Tuesday it had barred employees from using "
        "DeepSeek on work computers. Gulf airline Flydubai said it had blocked the chatbot on "
        "crew tablets, while South African utility Eskom told staff the app was banned on "
        "company devices. Thai telco True said it had restricted access for its engineers.",
        "2025-02-12",
        # (none was read: "bank", "airline", "utility" and "telco" described no company)
        [
            {"actor": {"Kasikornbank"}, "actor_kind": "company", "kind": {"ban"}},
            {"actor": {"Flydubai"}, "actor_kind": "company", "kind": {"block"}},
            {"actor": {"Eskom"}, "actor_kind": "company", "kind": {"ban"}},
            {"actor": {"True"}, "actor_kind": "company", "kind": {"restrict", "block", "ban"}},
        ],
        exact=True,
    ),
    case(
        "r22b-a-state-monopoly-is-a-state-enterprise",
        "Belarus's state telecom monopoly Beltelecom said it had blocked DeepSeek on its "
        "internal network. Mexico's state oil monopoly Pemex said it had barred employees from "
        "using the app. Brazil's state oil company Petrobras said it had banned it on company "
        "phones.",
        "2025-02-14",
        # (Beltelecom and Pemex were no actors: "monopoly" described no company; Petrobras was
        # a company: only "state-owned" and its like made a state enterprise, not "state")
        [
            {"actor": {"Beltelecom"}, "actor_kind": "state_enterprise", "kind": {"block"}},
            {"actor": {"Pemex"}, "actor_kind": "state_enterprise", "kind": {"ban"}},
            {"actor": {"Petrobras"}, "actor_kind": "state_enterprise", "kind": {"ban"}},
        ],
        exact=True,
    ),
    case(
        "r22b-a-capitalised-bank-and-airline-open-a-name",
        "Malaysia's central bank Bank Negara Malaysia said it had barred staff from using "
        "DeepSeek. The Airline Pilots Association said it had asked members not to install "
        "the app.",
        "2025-02-14",
        # (guard: a capitalised "Bank" or "Airline" is part of the name, not its description)
        [
            {"actor": {"Bank Negara Malaysia"}, "actor_kind": "regulator", "kind": {"ban"}},
            {"actor": {"Airline Pilots Association"}, "kind": {"ban", "call_for"}},
        ],
        exact=True,
    ),
    case(
        "r22b-a-revenue-alliance-and-emergency-team-heads",
        "WELLINGTON - Inland Revenue said on Wednesday it had blocked DeepSeek on staff "
        "laptops. In Cape Town, the Democratic Alliance said it had banned the app on party "
        "devices, and Sri Lanka's Computer Emergency Readiness Team said it had warned state "
        "agencies against installing it.",
        "2025-02-13",
        # (Inland Revenue was a company, the Democratic Alliance a company, and the team the
        # company "Emergency Readiness Team": no head word told their kinds)
        [
            {"actor": {"Inland Revenue"}, "actor_kind": "government_agency", "kind": {"block"}},
            {"actor": {"Democratic Alliance"}, "actor_kind": "organization", "kind": {"ban"}},
            {
                "actor": {"Computer Emergency Readiness Team"},
                "actor_kind": "government_agency",
                "kind": {"warn"},
            },
        ],
        exact=True,
    ),
    case(
        "r22b-a-accented-capital-opens-a-company-name",
        "PRAGUE - France's CNIL said last week it would question DeepSeek about its data "
        "handling.\n\nŠkoda Auto said on Friday it had barred staff from using the chatbot, "
        "and Åland Bank said it had blocked the app on work phones.",
        "2025-02-10",
        # (neither firm was read, and Škoda's ban went to the CNIL: a name's first capital was
        # A-Z only. The paragraph break matters: the segmenter still starts no sentence at a
        # capital outside A-Z, see the report of round 22b)
        [
            {"actor": {"CNIL"}, "kind": {"request_information"}},
            {"actor": {"Škoda Auto"}, "actor_kind": "company", "kind": {"ban"}},
            {"actor": {"Åland Bank"}, "actor_kind": "company", "kind": {"block"}},
        ],
        exact=True,
    ),
]


ROUND_TWENTY_THREE_ACTACT = [
    case(
        "r23-a-a-hosting-place-is-no-adopter",
        "SAN FRANCISCO - Perplexity said on Tuesday it had integrated R1 into its answer engine, "
        "stressing that the model was hosted in U.S. data centres. DeepSeek's own app, by "
        "contrast, is hosted in China.",
        "2025-02-05",
        # (the United States and China adopted DeepSeek: the place after a supportive passive
        # was read as its actor, as after "banned in Italy"; a hosting place names no actor)
        [{"actor": {"Perplexity"}, "kind": {"integrate"}}],
        exact=True,
    ),
    case(
        "r23-a-a-place-that-adopts-or-lifts-keeps-its-passive",
        "DeepSeek has been adopted across China's government offices, and downloads of the app "
        "were resumed in South Korea on Monday.",
        "2025-03-12",
        # (guard: the place of an adoption by its own offices, and of a measure lifted there,
        # still acts)
        [
            {"actor": CHINA, "kind": {"adopt"}},
            {"actor": SOUTH_KOREA, "kind": {"lift"}, "date": "2025-03-10"},
        ],
        exact=True,
    ),
    case(
        "r23-a-b-a-host-that-bars-the-app-does-both",
        "SEATTLE - Microsoft has barred employees from using the DeepSeek app, even as it offers "
        "R1 to cloud customers on Azure. Amazon blocked the app on corporate laptops while "
        "offering R1 through its Bedrock service.\n\n"
        "Oracle will not let staff use the chatbot, its president told a Senate committee on "
        "Thursday, even as the company continues to offer R1 to customers on its cloud. IBM "
        "offers the model through Watsonx, yet the firm has told employees not to use the "
        "DeepSeek app at work.",
        "2025-05-09",
        # (no hosting was read in the first three: a verb after a restriction was read as part
        # of its object across ", even as" and "while", and "told ... to" governed "offer"
        # across ", even as"; IBM's hosting took the ban's work scope)
        [
            {"actor": MICROSOFT, "kind": {"ban"}, "scope": {WORK}},
            {"actor": MICROSOFT, "kind": {"adopt"}, "scope": set()},
            {"actor": {"Amazon"}, "kind": {"block"}, "scope": {WORK}},
            {"actor": {"Amazon"}, "kind": {"adopt"}, "scope": set()},
            {"actor": {"Oracle"}, "kind": {"ban"}, "scope": {WORK}},
            {"actor": {"Oracle"}, "kind": {"adopt"}, "scope": set()},
            {"actor": {"IBM"}, "kind": {"adopt"}, "scope": set()},
            {"actor": {"IBM"}, "kind": {"ban"}, "scope": {WORK}},
        ],
        exact=True,
    ),
    case(
        "r23-a-b-each-side-of-while-keeps-its-scope",
        "Seoul blocked the app on government computers, while Samsung restricted it on staff "
        "phones. Naver barred staff from using DeepSeek on work laptops.",
        "2025-02-10",
        # (guard: two actors' measures either side of ", while" keep their own scopes, and a
        # use barred stays part of the restriction)
        [
            {"actor": SOUTH_KOREA, "kind": {"block"}, "scope": {GOV}},
            {"actor": {"Samsung Electronics", "Samsung"}, "kind": {"restrict"}, "scope": {WORK}},
            {"actor": {"Naver"}, "kind": {"ban"}, "scope": {WORK}},
        ],
        exact=True,
    ),
    case(
        "r23-a-c-an-ordered-removal-with-a-possessive-object",
        "CANBERRA - The Department of Home Affairs ordered DeepSeek's removal from all "
        "government devices on February 4, officials told a Senate estimates hearing. In "
        "Seoul, the privacy regulator ordered the app's removal from local app stores on "
        "Monday. A court in Munich ordered the removal of a post that had criticised the rule.",
        "2025-02-28",
        # (none was read: only "ordered its removal from" and "the removal of X from" were
        # triggers; the court's order names no AI product and stays none)
        [
            {
                "actor": HOME_AFFAIRS,
                "kind": {"ban"},
                "date": "2025-02-04",
                "scope": {GOV},
            },
            {"actor": PIPC, "kind": {"block"}, "scope": {STORE}, "date": "2025-02-24"},
        ],
        exact=True,
    ),
    case(
        "r23-a-d-a-us-states-chamber-in-the-possessive",
        "TRENTON, N.J. - New Jersey's Assembly passed a ban on DeepSeek on state devices in "
        "March, and Indiana's Senate passed a ban on the app on state networks. Texas's Senate "
        "approved a ban on the chatbot last week. Australia's Senate passed a motion calling for "
        "a ban on DeepSeek.",
        "2025-04-12",
        # (New Jersey's Assembly was a company named "New Jersey's Assembly", and both states'
        # Senates were the U.S. Senate, as one action; the Australian Senate is a guard)
        [
            {
                "actor": {"New Jersey Assembly"},
                "actor_kind": "legislature",
                "country": "US",
                "kind": {"ban"},
                "date": "2025-03",
            },
            {"actor": {"Indiana Senate"}, "actor_kind": "legislature", "kind": {"ban"}},
            {"actor": {"Texas Senate"}, "actor_kind": "legislature", "kind": {"ban"}},
            {"actor": {"Australian Senate"}, "country": "AU", "kind": {"call_for"}},
        ],
        exact=True,
    ),
    case(
        "r23-a-e-an-issued-recommendation-against-warns",
        "DUSSELDORF - North Rhine-Westphalia's digital ministry issued a recommendation against "
        "the use of DeepSeek in schools, and Germany's BSI issued recommendations against the app "
        "for federal agencies. Germany's interior ministry rejected a recommendation against "
        "the ban, and said it had received another recommendation against DeepSeek.",
        "2025-06-20",
        # (neither warning was read: only the verb "recommended against" was a row; a
        # recommendation rejected or received is no warning by the one who rejects or gets it)
        [
            {
                "actor": {"North Rhine-Westphalia digital ministry"},
                "kind": {"warn"},
                "targets_has": {"DeepSeek"},
            },
            {
                "actor": {"Federal Office for Information Security", "BSI"},
                "kind": {"warn"},
                "targets_has": {"DeepSeek"},
            },
            {"actor": {"Federal Ministry of the Interior"}, "kind": {"oppose"}},
        ],
        exact=True,
    ),
]


ROUND_TWENTY_THREE_LEX = [
    case(
        "r23-l-made-inquiries-with",
        "DUBLIN - Ireland's Data Protection Commission has made inquiries with DeepSeek about "
        "how the chatbot handles the personal data of Irish users, a spokesman said on Thursday.",
        "2025-01-30",
        # (the inflector gave "make" the past "maked", so "made inquiries with" never read)
        [{"actor": DPC, "kind": {"request_information"}}],
        exact=True,
    ),
    case(
        "r23-l-embedded-and-embedding",
        "HANGZHOU - Geely said on Tuesday it had embedded DeepSeek's R1 model in the voice "
        "assistant of its new electric sedans. Rival Lenovo is embedding the model in laptops "
        "it sells in China, the company said.",
        "2025-02-11",
        # (the inflector spelt "embed" as "embeded", "embeding")
        [
            {"actor": {"Geely", "Geely Automobile Holdings", "Geely Auto"}, "kind": {"integrate"}},
            {"actor": {"Lenovo"}, "kind": {"integrate"}},
        ],
        exact=True,
    ),
    case(
        "r23-l-compound-noun-plural",
        "SEOUL - South Korea's privacy regulator said on Monday it had opened inspection "
        "processes into DeepSeek's transfers of user data to servers abroad.",
        "2025-02-17",
        # (a noun row's plural went on its first word: "inspections process into")
        [{"actor": PIPC, "kind": {"investigate"}}],
        exact=True,
    ),
    case(
        "r23-l-signed-an-mou-with",
        "THIRUVANANTHAPURAM - Kerala's IT department signed an MoU with DeepSeek on Friday to "
        "try the model in the state's e-governance services, officials said.",
        "2025-03-07",
        # (the row "MoU with" is written with its capital, and a capitalised trigger word in
        # running text was read as part of a name)
        [{"actor": {"Kerala IT Department", "Kerala's IT department"}, "kind": {"partner"}}],
        exact=True,
    ),
    case(
        "r23-l-asked-which-data",
        "ROME - Italy's Garante asked DeepSeek which data it collects, from which sources and "
        "for what purposes, giving the company 20 days to reply.",
        "2025-01-28",
        # (the gapped row "asked ... which data" was dropped: its own "which" was taken for a
        # relative clause inside the gap)
        [{"actor": GARANTE, "kind": {"request_information"}}],
        exact=True,
    ),
    case(
        "r23-l-accented-capitals-open-known-names",
        "PARIS - The Élysée said on Monday that ministers would stop using DeepSeek on their "
        "work phones.\n\nIn Prague, the telecoms regulator ČTÚ banned the app on state "
        "devices, and Île-de-France warned its staff against installing it.",
        "2025-02-10",
        # (no form that opens with a capital outside A-Z was ever found: the Élysée and
        # Île-de-France gave nothing, and the ČTÚ's ban went to the data protection office)
        [
            {"actor": {"Élysée Palace", "Élysée"}, "kind": {"ban"}},
            {
                "actor": {"Czech Telecommunication Office", "ČTÚ"},
                "actor_kind": "regulator",
                "kind": {"ban"},
            },
            {"actor": {"Île-de-France"}, "kind": {"warn"}},
        ],
    ),
    case(
        "r23-l-the-app-stores-user-data",
        "DUBLIN - Ireland's Data Protection Commission said on Wednesday it had opened an "
        "inquiry into how the app stores the personal data of European users. South Korea's "
        "PIPC said it would look at where DeepSeek's app stores user data and for how long.",
        "2025-02-19",
        # ("app stores" before its object is the verb, no app store: both had that scope)
        [
            {"actor": DPC, "kind": {"investigate"}, "scope": set()},
            {"actor": PIPC, "kind": {"investigate"}, "scope": set()},
        ],
        exact=True,
    ),
    case(
        "r23-l-removed-from-app-stores-guard",
        "Apple and Google removed DeepSeek from their app stores the same day, the Garante "
        "said.",
        "2025-01-31",
        # (guard: a store's plural before a time phrase keeps its scope)
        [
            {"actor": {"Apple"}, "kind": {"block"}, "scope": {"app_store"}},
            {"actor": {"Google"}, "kind": {"block"}, "scope": {"app_store"}},
        ],
    ),
]


ROUND_TWENTY_FOUR_ACTACT = [
    case(
        "r24-a-risks-being-banned",
        "BRUSSELS - DeepSeek risks being banned across the European Union if national privacy "
        "regulators coordinate their cases, a data-protection lawyer said on Tuesday.",
        "2025-02-18",
        # (the passive after "risks being" read as a ban already done; "risks a ban" was
        # already in prospect)
        [{"actor": {"European Union", "EU"}, "kind": {"ban"}, "status": "considered"}],
        exact=True,
    ),
    case(
        "r24-a-at-risk-of-being-blocked",
        "SEOUL - The Chinese chatbot is at risk of being blocked in South Korea if DeepSeek "
        "does not fix the flaws the regulator found, officials warned.",
        "2025-02-18",
        # (a block done, before)
        [{"actor": {"South Korea"}, "kind": {"block"}, "status": "considered"}],
        exact=True,
    ),
    case(
        "r24-a-decided-against-integrating",
        "SEOUL - Samsung said on Friday it had decided against integrating DeepSeek into its "
        "Galaxy phones sold in South Korea, citing the government's security concerns. LG "
        "Electronics opted against using the model in its TVs.",
        "2025-03-07",
        # (both read as the integration and adoption they turn down)
        [],
        exact=True,
    ),
    case(
        "r24-a-added-that-it-had-asked",
        "JAKARTA - Indonesia's communications ministry said the block could be lifted once the "
        "company showed user data was stored safely. Minister Meutya Hafid added that it had "
        "asked DeepSeek to explain how it stores the data of Indonesian users.",
        "2025-04-03",
        # (the gapped adopt row "added ... to" spanned the clause "that it had asked DeepSeek")
        [],
        exact=True,
    ),
    case(
        "r24-a-given-weeks-to-explain",
        "JAKARTA - Indonesia's communications ministry has given DeepSeek two weeks to explain "
        "how it stores the personal data of Indonesian users, a spokesman said on Thursday.",
        "2025-04-03",
        # (only "... days to" was a deadline; weeks, a week and hours gave nothing)
        [{"actor": {"Ministry of Communication and Digital Affairs", "Komdigi"},
          "kind": {"request_information"}}],
        exact=True,
    ),
    case(
        "r24-a-gave-agencies-days-to-remove",
        "ALBANY - Governor Kathy Hochul gave state agencies 30 days to remove DeepSeek from "
        "government-issued phones and computers, her office said on Monday.",
        "2025-02-10",
        # (a deadline given to one's own agencies read as a request to them for information)
        [{"actor": {"Kathy Hochul", "Hochul"}, "kind": {"ban", "block"},
          "scope": {"government_devices"}}],
        exact=True,
    ),
    case(
        "r24-a-object-then-and-would",
        "TAIPEI - Taiwan's Central Election Commission said it had never used DeepSeek and "
        "would not use any AI product from China in the coming elections.",
        "2025-04-22",
        # (the object before "and would" was taken for the subject: DeepSeek banned itself)
        [{"actor": {"Central Election Commission", "CEC"}, "kind": {"ban"},
          "status": "planned"}],
        exact=True,
    ),
    case(
        "r24-a-tested-then-and-will-integrate",
        "TOKYO - Toyota said it had tested DeepSeek and will integrate the R1 model into the "
        "voice assistant of cars sold in China from next year.",
        "2025-04-22",
        # (DeepSeek "released" its own model, before)
        [{"actor": {"Toyota", "Toyota Motor"}, "kind": {"integrate"}, "status": "planned"}],
        exact=True,
    ),
    case(
        "r24-a-posts-claim-fact-check",
        "Posts shared thousands of times on Facebook claim the United States has banned DeepSeek "
        "nationwide. Verdict: False. No federal law bars the app; some states have restricted it "
        "on government devices only.\n\nViral WhatsApp messages also say India blocked the "
        "chatbot on Monday. India's IT ministry has issued no such order.",
        "2025-02-12",
        # (bare "posts" and messages, videos or users of a named platform were no hearsay)
        [],
        exact=True,
    ),
    case(
        "r24-a-owned-subject-took-tack-saying",
        "SANTIAGO - Brazil's data protection agency suspended the app on Monday. Chile's "
        "digital government secretariat took the opposite tack, saying it would deploy "
        "DeepSeek in a pilot for public services.",
        "2025-04-03",
        # (the participle's "it" went back to Brazil's agency: its body, unresolved, has a
        # predicate of its own before the comma)
        [
            {"actor": {"ANPD", "National Data Protection Authority", "Brazil data agency",
                       "Brazil's data protection agency"}, "kind": {"suspend"}},
            {"actor": {"Chile", "Chile's digital government secretariat"}, "kind": {"adopt"},
             "status": "planned"},
        ],
        exact=True,
    ),
]


CASES = [
    *SUBJECT_VERB,
    *COORDINATED,
    *MINISTRY_LISTS,
    *PASSIVES,
    *SPEAKER_ACTS,
    *LIST_JOINING,
    *PROMPTING,
    *RELATIVE_APPOSITIVE,
    *FOLLOWING,
    *TELLERS,
    *CALLS,
    *WARNINGS,
    *OPPOSITION,
    *INSTRUMENTS,
    *PRONOUNS,
    *NOMINALISATIONS,
    *STATUS,
    *NEGATIONS,
    *TEMPORARY,
    *SCOPES,
    *REASONS,
    *DATES,
    *SUPPORTIVE,
    *OTHER_KINDS,
    *TRAPS,
    *MERGES,
    *MULTI,
    *LATER_PHRASINGS,
    *WIRE_PHRASINGS,
    *ROUND_TEN,
    *ROUND_ELEVEN,
    *ROUND_ELEVEN_ATTRS,
    *ROUND_TWELVE,
    *ROUND_TWELVE_ROUNDUPS,
    *ROUND_THIRTEEN_PROBES,
    *ROUND_THIRTEEN,
    *ROUND_FOURTEEN_MINE,
    *ROUND_FOURTEEN_ACTACT,
    *ROUND_FIFTEEN_MINE,
    *ROUND_FIFTEEN_ACTACT,
    *ROUND_FIFTEEN_B_ACTACT,
    *ROUND_SIXTEEN_MINE,
    *ROUND_SEVENTEEN_MINE,
    *ROUND_EIGHTEEN_MINE,
    *ROUND_NINETEEN_MINE,
    *ROUND_TWENTY_MINE,
    *ROUND_TWENTY_ONE_MINE,
    *ROUND_TWENTY_TWO_MINE,
    *ROUND_TWENTY_THREE_MINE,
    *ROUND_TWENTY_FOUR_MINE,
    *ROUND_SIXTEEN_ACTACT,
    *ROUND_SIXTEEN_B_ACTACT,
    *ROUND_SEVENTEEN_ACTACT,
    *ROUND_SEVENTEEN_B_ACTACT,
    *ROUND_EIGHTEEN_ACTACT,
    *ROUND_EIGHTEEN_B_ACTACT,
    *ROUND_NINETEEN_ACTACT,
    *ROUND_NINETEEN_B_ACTACT,
    *ROUND_NINETEEN_C_ACTACT,
    *ROUND_TWENTY_ACTACT,
    *ROUND_TWENTY_B_ACTACT,
    *ROUND_TWENTY_C_ACTACT,
    *ROUND_TWENTY_ONE_ACTACT,
    *ROUND_TWENTY_ONE_B_CDQ,
    *ROUND_TWENTY_ONE_B_ACTACT,
    *ROUND_TWENTY_ONE_C_ACTACT,
    *ROUND_TWENTY_TWO_ACTACT,
    *ROUND_TWENTY_TWO_B_ACTACT,
    *ROUND_TWENTY_THREE_ACTACT,
    *ROUND_TWENTY_THREE_LEX,
    *ROUND_TWENTY_FOUR_ACTACT,
]


# ---------------------------------------------------------------------------------------------
# matching
# ---------------------------------------------------------------------------------------------


def norm_name(name: str) -> str:
    """Lower-case, drop apostrophes and punctuation, read "&" as "and", drop a leading "the"."""
    s = name.casefold().replace("&", " and ")
    s = re.sub(r"['\u2019`]", "", s)
    s = re.sub(r"[^\w\s]", " ", s)
    s = " ".join(s.split())
    return s.removeprefix("the ")


def actor_matches(ex: Extraction, actor_id: str, names: set[str]) -> bool:
    actor = ex.actor(actor_id)
    wanted = {norm_name(n) for n in names}
    return any(norm_name(n) in wanted for n in (actor.name, *actor.aliases))


def _key_ok(ex: Extraction, action: Action, exp: Expected) -> bool:
    if "actor" in exp and not actor_matches(ex, action.actor, exp["actor"]):
        return False
    return not ("kind" in exp and action.kind.value not in exp["kind"])


def _field_errors(ex: Extraction, action: Action, exp: Expected) -> list[str]:
    errors: list[str] = []
    actor = ex.actor(action.actor)
    got_scope = {s.value for s in action.scope}
    got_reasons = {r.value for r in action.reasons}
    got_date = None if action.date is None else action.date.value
    got_targets = {norm_name(t) for t in action.targets}
    if "country" in exp and actor.country != exp["country"]:
        errors.append(f"country {actor.country!r} != {exp['country']!r}")
    if "actor_kind" in exp and actor.kind.value != exp["actor_kind"]:
        errors.append(f"actor kind {actor.kind.value!r} != {exp['actor_kind']!r}")
    if "status" in exp and action.status.value != exp["status"]:
        errors.append(f"status {action.status.value!r} != {exp['status']!r}")
    if "temporary" in exp and action.temporary != exp["temporary"]:
        errors.append(f"temporary {action.temporary!r} != {exp['temporary']!r}")
    if "date" in exp and got_date != exp["date"]:
        errors.append(f"date {got_date!r} != {exp['date']!r}")
    if "scope" in exp and got_scope != set(exp["scope"]):
        errors.append(f"scope {sorted(got_scope)} != {sorted(exp['scope'])}")
    if "scope_has" in exp and not set(exp["scope_has"]) <= got_scope:
        errors.append(f"scope {sorted(got_scope)} lacks {sorted(exp['scope_has'])}")
    if "reasons" in exp and got_reasons != set(exp["reasons"]):
        errors.append(f"reasons {sorted(got_reasons)} != {sorted(exp['reasons'])}")
    if "reasons_has" in exp and not set(exp["reasons_has"]) <= got_reasons:
        errors.append(f"reasons {sorted(got_reasons)} lack {sorted(exp['reasons_has'])}")
    if "targets_has" in exp:
        missing = {t for t in exp["targets_has"] if norm_name(t) not in got_targets}
        if missing:
            errors.append(f"targets {list(action.targets)} lack {sorted(missing)}")
    if "targets" in exp and {norm_name(t) for t in exp["targets"]} != got_targets:
        errors.append(f"targets {list(action.targets)} are not {sorted(exp['targets'])}")
    return errors


def describe(ex: Extraction, action: Action) -> str:
    actor = ex.actor(action.actor)
    date = None if action.date is None else action.date.value
    return (
        f"{actor.name!r} (aliases {list(actor.aliases)}, {actor.country}) {action.kind.value} "
        f"status={action.status.value} date={date} temporary={action.temporary} "
        f"scope={[s.value for s in action.scope]} reasons={[r.value for r in action.reasons]} "
        f"targets={list(action.targets)} | {action.evidence.text[:90]!r}"
    )


def match_actions(ex: Extraction, expected: Sequence[Expected], *, exact: bool) -> list[str]:
    """Match expected to produced actions one-to-one; return the problems found."""
    produced = list(ex.actions)
    used: set[int] = set()
    assigned: dict[int, int] = {}
    # pass 1: full matches; pass 2: the best partial match on actor and kind
    for i, exp in enumerate(expected):
        for j, act in enumerate(produced):
            ok = _key_ok(ex, act, exp) and not _field_errors(ex, act, exp)
            if j not in used and ok:
                assigned[i] = j
                used.add(j)
                break
    problems: list[str] = []
    for i, exp in enumerate(expected):
        if i in assigned:
            continue
        candidates = [
            j for j, act in enumerate(produced) if j not in used and _key_ok(ex, act, exp)
        ]
        shown = {k: sorted(v) if isinstance(v, set) else v for k, v in exp.items()}
        if not candidates:
            problems.append(f"MISSING {shown}")
            continue
        best = min(candidates, key=lambda j: len(_field_errors(ex, produced[j], exp)))
        used.add(best)
        errs = "; ".join(_field_errors(ex, produced[best], exp))
        problems.append(f"WRONG {shown}: {errs}\n      got {describe(ex, produced[best])}")
    if exact:
        problems.extend(
            f"EXTRA {describe(ex, act)}" for j, act in enumerate(produced) if j not in used
        )
    return problems


# ---------------------------------------------------------------------------------------------
# tests
# ---------------------------------------------------------------------------------------------


def test_enough_cases() -> None:
    assert len(CASES) >= 150
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids)), "case ids must be unique"


@pytest.mark.parametrize(("text", "published", "expected", "exact"), CASES)
def test_actions(text: str, published: str, expected: list[Expected], exact: bool) -> None:
    ex = dp.extract(text, published=published)
    problems = match_actions(ex, expected, exact=exact)
    if problems:
        produced = "\n".join(f"  - {describe(ex, a)}" for a in ex.actions) or "  (none)"
        pytest.fail("\n".join(problems) + f"\nproduced actions:\n{produced}", pytrace=False)


def test_matcher_reports_missing_and_extra() -> None:
    """The helper itself: a missing action and an extra one are both reported."""
    ex = dp.extract(f"{HEADLINE}\n\nNobody did anything.", published="2025-02-05")
    assert match_actions(ex, [{"actor": {"Italy"}, "kind": {"block"}}], exact=True)
    assert not match_actions(ex, [], exact=True)
    assert norm_name("The Korea Hydro & Nuclear Power") == "korea hydro and nuclear power"
    assert norm_name("Italy\u2019s privacy watchdog") == norm_name("italy's Privacy Watchdog")
