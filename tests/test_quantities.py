"""Tests for :mod:`deepseek_policy.quantities`: every construction, every trap, and properties.

All sentences here are written for these tests; none is copied from an article.
"""

from __future__ import annotations

import random
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deepseek_policy.errors import InputTypeError
from deepseek_policy.model import Bound, Quantity, QuantityKind
from deepseek_policy.quantities import find_quantities, parse_quantity

M, P, D, C = "money", "percent", "duration", "count"
EX, AP, UN, OV = "exact", "approx", "under", "over"

Row = tuple[str, float, float | None, str, str]

CASES: list[tuple[str, list[Row]]] = [
    # --- money: dollars and other "$" currencies ---------------------------------------------
    ("The lab says training cost it $6 million.", [(M, 6e6, None, "USD", EX)]),
    ("Analysts put the bill at US$5.6m for the final run.", [(M, 5.6e6, None, "USD", EX)]),
    (
        "The clinic spent US$250,000 on two servers.",
        [(M, 250_000, None, "USD", EX), (C, 2, None, "server", EX)],
    ),
    ("Investors pumped 5 billion dollars into chip start-ups.", [(M, 5e9, None, "USD", EX)]),
    ("Output tokens now sell for $0.55 apiece in bulk.", [(M, 0.55, None, "USD", EX)]),
    ("An hour of compute will run users $1.16 after the subsidy.", [(M, 1.16, None, "USD", EX)]),
    ("Canberra earmarked A$2 billion for sovereign cloud work.", [(M, 2e9, None, "AUD", EX)]),
    (
        "Ottawa promised C$300 million over five years.",
        [(M, 3e8, None, "CAD", EX), (D, 5, None, "year", EX)],
    ),
    ("The Hong Kong fund has HK$10 billion to deploy.", [(M, 1e10, None, "HKD", EX)]),
    ("Taipei budgeted NT$12 billion for local models.", [(M, 1.2e10, None, "TWD", EX)]),
    ("Singapore set aside S$70 million for AI research.", [(M, 7e7, None, "SGD", EX)]),
    ("The deal is worth $2bn, people close to it said.", [(M, 2e9, None, "USD", EX)]),
    ("Revenue reached $1.5 trillion across the sector.", [(M, 1.5e12, None, "USD", EX)]),
    ("The startup raised $40k from angels.", [(M, 40_000, None, "USD", EX)]),
    ("Its valuation hit $3.4 tn on Friday.", [(M, 3.4e12, None, "USD", EX)]),
    ("A seat costs USD 25 a month.", [(M, 25, None, "USD", EX)]),
    # --- money: won, yuan, yen, euros, pounds, rupees ----------------------------------------
    ("The ministry will invest 2 trillion won in a computing hub.", [(M, 2e12, None, "KRW", EX)]),
    ("Seoul announced a 34 trillion-won fund for chipmakers.", [(M, 3.4e13, None, "KRW", EX)]),
    ("Building the model cost 7 billion won, the lab said.", [(M, 7e9, None, "KRW", EX)]),
    ("Rivals are pouring multitrillion won into data centres.", []),
    ("The pilot will cost 200 million KRW this year.", [(M, 2e8, None, "KRW", EX)]),
    ("A monthly plan costs ₩9,900 in Korea.", [(M, 9900, None, "KRW", EX)]),
    ("The hospital paid 1 million yuan for the system.", [(M, 1e6, None, "CNY", EX)]),
    ("The county reserved RMB 3 million for assistants.", [(M, 3e6, None, "CNY", EX)]),
    ("Each million output tokens costs 4 yuan off-peak.", [(M, 4, None, "CNY", EX)]),
    ("The platform charges 2 renminbi per query.", [(M, 2, None, "CNY", EX)]),
    ("The firm booked CNY 800 million in sales.", [(M, 8e8, None, "CNY", EX)]),
    ("Tokyo approved ¥1bn for the review.", [(M, 1e9, None, "JPY", EX)]),
    ("The bank lent 1 billion yen to the start-up.", [(M, 1e9, None, "JPY", EX)]),
    ("Brussels fined the firm €15 million last year.", [(M, 1.5e7, None, "EUR", EX)]),
    (
        "The grant is EUR 15m over three years.",
        [(M, 1.5e7, None, "EUR", EX), (D, 3, None, "year", EX)],
    ),
    ("The regulator can levy fines of 20 million euros.", [(M, 2e7, None, "EUR", EX)]),
    ("London pledged £2bn for compute.", [(M, 2e9, None, "GBP", EX)]),
    ("The contract is worth 40 million pounds.", [(M, 4e7, None, "GBP", EX)]),
    ("New Delhi approved Rs 10,000 crore for the mission.", [(M, 1e11, None, "INR", EX)]),
    ("The cabinet cleared 10,372 crore rupees for chips.", [(M, 1.0372e11, None, "INR", EX)]),
    ("Compute will cost 100 rupees an hour.", [(M, 100, None, "INR", EX)]),
    ("Each GPU hour is priced at ₹150 under the scheme.", [(M, 150, None, "INR", EX)]),
    ("The state set aside 5 lakh rupees for training.", [(M, 5e5, None, "INR", EX)]),
    # --- money: bounds ------------------------------------------------------------------------
    ("The model was trained for under $6 million.", [(M, 6e6, None, "USD", UN)]),
    ("Each model costs less than 10 billion won to build.", [(M, 1e10, None, "KRW", UN)]),
    ("Matching it would cost approximately 100 billion won.", [(M, 1e11, None, "KRW", AP)]),
    ("The sell-off wiped roughly $589 billion off the chipmaker.", [(M, 5.89e11, None, "USD", AP)]),
    ("The firm saved up to 1 million yuan on hardware.", [(M, 1e6, None, "CNY", UN)]),
    ("The fund holds more than $100 million.", [(M, 1e8, None, "USD", OV)]),
    ("Bids came in at around $3 billion.", [(M, 3e9, None, "USD", AP)]),
    ("Cloud bills fell to about 1.8 million yuan.", [(M, 1.8e6, None, "CNY", AP)]),
    ("Spending was nearly $600 billion this year.", [(M, 6e11, None, "USD", AP)]),
    ("The fine may reach no more than €5 million.", [(M, 5e6, None, "EUR", UN)]),
    ("Startups raised at least $2 billion in the quarter.", [(M, 2e9, None, "USD", OV)]),
    ("The stake is worth upwards of $50 million.", [(M, 5e7, None, "USD", OV)]),
    ("Hosting costs ~$2 an hour.", [(M, 2, None, "USD", AP)]),
    ("Capital spending will be an estimated $80 billion.", [(M, 8e10, None, "USD", AP)]),
    # --- money: conversions in parentheses ----------------------------------------------------
    (
        "Seoul will build a hub for 2 trillion won ($1.4 billion).",
        [(M, 2e12, None, "KRW", EX), (M, 1.4e9, None, "USD", EX)],
    ),
    (
        "A firm saved 1 million yuan (approximately 200 million KRW) with it.",
        [(M, 1e6, None, "CNY", EX), (M, 2e8, None, "KRW", AP)],
    ),
    (
        "Off-peak output costs 4 yuan (about $0.55), down from 16 yuan.",
        [(M, 4, None, "CNY", EX), (M, 0.55, None, "USD", AP), (M, 16, None, "CNY", EX)],
    ),
    (
        "The cabinet approved 10,372 crore rupees (roughly $1.25 billion) in March.",
        [(M, 1.0372e11, None, "INR", EX), (M, 1.25e9, None, "USD", AP)],
    ),
    (
        "The fund is 34 trillion won, or about $23.4 billion.",
        [(M, 3.4e13, None, "KRW", EX), (M, 2.34e10, None, "USD", AP)],
    ),
    # --- money: ranges -----------------------------------------------------------------------
    ("The round could raise $1-2 billion.", [(M, 1e9, 2e9, "USD", EX)]),
    ("Estimates run from $1 billion to $2 billion.", [(M, 1e9, 2e9, "USD", EX)]),
    ("Bids were between $3 million and $5 million.", [(M, 3e6, 5e6, "USD", EX)]),
    (
        "The price fell from 16 yuan to 4 yuan.",
        [(M, 16, None, "CNY", EX), (M, 4, None, "CNY", EX)],
    ),
    # after a verb of change, "A to B" with a unit on each is the change and the level it
    # reached: two amounts, not a range; "from A to B" after such a verb too
    (
        "The chipmaker's value dropped $420 billion to $3.1 trillion.",
        [(M, 4.2e11, None, "USD", EX), (M, 3.1e12, None, "USD", EX)],
    ),
    (
        "Its worth slid by $75bn to $1.8tn on Friday.",
        [(M, 7.5e10, None, "USD", EX), (M, 1.8e12, None, "USD", EX)],
    ),
    (
        "Sales climbed 35% to $4 billion.",
        [(P, 35, None, "percent", EX), (M, 4e9, None, "USD", EX)],
    ),
    (
        "Cloud revenue grew from $3 billion to $5 billion.",
        [(M, 3e9, None, "USD", EX), (M, 5e9, None, "USD", EX)],
    ),
    (
        "The share of users rose from 12 to 30 percent.",
        [(P, 12, None, "percent", EX), (P, 30, None, "percent", EX)],
    ),
    (
        "Its market worth fell about $300 billion to roughly $2.5 trillion.",
        [(M, 3e11, None, "USD", AP), (M, 2.5e12, None, "USD", AP)],
    ),
    # guards: real ranges stay ranges, a verb of change or not
    (
        "Shares of Kingsoft Cloud rose 10% to 15% in Hong Kong.",
        [(P, 10, 15, "percent", EX)],
    ),  # a share price is no percentage: a range
    ("Its share price fell 5% to 8% on the day.", [(P, 5, 8, "percent", EX)]),
    (
        "Its market share rose 2% to 15%.",
        [(P, 2, None, "percent", EX), (P, 15, None, "percent", EX)],
    ),  # a rate's change, then its level
    ("Analysts see $70 billion to $80 billion in spending.", [(M, 7e10, 8e10, "USD", EX)]),
    ("Prices fell 40 to 60 percent overnight.", [(P, 40, 60, "percent", EX)]),
    ("Adoption rose between 15 and 25 percent.", [(P, 15, 25, "percent", EX)]),
    ("The bill is put at 70-75 billion dollars.", [(M, 7e10, 7.5e10, "USD", EX)]),
    ("The lab hopes to raise $2 billion to $3 billion.", [(M, 2e9, 3e9, "USD", EX)]),
    # --- percent ---------------------------------------------------------------------------
    ("Training costs dropped by 50% on the new cluster.", [(P, 50, None, "percent", EX)]),
    ("Review time shrank 30 percent after the rollout.", [(P, 30, None, "percent", EX)]),
    ("Its shares jumped 4.5 per cent on Tuesday.", [(P, 4.5, None, "percent", EX)]),
    ("Night-time calls are discounted by up to 75%.", [(P, 75, None, "percent", UN)]),
    ("The chipmaker's stock slid about 17% on Monday.", [(P, 17, None, "percent", AP)]),
    ("Drafting now takes about 60 per cent less time.", [(P, 60, None, "percent", AP)]),
    ("Margins improved by more than 10 percent.", [(P, 10, None, "percent", OV)]),
    ("A 40% subsidy will apply.", [(P, 40, None, "percent", EX)]),
    ("Usage grew 10-15% a month.", [(P, 10, 15, "percent", EX)]),
    ("Prices were cut by 50 to 75 percent overnight.", [(P, 50, 75, "percent", EX)]),
    ("Some 40% of the staff use chatbots.", [(P, 40, None, "percent", AP)]),
    ("The index rose 2.5 percentage points.", [(P, 2.5, None, "percent", EX)]),
    (
        "The benchmark score was 79.8% versus o1's 79.2%.",
        [(P, 79.8, None, "percent", EX), (P, 79.2, None, "percent", EX)],
    ),
    ("Only half price applies at night.", []),
    ("The state took a 20pc stake.", [(P, 20, None, "percent", EX)]),
    ("It owns a 10-percent share.", [(P, 10, None, "percent", EX)]),
    # --- durations ---------------------------------------------------------------------------
    ("The watchdog gave the company 20 days to reply.", [(D, 20, None, "day", EX)]),
    ("Firms could use the data for up to three years.", [(D, 3, None, "year", UN)]),
    ("Checking a page took about 4 to 5 minutes.", [(D, 4, 5, "minute", AP)]),
    ("A foundation model could be ready in eight to 10 months.", [(D, 8, 10, "month", EX)]),
    ("The discount applies during an eight-hour window.", [(D, 8, None, "hour", EX)]),
    ("The model took off two months ago.", [(D, 2, None, "month", EX)]),
    ("Staff were connected for at least two days.", [(D, 2, None, "day", OV)]),
    ("The company was set up roughly 20 months ago.", [(D, 20, None, "month", AP)]),
    ("The app was barred almost two years ago.", [(D, 2, None, "year", AP)]),
    (
        "Two weeks ago, three ministries acted.",
        [(D, 2, None, "week", EX), (C, 3, None, "ministry", EX)],
    ),
    ("Four days later, the agency followed suit.", [(D, 4, None, "day", EX)]),
    ("The outage lasted 90 seconds.", [(D, 90, None, "second", EX)]),
    ("The ban will run for six months.", [(D, 6, None, "month", EX)]),
    ("Officials have 30 working days to decide.", [(D, 30, None, "day", EX)]),
    ("It offers a 30-day free trial.", [(D, 30, None, "day", EX)]),
    ("Engineers worked 72 hours straight.", [(D, 72, None, "hour", EX)]),
    ("The review should finish within two or three weeks.", [(D, 2, 3, "week", EX)]),
    ("Access was cut for more than 48 hours.", [(D, 48, None, "hour", OV)]),
    ("The inquiry may last twenty-five days.", [(D, 25, None, "day", EX)]),
    ("Violators face up to 2 years in prison.", [(D, 2, None, "year", UN)]),
    ("The project spanned two decades.", [(D, 20, None, "year", EX)]),
    ("A response arrived 10 or so minutes later.", [(D, 10, None, "minute", AP)]),
    ("The three-year ban begins in April.", [(D, 3, None, "year", EX)]),
    ("Responses now arrive in under 3 seconds.", [(D, 3, None, "second", UN)]),
    # a bare "over" before a duration says across which time, not "more than"; after "for",
    # "lasted", "took" and the like, or before "ago", it is "more than"
    (
        "The state will spend $2 billion over six years.",
        [(M, 2e9, None, "USD", EX), (D, 6, None, "year", EX)],
    ),
    (
        "Funding of €40 million over the coming two years was agreed.",
        [(M, 4e7, None, "EUR", EX), (D, 2, None, "year", EX)],
    ),
    ("Talks were held over three days in Geneva.", [(D, 3, None, "day", EX)]),
    ("The blackout lasted over four hours.", [(D, 4, None, "hour", OV)]),
    ("The rule has applied for over two years.", [(D, 2, None, "year", OV)]),
    ("The lab opened over five years ago.", [(D, 5, None, "year", OV)]),
    ("The audit took over three months.", [(D, 3, None, "month", OV)]),
    ("The trial ran just over 40 days.", [(D, 40, None, "day", OV)]),
    ("The service now has over 3 million subscribers.", [(C, 3e6, None, "subscriber", OV)]),
    # --- counts --------------------------------------------------------------------------
    ("The lab would need around 2,000 H200 GPUs.", [(C, 2000, None, "GPU", AP)]),
    ("It proofread 1,000 Chinese characters in seconds.", [(C, 1000, None, "character", EX)]),
    ("The ministry alerted 17 regional governments.", [(C, 17, None, "government", EX)]),
    ("Researchers can use 18,693 graphics processors.", [(C, 18693, None, "processor", EX)]),
    # currencies of wire reports from Turkey, Kazakhstan, South Africa, Malaysia, Denmark,
    # Brazil and Vietnam
    ("The watchdog fined it 2.5 million Turkish liras.", [(M, 2.5e6, None, "TRY", EX)]),
    ("A fine of 10 million tenge was set.", [(M, 1e7, None, "KZT", EX)]),
    ("The regulator may charge 5 million rand.", [(M, 5e6, None, "ZAR", EX)]),
    ("The ministry set aside RM1 million for the review.", [(M, 1e6, None, "MYR", EX)]),
    ("It cost 3 million Danish kroner.", [(M, 3e6, None, "DKK", EX)]),
    ("Serpro will spend 50 million reais.", [(M, 5e7, None, "BRL", EX)]),
    ("The fine was 3 billion dong.", [(M, 3e9, None, "VND", EX)]),
    # currencies of Africa, the Gulf, Latin America and South Asia, by sign, code and name
    ("Manila's agency has P2.5 billion for cloud work.", [(M, 2.5e9, None, "PHP", EX)]),
    ("Abuja budgeted N4.2 billion for data centres.", [(M, 4.2e9, None, "NGN", EX)]),
    ("The lender wrote off ₦900 million.", [(M, 9e8, None, "NGN", EX)]),
    ("A fine of 30 billion naira was imposed.", [(M, 3e10, None, "NGN", EX)]),
    ("The levy raised NGN 75 million.", [(M, 7.5e7, None, "NGN", EX)]),
    ("Treasury ring-fenced R3.4 billion for digital skills.", [(M, 3.4e9, None, "ZAR", EX)]),
    ("A licence costs R25,000 a year.", [(M, 25_000, None, "ZAR", EX)]),
    ("The telecom group spent R450m on towers.", [(M, 4.5e8, None, "ZAR", EX)]),
    ("Kenya's budget has KSh4.5 billion for AI.", [(M, 4.5e9, None, "KES", EX)]),
    ("Safaricom put Ksh 2.1 billion into it.", [(M, 2.1e9, None, "KES", EX)]),
    ("The county spent Sh750 million on tablets.", [(M, 7.5e8, None, "KES", EX)]),
    ("The fund holds KES 80 million.", [(M, 8e7, None, "KES", EX)]),
    ("The emirate pledged Dh3 billion to research.", [(M, 3e9, None, "AED", EX)]),
    ("A Dubai start-up raised Dhs45 million.", [(M, 4.5e7, None, "AED", EX)]),
    ("Riyadh allotted SR8 billion to compute.", [(M, 8e9, None, "SAR", EX)]),
    (
        "Doha earmarked QR2.5 billion and QAR 40 million more.",
        [(M, 2.5e9, None, "QAR", EX), (M, 4e7, None, "QAR", EX)],
    ),
    ("Cairo set aside EGP3 billion for training.", [(M, 3e9, None, "EGP", EX)]),
    ("The ministry spent E£600 million on servers.", [(M, 6e8, None, "EGP", EX)]),
    ("The contract is worth LE1.8 billion.", [(M, 1.8e9, None, "EGP", EX)]),
    ("Jerusalem approved NIS 25 million for the pilot.", [(M, 2.5e7, None, "ILS", EX)]),
    ("Accra committed GH¢2 billion to connectivity.", [(M, 2e9, None, "GHS", EX)]),
    ("The bank lent 600 million cedis to the hub.", [(M, 6e8, None, "GHS", EX)]),
    ("The province paid ARS 3.5 billion for licences.", [(M, 3.5e9, None, "ARS", EX)]),
    ("The agency got CLP 900 million this year.", [(M, 9e8, None, "CLP", EX)]),
    ("Thai banks spent Bt4 billion on chatbots.", [(M, 4e9, None, "THB", EX)]),
    ("Dhaka allocated Tk500 crore for the portal.", [(M, 5e9, None, "BDT", EX)]),
    ("Beijing's fund holds Rmb250bn for chips.", [(M, 2.5e11, None, "CNY", EX)]),
    ("Its cloud arm earned RMB12bn last year.", [(M, 1.2e10, None, "CNY", EX)]),
    # a currency named with its country's adjective; a bare peso or shilling is money whose
    # currency the text does not name (ISO 4217's XXX), not a count of coins
    ("Nairobi fined the firm 40 million Kenyan shillings.", [(M, 4e7, None, "KES", EX)]),
    ("The deal is worth 90 million Qatari riyals.", [(M, 9e7, None, "QAR", EX)]),
    ("The tender was 70 million Saudi riyals.", [(M, 7e7, None, "SAR", EX)]),
    ("The tablets cost 12 million Egyptian pounds.", [(M, 1.2e7, None, "EGP", EX)]),
    ("The province paid 800 million Argentine pesos.", [(M, 8e8, None, "ARS", EX)]),
    ("Santiago spent 300 million Chilean pesos.", [(M, 3e8, None, "CLP", EX)]),
    ("The contract was worth 200 million pesos.", [(M, 2e8, None, "XXX", EX)]),
    ("The regulator charged 5 billion shillings.", [(M, 5e9, None, "XXX", EX)]),  # guard
    ("The city paid 8 million Namibian dollars.", [(M, 8e6, None, "NAD", EX)]),
    # a name one country made common ("rupees", "Rs", "kroner", "crowns", "kr"): the currency
    # of the one country among its users the sentence names, else that common one
    ("Pakistan set aside Rs 5 billion for AI training.", [(M, 5e9, None, "PKR", EX)]),
    ("Nepal's IT ministry allocated Rs 40 crore.", [(M, 4e8, None, "NPR", EX)]),
    ("Colombo will spend 2 billion rupees on the cloud.", [(M, 2e9, None, "LKR", EX)]),
    ("India's fund of Rs 500 crore dwarfs Pakistan's.", [(M, 5e9, None, "INR", EX)]),  # guard
    ("Compute will cost 100 rupees an hour.", [(M, 100, None, "INR", EX)]),  # guard
    ("Norway's data authority fined the firm 2 million kroner.", [(M, 2e6, None, "NOK", EX)]),
    ("The Copenhagen agency spent 40 million kroner.", [(M, 4e7, None, "DKK", EX)]),  # guard
    ("Oslo's wealth fund lost 500 billion crowns in a day.", [(M, 5e11, None, "NOK", EX)]),
    ("Sweden's regulator fined the bank 12 million crowns.", [(M, 1.2e7, None, "SEK", EX)]),
    ("Prague will spend 2 billion crowns on AI.", [(M, 2e9, None, "CZK", EX)]),  # guard
    ("The ministry set aside 300 million Norwegian crowns.", [(M, 3e8, None, "NOK", EX)]),
    ("The Danish agency charged 5 million kr for the licence.", [(M, 5e6, None, "DKK", EX)]),
    ("The fine was 3 million kr.", [(M, 3e6, None, "XXX", EX)]),
    # a bare crore or lakh amount is money: the rupee (or taka) of the country named
    (
        "The cabinet approved 10,372 crore for the IndiaAI mission.",
        [(M, 1.0372e11, None, "INR", EX)],
    ),
    ("Dhaka allocated 500 crore for AI labs in Bangladesh.", [(M, 5e9, None, "BDT", EX)]),
    ("Pakistan set aside 50 lakh for training.", [(M, 5e6, None, "PKR", EX)]),
    ("The ICT Division set aside Tk 200 crore.", [(M, 2e9, None, "BDT", EX)]),
    ("Tk500 was paid.", [(M, 500, None, "BDT", EX)]),  # guard: glued, any amount
    ("The app has 1.4 crore users.", [(C, 1.4e7, None, "user", EX)]),  # guard
    ("India has a population of 140 crore.", []),  # guard
    # the sign "¥" is the yuan's too: the country named decides, the yen where none is
    ("Beijing will invest ¥10 billion in AI.", [(M, 1e10, None, "CNY", EX)]),
    ("China's Baidu spent ¥2 billion on chips.", [(M, 2e9, None, "CNY", EX)]),
    ("Tokyo will spend ¥1 trillion.", [(M, 1e12, None, "JPY", EX)]),  # guard
    ("SoftBank lost ¥600 billion.", [(M, 6e11, None, "JPY", EX)]),  # guard: none named
    ("It spent JP¥5 billion.", [(M, 5e9, None, "JPY", EX)]),  # guard
    # none named anywhere: the one of them the text writes by its own name ("yuan", "yen")
    (
        "Alibaba cut its price to ¥1 per million tokens. Its rivals charge about 2 yuan.",
        [(M, 1, None, "CNY", EX), (M, 2, None, "CNY", AP)],
    ),
    (
        "Sakura Internet charges ¥5,000 a month. Rivals ask 8,000 yen.",
        [(M, 5000, None, "JPY", EX), (M, 8000, None, "JPY", EX)],
    ),  # guard
    (
        "The board approved 500 crore for chips, or about 60 million Pakistani rupees a year.",
        [(M, 5e9, None, "PKR", EX), (M, 6e7, None, "PKR", AP)],
    ),  # guard: its own sentence names the country
    # the Korean papers' "W" glued to a large amount
    ("Seoul set aside W1.2 trillion for AI chips.", [(M, 1.2e12, None, "KRW", EX)]),
    ("The fee is W10,000 a month.", [(M, 1e4, None, "KRW", EX)]),
    ("The W3 model was released.", []),  # guard: a small number is a product
    # with none named in its sentence, the one such country the opening names
    (
        "OSLO (Nordic Wire) - Norway's data authority fined Meta again. In 2023 it fined the "
        "firm 1 million kroner a day.",
        [(M, 1e6, None, "NOK", EX)],
    ),
    (
        "KARACHI - Pakistan's IT ministry unveiled an AI policy on Monday. The plan sets aside "
        "Rs 30 billion for training.",
        [(M, 3e10, None, "PKR", EX)],
    ),
    (
        "NEW DELHI - India and Pakistan both weighed rules. The plan sets aside Rs 300 crore.",
        [(M, 3e9, None, "INR", EX)],
    ),  # guard: two named, the common one
    # Malaysian and Indian house style: "bil" and "mil" glued to the number
    ("Putrajaya set aside RM2.5bil for the cloud.", [(M, 2.5e9, None, "MYR", EX)]),
    ("The state spent RM450mil on laptops.", [(M, 4.5e8, None, "MYR", EX)]),
    (
        "Rs 2,500 crore and Rs 40 lakh were cleared.",
        [(M, 2.5e10, None, "INR", EX), (M, 4e6, None, "INR", EX)],
    ),
    # guards: a letter before a small number is a model, a product or a law, not money
    ("The R1 model and R1-0528 trail R2 on maths.", []),
    ("Its R1 1.5-billion-parameter distillation is open.", []),
    ("Nurses wore N95 masks and P100 filters.", []),
    ("The NIS 2 directive covers cloud providers.", []),
    ("The COP 28 summit discussed AI.", []),
    # "downloaded N times" counts downloads; "a five-alarm fire" grades, it does not count
    ("The app was downloaded 1.2 million times.", [(C, 1.2e6, None, "download", EX)]),
    # a range of times done: the verb stands before the low end
    (
        "The app has been downloaded between 5 and 6 million times.",
        [(C, 5e6, 6e6, "download", EX)],
    ),
    ("The app was installed 5 to 6 million times.", [(C, 5e6, 6e6, "install", EX)]),
    ("The clip was viewed 2-3 million times.", [(C, 2e6, 3e6, "view", EX)]),
    ("It was called a five-alarm fire by one lawmaker.", []),
    # an acronym in brackets whose letters are the phrase's initials names the unit
    ("The lab runs 10,000 graphics processing units (GPUs).", [(C, 10000, None, "GPU", EX)]),
    ("It compared 40 large language models (LLMs) in all.", [(C, 40, None, "LLM", EX)]),
    ("Police seized 3 delivery vans (Reuters) on Monday.", [(C, 3, None, "van", EX)]),
    (
        "A filter now runs on about 5,500 computers used by staff.",
        [(C, 5500, None, "computer", AP)],
    ),
    ("At least six developers can build a model.", [(C, 6, None, "developer", OV)]),
    ("Letters went out to 47 governors.", [(C, 47, None, "governor", EX)]),
    ("More than 100 hospitals have adopted it.", [(C, 100, None, "hospital", OV)]),
    ("The bank serves roughly 17 million customers.", [(C, 1.7e7, None, "customer", AP)]),
    ("One server with eight GPUs can host it.", [(C, 8, None, "GPU", EX)]),
    ("It can emit up to 3,872 tokens per second.", [(C, 3872, None, "token", UN)]),
    ("Experts drew up about 300 such subjects.", [(C, 300, None, "subject", AP)]),
    ("The team gathered 40,000 prompts for retraining.", [(C, 40000, None, "prompt", EX)]),
    ("Lawmakers in at least a dozen other states agree.", [(C, 12, None, "state", OV)]),
    ("The lab released a 32-billion-parameter model.", [(C, 3.2e10, None, "parameter", EX)]),
    ("A 1.5-billion-parameter model ships first.", [(C, 1.5e9, None, "parameter", EX)]),
    (
        "The small versions range from 1.5 billion to 70 billion parameters.",
        [(C, 1.5e9, 7e10, "parameter", EX)],
    ),
    (
        "The state will wipe the app from state-issued phones; a scan found it on 312 of them.",
        [(C, 312, None, "phone", EX)],
    ),
    ("Regulators in 51 countries are watching.", [(C, 51, None, "country", EX)]),
    ("The startup employs fewer than 200 people.", [(C, 200, None, "person", UN)]),
    ("Around 1.2 billion people use the app.", [(C, 1.2e9, None, "person", AP)]),
    (
        "The firm has 160 employees in two cities.",
        [(C, 160, None, "employee", EX), (C, 2, None, "city", EX)],
    ),
    ("The hub has 3 data centres.", [(C, 3, None, "centre", EX)]),
    ("A 12-member panel will review it.", [(C, 12, None, "member", EX)]),
    ("It trained on 14.8 trillion tokens.", [(C, 1.48e13, None, "token", EX)]),
    ("The app has 100+ integrations.", [(C, 100, None, "integration", OV)]),
    ("It has 200-plus partners.", [(C, 200, None, "partner", OV)]),
    ("Bills were filed in 50 or more states.", [(C, 50, None, "state", OV)]),
    ("Thirty-two agencies have complied.", [(C, 32, None, "agency", EX)]),
    (
        "The census counted 1,300 agencies and 700,000 soldiers.",
        [(C, 1300, None, "agency", EX), (C, 700_000, None, "soldier", EX)],
    ),
    ("The company said it bought 10,000 A100s in 2021.", [(C, 10_000, None, "A100", EX)]),
    ("Some 300 firms signed up.", [(C, 300, None, "firm", AP)]),
    ("Nearly 2 million public servants are covered.", [(C, 2e6, None, "servant", AP)]),
    (
        "Two of the three carriers declined to comment.",
        [(C, 2, None, "carrier", EX), (C, 3, None, "carrier", EX)],
    ),
    ("The survey covered 1,000 adults.", [(C, 1000, None, "adult", EX)]),
    (
        "The lab counts 30 researchers and 4 women engineers.",
        [(C, 30, None, "researcher", EX), (C, 4, None, "engineer", EX)],
    ),
    ("Between 2 and 3 million users signed up.", [(C, 2e6, 3e6, "user", EX)]),
    ("The program trains 500 staff a year.", [(C, 500, None, "staff", EX)]),
    ("Half a dozen ministries have issued notices.", [(C, 6, None, "ministry", EX)]),
    ("The cluster links 2,048 H800 GPUs.", [(C, 2048, None, "GPU", EX)]),
    ("The summit drew 3 Korean telecom carriers.", [(C, 3, None, "carrier", EX)]),
    ("The state's 20,000 employees got the notice.", [(C, 20_000, None, "employee", EX)]),
    # the counted noun before the number, as the subject of a verb of reaching; passing a
    # level ("topped", "surpassed") is "more than" it
    (
        "The number of Brazilian subscribers reached 3.5 million.",
        [(C, 3.5e6, None, "subscriber", EX)],
    ),
    ("Installs surpassed 20 million in a week.", [(C, 2e7, None, "install", OV)]),
    ("Downloads of the chatbot topped 8 million.", [(C, 8e6, None, "download", OV)]),
    ("Its weekly users have now hit about 15 million.", [(C, 1.5e7, None, "user", AP)]),
    ("Registrations stood at 42,000 by Friday.", [(C, 42_000, None, "registration", EX)]),
    ("The number of complaints rose to 250 last month.", [(C, 250, None, "complaint", EX)]),
    # guards: a small number, a year, money or a score is no count of the subject
    ("Scores hit 87 on the new benchmark.", []),
    ("Revenues reached 4 million last year.", []),
    ("Bookings topped 2019, the airline said.", []),
    ("Its shares rose to 1,450 in Tokyo.", []),
    # a part of a counted whole counts what the whole counts; "one of the" names a member
    (
        "Inspectors checked about 60 of the nearly 9,000 terminals.",
        [(C, 60, None, "terminal", AP), (C, 9000, None, "terminal", AP)],
    ),
    (
        "Seven of its 21 ministries have complied.",
        [(C, 7, None, "ministry", EX), (C, 21, None, "ministry", EX)],
    ),
    ("One of the 16 regional offices objected.", [(C, 16, None, "office", EX)]),
    ("Only 5 of the 20 percent was spent.", [(P, 20, None, "percent", EX)]),
    # --- mixed sentences ---------------------------------------------------------------------
    (
        "It used 2,048 GPUs over 57 days for about $5.58 million.",
        [(C, 2048, None, "GPU", EX), (D, 57, None, "day", EX), (M, 5.58e6, None, "USD", AP)],
    ),
    (
        "The budget includes 1.5 trillion won for AI, 40% more than last year.",
        [(M, 1.5e12, None, "KRW", EX), (P, 40, None, "percent", EX)],
    ),
    (
        "The fine is 4% of turnover or €20 million, whichever is higher.",
        [(P, 4, None, "percent", EX), (M, 2e7, None, "EUR", EX)],
    ),
    (
        "The deadline is 72 hours, and fines reach 50 million won.",
        [(D, 72, None, "hour", EX), (M, 5e7, None, "KRW", EX)],
    ),
    (
        "Revenue rose 20% to 1.2 billion euros.",
        [(P, 20, None, "percent", EX), (M, 1.2e9, None, "EUR", EX)],
    ),
    # --- traps: model and product names ------------------------------------------------------
    ("OpenAI's GPT-3 and GPT-4o were the benchmarks.", []),
    ("Nvidia's H200 and H800 chips, and the HGX H200 system, sold out.", []),
    ("LG's Exaone 3.5 and Alibaba's Qwen2.5-Max were compared with V3 and R1.", []),
    ("Perplexity released R1 1776, a retrained version.", []),
    ("OpenAI's o3 model leads, with Janus Pro close behind.", []),
    ("Copilot runs on Snapdragon X chips under Windows 11.", []),
    ("The app was preinstalled on the iPhone 16.", []),
    ("Windows 11 laptops and iPhone 16 users will get it.", []),
    ("The S&P 500 closed higher, and Fortune 500 companies took note.", []),
    ("The G7 met after COVID-19 and during the rise of Web 3.0.", []),
    ("Top 10 apps were reviewed.", []),
    ("The Llama 3.1 model is open.", []),
    # --- traps: dates, times, numbering ------------------------------------------------------
    ("The photo was taken Jan. 28, 2025, in Seoul.", []),
    ("The centre was set up in 2023 with Huawei.", []),
    ("The release is dated 2025-01-28 in the changelog.", []),
    ("The daily reported it on the 17th.", []),
    ("The notice went out on 6 February and again on March 3.", []),
    ("Letters went out on March 3 to 47 governors.", [(C, 47, None, "governor", EX)]),
    ("Service stopped at 6:00 p.m. local time (9:00 GMT).", []),
    ("Discounts run from 00:30 to 08:30 in Beijing.", []),
    ("The help desk is staffed 24/7.", []),
    ("Call 555-123-4567 for details.", []),
    ("Section 230 and Executive Order 46 were cited, as was Article 5.", []),
    ("The app ranked No. 1 in the store.", []),
    ("Version 2.5 and the v2 API remain available.", []),
    ("Since 2019 regulators have tightened the rules.", []),
    ("The lawmakers met on Feb. 6 following the launch.", []),
    ("The 17th of May was the deadline.", []),
    ("The poll found 3 in 10 users had tried it.", []),
    ("The vote was 410-2 in favour.", []),
    ("The policy (0/250) form was blank.", []),
    # --- traps: vague or non-numbers ------------------------------------------------------
    ("One of the officials said one LLM is enough.", []),
    ("Hundreds of firms and dozens of agencies reacted.", []),
    ("Several ministries and a few states, and many firms, acted.", []),
    ("A day later the company followed.", []),
    ("The two-thirds majority held, as did the three-way deal.", []),
    ("The 10-fold jump surprised analysts.", []),
    ("The Two Sessions opened in Beijing.", []),
    ("It is 20 to 50 times cheaper to run.", []),
    ("The chips use a 7-nanometre process.", []),
    ("Rivals won two contracts last year.", [(C, 2, None, "contract", EX)]),
    ("Two dozen firms have signed up.", [(C, 24, None, "firm", EX)]),
    ("The 7-Eleven stores stock it.", []),
    # a number word right after a dateline's spaced dash opens the sentence
    (
        "SHANGHAI - Three months later, it had 20 million users.",
        [("duration", 3, None, "month", "exact"), ("count", 20_000_000, None, "user", "exact")],
    ),
    ("A 2023 law requires platforms to register.", []),
    ("They ordered 2000 GPUs in one batch.", [(C, 2000, None, "GPU", EX)]),
    ("The team of 3 won gold, and a ticket costs 5,000 won.", [(M, 5000, None, "KRW", EX)]),
    ("A 200-pound robot carried the servers.", []),
    ("Roughly 1 in 5 users and 3 out of 10 firms tried it.", []),
    ("The list named Boeing 737 jets and Route 66 diners.", []),
    ("Survey respondents aged 18 to 24 year-olds were polled.", []),
    ("Hiring 300 engineers will take time.", [(C, 300, None, "engineer", EX)]),
    (
        "Staff at 3 of the 4 big banks were told.",
        [(C, 3, None, "bank", EX), (C, 4, None, "bank", EX)],
    ),
    ("The 27 EU member states must agree.", [(C, 27, None, "state", EX)]),
    ("A 1,000-person team worked on it.", [(C, 1000, None, "person", EX)]),
    (
        "A four-judge panel and an 8-GPU server.",
        [(C, 4, None, "judge", EX), (C, 8, None, "GPU", EX)],
    ),
    ("The bill passed with 52 votes.", [(C, 52, None, "vote", EX)]),
    # --- round eleven ----------------------------------------------------------------------
    # "half a" and "a quarter of a" before a multiplier or a unit of time are fractions of one
    ("The app drew half a million users in its first week.", [(C, 5e5, None, "user", EX)]),
    ("Tokyo's fund is worth half a billion dollars.", [(M, 5e8, None, "USD", EX)]),
    ("Some half a million civil servants are covered.", [(C, 5e5, None, "servant", AP)]),
    (
        "A quarter of a million people signed the petition.",
        [(C, 2.5e5, None, "person", EX)],
    ),
    ("The outage lasted half an hour.", [(D, 0.5, None, "hour", EX)]),
    # "shy of", "short of" an amount is under it
    ("The deal is worth just shy of $5 billion.", [(M, 5e9, None, "USD", UN)]),
    ("Quarterly revenue came in just short of $2 billion.", [(M, 2e9, None, "USD", UN)]),
    # units of data are measures, not counts: "a 4-bit model", "5 terabytes"
    ("The 1.58-bit model runs on phones.", []),
    ("The 4-bit version stores 5 terabytes of weights.", []),
    # hyphenated percent compounds
    ("The state holds a 17-per-cent stake.", [(P, 17, None, "percent", EX)]),
    ("The bank made a 0.25 percentage-point cut.", [(P, 0.25, None, "percent", EX)]),
    # a century is 100 years, as a decade is ten
    ("It was the index's worst day in a quarter-century.", [(D, 25, None, "year", EX)]),
    ("The rule dates back half a century.", [(D, 50, None, "year", EX)]),
    ("The statute is more than a century old.", [(D, 100, None, "year", OV)]),
    ("In the 21st century, the rules changed.", []),  # guard
    # "a"/"an" before a unit of time is one of it after a bound; alone it is no amount
    ("The ban has been in place for more than a year.", [(D, 1, None, "year", OV)]),
    ("The Dutch review took less than a week.", [(D, 1, None, "week", UN)]),
    ("The lab was founded nearly a decade ago.", [(D, 10, None, "year", AP)]),
    ("Nearly a month later, Canberra relented.", [(D, 1, None, "month", AP)]),
    ("The order lasts up to a year, the agency said.", [(D, 1, None, "year", UN)]),
    ("The audit took over a month.", [(D, 1, None, "month", OV)]),
    ("The regulator imposed a year-long ban.", [(D, 1, None, "year", EX)]),
    ("A month-long probe followed in Rome.", [(D, 1, None, "month", EX)]),
    ("A year ago the firm was unknown outside China.", []),  # guard
    ("The firm was fined a million dollars.", [(M, 1e6, None, "USD", EX)]),  # guard
    ("A thousand users complained.", [(C, 1000, None, "user", EX)]),  # guard
    # a group of digits after a space is no number of its own ("10 000 users" is not 0 users);
    # since round fifteen the groups read as one number, as thousands
    ("The app has 10 000 users.", [(C, 10_000, None, "user", EX)]),
    ("Logs dated 2025-02-13 days later surfaced.", []),
    ("Subscribers pay more than $20 a month.", [(M, 20, None, "USD", OV)]),  # guard
    ("The state will spend $2 billion over a year.", [(M, 2e9, None, "USD", EX)]),  # guard
    # "N out of M" and "N of M" without a determiner count a part and its whole; a small or
    # round base makes a rate ("nine out of 10 firms"), which counts nothing
    (
        "Officials found the app on 40 out of 25,000 devices.",
        [(C, 40, None, "device", EX), (C, 25_000, None, "device", EX)],
    ),
    (
        "Auditors flagged it on 12 of 300 government laptops.",
        [(C, 12, None, "laptop", EX), (C, 300, None, "laptop", EX)],
    ),
    (
        "Seven out of the 21 ministries have complied.",
        [(C, 7, None, "ministry", EX), (C, 21, None, "ministry", EX)],
    ),
    ("Nine out of 10 firms said they would not use it.", []),
    ("Four out of five respondents had heard of it.", []),
    ("One in three Americans has tried a chatbot.", []),
    ("The survey found 45 out of 100 companies use it.", []),  # guard
    ("The court ruled on 5 of 2024 cases.", []),  # guard
    ("It was round 2 of 5 rounds of talks.", [(C, 5, None, "round", EX)]),  # guard
    ("The app ranked 3 of 50 apps reviewed.", [(C, 50, None, "app", EX)]),  # guard
    # a counted subject's change "from A to B": both levels count it (the second's evidence
    # is its number, as the first's holds the subject); "doubled to", "fell to" reach a level
    (
        "Daily users rose from 2 million to 22 million in two weeks.",
        [(C, 2e6, None, "user", EX), (C, 2.2e7, None, "user", EX), (D, 2, None, "week", EX)],
    ),
    (
        "Downloads in India jumped from 1.2m to 3.5m.",
        [(C, 1.2e6, None, "download", EX), (C, 3.5e6, None, "download", EX)],
    ),
    (
        "The number of complaints grew from 20 to 250.",
        [(C, 20, None, "complaint", EX), (C, 250, None, "complaint", EX)],
    ),
    (
        "Its subscribers grew from about 5 million to more than 30 million.",
        [(C, 5e6, None, "subscriber", AP), (C, 3e7, None, "subscriber", OV)],
    ),
    ("Weekly users doubled to 400 million.", [(C, 4e8, None, "user", EX)]),
    ("Monthly active users fell to 30 million in March.", [(C, 3e7, None, "user", EX)]),
    ("Revenues rose from 4 million to 9 million.", []),  # guard
    ("Scores rose from 60 to 80.", []),  # guard
    # a bare number compared with the amount just before takes its unit
    (
        "The app has 30 million users, up from 5 million in January.",
        [(C, 3e7, None, "user", EX), (C, 5e6, None, "user", EX)],
    ),
    (
        "The firm now has 160 employees, down from 200.",
        [(C, 160, None, "employee", EX), (C, 200, None, "employee", EX)],
    ),
    (
        "Its market share rose to 12%, up from about 8.",
        [(P, 12, None, "percent", EX), (P, 8, None, "percent", AP)],
    ),
    (
        "It had 40 stores, compared with 25 a year ago.",
        [(C, 40, None, "store", EX), (C, 25, None, "store", EX)],
    ),
    ("The firm has 30 users, up from 2024.", [(C, 30, None, "user", EX)]),  # guard
    # a range whose second amount repeats the currency sign after a multiplier and a hyphen
    ("Meta plans to spend $60bn-$65bn on capex.", [(M, 6e10, 6.5e10, "USD", EX)]),
    ("Fines could range from €15m–€20m.", [(M, 1.5e7, 2e7, "EUR", EX)]),  # guard
    ("The deal is worth £2bn-£3bn, bankers said.", [(M, 2e9, 3e9, "GBP", EX)]),
    # "N-strong" counts the people of a team, a workforce or a delegation
    ("A 2,000-strong team built the model.", [(C, 2000, None, "person", EX)]),
    ("The firm has a 300-strong workforce in Hangzhou.", [(C, 300, None, "person", EX)]),
    ("A 12-strong delegation from Seoul arrived.", [(C, 12, None, "person", EX)]),
    # a regular plural is the counted noun, and the -s word after it a verb; only irregular
    # and set plurals modify a noun ("women engineers", "systems engineers")
    (
        "A cluster of 50,000 Hopper GPUs costs about $1.5 billion.",
        [(C, 50_000, None, "GPU", EX), (M, 1.5e9, None, "USD", AP)],
    ),
    ("A batch of 10,000 chips draws 20 megawatts.", [(C, 10_000, None, "chip", EX)]),
    ("The bank hired 12 systems engineers.", [(C, 12, None, "engineer", EX)]),  # guard
    ("The firm has 40 sales reps in Seoul.", [(C, 40, None, "rep", EX)]),  # guard
    # a currency several countries name alike takes the currency of the one such country
    # its sentence names, by name, adjective or capital; none or two leave it unknown (XXX)
    ("Argentina's programme received funding of 50 million pesos.", [(M, 5e7, None, "ARS", EX)]),
    ("The Mexican regulator fined it 50 million pesos.", [(M, 5e7, None, "MXN", EX)]),
    ("Manila allocated 2 billion pesos for AI.", [(M, 2e9, None, "PHP", EX)]),
    ("The firm paid 5 million pesos to Chile's tax office.", [(M, 5e6, None, "CLP", EX)]),
    ("Kampala charged 5 billion shillings.", [(M, 5e9, None, "UGX", EX)]),
    (
        "Jordan's ministry spent 3 million dinars, or about $4.2 million.",
        [(M, 3e6, None, "JOD", EX), (M, 4.2e6, None, "USD", AP)],
    ),
    ("Mexico and Chile each pledged 100 million pesos.", [(M, 1e8, None, "XXX", EX)]),  # guard
    (
        "The firm paid 5 million pesos. Argentina's president praised it.",  # guard
        [(M, 5e6, None, "XXX", EX)],
    ),
    # "-odd" after a number is "about"
    ("The directive covers 40,000-odd government devices.", [(C, 40_000, None, "device", AP)]),
    ("The firm has been around for 20-odd years.", [(D, 20, None, "year", AP)]),
    # a unit of time after its modifiers is a time, not a count of hours ("GPU hours")
    ("The final run took 2.788 million H800 GPU hours.", [(D, 2.788e6, None, "hour", EX)]),
    ("Analysts logged 500 machine hours on it.", [(D, 500, None, "hour", EX)]),
    ("Tokyo's index lost 5 trading days of gains.", [(D, 5, None, "day", EX)]),
    # a rank before "in" is no rate's numerator: "No. 1 in 51 countries" counts countries
    ("The app ranked No. 1 in 51 countries.", [(C, 51, None, "country", EX)]),
    ("It hit No 1 in 30 markets within days.", [(C, 30, None, "market", EX)]),
    ("Bern fined the bank SFr 20 million.", [(M, 2e7, None, "CHF", EX)]),
    # a verb of passing before an amount makes it a lower bound, as it does after a subject
    (
        "The app surpassed 100 million users in 7 days.",
        [(C, 1e8, None, "user", OV), (D, 7, None, "day", EX)],
    ),
    ("Cloud revenue topped $5 billion.", [(M, 5e9, None, "USD", OV)]),
    ("EU fines exceeded €1 billion last year.", [(M, 1e9, None, "EUR", OV)]),
    ("The Senate passed 3 bills on Tuesday.", [(C, 3, None, "bill", EX)]),  # guard
    # Indian house style "cr" for crore, glued or spaced; "-plus" after a multiplier
    ("The mission has an outlay of Rs10,372cr.", [(M, 1.0372e11, None, "INR", EX)]),
    ("The contract is worth Rs 500 cr, officials said.", [(M, 5e9, None, "INR", EX)]),
    ("The deal is worth $1.2 billion-plus.", [(M, 1.2e9, None, "USD", OV)]),
    ("The app has 100 million-plus users.", [(C, 1e8, None, "user", OV)]),
    # guards: a fraction of a whole ("about half", "a fifth of") states no percent, and a
    # vague plural ("tens of thousands", "hundreds of millions") no number: nothing to record
    ("About half of the staff use it.", []),  # guard
    ("Roughly a third of firms have adopted it.", []),  # guard
    ("A fifth of the companies surveyed had banned the app.", []),  # guard
    ("Two-thirds of respondents use chatbots at work.", []),  # guard
    ("The firm bought tens of thousands of chips.", []),  # guard
    ("It spent hundreds of millions of dollars on compute.", []),  # guard
    ("The deal is worth several hundred million dollars.", []),  # guard
    # round twelve: the other end of a change, after "from" or "to" (a month between)
    (
        "Users rose to 22 million from 2 million.",
        [(C, 2.2e7, None, "user", EX), (C, 2e6, None, "user", EX)],
    ),
    (
        "Monthly subscribers jumped to 30 million in January from 5 million in December.",
        [(C, 3e7, None, "subscriber", EX), (C, 5e6, None, "subscriber", EX)],
    ),
    (
        "Downloads grew from 1.2 million in March to 16 million in May.",
        [(C, 1.2e6, None, "download", EX), (C, 1.6e7, None, "download", EX)],
    ),
    (
        "Active accounts fell to about 3.5 million from roughly 4 million.",
        [(C, 3.5e6, None, "account", AP), (C, 4e6, None, "account", AP)],
    ),
    # round twelve: the counted noun before "of X in Y" and a verb of reaching
    (
        "Users of DeepSeek in the region rose to 4.5 million in February.",
        [(C, 4.5e6, None, "user", EX)],
    ),
    ("Downloads of the app in India topped 10 million.", [(C, 1e7, None, "download", OV)]),
    ("Scores of the app in the test hit 90.", []),  # guard: a small number, no count
    # round twelve: ISO codes and names of more currencies
    ("The Czech cabinet approved CZK 2.5 billion for AI.", [(M, 2.5e9, None, "CZK", EX)]),
    ("The bank spent 40 billion forints on IT.", [(M, 4e10, None, "HUF", EX)]),
    ("Romania set aside 500 million lei for AI.", [(M, 5e8, None, "RON", EX)]),
    ("Kyiv will spend UAH 2 billion on drones.", [(M, 2e9, None, "UAH", EX)]),
    ("Peru allocated 100 million soles to AI.", [(M, 1e8, None, "PEN", EX)]),
    ("Uganda allocated UGX 20 billion to innovation.", [(M, 2e10, None, "UGX", EX)]),
    # round twelve: a level after the rate of its change ("rose 40 per cent to 12 million")
    (
        "Users rose 40 per cent to 12 million.",
        [(P, 40, None, "percent", EX), (C, 1.2e7, None, "user", EX)],
    ),
    (
        "Downloads jumped by 12% to 3.4 million in a week.",
        [(P, 12, None, "percent", EX), (C, 3.4e6, None, "download", EX)],
    ),
    ("The index rose 3% to 1,200.", [(P, 3, None, "percent", EX)]),  # guard: no counted noun
    ("The ministry cut staff to 120 from 2019.", []),  # guard: a year is no other end
    (
        "It shipped 500 servers to 12 cities.",
        [(C, 500, None, "server", EX), (C, 12, None, "city", EX)],
    ),  # guard
    # round twelve: a bare "$" is the local dollar where the text writes the US dollar as
    # "US$" (or glues its scale, "$2.4-billion") and names one dollar country
    ("Ottawa will spend $2.4-billion on AI compute.", [(M, 2.4e9, None, "CAD", EX)]),
    (
        "Canberra set aside $300 million for AI, while OpenAI raised US$40 billion.",
        [(M, 3e8, None, "AUD", EX), (M, 4e10, None, "USD", EX)],
    ),
    (
        "Wellington will fund $20 million of AI pilots. Nvidia lost US$589 billion.",
        [(M, 2e7, None, "NZD", EX), (M, 5.89e11, None, "USD", EX)],
    ),
    (
        "Singapore will invest $500 million in AI, a minister said; US$1 billion came earlier.",
        [(M, 5e8, None, "SGD", EX), (M, 1e9, None, "USD", EX)],
    ),
    ("Canada weighed a ban as Nvidia lost $589 billion.", [(M, 5.89e11, None, "USD", EX)]),  # guard
    (
        "Ottawa and Washington weighed $2-billion plans; Nvidia lost US$589 billion.",
        [(M, 2e9, None, "USD", EX), (M, 5.89e11, None, "USD", EX)],
    ),  # guard: two dollar countries
    # --- round fourteen (cdq) ---------------------------------------------------------------
    # a level compared after the period it was reached in is no number of days
    (
        "The app drew 12 million installs in 20 days, compared with 4 million for Gemini.",
        [(C, 1.2e7, None, "install", EX), (D, 20, None, "day", EX)],
    ),
    (
        "The run took 2.79 million GPU hours, compared with 30.8 million for Llama.",
        [(D, 2.79e6, None, "hour", EX), (D, 3.08e7, None, "hour", EX)],
    ),  # guard: a duration in millions carries its unit
    # a processor spelt out is counted by its initials, as its acronym would be
    (
        "The mission has secured 18,000 graphics processing units for researchers.",
        [(C, 18_000, None, "GPU", EX)],
    ),
    ("Each server holds 64 central processing units.", [(C, 64, None, "CPU", EX)]),
    ("Warsaw's regulator can fine public bodies up to 100,000 zł.", [(M, 1e5, None, "PLN", UN)]),
    ("Poland set aside 1 billion złoty for AI computing.", [(M, 1e9, None, "PLN", EX)]),
    # a level compared with one "more than a month earlier" is no span of time
    (
        "Usage reached 18.5%, 4.2 percentage points more than a month earlier.",
        [(P, 18.5, None, "percent", EX), (P, 4.2, None, "percent", EX)],
    ),
    ("The review took more than a month.", [(D, 1, None, "month", OV)]),  # guard
    # a dotted abbreviation between an amount and its noun: "20 U.S. states"
    ("More than 20 U.S. states have restricted the app.", [(C, 20, None, "state", OV)]),
    ("Three U.K. universities blocked it.", [(C, 3, None, "university", EX)]),
    # a plural subject's "were" states its level, as "reached" does
    ("Weekly active users were around 1.1 million at the peak.", [(C, 1.1e6, None, "user", AP)]),
    ("Downloads were 16 million in January.", [(C, 1.6e7, None, "download", EX)]),
    # --- round fifteen (cdq) ----------------------------------------------------------------
    # thousands grouped by apostrophes (Swiss) or by spaces (a no-break space reads as one)
    ("A Zurich bank ran 1'000'000 queries through it.", [(C, 1e6, None, "query", EX)]),
    ("Bern paid CHF 2'500'000 for the licence.", [(M, 2.5e6, None, "CHF", EX)]),
    ("The ministry employs 27 000 civil servants.", [(C, 27_000, None, "servant", EX)]),
    ("The pilot will cost 4 000 000 euros.", [(M, 4e6, None, "EUR", EX)]),
    ("Usage rose 17% to about 3 400 users.", [(P, 17, None, "percent", EX), (C, 3400, None, "user", AP)]),
    ("Call the hotline on +82 2 123 4567.", []),  # guard: a telephone number
    ("In 2025 200 firms joined the scheme.", [(C, 200, None, "firm", EX)]),  # guard
    # a share before "more than a year earlier" compares levels; it spans no year
    (
        "Start-ups raised $1.2 billion in 2025, about a quarter more than a year earlier.",
        [(M, 1.2e9, None, "USD", EX)],
    ),
    # --- round sixteen (cdq) ----------------------------------------------------------------
    # a fraction after "by" is a change's rate, and the level after its "to" counts the subject
    ("Daily users fell by half to 4 million in March.", [(C, 4e6, None, "user", EX)]),
    ("Subscribers grew by a third to 12 million.", [(C, 1.2e7, None, "subscriber", EX)]),
    ("Downloads rose by two-thirds to 5 million.", [(C, 5e6, None, "download", EX)]),
    # a maker and a model before a processor spelt out
    (
        "The lab trained it on 2,000 Nvidia H800 graphics processing units.",
        [(C, 2000, None, "GPU", EX)],
    ),
    # cents are hundredths of the dollar, or of the euro the sentence names
    ("Its cheapest tier charges 14 cents per million tokens.", [(M, 0.14, None, "USD", EX)]),
    ("Calls cost 20 euro cents each.", [(M, 0.2, None, "EUR", EX)]),
    (
        "A query that cost €1.10 last year now costs 35 cents.",
        [(M, 1.1, None, "EUR", EX), (M, 0.35, None, "EUR", EX)],
    ),
    # "as little as", "as low as": the least it may be, a lower bound
    ("Cloud rental now costs as little as $1.50 an hour.", [(M, 1.5, None, "USD", OV)]),
    ("Plans start from as low as 9 yuan a month.", [(M, 9, None, "CNY", OV)]),
    # --- round sixteen, second pass (cdq) ---------------------------------------------------
    # cents after a country's adjective are hundredths of that country's dollar
    ("Each query costs five US cents.", [(M, 0.05, None, "USD", EX)]),
    ("A text message costs 25 Australian cents.", [(M, 0.25, None, "AUD", EX)]),
    # a half after a whole number: "and a half", "½", "1/2"
    ("The inquiry took two and a half months.", [(D, 2.5, None, "month", EX)]),
    ("Its review ran for 3½ weeks.", [(D, 3.5, None, "week", EX)]),
    ("The audit lasted 2 1/2 years.", [(D, 2.5, None, "year", EX)]),
    ("The fund holds one and a half billion euros.", [(M, 1.5e9, None, "EUR", EX)]),
    # points before a rate in percent are percentage points of it, a change and its level
    (
        "The bank lifted its policy rate by 2 points to 5%.",
        [(P, 2, None, "percent", EX), (P, 5, None, "percent", EX)],
    ),
    (
        "Support for the ban slipped 3 points, to 41 percent.",
        [(P, 3, None, "percent", EX), (P, 41, None, "percent", EX)],
    ),
    ("The index shed 40 points to 2,480.", [(C, 40, None, "point", EX)]),  # guard
    # --- round eighteen (cdq) ---------------------------------------------------------------
    # "TL", the Turkish lira as Turkish papers write it, glued or before a scaled amount
    ("Ankara set aside TL 500 million for the project.", [(M, 5e8, None, "TRY", EX)]),
    ("The fine was TL2.4 billion.", [(M, 2.4e9, None, "TRY", EX)]),
    ("The TL 3 plan passed.", []),  # guard: a label, no amount
    # a multiple before "to" is a change's rate, as a percentage is: the level counts the subject
    ("Downloads jumped tenfold to 1.6 million.", [(C, 1.6e6, None, "download", EX)]),
    ("Daily users grew 30-fold to 2 million.", [(C, 2e6, None, "user", EX)]),
    # --- round eighteen, second pass (cdq) --------------------------------------------------
    # a nation's people counted keep the whole demonym, cased, in the singular
    (
        "Roughly 2.3 million South Koreans tried the chatbot in its first week.",
        [(C, 2.3e6, None, "South Korean", AP)],
    ),
    ("A poll of 1,200 Americans found most distrust it.", [(C, 1200, None, "American", EX)]),
    ("More than 8,000 New Zealanders signed the petition.", [(C, 8000, None, "New Zealander", OV)]),
    ("The survey reached 40 Korean start-ups.", [(C, 40, None, "start-up", EX)]),  # guard
    # a possessive before the whole: "N of the bloc's M states" counts both
    (
        "So far 11 of the EU's 27 member states have issued guidance.",
        [(C, 11, None, "state", EX), (C, 27, None, "state", EX)],
    ),
    (
        "Four of Japan's 47 prefectures have told staff to avoid it.",
        [(C, 4, None, "prefecture", EX), (C, 47, None, "prefecture", EX)],
    ),
    ("One of the bloc's 27 members abstained.", [(C, 27, None, "member", EX)]),  # guard
    # "pc" for per cent after a space, as British papers write it
    ("Nvidia shares slid 4.2 pc in early trading.", [(P, 4.2, None, "percent", EX)]),
    ("The office bought 12 PCs for the pilot.", [(C, 12, None, "PC", EX)]),  # guard
    # basis points are hundredths of a percentage point
    ("The broker expects margins to shrink by 150 basis points.", [(P, 1.5, None, "percent", EX)]),
    ("Analysts pencilled in a 25-basis-point cut.", [(P, 0.25, None, "percent", EX)]),
    ("Spreads widened 40bp on the news.", [(P, 0.4, None, "percent", EX)]),
    ("The chain owns 30 BP stations.", [(C, 30, None, "station", EX)]),  # guard
    # passing "the N mark" (milestone, threshold) is more than N, as passing N is
    ("Cloud sales topped the $5bn mark in the quarter.", [(M, 5e9, None, "USD", OV)]),
    ("Sign-ups crossed the 2 million milestone on Sunday.", [(C, 2e6, None, "sign-up", OV)]),
    ("Installs reached the 3 million mark by March.", [(C, 3e6, None, "install", EX)]),
    ("Parliament passed the $2 billion package.", [(M, 2e9, None, "USD", EX)]),  # guard
    # --- round twenty (cdq) -----------------------------------------------------------------
    # the baht's and the dong's signs, and the lira's written after its amount as Turkish copy does
    ("Bangkok approved ฿3.5 billion for AI training.", [(M, 3.5e9, None, "THB", EX)]),
    ("A monthly plan costs 299฿ in Thailand.", [(M, 299, None, "THB", EX)]),
    ("Hanoi set aside ₫2,000 billion for the centre.", [(M, 2e12, None, "VND", EX)]),
    ("A subscription costs 50,000₫ a month.", [(M, 50_000, None, "VND", EX)]),
    ("The fine came to 10 milyon ₺ in the end.", []),  # guard: a Turkish scale word
    ("The agency was fined 2.5 million ₺.", [(M, 2.5e6, None, "TRY", EX)]),
    # a part of the plural a relative clause is on: "N of which", "of which N", "of whom N"
    (
        "R1 has 671 billion parameters, of which 37 billion are active per token.",
        [(C, 6.71e11, None, "parameter", EX), (C, 3.7e10, None, "parameter", EX)],
    ),
    (
        "The audit covered 120 agencies, 40 of which had installed the app.",
        [(C, 120, None, "agency", EX), (C, 40, None, "agency", EX)],
    ),
    (
        "The poll reached 1,000 workers, of whom 200 had tried it.",
        [(C, 1000, None, "worker", EX), (C, 200, None, "worker", EX)],
    ),
    (
        "Baidu raised 5 billion yuan from investors, 2 billion of which went to chips.",
        [(M, 5e9, None, "CNY", EX)],
    ),  # guard: the plural before is not the clause's
    # --- round twenty, second pass (cdq) ------------------------------------------------------
    # "the better part of" an amount is most of it, not all
    ("Alibaba has sunk the better part of $3 billion into the cloud unit.", [(M, 3e9, None, "USD", UN)]),
    ("The review took the best part of a year.", [(D, 1, None, "year", UN)]),
    # a cap carries to its alternative after "or": "up to 4% of turnover, or €20 million"
    (
        "Breaches can cost up to 6% of global revenue, or ₩5 billion.",
        [(P, 6, None, "percent", UN), (M, 5e9, None, "KRW", UN)],
    ),
    (
        "Fines run as high as up to €15 million or 3% of annual turnover.",
        [(M, 15e6, None, "EUR", UN), (P, 3, None, "percent", UN)],
    ),
    (
        "Nvidia fell more than 17%, or $593 billion in market value.",
        [(P, 17, None, "percent", OV), (M, 593e9, None, "USD", EX)],
    ),  # guard: a floor's "or" is often the loss itself
    (
        "The app is free for up to 50 users, and 3 or 4 teams have signed up.",
        [(C, 50, None, "user", UN), (C, 3, 4, "team", EX)],
    ),  # guard: no "or" right after the capped amount
    # a key figure written as a label and a colon counts the label's noun, and its later
    # figures after "; " count the same
    (
        "Installs (Jan): 12m; (Feb): 19m",
        [(C, 12e6, None, "install", EX), (C, 19e6, None, "install", EX)],
    ),
    (
        "At a glance\nMonthly active users: 22.2 million\nStates with a ban: 14",
        [(C, 22.2e6, None, "user", EX), (C, 14, None, "state", EX)],
    ),
    ("Fine imposed by the regulator: 15", []),  # guard: no plural label
    ("Note: 5 of them left.", []),  # guard
    ("Deadlines: 2025\nOpening hours: 9-5", []),  # guard: a year, a span of hours
    # a bare number after "from N unit to" is the other end of the change, as after a subject
    # that the first amount's evidence holds ("Users rose from 2 million to 5 million")
    (
        "Replies sped up from 9 seconds to under 3.",
        [(D, 9, None, "second", EX), (D, 3, None, "second", UN)],
    ),
    (
        "The bank cut the fee from ¥4 to 1 per million tokens.",
        [(M, 4, None, "JPY", EX), (M, 1, None, "JPY", EX)],
    ),
    # --- round twenty-one (cdq) -------------------------------------------------------------
    # codes that are also initials ("COP", "PEN") and Qatar's "QR" name money before a scaled
    # amount, spaced
    (
        "Bogota set aside COP 320 billion (about US$77 million) for the plan.",
        [(M, 3.2e11, None, "COP", EX), (M, 77e6, None, "USD", AP)],
    ),
    ("Lima earmarked PEN 1.4 billion for cloud services.", [(M, 1.4e9, None, "PEN", EX)]),
    ("Doha pledged QR 2.5 billion to the new fund.", [(M, 2.5e9, None, "QAR", EX)]),
    ("Delegates at COP 29 and PEN 20 readers asked for QR 4 codes.", []),  # guard: labels
]


