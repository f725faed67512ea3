"""Specification of claim extraction: who asserted what, quoted or reported, with its quantities.

Each case is a short news text written for these tests (none is copied from an article) and the
claims a careful analyst reading it under ``SCHEMA.md`` would record. An expected claim is a dict:

``speaker``     set of acceptable names of the speaking actor (name or alias, ignoring case,
                a leading "the" and punctuation), or None for a claim with no speaker
``contains``    a substring the claim's text must contain (case and quote style ignored)
``starts``      how the claim's text must begin (case and quote style ignored)
``ends``        how the claim's text must end (case and quote style ignored)
``quote``       True for a direct quotation, False for reported speech (left out: not checked,
                as for a quoted fragment inside reported speech)
``cue``         a substring the claim's cue must contain
``date``        the claim's date value
``quantities``  (kind, value, unit) triples that must be among the claim's quantities

Expected claims are matched one-to-one to produced ones. ``exact`` cases (headlines, scare quotes,
two quotations by one speaker) also assert that no other claim is produced.

Every text is given a neutral headline (the first line of an article is its title, and a title is
never a claim) unless the case is about headlines (``raw``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

import pytest

import deepseek_policy as dp
from deepseek_policy.model import Claim, Extraction

HEADLINE = "AI policy roundup"

Expected = Mapping[str, Any]


# Constructions the parser does not handle yet; each is a strict xfail so that fixing one
# makes the test fail until it is removed from this table.
KNOWN_GAPS = {
    "said-with-percent": "lower-case body description ('The Tianjin computing centre') as speaker",
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


PIPC = {
    "Personal Information Protection Commission",
    "Personal Information Protection Committee",
    "PIPC",
}
GARANTE = {
    "Garante",
    "Italian Data Protection Authority",
    "Garante per la protezione dei dati personali",
}
DPC = {"Data Protection Commission", "Irish Data Protection Commission", "DPC"}
DUTCH_AP = {"Autoriteit Persoonsgegevens", "AP", "Dutch Data Protection Authority"}
MODA = {"Ministry of Digital Affairs", "MODA"}
KR_MOTIE = {
    "Ministry of Trade, Industry and Energy",
    "MOTIE",
    "Trade Ministry",
    "Industry Ministry",
}
KR_MOIS = {
    "Ministry of the Interior and Safety",
    "Ministry of Interior and Safety",
    "Interior Ministry",
    "MOIS",
}
INDIA_MOF = {"Ministry of Finance", "Finance Ministry", "India's finance ministry"}
DEEPSEEK = {"DeepSeek"}
GUO = {"Guo Jiakun", "Guo"}
BURKE = {"Tony Burke", "Burke"}
BAE = {"Bae Kyung-hoon", "Bae"}
LG_UPLUS = {"LG Uplus", "LG U+", "LG U Plus"}
SRINIVAS = {"Aravind Srinivas", "Srinivas"}

MONEY, PERCENT, DURATION, COUNT = "money", "percent", "duration", "count"


DIRECT_QUOTES = [
    case(
        "quote-comma-x-said",
        '"DeepSeek has not answered our questions to our satisfaction," Garante president '
        "Pasquale Stanzione said.",
        "2025-01-31",
        [
            {
                "speaker": {"Pasquale Stanzione", "Stanzione"},
                "contains": "not answered our questions",
                "quote": True,
            }
        ],
        exact=True,
    ),
    case(
        "quote-said-x-ceo-of-y",
        "\u201cCheap models change the economics of the whole industry,\u201d said Aravind "
        "Srinivas, chief executive of Perplexity.",
        "2025-02-10",
        [{"speaker": SRINIVAS, "contains": "economics of the whole industry", "quote": True}],
        exact=True,
    ),
    case(
        "quote-said-title-name",
        "\u201cWe see no reason to treat this app differently from any other foreign "
        "service,\u201d said Digital Minister Masaaki Taira.",
        "2025-02-07",
        [
            {
                "speaker": {"Masaaki Taira", "Taira"},
                "contains": "no reason to treat this app differently",
                "quote": True,
            }
        ],
        exact=True,
    ),
    case(
        "quote-said-x-ceo-straight",
        '"Open weights make it easy to inspect the model," said Clem Delangue, CEO of '
        "Hugging Face.",
        "2025-01-29",
        [
            {
                "speaker": {"Clem Delangue", "Delangue"},
                "contains": "Open weights make it easy",
                "quote": True,
            }
        ],
        exact=True,
    ),
    case(
        "x-said-colon-quote",
        "Nam Seok, director of the PIPC's investigation bureau, said: \u201cThe company "
        "admitted it had overlooked Korean privacy law.\u201d",
        "2025-02-17",
        [
            {
                "speaker": {"Nam Seok", "Nam"},
                "contains": "admitted it had overlooked Korean privacy law",
                "quote": True,
            }
        ],
        exact=True,
    ),
    case(
        "x-told-reporters-colon-quote",
        "Home Affairs Minister Tony Burke told reporters: \u201cThis is about protecting "
        "government data, not about where an app comes from.\u201d",
        "2025-02-05",
        [{"speaker": BURKE, "contains": "protecting government data", "quote": True}],
        exact=True,
    ),
    case(
        "x-said-comma-quote",
        'Naver CEO Choi Soo-yeon said, "We will build a model tailored to Korea."',
        "2025-02-10",
        [
            {
                "speaker": {"Choi Soo-yeon", "Choi"},
                "contains": "model tailored to Korea",
                "quote": True,
            }
        ],
        exact=True,
    ),
    case(
        "two-quotes-he-said",
        "Upstage CEO Sung Kim spoke at a forum in Seoul on Tuesday. \u201cThis is a wake-up "
        "call for every Korean lab,\u201d he said. \u201cWe need our own foundation "
        "models.\u201d",
        "2025-02-06",
        [
            {"speaker": {"Sung Kim", "Kim"}, "contains": "wake-up call", "quote": True},
            {
                "speaker": {"Sung Kim", "Kim"},
                "contains": "our own foundation models",
                "quote": True,
            },
        ],
        exact=True,
    ),
    case(
        "two-quotes-she-said",
        "Clara Chappaz, France's minister for AI, was asked about the app on Monday. "
        "\u201cWe will not ban it on principle,\u201d she said. \u201cWe will look at the "
        "facts.\u201d",
        "2025-02-05",
        [
            {"speaker": {"Clara Chappaz", "Chappaz"}, "contains": "not ban it", "quote": True},
            {
                "speaker": {"Clara Chappaz", "Chappaz"},
                "contains": "look at the facts",
                "quote": True,
            },
        ],
        exact=True,
    ),
    case(
        "quote-continues-next-paragraph-curly",
        "Premier Cho Jung-tai told reporters: \u201cPublic servants handle data that belongs "
        "to the people. We cannot take risks with it.\n\n\u201cEvery ministry will apply the "
        "rule from today.\u201d",
        "2025-02-04",
        [
            {
                "speaker": {"Cho Jung-tai", "Cho"},
                "contains": "Every ministry will apply the rule",
                "quote": True,
            }
        ],
    ),
    case(
        "quote-continues-next-paragraph-straight",
        "LG AI Research head Bae Kyung-hoon said the lab would keep building its own models. "
        '"Our costs are already low, and they will fall further.\n\n'
        '"You will see the results in our next release."',
        "2025-02-06",
        [{"speaker": BAE, "contains": "see the results in our next release", "quote": True}],
    ),
    case(
        "quote-split-by-attribution",
        "Chief Cabinet Secretary Yoshimasa Hayashi took questions on Tuesday. \u201cThe "
        "question is not whether to use AI,\u201d Hayashi said, \u201cbut whose AI we can "
        "trust.\u201d",
        "2025-02-05",
        [
            {
                "speaker": {"Yoshimasa Hayashi", "Hayashi"},
                "contains": "not whether to use AI",
                "quote": True,
            }
        ],
    ),
    case(
        "quote-straight-said-title-name",
        '"The risks are simply too high," said Home Affairs Minister Tony Burke.',
        "2025-02-05",
        [{"speaker": BURKE, "contains": "risks are simply too high", "quote": True}],
        exact=True,
    ),
    case(
        "quote-surname-said",
        "LG AI Research head Bae Kyung-hoon presented the lab's plans on Thursday. "
        "\u201cWe were surprised by how little compute it needed,\u201d Bae said.",
        "2025-02-07",
        [{"speaker": BAE, "contains": "how little compute it needed", "quote": True}],
        exact=True,
    ),
    case(
        "quote-organisation-said-in-statement",
        "\u201cUsers\u2019 data is processed in line with the law,\u201d DeepSeek said in a "
        "statement.",
        "2025-02-17",
        [{"speaker": DEEPSEEK, "contains": "processed in line with the law", "quote": True}],
        exact=True,
    ),
    case(
        "quote-the-startup-claimed",
        "DeepSeek released R1 in January. \u201cOur model costs a fraction of what American "
        "labs spend,\u201d the startup claimed.",
        "2025-02-10",
        [
            {
                "speaker": DEEPSEEK,
                "contains": "a fraction of what American labs spend",
                "quote": True,
            }
        ],
    ),
    case(
        "quote-multi-sentence",
        "\u201cWe looked at the code. We found nothing alarming,\u201d said Ruth Okafor, a "
        "researcher at the Oxford Internet Institute.",
        "2025-02-10",
        [
            {
                "speaker": {"Ruth Okafor", "Okafor"},
                "contains": "found nothing alarming",
                "quote": True,
            }
        ],
    ),
    case(
        "quote-said-named-spokesperson",
        "\u201cNo decision has been made on private use,\u201d said Lin Chia-wei, a spokesperson "
        "for Taiwan's Ministry of Digital Affairs.",
        "2025-02-04",
        [
            {
                "speaker": {"Lin Chia-wei", "Lin"},
                "contains": "No decision has been made",
                "quote": True,
            }
        ],
        exact=True,
    ),
]

SINGLE_QUOTES = [
    case(
        "single-curly-quote-said-after",
        "\u2018The model runs entirely on our own servers,\u2019 said Zhou Hong, head of the "
        "city\u2019s data bureau.",
        "2025-02-20",
        [
            {
                "speaker": {"Zhou Hong", "Zhou"},
                "contains": "runs entirely on our own servers",
                "quote": True,
            }
        ],
        exact=True,
    ),
    case(
        "single-curly-quote-said-colon",
        "Wang Lei, an analyst at Guotai Junan, said: \u2018Every carmaker now wants to say it "
        "uses DeepSeek.\u2019",
        "2025-02-20",
        [
            {
                "speaker": {"Wang Lei", "Wang"},
                "contains": "Every carmaker now wants to say",
                "quote": True,
            }
        ],
        exact=True,
    ),
    case(
        "single-curly-quote-he-said",
        "Chen Hui, Geely's head of intelligent cockpits, explained the timing. \u2018We moved "
        "within a week,\u2019 he said.",
        "2025-02-20",
        [{"speaker": {"Chen Hui", "Chen"}, "contains": "moved within a week", "quote": True}],
    ),
]

NOT_CLAIMS = [
    case(
        "quote-attributed-to-an-unknown-description",
        "“We have asked DeepSeek to explain how it handles data,” the commission said in a "
        "statement.",
        "2025-02-14",
        [],
        exact=True,
    ),
    case(
        "wrote-to-is-a-letter",
        "Ireland's Data Protection Commission wrote to DeepSeek asking for details on its data "
        "processing.",
        "2025-02-14",
        [],
        exact=True,
    ),
    case(
        "warned-an-audience-about-is-a-warning",
        "Germany's BSI warned users about DeepSeek on Thursday. The Federal Office for "
        "Information Security also warned against installing the app.",
        "2025-02-14",
        [],
        exact=True,
    ),
    case(
        "reported-to-a-body-is-a-complaint",
        "Germany's data protection commissioner Meike Kamp reported DeepSeek to Apple and Google "
        "on Friday.",
        "2025-06-28",
        [],
        exact=True,
    ),
    case(
        "reported-clause-with-to-is-still-a-claim",
        "Yonhap reported the ministry had sent a letter to DeepSeek.",
        "2025-02-14",
        [
            {
                "speaker": {"Yonhap", "Yonhap News Agency"},
                "contains": "sent a letter",
                "cue": "reported",
            }
        ],
        exact=True,
    ),
    case(
        "the-note-speaks-for-its-issuer",
        "The finance ministry has advised its employees to avoid AI tools such as DeepSeek on "
        "office computers. The advisory was issued days before the minister met OpenAI's chief "
        'executive. "AI apps on office computers pose risks for the confidentiality of '
        'government data," the note said.',
        "2025-02-06",
        [
            {
                "speaker": {"Ministry of Finance", "finance ministry"},
                "contains": "confidentiality",
                "quote": True,
            }
        ],
        exact=True,
    ),
    case(
        "opener-before-the-speaker-is-not-the-claim",
        "Separately, India said on Thursday it would host DeepSeek models on Indian servers.",
        "2025-02-06",
        [{"speaker": {"India"}, "contains": "host DeepSeek", "starts": "it would host"}],
        exact=True,
    ),
    case(
        "officials-said-day-then-as-clause",
        "South Korea's defense ministry has blocked access to DeepSeek, the ministry said "
        "Thursday, as concerns grow over the service.",
        "2025-02-06",
        [
            {
                "speaker": {"Ministry of National Defense"},
                "contains": "blocked access",
                "ends": "DeepSeek",
            }
        ],
        exact=True,
    ),
    case(
        "unresolved-attribution-names-no-speaker",
        "DeepSeek stores data in China, the ministry said on Thursday, adding that the app was "
        "blocked.",
        "2025-02-06",
        [],
        exact=True,
    ),
    case(
        "participle-after-attribution-keeps-its-speaker",
        "DeepSeek stores data in China, Italy's Garante said at a news conference in Rome on "
        "Thursday, adding that the app was blocked.",
        "2025-02-06",
        [
            {
                "speaker": {"Garante", "Garante per la protezione dei dati personali"},
                "contains": "stores data",
            },
            {
                "speaker": {"Garante", "Garante per la protezione dei dati personali"},
                "contains": "app was blocked",
            },
        ],
        exact=True,
    ),
    case(
        "verb-first-after-a-quote-then-he-added",
        '"DeepSeek accepted our recommendations and corrected the problems we found," said Nam '
        "Seok, director of the commission's investigation bureau. He added that the company had "
        "stopped sending user prompts abroad on April 10.",
        "2025-04-28",
        [
            {
                "speaker": {"Nam Seok"},
                "contains": "accepted our recommendations",
                "cue": "said",
                "quote": True,
            },
            {
                "speaker": {"Nam Seok"},
                "contains": "stopped sending",
                "cue": "added",
                # April 10 is when the sending stopped, not when he said so
                "date": None,
            },
        ],
        exact=True,
    ),
    case(
        "after-reports-that-is-a-noun",
        "New York blocked DeepSeek across public agencies earlier this month, after reports that "
        "the app sends data abroad.",
        "2025-02-06",
        [],
        exact=True,
    ),
    case(
        "apposition-then-said-a-clause",
        "Wang Wenbin, a spokesman for China's foreign ministry, said Beijing opposes the "
        "politicisation of trade and tech issues.",
        "2025-02-06",
        [
            {
                "speaker": {"Wang Wenbin"},
                "contains": "opposes the politicisation",
                "starts": "Beijing",
            }
        ],
        exact=True,
    ),
    case(
        "told-an-audience-then-a-time-then-that",
        "Liang Wenfeng, DeepSeek's founder, told a Chinese outlet last year that the company's "
        "goal was to build AGI.",
        "2025-02-06",
        [{"speaker": {"Liang Wenfeng"}, "contains": "goal was", "starts": "the company"}],
        exact=True,
    ),
    case(
        "claim-date-stays-in-its-sentence",
        '"Texas will not allow the Chinese Communist Party to infiltrate our state," Greg Abbott '
        "said. New York followed on Monday.",
        "2025-02-13",
        [{"speaker": {"Greg Abbott"}, "contains": "infiltrate", "date": None}],
        exact=True,
    ),
    case(
        "dateline-with-a-colon-or-an-agency-is-no-content",
        "NEW DELHI, 6 February 2025: India will host DeepSeek on domestic servers, Ashwini "
        "Vaishnaw said.\n\nTOKYO, Feb. 7 (Kyodo) -- Japan has asked ministries to refrain from "
        "using DeepSeek, Yoshimasa Hayashi said Friday.",
        "2025-02-07",
        [
            {"speaker": {"Ashwini Vaishnaw"}, "contains": "host DeepSeek", "starts": "India will"},
            {"speaker": {"Yoshimasa Hayashi"}, "contains": "refrain", "starts": "Japan has"},
        ],
        exact=True,
    ),
    case(
        "person-introduced-by-who-clause",
        "Meike Kamp, who heads Berlin's data protection office, said on Friday that DeepSeek had "
        'failed to protect German data. "It is unlawful," Kamp said.',
        "2025-06-28",
        [
            {"speaker": {"Meike Kamp"}, "contains": "failed to protect"},
            {"speaker": {"Meike Kamp", "Kamp"}, "contains": "unlawful", "quote": True},
        ],
        exact=True,
    ),
    case(
        "place-before-a-firm-does-not-speak",
        "At least 20 Chinese banks have deployed DeepSeek, according to a tally by a Shanghai "
        "brokerage. DeepSeek stores data in China, according to the Hong Kong daily SCMP.",
        "2025-02-14",
        [{"speaker": {"South China Morning Post", "SCMP"}, "contains": "stores data"}],
        exact=True,
    ),
    case(
        "passive-reporting-verb",
        "Italy's Garante, which was criticized by the company, banned the app.",
        "2025-02-14",
        [],
        exact=True,
    ),
    case(
        "plural-noun-states-after-a-place",
        "Several U.S. states, including Texas and Virginia, have prohibited the app on "
        "government devices.",
        "2025-02-14",
        [],
        exact=True,
    ),
    case(
        "plural-noun-states",
        "Iowa joined a growing list of states restricting the app on government phones.",
        "2025-02-14",
        [],
        exact=True,
    ),
    case(
        "negated-report-clitic-curly",
        "Apple hasn\u2019t said whether it will remove the app from its Korean store.",
        "2025-02-14",
        [],
        exact=True,
    ),
    case(
        "passive-told-is-no-speaker",
        "The Commerce Department's bureaus have been told to keep DeepSeek off government "
        "devices, and staff were told that the app was unsafe.",
        "2025-02-14",
        [],
        exact=True,
    ),
    case(
        "scare-single-straight",
        "The startup's 'open-weight' strategy has drawn attention across the industry.",
        "2025-02-05",
        [],
        exact=True,
    ),
    case(
        "scare-double-curly",
        "The so-called \u201cDeepSeek effect\u201d has rattled chip stocks.",
        "2025-01-29",
        [],
        exact=True,
    ),
    case(
        "scare-single-curly-feature-name",
        "The company\u2019s \u2018DeepThink\u2019 mode shows the model\u2019s reasoning.",
        "2025-01-29",
        [],
        exact=True,
    ),
    case(
        "scare-unprecedented",
        "The chatbot\u2019s \u201cunprecedented\u201d rise has unsettled regulators.",
        "2025-01-29",
        [],
        exact=True,
    ),
    case(
        "scare-single-name-in-name",
        "Some commentators' favourite label, 'China's Sputnik', has stuck.",
        "2025-01-29",
        [],
        exact=True,
    ),
    case(
        "headline-quote-no-claim",
        "\u201cA wake-up call\u201d: Seoul scrambles after DeepSeek suspension\n\n"
        "South Korean companies are rethinking their AI plans after the suspension.",
        "2025-02-17",
        [],
        exact=True,
        raw=True,
    ),
    case(
        "headline-single-quote-no-claim",
        "Experts back 'DeepSeek-style' push for Korean AI\n\n"
        "The debate over a national AI strategy intensified this week.",
        "2025-02-06",
        [],
        exact=True,
        raw=True,
    ),
    case(
        "report-title-in-quotes",
        "The report, titled \u201cAI and the State,\u201d was published in March.",
        "2025-04-01",
        [],
        exact=True,
    ),
    case(
        "store-listing-name-in-quotes",
        'The app is listed in stores as "DeepSeek - AI Assistant".',
        "2025-02-05",
        [],
        exact=True,
    ),
    case(
        "plain-fact-no-attribution",
        "DeepSeek was founded in 2023 in Hangzhou.",
        "2025-02-05",
        [],
        exact=True,
    ),
    case(
        "apostrophes-are-not-quotes",
        "DeepSeek's rivals' shares fell on Monday while Nvidia's dropped 17%.",
        "2025-01-28",
        [],
        exact=True,
    ),
    case(
        "term-in-quotes-no-speaker",
        "The phrase \u201cAI sovereignty\u201d is now heard across Seoul.",
        "2025-02-06",
        [],
        exact=True,
    ),
]

PARTIAL_QUOTES = [
    case(
        "partial-quote-described-as",
        "Science Minister Yoo Sang-im described the arrival of DeepSeek as a \u201cnew kind "
        "of challenge\u201d for Korean industry.",
        "2025-02-04",
        [{"speaker": {"Yoo Sang-im", "Yoo"}, "contains": "new kind of challenge"}],
        exact=True,
    ),
    case(
        "partial-quote-called",
        "Kim Yong-jin, an analyst at Samsung Securities, called the selloff \u201can "
        "overreaction to a single paper\u201d.",
        "2025-01-29",
        [{"speaker": {"Kim Yong-jin", "Kim"}, "contains": "overreaction to a single paper"}],
        exact=True,
    ),
    case(
        "partial-quote-said-that",
        "Guo Jiakun said China had \u201cnever asked and will never ask\u201d companies to "
        "collect data illegally.",
        "2025-02-06",
        [{"speaker": GUO, "contains": "never asked and will never ask"}],
        exact=True,
    ),
]

REPORTED = [
    case(
        "the-adjective-government-is-that-country",
        "Taiwan barred the app last week. The Czech government said on Wednesday the measure "
        "applied to all state institutions.",
        "2025-03-12",
        [{"speaker": {"Czech Republic", "Czechia"}, "contains": "applied to all state"}],
        exact=True,
    ),
    case(
        "statement-ends-before-the-speakers-next-act",
        "Commerce Secretary Howard Lutnick told senators that DeepSeek had used American "
        "technology and pledged to tighten export controls.",
        "2025-01-30",
        [
            {
                "speaker": {"Howard Lutnick", "Lutnick"},
                "contains": "used American technology",
                "ends": "used American technology",
            }
        ],
        exact=True,
    ),
    case(
        "called-a-short-quoted-description-unintroduced-name",
        'Reid Hoffman called DeepSeek R1 "a wake-up moment" in a post on LinkedIn.',
        "2025-01-28",
        [{"speaker": {"Reid Hoffman", "Hoffman"}, "contains": "wake-up moment", "quote": True}],
        exact=True,
    ),
    case(
        "reported-speech-ending-in-a-quotation-keeps-its-mark",
        'In a post on X, Anthropic chief executive Dario Amodei wrote that R1 was "a notable '
        'model".',
        "2025-01-28",
        [
            {
                "speaker": {"Dario Amodei", "Amodei"},
                "contains": 'R1 was "a notable model"',
                "quote": False,
            }
        ],
        exact=True,
    ),
    case(
        "notice-warning-that-without-a-comma",
        "Japan's Personal Information Protection Commission posted an alert on its website "
        "warning that user data was stored on servers in China.",
        "2025-02-04",
        [
            {
                "speaker": {"Personal Information Protection Commission", "PPC"},
                "contains": "stored on servers in China",
                "cue": "warning",
            }
        ],
        exact=True,
    ),
    case(
        "unnamed-minister-speaks-for-the-ministry",
        "Italy's foreign minister said the matter was one for the privacy regulator.",
        "2025-02-03",
        [
            {
                "speaker": {"Ministry of Foreign Affairs and International Cooperation"},
                "contains": "one for the privacy regulator",
                "cue": "said",
            }
        ],
        exact=True,
    ),
    # a final attribution to someone who "told" an audience
    case(
        "final-told-a-hearing",
        "Siemens does not let its engineers use the Chinese chatbot, the company's chief "
        "technology officer Anna Weber told a parliamentary hearing on Tuesday.",
        "2025-05-09",
        [
            {
                "speaker": {"Anna Weber", "Weber"},
                "contains": "does not let its engineers use",
                "cue": "told",
                "quote": False,
            }
        ],
        exact=True,
    ),
    case(
        "final-told-reporters",
        "The review will take several weeks, Sweden's digital minister Erik Slottner told "
        "reporters.",
        "2025-02-10",
        [{"speaker": {"Erik Slottner", "Slottner"}, "contains": "several weeks", "cue": "told"}],
        exact=True,
    ),
    case(
        "final-told-an-outlet",
        "No ministry computer runs the app, Kenya's ICT minister William Kabogo told Reuters.",
        "2025-02-10",
        [
            {
                "speaker": {"William Kabogo", "Kabogo"},
                "contains": "No ministry computer",
                "cue": "told",
            }
        ],
        exact=True,
    ),
    # a final speaker that names no one known gives no claim, not the name before it
    case(
        "final-told-unresolved-description",
        "DeepSeek keeps user data on servers in China, the agency told parliament in a written "
        "answer.",
        "2025-02-10",
        [],
        exact=True,
    ),
    case(
        "reported-said-that",
        "Microsoft said that R1 had passed extensive safety evaluations before it was added "
        "to Azure.",
        "2025-01-30",
        [
            {
                "speaker": {"Microsoft"},
                "contains": "passed extensive safety evaluations",
                "quote": False,
                "cue": "said",
            }
        ],
    ),
    case(
        "reported-stated",
        "Taiwan's Ministry of Digital Affairs stated that government data must not be "
        "processed by the service.",
        "2025-02-03",
        [
            {
                "speaker": MODA,
                "contains": "government data must not be processed",
                "quote": False,
                "cue": "stated",
            }
        ],
    ),
    case(
        "reported-claimed-with-money",
        "DeepSeek claimed it trained V3 for less than $6 million.",
        "2025-01-28",
        [
            {
                "speaker": DEEPSEEK,
                "contains": "less than $6 million",
                "quote": False,
                "cue": "claimed",
                "quantities": [(MONEY, 6e6, "USD")],
            }
        ],
    ),
    case(
        "reported-noted-with-count",
        "Counterpoint Research noted that DeepSeek had topped the app charts in 140 markets.",
        "2025-01-30",
        [
            {
                "speaker": {"Counterpoint Research", "Counterpoint"},
                "contains": "topped the app charts",
                "quote": False,
                "cue": "noted",
                "quantities": [(COUNT, 140, "market")],
            }
        ],
    ),
    case(
        "reported-the-firm-explained",
        "Woori Financial Group restricted DeepSeek on Tuesday. The firm explained that the "
        "block applied only to company-issued laptops.",
        "2025-02-06",
        [
            {
                "speaker": {"Woori Financial Group", "Woori Financial", "Woori"},
                "contains": "applied only to company-issued laptops",
                "quote": False,
                "cue": "explained",
            }
        ],
    ),
    case(
        "reported-emphasized",
        "Chinese Foreign Ministry spokesperson Guo Jiakun emphasized that Beijing attaches "
        "great importance to data privacy.",
        "2025-02-06",
        [
            {
                "speaker": GUO,
                "contains": "great importance to data privacy",
                "quote": False,
                "cue": "emphasi",
            }
        ],
    ),
    case(
        "reported-asserted",
        "Nvidia asserted that running DeepSeek at scale still requires large numbers of its chips.",
        "2025-01-28",
        [
            {
                "speaker": {"Nvidia", "NVIDIA"},
                "contains": "still requires large numbers of its chips",
                "quote": False,
            }
        ],
    ),
    case(
        "reported-argued-appositive",
        "Robin Li, the chief executive of Baidu, argued that open models would eventually win.",
        "2025-02-14",
        [
            {
                "speaker": {"Robin Li", "Li"},
                "contains": "open models would eventually win",
                "quote": False,
            }
        ],
    ),
    case(
        "reported-warned",
        "The Czech cybersecurity agency NUKIB warned that the app could transfer user data to "
        "servers in China.",
        "2025-07-10",
        [
            {
                "speaker": {"NUKIB", "National Cyber and Information Security Agency"},
                "contains": "transfer user data to servers in China",
                "quote": False,
            }
        ],
    ),
    case(
        "reported-warned-clause-without-that",
        "Germany's Federal Office for Information Security warned it would act if the app kept "
        "sending data abroad.",
        "2025-07-10",
        [
            {
                "speaker": {"Federal Office for Information Security", "BSI"},
                "contains": "it would act if the app kept sending data abroad",
                "quote": False,
            }
        ],
    ),
    case(
        "reported-wrote-on-platform",
        "Meta's chief AI scientist Yann LeCun wrote on Threads that open-source models were "
        "surpassing proprietary ones.",
        "2025-01-27",
        [
            {
                "speaker": {"Yann LeCun", "LeCun"},
                "contains": "open-source models were surpassing proprietary ones",
                "quote": False,
            }
        ],
    ),
    case(
        "reported-media-reported",
        "Reuters reported that three Korean ministries had blocked the app.",
        "2025-02-06",
        [{"speaker": {"Reuters"}, "contains": "ministries had blocked the app", "quote": False}],
    ),
    case(
        "reported-revealed",
        "South Korea's PIPC revealed that DeepSeek had sent user data to ByteDance.",
        "2025-02-18",
        [{"speaker": PIPC, "contains": "sent user data to ByteDance", "quote": False}],
    ),
    case(
        "reported-reasoned",
        "Korea Hydro & Nuclear Power reasoned that any leak of reactor documents would be "
        "catastrophic.",
        "2025-02-05",
        [
            {
                "speaker": {"Korea Hydro & Nuclear Power", "KHNP"},
                "contains": "leak of reactor documents",
                "quote": False,
            }
        ],
    ),
    case(
        "reported-told-reporters-that",
        "Tony Burke told reporters that the decision was based on threat advice, not on the "
        "app's country of origin.",
        "2025-02-05",
        [{"speaker": BURKE, "contains": "based on threat advice", "quote": False, "cue": "told"}],
    ),
    case(
        "reported-told-a-briefing-that",
        "Chinese foreign ministry spokesperson Mao Ning told a regular briefing that China "
        "would never ask companies to collect data illegally.",
        "2025-02-05",
        [
            {
                "speaker": {"Mao Ning"},
                "contains": "collect data illegally",
                "starts": "China would never ask",
                "quote": False,
                "cue": "told",
            }
        ],
    ),
    case(
        "reported-after-a-dateline",
        "SEOUL, April 28, 2025 (Example Wire) - South Korea's Personal Information Protection "
        "Commission said on Monday that DeepSeek could again be downloaded in the country.",
        "2025-04-28",
        [
            {
                "speaker": PIPC,
                "contains": "could again be downloaded",
                "starts": "DeepSeek could again",
                "quote": False,
                "date": "2025-04-28",
            }
        ],
        exact=True,
        raw=True,
    ),
    case(
        "colon-dateline-is-no-part-of-the-claim",
        "NEW DELHI: India will host DeepSeek's models on local servers, IT Minister Ashwini "
        "Vaishnaw said on Thursday.",
        "2025-01-31",
        [
            {
                "speaker": {"Ashwini Vaishnaw", "Vaishnaw"},
                "contains": "host DeepSeek's models",
                "starts": "India will host",
            }
        ],
        exact=True,
        raw=True,
    ),
    case(
        "according-to-after-a-dateline-without-a-date",
        "OTTAWA (Example Wire) — Canada's Treasury Board has removed DeepSeek from staff phones, "
        "according to a report by Reuters.",
        "2025-02-10",
        [
            {
                "speaker": {"Reuters"},
                "contains": "removed DeepSeek from staff phones",
                "starts": "Canada's Treasury Board has removed",
                "cue": "according to",
            }
        ],
        exact=True,
        raw=True,
    ),
    case(
        "reported-a-date-before-the-statement",
        "Germany's cybersecurity agency said on Feb. 6, 2025 it would suspend the R1 model on "
        "work phones. France's navy said on the 4th it would block DeepSeek.",
        "2025-02-14",
        [
            {
                "speaker": {"Federal Office for Information Security", "BSI"},
                "contains": "suspend the R1",
                "starts": "it would suspend",
            },
            {
                "speaker": {"Navy", "French Navy"},
                "contains": "block DeepSeek",
                "starts": "it would block",
            },
        ],
    ),
    case(
        "reported-a-weekday-that-is-part-of-it",
        "Japan's digital agency said Monday's ban was temporary.",
        "2025-02-14",
        [
            {
                "speaker": {"Digital Agency"},
                "contains": "ban was temporary",
                "starts": "Monday's ban",
            }
        ],
    ),
    case(
        "reported-the-company-added-with-duration",
        "LG Uplus blocked DeepSeek on company PCs. The company added that the restriction "
        "would be reviewed in six months.",
        "2025-02-05",
        [
            {
                "speaker": LG_UPLUS,
                "contains": "reviewed in six months",
                "quote": False,
                "cue": "added",
                "quantities": [(DURATION, 6, "month")],
            }
        ],
    ),
    case(
        "reported-described-as",
        "OpenAI chief executive Sam Altman described R1 as an impressive model, especially "
        "for the price.",
        "2025-01-28",
        [{"speaker": {"Sam Altman", "Altman"}, "contains": "impressive model", "quote": False}],
    ),
    case(
        "according-to-ministry-with-count",
        "According to South Korea's Ministry of the Interior and Safety, 17 central agencies "
        "have now blocked the service.",
        "2025-02-10",
        [
            {
                "speaker": KR_MOIS,
                "contains": "17 central agencies",
                "quote": False,
                "cue": "according to",
                "quantities": [(COUNT, 17, "agency")],
            }
        ],
    ),
    case(
        "according-to-news-agency",
        "According to Yonhap News Agency, Kakao has told employees not to use DeepSeek for work.",
        "2025-02-05",
        [
            {
                "speaker": {"Yonhap News Agency", "Yonhap"},
                "contains": "Kakao has told employees",
                "quote": False,
                "cue": "according to",
            }
        ],
    ),
    case(
        "according-to-sentence-final",
        "Seventeen provincial data bureaus now run the model, according to the Ministry of "
        "Industry and Information Technology.",
        "2025-02-20",
        [
            {
                "speaker": {"Ministry of Industry and Information Technology", "MIIT"},
                "contains": "provincial data bureaus now run the model",
                "quote": False,
            }
        ],
    ),
    case(
        "officials-at-the-ministry-confirmed",
        "India's finance ministry issued an internal memo on AI tools. Two officials at the "
        "ministry confirmed the memo had been sent to all departments.",
        "2025-02-05",
        [{"speaker": INDIA_MOF, "contains": "sent to all departments", "quote": False}],
    ),
    case(
        "possessive-spokesperson-said",
        "The Garante's spokesperson said the authority had received no satisfactory reply.",
        "2025-01-31",
        [{"speaker": GARANTE, "contains": "received no satisfactory reply", "quote": False}],
    ),
    case(
        "a-spokesperson-for-the-group",
        "Shinhan Financial Group has limited DeepSeek on work PCs. A spokesperson for the "
        "group said staff had been told to use in-house tools instead.",
        "2025-02-06",
        [
            {
                "speaker": {"Shinhan Financial Group", "Shinhan Financial", "Shinhan"},
                "contains": "use in-house tools instead",
                "quote": False,
            }
        ],
    ),
    case(
        "a-ministry-official-said",
        "South Korea's Ministry of Trade, Industry and Energy temporarily blocked DeepSeek on "
        "Wednesday. A ministry official said the measure was precautionary.",
        "2025-02-06",
        [{"speaker": KR_MOTIE, "contains": "measure was precautionary", "quote": False}],
    ),
    case(
        "its-spokesperson-said",
        "The European Commission is examining the app. Its spokesperson said no decision had "
        "been taken.",
        "2025-01-29",
        [
            {
                "speaker": {"European Commission"},
                "contains": "no decision had been taken",
                "quote": False,
            }
        ],
    ),
    case(
        "spokesperson-told-outlet",
        "A Navy spokesperson told CNBC that the guidance followed an alert from the service's "
        "cyber command.",
        "2025-01-29",
        [
            {
                "speaker": {"U.S. Navy", "US Navy", "Navy", "United States Navy"},
                "contains": "guidance followed an alert",
                "quote": False,
            }
        ],
    ),
    case(
        "sentence-final-the-company-said",
        "LG Uplus blocked DeepSeek on Tuesday. Access will be restored once a security review "
        "is complete, the company said.",
        "2025-02-06",
        [
            {
                "speaker": LG_UPLUS,
                "contains": "Access will be restored",
                "quote": False,
                "cue": "said",
            }
        ],
    ),
    case(
        "sentence-final-x-said-on-weekday",
        "The data of South Korean users was sent to servers in China, the PIPC said on Monday.",
        "2025-02-19",
        [
            {
                "speaker": PIPC,
                "contains": "sent to servers in China",
                "quote": False,
                "date": "2025-02-17",
            }
        ],
    ),
    case(
        "participial-warning-that",
        "The Australian Strategic Policy Institute called for a ban on government devices, "
        "warning that Chinese intelligence laws could reach user data.",
        "2025-02-03",
        [
            {
                "speaker": {"Australian Strategic Policy Institute", "ASPI"},
                "contains": "Chinese intelligence laws could reach user data",
                "quote": False,
            }
        ],
    ),
    case(
        "participial-saying",
        "Amazon Web Services began offering R1 on Thursday, saying customers wanted a choice "
        "of models.",
        "2025-02-03",
        [
            {
                "speaker": {"Amazon Web Services", "AWS"},
                "contains": "customers wanted a choice of models",
                "quote": False,
            }
        ],
    ),
    case(
        "the-companys-claim-that",
        "DeepSeek's rise rattled investors. Analysts questioned the company's claim that it "
        "spent only $5.6 million on training.",
        "2025-01-29",
        [
            {
                "speaker": DEEPSEEK,
                "contains": "$5.6 million",
                "quote": False,
                "quantities": [(MONEY, 5.6e6, "USD")],
            }
        ],
    ),
    case(
        "whose-privacy-policy-says",
        "DeepSeek, whose privacy policy says the data it gathers is kept on servers in the "
        "People's Republic of China, did not reply to questions.",
        "2025-01-29",
        [
            {
                "speaker": DEEPSEEK,
                "contains": "servers in the People's Republic of China",
                "quote": False,
            }
        ],
    ),
    case(
        "relative-who-said",
        "The move was welcomed by Senator Mark Warner, who said the app posed a clear risk to "
        "national security.",
        "2025-02-12",
        [
            {
                "speaker": {"Mark Warner", "Warner"},
                "contains": "clear risk to national security",
                "quote": False,
            }
        ],
    ),
    case(
        "he-refers-to-last-person",
        "Kim Jong-hoon, a professor at Seoul National University, spoke at the hearing. He said "
        "the government had reacted too slowly.",
        "2025-02-12",
        [
            {
                "speaker": {"Kim Jong-hoon", "Kim"},
                "contains": "reacted too slowly",
                "quote": False,
            }
        ],
    ),
    case(
        "she-refers-to-last-person",
        "Meike Kamp, Berlin's data protection commissioner, wrote to Apple and Google on "
        "Friday. She said DeepSeek had failed to show that German users' data was adequately "
        "protected.",
        "2025-06-30",
        [
            {
                "speaker": {"Meike Kamp", "Kamp"},
                "contains": "failed to show",
                "quote": False,
            }
        ],
    ),
    case(
        "surname-after-full-name",
        "Democratic Party leader Lee Jae-myung visited a startup hub in Seoul on Tuesday. Lee "
        "said Korea needed a public AI model that anyone could use for free.",
        "2025-02-06",
        [
            {
                "speaker": {"Lee Jae-myung", "Lee"},
                "contains": "public AI model",
                "quote": False,
            }
        ],
    ),
    case(
        "said-with-money-krw",
        "LG AI Research head Bae Kyung-hoon said training Exaone 3.5 cost about 12 billion won.",
        "2025-02-06",
        [
            {
                "speaker": BAE,
                "contains": "12 billion won",
                "quote": False,
                "quantities": [(MONEY, 12e9, "KRW")],
            }
        ],
    ),
    case(
        "said-with-percent",
        "The Tianjin computing centre said usage had risen by 40 percent since the switch.",
        "2025-02-17",
        [
            {
                "speaker": {"Tianjin computing centre", "Tianjin AI Computing Center"},
                "contains": "risen by 40 percent",
                "quote": False,
                "quantities": [(PERCENT, 40, "percent")],
            }
        ],
    ),
    case(
        "said-with-money-cny-and-duration",
        "Alibaba said it would spend more than 380 billion yuan on cloud and AI infrastructure "
        "over the next three years.",
        "2025-02-25",
        [
            {
                "speaker": {"Alibaba", "Alibaba Group"},
                "contains": "380 billion yuan",
                "quote": False,
                "quantities": [(MONEY, 3.8e11, "CNY"), (DURATION, 3, "year")],
            }
        ],
    ),
    case(
        "quote-with-count-unnamed-researcher",
        "\u201cWe trained it on 2,048 GPUs,\u201d a DeepSeek researcher said.",
        "2025-01-28",
        [
            {
                "speaker": DEEPSEEK,
                "contains": "2,048 GPUs",
                "quote": True,
                "quantities": [(COUNT, 2048, "GPU")],
            }
        ],
    ),
    case(
        "said-on-social-media",
        "Perplexity CEO Aravind Srinivas said on X that the company hosts R1 only on servers "
        "in the United States.",
        "2025-01-29",
        [
            {
                "speaker": SRINIVAS,
                "contains": "hosts R1 only on servers in the United States",
                "quote": False,
            }
        ],
    ),
    case(
        "in-a-notice",
        "In a notice to employees, Samsung Electronics said generative AI tools posed a risk of "
        "leaking source code.",
        "2025-02-06",
        [
            {
                "speaker": {"Samsung Electronics", "Samsung"},
                "contains": "risk of leaking source code",
                "quote": False,
            }
        ],
    ),
    case(
        "said-in-a-statement-that",
        "The Dutch data protection authority said in a statement that it was worried about how "
        "much personal data the app collects.",
        "2025-01-31",
        [
            {
                "speaker": DUTCH_AP | {"Dutch data protection authority"},
                "contains": "how much personal data the app collects",
                "quote": False,
            }
        ],
    ),
    case(
        "said-in-an-interview",
        "Liang Wenfeng said in an interview last year that DeepSeek had no plans to raise "
        "outside money.",
        "2025-01-28",
        [
            {
                "speaker": {"Liang Wenfeng", "Liang"},
                "contains": "no plans to raise outside money",
                "quote": False,
            }
        ],
    ),
    case(
        "the-commission-said",
        "Ireland's Data Protection Commission wrote to DeepSeek on Wednesday. The commission "
        "said it wanted to know where Irish users' data is stored.",
        "2025-01-31",
        [{"speaker": DPC, "contains": "where Irish users' data is stored", "quote": False}],
    ),
    case(
        "the-group-said",
        "Hana Financial Group restricted the app on Tuesday. The group said the rule would "
        "apply to all of its subsidiaries.",
        "2025-02-06",
        [
            {
                "speaker": {"Hana Financial Group", "Hana Financial", "Hana"},
                "contains": "apply to all of its subsidiaries",
                "quote": False,
            }
        ],
    ),
    case(
        "the-ministry-said",
        "Japan's Ministry of Defense barred the app on Monday. The ministry said personnel "
        "should not enter any official information into the chatbot.",
        "2025-02-05",
        [
            {
                "speaker": {"Ministry of Defense", "Japan's Ministry of Defense", "MOD"},
                "contains": "should not enter any official information",
                "quote": False,
            }
        ],
    ),
    case(
        "said-on-weekday-dated",
        "The PIPC said on Monday that DeepSeek had appointed a local representative.",
        "2025-02-19",
        [
            {
                "speaker": PIPC,
                "contains": "appointed a local representative",
                "quote": False,
                "date": "2025-02-17",
            }
        ],
    ),
    case(
        "reported-two-speakers-two-sentences",
        "Guo Jiakun said China opposed the politicisation of technology. Tony Burke said the "
        "decision was not about China.",
        "2025-02-06",
        [
            {"speaker": GUO, "contains": "opposed the politicisation", "quote": False},
            {"speaker": BURKE, "contains": "not about China", "quote": False},
        ],
        exact=True,
    ),
    case(
        "quote-and-reported-same-speaker",
        "Tony Burke said the government had acted on advice from security agencies. \u201cThis "
        "is about risk, not about origin,\u201d he said.",
        "2025-02-05",
        [
            {
                "speaker": BURKE,
                "contains": "acted on advice from security agencies",
                "quote": False,
            },
            {"speaker": BURKE, "contains": "about risk, not about origin", "quote": True},
        ],
        exact=True,
    ),
]

MORE = [
    case(
        "told-media-that",
        "Liang Wenfeng told state media that DeepSeek would remain open source.",
        "2025-02-10",
        [
            {
                "speaker": {"Liang Wenfeng", "Liang"},
                "contains": "would remain open source",
                "quote": False,
                "cue": "told",
            }
        ],
    ),
    case(
        "quote-a-spokesperson-for-the-ministry",
        "South Korea's Ministry of Environment blocked DeepSeek on Wednesday. \u201cThe block "
        "is temporary,\u201d a spokesperson for the ministry said.",
        "2025-02-06",
        [
            {
                "speaker": {"Ministry of Environment", "Environment Ministry"},
                "contains": "The block is temporary",
                "quote": True,
            }
        ],
    ),
    case(
        "quote-the-company-said",
        "DeepSeek did not address the findings directly. \u201cWe comply with all applicable "
        "laws,\u201d the company said.",
        "2025-02-18",
        [{"speaker": DEEPSEEK, "contains": "comply with all applicable laws", "quote": True}],
        exact=True,
    ),
    case(
        "parenthetical-it-said-after-the-subject",
        "The Belgian data protection authority asked DeepSeek on Monday how it stores the "
        "data of Belgian users. Its chief worry, it said, is that the information is kept on "
        "servers in China.",
        "2025-02-04",
        [
            {
                "speaker": {"Belgian data protection authority", "data protection authority"},
                "contains": "Its chief worry is that the information is kept",
                "quote": False,
            }
        ],
        exact=True,
    ),
    case(
        "said-weekday-it-would",
        "Ireland's Data Protection Commission said on Thursday it would write to DeepSeek "
        "about how the app handles the data of Irish users.",
        "2025-01-31",
        [
            {
                "speaker": {"Data Protection Commission"},
                "contains": "it would write to DeepSeek",
                "quote": False,
            }
        ],
    ),
    case(
        "whose-says-then-main-verb",
        "Alibaba, whose chairman Joe Tsai had long argued that open models would win, "
        "released its own reasoning model on Thursday.",
        "2025-03-07",
        [{"speaker": {"Joe Tsai"}, "contains": "open models would win", "quote": False}],
        exact=True,
    ),
    case(
        "according-to-a-notice-on-its-website",
        "DeepSeek asked developers to move batch work to the night hours, according to a "
        "notice on its website.",
        "2025-02-27",
        [{"speaker": DEEPSEEK, "contains": "batch work", "quote": False}],
    ),
    case(
        "they-after-two-named-lawmakers",
        "Senators Maria Lopez and Tom Becker introduced a bill on Tuesday. In a joint letter "
        "to the governors, they warned that the app could send contracts to servers abroad.",
        "2025-03-05",
        [
            {
                "speaker": {"Maria Lopez", "Tom Becker"},
                "contains": "the app could send contracts",
                "quote": False,
            }
        ],
    ),
    case(
        "adding-a-feature-is-not-speech",
        "DeepSeek released a new version of its model on Monday, adding a faster thinking mode.",
        "2025-08-25",
        [],
        exact=True,
    ),
    case(
        "told-reporters-that-then-to",
        "Ko Hak-soo, the commission's chairman, told reporters that the company had failed to "
        "explain how it transfers data.",
        "2025-02-17",
        [{"speaker": {"Ko Hak-soo"}, "contains": "had failed to explain", "quote": False}],
        exact=True,
    ),
    case(
        "nationality-plural-officials",
        "U.S. officials said the app posed a risk to government networks. Chinese officials "
        "said the restrictions were politically motivated.",
        "2025-02-07",
        [
            {"speaker": {"United States", "U.S."}, "contains": "posed a risk", "quote": False},
            {"speaker": {"China"}, "contains": "politically motivated", "quote": False},
        ],
        exact=True,
    ),
    case(
        "reported-speech-ending-in-a-quotation",
        "Wiz, a cloud security firm, said on Jan. 30 that it had found an exposed database run "
        "by the company, \u201ccompletely open and unauthenticated.\u201d",
        "2025-02-03",
        [{"speaker": {"Wiz"}, "contains": "exposed database", "quote": False}],
        exact=True,
    ),
    case(
        "told-the-public-to-is-not-an-inverted-said",
        "The regulator, Ireland's Data Protection Commission, told Irish users to think twice "
        "before typing personal details into the DeepSeek chatbot.",
        "2025-01-31",
        [],
        exact=True,
    ),
]

# Round nine: wire services, translated reports and new countries (2025-2026).
WIRE_PHRASINGS = [
    case(
        "speaker-names-with-accented-letters",
        "\u201cIt is a precaution,\u201d Economy Minister J\u00f6rg M\u00fcller said. Industry "
        "Minister Mehmet Fatih Kac\u0131r said the government had no plans to ban the app. "
        "\u201cForeign firms must follow our rules,\u201d Waldemar Gon\u00e7alves said.",
        "2025-07-03",
        [
            {"speaker": {"J\u00f6rg M\u00fcller"}, "contains": "a precaution", "quote": True},
            {
                "speaker": {"Mehmet Fatih Kac\u0131r"},
                "contains": "no plans to ban the app",
                "quote": False,
            },
            {
                "speaker": {"Waldemar Gon\u00e7alves"},
                "contains": "must follow our rules",
                "quote": True,
            },
        ],
        exact=True,
    ),
    case(
        "participle-continues-a-reported-clause",
        "Minister Ivan Uy said the ban on the app would stay, adding that a review of it would "
        "take about a month.",
        "2025-03-05",
        [
            {"speaker": {"Ivan Uy"}, "contains": "the ban on the app would stay", "quote": False},
            {"speaker": {"Ivan Uy"}, "contains": "a review of it would take", "quote": False},
        ],
        exact=True,
    ),
    case(
        "participle-after-an-abbreviated-month",
        "Microsoft added R1 to its Azure catalogue on Jan. 29, saying the model had passed "
        "safety reviews before it went live.",
        "2025-02-10",
        [
            {
                "speaker": {"Microsoft"},
                "contains": "the model had passed safety reviews",
                "quote": False,
            }
        ],
        exact=True,
    ),
    case(
        "title-case-dateline-with-a-credit",
        "Taipei, Feb. 3 (Wire) Public agencies may no longer use the app, the Ministry of "
        "Digital Affairs said on Friday.",
        "2025-02-03",
        [
            {
                "speaker": MODA,
                "contains": "Public agencies may no longer use the app",
                "starts": "Public agencies",
                "quote": False,
                "date": "2025-01-31",
            }
        ],
        exact=True,
    ),
    case(
        "minister-of-portfolio-before-the-name",
        "Minister of Digital Affairs Huang Yen-nun said that the app posed a risk. Minister of "
        "Economy Lee Jae Myung said that the ban was a precaution.",
        "2025-02-07",
        [
            {"speaker": {"Huang Yen-nun"}, "contains": "the app posed a risk", "quote": False},
            {"speaker": {"Lee Jae Myung"}, "contains": "the ban was a precaution", "quote": False},
        ],
        exact=True,
    ),
    case(
        "claim-date-not-from-inside-the-report",
        "Denmark's digital minister Caroline Stage Olsen said the ban was a precaution and would "
        "be reassessed later this year. Italy's Garante said on Friday that the app had been "
        "blocked since Jan. 30.",
        "2025-07-03",
        [
            {
                "speaker": {"Caroline Stage Olsen"},
                "contains": "reassessed later this year",
                "quote": False,
                "date": None,
            },
            {
                "speaker": GARANTE,
                "contains": "blocked since Jan. 30",
                "quote": False,
                "date": "2025-06-27",
            },
        ],
        exact=True,
    ),
    case(
        "unnamed-spokesperson-speaks-for-the-subject",
        "Kakao has no plans to adopt DeepSeek for work, a spokesperson said. Roskomnadzor has "
        "not taken any measures against DeepSeek, a source in the agency told Xinhua.",
        "2025-07-03",
        [
            {"speaker": {"Kakao"}, "contains": "no plans to adopt DeepSeek", "quote": False},
            {"speaker": {"Roskomnadzor"}, "contains": "not taken any measures", "quote": False},
        ],
        exact=True,
    ),
    case(
        "unnamed-official-not-the-service-or-analysts",
        "DeepSeek stores user data on servers in China, an official said. Kakao will gain from "
        "the price war, analysts said.",
        "2025-07-03",
        [],
        exact=True,
    ),
    case(
        "denied-say-and-estimate-report",
        "Samsung denied that it planned to integrate the model. Chery executives say the "
        "integration cut costs by about 30 percent. Gartner estimates that fewer than 5% of "
        "workloads use the model. The company would say nothing more.",
        "2026-01-12",
        [
            {"speaker": {"Samsung", "Samsung Electronics"}, "contains": "it planned to integrate"},
            {"speaker": {"Chery", "Chery Automobile"}, "contains": "cut costs by about 30"},
            {"speaker": {"Gartner"}, "contains": "fewer than 5% of workloads"},
        ],
        exact=True,
    ),
    case(
        "passive-hearsay-is-no-attribution",
        "LG Uplus has also banned employees from using the app, and SK Telecom is said to be "
        "reviewing a similar measure. The Tokyo government has told staff not to use it, while "
        "Osaka is also expected to follow suit.",
        "2025-02-07",
        [],
        exact=True,
    ),
    case(
        "list-item-attribution",
        "What we know:\n\n- Oracle has dropped the app, a spokesperson said.\n- Lockheed Martin "
        "has banned DeepSeek, a company spokeswoman said on Tuesday.",
        "2026-02-26",
        [
            {"speaker": {"Oracle"}, "contains": "Oracle has dropped the app"},
            {"speaker": {"Lockheed Martin"}, "contains": "Lockheed Martin has banned DeepSeek"},
        ],
        exact=True,
    ),
    case(
        "possessive-role-then-name",
        "Their lawyer, Cho Min-jae, said the hospital had uploaded files. His spokesman, Lin Wei, "
        "said the ministry would review the app.",
        "2025-11-14",
        [
            {"speaker": {"Cho Min-jae"}, "contains": "the hospital had uploaded files"},
            {"speaker": {"Lin Wei"}, "contains": "the ministry would review the app"},
        ],
        exact=True,
    ),
    case(
        "absolute-with-saying-and-a-report-handed-to",
        "South Korea suspended DeepSeek, with Foreign Ministry spokesperson Guo Jiakun saying "
        "that China hoped the country would avoid politicising trade. The National Security "
        "Bureau said it is examining DeepSeek, according to a report submitted to the "
        "Legislative Yuan. Premier Cho Jung-tai told reporters that the Executive Yuan would "
        "issue guidance, adding that the risks were serious.",
        "2025-02-03",
        [
            {"speaker": {"Guo Jiakun"}, "contains": "China hoped the country would avoid"},
            {
                "speaker": {"National Security Bureau", "NSB"},
                "contains": "examining DeepSeek",
                "ends": "examining DeepSeek",
            },
            {"speaker": {"Cho Jung-tai"}, "contains": "the Executive Yuan would issue guidance"},
            {"speaker": {"Cho Jung-tai"}, "contains": "the risks were serious"},
        ],
        exact=True,
    ),
    case(
        "a-member-of-the-public-is-not-their-place",
        "\u201cThis is a big deal,\u201d wrote one user in Brazil.",
        "2025-03-03",
        [],
        exact=True,
    ),
    case(
        "quoted-as-saying-posted-and-reports-as-nouns",
        "Cabinet spokeswoman Michelle Lee quoted Premier Cho Jung-tai as saying that DeepSeek "
        "endangers national information security. Ola founder Bhavish Aggarwal said Krutrim "
        "had deployed DeepSeek. Developers can use the model at low prices, Aggarwal posted on "
        "X. ICBC uses DeepSeek for drafting reports and answering staff questions, where its "
        "reported savings have surged.",
        "2025-02-17",
        [
            {"speaker": {"Cho Jung-tai"}, "contains": "endangers national information security"},
            {"speaker": {"Bhavish Aggarwal"}, "contains": "Krutrim had deployed DeepSeek"},
            {"speaker": {"Bhavish Aggarwal"}, "contains": "Developers can use the model"},
        ],
        exact=True,
    ),
    case(
        "its-document-and-a-czar",
        "DeepSeek has not commented publicly. Its privacy policy says personal data may be "
        "stored on servers in China. David Sacks, the White House AI czar, said there was "
        "substantial evidence of distillation.",
        "2025-02-12",
        [
            {"speaker": {"DeepSeek"}, "contains": "personal data may be stored"},
            {"speaker": {"David Sacks"}, "contains": "substantial evidence of distillation"},
        ],
        exact=True,
    ),
    case(
        "surnames-with-an-inner-capital",
        "Rep. Darin LaHood introduced the bill. \u201cThe party will exploit any tool,\u201d Mr. "
        "LaHood said.",
        "2025-02-07",
        [{"speaker": {"Darin LaHood"}, "contains": "exploit any tool", "quote": True}],
        exact=True,
    ),
]

# Round ten: later events, regulators worldwide, companies, attribution (2025-2026).
ROUND_TEN = [
    case(
        "the-outlet-that-saw-a-document-is-no-speaker",
        "The Commerce Department has banned DeepSeek on government devices, according to an "
        "email seen by Reuters. The ministry has barred the app, according to a memo reviewed "
        "by the newspaper.",
        "2025-07-10",
        [],
        exact=True,
    ),
    case(
        "honorifics-with-or-without-a-stop",
        "\u201cGovernments are watching,\u201d said Dr Benjamin Ang, a researcher. "
        "\u201cThe app is not the only risk,\u201d said Mr. Ong Ye Kung. "
        "Prof Teresa Scassa said governments were watching DeepSeek closely.",
        "2025-02-10",
        [
            {"speaker": {"Benjamin Ang"}, "contains": "Governments are watching", "quote": True},
            {"speaker": {"Ong Ye Kung"}, "contains": "not the only risk", "quote": True},
            {"speaker": {"Teresa Scassa"}, "contains": "watching DeepSeek closely"},
        ],
        exact=True,
    ),
    case(
        "minister-for-portfolio-then-name",
        "Minister for Digital Development and Information Josephine Teo told Parliament on "
        "Tuesday that Singapore would not ban the app outright.",
        "2025-02-10",
        [{"speaker": {"Josephine Teo"}, "contains": "would not ban the app"}],
        exact=True,
    ),
    case(
        "he-said-after-a-quotation-reports-something-new",
        "Chief Cabinet Secretary Yoshimasa Hayashi spoke on Monday. \u201cWe are not targeting "
        "any particular country,\u201d Hayashi said. \u201cThe point is how information is "
        "handled.\u201d He said the ministries would coordinate.",
        "2025-02-10",
        [
            {"speaker": {"Yoshimasa Hayashi"}, "contains": "not targeting", "quote": True},
            {"speaker": {"Yoshimasa Hayashi"}, "contains": "how information is", "quote": True},
            {
                "speaker": {"Yoshimasa Hayashi"},
                "contains": "ministries would coordinate",
                "quote": False,
            },
        ],
        exact=True,
    ),
    case(
        "adding-that-after-a-quotation",
        "\u201cWe cannot let customer data leave our control,\u201d SoftBank President Junichi "
        "Miyakawa said, adding that SoftBank would keep investing in its own model.",
        "2025-02-10",
        [
            {"speaker": {"Junichi Miyakawa"}, "contains": "customer data", "quote": True},
            {"speaker": {"Junichi Miyakawa"}, "contains": "keep investing", "cue": "adding"},
        ],
        exact=True,
    ),
    case(
        "an-aside-between-speaker-and-verb",
        "A senior official at the foreign ministry, who asked not to be named, said the block "
        "would stay in place. An official at Japan's Digital Agency, speaking on condition of "
        "anonymity, said the notice was only advice.",
        "2025-02-10",
        [
            {"speaker": {"Foreign Ministry", "foreign ministry"}, "contains": "stay in place"},
            {"speaker": {"Digital Agency"}, "contains": "only advice"},
        ],
        exact=True,
    ),
    case(
        "long-body-name-after-a-spokesperson-for",
        "A spokesperson for the Federal Ministry for Digital Affairs said the app was under "
        "review.",
        "2025-02-10",
        [{"speaker": {"Federal Ministry for Digital Affairs"}, "contains": "under review"}],
        exact=True,
    ),
    case(
        "partial-quotation-closing-before-the-attribution",
        "The measures were \u201ccompletely insufficient,\u201d the Garante said on Thursday.",
        "2025-02-10",
        [{"speaker": {"Garante", "Italy's Garante"}, "contains": "The measures were"}],
        exact=True,
    ),
    case(
        "chief-financial-officer-is-a-title",
        "Chief Financial Officer Susan Li said capital spending would rise.",
        "2025-02-10",
        [{"speaker": {"Susan Li"}, "contains": "spending would rise"}],
        exact=True,
    ),
    case(
        "a-possessive-before-claims-makes-it-a-noun",
        "DeepSeek's claims should be treated with caution. Kenya's data commissioner cautioned "
        "Kenyans against sharing sensitive information with DeepSeek.",
        "2025-02-04",
        [],
        exact=True,
    ),
    case(
        "a-title-case-dateline-city-is-no-speaker",
        "Hangzhou - Three large hospitals said they had deployed DeepSeek.",
        "2025-05-20",
        [],
        exact=True,
    ),
    case(
        "said-then-a-pronoun-clause-is-reported-not-a-speaker",
        "Saudi Aramco, the state oil company, said it plans to host DeepSeek models.",
        "2025-02-04",
        [{"speaker": {"Saudi Aramco", "Aramco"}, "contains": "plans to host"}],
        exact=True,
    ),
    case(
        "a-store-s-company-is-not-the-company-in-context",
        "DeepSeek's app briefly topped the Apple App Store here. The company has said its V3 "
        "model cost about $5.6 million to train.",
        "2025-02-08",
        [{"speaker": {"DeepSeek"}, "contains": "cost about"}],
        exact=True,
    ),
    case(
        "more-reporting-verbs-after-a-bare-name",
        "Masaaki Taira denied that the notice was a ban. Guo Jiakun dismissed the ban as "
        "politically motivated.",
        "2025-02-07",
        [
            {"speaker": {"Masaaki Taira"}, "contains": "the notice was a ban", "cue": "denied"},
            {"speaker": {"Guo Jiakun"}, "contains": "politically motivated", "cue": "dismissed"},
        ],
        exact=True,
    ),
    case(
        "an-accusation-is-a-claim",
        "A spokesperson for the Chinese embassy in Canberra accused Australia of using security "
        "as a pretext to discriminate against Chinese businesses.",
        "2025-02-07",
        [
            {
                "speaker": {
                    "Chinese Embassy",
                    "Embassy of the People's Republic of China in Australia",
                    "Chinese embassy in Canberra",
                },
                "contains": "pretext",
                "cue": "accused",
            }
        ],
        exact=True,
    ),
    case(
        "a-final-attribution-with-an-appositive",
        "The app is risky, Lee Jung-min, an analyst at Kiwoom Securities, said.",
        "2025-02-05",
        [{"speaker": {"Lee Jung-min"}, "contains": "The app is risky"}],
        exact=True,
    ),
    case(
        "the-official-named-again-speaks-for-the-same-body",
        "An official at the Digital Agency said the notice was advice. \u201cNobody has been "
        "ordered to block anything,\u201d the official said.",
        "2025-02-10",
        [
            {"speaker": {"Digital Agency"}, "contains": "notice was advice"},
            {"speaker": {"Digital Agency"}, "contains": "Nobody has been ordered", "quote": True},
        ],
        exact=True,
    ),
    case(
        "a-report-s-subject-after-says-is-no-speaker",
        "The report, released by the House Select Committee on the Chinese Communist Party, "
        "says DeepSeek's app sends user data to China Mobile.",
        "2025-04-17",
        # the report speaks for the body that released it (as "the note, issued by X"), never
        # for a name in what it says
        [
            {
                "speaker": {"House Select Committee on the Chinese Communist Party"},
                "contains": "sends user data to China Mobile",
            }
        ],
        exact=True,
    ),
    case(
        "told-an-outlet-in-an-interview-is-the-attribution",
        "Microsoft will keep R1 on Azure, Microsoft president Brad Smith told the Financial "
        "Times in an interview. Science Minister Yoo Sang-im told the committee the government "
        "would secure 10,000 GPUs this year.",
        "2025-02-05",
        [
            {
                "speaker": {"Brad Smith"},
                "contains": "keep R1 on Azure",
                "starts": "Microsoft will keep R1",
                "cue": "told",
            },
            {
                "speaker": {"Yoo Sang-im"},
                "contains": "secure 10,000 GPUs",
                "starts": "the government would secure",
                "cue": "told",
            },
        ],
        exact=True,
    ),
]


# Round eleven (ROUND_ELEVEN).
ROUND_ELEVEN = [
    case(
        "told-an-audience-a-clause-with-its-own-to",
        "Meta chief executive Mark Zuckerberg told analysts it was too early to judge the "
        "impact. Treasurer Jim Chalmers told reporters spending would rise to record levels. "
        "SoftBank chief executive Masayoshi Son told investors, however, that costs would fall "
        "next year.",
        "2025-01-30",
        [
            {
                "speaker": {"Mark Zuckerberg"},
                "starts": "it was too early to judge",
                "cue": "told",
                "contains": "it was too early to judge",
            },
            {
                "speaker": {"Jim Chalmers", "Treasurer Jim Chalmers"},
                "starts": "spending would rise",
                "contains": "spending would rise",
            },
            {
                "speaker": {"Masayoshi Son"},
                "starts": "costs would fall",
                "contains": "costs would fall",
            },
        ],
        exact=True,
    ),
    case(
        "an-aside-between-said-and-its-that-clause",
        "Foreign ministry spokeswoman Mao Ning said, when asked about the ban, that Beijing "
        "would protect its firms. Digital Minister Masaaki Taira said, in response to a question "
        "from a lawmaker, that the notice was not a ban. Ireland's Data Protection Commission "
        "said, after meeting the company, that it had received answers.",
        "2025-02-07",
        [
            {
                "speaker": {"Mao Ning"},
                "starts": "Beijing would protect its firms",
                "contains": "Beijing would protect its firms",
            },
            {
                "speaker": {"Masaaki Taira"},
                "starts": "the notice was not a ban",
                "contains": "the notice was not a ban",
            },
            {
                "speaker": {"Data Protection Commission"},
                "starts": "it had received answers",
                "contains": "it had received answers",
            },
        ],
        exact=True,
    ),
    case(
        "a-mid-sentence-attribution-does-not-cut-the-statement",
        "It was too early, Thomas Regnier said, to say whether DeepSeek would face action at EU "
        "level. The ban was introduced, South Korea's foreign ministry said, to protect "
        "sensitive data. It would be wise, Treasurer Jim Chalmers told reporters, to wait for "
        "the agencies' advice. The app was safe, Alibaba said on Tuesday, because it stored "
        "data in Singapore.",
        "2025-07-10",
        [
            {"speaker": {"Thomas Regnier"}, "contains": "too early to say whether DeepSeek"},
            {"speaker": {"Ministry of Foreign Affairs"}, "contains": "introduced to protect"},
            {"speaker": {"Jim Chalmers", "Treasurer Jim Chalmers"}, "contains": "wise to wait"},
            {"speaker": {"Alibaba", "Alibaba Group"}, "contains": "safe because it stored"},
        ],
        exact=True,
    ),
    case(
        "a-new-clause-with-its-own-subject-ends-the-statement",
        "Premier Cho Jung-tai wrote on Facebook that the Cabinet would never gamble with "
        "national security, and he called on private companies to review their use of Chinese "
        "AI tools. Masaaki Taira said the government had no plan to ban DeepSeek, even as the "
        "health ministry said it had banned it. Huawei said its Ascend accelerators support "
        "V3.2-Exp, and Cambricon said it had adapted its chips to the model.",
        "2025-10-01",
        [
            {
                "speaker": {"Cho Jung-tai"},
                "ends": "gamble with national security",
                "contains": "gamble with national security",
            },
            {
                "speaker": {"Masaaki Taira"},
                "ends": "no plan to ban DeepSeek",
                "contains": "no plan to ban DeepSeek",
            },
            {"speaker": {"Health Ministry", "Ministry of Health"}, "contains": "had banned it"},
            {"speaker": {"Huawei"}, "ends": "support V3.2-Exp", "contains": "support V3.2-Exp"},
            {"speaker": {"Cambricon", "Cambricon Technologies"}, "contains": "adapted its chips"},
        ],
    ),
    case(
        "the-spokesperson-again-speaks-for-the-same-body",
        "A spokesperson for Google told reporters there was no ban. The spokesperson said "
        "federal employees had been advised against the app since February. An official at "
        "the Digital Agency said the notice was advice, and the official said ministries would "
        "decide for themselves.",
        "2025-07-10",
        [
            {"speaker": {"Google"}, "contains": "there was no ban"},
            {"speaker": {"Google"}, "contains": "federal employees had been advised"},
            {
                "speaker": {"Digital Agency"},
                "ends": "the notice was advice",
                "contains": "the notice was advice",
            },
            {"speaker": {"Digital Agency"}, "contains": "ministries would decide"},
        ],
        exact=True,
    ),
    case(
        "he-said-after-a-sentence-with-a-partial-quote",
        'Rep. Raja Krishnamoorthi said the findings should "end any debate" about the app. He '
        "said the app was a risk to national security. Senator Mark Warner said the report was "
        '"deeply troubling" for users. He added that Congress would hold hearings.',
        "2025-04-17",
        [
            {"speaker": {"Raja Krishnamoorthi"}, "contains": "end any debate", "quote": False},
            {"speaker": {"Raja Krishnamoorthi"}, "contains": "the app was a risk", "quote": False},
            {"speaker": {"Mark Warner"}, "contains": "deeply troubling"},
            {"speaker": {"Mark Warner"}, "contains": "Congress would hold hearings"},
        ],
        exact=True,
    ),
    case(
        "a-clause-ending-in-a-partial-quote-then-its-attribution",
        'The risk was "not theoretical," NUKIB director Lukas Kintr said. The company\'s '
        "answers were \"entirely insufficient,\" Italy's Garante said at the time. Beijing's "
        'reaction had been "measured and calm," said Priya Raman, a policy analyst at '
        "Meridian Asia.",
        "2025-07-10",
        [
            {
                "speaker": {"Lukas Kintr"},
                "starts": "The risk was",
                "contains": "not theoretical",
                "quote": False,
            },
            {
                "speaker": GARANTE,
                "starts": "The company's answers were",
                "contains": "entirely insufficient",
                "quote": False,
            },
            {
                "speaker": {"Priya Raman"},
                "starts": "Beijing's reaction had been",
                "contains": "measured and calm",
                "quote": False,
            },
        ],
        exact=True,
    ),
    case(
        "a-quotation-sourced-by-according-to",
        '"The app is a risk to national security," according to Digital Minister Masaaki '
        'Taira. "We will not allow our data to leave the country," according to a statement '
        'from South Korea\'s Ministry of Foreign Affairs. "The app poses unacceptable risks," '
        "according to Home Affairs Minister Tony Burke, who signed the order.",
        "2025-02-07",
        [
            {
                "speaker": {"Masaaki Taira"},
                "starts": "The app is a risk",
                "contains": "security",
                "quote": True,
                "cue": "according to",
            },
            {
                "speaker": {"Ministry of Foreign Affairs"},
                "starts": "We will not allow",
                "contains": "leave the country",
                "quote": True,
            },
            {
                "speaker": {"Tony Burke"},
                "starts": "The app poses",
                "contains": "risks",
                "quote": True,
            },
        ],
        exact=True,
    ),
    case(
        "he-added-comma-opens-the-next-quotation",
        'John Moolenaar said, "This is a threat to every American." He added, "We must act '
        'before the next model ships." Digital Minister Masaaki Taira said, "The notice is '
        'advice." She added, "Ministries will decide for themselves."',
        "2025-04-24",
        [
            {
                "speaker": {"John Moolenaar"},
                "contains": "threat to every American",
                "quote": True,
                "cue": "said",
            },
            {
                "speaker": {"John Moolenaar"},
                "contains": "We must act",
                "quote": True,
                "cue": "added",
            },
            {
                "speaker": {"Masaaki Taira"},
                "contains": "notice is advice",
                "quote": True,
                "cue": "said",
            },
            {
                "speaker": {"Masaaki Taira"},
                "contains": "decide for themselves",
                "quote": True,
                "cue": "added",
            },
        ],
        exact=True,
    ),
    case(
        "a-quotation-split-by-its-attribution-is-one-claim",
        '"The app," Digital Minister Masaaki Taira told reporters, "keeps whatever you type '
        'on servers in China." "It was too early," said Thomas Regnier, "to say whether '
        'DeepSeek would face action." "Chinese authorities," Berlin commissioner Meike Kamp '
        'added, "have far-reaching rights to access data."',
        "2025-07-10",
        [
            {
                "speaker": {"Masaaki Taira"},
                "contains": "The app keeps whatever you type",
                "quote": True,
            },
            {"speaker": {"Thomas Regnier"}, "contains": "too early to say whether", "quote": True},
            {
                "speaker": {"Meike Kamp"},
                "contains": "authorities have far-reaching rights",
                "quote": True,
            },
        ],
        exact=True,
    ),
    case(
        "a-fronted-occasion-dates-the-statement-and-names-no-speaker",
        "At a Senate hearing last month, Commerce Secretary Howard Lutnick said DeepSeek had "
        "been built with American chips. In a statement on Monday, Nvidia said DeepSeek was an "
        "excellent advance. DeepSeek released V4 last week. In a post on its official WeChat "
        "account on Monday, the company said V4 had been trained mainly on domestic chips.",
        "2025-04-17",
        [
            {
                "speaker": {"Howard Lutnick"},
                "contains": "built with American chips",
                "date": "2025-03",
            },
            {"speaker": {"Nvidia"}, "contains": "excellent advance", "date": "2025-04-14"},
            {
                "speaker": {"DeepSeek"},
                "contains": "trained mainly on domestic chips",
                "date": "2025-04-14",
            },
        ],
        exact=True,
    ),
    case(
        "the-company-is-the-firm-under-discussion-not-an-analysts-firm",
        "Tencent reported results on Wednesday. Morgan Stanley analysts wrote that the guidance "
        "implied higher spending. The company also said it would pay a dividend of HK$4.50 per "
        "share. ASML Holding dropped 7% in Amsterdam. The trigger was DeepSeek, a "
        "Hangzhou-based startup. The company has said it trained the V3 base model using about "
        "2,000 Nvidia H800 chips.",
        "2025-03-20",
        [
            {"speaker": {"Morgan Stanley"}, "contains": "guidance implied higher spending"},
            {"speaker": {"Tencent"}, "contains": "pay a dividend"},
            {"speaker": {"DeepSeek"}, "contains": "trained the V3 base model"},
        ],
        exact=True,
    ),
    case(
        "reported-figures-are-no-statement",
        "Tencent reported results on Wednesday. Alibaba reported a 13% rise in quarterly "
        "revenue on Thursday. Baidu reported a net loss for the quarter. Yonhap reported that "
        "the ministry had blocked DeepSeek.",
        "2025-03-20",
        [{"speaker": {"Yonhap", "Yonhap News Agency"}, "contains": "ministry had blocked"}],
        exact=True,
    ),
    case(
        "how-much-or-when-was-said-is-not-the-statement",
        "DeepSeek has said little about the enterprise market. DeepSeek has said before that "
        "its theoretical profit margin on inference could reach 545 percent. OpenAI has said "
        "publicly that it is reviewing the matter. Alibaba has said more than once that it would "
        "integrate R1.",
        "2025-09-30",
        [
            {
                "speaker": {"DeepSeek"},
                "starts": "its theoretical profit margin",
                "contains": "545 percent",
            },
            {"speaker": {"OpenAI"}, "starts": "it is reviewing", "contains": "the matter"},
            {
                "speaker": {"Alibaba", "Alibaba Group"},
                "starts": "it would integrate",
                "contains": "R1",
            },
        ],
        exact=True,
    ),
    case(
        "warned-with-a-time-or-medium-before-that",
        "The National Intelligence Service warned in February that DeepSeek collects excessive "
        "personal data. Taiwan's Ministry of Digital Affairs warned last week that the app "
        "endangered national information security. Italy's Garante warned on Jan. 28 that the "
        "app could breach EU law.",
        "2025-04-24",
        [
            {
                "speaker": {"National Intelligence Service"},
                "contains": "collects excessive",
                "cue": "warned",
                "date": "2025-02",
            },
            {"speaker": {"Ministry of Digital Affairs"}, "contains": "endangered national"},
            {"speaker": GARANTE, "contains": "could breach EU law"},
        ],
        exact=True,
    ),
    case(
        "an-author-or-a-relative-clause-does-not-speak",
        "State Rep. Giovanni Capriglione, a Southlake Republican who wrote a 2025 bill to ban "
        "Chinese AI on state devices, said he would ask the House to review the guidance. "
        "A startup representative who uses DeepSeek's open-source model said the impact would "
        "be limited. Japan, Taiwan and Australia banned DeepSeek on government devices in "
        "February, and an official said the bans would stay.",
        "2026-10-15",
        [{"speaker": {"Giovanni Capriglione"}, "contains": "ask the House to review"}],
        exact=True,
    ),
    case(
        "a-report-speaks-for-whoever-released-it",
        "The House Select Committee on the Chinese Communist Party released a report on "
        "Wednesday. According to the report, the chatbot suppressed answers in 85% of test "
        "cases. The committee's report says the app sends user data to China Mobile. The "
        "review, issued by the Digital Agency, says the app sends data to China.",
        "2025-04-17",
        [
            {
                "speaker": {"House Select Committee on the Chinese Communist Party"},
                "contains": "suppressed answers",
                "cue": "according to",
            },
            {
                "speaker": {"House Select Committee on the Chinese Communist Party"},
                "contains": "sends user data to China Mobile",
            },
            {"speaker": {"Digital Agency"}, "contains": "sends data to China"},
        ],
        exact=True,
    ),
    case(
        "a-statement-on-its-own-channel-is-the-subjects",
        "Microsoft will keep R1 on Azure, according to a statement posted on the company's "
        "WeChat account. Baidu will make Ernie free, according to a statement posted on its "
        "WeChat account. Alibaba will offer R1 on its cloud, according to a statement on the "
        "company's website.",
        "2025-02-05",
        [
            {"speaker": {"Microsoft"}, "contains": "keep R1 on Azure", "cue": "according to"},
            {"speaker": {"Baidu"}, "contains": "make Ernie free"},
            {"speaker": {"Alibaba", "Alibaba Group"}, "contains": "offer R1 on its cloud"},
        ],
        exact=True,
    ),
    case(
        "the-analysts-or-the-group-named-again",
        'Morgan Stanley analysts said the selloff was overdone. "We believe the impact is more '
        'nuanced than the market is reflecting," the analysts wrote. Citi analysts cut their '
        "target. The analysts said demand for chips would recover. Euroconsumers filed a "
        'complaint with the Garante. "Promises are hard to enforce," the consumer group said.',
        "2025-01-28",
        [
            {"speaker": {"Morgan Stanley"}, "contains": "selloff was overdone"},
            {"speaker": {"Morgan Stanley"}, "contains": "more nuanced", "quote": True},
            {"speaker": {"Citigroup", "Citi"}, "contains": "demand for chips would recover"},
            {"speaker": {"Euroconsumers"}, "contains": "hard to enforce", "quote": True},
        ],
        exact=True,
    ),
    case(
        "a-bare-name-concedes-responds-or-reiterates",
        "Masaaki Taira conceded that the notice was unclear. Lee Jae-myung responded that the "
        "ban was temporary. Mao Ning reiterated that China never asks firms to collect data "
        "illegally. Lee Jae-myung reiterated his call for a national AI fund.",
        "2025-02-07",
        [
            {"speaker": {"Masaaki Taira"}, "contains": "notice was unclear", "cue": "conceded"},
            {"speaker": {"Lee Jae-myung"}, "contains": "ban was temporary", "cue": "responded"},
            {"speaker": {"Mao Ning"}, "contains": "never asks firms", "cue": "reiterated"},
        ],
        exact=True,
    ),
    case(
        "a-time-inside-a-quotation-does-not-date-it",
        '"We have had our proposals sitting in a drawer since last year," said Maria Ortega, '
        'a computer science professor. "The review began last month and is still going," '
        'Masaaki Taira said. "We will act on this matter soon," Senator Mark Warner said on '
        "Friday.",
        "2026-10-15",
        [
            {"speaker": {"Maria Ortega"}, "contains": "sitting in a drawer", "date": None},
            {"speaker": {"Masaaki Taira"}, "contains": "review began last month", "date": None},
            {"speaker": {"Mark Warner"}, "contains": "act on this matter", "date": "2026-10-09"},
        ],
        exact=True,
    ),
    case(
        "it-in-a-clause-after-a-statement-is-its-speaker",
        "The health ministry said on Friday that it had banned DeepSeek on all of its "
        "computers, a step it described as going beyond the notice. South Korea's privacy "
        "regulator said Monday that DeepSeek had admitted falling short of Korean law, as it "
        "confirmed that the chatbot had been pulled from app stores.",
        "2025-02-18",
        [
            {
                "speaker": {"Health Ministry", "Ministry of Health"},
                "contains": "had banned DeepSeek",
            },
            {
                "speaker": {"Health Ministry", "Ministry of Health"},
                "contains": "going beyond",
                "cue": "described",
            },
            {
                "speaker": PIPC,
                "contains": "falling short of Korean law",
                "ends": "Korean law",
                "cue": "said",
            },
            {"speaker": PIPC, "contains": "pulled from app stores", "cue": "confirmed"},
        ],
    ),
    case(
        "a-described-second-speaker-after-and",
        "Huawei said its Ascend cloud service now supports the full R1 and V3 models, and "
        "domestic GPU developers Moore Threads and Hygon said their processors had completed "
        "adaptation work. Microsoft said it had added R1 to Azure, and to GitHub, saying the "
        "model had passed safety reviews.",
        "2025-02-21",
        [
            {"speaker": {"Huawei"}, "contains": "supports the full R1"},
            {"speaker": {"Moore Threads", "Hygon"}, "contains": "completed adaptation work"},
            {"speaker": {"Microsoft"}, "contains": "added R1 to Azure"},
            {"speaker": {"Microsoft"}, "contains": "passed safety reviews", "cue": "saying"},
        ],
    ),
    case(
        "a-quotation-ending-in-a-question-or-exclamation-then-name-said",
        '"We must act now!" Rep. Kenji Ota said. "Why are we waiting?" Kenji Ota, an '
        'opposition lawmaker, said. "Is this really about security?" Foreign ministry '
        "spokesperson Guo Jiakun said on Friday.",
        "2025-04-18",
        [
            {"speaker": {"Kenji Ota"}, "contains": "We must act now", "quote": True},
            {"speaker": {"Kenji Ota"}, "contains": "Why are we waiting", "quote": True},
            {
                "speaker": {"Guo Jiakun"},
                "contains": "really about security",
                "quote": True,
                "date": "2025-04-18",
            },
        ],
        exact=True,
    ),
    case(
        "an-event-after-a-final-attribution-does-not-date-it",
        "MAC Deputy Minister Liang Wen-chieh spoke on Thursday. Public servants were already "
        "barred from using it, he said, under a Ministry of Digital Affairs directive issued "
        "last week. The app stores data in China, Digital Minister Masaaki Taira said on "
        "Thursday, adding that ministries would decide.",
        "2025-02-07",
        [
            {"speaker": {"Liang Wen-chieh"}, "contains": "already barred", "date": None},
            {
                "speaker": {"Masaaki Taira"},
                "contains": "stores data in China",
                "date": "2025-02-06",
            },
            {"speaker": {"Masaaki Taira"}, "contains": "ministries would decide"},
        ],
        exact=True,
    ),
    case(
        "data-or-a-study-by-x-shows-what-x-found",
        "Data from Sensor Tower showed that DeepSeek's app had more than 30 million daily active "
        "users. Appfigures data show DeepSeek was the top free app in 140 markets. An analysis "
        "by Counterpoint Research found that Huawei phones gained share. Officials found the app "
        "on 40 devices.",
        "2025-02-21",
        [
            {
                "speaker": {"Sensor Tower"},
                "contains": "30 million daily active users",
                "cue": "showed",
            },
            {"speaker": {"Appfigures"}, "contains": "top free app in 140 markets"},
            {
                "speaker": {"Counterpoint Research", "Counterpoint"},
                "contains": "Huawei phones gained share",
                "cue": "found",
            },
        ],
        exact=True,
    ),
    case(
        "according-to-its-own-document",
        "Together AI charges $7 per million output tokens, according to its price page. "
        "Alibaba cut prices by 85%, according to its website. DeepSeek stores user data in "
        "China, according to its privacy policy.",
        "2025-02-03",
        [
            {"speaker": {"Together AI"}, "contains": "$7 per million", "cue": "according to"},
            {"speaker": {"Alibaba", "Alibaba Group"}, "contains": "cut prices by 85%"},
            {"speaker": {"DeepSeek"}, "contains": "stores user data in China"},
        ],
        exact=True,
    ),
    case(
        "a-place-before-a-kind-of-firm-does-not-speak",
        '"Nobody wants to be left behind," said one executive at a Tokyo brokerage. "The '
        'selloff went too far," said an analyst at a Shanghai brokerage. "We will keep using '
        'the model for now," said an official at the Seoul city government.',
        "2025-02-20",
        [
            {
                "speaker": {"Seoul Metropolitan Government", "Seoul"},
                "contains": "keep using",
                "quote": True,
            },
        ],
        exact=True,
    ),
    case(
        "an-unnamed-official-after-and-speaks-for-the-one-body",
        "A directive from the Department for Digital Transformation issued last year still bars "
        "ministries from using DeepSeek, and a spokesperson said there were no plans to lift it. "
        "Japan, Taiwan and Australia banned DeepSeek on government devices in February, and an "
        "official said the bans would stay.",
        "2025-04-24",
        [
            {
                "speaker": {"Department for Digital Transformation"},
                "contains": "no plans to lift it",
            },
        ],
        exact=True,
    ),
    case(
        "a-titled-report-speaks-for-the-body-whose-report-it-is",
        "The House Select Committee on the Chinese Communist Party on Wednesday accused DeepSeek "
        "of funneling data to Beijing in a report that urges tighter export controls.\n\n"
        'The 16-page report, titled "DeepSeek Unmasked," says the Chinese startup\'s app sends '
        "user information back to China. Bank of China has integrated the model, according to "
        "its annual results filing, while Bank of Jiangsu said in February that it was using "
        "DeepSeek to screen contracts.",
        "2025-04-17",
        [
            {
                "speaker": {"House Select Committee on the Chinese Communist Party"},
                "contains": "sends user information back to China",
            },
            {
                "speaker": {"Bank of China"},
                "contains": "has integrated the model",
                "cue": "according to",
            },
            {"speaker": {"Bank of Jiangsu"}, "contains": "screen contracts"},
        ],
    ),
    case(
        "an-unnamed-official-with-a-who-clause-speaks-for-the-body",
        "Taiwan's Ministry of Digital Affairs banned the app on Friday. A senior ministry "
        "official who asked not to be named told the Taipei Times that the block would stay in "
        "place. Naver blocked the app last week. A company executive who declined to be named "
        "said the block would stay.",
        "2025-02-07",
        [
            {"speaker": {"Ministry of Digital Affairs"}, "contains": "stay in place"},
            {"speaker": {"Naver"}, "contains": "the block would stay"},
        ],
        exact=True,
    ),
    case(
        "a-place-based-kind-of-company-named-again",
        "CyberAgent released a Japanese version of a distilled R1 model in January. The "
        "Tokyo-based internet company said the model was downloaded more than 50,000 times. "
        "Rakuten released a model of its own. The Tokyo-based e-commerce company said the model "
        "would be free.",
        "2025-03-04",
        [
            {"speaker": {"CyberAgent"}, "contains": "downloaded more than 50,000 times"},
            {"speaker": {"Rakuten", "Rakuten Group"}, "contains": "would be free"},
        ],
        exact=True,
    ),
    case(
        "an-official-for-a-body-in-a-city-speaks-for-the-body",
        "A spokesperson for the Ministry of Foreign Affairs in Taipei said the ban would stay. "
        "An official at the Digital Agency in Tokyo said the notice still stood.",
        "2025-03-03",
        [
            {"speaker": {"Ministry of Foreign Affairs"}, "contains": "the ban would stay"},
            {"speaker": {"Digital Agency"}, "contains": "the notice still stood"},
        ],
        exact=True,
    ),
    case(
        "people-at-a-body-speak-for-the-body",
        "Italian regulators at the Garante said DeepSeek had not answered their questions.",
        "2025-03-03",
        [{"speaker": GARANTE, "contains": "DeepSeek had not answered"}],
        exact=True,
    ),
    case(
        "a-government-s-owned-department-speaks-not-the-government",
        "The British government's Department for Science, Innovation and Technology said it was "
        "monitoring DeepSeek.",
        "2025-03-03",
        [
            {
                "speaker": {"Department for Science, Innovation and Technology"},
                "contains": "monitoring DeepSeek",
            }
        ],
        exact=True,
    ),
]


# Round twelve, mine (ROUND_TWELVE_MINE).
ROUND_TWELVE_MINE = [
    case(
        "the-regulator-said-after-a-described-regulator-in-its-sentence",
        "Germany's data protection commissioner asked Apple and Google to delist DeepSeek.\n\n"
        "South Korea's personal information watchdog has suspended new downloads of DeepSeek, "
        "the regulator said on Monday. Ireland's privacy watchdog is studying the app, the "
        "watchdog said.",
        "2025-02-17",
        [
            {
                "speaker": {"Personal Information Protection Commission", "PIPC"},
                "contains": "has suspended new downloads",
            },
            {"speaker": {"Data Protection Commission"}, "contains": "is studying the app"},
        ],
    ),
    case(
        "the-surname-he-after-a-title",
        "Commerce ministry spokesperson He Yadong told a news conference that Beijing would "
        "defend its firms. He said the bans were discriminatory.",
        "2025-02-17",
        [
            {"speaker": {"He Yadong"}, "contains": "Beijing would defend its firms"},
            {"speaker": {"He Yadong"}, "contains": "the bans were discriminatory"},
        ],
    ),
    case(
        "a-transcripts-answer-is-its-speakers-statement",
        "Foreign ministry spokesperson Lin Jian held the regular briefing on Monday.\n\n"
        "Reuters: Several governments have restricted DeepSeek. What is your response?\n\n"
        "Lin Jian: China has always protected data privacy in accordance with the law. We "
        "oppose the politicisation of technology issues.",
        "2025-02-10",
        [{"speaker": {"Lin Jian"}, "contains": "oppose the politicisation", "quote": True}],
        exact=True,
    ),
    case(
        "an-interviews-answers-are-the-interviewees-and-an-explainers-are-no-ones",
        "Garante president Pasquale Stanzione spoke to us about the block.\n\n"
        "Q: Why did you block DeepSeek?\n\n"
        "A: Because the company did not answer our questions about personal data.\n\n"
        "Q: Did President Donald Trump call you?\n\n"
        "A: No, and I would not comment on that.",
        "2025-02-10",
        [
            {"speaker": {"Pasquale Stanzione"}, "contains": "did not answer our questions"},
            {"speaker": {"Pasquale Stanzione"}, "contains": "would not comment"},
        ],
        exact=True,
    ),
    case(
        "an-explainers-answers-name-no-speaker",
        "Q: Is DeepSeek banned in the US?\n\n"
        "A: Not nationwide, though President Donald Trump has called it a wake-up call.",
        "2025-02-10",
        [],
        exact=True,
    ),
]


#: Round thirteen, my cases (from new probe articles).
ROUND_THIRTEEN_PROBES = [
    case(
        "an-unnamed-former-official-speaks-for-no-body",
        "Calls to ban DeepSeek have grown louder. \"You cannot switch off an open model,\" said "
        "one former Commerce Department official, who asked not to be named. A former Pentagon "
        "official said the ban was overdue. A Commerce Department official said the agency was "
        "reviewing the app. Tomas Ruiz, a former Navy officer, said the order was too late.",
        "2025-02-20",
        [
            {"speaker": {"Department of Commerce"}, "contains": "the agency was reviewing"},
            {"speaker": {"Tomas Ruiz"}, "contains": "the order was too late"},
        ],
        exact=True,
    ),
    case(
        "said-via-a-spokesperson-that-is-no-part-of-the-claim",
        "Nvidia said via a spokesperson that DeepSeek's work was an excellent AI advancement. "
        "Apple said through a spokeswoman that it had removed the app.",
        "2025-02-10",
        [
            {
                "speaker": {"Nvidia"},
                "contains": "excellent AI advancement",
                "starts": "DeepSeek's work was",
            },
            {"speaker": {"Apple", "Apple Inc."}, "contains": "removed", "starts": "it had"},
        ],
        exact=True,
    ),
    case(
        "it-said-after-a-statement-a-body-opens-is-that-body",  # (a guard)
        "Reuters reported that several regulators had questions for the company. Italy's "
        "Garante has opened an inquiry into DeepSeek's data practices, it said on Thursday.",
        "2025-02-06",
        [
            {"speaker": {"Reuters"}, "contains": "several regulators had questions"},
            {"speaker": GARANTE, "contains": "has opened an inquiry"},
        ],
        exact=True,
    ),
    case(
        "with-a-place-expected-to-follow-is-no-attribution",
        "Texas banned DeepSeek on state devices, with Virginia expected to follow. New South "
        "Wales barred the app, with Victoria widely expected to do the same, Premier Chris "
        "Minns said.",
        "2025-02-06",
        [{"speaker": {"Chris Minns"}, "contains": "New South Wales barred the app"}],
        exact=True,
    ),
]


ROUND_TWELVE = [
    case(
        "a-study-by-a-named-author-speaks-for-its-author",
        "A survey by Teikoku Databank of 1,200 companies found that 15 percent had restricted "
        "DeepSeek at work. A recent poll by Gallup showed that most Americans distrust Chinese "
        "chatbots. A report by the Center for Strategic and International Studies concluded "
        "that export controls had slowed Chinese labs. The survey by the Korea Chamber of "
        "Commerce and Industry suggested that most member firms would wait for guidance.",
        "2025-03-10",
        [
            {"speaker": {"Teikoku Databank"}, "contains": "15 percent had restricted"},
            {"speaker": {"Gallup"}, "contains": "most Americans distrust"},
            {
                "speaker": {"Center for Strategic and International Studies", "CSIS"},
                "contains": "export controls had slowed",
                "cue": "concluded",
            },
            {
                "speaker": {"Korea Chamber of Commerce and Industry"},
                "contains": "most member firms would wait",
            },
        ],
        exact=True,
    ),
    case(
        "it-after-a-document-speaks-for-the-document",
        "The Defense Department released a report on Chinese AI on Friday. The report said "
        "DeepSeek shared user data with China Mobile. It also says the chatbot suppressed "
        "answers on Taiwan.\n\nThe House Select Committee on the CCP published a report on the "
        "app on Wednesday. The Commerce Department is reviewing the app. The report said "
        "DeepSeek funnels American data to China. It also notes that the company used smuggled "
        "Nvidia chips.\n\nA study by NewsGuard found that DeepSeek repeated Chinese government "
        "positions. It also noted that the chatbot failed to correct false statements.",
        "2025-04-18",
        [
            {
                "speaker": {"Department of Defense", "Defense Department"},
                "contains": "China Mobile",
            },
            {
                "speaker": {"Department of Defense", "Defense Department"},
                "contains": "suppressed answers on Taiwan",
                "cue": "says",
            },
            {"speaker": {"House Select Committee on the CCP"}, "contains": "funnels American data"},
            {
                "speaker": {"House Select Committee on the CCP"},
                "contains": "used smuggled Nvidia chips",
                "cue": "notes",
            },
            {"speaker": {"NewsGuard"}, "contains": "repeated Chinese government positions"},
            {"speaker": {"NewsGuard"}, "contains": "failed to correct false statements"},
        ],
        exact=True,
    ),
    case(
        "a-participle-after-a-quotation-in-a-long-article",
        "Chief Cabinet Secretary Yoshimasa Hayashi spoke on Tuesday. \u201cMinistries should act "
        "with caution,\u201d he said, adding that no outright ban was planned. \u201cWe are "
        "reviewing every request,\u201d the Personal Information Protection Commission said in a "
        "statement, noting that DeepSeek had not replied. \u201cThe rules are symbolic,\u201d said "
        "Akira Minamikawa, an analyst at Omdia, warning that most firms had already acted."
        "\n\n\u201cWe will keep testing the models,\u201d said Hiroshi Mikitani. \u201cIgnoring "
        "them would be foolish,\u201d Mikitani said. \u201cThe costs are falling fast,\u201d he "
        "said. \u201cEvery rival is doing the same,\u201d he said. \u201cWe cannot wait for "
        "Tokyo,\u201d he said.",
        "2025-03-05",
        [
            {"speaker": {"Yoshimasa Hayashi"}, "contains": "act with caution", "quote": True},
            {
                "speaker": {"Yoshimasa Hayashi"},
                "starts": "no outright ban was planned",
                "contains": "no outright ban",
                "quote": False,
                "cue": "adding",
            },
            {"speaker": PIPC, "contains": "reviewing every request", "quote": True},
            {
                "speaker": PIPC,
                "starts": "DeepSeek had not replied",
                "contains": "DeepSeek had not replied",
                "cue": "noting",
            },
            {"speaker": {"Akira Minamikawa"}, "contains": "rules are symbolic", "quote": True},
            {
                "speaker": {"Akira Minamikawa"},
                "starts": "most firms had already acted",
                "contains": "most firms had already acted",
                "cue": "warning",
            },
        ],
    ),
    case(
        "a-negated-verb-at-the-end-attributes-nothing",
        "The app was pulled from stores in South Korea on Monday, and DeepSeek has not "
        "responded. Kakao said it would keep the ban, noting that DeepSeek had not replied. "
        "The notice reached every ministry, although the Digital Agency would not confirm.",
        "2025-02-18",
        [
            {"speaker": {"Kakao"}, "starts": "it would keep the ban", "contains": "keep the ban"},
            {"speaker": {"Kakao"}, "starts": "DeepSeek had not replied", "contains": "not replied"},
        ],
        exact=True,
    ),
    case(
        "an-official-of-a-body-whose-name-holds-a-comma-or-and",
        "A spokesperson for the Ministry of Economy, Trade and Industry said the ministry was "
        "reviewing staff use of generative AI. An official at the Ministry of Science and ICT "
        "said the block would stay until DeepSeek answered. Officials at South Korea's Ministry "
        "of Trade, Industry and Energy said the restriction was temporary. A spokesperson for "
        "the Department for Science, Innovation and Technology said the department was "
        "monitoring the app.",
        "2025-02-12",
        [
            {
                "speaker": {"Ministry of Economy, Trade and Industry", "METI"},
                "contains": "reviewing staff use",
            },
            {"speaker": {"Ministry of Science and ICT"}, "contains": "block would stay"},
            {"speaker": KR_MOTIE, "contains": "restriction was temporary"},
            {
                "speaker": {"Department for Science, Innovation and Technology"},
                "contains": "monitoring the app",
            },
        ],
        exact=True,
    ),
    case(
        "a-news-outlet-named-again-speaks",
        "According to Nikkei, at least 12 local governments have issued similar guidance. The "
        "newspaper reported that Kanagawa Prefecture had asked its employees to stop using the "
        "app.\n\nThe Korea Herald reported the news on Friday. The daily said the PIPC would "
        "meet DeepSeek officials next week.\n\nNHK reported that the Digital Agency had sent the "
        "notice to every ministry. Most ministries had already complied, the broadcaster said."
        "\n\nCaixin, a business magazine, said DeepSeek had hired more engineers. \u201cThe "
        "company is not slowing down,\u201d the magazine said.",
        "2025-03-05",
        [
            {"speaker": {"Nikkei"}, "contains": "12 local governments"},
            {"speaker": {"Nikkei"}, "contains": "Kanagawa Prefecture had asked", "cue": "reported"},
            {"speaker": {"Korea Herald"}, "contains": "meet DeepSeek officials", "cue": "said"},
            {"speaker": {"NHK"}, "contains": "sent the notice"},
            {"speaker": {"NHK"}, "contains": "Most ministries had already complied"},
            {"speaker": {"Caixin"}, "contains": "hired more engineers"},
            {"speaker": {"Caixin"}, "contains": "not slowing down", "quote": True},
        ],
        exact=True,
    ),
    case(
        "a-described-regulator-or-an-unlisted-firm-speaks",
        "Germany's data protection commissioner has asked Apple and Google to remove DeepSeek "
        "from their stores, the regulator said on Friday.\n\nGermany's federal data protection "
        "commissioner has warned ministries against using DeepSeek, the regulator said."
        "\n\nAnalysts at Bernstein said in a note that European restrictions would have little "
        "effect on DeepSeek's growth. \u201cEurope is not a key market,\u201d the analysts "
        "wrote.",
        "2025-06-28",
        [
            {
                "speaker": {"Federal Commissioner for Data Protection and Freedom of Information"},
                "contains": "asked Apple and Google to remove DeepSeek",
            },
            {
                "speaker": {"Federal Commissioner for Data Protection and Freedom of Information"},
                "contains": "warned ministries against using DeepSeek",
            },
            {"speaker": {"Bernstein"}, "contains": "little effect on DeepSeek's growth"},
            {"speaker": {"Bernstein"}, "contains": "Europe is not a key market", "quote": True},
        ],
        exact=True,
    ),
    case(
        "a-person-of-a-body-before-the-verb-speaks",
        "Some experts were skeptical. Jim Lewis of the Center for Strategic and International "
        "Studies said the risk was real but manageable. \u201cYou don't need to ban it "
        "everywhere,\u201d he said. Alexandr Wang of Scale AI told CNBC that DeepSeek had "
        "50,000 Nvidia chips. Lennart Heim at RAND wrote that export controls were working.",
        "2025-02-07",
        [
            {"speaker": {"Jim Lewis"}, "contains": "risk was real but manageable"},
            {"speaker": {"Jim Lewis"}, "contains": "need to ban it everywhere", "quote": True},
            {"speaker": {"Alexandr Wang"}, "contains": "50,000 Nvidia chips", "cue": "told"},
            {"speaker": {"Lennart Heim"}, "contains": "export controls were working"},
        ],
        exact=True,
    ),
    case(
        "the-company-after-a-described-firm-is-that-firm",
        "Security firm Wiz said in a blog post that it had found an exposed DeepSeek database "
        "containing chat histories. The company said DeepSeek secured the database within an "
        "hour of being notified.\n\nU.S. chipmaker Nvidia called DeepSeek's R1 an excellent AI "
        "advancement. The company said inference still required significant numbers of its "
        "GPUs.\n\nSouth Korean internet giant Kakao said it had blocked DeepSeek on work "
        "devices. The company said the block would stay until DeepSeek answered the regulator.",
        "2025-02-07",
        [
            {"speaker": {"Wiz"}, "contains": "exposed DeepSeek database"},
            {"speaker": {"Wiz"}, "contains": "secured the database"},
            {"speaker": {"Nvidia"}, "contains": "inference still required"},
            {"speaker": {"Kakao"}, "contains": "blocked DeepSeek on work devices"},
            {"speaker": {"Kakao"}, "contains": "the block would stay"},
        ],
    ),
    case(
        "according-to-a-source-no-list-holds",
        "According to data from QuestMobile, DeepSeek had 22 million daily active users in "
        "January. According to a survey by Teikoku Databank, 15 percent of firms had banned the "
        "app. The app was downloaded 1.6 million times in a week, according to AppMagic. "
        "According to people familiar with the matter, a ban was imminent.",
        "2025-02-12",
        [
            {"speaker": {"QuestMobile"}, "contains": "22 million daily active users"},
            {"speaker": {"Teikoku Databank"}, "contains": "15 percent of firms"},
            {"speaker": {"AppMagic"}, "contains": "downloaded 1.6 million times"},
        ],
        exact=True,
    ),
    case(
        "claims-or-reports-after-a-verb-or-an-adjective-are-nouns",
        "An analysis by NewsGuard found the chatbot repeated false claims 30 percent of the "
        "time. DeepSeek made bold claims about its costs. Baidu launched Ernie 4.5 on Sunday. "
        "The company claims it outperforms DeepSeek's V3.",
        "2025-03-17",
        [
            {"speaker": {"NewsGuard"}, "contains": "repeated false claims 30 percent"},
            {"speaker": {"Baidu"}, "contains": "it outperforms DeepSeek's V3", "cue": "claims"},
        ],
        exact=True,
    ),
    case(
        "an-official-of-a-named-nationality-speaks-for-that-government",
        "Australia banned the app on government devices on Tuesday. An Indian government "
        "official, who asked not to be identified, said further restrictions were being "
        "considered. A Japanese government official said the notice was not a ban.",
        "2025-02-06",
        [
            {"speaker": {"India"}, "contains": "further restrictions"},
            {"speaker": {"Japan"}, "contains": "the notice was not a ban"},
        ],
        exact=True,
    ),
    case(
        "a-person-s-office-or-spokesperson-speaks-for-the-person",
        "Gov. Glenn Youngkin signed an order on Friday. His office said the ban would take "
        "effect at once.\n\nSenator Maria Cantwell introduced a bill. Her spokesperson said the "
        "senator would push for a vote.\n\nGov. Josh Stein issued a directive on Monday. "
        "\u201cNo state device may run the app,\u201d his office said.",
        "2025-02-14",
        [
            {"speaker": {"Glenn Youngkin"}, "contains": "take effect at once"},
            {"speaker": {"Maria Cantwell"}, "contains": "push for a vote"},
            {"speaker": {"Josh Stein"}, "contains": "No state device", "quote": True},
        ],
        exact=True,
    ),
    case(
        "an-aside-attribution-after-a-named-subject-keeps-the-subject",
        "Personal Information Protection Commission chairman Satoru Tezuka said the commission "
        "had alerted DeepSeek. The commission, he added, had not yet received a reply. Garante "
        "head Pasquale Stanzione said the order was final. The regulator, he said, would not "
        "back down. Feroot Security CEO Ivan Tsarynny spoke to ABC. Feroot, Tsarynny said, had "
        "never seen anything like it.",
        "2025-02-14",
        [
            {"speaker": {"Satoru Tezuka"}, "contains": "had alerted DeepSeek"},
            {
                "speaker": {"Satoru Tezuka"},
                "starts": "The commission had not yet received",
                "contains": "not yet received a reply",
            },
            {"speaker": {"Pasquale Stanzione"}, "contains": "the order was final"},
            {
                "speaker": {"Pasquale Stanzione"},
                "starts": "The regulator would not back down",
                "contains": "would not back down",
            },
            {
                "speaker": {"Ivan Tsarynny"},
                "starts": "Feroot had never seen",
                "contains": "never seen anything like it",
            },
        ],
        exact=True,
    ),
    case(
        "the-date-in-an-aside-before-the-verb-dates-the-claim",
        "Italy's Garante, in a statement on Monday, said the block would stay. Nvidia, at a "
        "briefing on Jan. 28, said inference demand would grow. Taiwan's digital ministry, in a "
        "notice issued on Friday, said agencies should not use the app. Ireland's Data "
        "Protection Commission, which wrote to DeepSeek on Jan. 29, said it was still awaiting "
        "answers.",
        "2025-02-14",
        [
            {"speaker": GARANTE, "contains": "the block would stay", "date": "2025-02-10"},
            {"speaker": {"Nvidia"}, "contains": "inference demand", "date": "2025-01-28"},
            {"speaker": MODA, "contains": "should not use the app", "date": "2025-02-14"},
            {"speaker": DPC, "contains": "still awaiting answers", "date": None},
        ],
        exact=True,
    ),
    case(
        "quoted-as-saying-in-the-passive-names-its-subject",
        "DeepSeek founder Liang Wenfeng was quoted as saying that the company would stay open "
        "source. Nvidia chief executive Jensen Huang was quoted by Bloomberg as saying that the "
        "market had misread R1. Guo Jiakun, a foreign ministry spokesperson, was cited as saying "
        "the ban was discriminatory.",
        "2025-02-14",
        [
            {"speaker": {"Liang Wenfeng"}, "contains": "stay open source"},
            {"speaker": {"Jensen Huang"}, "contains": "market had misread R1"},
            {"speaker": GUO, "contains": "ban was discriminatory"},
        ],
        exact=True,
    ),
    case(
        "an-appositive-after-the-place-of-a-statement-is-not-its-text",
        "Elon Musk said on X, formerly Twitter, that the cost claims were false. Guo Jiakun said "
        "in Beijing, the Chinese capital, that the ban was discriminatory. Masaaki Taira said on "
        "Friday, a day after the notice, that the ministries had complied.",
        "2025-02-14",
        [
            {"speaker": {"Elon Musk"}, "starts": "the cost claims were false", "contains": "false"},
            {"speaker": GUO, "starts": "the ban was discriminatory", "contains": "discriminatory"},
            {
                "speaker": {"Masaaki Taira"},
                "starts": "the ministries had complied",
                "contains": "complied",
            },
        ],
        exact=True,
    ),
    case(
        "a-citing-aside-before-the-that-clause-is-not-its-text",
        "Nikkei reported, citing government sources, that the Digital Agency would issue a "
        "notice. Yonhap said, quoting a ministry official, that the block would stay. The "
        "Financial Times reported, citing two people familiar with the matter, that Microsoft "
        "was investigating.",
        "2025-02-14",
        [
            {"speaker": {"Nikkei"}, "starts": "the Digital Agency would", "contains": "notice"},
            {
                "speaker": {"Yonhap", "Yonhap News Agency"},
                "starts": "the block would stay",
                "contains": "block",
            },
            {
                "speaker": {"Financial Times"},
                "starts": "Microsoft was investigating",
                "contains": "investigating",
            },
        ],
        exact=True,
    ),
    case(
        "the-spokesperson-again-after-a-body-named-before-the-noun",
        "\u201cWe are reviewing it,\u201d a Samsung spokesperson said.\n\n\u201cNo decision has "
        "been made yet, and we will inform staff,\u201d the spokesperson added.\n\nAn LG Uplus "
        "official said the company had no plans to use DeepSeek. The official added that "
        "security came first.",
        "2025-02-14",
        [
            {"speaker": {"Samsung Electronics", "Samsung"}, "contains": "reviewing it"},
            {"speaker": {"Samsung Electronics", "Samsung"}, "contains": "No decision has been"},
            {"speaker": LG_UPLUS, "contains": "no plans to use DeepSeek"},
            {"speaker": LG_UPLUS, "contains": "security came first"},
        ],
        exact=True,
    ),
    case(
        "according-to-as-an-aside-or-with-a-relative-clause",
        "The app, according to Italy's Garante, stores data in China. Chat logs were exposed "
        "for weeks, according to Wiz, which found the database on Jan. 29. According to the "
        "Ministry of Digital Affairs, which banned the app, agencies had 30 days to comply.",
        "2025-02-14",
        [
            {"speaker": GARANTE, "starts": "The app stores data", "contains": "in China"},
            {
                "speaker": {"Wiz"},
                "starts": "Chat logs were exposed",
                "ends": "for weeks",
                "contains": "exposed",
            },
            {"speaker": MODA, "starts": "agencies had 30 days", "contains": "to comply"},
        ],
        exact=True,
    ),
]


# Round thirteen (ROUND_THIRTEEN).
ROUND_THIRTEEN = [
    case(
        "it-said-after-a-statement-of-the-subjects-silence-is-the-reporter",
        "Italy's privacy regulator Garante ordered DeepSeek to block its chatbot. The company "
        "has not commented on the ban, it said.\n\n"
        "Reuters reported that the app had vanished from Italian stores. The Hangzhou-based firm "
        "did not respond to a request for comment, it said.\n\n"
        "South Korea's PIPC said DeepSeek had failed to disclose its data practices. The Chinese "
        "company has yet to reply, it added.",
        "2025-02-10",
        [
            {"speaker": GARANTE, "contains": "has not commented on the ban"},
            {"speaker": {"Reuters"}, "contains": "had vanished from Italian stores"},
            {"speaker": {"Reuters"}, "contains": "did not respond to a request for comment"},
            {"speaker": PIPC, "contains": "failed to disclose its data practices"},
            {"speaker": PIPC, "contains": "has yet to reply"},
        ],
        exact=True,
    ),
    case(
        "it-said-of-a-silence-with-no-reporter-before-is-no-ones",
        "DeepSeek was blocked in Italy last week. The company has not commented on the ban, it "
        "said.",
        "2025-02-10",
        [],
        exact=True,
    ),
    case(
        "it-said-after-the-subjects-own-statement-stays-the-subject",
        "DeepSeek is cooperating with the regulator, it said. Samsung has banned the app. The "
        "company is reviewing other tools, it said.",
        "2025-02-10",
        [
            {"speaker": DEEPSEEK, "contains": "is cooperating with the regulator"},
            {"speaker": {"Samsung Electronics", "Samsung"}, "contains": "reviewing other tools"},
        ],
        exact=True,
    ),
    case(
        "the-company-said-after-another-companys-act-on-deepseek-is-that-company",
        "Carmaker Geely integrated DeepSeek into its cars, the company said on Friday.\n\n"
        "Alibaba's cloud unit will host DeepSeek models, the company said.\n\n"
        "Lenovo will preinstall DeepSeek on its PCs, the group said.\n\n"
        "DeepSeek released a new reasoning model, the company said.",
        "2025-02-10",
        [
            {"speaker": {"Geely Automobile Holdings", "Geely"}, "contains": "integrated DeepSeek"},
            {"speaker": {"Alibaba Group", "Alibaba"}, "contains": "will host DeepSeek models"},
            {"speaker": {"Lenovo"}, "contains": "will preinstall DeepSeek"},
            {"speaker": DEEPSEEK, "contains": "released a new reasoning model"},
        ],
        exact=True,
    ),
    case(
        "the-carmaker-said-is-never-deepseek",
        "Geely said it had integrated DeepSeek into its cars. DeepSeek would help drivers plan "
        "routes, the carmaker said.",
        "2025-02-10",
        [
            {"speaker": {"Geely Automobile Holdings", "Geely"}, "contains": "had integrated"},
            {"speaker": {"Geely Automobile Holdings", "Geely"}, "contains": "help drivers"},
        ],
        exact=True,
    ),
    case(
        "a-document-reads-for-its-issuer",
        "Texas Governor Greg Abbott issued an order banning DeepSeek on state devices. The order "
        "says the app collects too much data.\n\n"
        "Virginia Governor Glenn Youngkin also banned DeepSeek on state networks. The order reads "
        "that the app poses a risk to state data.\n\n"
        "Australia's Home Affairs department barred DeepSeek from government devices. \u201cEntities "
        "must remove all existing instances,\u201d the directive read.\n\n"
        "India's finance ministry barred staff from using AI tools. The circular, dated Jan. 29, "
        "said such tools posed risks to government data.",
        "2025-02-10",
        [
            {"speaker": {"Greg Abbott"}, "contains": "collects too much data", "cue": "says"},
            {
                "speaker": {"Glenn Youngkin"},
                "contains": "poses a risk to state data",
                "cue": "reads",
            },
            {
                "speaker": {"Department of Home Affairs", "Home Affairs"},
                "contains": "remove all existing instances",
                "cue": "read",
                "quote": True,
            },
            {"speaker": INDIA_MOF, "contains": "posed risks to government data"},
        ],
        exact=True,
    ),
    case(
        "read-without-a-document-reports-nothing",
        "Few users read the privacy policy of DeepSeek before signing up. Officials read the "
        "terms closely. Few users, at least in Italy, read the terms.",
        "2025-02-10",
        [],
        exact=True,
    ),
    case(
        "she-said-after-an-unnamed-spokesperson-is-that-spokespersons-body",
        "Mistral's chief executive Arthur Mensch praised the release on Monday.\n\n"
        "At Siemens, engineers were told in an internal note that DeepSeek was off limits. A "
        "spokeswoman confirmed the note. \u201cWe are evaluating open models on our own "
        "servers,\u201d she added.\n\n"
        "Ireland's Data Protection Commission wrote to DeepSeek on Jan. 30. A spokesperson for "
        "the commission said the regulator was still waiting for answers. The company has not "
        "responded to its questions, she said.",
        "2025-02-14",
        [
            {"speaker": {"Siemens"}, "contains": "evaluating open models", "quote": True},
            {"speaker": DPC, "contains": "still waiting for answers"},
            {"speaker": DPC, "contains": "has not responded to its questions"},
        ],
        exact=True,
    ),
    case(
        "he-added-after-an-official-said-is-the-officials-body",
        "Finance Minister Jim Chalmers spoke on Monday. Australia's home affairs department "
        "barred the app from government devices, a department official said. He added that "
        "agencies had until Friday to comply.\n\n"
        "Commerce Secretary Howard Lutnick spoke on Tuesday.\n\n"
        "Samsung has told staff not to use DeepSeek, and a company spokesman said the ban was "
        "temporary. \u201cWe will review it next month,\u201d he said.",
        "2025-02-14",
        [
            {"speaker": {"Department of Home Affairs"}, "contains": "barred the app"},
            {"speaker": {"Department of Home Affairs"}, "contains": "until Friday to comply"},
            {"speaker": {"Samsung Electronics", "Samsung"}, "contains": "the ban was temporary"},
            {"speaker": {"Samsung Electronics", "Samsung"}, "contains": "review it next month"},
        ],
        exact=True,
    ),
    case(
        "he-added-after-an-official-as-an-object-stays-the-person",
        "Democratic Senator Mark Warner met reporters. Warner said an official had told him "
        "about the ban. He added that more agencies would follow.\n\n"
        "Guo Jiakun, a foreign ministry spokesperson, said the bans were unfair. \u201cWe oppose "
        "this,\u201d he said.\n\n"
        "Senator Ted Cruz met the minister and an official from the agency. \u201cWe talked about "
        "DeepSeek,\u201d he said.",
        "2025-02-14",
        [
            {"speaker": {"Mark Warner"}, "contains": "an official had told him"},
            {"speaker": {"Mark Warner"}, "contains": "more agencies would follow"},
            {"speaker": {"Guo Jiakun"}, "contains": "the bans were unfair"},
            {"speaker": {"Guo Jiakun"}, "contains": "We oppose this", "quote": True},
            {"speaker": {"Ted Cruz"}, "contains": "We talked about DeepSeek", "quote": True},
        ],
        exact=True,
    ),
    case(
        "said-as-a-second-predicate-after-and-or-but-is-the-subjects",
        "The Dutch watchdog's chairman, Aleid Wolfsen, called the app's data practices \u201cvery "
        "worrying\u201d in a radio interview on Tuesday, and said an investigation was under way. "
        "Minister Tony Burke called the app \u201can unacceptable risk\u201d and said agencies must "
        "remove it. Samsung restricted the tool last month, but said staff could use it at home. "
        "Italy's Garante did not ban the app, but said it was studying the case.",
        "2025-02-14",
        [
            {"speaker": {"Aleid Wolfsen"}, "contains": "an investigation was under way"},
            {"speaker": {"Tony Burke"}, "contains": "an unacceptable risk", "quote": True},
            {"speaker": {"Tony Burke"}, "contains": "agencies must remove it"},
            {"speaker": {"Samsung Electronics", "Samsung"}, "contains": "staff could use it"},
            {"speaker": GARANTE, "contains": "it was studying the case"},
        ],
    ),
    case(
        "the-statement-said-is-whoever-put-the-statement-out",
        "OSLO (Nordic Wire) - Norway's data protection authority Datatilsynet said in a "
        "statement on Wednesday that it had fined DeepSeek.\n\n"
        "\u201cUsers have a right to know where their data ends up,\u201d director Line Coll said.\n\n"
        "Sweden's regulator IMY is also reviewing the app. Denmark's agency told ministries to "
        "avoid it.\n\n"
        "The decision can be appealed to the Privacy Appeals Board within three weeks, the "
        "statement added.\n\n"
        "Microsoft issued a statement on Friday about its use of R1. Samsung banned DeepSeek. The "
        "statement said customers' data stayed in Azure.",
        "2025-03-12",
        [
            {
                "speaker": {"Norwegian Data Protection Authority", "Datatilsynet"},
                "contains": "fined",
            },
            {"speaker": {"Line Coll"}, "contains": "right to know", "quote": True},
            {
                "speaker": {"Norwegian Data Protection Authority", "Datatilsynet"},
                "contains": "can be appealed",
                "cue": "added",
            },
            {"speaker": {"Microsoft"}, "contains": "data stayed in Azure"},
        ],
    ),
    case(
        "figures-after-the-statement-they-show-are-its-source",
        "The app had 22 million daily active users by Jan. 31, data from research firm "
        "QuestMobile showed. DeepSeek was the most downloaded app in 140 markets, Appfigures data "
        "showed. Downloads fell 20% in February, figures from app tracker Apptopia show.",
        "2025-03-03",
        [
            {"speaker": {"QuestMobile"}, "contains": "22 million daily active users"},
            {"speaker": {"Appfigures"}, "contains": "most downloaded app in 140 markets"},
            {"speaker": {"Apptopia"}, "contains": "Downloads fell 20% in February"},
        ],
        exact=True,
    ),
    case(
        "told-listeners-a-clause-keeps-its-named-subject",
        "Samsung told staff DeepSeek was not allowed on work laptops. Kakao told its employees "
        "ChatGPT was the only approved tool. Japan's Digital Agency told all ministries the app "
        "posed risks.",
        "2025-02-14",
        [
            {
                "speaker": {"Samsung Electronics", "Samsung"},
                "starts": "DeepSeek was not allowed",
                "contains": "not allowed",
            },
            {"speaker": {"Kakao"}, "starts": "ChatGPT was the only", "contains": "approved tool"},
            {"speaker": {"Digital Agency"}, "starts": "the app posed risks", "contains": "risks"},
        ],
        exact=True,
    ),
    case(
        "recalled-reports-a-memory-not-a-product-recall",
        "Professor Kim Ji-hoon was teaching that morning. \u201cA student asked whether our "
        "exercises were illegal,\u201d Kim recalled. Minister Tony Burke recalled that the agency "
        "had warned of the risks in 2023. Samsung recalled 2 million phones last year.",
        "2025-02-14",
        [
            {"speaker": {"Kim Ji-hoon"}, "contains": "exercises were illegal", "quote": True},
            {"speaker": {"Tony Burke"}, "contains": "had warned of the risks", "cue": "recalled"},
        ],
        exact=True,
    ),
    case(
        "he-said-in-a-paragraph-opened-by-another-sentence-is-not-an-earlier-spokesman",
        "Seoul National University told its researchers that the app should not be installed, "
        "a spokesman for the university said.\n\n"
        "Professor Kim Ji-hoon thinks the reaction went too far. Banning an open-weight model, "
        "he said, \u201cis like banning a textbook.\u201d",
        "2025-02-20",
        [
            {"speaker": {"Seoul National University"}, "contains": "should not be installed"},
            {"speaker": {"Kim Ji-hoon"}, "contains": "banning a textbook"},
        ],
        exact=True,
    ),
    case(
        "a-trailing-attribution-with-a-bare-time-after-its-verb",
        "South Korea's PIPC pulled the app from stores on Feb. 15. It returned after the company "
        "revised its privacy policy, the commission said the following week.\n\n"
        "Ireland's DPC opened a review on Monday. The review is over, the watchdog said later "
        "that day.",
        "2025-04-24",
        [
            {"speaker": PIPC, "contains": "revised its privacy policy", "starts": "It returned"},
            {"speaker": DPC, "contains": "The review is over", "date": "2025-04-21"},
        ],
        exact=True,
    ),
    case(
        "a-manner-and-a-colon-or-put-it-before-a-quotation-name-its-speaker",
        "Foreign ministry spokesperson Guo Jiakun was blunt: \u201cChina never asks companies to "
        "collect data illegally.\u201d\n\n"
        "As one official at the Ministry of Digital Affairs put it, \u201cWe cannot take the "
        "risk.\u201d\n\n"
        "Italy's Garante was equally clear: \u201cThe app must stop processing data.\u201d\n\n"
        "The question for regulators is simple: \u201cWhere does the data go?\u201d",
        "2025-02-14",
        [
            {"speaker": {"Guo Jiakun"}, "contains": "never asks companies", "quote": True},
            {"speaker": MODA, "contains": "cannot take the risk", "cue": "put it"},
            {"speaker": GARANTE, "contains": "must stop processing data", "quote": True},
        ],
        exact=True,
    ),
    case(
        "a-speakers-verb-opening-its-own-statement-is-one-claim",
        "Nvidia said it believes its partners comply with all applicable laws. Italy's Garante "
        "said it had warned that the app posed risks. DeepSeek said it denies that it shares "
        "data with the state.",
        "2025-01-30",
        [
            {"speaker": {"Nvidia"}, "contains": "partners comply", "cue": "said"},
            {"speaker": GARANTE, "contains": "the app posed risks", "cue": "said"},
            {"speaker": DEEPSEEK, "contains": "shares data with the state", "cue": "said"},
        ],
        exact=True,
    ),
    case(
        "the-company-said-opening-a-sentence-after-a-company-acted-on-deepseek",
        "Carmaker Geely integrated DeepSeek into its cars on Friday. The company said drivers "
        "could talk to the assistant.\n\n"
        "Lenovo will preinstall DeepSeek on its PCs. The group also said the model would run "
        "locally.\n\n"
        "Italy's Garante blocked DeepSeek. The company said it would comply.\n\n"
        "Nvidia's shares fell 17% after DeepSeek's release. The company said its model cost "
        "$5.6 million to train.",
        "2025-02-14",
        [
            {"speaker": {"Geely Automobile Holdings", "Geely"}, "contains": "drivers could talk"},
            {"speaker": {"Lenovo"}, "contains": "would run locally"},
            {"speaker": DEEPSEEK, "contains": "it would comply"},
            {"speaker": DEEPSEEK, "contains": "cost $5.6 million to train"},
        ],
        exact=True,
    ),
    case(
        "a-linking-adverb-opening-the-sentence-is-not-the-speakers",
        "Separately, the Dutch digital affairs ministry told civil servants not to use the app "
        "on work phones, a spokesperson for the ministry said on Friday. Meanwhile, Italy's "
        "Garante has blocked the app, the regulator said.",
        "2025-01-31",
        [
            {
                "speaker": {
                    "Digital Affairs Ministry",
                    "Ministry of the Interior and Kingdom Relations",
                },
                "starts": "the Dutch digital affairs ministry",
                "contains": "not to use the app",
            },
            {"speaker": GARANTE, "starts": "Italy's Garante has blocked", "contains": "blocked"},
        ],
        exact=True,
    ),
    case(
        "it-said-after-a-place-inside-the-statement-is-the-source-before",
        "The app had 22 million daily active users by Jan. 31, data from research firm "
        "QuestMobile showed. Nearly half of those users were outside China, it said.\n\n"
        "China has never asked firms to collect data illegally, it said.",
        "2025-02-03",
        [
            {"speaker": {"QuestMobile"}, "contains": "22 million daily active users"},
            {"speaker": {"QuestMobile"}, "contains": "Nearly half of those users"},
            {"speaker": {"China"}, "contains": "never asked firms"},
        ],
        exact=True,
    ),
    case(
        "a-document-with-an-aside-or-a-colon-reads-for-its-issuer",
        "India's finance ministry barred staff from using AI tools. The ministry's notice, dated "
        "Jan. 29, reads that AI tools pose risks to government data.\n\n"
        "The Navy barred DeepSeek. The email, sent to all sailors, reads: \u201cDo not use "
        "DeepSeek for any purpose.\u201d",
        "2025-02-14",
        [
            {"speaker": INDIA_MOF, "contains": "AI tools pose risks", "cue": "reads"},
            {"speaker": {"United States Navy", "Navy"}, "contains": "any purpose", "quote": True},
        ],
        exact=True,
    ),
    case(
        "a-date-between-the-speaker-and-the-verb-dates-the-statement",
        "Italy's Garante last week said it had blocked the app. South Korea's PIPC on Feb. 17 "
        "said it had suspended downloads. Taiwan, which banned the app on Feb. 3, said it would "
        "review the decision.",
        "2025-02-20",
        [
            {"speaker": GARANTE, "contains": "had blocked the app", "date": "2025-W07"},
            {"speaker": PIPC, "contains": "suspended downloads", "date": "2025-02-17"},
            {"speaker": {"Taiwan"}, "contains": "review the decision", "date": None},
        ],
        exact=True,
    ),
    case(
        "an-owners-document-speaks-for-its-owner",
        "DeepSeek charges $2.19 per million output tokens, the company's pricing page shows.\n\n"
        "According to its website, DeepSeek stores user data in China.\n\n"
        "Nvidia sold chips worth $1 billion to Singapore firms, Nvidia's annual filing shows.",
        "2025-02-14",
        [
            {"speaker": DEEPSEEK, "contains": "per million output tokens", "cue": "shows"},
            {"speaker": DEEPSEEK, "contains": "stores user data in China"},
            {"speaker": {"Nvidia"}, "contains": "sold chips worth", "cue": "shows"},
        ],
        exact=True,
    ),
    case(
        "a-lower-case-fragment-after-a-comma-closes-the-reported-clause",
        "Home Affairs Minister Tony Burke said the decision was about risk, \u201cnot about "
        "China.\u201d\n\n"
        "Digital Minister Masaaki Taira said the guidance had been updated, \u201cas a "
        "precaution.\u201d\n\n"
        "Foreign ministry spokesperson Guo Jiakun said on Monday, \u201cChina opposes the "
        "politicisation of technology.\u201d",
        "2025-02-14",
        [
            {
                "speaker": {"Tony Burke"},
                "starts": "the decision was about risk",
                "contains": "not about China",
                "quote": False,
            },
            {
                "speaker": {"Masaaki Taira"},
                "starts": "the guidance had been updated",
                "contains": "as a precaution",
                "quote": False,
            },
            {"speaker": {"Guo Jiakun"}, "contains": "opposes the politicisation", "quote": True},
        ],
        exact=True,
    ),
    case(
        "found-that-states-a-finding-of-its-subject",
        "Wiz researchers found that the database held more than a million lines of logs. "
        "NewsGuard, which rates news sites, found that the chatbot repeated false claims 30% of "
        "the time. Cisco found, in tests run last month, that R1 failed to block harmful prompts. "
        "Wiz found an exposed DeepSeek database. The database was found that day.",
        "2025-02-14",
        [
            {"speaker": {"Wiz"}, "contains": "a million lines of logs", "cue": "found"},
            {"speaker": {"NewsGuard"}, "contains": "repeated false claims", "cue": "found"},
            {"speaker": {"Cisco"}, "starts": "R1 failed to block", "contains": "harmful prompts"},
        ],
        exact=True,
    ),
    case(
        "and-declined-to-say-more-is-the-speakers-act-not-its-claim",
        "A spokeswoman for KB Kookmin Bank said the lender was \u201creviewing internal "
        "guidelines\u201d and declined to say more. Samsung said the tool was banned and declined "
        "to comment further.",
        "2025-02-14",
        [
            {
                "speaker": {"KB Kookmin Bank"},
                "ends": "reviewing internal guidelines\u201d",
                "contains": "the lender was",
            },
            {
                "speaker": {"Samsung Electronics", "Samsung"},
                "ends": "the tool was banned",
                "contains": "banned",
            },
        ],
        exact=True,
    ),
    case(
        "it-said-after-a-subordinate-deepseek-is-the-source-before",
        "South Korea's Personal Information Protection Commission said existing users could "
        "keep the app. The suspension will be lifted "
        "once DeepSeek makes the required changes, it said.",
        "2025-02-17",
        [
            {"speaker": PIPC, "contains": "existing users could keep the app"},
            {"speaker": PIPC, "contains": "will be lifted once DeepSeek makes"},
        ],
        exact=True,
    ),
    case(
        "the-companys-officer-after-another-companys-statement-is-that-company",
        "Cybersecurity firm Armis said DeepSeek was popular with staff. About 70% of Armis "
        "customers had requested blocks on the app, the company's chief executive said.\n\n"
        "DeepSeek launched R1 on Monday. About 70% of Kakao employees had asked for access, the "
        "company's spokesman said.",
        "2025-02-14",
        [
            {"speaker": {"Armis"}, "contains": "was popular with staff"},
            {"speaker": {"Armis"}, "contains": "70% of Armis customers"},
            {"speaker": {"Kakao"}, "contains": "70% of Kakao employees"},
        ],
        exact=True,
    ),
    case(
        "the-companys-officer-after-deepseeks-own-statement-stays-deepseek",
        "DeepSeek launched its R1 model in January. DeepSeek's app was downloaded 1 million "
        "times, the company's spokesperson said.",
        "2025-02-14",
        [{"speaker": DEEPSEEK, "contains": "downloaded 1 million times"}],
        exact=True,
    ),
    case(
        "a-bare-spokesman-speaks-for-the-body-of-the-sentence-before",
        "Ireland's Data Protection Commission said its inquiry would examine the transfers. A "
        "decision is not expected this year, a spokesman said.\n\n"
        "DeepSeek has 10 working days to respond, the spokesman added.\n\n"
        "Japan, Taiwan and Australia banned DeepSeek, and an official said more would follow. The "
        "rules are strict, the official added.",
        "2025-03-04",
        [
            {"speaker": DPC, "contains": "would examine the transfers"},
            {"speaker": DPC, "contains": "not expected this year"},
            {"speaker": DPC, "contains": "10 working days to respond", "cue": "added"},
        ],
        exact=True,
    ),
    case(
        "a-titled-persons-second-predicate-is-the-persons",
        "Home Affairs Minister Tony Burke described the directive as \u201ca protective "
        "measure\u201d and insisted it was \u201cnot about China, but about risk.\u201d\n\n"
        "The Home Affairs Department issued the order and said staff must comply.",
        "2025-02-06",
        [
            {"speaker": {"Tony Burke"}, "contains": "a protective measure", "quote": True},
            {"speaker": {"Tony Burke"}, "contains": "not about China", "cue": "insisted"},
            {"speaker": {"Department of Home Affairs"}, "contains": "staff must comply"},
        ],
        exact=True,
    ),
    case(
        "an-organisations-initials-no-list-holds-speak-for-it",
        "MTN said DeepSeek was cheaper than its rivals. DeepSeek posed no extra risk, KPMG said. "
        "AI said nothing, the headline ran.",
        "2025-02-14",
        [
            {"speaker": {"MTN"}, "contains": "cheaper than its rivals"},
            {"speaker": {"KPMG"}, "contains": "posed no extra risk"},
        ],
        exact=True,
    ),
]


# Round fourteen (cdq): transcripts, asides, filings, silences.
ROUND_FOURTEEN_CDQ = [
    case(
        "transcript-label-in-capitals-names-a-person-by-surname",
        "Digital Minister Huang Yen-nun answered questions from lawmakers on Wednesday.\n\n"
        "LEGISLATOR CHEN: Why does the ban not cover private universities?\n\n"
        "MINISTER HUANG: Public schools are covered. Private universities have been advised to "
        "follow the same rule.",
        "2025-02-05",
        [
            {
                "speaker": {"Huang Yen-nun"},
                "contains": "Private universities have been advised",
                "quote": True,
                "cue": ":",
            },
        ],
        exact=True,
    ),
    case(
        "transcript-label-in-capitals-no-one-named-states-nothing",
        "The committee met on Wednesday.\n\nCHAIRMAN LIN: We will move to the next item.",
        "2025-02-05",
        [],
        exact=True,
    ),  # guard
    case(
        "said-little-in-public-since-is-silence",
        "DeepSeek has said little in public since its model topped the app charts. The company "
        "said nothing further.",
        "2025-02-07",
        [],
        exact=True,
    ),
    case(
        "according-to-a-filing-with-an-exchange-is-not-the-exchange",
        "iFlytek raised 4 billion yuan in April, according to a filing with the Shenzhen Stock "
        "Exchange.",
        "2025-05-16",
        [],
        exact=True,
    ),
    case(
        "aside-attribution-before-a-lexical-verb",
        "Home Affairs Minister Tony Burke signed the directive on Tuesday. The app, Burke said, "
        "poses risks that no agency should accept. The data, he added, also flowed offshore.",
        "2025-02-05",
        [
            {"speaker": BURKE, "contains": "The app poses risks that no agency should accept"},
            {"speaker": BURKE, "contains": "The data also flowed offshore"},
        ],
        exact=True,
    ),
    case(
        "aside-attribution-after-a-fronted-phrase-states-the-clause-after",
        "Alibaba Group reported its results on Thursday. For FY2025, the group said, cloud "
        "revenue had grown by a third. Across Asia, the company said, margins had narrowed.",
        "2025-05-16",
        [
            {
                "speaker": {"Alibaba Group", "Alibaba"},
                "starts": "cloud revenue had grown",
                "contains": "cloud revenue had grown by a third",
            },
            {
                "speaker": {"Alibaba Group", "Alibaba"},
                "starts": "margins had narrowed",
                "contains": "margins had narrowed",
            },
        ],
        exact=True,
    ),
    case(
        "saying-in-a-statement-that-starts-at-the-clause",
        "The Chinese embassy in Canberra rejected the claims, saying in a statement that Beijing "
        "had never asked firms to collect data illegally.",
        "2025-02-05",
        [
            {
                "speaker": {
                    "Embassy of China",
                    "Chinese embassy",
                    "Embassy of the People's Republic of China in Australia",
                },
                "contains": "Beijing had never asked firms",
                "starts": "Beijing had never asked",
            },
        ],
    ),
    case(
        "official-at-a-body-after-an-abbreviation-is-that-body",
        "\u201cWe are reviewing the app,\u201d said an official at the U.S. Commerce Department, "
        "speaking on condition of anonymity.",
        "2025-02-13",
        [
            {
                "speaker": {"Department of Commerce", "U.S. Commerce Department"},
                "contains": "We are reviewing the app",
                "quote": True,
            },
        ],
        exact=True,
    ),
    case(
        "added-in-a-post-that-reports",
        "Taiwan's Ministry of Digital Affairs barred the app from agencies on Friday. The ministry "
        "added in a post on Facebook that it would publish a list of approved AI tools.",
        "2025-02-05",
        [
            {
                "speaker": MODA,
                "contains": "it would publish a list of approved AI tools",
                "starts": "it would publish",
                "cue": "added",
            },
        ],
        exact=True,
    ),
    case(
        "relative-clause-verb-after-a-partial-quote-attributes-nothing",
        "U.S. lawmakers met on Thursday. Representative Darin LaHood said in an interview that "
        "the app was \u201ca clear threat\u201d and that lawmakers had been briefed by officials "
        "who told them its code could reach a state-owned carrier.",
        "2025-02-07",
        [{"speaker": {"Darin LaHood", "LaHood"}, "contains": "a clear threat"}],
        exact=True,
    ),
    case(
        "document-circulated-by-a-body-speaks-for-it",
        "The note, circulated by the Cabinet Office on Monday, says the app should not be used "
        "on official devices.",
        "2025-02-12",
        [{"speaker": {"Cabinet Office"}, "contains": "should not be used on official devices"}],
        exact=True,
    ),
    case(
        "told-a-long-audience-then-that",
        "SoftBank chief executive Masayoshi Son told an investor event in Tokyo on Feb. 3 that "
        "cheap models would spread AI faster.",
        "2025-02-10",
        [
            {
                "speaker": {"Masayoshi Son"},
                "contains": "cheap models would spread AI faster",
                "starts": "cheap models",
            },
        ],
        exact=True,
    ),
    case(
        "participle-after-a-closing-quote-ends-the-claim",
        "SoftBank chief executive Masayoshi Son said AI would become \u201ctenfold cheaper "
        "within two years,\u201d adding that his group would still spend heavily on data centres.",
        "2025-02-10",
        [
            {
                "speaker": {"Masayoshi Son"},
                "contains": "tenfold cheaper within two years",
                "ends": "within two years,\u201d",
            },
            {
                "speaker": {"Masayoshi Son"},
                "contains": "his group would still spend heavily",
                "cue": "adding",
            },
        ],
        exact=True,
    ),
    case(
        "but-warned-ends-the-claim-before-it",
        "Industry body Nasscom said on Wednesday that Indian AI startups raised $780mn in 2024, "
        "but warned that the country still lacked a foundation model. Nasscom said that hiring "
        "had slowed but insisted that demand would recover.",
        "2025-02-05",
        [
            {"speaker": {"Nasscom"}, "contains": "raised $780mn in 2024", "ends": "in 2024"},
            {"speaker": {"Nasscom"}, "contains": "still lacked a foundation model"},
            {"speaker": {"Nasscom"}, "contains": "hiring had slowed", "ends": "had slowed"},
            {"speaker": {"Nasscom"}, "contains": "demand would recover", "cue": "insisted"},
        ],
        exact=True,
    ),
    case(
        "responded-to-a-question-after-an-occasion-states-nothing",
        "At a regular press briefing in Beijing on Thursday, foreign ministry spokesperson Guo "
        "Jiakun responded to a question from Yonhap.\n\n"
        "Yonhap: Several ministries in Seoul have blocked DeepSeek. What is your comment?\n\n"
        "Guo Jiakun: We oppose overstretching the concept of security.",
        "2025-02-07",
        [{"speaker": GUO, "contains": "We oppose overstretching", "quote": True, "cue": ":"}],
        exact=True,
    ),
    case(
        "time-adjunct-after-a-claim-is-the-writers",
        "DeepSeek has denied that it sent users' prompts to a ByteDance unit, a week after South "
        "Korea's PIPC said it had found evidence of such transfers.\n\n"
        "Italy's Garante blocked the app, days after the Irish DPC said it had written to the "
        "company.",
        "2025-04-25",
        [
            {"speaker": DEEPSEEK, "contains": "prompts to a ByteDance unit", "ends": "ByteDance unit"},
            {"speaker": PIPC, "contains": "had found evidence of such transfers"},
            {"speaker": DPC, "contains": "had written to the company"},
        ],
        exact=True,
    ),
    case(
        "while-another-subject-is-the-writers-contrast",
        "Meta said it would spend $65bn on data centres this year, while Microsoft reaffirmed "
        "plans to invest $80bn. The Garante said it would block the app, while allowing users "
        "to export their data.",
        "2025-02-28",
        [
            {"speaker": {"Meta", "Meta Platforms"}, "contains": "spend $65bn", "ends": "this year"},
            {"speaker": GARANTE, "contains": "while allowing users to export their data"},
        ],
        exact=True,
    ),
    case(
        "quotation-paragraphs-after-a-persons-reported-speech-are-theirs",
        "Information Technology Minister Ashwini Vaishnaw said the government had secured "
        "18,000 GPUs for researchers.\n\n"
        "\u201cWe will host the open-source models on Indian servers so the data stays here.\n\n"
        "\u201cThe privacy issues come from the app, not from the weights.\u201d\n\n"
        "The ministry gave no date.",
        "2025-01-30",
        [
            {"speaker": {"Ashwini Vaishnaw"}, "contains": "had secured 18,000 GPUs"},
            {
                "speaker": {"Ashwini Vaishnaw"},
                "contains": "host the open-source models on Indian servers",
                "quote": True,
            },
            {
                "speaker": {"Ashwini Vaishnaw"},
                "contains": "come from the app, not from the weights",
                "quote": True,
            },
        ],
        exact=True,
    ),
    case(
        "quotation-paragraph-after-a-bodys-reported-speech-stays-unattributed",
        "Italy's Garante said it had ordered DeepSeek to block the app.\n\n"
        "\u201cThe company's answers were wholly insufficient for our purposes.\u201d\n\n"
        "The order took effect at once.",
        "2025-01-31",
        [{"speaker": GARANTE, "contains": "ordered DeepSeek to block the app"}],
        exact=True,
    ),  # guard
    case(
        "interview-turns-marked-with-a-stop-or-a-dash",
        "We spoke with Nam Seok, director of the PIPC's investigation bureau.\n\n"
        "Q. Why did the commission act when it did?\n\n"
        "A. We found that the app was sending user data to third parties.\n\n"
        "Q \u2014 Will there be a fine?\n\n"
        "A \u2014 It is too early to say whether there will be any penalty.",
        "2025-02-21",
        [
            {"speaker": {"Nam Seok"}, "contains": "sending user data to third parties"},
            {"speaker": {"Nam Seok"}, "contains": "too early to say"},
        ],
        exact=True,
    ),
    case(
        "an-initial-opening-a-paragraph-is-no-answer",
        "Home Affairs Minister Tony Burke signed the order.\n\n"
        "A. Smith, a lawyer in Sydney, had advised the department on the order.",
        "2025-02-05",
        [],
        exact=True,
    ),  # guard
    case(
        "statement-from-his-office-is-the-persons",
        "Governor Greg Abbott banned the app on state devices. A statement from his office said "
        "the ban protects Texans' data.",
        "2025-02-01",
        [{"speaker": {"Greg Abbott"}, "contains": "the ban protects Texans' data"}],
        exact=True,
    ),
    case(
        "said-that-was-keeps-the-demonstrative",
        "Technology Secretary Peter Kyle spoke to MPs on Tuesday. Asked whether the public "
        "should delete the app, Kyle said that was a matter for individuals.",
        "2025-02-12",
        [
            {
                "speaker": {"Peter Kyle", "Kyle"},
                "contains": "that was a matter for individuals",
                "starts": "that was",
            },
        ],
        exact=True,
    ),
]


ROUND_FIFTEEN_CDQ = [
    case(
        "the-title-alone-names-the-person-it-introduced",
        "Digital Minister Huang Yen-nun said on Monday that the app posed a risk. The minister "
        "told reporters that the ban would stay until the review ended.\n\n"
        "Lee Min-ho, a deputy director at the Ministry of Science and ICT, said staff had been "
        "told to delete it. The deputy director said the ministry had received no reply.",
        "2025-02-12",
        [
            {"speaker": {"Huang Yen-nun"}, "contains": "the app posed a risk"},
            {"speaker": {"Huang Yen-nun"}, "contains": "the ban would stay", "cue": "told"},
            {"speaker": {"Lee Min-ho"}, "contains": "staff had been told to delete it"},
            {"speaker": {"Lee Min-ho"}, "contains": "the ministry had received no reply"},
        ],
        exact=True,
    ),
    case(
        "a-title-no-person-holds-names-no-one",
        "Home Affairs Minister Tony Burke signed the order. The secretary said the ban was "
        "needed.",
        "2025-02-05",
        [],
        exact=True,
    ),  # guard
    case(
        "tweeted-reports-as-wrote-does",
        "OpenAI chief executive Sam Altman tweeted that the new model was impressive for its "
        "price. \u201cWe will ship better models soon,\u201d Altman tweeted.",
        "2025-01-28",
        [
            {"speaker": {"Sam Altman"}, "contains": "impressive for its price", "cue": "tweeted"},
            {"speaker": {"Sam Altman"}, "contains": "We will ship better models", "quote": True},
        ],
        exact=True,
    ),
    case(
        "said-in-a-statement-then-the-clause-without-that",
        "The European Data Protection Board said in a statement it had set up a task force. "
        "Alibaba said in a filing on Monday it would cut prices again.",
        "2025-02-12",
        [
            {
                "speaker": {"European Data Protection Board", "EDPB"},
                "starts": "it had set up",
                "contains": "it had set up a task force",
            },
            {
                "speaker": {"Alibaba Group", "Alibaba"},
                "starts": "it would cut",
                "contains": "it would cut prices again",
                "date": "2025-02-10",
            },
        ],
        exact=True,
    ),
    case(
        "told-media-or-reporters-then-when-then-the-clause",
        "Italian undersecretary Alessio Butti told local media the block had shown that swift "
        "action works. Butti told reporters on Monday the Garante had received no complaints. "
        "He told state broadcaster RAI the order would stand.",
        "2025-02-12",
        [
            {
                "speaker": {"Alessio Butti"},
                "starts": "the block had shown",
                "contains": "swift action works",
            },
            {
                "speaker": {"Alessio Butti"},
                "starts": "the Garante had received",
                "contains": "no complaints",
                "date": "2025-02-10",
            },
            {"speaker": {"Alessio Butti"}, "contains": "the order would stand", "starts": "the"},
        ],
        exact=True,
    ),
    case(
        "and-another-named-speaker-argued-ends-the-first-claim",
        "Germany's digital minister Karsten Wildberger said national regulators should decide "
        "alone, and Italian undersecretary Alessio Butti argued that the Garante's block had "
        "worked. South Korea's PIPC said on Thursday that DeepSeek had fixed the transfers, and "
        "recommended that the company delete the data it had sent.",
        "2025-04-25",
        [
            {
                "speaker": {"Karsten Wildberger"},
                "contains": "national regulators should decide alone",
                "ends": "decide alone",
            },
            {"speaker": {"Alessio Butti"}, "contains": "the Garante's block had worked"},
            {"speaker": PIPC, "contains": "DeepSeek had fixed the transfers", "ends": "transfers"},
        ],
        exact=True,
    ),
    case(
        "quoted-as-saying-by-an-outlet-after-the-clause-states-the-clause",
        "Indonesia's communications ministry has widened its review of foreign chatbots, "
        "officials were quoted as saying by state news agency Antara on Wednesday. Deputy "
        "Minister Nezar Patria was quoted as saying by Antara that no platform would be banned "
        "outright.",
        "2025-04-10",
        [
            {
                "speaker": {"Ministry of Communication and Digital Affairs", "Kominfo", "Komdigi"},
                "contains": "has widened its review of foreign chatbots",
                "ends": "foreign chatbots",
            },
            {
                "speaker": {"Nezar Patria"},
                "starts": "no platform would be banned",
                "contains": "no platform would be banned outright",
            },
        ],
        exact=True,
    ),
    case(
        "were-reported-as-saying-reports-as-quoted-does",
        "Analysts at Jefferies were reported as saying the curbs mirrored steps taken in Seoul.",
        "2025-04-10",
        [{"speaker": {"Jefferies"}, "contains": "the curbs mirrored steps taken in Seoul"}],
        exact=True,
    ),
    case(
        "replied-in-writing-or-to-a-letter-states-nothing",
        "DeepSeek is believed to have replied in writing, although the contents of its reply "
        "have not been made public. The company replied to the regulator's letter within the "
        "deadline. It replied on Monday that it complied with Korean law.",
        "2025-04-10",
        [{"speaker": DEEPSEEK, "contains": "it complied with Korean law"}],
        exact=True,
    ),
    case(
        "in-a-post-that-after-the-clause-is-the-writers",
        "A DeepSeek engineer wrote on Weibo that the team was grateful for the attention, in a "
        "post that was later deleted. Nvidia said the model was an excellent advance, in a "
        "statement that did not mention export controls.",
        "2025-01-29",
        [
            {"speaker": DEEPSEEK, "contains": "grateful for the attention", "ends": "attention"},
            {
                "speaker": {"Nvidia"},
                "contains": "an excellent advance",
                "ends": "excellent advance",
            },
        ],
        exact=True,
    ),
    case(
        "according-to-a-bodys-document-is-that-body",
        "Brazil's science ministry said it might fund a national model. Such a model could "
        "cost 1.5 billion reais, according to a ministry estimate.",
        "2025-05-22",
        [
            {
                "speaker": {"Ministry of Science, Technology and Innovation", "MCTI"},
                "contains": "it might fund a national model",
            },
            {
                "speaker": {"Ministry of Science, Technology and Innovation", "MCTI"},
                "contains": "could cost 1.5 billion reais",
                "cue": "according to",
                "quantities": [(MONEY, 1.5e9, "BRL")],
            },
        ],
        exact=True,
    ),
    case(
        "a-reported-text-that-is-one-quotation-is-a-quotation",
        "South Korea's privacy watchdog said on Thursday that DeepSeek had corrected its data "
        "transfers.\n\n"
        "The minister of science, Yoo Sang-im, said the government would review the case. "
        "\u201cThe minister has been clear,\u201d a ministry spokesperson said.",
        "2025-04-25",
        [
            {"speaker": PIPC, "contains": "DeepSeek had corrected its data transfers"},
            {"speaker": {"Yoo Sang-im"}, "contains": "the government would review the case"},
            {
                "speaker": {"South Korea", "Ministry of Science and ICT"},
                "contains": "The minister has been clear",
                "starts": "The minister",
                "quote": True,
            },
        ],
        exact=True,
    ),
    case(
        "a-documents-own-date-in-its-appositive-dates-the-claim",
        "Japan's Digital Agency told ministries to avoid the app. The agency's notice, dated "
        "Feb. 3, said that data entered into the app was stored in China. Its guidance, "
        "published on Tuesday, says ministries may still test the open model.",
        "2025-02-06",
        [
            {
                "speaker": {"Digital Agency"},
                "contains": "was stored in China",
                "date": "2025-02-03",
            },
            {
                "speaker": {"Digital Agency"},
                "contains": "ministries may still test the open model",
                "date": "2025-02-04",
            },
        ],
        exact=True,
    ),
]


ROUND_FIFTEEN_MINE = [
    case(
        "a-measure-kept-in-place-is-no-claim",
        "South Korea maintained its suspension of new DeepSeek downloads on Monday. Japan's "
        "digital ministry maintained that the restriction on staff was lawful.",
        "2025-03-10",
        [{"speaker": {"Digital Agency", "digital ministry"}, "contains": "was lawful"}],
        exact=True,
    ),
]


ROUND_FIFTEEN_B_CDQ = [
    case(
        "a-live-blog-time-stamp-opens-the-subjects-statement",
        "10:05 GMT - Japan's Digital Agency has told ministries not to use the chatbot, a "
        "spokesperson said.\n\n"
        "11:20 a.m. ET: Italy's Garante has asked the company to explain its data practices, an "
        "official said.",
        "2025-02-04",
        [
            {
                "speaker": {"Digital Agency"},
                "contains": "has told ministries not to use the chatbot",
                "starts": "Japan's Digital Agency",
            },
            {
                "speaker": {"Garante", "Garante per la protezione dei dati personali"},
                "contains": "has asked the company to explain its data practices",
                "starts": "Italy's Garante",
            },
        ],
        exact=True,
    ),
]



ROUND_SIXTEEN_MINE = [
    case(
        "a-spokesperson-for-the-commissioner-speaks-for-the-commissioners-body",
        "Hamburg's data protection commissioner asked Apple in July to drop DeepSeek from its "
        "store. The app is still listed, a spokesperson for the commissioner said on Friday. "
        "Australia's Information Commissioner opened an inquiry into DeepSeek in February. "
        "The commissioner said the app collects more data than it needs.",
        "2025-09-12",
        [
            {"speaker": {"Hamburg Commissioner for Data Protection and Freedom of Information",
                         "Hamburg data protection commissioner"},
             "contains": "still listed"},
            {"speaker": {"Office of the Australian Information Commissioner", "OAIC"},
             "contains": "more data than it needs"},
        ],
        exact=True,
    ),
    case(
        "a-claim-ends-before-another-bodys-declining-to-comment",
        "Naver said it would keep testing DeepSeek's open models in a closed setting, and a "
        "Samsung spokesperson declined to comment. LG said it had no plans to use the app, and "
        "Kakao did not respond to a request for comment.",
        "2025-02-14",
        [
            {"speaker": {"Naver"}, "contains": "open models",
             "ends": "in a closed setting"},
            {"speaker": {"LG", "LG Group", "LG Corp", "LG Electronics"},
             "contains": "no plans", "ends": "to use the app"},
        ],
        exact=True,
    ),
    case(
        "a-spokesperson-for-the-capitalised-head-speaks-for-the-body-named-before",
        "The European Commission has not opened a case of its own. A spokesperson for the "
        "Commission said enforcement was a matter for national regulators.",
        "2025-02-12",
        [{"speaker": {"European Commission"}, "contains": "matter for national regulators"}],
        exact=True,
    ),
    case(
        "telling-people-to-do-a-quoted-thing-is-an-instruction-no-claim",
        "Singapore's government has told public servants to \"exercise caution\" with DeepSeek.",
        "2025-03-07",
        [],
        exact=True,
    ),
    case(
        "a-statement-in-a-relative-clause-ends-with-the-clause",
        "The Garante, which said last week it would look into the app, ordered DeepSeek to "
        "block its service in Italy.",
        "2025-03-10",
        [{"speaker": GARANTE, "contains": "look into the app", "ends": "look into the app"}],
        exact=True,
    ),
    case(
        "told-listeners-a-clause-whose-own-verb-takes-to-is-a-statement",
        "Amazon's chief executive Andy Jassy told employees the company wanted to give "
        "customers as many models as possible, including DeepSeek's.",
        "2025-02-01",
        [{"speaker": {"Andy Jassy"}, "contains": "the company wanted to give customers"}],
        exact=True,
    ),
    case(
        "said-then-a-bare-plural-and-its-verb-is-a-clause-not-a-speaker",
        "DeepSeek's prices fell again in February. The official, who asked not to be named, "
        "said queries cost users about five US cents each.",
        "2025-03-01",
        [],
        exact=True,
    ),
    case(
        "states-after-a-number-or-an-adjective-is-a-noun-not-a-verb",
        "Iowa's governor ordered agencies to remove DeepSeek on Tuesday, joining a dozen states "
        "that have restricted it. Several U.S. states that acted early now face lawsuits.",
        "2025-03-20",
        [],
        exact=True,
    ),
]


# Round sixteen (cdq): press conferences, quotes over paragraphs, offices that speak.
# Round seventeen, my probes (2026-12-07): each case failed at 3ebb8b6.
ROUND_SEVENTEEN_MINE = [
    case(
        "a-claim-ends-before-a-second-speaker-past-a-relative-aside",
        "Lenovo said it had built DeepSeek's model into its new laptops, and Xiaomi, which makes "
        "phones and cars, said it would add the model to its assistant next month.",
        "2025-03-10",
        [
            {"speaker": {"Lenovo", "Lenovo Group"}, "contains": "built",
             "ends": "its new laptops"},
            {"speaker": {"Xiaomi"}, "contains": "add the model"},
        ],
        exact=True,
    ),
    case(
        "a-firm-no-list-holds-speaks-as-its-sentences-subject",
        "Zscaler said 45 percent of the firms it protects had blocked the chatbot.",
        "2025-02-12",
        [{"speaker": {"Zscaler"}, "contains": "45 percent"}],
        exact=True,
    ),
    case(
        "a-person-at-the-company-is-the-firm-named-last",
        "Honda said it had restricted DeepSeek on office computers. Boeing declined to comment. "
        "A person at the company said the app was banned on work laptops in late January.",
        "2025-02-12",
        [
            {"speaker": {"Honda", "Honda Motor"}, "contains": "restricted"},
            {"speaker": {"Boeing"}, "contains": "work laptops"},
        ],
        exact=True,
    ),
    case(
        "a-claim-ends-before-its-unnamed-sources-attribution",
        "Nomura told traders they may not use the chatbot, two people familiar with the matter "
        "said.",
        "2025-02-12",
        [{"speaker": {"Nomura", "Nomura Holdings"}, "contains": "may not use",
          "ends": "use the chatbot"}],
        exact=True,
    ),
    case(
        "a-name-inside-a-restrictive-clause-on-the-subject-does-not-speak",
        "Several agencies that blocked DeepSeek on office computers in February said their "
        "curbs would stay for now. Hospitals that use ChatGPT said they saw no privacy problems.",
        "2025-04-29",
        [],
        exact=True,
    ),
    case(
        "a-district-or-county-named-by-its-head-speaks",
        "Shenzhen's Nanshan district has put DeepSeek to work drafting notices, the district "
        "government said. The district said the model cut drafting time by half. Fairfax "
        "County banned the app in February. The county said its staff had been told to "
        "delete it.",
        "2025-03-18",
        [
            {"speaker": {"Nanshan District", "Nanshan"}, "contains": "drafting notices"},
            {"speaker": {"Nanshan District", "Nanshan"}, "contains": "by half"},
            {"speaker": {"Fairfax County"}, "contains": "told to delete"},
        ],
        exact=True,
    ),
    case(
        "a-company-official-after-a-dateline-speaks-for-the-sentences-firm",
        "SEOUL — LG Uplus has blocked access to DeepSeek on its office network, a company "
        "official said on Friday.",
        "2025-02-07",
        [{"speaker": {"LG Uplus"}, "contains": "office network"}],
        exact=True,
    ),
    case(
        "a-clause-runs-on-past-a-scare-quote-to-its-closing-attribution",
        "HANGZHOU — Hangzhou's Xihu district has put 40 \"digital staff\" powered by DeepSeek "
        "to work on residents' requests, the district government said.",
        "2025-03-18",
        [{"speaker": {"Xihu District", "Xihu"}, "contains": "digital staff",
          "ends": "residents' requests"}],
        exact=True,
    ),
    case(
        "a-relative-clause-whose-subject-is-its-noun-gives-no-claim",
        "Taiwan barred the app from state devices, a step the digital ministry said was needed "
        "to protect official data. The ministry said the ban covers schools too.",
        "2025-02-05",
        [{"speaker": {"Ministry of Digital Affairs", "digital ministry"},
          "contains": "covers schools"}],
        exact=True,
    ),
]


ROUND_SIXTEEN_CDQ = [
    case(
        "a-quotation-left-open-is-the-speaker-its-run-names",
        "Senator Maria Cantwell said the agency had been slow. \u201cIt has had a month,\u201d "
        "Cantwell said.\n\n"
        "\u201cThe longer we wait, the more records leave the country. Nobody can get them back."
        "\n\n"
        "\u201cThat is why the bill matters,\u201d Senator Todd Young said.",
        "2025-03-04",
        [
            {"speaker": {"Maria Cantwell", "Cantwell"}, "contains": "the agency had been slow"},
            {"speaker": {"Maria Cantwell", "Cantwell"}, "contains": "It has had a month"},
            {
                "speaker": {"Todd Young", "Young"},
                "contains": "the more records leave the country",
                "quote": True,
            },
            {"speaker": {"Todd Young", "Young"}, "contains": "That is why the bill matters"},
        ],
        exact=True,
    ),
    case(
        "a-quotation-left-open-with-no-one-named-after-keeps-the-speaker-before",
        "\u201cWe acted because the data was at risk,\u201d Home Affairs Minister Tony Burke said."
        "\n\n"
        "\u201cNo agency should run an app that sends its records offshore. None will."
        "\n\n"
        "\u201cThe rule applies from today.\u201d",
        "2025-02-05",
        [
            {"speaker": BURKE, "contains": "the data was at risk"},
            {"speaker": BURKE, "contains": "sends its records offshore"},
            {"speaker": BURKE, "contains": "The rule applies from today"},
        ],
        exact=True,
    ),  # guard
    case(
        "his-office-is-the-governor-the-index-read-as-his-state",
        "Virginia Governor Glenn Youngkin barred the app from state networks on Tuesday. "
        "Agencies have ten days to comply, his office said.\n\n"
        "His office said the order covers contractors too.",
        "2025-01-29",
        [
            {"speaker": {"Glenn Youngkin", "Youngkin"}, "contains": "ten days to comply"},
            {"speaker": {"Glenn Youngkin", "Youngkin"}, "contains": "covers contractors"},
        ],
        exact=True,
    ),
    case(
        "the-titles-office-or-spokeswoman-is-the-titled-person",
        "Gov. Kathy Hochul ordered agencies to remove the app. The ban covers state-issued "
        "phones, the governor's office said.\n\n"
        "Digital Minister Huang Yen-nun met lawmakers on Monday. The minister's spokeswoman said "
        "the list would be published soon.",
        "2025-02-12",
        [
            {"speaker": {"Kathy Hochul"}, "contains": "The ban covers state-issued phones"},
            {"speaker": {"Huang Yen-nun"}, "contains": "the list would be published soon"},
        ],
        exact=True,
    ),
    case(
        "an-abbreviated-title-is-named-again-by-the-title",
        "Sen. Josh Hawley introduced the bill on Thursday. The senator said downloads should be "
        "a crime.",
        "2025-02-03",
        [{"speaker": {"Josh Hawley", "Hawley"}, "contains": "downloads should be a crime"}],
        exact=True,
    ),
    case(
        "according-to-a-person-then-the-role-they-were-given-starts-after-it",
        "According to Lennart Heim, a researcher at the RAND Corporation, the export rules left "
        "room for older chips.",
        "2025-02-10",
        [
            {
                "speaker": {"Lennart Heim", "Heim"},
                "starts": "the export rules",
                "contains": "left room for older chips",
                "cue": "according to",
            },
        ],
        exact=True,
    ),
    case(
        "according-to-a-person-then-a-clause-with-a-comma-keeps-the-clause",
        "According to Lennart Heim, the lab bought its chips in 2022, before the rules tightened.",
        "2025-02-10",
        [
            {
                "speaker": {"Lennart Heim", "Heim"},
                "starts": "the lab bought",
                "contains": "before the rules tightened",
            },
        ],
        exact=True,
    ),  # guard
    case(
        "without-elaborating-is-the-writers-remark",
        "A Kia official said the company had paused its chatbot pilot, without elaborating. "
        "Taiwan's digital ministry said the app leaked data, without giving details.",
        "2025-02-10",
        [
            {
                "speaker": {"Kia"},
                "contains": "had paused its chatbot pilot",
                "ends": "chatbot pilot",
            },
            {"speaker": MODA, "contains": "the app leaked data", "ends": "leaked data"},
        ],
        exact=True,
    ),
    case(
        "according-to-a-notice-on-a-bodys-website-is-that-body",
        "New downloads remain suspended, according to a notice posted on the Personal Information "
        "Protection Commission's website. Public servants must not install the app, according to "
        "a statement on the website of Taiwan's Ministry of Digital Affairs.",
        "2025-02-20",
        [
            {"speaker": PIPC, "contains": "New downloads remain suspended", "cue": "according to"},
            {"speaker": MODA, "contains": "Public servants must not install the app"},
        ],
        exact=True,
    ),
    case(
        "a-fronted-late-or-early-time-dates-the-statement",
        "Late on Thursday, Japan's Digital Agency said ministries should stop using the app. "
        "Early Monday, Italy's Garante said it had received no reply.",
        "2025-02-05",
        [
            {
                "speaker": {"Digital Agency"},
                "contains": "ministries should stop",
                "date": "2025-01-30",
            },
            {
                "speaker": {"Garante", "Garante per la protezione dei dati personali"},
                "contains": "it had received no reply",
                "date": "2025-02-03",
            },
        ],
        exact=True,
    ),
    case(
        "according-to-a-post-on-a-forum-names-no-one",
        "Staff were told to uninstall it, according to a post on an internet forum.",
        "2025-02-20",
        [],
        exact=True,
    ),  # guard
]


ROUND_SIXTEEN_B_CDQ = [
    case(
        "a-comma-inside-a-nested-quotation-that-closes-the-outer-one-goes",
        "\u201cThe regulator told us, \u2018You have one week to answer,\u2019\u201d Senator Mark "
        "Warner said on Tuesday.",
        "2025-02-13",
        [
            {
                "speaker": {"Mark Warner", "Warner"},
                "contains": "The regulator told us",
                "ends": "one week to answer'",
                "quote": True,
            }
        ],
        exact=True,
    ),
    case(
        "a-comma-inside-a-nested-straight-quotation-goes",
        "\"Our lawyers said, 'Remove it from every phone,'\" Senator Mark Warner said.",
        "2025-02-13",
        [
            {
                "speaker": {"Mark Warner", "Warner"},
                "contains": "Our lawyers said",
                "ends": "from every phone'",
                "quote": True,
            }
        ],
        exact=True,
    ),
    case(
        "a-nested-quotation-inside-the-outer-one-keeps-its-comma",
        "\u201cThe minister said, \u2018Delete it now,\u2019 and we did,\u201d Senator Mark Warner "
        "said.",
        "2025-02-13",
        [
            {
                "speaker": {"Mark Warner", "Warner"},
                "contains": "Delete it now,' and",
                "ends": "and we did",
                "quote": True,
            }
        ],
        exact=True,
    ),  # guard
    case(
        "a-watchdog-which-warned-that-is-the-claim-ending-with-the-relative-clause",
        "Ireland's Data Protection Commission, which has warned that the transfers may be "
        "unlawful, opened an inquiry on Thursday.",
        "2025-02-13",
        [
            {
                "speaker": {"Data Protection Commission"},
                "contains": "the transfers may be unlawful",
                "ends": "the transfers may be unlawful",
                "cue": "warned",
            }
        ],
        exact=True,
    ),  # guard
    case(
        "the-official-named-again-with-an-anonymity-aside-speaks-for-the-body",
        "Japan's Digital Agency has told ministries to avoid DeepSeek, an official at the "
        "agency said on Monday. The official, who asked not to be named, said a formal notice "
        "would follow.",
        "2025-02-04",
        [
            {"speaker": {"Digital Agency"}, "contains": "told ministries to avoid DeepSeek"},
            {"speaker": {"Digital Agency"}, "contains": "a formal notice would follow"},
        ],
        exact=True,
    ),
    case(
        "the-minister-named-again-with-an-aside-is-the-minister",
        "Digital Minister Huang Yen-nun spoke to lawmakers on Monday. The minister, who was "
        "visiting Tainan, said the rule covers every agency.",
        "2025-02-04",
        [{"speaker": {"Huang Yen-nun"}, "contains": "the rule covers every agency"}],
        exact=True,
    ),
]


# Round seventeen (cdq): other channels, asides after a copula, times of day after the verb.
ROUND_EIGHTEEN_MINE = [
    case(
        "a-closing-attribution-with-the-role-first-then-the-name",
        "Staff may not install the app on work phones, the ministry's spokesman, Lee Jae-won, "
        "said on Thursday.",
        "2025-02-10",
        [{"speaker": {"Lee Jae-won"}, "contains": "Staff may not install"}],
        exact=True,
    ),
    case(
        "a-closing-attribution-with-the-name-first-then-an-owned-role",
        "Employees are not allowed to use the chatbot, Brad Smith, Microsoft's president, told "
        "senators on Thursday.",
        "2025-05-09",
        [{"speaker": {"Brad Smith"}, "contains": "not allowed"}],
        exact=True,
    ),
    case(
        "a-subordinator-does-not-open-a-bodys-name",
        "Britain has not restricted DeepSeek. Unless the National Cyber Security Centre finds "
        "evidence of harm, ministers will not act. The centre said it was monitoring the app.",
        "2025-02-04",
        [{"speaker": {"National Cyber Security Centre"}, "contains": "monitoring the app"}],
        exact=True,
    ),
    case(
        "a-description-before-a-name-is-the-names-title",
        "BEIJING - Chinese state firms are racing to deploy DeepSeek. At least 20 provincial "
        "governments now run services on the model, according to a tally by the state "
        "broadcaster CCTV.",
        "2025-03-20",
        [{"speaker": {"China Central Television", "CCTV"}, "contains": "20 provincial"}],
        exact=True,
    ),
    case(
        "the-company-after-a-question-is-the-questions-subject",
        "Microsoft and Amazon host the model on their cloud services. What does DeepSeek say? "
        "The company did not answer questions. Its privacy policy says it follows the laws of "
        "every market it serves.",
        "2025-02-08",
        [
            {"speaker": {"DeepSeek"}, "contains": "follows the laws"},
        ],
        exact=True,
    ),
    case(
        "company-officials-of-an-unnamed-group-of-firms-name-no-speaker",
        "SEOUL - South Korea's biggest banks and telecom operators have restricted employee "
        "access to DeepSeek, company officials said on Friday. Hyundai Motor has blocked the app "
        "on office computers, company officials said.",
        "2025-02-14",
        [{"speaker": {"Hyundai Motor", "Hyundai Motor Company"}, "contains": "office computers"}],
        exact=True,
    ),
]


ROUND_TWENTY_MINE = [
    case(
        "a-studys-authors-speak-for-whoever-put-it-out",
        "A report, published by the Center for Strategic and International Studies, counted a "
        "dozen bans. \u201cA ban on one ministry's phones does little if the next ministry "
        "allows the app,\u201d the report's authors wrote.",
        "2025-04-02",
        [{"speaker": {"Center for Strategic and International Studies", "CSIS"},
          "contains": "the next ministry"}],
        exact=True,
    ),
    case(
        "an-analyst-at-a-firm-in-a-place-is-no-ones-voice",
        "\u201cEvery viral app comes down to earth,\u201d said one analyst at a research firm in "
        "Singapore.",
        "2025-03-20",
        [],
        exact=True,
    ),
    case(
        "an-unnamed-official-of-the-place-named-before-speaks-for-it",
        "Hong Kong's government has no plans to restrict DeepSeek, the city's innovation and "
        "technology chief said on Monday.",
        "2025-02-18",
        [{"speaker": {"Hong Kong", "Hong Kong SAR Government"}, "contains": "no plans"}],
        exact=True,
    ),
    case(
        "a-private-trade-in-a-place-is-no-ones-voice",
        "A fund manager in London said he had cut his holdings of chipmakers after DeepSeek's "
        "launch.",
        "2025-01-28",
        [],
        exact=True,
    ),
]


ROUND_TWENTY_ONE_MINE = [
    case(
        "a-subordinate-clause-after-a-quotation-attributes-nothing",
        "The Garante said on Thursday that it had imposed a limitation \u201cwith immediate "
        "effect\u201d, after DeepSeek told it that it did not operate in Italy.",
        "2025-02-03",
        [{"speaker": {"Garante per la protezione dei dati personali", "Garante"},
          "contains": "imposed a limitation"},
         {"speaker": {"DeepSeek"}, "contains": "did not operate in Italy"}],
        exact=True,
    ),
    case(
        "according-to-a-role-and-the-name-in-apposition-is-the-persons",
        "According to Japan's digital minister, Masaaki Taira, the government is monitoring "
        "DeepSeek closely. According to the ministry's spokesperson, Lin Jian, China opposes "
        "the bans.",
        "2025-02-07",
        [{"speaker": {"Masaaki Taira"}, "contains": "monitoring DeepSeek closely",
          "starts": "the government is"},
         {"speaker": {"Lin Jian"}, "contains": "China opposes the bans", "starts": "China"}],
        exact=True,
    ),
    case(
        "the-spokesperson-named-again-is-the-titled-person",
        "Foreign ministry spokesperson Guo Jiakun said China had never asked companies to "
        "collect data illegally. The spokesperson said Beijing opposed the politicisation of "
        "technology.",
        "2025-02-06",
        [{"speaker": {"Guo Jiakun"}, "contains": "never asked companies"},
         {"speaker": {"Guo Jiakun"}, "contains": "politicisation of technology"}],
        exact=True,
    ),
]


#: Round twenty-two, the lead's own probes.
ROUND_TWENTY_TWO_MINE = [
    case(
        "r22-m-a-place-pro-form-owning-a-name-is-not-the-speaker",
        "Poland's data protection office made no comment, but the country's consumer "
        "federation FKP has lodged a complaint, arguing that the app sends users' data to "
        "China.",
        "2025-03-04",
        # (the speaker was Poland: "the country's" was read as the subject, not as the owner
        # of the name after it)
        [{"speaker": {"FKP"}, "contains": "sends users' data to China"}],
        exact=True,
    ),
]


ROUND_TWENTY_THREE_MINE = [
    case(
        "r23-m-a-participles-last-verb-is-no-trailing-attribution",
        "South Korea's privacy regulator lifted its suspension of DeepSeek on Monday, saying "
        "the company had fixed the problems it found.",
        "2025-04-29",
        # (DeepSeek "found" what came before the comma: "saying the company had fixed the
        # problems it" was read as the speaker of a final "..., X found.")
        [{"speaker": PIPC, "starts": "the company had fixed", "contains": "problems it found"}],
        exact=True,
    ),
    case(
        "r23-m-the-capitalised-short-form-owns-its-document",
        "The European Commission has told its staff not to use DeepSeek, joining the European "
        "Parliament, which blocked the app in the spring. The Commission's own guidance says "
        "that staff must not enter sensitive information into any outside AI tool.",
        "2025-07-15",
        # (the guidance was the Parliament's: "The Commission" was no mention, and the claim
        # went to the body named last)
        [{"speaker": {"European Commission"}, "contains": "staff must not enter"}],
    ),
    case(
        "r23-m-said-in-a-month-then-a-clause-is-no-medium",
        "Honor said in February it had connected its YOYO assistant to DeepSeek, while Oppo "
        "has announced similar plans.",
        "2025-03-21",
        # (the statement was "while Oppo has announced similar plans": "in February it had
        # connected ... DeepSeek" was read as a phrase like "in a statement" up to the comma)
        [{"speaker": {"Honor"}, "starts": "it had connected", "contains": "to DeepSeek",
          "date": "2025-02"}],
        exact=True,
    ),
]


ROUND_TWENTY_FOUR_MINE = [
    case(
        "r24-m-a-participle-with-an-indefinite-agent-reports-nothing",
        "The US Air Force told personnel not to install DeepSeek. The notice, issued on "
        "Monday and confirmed by a service spokesperson, pointed to the app's data practices. "
        "The guidance was later endorsed by an outside panel of experts.",
        "2025-02-05",
        # (the participle "confirmed" opened a claim of the Air Force's, "by a service
        # spokesperson, pointed to ...": an agent after "a" was not read as one)
        [],
        exact=True,
    ),
    case(
        "r24-m-an-evaluation-or-investigation-by-a-body-is-its-finding",
        "An evaluation by the National Institute of Standards and Technology found that "
        "DeepSeek's models trail US systems on most benchmarks, the agency said on Tuesday. An "
        "investigation by Ireland's Data Protection Commission found that the app sent user "
        "data to China.",
        "2025-10-01",
        # (nothing: an evaluation or an investigation was no document with an author; and the
        # text ran on into ", the agency said on Tuesday")
        [{"speaker": {"National Institute of Standards and Technology"},
          "contains": "models trail US systems", "starts": "DeepSeek's models trail",
          "ends": "on most benchmarks"},
         {"speaker": {"Data Protection Commission"}, "contains": "sent user data to China",
          "starts": "the app sent user data", "ends": "to China"}],
        exact=True,
    ),
]


ROUND_SEVENTEEN_CDQ = [
    case(
        "said-then-a-time-of-day-or-earlier-today-dates-the-claim-and-starts-after-it",
        "Japan's Digital Agency said earlier today that ministries must list every use of the "
        "app. Italy's Garante said on Thursday evening that it had still received no reply. "
        "Taiwan's Ministry of Digital Affairs said late on Tuesday it would publish the list.",
        "2025-02-14",
        [
            {
                "speaker": {"Digital Agency"},
                "starts": "ministries must list",
                "contains": "every use of the app",
                "date": "2025-02-14",
            },
            {
                "speaker": GARANTE,
                "starts": "it had still received",
                "contains": "no reply",
                "date": "2025-02-13",
            },
            {
                "speaker": MODA,
                "starts": "it would publish",
                "contains": "the list",
                "date": "2025-02-11",
            },
        ],
        exact=True,
    ),
    case(
        "an-aside-after-a-copula-leaves-the-whole-clause",
        "Ivan Tsarynny, the chief executive of Feroot, said the code was hidden. It was, he "
        "added, the first time his team had seen such a link. Italy's Garante said the answers "
        "were vague. The reply was, it said, entirely inadequate.",
        "2025-02-07",
        [
            {"speaker": {"Ivan Tsarynny"}, "contains": "the code was hidden"},
            {
                "speaker": {"Ivan Tsarynny"},
                "starts": "It was the first time",
                "contains": "such a link",
                "cue": "added",
            },
            {"speaker": GARANTE, "contains": "the answers were vague"},
            {"speaker": GARANTE, "contains": "The reply was entirely inadequate"},
        ],
        exact=True,
    ),
    case(
        "this-is-before-an-aside-is-the-claims-subject-not-an-opener",
        "Ivan Tsarynny, the chief executive of Feroot, spoke on Friday. This is, he said, a "
        "problem for every agency.",
        "2025-02-07",
        [{"speaker": {"Ivan Tsarynny"}, "starts": "This is a problem", "contains": "every agency"}],
        exact=True,
    ),
    case(
        "an-aside-before-an-irregular-past-verb-interrupts-the-claim",
        "Ivan Tsarynny, the chief executive of Feroot, spoke on Friday. The data, he said, went "
        "to a state-owned carrier. The company, he said, never sent a reply.",
        "2025-02-07",
        [
            {"speaker": {"Ivan Tsarynny"}, "contains": "The data went to a state-owned carrier"},
            {"speaker": {"Ivan Tsarynny"}, "contains": "The company never sent a reply"},
        ],
        exact=True,
    ),
    case(
        "a-court-that-ruled-that-states-its-finding",
        "The Seoul Administrative Court ruled on Tuesday that the Personal Information "
        "Protection Commission had acted within its powers. A day later the same court ruled "
        "out a stay.",
        "2025-06-20",
        [
            {
                "speaker": {"Seoul Administrative Court"},
                "starts": "the Personal Information Protection Commission had",
                "contains": "acted within its powers",
                "cue": "ruled",
                "date": "2025-06-17",
            },
        ],
        exact=True,
    ),
    case(
        "two-unknown-authors-joined-by-and-are-no-one-organisation",
        "The letter, signed by Yoshua Bengio and Stuart Russell, said open models needed "
        "independent audits.",
        "2025-03-12",
        [],
        exact=True,
    ),
    case(
        "a-survey-by-a-known-body-whose-name-holds-of-has-one-source",
        "A survey by the Korea Chamber of Commerce and Industry found that most firms had "
        "barred the app from work devices.",
        "2025-03-12",
        [
            {
                "speaker": {"Korea Chamber of Commerce and Industry", "KCCI"},
                "contains": "most firms had barred the app",
                "cue": "found",
            }
        ],
        exact=True,
    ),
    case(
        "a-final-denial-is-not-the-deniers-claim",
        "Microsoft said the model had been trained on stolen data, a claim DeepSeek has denied. "
        "OpenAI said the lab had copied its outputs, an allegation the company denies.",
        "2025-02-14",
        [
            {
                "speaker": {"Microsoft"},
                "contains": "trained on stolen data",
                "ends": "stolen data",
            },
            {"speaker": {"OpenAI"}, "contains": "had copied its outputs", "ends": "its outputs"},
        ],
        exact=True,
    ),
    case(
        "citing-after-the-statement-is-what-the-speaker-pointed-to",
        "Italy's Garante said the company had failed to answer its questions, citing a letter "
        "sent on Jan. 28.",
        "2025-02-14",
        [
            {
                "speaker": GARANTE,
                "contains": "the company had failed to answer",
                "ends": "its questions",
            }
        ],
        exact=True,
    ),
    case(
        "said-later-before-or-after-the-statement-is-a-time-not-its-text",
        "Microsoft's staff may not use the app, company president Brad Smith said later, citing "
        "data security. Home Affairs Minister Tony Burke said later that contractors were "
        "covered too.",
        "2025-05-09",
        [
            {
                "speaker": {"Brad Smith"},
                "starts": "Microsoft's staff",
                "contains": "may not use the app",
                "ends": "use the app",
            },
            {"speaker": BURKE, "starts": "contractors were covered", "contains": "covered too"},
        ],
        exact=True,
    ),
    case(
        "a-documents-appositive-between-said-in-it-and-that-is-not-the-text",
        "South Korea's Personal Information Protection Commission said in its decision, "
        "published on Thursday, that DeepSeek had sent user data abroad. Italy's Garante said "
        "in an order, dated Jan. 30, that the block took effect at once.",
        "2025-04-25",
        [
            {
                "speaker": PIPC,
                "starts": "DeepSeek had sent",
                "contains": "user data abroad",
                "date": "2025-04-24",
            },
            {
                "speaker": GARANTE,
                "starts": "the block took effect",
                "contains": "at once",
                "date": "2025-01-30",
            },
        ],
        exact=True,
    ),
]

ROUND_SEVENTEEN_B_CDQ = [
    case(
        "which-the-company-denies-after-a-reported-clause-is-not-the-speakers",
        "Ireland's Data Protection Commission said the app had moved chat logs to Beijing, "
        "which DeepSeek has denied. Italy's Garante said the chatbot kept voice recordings, "
        "which the company disputes.",
        "2025-03-04",
        [
            {
                "speaker": {"Data Protection Commission"},
                "contains": "moved chat logs",
                "ends": "chat logs to Beijing",
            },
            {"speaker": GARANTE, "contains": "the chatbot kept", "ends": "kept voice recordings"},
        ],
        exact=True,
    ),
    case(
        "a-second-speakers-clause-after-a-semicolon-ends-the-first-claim",
        "Dan Wang predicted that Brussels would act by summer; Helen Toner said she doubted it.",
        "2025-03-04",
        [
            {"speaker": {"Dan Wang"}, "contains": "Brussels would act", "ends": "by summer"},
            {"speaker": {"Helen Toner"}, "contains": "she doubted it"},
        ],
        exact=True,
    ),
    case(
        "and-proposed-after-a-reported-clause-is-the-speakers-own-act",
        "Senator Mark Warner said Washington should fund open models instead, and proposed a "
        "$5 billion grant programme.",
        "2025-03-04",
        [
            {
                "speaker": {"Mark Warner"},
                "contains": "fund open models",
                "ends": "open models instead",
            },
        ],
        exact=True,
    ),
    case(
        "more-states-after-said-is-a-noun-not-a-closing-states",
        "Asked about Virginia, which barred the app on Feb. 11, Kevin Wolf said he expected "
        "more states to follow within weeks.",
        "2025-03-04",
        [{"speaker": {"Kevin Wolf"}, "contains": "he expected more states to follow"}],
        exact=True,
    ),
    case(
        "a-translation-provided-by-a-ministry-is-not-its-statement",
        "Japan's digital minister Masaaki Taira told reporters that staff should avoid the "
        "app, according to a translation of his remarks provided by the Digital Agency.",
        "2025-03-04",
        [{"speaker": {"Masaaki Taira"}, "contains": "staff should avoid the app"}],
        exact=True,
    ),
    case(
        "added-a-model-to-a-platform-is-no-closing-attribution",
        "Microsoft, which said it had run the model for weeks, added R1 to Azure. The model is "
        "cheap, added Swami Sivasubramanian, a vice president at Amazon.",
        "2025-03-04",
        [
            {"speaker": {"Microsoft"}, "starts": "it had run", "contains": "the model for weeks"},
            {"speaker": {"Swami Sivasubramanian"}, "contains": "The model is cheap"},
        ],
        exact=True,
    ),
]


# Round eighteen (cdq): an unnamed official named by a nationality word alone.
ROUND_EIGHTEEN_CDQ = [
    case(
        "an-official-with-a-nationality-word-speaks-for-that-country",
        "A senior Indian official said New Delhi had no plans to block the app. The app should "
        "be removed from every agency, an Australian official said on Monday.",
        "2025-02-18",
        [
            {"speaker": {"India"}, "contains": "New Delhi had no plans to block the app"},
            {"speaker": {"Australia"}, "contains": "should be removed from every agency"},
        ],
        exact=True,
    ),
    case(
        "a-spokesperson-with-a-two-word-nationality-speaks-for-that-country",
        "\u201cThe suspension stays until the law is met,\u201d a South Korean spokesperson told "
        "reporters.",
        "2025-02-18",
        [{"speaker": {"South Korea"}, "contains": "The suspension stays", "quote": True}],
        exact=True,
    ),
    case(
        "its-president-or-their-chairman-speaks-for-the-body-as-its-spokesperson-does",
        "Italy's Garante blocked the chatbot on Thursday. Its president said the order would "
        "stand until the company answered.\n\n"
        "Naver barred staff from using the app. Their vice chairman was quoted by Yonhap as "
        "saying the step was a precaution.",
        "2025-02-11",
        [
            {"speaker": GARANTE, "contains": "the order would stand"},
            {"speaker": {"Naver"}, "contains": "the step was a precaution", "cue": "quoted"},
        ],
        exact=True,
    ),
    case(
        "an-unnamed-director-or-manager-at-a-body-speaks-for-it",
        "South Korea's Ministry of Trade, Industry and Energy has blocked the app on office "
        "computers. A deputy director at the ministry said other ministries would follow.\n\n"
        "Samsung Electronics restricted the chatbot too. \u201cIt is a temporary step,\u201d said a "
        "senior manager at the company.",
        "2025-02-11",
        [
            {
                "speaker": {"Ministry of Trade, Industry and Energy"},
                "contains": "other ministries would follow",
            },
            {"speaker": {"Samsung Electronics", "Samsung"}, "contains": "It is a temporary step"},
        ],
        exact=True,
    ),
    case(
        "according-to-a-source-on-a-day-dates-the-claim-and-starts-after-it",
        "According to the Ministry of Science and ICT on Thursday, at least five ministries "
        "have cut off access to the chatbot. According to Italy's Garante late on Feb. 3, the "
        "company had still not replied. Ministries must list every use of the app, according to "
        "Japan's Digital Agency last week.",
        "2025-02-07",
        [
            {
                "speaker": {"Ministry of Science and ICT"},
                "starts": "at least five ministries",
                "contains": "cut off access",
                "date": "2025-02-06",
            },
            {
                "speaker": GARANTE,
                "starts": "the company had",
                "contains": "not replied",
                "date": "2025-02-03",
            },
            {
                "speaker": {"Digital Agency"},
                "starts": "Ministries must list",
                "contains": "every use of the app",
                "date": "2025-W05",
            },
        ],
        exact=True,
    ),
    case(
        "a-date-in-the-speakers-who-clause-is-not-when-they-spoke",
        "\u201cBans on phones rarely work,\u201d said Jane Mercer, a law professor who advised the "
        "ministry in 2023.\n\n"
        "\u201cThe data leaves the country,\u201d Arun Patel, who led the audit in January, said on "
        "Monday.",
        "2025-02-12",
        [
            {"speaker": {"Jane Mercer"}, "contains": "Bans on phones rarely work", "date": None},
            {
                "speaker": {"Arun Patel"},
                "contains": "The data leaves the country",
                "date": "2025-02-10",
            },
        ],
        exact=True,
    ),
    case(
        "a-roundups-label-and-colon-before-a-whole-quotation-is-the-speaker",
        "Reactions this week:\n\n"
        "- Japan's Digital Agency: \u201cMinistries should not install the app for now.\u201d\n"
        "- Ivan Tsarynny, chief executive of Feroot Security: \u201cThe code sends data to a "
        "state-owned carrier.\u201d\n\n"
        "Update: \u201cThe ministry has not changed its advice.\u201d",
        "2025-02-10",
        [
            {"speaker": {"Digital Agency"}, "contains": "should not install", "quote": True},
            {"speaker": {"Ivan Tsarynny"}, "contains": "state-owned carrier", "quote": True},
        ],
        exact=True,
    ),
    case(
        "told-an-outlet-in-a-reply-to-questions-that-is-a-statement-not-an-instruction",
        "Italy's Garante told Reuters in a written response to questions that the block would "
        "stay. Japan's Digital Agency told Kyodo in reply to questions that ministries had been "
        "warned. Taiwan's Ministry of Digital Affairs told staff in a memo to remove the app.",
        "2025-02-12",
        [
            {"speaker": GARANTE, "starts": "the block", "contains": "would stay", "cue": "told"},
            {"speaker": {"Digital Agency"}, "starts": "ministries", "contains": "had been warned"},
        ],
        exact=True,
    ),
    case(
        "a-fronted-span-ago-or-later-dates-the-statement",
        "A year ago, Italy's Garante said the block would stay until the company answered.\n\n"
        "Taiwan barred the app from agencies on Jan. 31 last year. Two days later, the Ministry "
        "of Digital Affairs said schools were covered too.",
        "2026-01-22",
        [
            {"speaker": GARANTE, "contains": "the block would stay", "date": "2025"},
            {"speaker": MODA, "contains": "schools were covered", "date": "2025-02-02"},
        ],
        exact=True,
    ),
]

ROUND_EIGHTEEN_B_CDQ = [
    case(
        "told-this-newspaper-or-a-reporter-is-the-audience-of-a-trailing-attribution",
        "The app remains available to consumers, a spokesperson for Naver told this newspaper. "
        "Kakao told this publication that staff had been asked to stop using the chatbot. "
        "No agency has adopted it, a Japanese official told a reporter on Monday.",
        "2025-02-11",
        [
            {"speaker": {"Naver"}, "contains": "remains available", "cue": "told"},
            {"speaker": {"Kakao"}, "contains": "staff had been asked", "cue": "told"},
            {"speaker": {"Japan"}, "contains": "No agency has adopted", "date": "2025-02-10"},
        ],
        exact=True,
    ),
    case(
        "a-viral-post-speaks-for-no-body-named-before",
        "Italy's Garante ordered the app blocked on Thursday. A viral post on Facebook claims "
        "that Italians now face fines for using the chatbot. The regulator made no such "
        "order.\n\n"
        "The post also said that the European Union had banned the app in every member state.",
        "2025-02-03",
        [],
        exact=True,
    ),
    case(
        "people-at-a-body-before-a-linking-verb-speak-in-its-participle",
        "Analysts at Nomura were more cautious, saying memory prices could fall further this "
        "year. Officials at the Ministry of Science and ICT were upbeat, arguing that local "
        "models would fill the gap.",
        "2025-02-12",
        [
            {"speaker": {"Nomura", "Nomura Holdings"}, "contains": "memory prices could fall"},
            {"speaker": {"Ministry of Science and ICT"}, "contains": "local models would fill"},
        ],
        exact=True,
    ),
]

# Round nineteen (cdq): transcripts' labels, paraphrase verbs, datelines and appositives.
ROUND_NINETEEN_CDQ = [
    case(
        "a-podcasts-labels-in-capitals-name-speakers-no-sentence-introduced",
        "This transcript has been edited for length.\n\n"
        "PRIYA NAIR: The speed of the bans surprised most regulators in the region.\n\n"
        "TOM WELLS: Each watchdog read the same privacy policy and reached the same view.\n\n"
        "Nair: The data sits on servers in China, and that settles it for most of them.",
        "2025-02-20",
        [
            {"speaker": {"Priya Nair"}, "contains": "The speed of the bans", "quote": True},
            {"speaker": {"Tom Wells"}, "contains": "read the same privacy policy", "cue": ":"},
            {"speaker": {"Priya Nair"}, "contains": "servers in China"},
        ],
        exact=True,
    ),
    case(
        "a-transcripts-question-or-courtesy-turn-asserts-nothing",
        "Senator Josh Hawley questioned Commerce official Rebecca Ortiz on Wednesday.\n\n"
        "SEN. HAWLEY: Does any agency still allow the app on its phones?\n\n"
        "MS. ORTIZ: Every civilian agency has been told to remove it by March.\n\n"
        "SEN. HAWLEY: Thank you, Ms. Ortiz.",
        "2025-03-06",
        [{"speaker": {"Rebecca Ortiz"}, "contains": "Every civilian agency", "quote": True}],
        exact=True,
    ),
    case(
        "disputed-that-states-the-speakers-view",
        "Senator David Shoebridge disputed that the ban would protect anyone. DeepSeek "
        "disputed the fine in court.",
        "2025-02-12",
        [
            {
                "speaker": {"David Shoebridge"},
                "starts": "the ban would",
                "contains": "protect anyone",
                "cue": "disputed",
            }
        ],
        exact=True,
    ),
    case(
        "a-linking-adverb-between-commas-before-that-is-not-the-text",
        "Commerce official Rebecca Ortiz conceded that some contractors had not been audited. "
        "She insisted, however, that the risk was under control. Italy's Garante said, again, "
        "that the block would stay.",
        "2025-03-06",
        [
            {"speaker": {"Rebecca Ortiz"}, "contains": "some contractors had not been audited"},
            {"speaker": {"Rebecca Ortiz"}, "starts": "the risk was", "contains": "under control"},
            {"speaker": GARANTE, "starts": "the block would", "contains": "stay"},
        ],
        exact=True,
    ),
    case(
        "a-fronted-date-after-a-dateline-dates-the-claim",
        "SHENZHEN, Feb. 10 (Xinhua) -- On February 3, 2025 local time, Huawei Cloud said it had "
        "put the model on its Ascend servers.",
        "2025-02-10",
        [
            {
                "speaker": {"Huawei Cloud"},
                "starts": "it had put",
                "contains": "Ascend servers",
                "date": "2025-02-03",
            }
        ],
        exact=True,
    ),
    case(
        "wrote-in-a-post-after-an-appositive-names-the-medium-not-the-speaker",
        "Aravind Srinivas, chief executive of Perplexity, wrote in a LinkedIn post that the "
        "company now runs the model on American servers.",
        "2025-02-21",
        [
            {
                "speaker": {"Aravind Srinivas"},
                "starts": "the company now runs",
                "contains": "American servers",
                "cue": "wrote",
            }
        ],
        exact=True,
    ),
    case(
        "a-closing-attribution-with-a-bare-title-appositive",
        "Open models have already won, Yann LeCun, chief AI scientist at Meta, wrote on Threads. "
        "The bans will not last, Lee Jae-won, head of the industry bureau, told reporters.",
        "2025-02-21",
        [
            {"speaker": {"Yann LeCun"}, "contains": "Open models have already won", "cue": "wrote"},
            {"speaker": {"Lee Jae-won"}, "contains": "The bans will not last", "cue": "told"},
        ],
        exact=True,
    ),
    case(
        "testified-before-a-body-that-states-the-clause",
        "Commissioner Henna Virkkunen testified before the European Parliament on Thursday that "
        "the Commission was watching the app closely. Kevin Wolf testified for two hours.",
        "2025-02-21",
        [
            {
                "speaker": {"Henna Virkkunen"},
                "starts": "the Commission was",
                "contains": "watching the app",
                "cue": "testified",
                "date": "2025-02-20",
            }
        ],
        exact=True,
    ),
    case(
        "a-second-speaker-after-while-or-but-speaks-for-themselves",
        "Mistral's chief executive Arthur Mensch told a Paris conference that \"open models have "
        "won\", while Meta's Yann LeCun said the lesson was about research. Kevin Wolf said "
        "the rules were \"far too slow\", but Helen Toner said Congress would act within weeks.",
        "2025-02-21",
        [
            {"speaker": {"Arthur Mensch"}, "contains": "open models have won", "cue": "told"},
            {"speaker": {"Yann LeCun"}, "contains": "the lesson was about research"},
            {"speaker": {"Kevin Wolf"}, "contains": "the rules were", "ends": "far too slow\""},
            {"speaker": {"Helen Toner"}, "contains": "Congress would act within weeks"},
        ],
        exact=True,
    ),
    case(
        "a-translation-note-closing-a-statement-is-not-its-text",
        "Zhou Hongyi, the founder of Qihoo 360, wrote on Weibo that Chinese labs could now lead "
        "(translated).",
        "2025-01-29",
        [{"speaker": {"Zhou Hongyi"}, "contains": "Chinese labs could now lead", "ends": "now lead"}],
        exact=True,
    ),
    case(
        "as-someone-put-it-before-a-clause-is-their-statement",
        "Ivan Tsarynny, the chief executive of Feroot, studied the code. As he put it on "
        "Monday, the app sends login data to a state-owned carrier.\n\n"
        "Italy's Garante acted first. As one official at the regulator put it, the company "
        "never answered.",
        "2025-02-12",
        [
            {
                "speaker": {"Ivan Tsarynny"},
                "starts": "the app sends",
                "contains": "state-owned carrier",
                "cue": "put it",
                "date": "2025-02-10",
            },
            {"speaker": GARANTE, "starts": "the company", "contains": "never answered"},
        ],
        exact=True,
    ),
    case(
        "per-a-source-opening-or-closing-a-sentence-is-according-to",
        "Italy's Garante blocked the app. Per the regulator, the company has sent no reply. "
        "The block will stay until it does, per a Garante statement. Per the regulator's order, "
        "Italian app stores removed the chatbot.",
        "2025-02-12",
        [
            {"speaker": GARANTE, "starts": "the company has", "contains": "sent no reply"},
            {"speaker": GARANTE, "contains": "The block will stay", "ends": "until it does"},
        ],
        exact=True,
    ),
    case(
        "a-firm-no-list-holds-after-a-dateline-is-the-subject",
        "SINGAPORE, Feb. 18 (Reuters) -- Netskope said 52 percent of its clients had blocked the "
        "app.",
        "2025-02-18",
        [{"speaker": {"Netskope"}, "starts": "52 percent", "contains": "had blocked the app"}],
        exact=True,
    ),
    case(
        "a-hearings-label-of-a-title-and-surname-in-mixed-case-names-the-person",
        "Senator Josh Hawley questioned Commerce official Rebecca Ortiz on Wednesday.\n\n"
        "Ms. Ortiz: None of the civilian agencies use the app any longer.\n\n"
        "Sen. Hawley: Then Congress should make the ban permanent.",
        "2025-03-06",
        [
            {"speaker": {"Rebecca Ortiz"}, "contains": "None of the civilian agencies"},
            {"speaker": {"Josh Hawley"}, "contains": "make the ban permanent", "cue": ":"},
        ],
        exact=True,
    ),
]

ROUND_NINETEEN_B_CDQ = [
    case(
        "told-listeners-on-a-numeric-date-then-that-opens-the-statement",
        "Communications minister Meutya Hafid told legislators on 3/2/2025 that no decision on "
        "the chatbot had been taken.",
        "2025-02-04",
        [
            {
                "speaker": {"Meutya Hafid"},
                "starts": "no decision",
                "contains": "had been taken",
                "cue": "told",
                "date": "2025-02-03",
            }
        ],
        exact=True,
    ),
    case(
        "an-aside-between-dashes-before-the-verb-leaves-the-subject-speaking",
        "Britain's National Cyber Security Centre is watching the app. A spokesperson for the "
        "centre - which is part of GCHQ - said it would act if risks emerged.\n\n"
        "Australia's Department of Home Affairs issued no comment. An official at the "
        "department — who asked not to be named — said the review was nearly done.",
        "2025-01-29",
        [
            {
                "speaker": {"National Cyber Security Centre", "NCSC"},
                "starts": "it would act",
                "contains": "if risks emerged",
            },
            {
                "speaker": {"Department of Home Affairs"},
                "starts": "the review was",
                "contains": "nearly done",
            },
        ],
        exact=True,
    ),
    case(
        "asking-or-requesting-after-a-statement-is-not-its-text",
        "Italy's Garante said the chatbot put the data of millions of Italians at risk, asking "
        "how the company stores it. Ireland's Data Protection Commission said it had written to "
        "the firm, requesting details of its transfers to China.",
        "2025-01-30",
        [
            {"speaker": GARANTE, "contains": "at risk", "ends": "millions of Italians at risk"},
            {"speaker": DPC, "contains": "had written to the firm", "ends": "to the firm"},
        ],
        exact=True,
    ),
    case(
        "a-firm-no-list-holds-described-in-an-aside-is-the-subject",
        "Veltaris, a leading provider of managed hosting in the Nordics, today announced that "
        "it will offer the R1 model to business clients.\n\n"
        "Orbitel Labs, a small Lisbon AI startup, said on Monday it had dropped the model.",
        "2025-02-03",
        [
            {"speaker": {"Veltaris"}, "contains": "it will offer the R1", "cue": "announced"},
            {"speaker": {"Orbitel Labs"}, "contains": "it had dropped the model"},
        ],
        exact=True,
    ),
    case(
        "another-subjects-fact-in-the-simple-past-after-and-closes-a-statement",
        "Baidu said it would spend 10 billion yuan on data centres, and a Hangzhou fund raised "
        "800 million yuan for chip start-ups. Xiaomi said it had cut its prices, and its shares "
        "rose 3% on the news.",
        "2025-02-14",
        [
            {"speaker": {"Baidu"}, "contains": "10 billion yuan", "ends": "on data centres"},
            {"speaker": {"Xiaomi"}, "contains": "had cut its prices", "ends": "its prices"},
        ],
        exact=True,
    ),
    case(
        "a-figure-someone-else-confirmed-after-a-statement-is-the-writers",
        "Clara Chappaz said France would commit €109bn to AI infrastructure, a figure "
        "Emmanuel Macron later confirmed. Baidu said it would invest 5 billion yuan in chips, "
        "a sum the company did not break down.",
        "2025-02-10",
        [
            {"speaker": {"Clara Chappaz"}, "contains": "€109bn", "ends": "AI infrastructure"},
            {"speaker": {"Baidu"}, "contains": "5 billion yuan", "ends": "in chips"},
        ],
        exact=True,
    ),
    case(
        "a-hyphenated-surname-alone-names-the-person-introduced-before",
        "Abdulrahman Al-Mansouri, who heads cyber policy at the council, said the review had "
        "begun. Al-Mansouri added that staff had been told to wait. Later, Al-Mansouri said a "
        "decision was due in March.",
        "2025-02-12",
        [
            {"speaker": {"Abdulrahman Al-Mansouri"}, "contains": "the review had begun"},
            {"speaker": {"Abdulrahman Al-Mansouri"}, "contains": "staff had been told to wait"},
            {"speaker": {"Abdulrahman Al-Mansouri"}, "contains": "a decision was due in March"},
        ],
        exact=True,
    ),
    case(
        "according-to-between-dashes-interrupts-one-statement",
        "Aleid Wolfsen, the authority's chairman, urged caution. The chatbot — according to "
        "Wolfsen — sends typed text to servers in China. The app is unlawful - according to "
        "Italy's Garante. According to the Garante — which acted first — the company never "
        "replied.",
        "2025-02-03",
        [
            {
                "speaker": {"Aleid Wolfsen"},
                "starts": "The chatbot sends",
                "contains": "servers in China",
            },
            {"speaker": GARANTE, "contains": "The app is unlawful", "ends": "unlawful"},
            {"speaker": GARANTE, "starts": "the company", "contains": "never replied"},
        ],
        exact=True,
    ),
    # guard: a clause after ", and" with an auxiliary stays in the statement
    case(
        "a-clause-after-and-with-an-auxiliary-stays-in-the-statement",
        "Baidu said it would stop the trial, and the data collected would be deleted.",
        "2025-02-14",
        [{"speaker": {"Baidu"}, "contains": "would stop", "ends": "would be deleted"}],
        exact=True,
    ),
]


ROUND_NINETEEN_C_CDQ = [
    case(
        "a-figure-confirmed-later-by-another-is-the-writers-remark",
        "Clara Chappaz said France would put €109bn into AI infrastructure, a figure Emmanuel "
        "Macron confirmed later. Baidu said it would spend 5 billion yuan on chips, a sum "
        "confirmed later by the Chinese commerce ministry. Tencent said it would double its "
        "capital spending, a number analysts questioned.",
        "2025-02-10",
        [
            {"speaker": {"Clara Chappaz"}, "contains": "€109bn", "ends": "AI infrastructure"},
            {"speaker": {"Baidu"}, "contains": "5 billion yuan", "ends": "on chips"},
            {"speaker": {"Tencent"}, "contains": "double its", "ends": "capital spending"},
        ],
        exact=True,
    ),
    case(
        "a-short-sentence-closing-the-attributed-paragraph-is-the-same-speakers",
        "Nguyen Manh Hung, the information minister, spoke to lawmakers on Monday.\n\n"
        "\u201cWe have studied the app and we are worried,\u201d Nguyen said. \u201cWe will "
        "act.\u201d\n\nThe app remains on sale.",
        "2025-02-11",
        [
            {
                "speaker": {"Nguyen Manh Hung"},
                "starts": "We have studied",
                "contains": "we are worried",
                "quote": True,
            },
            {"speaker": {"Nguyen Manh Hung"}, "contains": "We will act", "quote": True},
        ],
        exact=True,
    ),
    case(
        "an-attribution-between-dashes-joins-the-two-halves-of-a-quotation",
        "Nguyen Manh Hung, the information minister, spoke to lawmakers on Monday.\n\n"
        "\u201cThis application\u201d \u2014 Nguyen said \u2014 \u201ccannot be trusted "
        "with our citizens\u2019 data.\u201d",
        "2025-02-11",
        [
            {
                "speaker": {"Nguyen Manh Hung"},
                "starts": "This application cannot",
                "contains": "citizens",
                "quote": True,
            },
        ],
        exact=True,
    ),
    case(
        "a-capitalised-defined-term-speaks-for-the-body-named-before",
        "Halvorsen Cloud ASA (\"Halvorsen\" or \"the Company\") published its annual report on "
        "Tuesday. Many of its clients now run DeepSeek-R1 on its servers.\n\nThe Company said "
        "it had paused a planned price rise for GPU rental.\n\n"
        "The Ministry of Digital Affairs issued Notice No. 4 on Friday. The Ministry stated "
        "in an explanatory note that user data was stored on servers in China.",
        "2025-03-04",
        [
            {"speaker": {"Halvorsen Cloud", "Halvorsen"}, "contains": "paused a planned"},
            {
                "speaker": {"Ministry of Digital Affairs"},
                "contains": "user data was stored",
                "cue": "stated",
            },
        ],
        exact=True,
    ),
    case(
        "disclosed-with-a-that-clause-is-a-statement",
        "Corvane Systems disclosed in a regulatory filing on Tuesday that it had taken the R1 "
        "model off its federal cloud. Oracle disclosed that it had begun testing the model.\n\n"
        "Corvane disclosed its quarterly revenue in the same filing.",
        "2025-02-13",
        [
            {
                "speaker": {"Corvane Systems", "Corvane"},
                "starts": "it had taken",
                "contains": "federal cloud",
                "cue": "disclosed",
                "date": "2025-02-11",
            },
            {"speaker": {"Oracle"}, "starts": "it had begun", "contains": "testing the model"},
        ],
        exact=True,
    ),
]


# Round twenty (cdq): documents named again, court rulings, deadlines.
ROUND_TWENTY_CDQ = [
    case(
        "a-statement-read-out-for-someone-speaks-for-them-when-named-again",
        "In a statement read by his deputy, Digital Minister Arjun Mehta said the review would "
        "take weeks. \u201cNo app is above our data law,\u201d the statement said.",
        "2025-02-12",
        [
            {"speaker": {"Arjun Mehta"}, "contains": "the review would take weeks"},
            {"speaker": {"Arjun Mehta"}, "contains": "No app is above", "quote": True},
        ],
        exact=True,
    ),
    case(
        "a-letter-named-again-speaks-for-its-sender-not-its-addressee",
        "Senator Mark Warner sent a letter to the Commerce Department on Monday. The letter said "
        "the chatbot put federal networks at risk.",
        "2025-02-12",
        [{"speaker": {"Mark Warner"}, "contains": "put federal networks at risk"}],
        exact=True,
    ),
    case(
        "an-email-from-an-unnamed-sender-is-not-the-last-bodys",
        "The Senate commerce committee held a hearing on Tuesday.\n\n"
        "In an email to students, a university's IT director said the app would be wiped from "
        "campus laptops. The email said staff had until April 30 to remove it.",
        "2025-02-12",
        [],
        exact=True,
    ),
    case(
        "alleged-or-alleges-that-states-a-charge",
        "OpenAI alleged that the Chinese lab had distilled its models without permission. "
        "Microsoft alleges that the start-up broke its terms of service. The alleged breach has "
        "not been proven, and DeepSeek was alleged to have copied code.",
        "2025-02-12",
        [
            {
                "speaker": {"OpenAI"},
                "starts": "the Chinese lab",
                "contains": "distilled its models",
                "cue": "alleged",
            },
            {"speaker": {"Microsoft"}, "starts": "the start-up", "contains": "terms of service"},
        ],
        exact=True,
    ),
    case(
        "and-said-after-a-that-clause-is-the-reporter-again-not-the-clauses-subject",
        "OpenAI said on Wednesday that DeepSeek had distilled its models, and added that it was "
        "reviewing the evidence. Italy's Garante said Kakao had answered its questions, but "
        "warned that the review would go on.",
        "2025-02-12",
        [
            {"speaker": {"OpenAI"}, "contains": "DeepSeek had distilled its models"},
            {"speaker": {"OpenAI"}, "contains": "it was reviewing the evidence", "cue": "added"},
            {"speaker": GARANTE, "contains": "Kakao had answered its questions"},
            {"speaker": GARANTE, "contains": "the review would go on", "cue": "warned"},
        ],
        exact=True,
    ),
    case(
        "a-ruling-named-again-speaks-for-the-judge-or-court-not-the-agency",
        "A federal judge declined on Friday to halt the Commerce Department's removal order. "
        "U.S. District Judge Maria Delgado wrote that the agency had acted within its powers. "
        "The ruling said the contractors could refile in March.\n\n"
        "The Seoul Administrative Court upheld the suspension. Its judgment said the transfers "
        "to China had broken the law.",
        "2025-03-21",
        [
            {"speaker": {"Maria Delgado"}, "contains": "acted within its powers"},
            {"speaker": {"Maria Delgado"}, "contains": "could refile in March"},
            {"speaker": {"Seoul Administrative Court"}, "contains": "had broken the law"},
        ],
        exact=True,
    ),
    case(
        "the-judge-named-again-is-the-judge-introduced-before",
        "U.S. District Judge Maria Delgado declined to halt the removal order. In her opinion, "
        "the judge wrote that the contractors had not shown any harm.",
        "2025-03-21",
        [{"speaker": {"Maria Delgado"}, "starts": "the contractors", "contains": "any harm"}],
        exact=True,
    ),
    case(
        "when-asked-about-after-a-statement-is-not-its-text",
        "Lin Jian said the restrictions were political when asked about them at a briefing. "
        "Ko Hak-soo said the review was almost done when asked by reporters on Monday. Tencent "
        "said it would share user data when asked by the authorities.",
        "2025-02-12",
        [
            {"speaker": {"Lin Jian"}, "contains": "political", "ends": "were political"},
            {"speaker": {"Ko Hak-soo"}, "contains": "almost done", "ends": "almost done"},
            {"speaker": {"Tencent"}, "ends": "when asked by the authorities", "contains": "share"},
        ],
        exact=True,
    ),
    case(
        "an-adverb-in-ly-between-said-and-that-is-not-the-text",
        "Japan's Digital Agency said jointly with the police that ministries should avoid the "
        "app. Tencent said privately that the chatbot was useful. Naver said officially on "
        "Monday that it had dropped the model. Samsung said supply in Korea was short.",
        "2025-02-12",
        [
            {"speaker": {"Digital Agency"}, "starts": "ministries should", "contains": "avoid"},
            {"speaker": {"Tencent"}, "starts": "the chatbot", "contains": "was useful"},
            {
                "speaker": {"Naver"},
                "starts": "it had dropped",
                "contains": "the model",
                "date": "2025-02-10",
            },
            {"speaker": {"Samsung", "Samsung Electronics"}, "starts": "supply", "contains": "short"},
        ],
        exact=True,
    ),
]

ROUND_TWENTY_B_CDQ = [
    case(
        "a-question-cut-from-the-statement-still-dates-it",
        "Lin Jian said the restrictions were political when asked about them on Monday. Ko "
        "Hak-soo said the review was almost done, when asked at a briefing on Feb. 4.",
        "2025-02-12",
        [
            {"speaker": {"Lin Jian"}, "contains": "political", "ends": "were political", "date": "2025-02-10"},
            {"speaker": {"Ko Hak-soo"}, "contains": "the review", "ends": "almost done", "date": "2025-02-04"},
        ],
        exact=True,
    ),
    case(
        "a-complaint-named-again-speaks-for-whoever-filed-it",
        "The Electronic Privacy Information Center filed a complaint with the FTC on Monday. The "
        "complaint alleges that the app sends keystrokes to servers in China.\n\n"
        "Jane Alvarez, a lawyer in Austin, sued DeepSeek in March. The lawsuit says the chatbot "
        "stored her chats without consent.",
        "2025-04-12",
        [
            {
                "speaker": {"Electronic Privacy Information Center"},
                "starts": "the app sends",
                "contains": "keystrokes",
            },
            {"speaker": {"Jane Alvarez"}, "starts": "the chatbot stored", "contains": "consent"},
        ],
        exact=True,
    ),
    case(
        "a-call-records-title-case-labels-name-new-speakers",
        "Operator: Welcome to the fourth-quarter call of Kestrel Digital.\n\n"
        "Peter Han: Revenue rose 12% to 280.2 billion yuan in the quarter.\n\n"
        "Operator: The next question comes from Morgan Stanley.\n\n"
        "Alice Tan: Thanks for taking my question. How much came from the switch to new "
        "models?\n\n"
        "Peter Han: Inference costs per query fell by more than half.",
        "2025-03-20",
        [
            {"speaker": {"Peter Han"}, "contains": "Revenue rose 12%", "quote": True},
            {"speaker": {"Peter Han"}, "contains": "fell by more than half", "quote": True},
        ],
        exact=True,
    ),
    case(  # guard
        "two-title-case-labels-are-no-record",
        "Breaking News: Italy blocks the app.\n\nEditor Note: this story was updated.",
        "2025-03-20",
        [],
        exact=True,
    ),
    case(
        "the-company-after-the-developers-model-names-is-the-company-that-spoke",
        "Brightdesk, a Berlin software maker, said it had moved its support bot to DeepSeek-V3. "
        "Customer data never leaves Germany, the company said.\n\n"
        "Geely said on Monday that its cars would run DeepSeek-R1. The company said the "
        "assistant would answer in Mandarin.",
        "2025-02-25",
        [
            {"speaker": {"Brightdesk"}, "starts": "it had moved", "contains": "support bot"},
            {"speaker": {"Brightdesk"}, "starts": "Customer data", "contains": "never leaves"},
            {"speaker": {"Geely"}, "starts": "its cars", "contains": "run DeepSeek-R1"},
            {"speaker": {"Geely"}, "starts": "the assistant", "contains": "Mandarin"},
        ],
        exact=True,
    ),
    case(  # guard
        "the-company-after-the-developer-named-plainly-is-the-developer",
        "Brightdesk said it had tried several models. DeepSeek released DeepSeek-V3 in "
        "December. The company said the model cost $5.6 million to train.",
        "2025-02-25",
        [
            {"speaker": {"Brightdesk"}, "contains": "tried several models"},
            {"speaker": {"DeepSeek"}, "starts": "the model cost", "contains": "to train"},
        ],
        exact=True,
    ),
    case(
        "a-parliamentary-records-labels-name-the-member-in-or-before-the-brackets",
        "MPs debated the app on Wednesday.\n\n"
        "The Minister for Digital Affairs (Priya Nair): Officials are reviewing the app with the "
        "cyber centre, and guidance will follow within days.\n\n"
        "Dr Owen Hale (Bexhill and Battle): Does the Minister accept that every prompt may reach "
        "Beijing?\n\n"
        "Mrs Alison Drake (Ely): The Government has had weeks. Other countries acted.\n\n"
        "Priya Nair: Nobody should put sensitive data into any such service.",
        "2025-02-13",
        [
            {"speaker": {"Priya Nair"}, "contains": "Officials are reviewing", "quote": True},
            {"speaker": {"Alison Drake"}, "contains": "has had weeks", "quote": True},
            {"speaker": {"Priya Nair"}, "contains": "Nobody should put", "quote": True},
        ],
        exact=True,
    ),
    case(  # guard
        "a-label-with-brackets-that-names-no-member-is-a-labelled-quotation",
        "Regulators spoke out.\n\n"
        "Ko Hak-soo, chairman of the PIPC (South Korea): \u201cWe will review the app closely.\u201d"
        "\n\nRevenue (Q4 2024): 280 billion yuan",
        "2025-02-13",
        [{"speaker": {"Ko Hak-soo"}, "contains": "review the app closely", "quote": True}],
        exact=True,
    ),
    case(  # guard
        "a-complaint-with-no-filer-named-is-not-the-defendants",
        "Microsoft faces scrutiny in Europe.\n\nThe complaint says the company shared user "
        "data with its partners.",
        "2025-04-12",
        [],
        exact=True,
    ),
]


ROUND_TWENTY_C_CDQ = [
    case(
        "a-hosts-greeting-that-only-names-the-topic-asserts-nothing",
        "HOST (Dana Ruiz): Good evening. Tonight we're looking at how regulators in Asia "
        "responded to the chatbot.\n\n"
        "GUEST (Ian Moss): Seoul moved first. Its watchdog paused downloads within weeks.",
        "2025-03-02",
        [{"speaker": {"Ian Moss"}, "contains": "Seoul moved first", "quote": True}],
        exact=True,
    ),
    case(
        "an-epigraph-speaks-for-the-source-after-its-dash",
        "\u201cSending personal data to a country with no adequate protection is unlawful.\u201d "
        "\u2014 Tomas Berg, a privacy lawyer in Oslo\n\n"
        "Consumer groups filed complaints against the chatbot in several countries.",
        "2025-02-20",
        [{"speaker": {"Tomas Berg"}, "contains": "is unlawful", "quote": True}],
        exact=True,
    ),
    case(
        "the-company-after-an-unlisted-firms-report-is-that-firm",
        "Veltrix reported on Tuesday that its quarterly revenue doubled as clients ran DeepSeek "
        "models on its servers.\n\nThe company said demand for inference had tripled.",
        "2025-03-07",
        [
            {"speaker": {"Veltrix"}, "contains": "revenue doubled"},
            {"speaker": {"Veltrix"}, "starts": "demand for inference", "contains": "tripled"},
        ],
        exact=True,
    ),
    case(
        "the-report-named-again-is-the-author-a-relative-clause-named",
        "Posts say the model cost less than US rivals spend.\n\nThe number comes from a "
        "technical report DeepSeek published in May. The report said the model had been "
        "trained on 2,048 chips.",
        "2025-06-02",
        [{"speaker": {"DeepSeek"}, "starts": "the model had been", "contains": "2,048 chips"}],
        exact=True,
    ),
]


ROUND_TWENTY_ONE_CDQ = [
    case(
        "a-paper-named-again-speaks-for-whoever-published-it",
        "Researchers at Zhipu AI published a paper in Science on Thursday. The paper said the "
        "model had cost $3 million to train.\n\n"
        "A Fudan University team put out a paper in January. The paper, which was peer reviewed, "
        "said the chatbot copied answers from rivals.",
        "2025-09-20",
        [
            {"speaker": {"Zhipu AI"}, "starts": "the model had cost", "contains": "to train"},
            {"speaker": {"Fudan University"}, "starts": "the chatbot", "contains": "from rivals"},
        ],
        exact=True,
    ),
    case(  # guard: a paper no one was said to publish is not the body named last
        "a-paper-with-no-publisher-named-is-not-the-last-bodys",
        "Japan's Digital Agency updated its guidance. The paper said ministries had been told "
        "to avoid the app.",
        "2025-02-20",
        [],
        exact=True,
    ),
    case(
        "a-studys-author-after-a-comma-or-after-whom-it-asked",
        "Taiwan's digital ministry acted first. The study, by researchers at Cisco, found that "
        "the model failed every jailbreak test. A survey of 1,200 companies by Teikoku Databank "
        "found that a fifth had tried the chatbot. A poll among 2,000 adults by YouGov found that "
        "most Britons backed a ban.",
        "2025-02-20",
        [
            {"speaker": {"Cisco"}, "starts": "the model failed", "contains": "jailbreak"},
            {"speaker": {"Teikoku Databank"}, "starts": "a fifth", "contains": "the chatbot"},
            {"speaker": {"YouGov"}, "starts": "most Britons", "contains": "a ban"},
        ],
        exact=True,
    ),
    case(
        "a-pollsters-name-before-the-poll-is-its-source",
        "Google pulled the app in March. A YouGov survey of 1,980 adults, carried out in late "
        "April, found that 41% backed a ban. In Chile, a Cadem poll of 1,001 people found that "
        "a third had used the chatbot.",
        "2025-05-12",
        [
            {"speaker": {"YouGov"}, "starts": "41% backed", "contains": "a ban"},
            {"speaker": {"Cadem"}, "starts": "a third", "contains": "used the chatbot"},
        ],
        exact=True,
    ),
    case(
        "a-letter-by-counted-unnamed-authors-is-not-the-last-bodys",
        "Apple removed the app from its store. An open letter released on Monday by 300 "
        "scientists said the bans would slow research. A letter signed by dozens of lawmakers "
        "said the removal came too late.",
        "2025-05-12",
        [],
        exact=True,
    ),
    case(
        "another-subjects-fact-after-while-or-whereas-closes-a-statement",
        "Colombia's ICT ministry said it had set aside 90 billion pesos for cloud services, while "
        "a state bank in Peru approved 400 million soles in loans. Huawei said it would train "
        "10,000 engineers, whereas a Beijing fund raised 3 billion yuan.",
        "2025-05-12",
        [
            {
                "speaker": {"ICT ministry", "Ministry of Information and Communications Technologies"},
                "contains": "90 billion pesos",
                "ends": "for cloud services",
            },
            {"speaker": {"Huawei"}, "contains": "10,000 engineers", "ends": "engineers"},
        ],
        exact=True,
    ),
    case(
        "neither-nor-before-a-reporting-verb-says-nothing",
        "Italy's Garante opened an inquiry. Neither the Garante nor the company's Hangzhou office "
        "replied to questions on Friday. Neither Apple nor Google said whether they would pull "
        "the app. Microsoft, which neither confirmed nor denied the report, said it was "
        "reviewing the model.",
        "2025-02-14",
        [{"speaker": {"Microsoft"}, "starts": "it was reviewing", "contains": "the model"}],
        exact=True,
    ),
    case(
        "a-lawyer-for-a-body-speaks-for-it-one-in-a-place-for-no-one",
        "Texas sued the developer in March. Lawyers for DeepSeek said in a motion to dismiss that "
        "the court had no jurisdiction. A data-privacy lawyer in Tucson said the case was weak.\n\n"
        "Users in Busan filed a suit against the app's Korean unit, their lawyer said.",
        "2025-05-02",
        [{"speaker": {"DeepSeek"}, "starts": "the court had", "contains": "no jurisdiction"}],
        exact=True,
    ),
]


# Round twenty-one, second pass (cdq): a one-word firm whose name ends in a vowel and "s"; a
# transcript labelled by title and surname, or by office, as the White House prints one.
ROUND_TWENTY_ONE_B_CDQ = [
    case(
        "a-one-word-firm-ending-in-a-vowel-and-s-speaks",
        "Ipsos said a third of the adults it polled had tried a Chinese chatbot. A poll by "
        "Ipsos found that most of them distrusted it.",
        "2025-03-02",
        [
            {"speaker": {"Ipsos"}, "starts": "a third of the adults", "contains": "chatbot"},
            {"speaker": {"Ipsos"}, "starts": "most of them", "contains": "distrusted"},
        ],
        exact=True,
    ),
    case(  # guard: a plural that opens a sentence is no firm
        "a-plural-at-a-sentences-start-is-still-no-firm",
        "Democrats said the ban came too late. Parents said their children used the app.",
        "2025-03-02",
        [],
        exact=True,
    ),
    case(
        "a-transcripts-labels-by-title-and-surname-or-by-office",
        "President Donald Trump took questions on the Chinese app on Monday.\n\n"
        "MS. KAVANAGH: We are looking at the security implications of the app right now.\n\n"
        "Q: Will it be banned on federal phones?\n\n"
        "SECRETARY HALVERSEN: The app sends data to servers in China, and that worries us.\n\n"
        "THE PRESIDENT: It should be a wake-up call for our companies.",
        "2025-01-28",
        [
            {"speaker": {"Kavanagh"}, "starts": "We are looking", "contains": "right now"},
            {"speaker": {"Halversen"}, "starts": "The app sends data", "contains": "worries us"},
            {"speaker": {"Donald Trump"}, "starts": "It should be", "contains": "wake-up call"},
        ],
        exact=True,
    ),
    case(
        "a-chairs-move-to-the-next-item-asserts-nothing",
        "The committee questioned the digital minister on Wednesday.\n\n"
        "ANNA BERGSTROM: The ban covers every agency and every state school.\n\n"
        "OLAF NYGARD: Thank you. We will now move to the next item on the agenda.",
        "2025-02-05",
        [{"speaker": {"Anna Bergstrom"}, "starts": "The ban covers", "contains": "school"}],
        exact=True,
    ),
    case(  # guard: one such label is a heading, not a turn
        "one-label-by-title-is-no-transcript",
        "Lawmakers debated the app on Monday.\n\n"
        "MR. SPEAKER: The chamber will now turn to the amendment on foreign apps.",
        "2025-01-28",
        [],
        exact=True,
    ),
]


ROUND_TWENTY_ONE_C_CDQ = [
    case(
        "a-transcripts-label-by-a-legislators-title-and-surname",
        "The digital affairs committee questioned the ministry about the Chinese app on "
        "Thursday.\n\n"
        "LEGISLATOR WU: The ban came too late. Agencies used the app for weeks.\n\n"
        "MINISTER KAO: We acted as soon as the risk review was finished.\n\n"
        "LEGISLATOR WU: Then the review took far too long.",
        "2025-02-20",
        [
            {"speaker": {"Wu"}, "starts": "The ban came too late", "contains": "for weeks"},
            {"speaker": {"Kao"}, "starts": "We acted", "contains": "review was finished"},
            {"speaker": {"Wu"}, "starts": "Then the review", "contains": "too long"},
        ],
        exact=True,
    ),
    case(
        "an-official-at-a-bodys-headquarters-in-a-city-speaks-for-the-body",
        "NATO has told its civilian staff not to install the Chinese chatbot on work "
        "phones. \"The risk to our networks is simply too high,\" an official at the "
        "alliance's headquarters in Brussels said on Friday.",
        "2025-03-07",
        [{"speaker": {"North Atlantic Treaty Organization", "NATO"}, "contains": "too high"}],
        exact=True,
    ),
    case(  # guard: a ministry's offices in a city: the ministry, as before
        "an-official-at-a-ministrys-offices-in-a-city-speaks-for-the-ministry",
        "Japan's Ministry of Economy, Trade and Industry has told staff to avoid the Chinese "
        "chatbot. \"We have seen no leaks so far,\" an official at the ministry's offices in "
        "Tokyo said.",
        "2025-03-07",
        [{"speaker": {"Ministry of Economy, Trade and Industry"}, "contains": "no leaks"}],
        exact=True,
    ),
    case(
        "a-countrys-cabinet-chief-speaks-for-the-country",
        "Peru's cabinet chief said on Tuesday that ministries would stop using the Chinese "
        "chatbot until a review was done. \"We have to know where the data goes,\" Chile's "
        "cabinet chief told reporters.",
        "2025-02-18",
        [
            {"speaker": {"Peru"}, "starts": "ministries would stop", "contains": "review"},
            {"speaker": {"Chile"}, "contains": "where the data goes"},
        ],
        exact=True,
    ),
]


ROUND_TWENTY_TWO_CDQ = [
    case(
        "r22-c-an-unresolved-reports-second-verb-is-not-the-reported-subjects",
        "A staff report released on Wednesday by a congressional panel alleged that DeepSeek "
        "had funnelled the data of American users to China and said the company had likely "
        "relied on tens of thousands of restricted chips. DeepSeek said in a statement that "
        "it complied with all applicable laws.",
        "2025-04-17",
        [{"speaker": {"DeepSeek"}, "cue": "said", "contains": "applicable laws"}],
        exact=True,
    ),
    case(
        "r22-c-an-unresolved-bodys-added-clause-is-not-the-companys",
        "The regulator's office said DeepSeek had ignored two written requests for "
        "information and added that a fine of up to 4% of turnover was now likely.",
        "2025-03-11",
        [],
        exact=True,
    ),
    case(  # guard: a named reporter's second verb is still the reporter's
        "r22-c-a-named-reporters-added-clause-stays-the-reporters",
        "The Ministry of Digital Affairs said DeepSeek had ignored two written requests for "
        "information and added that a fine was now likely.",
        "2025-03-11",
        [
            {"speaker": {"Ministry of Digital Affairs"}, "cue": "said", "contains": "ignored"},
            {"speaker": {"Ministry of Digital Affairs"}, "cue": "added", "contains": "a fine"},
        ],
        exact=True,
    ),
    case(
        "r22-c-a-translations-source-between-said-and-that-is-not-the-statement",
        "Foreign ministry spokesperson Guo Jiakun said, according to a translation provided "
        "by the ministry, that Beijing had never asked companies to collect data unlawfully.",
        "2025-02-07",
        [
            {
                "speaker": {"Guo Jiakun"},
                "cue": "said",
                "starts": "Beijing had never asked",
                "contains": "unlawfully",
            }
        ],
        exact=True,
    ),
    case(
        "r22-c-remarks-translated-by-an-agency-between-said-and-that",
        "Trade minister Ahn Duk-geun said, in remarks translated by Yonhap, that staff "
        "should not use unverified chatbots on office computers.",
        "2025-02-06",
        [{"speaker": {"Ahn Duk-geun"}, "starts": "staff should not use", "contains": "office"}],
        exact=True,
    ),
    case(
        "r22-c-a-statements-translation-source-before-that",
        "The Cyberspace Administration of China said in a statement, according to a "
        "translation by state media, that the labelling rules would protect users.",
        "2025-03-20",
        [
            {
                "speaker": {"Cyberspace Administration of China", "CAC"},
                "cue": "said",
                "starts": "the labelling rules",
                "contains": "protect users",
            }
        ],
        exact=True,
    ),
    case(
        "r22-c-an-agency-that-relays-a-spokespersons-words-states-nothing-of-its-own",
        "Spokesperson Mao Ning said on Monday, according to Xinhua, that China opposed "
        "turning trade and technology into political issues.",
        "2025-02-10",
        [{"speaker": {"Mao Ning"}, "cue": "said", "starts": "China opposed", "contains": "trade"}],
        exact=True,
    ),
    case(
        "r22-c-a-fronted-time-before-he-with-no-comma",
        "Microsoft chief executive Satya Nadella welcomed the cheaper model on a call with "
        "analysts on Wednesday. Hours later he wrote on LinkedIn that cheaper AI would mean "
        "far more of it would be used.",
        "2025-01-30",
        [{"speaker": {"Satya Nadella"}, "cue": "wrote", "contains": "far more of it"}],
        exact=True,
    ),
    case(
        "r22-c-a-fronted-weekday-before-she-then-a-colon-quotation",
        "Berlin's data protection commissioner Meike Kamp asked Apple and Google to review "
        "the app. On Friday she posted on Bluesky: \"We have given the company every chance "
        "to comply.\"",
        "2025-06-30",
        [
            {
                "speaker": {"Meike Kamp"},
                "quote": True,
                "cue": "posted",
                "contains": "every chance",
            }
        ],
        exact=True,
    ),
    case(
        "r22-c-some-of-those-polled-are-no-body-named-before",
        "The Dutch privacy authority said on Friday that it would investigate the Chinese "
        "chatbot. A trade group's survey polled 212 employers, and only 31 said they had "
        "blocked Chinese AI tools at work.",
        "2025-02-14",
        [{"speaker": DUTCH_AP, "cue": "said", "contains": "investigate"}],
        exact=True,
    ),
    case(  # guard: the poll fronted, then its respondents: no one, as before
        "r22-c-most-of-those-polled-are-no-body-named-before",
        "Italy's Garante ordered the Chinese start-up to stop processing Italians' data. In a "
        "poll of 500 IT managers, most said they had already removed the app from work "
        "phones.",
        "2025-01-31",
        [],
        exact=True,
    ),
]

#: Round 22, second pass (claims, dates, quantities): the lead's probes and first-pass leftovers.
ROUND_TWENTY_TWO_B_CDQ = [
    case(
        "r22b-c-a-participles-own-finding-is-one-statement",
        "Seoul's Personal Information Protection Commission halted new downloads of the "
        "chatbot last month, saying it had concluded that the service passed user data to "
        "ByteDance without consent.",
        "2025-03-18",
        [
            {
                "speaker": {"Personal Information Protection Commission"},
                "cue": "saying",
                "contains": "passed user data",
                "starts": "it had concluded that",
            }
        ],
        exact=True,
    ),
    case(  # guard: a named third party's finding after a participle stays its own
        "r22b-c-a-named-finders-finding-stays-its-own",
        "Italy's Garante ordered the app blocked, saying Microsoft had found that the "
        "chatbot stored conversations on servers in China.",
        "2025-01-31",
        [
            {"speaker": {"Garante"}, "cue": "saying", "contains": "Microsoft had found"},
            {"speaker": {"Microsoft"}, "cue": "found", "contains": "the chatbot stored"},
        ],
        exact=True,
    ),
    case(
        "r22b-c-the-apps-privacy-policy-is-its-makers",
        "DeepSeek has not responded to requests for comment. On Tuesday, Australia's Home "
        "Affairs Department ordered the app off all government devices. The app's privacy "
        "policy says user data is stored on servers located in mainland China.",
        "2025-02-06",
        [{"speaker": {"DeepSeek"}, "cue": "says", "contains": "servers located in mainland"}],
        exact=True,
    ),
    case(
        "r22b-c-an-unnamed-apps-privacy-policy-is-no-regulators",
        "South Korea's Personal Information Protection Commission has opened a review of "
        "the app. The app's privacy policy states that conversations may be kept for as long "
        "as necessary.",
        "2025-02-06",
        [],
        exact=True,
    ),
    case(  # guard: a body's own privacy policy stays the body's
        "r22b-c-a-ministrys-privacy-policy-stays-the-ministrys",
        "Taiwan's Ministry of Digital Affairs banned DeepSeek on Friday. The ministry's "
        "privacy policy says that it keeps access logs for a year.",
        "2025-02-06",
        [{"speaker": {"Ministry of Digital Affairs"}, "cue": "says", "contains": "access logs"}],
        exact=True,
    ),
    case(
        "r22b-c-another-subjects-present-perfect-after-a-past-report-is-the-writers",
        "Not every carmaker is wary. Renault said it was trying out the open-weight model on "
        "servers in France, and Stellantis has built DeepSeek into the voice assistant of "
        "cars it sells in China.",
        "2025-03-06",
        [
            {
                "speaker": {"Renault"},
                "cue": "said",
                "contains": "it was trying out",
                "ends": "servers in France",
            }
        ],
        exact=True,
    ),
    case(  # guard: a present report keeps a present perfect of its own
        "r22b-c-a-present-reports-present-perfect-stays-in-it",
        "Renault says it is trying out the open-weight model on servers in France, and "
        "Stellantis has built DeepSeek into the voice assistant of its cars in China.",
        "2025-03-06",
        [{"speaker": {"Renault"}, "cue": "says", "contains": "Stellantis has built"}],
        exact=True,
    ),
]

#: Round 23 (claims, dates, quantities): long-form features, documents quoted in news, dates
#: and numbers as outlets write them.
ROUND_TWENTY_THREE_CDQ = [
    case(
        "r23-c-wrote-to-after-a-relative-clause-is-no-attribution",
        "Regulators elsewhere have moved more slowly. Ireland's Data Protection Commission, "
        "which has fined Meta a record 1.2 billion euros, wrote to the company last week.",
        "2025-02-04",
        [],
        exact=True,
    ),
    case(  # guard: a writer named after the verb still speaks
        "r23-c-wrote-then-a-named-writer-stays-an-attribution",
        "The app sends what users type to servers in China, wrote Marie Dubois, a privacy "
        "lawyer in Brussels.",
        "2025-02-04",
        [{"speaker": {"Marie Dubois"}, "cue": "wrote", "contains": "servers in China"}],
        exact=True,
    ),
    case(
        "r23-c-inverted-speaker-with-a-relative-clause",
        "Most of the phones had picked up the app over the weekend, said Dana Whitfield, who "
        "has run the agency's IT security team since 2021, in an email.",
        "2025-02-09",
        [
            {
                "speaker": {"Dana Whitfield"},
                "cue": "said",
                "contains": "picked up the app",
                "ends": "over the weekend",
            }
        ],
        exact=True,
    ),
    case(
        "r23-c-named-speaker-with-a-relative-clause-before-the-verb",
        "Nobody was feeding it cabinet papers, Dana Whitfield, who heads the agency's IT "
        "security team, told reporters on Monday.",
        "2025-02-09",
        [
            {
                "speaker": {"Dana Whitfield"},
                "cue": "told",
                "contains": "cabinet papers",
                "date": "2025-02-03",
            }
        ],
        exact=True,
    ),
    case(  # guard: a clause reported after ", said" keeps its relative clause
        "r23-c-said-then-a-clause-with-a-relative-clause-names-no-one",
        "South Korea's privacy regulator paused downloads on Monday, said DeepSeek had "
        "failed to disclose its data transfers, which the company denies.",
        "2025-02-19",
        [
            {
                "speaker": PIPC,
                "cue": "said",
                "contains": "failed to disclose",
                "ends": "its data transfers",
            }
        ],
        exact=True,
    ),
    case(
        "r23-c-plural-present-after-people-of-a-named-body",
        "Analysts at Morgan Stanley estimate that Chinese internet companies will spend "
        "between 10 and 15 per cent more on AI infrastructure this year.",
        "2025-02-20",
        [
            {
                "speaker": {"Morgan Stanley"},
                "cue": "estimate",
                "contains": "between 10 and 15 per cent",
            }
        ],
        exact=True,
    ),
    case(
        "r23-c-plural-present-after-officials-of-a-named-body",
        "Officials at the Digital Agency say that ministries were asked to hold off on the "
        "chatbot until its data handling is clearer.",
        "2025-02-07",
        [{"speaker": {"Digital Agency"}, "cue": "say", "contains": "ministries were asked"}],
    ),
    case(  # guard: people in a place are no body's voice
        "r23-c-plural-present-after-people-in-a-place-names-no-one",
        "Analysts in Seoul say that the suspension of new downloads will hold for months.",
        "2025-02-20",
        [],
        exact=True,
    ),
    case(
        "r23-c-a-dated-documents-date-before-more-of-its-appositive",
        "The memo, dated Jan. 30 and sent by the Defense Information Systems Agency, says "
        "the chatbot was reachable from some unclassified networks until Jan. 28.",
        "2025-02-12",
        [
            {
                "speaker": {"Defense Information Systems Agency"},
                "cue": "says",
                "contains": "reachable from some unclassified networks",
                "date": "2025-01-30",
            }
        ],
        exact=True,
    ),
    case(
        "r23-c-trailing-attribution-before-a-dash-aside",
        "Home Affairs Minister Tony Burke defended the order. Agencies had removed the app "
        "from every work phone, Burke said — though two departments have yet to confirm it.",
        "2025-02-12",
        [
            {
                "speaker": {"Tony Burke"},
                "cue": "said",
                "contains": "removed the app",
                "ends": "every work phone",
            }
        ],
        exact=True,
    ),
]


ROUND_TWENTY_THREE_LEX = [
    case(
        "r23-l-a-birthplace-is-no-speaker",
        "Singapore-born venture investor Mei Ling Tan, who sits on the board of two Berlin "
        "start-ups, called the ban symbolic and said most of her portfolio companies had "
        "already restricted the chatbot.",
        "2025-02-14",
        # (the gazetteer found "Singapore" in "Singapore-born", and the country spoke)
        [{"speaker": {"Mei Ling Tan"}, "contains": "portfolio companies"}],
    ),
]

ROUND_TWENTY_FOUR_CDQ = [
    case(
        "r24-c-and-a-new-subject-said-after-a-partial-quote",
        "In a poll of 1,500 adults for the newspaper, 18% said they had heard \"a fair amount\" about "
        "DeepSeek, and one in eight said they had tried the chatbot themselves.",
        "2025-02-05",
        # (the quotation went to DeepSeek, named inside the clause that ran on after it)
        [],
        exact=True,
    ),
    case(
        "r24-c-and-a-named-speaker-after-a-partial-quote-speaks-for-himself",
        'Senator Aaron Pike called the chatbot "a data vacuum" during the hearing, and Chen '
        "Liwei, the company's policy adviser, said its servers met every local rule.",
        "2025-03-12",
        # (the quotation went to the second speaker, whose own statement was lost)
        [
            {"speaker": {"Aaron Pike"}, "cue": "called", "contains": "a data vacuum"},
            {"speaker": {"Chen Liwei"}, "cue": "said", "contains": "its servers met every"},
        ],
        exact=True,
    ),
    case(  # guard: a named speaker right after the quotation still speaks it
        "r24-c-speaker-right-after-a-quote-keeps-it",
        '"We are looking at every option," Chen Liwei, the company\'s policy adviser, said on '
        "Tuesday.",
        "2025-03-12",
        [{"speaker": {"Chen Liwei"}, "cue": "said", "contains": "every option"}],
        exact=True,
    ),
    case(
        "r24-c-numbered-points-with-an-aside-attribution",
        "Italy's privacy regulator, the Garante, set out its reasons in a short note. First, "
        "the Garante said, the companies behind the app had never disclosed what data they "
        "gather. "
        "Second, it said, they gave no account of where that data is kept.",
        "2025-01-31",
        # (an ordinal before the aside was no opener, and both statements were lost)
        [
            {"speaker": GARANTE, "cue": "said", "contains": "never disclosed what data"},
            {"speaker": GARANTE, "cue": "said", "contains": "no account of where that data"},
        ],
    ),
    case(
        "r24-c-connective-before-an-aside-attribution",
        "The Dutch regulator said the chatbot had not answered its letters. Moreover, the "
        "Autoriteit Persoonsgegevens said, the firm had not named a representative in the EU.",
        "2025-02-03",
        # (the statement was 'Moreover')
        [
            {"speaker": DUTCH_AP, "cue": "said", "contains": "had not answered its letters"},
            {"speaker": DUTCH_AP, "cue": "said", "contains": "had not named a representative"},
        ],
        exact=True,
    ),
    case(
        "r24-c-it-after-a-decision-is-the-decisions-author",
        "South Korea's Personal Information Protection Commission published its ruling on "
        "DeepSeek on Thursday.\n\nThe decision, nine pages long, lists three failings. First, it "
        "says, the app sent what users typed to a cloud server run by another firm.",
        "2025-04-25",
        # (the numbered point went to DeepSeek, named before)
        [{"speaker": PIPC, "cue": "says", "contains": "sent what users typed"}],
        exact=True,
    ),
    case(
        "r24-c-testified-that-with-nothing-between",
        "At the hearing, Marcus Reyes, the agency's chief information officer, testified that "
        "no employee had been allowed to install the chatbot on a work phone.",
        "2025-03-20",
        # (only "testified before the committee that" was read; the plain form was lost)
        [{"speaker": {"Marcus Reyes"}, "cue": "testified", "contains": "no employee had been"}],
        exact=True,
    ),
    case(  # guard: testimony's length is no statement
        "r24-c-testified-for-hours-is-no-claim",
        "Marcus Reyes, the agency's chief information officer, testified for three hours on "
        "Thursday.",
        "2025-03-20",
        [],
        exact=True,
    ),
    case(
        "r24-c-adding-after-an-unresolved-subject-is-not-the-developers",
        "The ministry suspended DeepSeek on all hospital computers on Friday, adding "
        "that patient records must never be typed into foreign chatbots.",
        "2025-02-08",
        # (the unresolved subject's participle went to DeepSeek, its object)
        [],
        exact=True,
    ),
    case(  # guard: the developer as the subject still speaks through its participle
        "r24-c-adding-after-the-developer-as-subject-stays",
        "DeepSeek paused new registrations on Monday, saying its servers had come under heavy "
        "attack from abroad.",
        "2025-01-28",
        [{"speaker": {"DeepSeek"}, "cue": "saying", "contains": "servers had come under"}],
        exact=True,
    ),
    case(
        "r24-c-the-company-after-a-list-of-rivals",
        "Baidu said on Thursday it would make its Ernie chatbot free from April, a move aimed "
        "at rivals such as DeepSeek and Moonshot AI. Paying users will get a refund for March, "
        "the company said.",
        "2025-02-13",
        # (the company was the last example in the list of rivals)
        [
            {"speaker": {"Baidu"}, "cue": "said", "contains": "free from April"},
            {"speaker": {"Baidu"}, "cue": "said", "contains": "refund for March"},
        ],
        exact=True,
    ),
    case(  # guard: a company named in a list and then as a subject is the company again
        "r24-c-the-company-named-again-after-a-list",
        "Cloud providers such as Microsoft have added DeepSeek's R1 to their catalogues. "
        "Microsoft said the model had passed its safety review. It is open to every business "
        "customer, the company said.",
        "2025-01-30",
        [
            {"speaker": {"Microsoft"}, "cue": "said", "contains": "passed its safety review"},
            {"speaker": {"Microsoft"}, "cue": "said", "contains": "every business customer"},
        ],
        exact=True,
    ),
    case(
        "r24-c-a-filed-papers-appositive-before-that",
        "DeepSeek argued in its petition, filed with the court in May, that the corrective order "
        "was out of proportion to any harm.",
        "2025-09-03",
        # (the claim began at the appositive: 'filed with the court in May, that ...')
        [
            {
                "speaker": {"DeepSeek"},
                "cue": "argued",
                "contains": "out of proportion",
                "starts": "the corrective order",
            }
        ],
        exact=True,
    ),
    case(
        "r24-c-a-sent-letters-appositive-before-that",
        "Nvidia said in a letter, sent to the committee on Monday, that it had followed every "
        "export rule in its sales to China.",
        "2025-02-18",
        [
            {
                "speaker": {"Nvidia"},
                "cue": "said",
                "contains": "every export rule",
                "starts": "it had followed",
            }
        ],
        exact=True,
    ),
    case(
        "r24-c-according-to-a-survey-released-on-a-day-by-its-maker",
        "Nearly six in ten start-ups would move some AI work to cheaper Chinese models, "
        "according to a survey released on Friday by the industry group Nasscom.",
        "2025-03-21",
        # (the source stopped at " on Friday": "a survey released", no one)
        [{"speaker": {"Nasscom"}, "cue": "according to", "contains": "cheaper Chinese models"}],
        exact=True,
    ),
    case(  # guard: a release with no maker after its date names no one
        "r24-c-according-to-a-report-released-on-a-day-is-no-ones",
        "Downloads of the app fell by 40% in a week, according to a report released on Monday.",
        "2025-02-10",
        [],
        exact=True,
    ),
]



CASES = [
    *DIRECT_QUOTES,
    *MORE,
    *SINGLE_QUOTES,
    *NOT_CLAIMS,
    *PARTIAL_QUOTES,
    *REPORTED,
    *WIRE_PHRASINGS,
    *ROUND_TEN,
    *ROUND_ELEVEN,
    *ROUND_TWELVE,
    *ROUND_TWELVE_MINE,
    *ROUND_THIRTEEN_PROBES,
    *ROUND_THIRTEEN,
    *ROUND_FOURTEEN_CDQ,
    *ROUND_FIFTEEN_CDQ,
    *ROUND_FIFTEEN_MINE,
    *ROUND_FIFTEEN_B_CDQ,
    *ROUND_SIXTEEN_MINE,
    *ROUND_SEVENTEEN_MINE,
    *ROUND_EIGHTEEN_MINE,
    *ROUND_TWENTY_MINE,
    *ROUND_TWENTY_ONE_MINE,
    *ROUND_TWENTY_TWO_MINE,
    *ROUND_TWENTY_THREE_MINE,
    *ROUND_TWENTY_FOUR_MINE,
    *ROUND_SIXTEEN_CDQ,
    *ROUND_SIXTEEN_B_CDQ,
    *ROUND_SEVENTEEN_CDQ,
    *ROUND_SEVENTEEN_B_CDQ,
    *ROUND_EIGHTEEN_CDQ,
    *ROUND_EIGHTEEN_B_CDQ,
    *ROUND_NINETEEN_CDQ,
    *ROUND_NINETEEN_B_CDQ,
    *ROUND_NINETEEN_C_CDQ,
    *ROUND_TWENTY_CDQ,
    *ROUND_TWENTY_B_CDQ,
    *ROUND_TWENTY_C_CDQ,
    *ROUND_TWENTY_ONE_CDQ,
    *ROUND_TWENTY_ONE_B_CDQ,
    *ROUND_TWENTY_ONE_C_CDQ,
    *ROUND_TWENTY_TWO_CDQ,
    *ROUND_TWENTY_TWO_B_CDQ,
    *ROUND_TWENTY_THREE_CDQ,
    *ROUND_TWENTY_THREE_LEX,
    *ROUND_TWENTY_FOUR_CDQ,
]


# ---------------------------------------------------------------------------------------------
# matching
# ---------------------------------------------------------------------------------------------

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def norm_text(text: str) -> str:
    """Case-folded, straight quotes, single spaces."""
    return " ".join(text.translate(_QUOTES).casefold().split())


def norm_name(name: str) -> str:
    s = name.casefold().replace("&", " and ")
    s = re.sub(r"['\u2019`]", "", s)
    s = re.sub(r"[^\w\s]", " ", s)
    s = " ".join(s.split())
    return s.removeprefix("the ")


def speaker_matches(ex: Extraction, claim: Claim, names: set[str] | None) -> bool:
    if names is None:
        return claim.speaker is None
    if claim.speaker is None:
        return False
    actor = ex.actor(claim.speaker)
    wanted = {norm_name(n) for n in names}
    return any(norm_name(n) in wanted for n in (actor.name, *actor.aliases))


def _key_ok(ex: Extraction, claim: Claim, exp: Expected) -> bool:
    return speaker_matches(ex, claim, exp["speaker"]) and norm_text(exp["contains"]) in norm_text(
        claim.text
    )


def _has_quantity(claim: Claim, kind: str, value: float, unit: str) -> bool:
    return any(
        q.kind.value == kind and math.isclose(q.value, value, rel_tol=1e-9) and q.unit == unit
        for q in claim.quantities
    )


def _field_errors(claim: Claim, exp: Expected) -> list[str]:
    errors: list[str] = []
    if "quote" in exp and claim.quote != exp["quote"]:
        errors.append(f"quote {claim.quote!r} != {exp['quote']!r}")
    if "starts" in exp and not norm_text(claim.text).startswith(norm_text(exp["starts"])):
        errors.append(f"text {claim.text[:60]!r} does not start {exp['starts']!r}")
    if "ends" in exp and not norm_text(claim.text).endswith(norm_text(exp["ends"])):
        errors.append(f"text {claim.text[-60:]!r} does not end {exp['ends']!r}")
    if "cue" in exp and norm_text(exp["cue"]) not in norm_text(claim.cue):
        errors.append(f"cue {claim.cue!r} lacks {exp['cue']!r}")
    if "date" in exp:
        got = None if claim.date is None else claim.date.value
        if got != exp["date"]:
            errors.append(f"date {got!r} != {exp['date']!r}")
    for kind, value, unit in exp.get("quantities", ()):
        if not _has_quantity(claim, kind, value, unit):
            errors.append(f"quantities lack {kind} {value} {unit}")
    return errors


def describe(ex: Extraction, claim: Claim) -> str:
    speaker = "None" if claim.speaker is None else repr(ex.actor(claim.speaker).name)
    qs = [(q.kind.value, q.value, q.unit) for q in claim.quantities]
    date = None if claim.date is None else claim.date.value
    return (
        f"speaker={speaker} quote={claim.quote} cue={claim.cue!r} date={date} "
        f"quantities={qs} | {claim.text[:100]!r}"
    )


def match_claims(ex: Extraction, expected: Sequence[Expected], *, exact: bool) -> list[str]:
    produced = list(ex.claims)
    used: set[int] = set()
    assigned: set[int] = set()
    for i, exp in enumerate(expected):
        for j, claim in enumerate(produced):
            if j not in used and _key_ok(ex, claim, exp) and not _field_errors(claim, exp):
                assigned.add(i)
                used.add(j)
                break
    problems: list[str] = []
    for i, exp in enumerate(expected):
        if i in assigned:
            continue
        candidates = [j for j, c in enumerate(produced) if j not in used and _key_ok(ex, c, exp)]
        shown = {k: sorted(v) if isinstance(v, set) else v for k, v in exp.items()}
        if not candidates:
            problems.append(f"MISSING {shown}")
            continue
        best = min(candidates, key=lambda j: len(_field_errors(produced[j], exp)))
        used.add(best)
        errs = "; ".join(_field_errors(produced[best], exp))
        problems.append(f"WRONG {shown}: {errs}\n      got {describe(ex, produced[best])}")
    if exact:
        problems.extend(f"EXTRA {describe(ex, c)}" for j, c in enumerate(produced) if j not in used)
    return problems


# ---------------------------------------------------------------------------------------------
# tests
# ---------------------------------------------------------------------------------------------


def test_enough_cases() -> None:
    assert len(CASES) >= 80
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids)), "case ids must be unique"


@pytest.mark.parametrize(("text", "published", "expected", "exact"), CASES)
def test_claims(text: str, published: str, expected: list[Expected], exact: bool) -> None:
    ex = dp.extract(text, published=published)
    problems = match_claims(ex, expected, exact=exact)
    if problems:
        produced = "\n".join(f"  - {describe(ex, c)}" for c in ex.claims) or "  (none)"
        pytest.fail("\n".join(problems) + f"\nproduced claims:\n{produced}", pytrace=False)


def test_claim_evidence_covers_its_text() -> None:
    """A claim's evidence span lies in the document and holds the quotation it reports."""
    text = (
        f"{HEADLINE}\n\nHome Affairs Minister Tony Burke said on Tuesday the ban was needed. "
        "\u201cThe risks are simply too high,\u201d he said."
    )
    ex = dp.extract(text, published="2025-02-05")
    quotes = [c for c in ex.claims if c.quote]
    assert quotes, "the direct quotation is a claim"
    for claim in quotes:
        assert text[claim.evidence.start : claim.evidence.end] == claim.evidence.text
        assert norm_text("risks are simply too high") in norm_text(claim.evidence.text)


def test_claims_are_deterministic() -> None:
    text = f"{HEADLINE}\n\nDeepSeek claimed it trained V3 for less than $6 million."
    first = dp.extract(text, published="2025-01-28").to_dict()
    second = dp.extract(text, published="2025-01-28").to_dict()
    assert first["claims"] == second["claims"]