def _rows(text: str) -> list[Row]:
    return [
        (q.kind.value, q.value, q.high, q.unit, q.bound.value if q.bound else "exact")
        for q in find_quantities(text)
    ]


def _same(got: list[Row], want: list[Row]) -> bool:
    if len(got) != len(want):
        return False
    for g, w in zip(got, want, strict=True):
        if g[0] != w[0] or g[3] != w[3] or g[4] != w[4]:
            return False
        if g[1] != pytest.approx(w[1], rel=1e-9):
            return False
        if (g[2] is None) != (w[2] is None):
            return False
        if g[2] is not None and g[2] != pytest.approx(w[2], rel=1e-9):
            return False
    return True


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 150


@pytest.mark.parametrize(("sentence", "want"), CASES, ids=[c[0][:48] for c in CASES])
def test_table(sentence: str, want: list[Row]) -> None:
    got = _rows(sentence)
    assert _same(got, want), f"got {got}"


# ---------------------------------------------------------------------------------------------
# evidence spans
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "evidence"),
    [
        ("It cost about 1.8 million yuan last year.", ["about 1.8 million yuan"]),
        ("Shares fell by up to 75% overnight.", ["up to 75%"]),
        ("Output took about 4 to 5 minutes.", ["about 4 to 5 minutes"]),
        ("They bought around 2,000 H200 GPUs.", ["around 2,000 H200 GPUs"]),
        ("Phones were scanned and it turned up on 312 of them.", ["312 of them"]),
        ("The eight-hour window opens at night.", ["eight-hour"]),
        ("It raised US$5.6m.", ["US$5.6m"]),
        ("A 32-billion-parameter model.", ["32-billion-parameter"]),
        ("About 40 of the roughly 900 servers failed.", ["About 40", "roughly 900 servers"]),
        ("By May, installs topped 10 million.", ["installs topped 10 million"]),
        ("It paid $4bn over three years.", ["$4bn", "three years"]),
    ],
)
def test_evidence_text(sentence: str, evidence: list[str]) -> None:
    qs = find_quantities(sentence)
    assert [q.evidence.text for q in qs] == evidence
    for q in qs:
        assert sentence[q.evidence.start : q.evidence.end] == q.evidence.text


@pytest.mark.parametrize(
    ("phrase", "unit"),
    [
        ("12 agencies", "agency"),
        ("5 businesses", "business"),
        ("4 processes", "process"),
        ("3 searches", "search"),
        ("6 boxes", "box"),
        ("30 people", "person"),
        ("2 children", "child"),
        ("9 analyses", "analysis"),
        ("7 series", "series"),
        ("40 LLMs", "LLM"),
        ("3 PCs", "PC"),
        ("8 H100s", "H100"),
        ("11 movies", "movie"),
        ("15 caches", "cache"),
        ("4 follow-ups", "follow-up"),
        ("20 employees’ phones", "employee"),
        ("3 lives", "life"),
        ("6 crises", "crisis"),
        ("200 personnel", "personnel"),
    ],
)
def test_counted_noun_is_singular(phrase: str, unit: str) -> None:
    q = parse_quantity(f"The report mentions {phrase} in passing.")
    assert q is not None
    assert (q.kind, q.unit) == (QuantityKind.COUNT, unit)


def test_unit_of_them_is_nearest_plural_noun_in_the_sentence() -> None:
    text = "Agencies checked laptops. The state audited its phones and found it on 40 of them."
    (q,) = find_quantities(text)
    assert (q.unit, q.value) == ("phone", 40)


# ---------------------------------------------------------------------------------------------
# equivalents
# ---------------------------------------------------------------------------------------------


def test_conversion_links_both_ways() -> None:
    qs = find_quantities("The hub will cost 2 trillion won ($1.4 billion) to build.")
    assert [q.equivalent for q in qs] == [1, 0]


def test_conversion_with_bound_inside_parentheses() -> None:
    qs = find_quantities("Output costs 4 yuan (about $0.55) per million tokens.")
    assert [(q.unit, q.bound, q.equivalent) for q in qs] == [
        ("CNY", Bound.EXACT, 1),
        ("USD", Bound.APPROX, 0),
    ]


def test_several_conversions_in_one_text_link_pairwise() -> None:
    text = (
        "Seoul set aside 34 trillion won ($23.4 billion). Beijing added 1 million yuan "
        "(approximately 200 million KRW), and a hospital spent $5 million on servers."
    )
    qs = find_quantities(text)
    assert [q.equivalent for q in qs] == [1, 0, 3, 2, None]


def test_same_currency_or_other_kind_is_not_linked() -> None:
    assert [q.equivalent for q in find_quantities("It fell $593 billion (17%) on Monday.")] == [
        None,
        None,
    ]
    assert [q.equivalent for q in find_quantities("It cost $5 ($4 after tax).")] == [None, None]


def test_conversion_after_the_rate_links() -> None:
    # a price per unit names its unit before the conversion: "2 yuan per million tokens ($0.28)"
    text = (
        "Input costs 2 yuan per million tokens ($0.28). The plan costs 10 euros a month "
        "($10.40). Its API charges $0.55 per million output tokens, or about 4 yuan."
    )
    qs = find_quantities(text)
    assert [(q.unit, q.equivalent) for q in qs] == [
        ("CNY", 1),
        ("USD", 0),
        ("EUR", 3),
        ("USD", 2),
        ("USD", 5),
        ("CNY", 4),
    ]


def test_two_rates_in_a_list_are_not_linked() -> None:  # guard
    text = "It charges 2 yuan per million tokens, 10 euros per month and $3 per seat."
    assert [q.equivalent for q in find_quantities(text)] == [None, None, None]


def test_reverse_conversion_links() -> None:
    qs = find_quantities("The firm raised $17 million (¥2.5 billion) in the round.")
    assert [(q.unit, q.equivalent) for q in qs] == [("USD", 1), ("JPY", 0)]


# ---------------------------------------------------------------------------------------------
# parse_quantity
# ---------------------------------------------------------------------------------------------


def test_parse_quantity_reads_one_expression() -> None:
    q = parse_quantity("US$5.6m")
    assert q is not None
    assert (q.kind, q.value, q.unit, q.evidence.text) == (
        QuantityKind.MONEY,
        5.6e6,
        "USD",
        "US$5.6m",
    )


def test_parse_quantity_with_bound_and_range() -> None:
    q = parse_quantity("about 4 to 5 minutes")
    assert q is not None
    assert (q.value, q.high, q.unit, q.bound) == (4, 5, "minute", Bound.APPROX)
    assert q.evidence.start == 0
    assert q.evidence.end == len("about 4 to 5 minutes")


def test_parse_quantity_none_and_first_of_two() -> None:
    assert parse_quantity("GPT-4o") is None
    assert parse_quantity("") is None
    q = parse_quantity("2 trillion won ($1.4 billion)")
    assert q is not None
    assert (q.unit, q.equivalent) == ("KRW", None)


def test_non_string_input_is_rejected() -> None:
    with pytest.raises(InputTypeError):
        find_quantities(b"$5")  # type: ignore[arg-type]


def test_quantity_round_trips_through_dict() -> None:
    for q in find_quantities("It saved up to 1 million yuan (approximately 200 million KRW)."):
        assert Quantity.from_dict(q.to_dict()) == q


# ---------------------------------------------------------------------------------------------
# properties and adversarial input
# ---------------------------------------------------------------------------------------------


def _check_invariants(text: str) -> None:
    qs = find_quantities(text)
    last = 0
    for i, q in enumerate(qs):
        assert text[q.evidence.start : q.evidence.end] == q.evidence.text
        assert q.evidence.start >= last
        last = q.evidence.end
        assert q.high is None or q.value <= q.high
        if q.equivalent is not None:
            assert 0 <= q.equivalent < len(qs)
            assert qs[q.equivalent].equivalent == i


_NEWSY = st.lists(
    st.sampled_from(
        [
            "$",
            "US$",
            "5",
            "1,000",
            "2.5",
            " million",
            " billion",
            "bn",
            "m",
            " won",
            " yuan",
            " (",
            ")",
            " about ",
            " up to ",
            " at least ",
            "%",
            " percent",
            " days",
            "-hour",
            " to ",
            "-",
            " of them",
            " GPUs",
            " H200",
            "two",
            " a dozen",
            " ",
            ".",
            ",",
            "\n",
            "Jan. ",
            "R1",
            ":",
            "/",
            "+",
            "~",
            " or more",
            " between ",
            " and ",
            "-billion-parameter",
        ]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_on_any_text(text: str) -> None:
    _check_invariants(text)


@settings(max_examples=400, deadline=None)
@given(_NEWSY)
def test_invariants_on_number_heavy_text(text: str) -> None:
    _check_invariants(text)


def _junk(seed: int, top: int, size: int) -> str:
    rnd = random.Random(seed)
    return "".join(chr(rnd.randrange(top)) for _ in range(size))


@pytest.mark.parametrize(
    "text",
    [
        "1" * 100_000,
        "1," * 50_000,
        "$" * 100_000,
        "1 million " * 10_000,
        "1 " * 50_000,
        "two " * 30_000,
        "1-" * 50_000,
        "1 to " * 20_000,
        "about " * 20_000 + "5%",
        "3 of them " * 5_000,
        "5 " + "big " * 30_000 + "cars",
        "1." * 50_000,
        "(" * 50_000 + "$5",
        "users topped " * 10_000 + "5 million",
        "value fell $1bn to " * 10_000,
        "4 of the " * 10_000 + "9 servers",
        "$5bn over 4 years " * 5_000,
        "R1 R1,000 N95 Sh" * 10_000,
        _junk(7, 0x3000, 100_000),
        _junk(3, 256, 100_000),
    ],
    ids=lambda t: repr(t[:12]),
)
def test_adversarial_input_finishes_quickly(text: str) -> None:
    t = time.perf_counter()
    _check_invariants(text)
    assert time.perf_counter() - t < 10


# ---------------------------------------------------------------------------------------------
# round twenty-two (cdq): amounts read from probes
# ---------------------------------------------------------------------------------------------

ROUND_TWENTY_TWO_CDQ_QUANTITIES: list[tuple[str, list[Row]]] = [
    # the hryvnia and tenge signs, before the amount as English copy writes them, and after
    # it as Ukrainian and Kazakh copy does
    (
        "Kyiv said a domestic chatbot would cost about ₴200 million to build.",
        [("money", 200e6, None, "UAH", "approx")],
    ),
    (
        "Astana has set aside ₸50 billion for two state supercomputers.",
        [("money", 50e9, None, "KZT", "exact"), ("count", 2, None, "supercomputer", "exact")],
    ),
    (
        "The grant, 120 million ₴, and a second one of 3 billion ₸ were approved.",
        [("money", 120e6, None, "UAH", "exact"), ("money", 3e9, None, "KZT", "exact")],
    ),
    # the koruna's abbreviation, after the amount
    (
        "The cyber agency spent 12 million Kč on its review of state software.",
        [("money", 12e6, None, "CZK", "exact")],
    ),
    (
        "Fines of up to 10 million Kč are possible under the law.",
        [("money", 10e6, None, "CZK", "under")],
    ),
]


@pytest.mark.parametrize(
    ("sentence", "want"),
    ROUND_TWENTY_TWO_CDQ_QUANTITIES,
    ids=[c[0][:48] for c in ROUND_TWENTY_TWO_CDQ_QUANTITIES],
)
def test_round_twenty_two_cdq_quantities(sentence: str, want: list[Row]) -> None:
    got = _rows(sentence)
    assert _same(got, want), f"got {got}"


ROUND_TWENTY_FOUR_CDQ_QUANTITIES: list[tuple[str, list[Row]]] = [
    # a level a count peaked, settled or hovered at, with no noun after the number: the
    # subject before the verb is what it counts, as with "stood at" and "rose to"
    (
        "Daily downloads in the US peaked at almost 1 million on Jan. 28, the firm said.",
        [("count", 1e6, None, "download", "approx")],
    ),
    (
        "Weekly active users peaked at about 3.5 million in late February before falling back.",
        [("count", 3.5e6, None, "user", "approx")],
    ),
    (
        "Sign-ups settled at around 200,000 a day once the outage was fixed.",
        [("count", 2e5, None, "sign-up", "approx")],
    ),
    # guard: a price that peaked at a bare number counts nothing
    ("Its share price peaked at 120 in March before the selloff.", []),
]


@pytest.mark.parametrize(
    ("sentence", "want"),
    ROUND_TWENTY_FOUR_CDQ_QUANTITIES,
    ids=[c[0][:48] for c in ROUND_TWENTY_FOUR_CDQ_QUANTITIES],
)
def test_round_twenty_four_cdq_quantities(sentence: str, want: list[Row]) -> None:
    got = _rows(sentence)
    assert _same(got, want), f"got {got}"
