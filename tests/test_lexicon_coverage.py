"""Every lexicon row, put in a plain news sentence, yields what the row says.

The data files drive the readings: a trigger row that never fires (shadowed by another row, a
form the inflector gets wrong, a typo) or a gazetteer form that never finds its entry is a
defect no article in the corpus need show. Each test here builds one or a few canonical
sentences per row and checks the record: triggers (an action of the row's kind by the
sentence's subject, its evidence holding the trigger), scopes, reasons, targets, actor heads,
actor descriptions (every row), and the gazetteer's names, aliases and acronyms (every form of
the small files, a fixed seeded sample of the rest). Rows meant only for a construction the
templates cannot show are listed in ``EXCUSED`` with the reason.
"""

from __future__ import annotations

import collections
import datetime as dt
import importlib.resources
import itertools
import random
from collections.abc import Callable, Iterator

import deepseek_policy as dp
from deepseek_policy import _lexicon
from deepseek_policy.gazetteer import Entry, parse_tsv
from deepseek_policy.model import Actor
from deepseek_policy.triggers import TriggerRow, _present_forms, default_lexicon, inflect

PUB = dt.date(2025, 3, 3)
DATA = importlib.resources.files("deepseek_policy") / "data"

#: Rows the templates cannot show, by file and row (tab-joined as in the file), with why.
EXCUSED: dict[tuple[str, str], str] = {
    # triggers: a construction the "<Actor> <trigger> DeepSeek" frames cannot build
    ("triggers.tsv", "warn\tfixed\tshould be avoided\tai"): "passive: 'DeepSeek should be avoided'",
    ("triggers.tsv", "warn\tfixed\tmust be avoided\tai"): "passive: 'DeepSeek must be avoided'",
    **{
        ("triggers.tsv", f"adopt\tfixed\t{verb} ... list{of} to include\tai"): (
            "needs a list's noun: 'updated its list of approved tools to include DeepSeek'"
        )
        for verb in ("updated", "expanded", "amended", "widened", "extended")
        for of in ("", " of ...")
    },
    **{
        ("triggers.tsv", f"integrate\tverb\t{verb}\tai"): (
            "its object is a product built on DeepSeek: 'developed a DeepSeek-based assistant'"
        )
        for verb in ("develop", "set up", "create")
    },
    ("triggers.tsv", "call_for\tverb\task for\tai"): "its object is a measure: 'asked for a ban'",
    # actor heads: "Co." ends a company's name only before "Ltd." and the like
    ("actor_heads.tsv", "Co.\tcompany\tend"): "an abbreviation's stop reads as the sentence's",
    # actor descriptions
    ("actor_descriptions.tsv", "governor's office\tself\t"): (
        "a double possessive ('Virginia's governor's office') reads no subject: left open"
    ),
    ("actor_descriptions.tsv", "governor’s office\tself\t"): 'as "governor\'s office"',
    ("actor_descriptions.tsv", "state pension fund\tkind:state_enterprise\tPension|Fund"): (
        "'Norway's state pension fund' gives a government agency: left open"
    ),
    # gazetteer: forms shared by design (README, "Conventions and known ambiguities") or
    # written with a dash aside that running text splits
    ("gazetteer", "jp-softbank-group\tSoftBank"): "SoftBank is both SoftBank Group and Corp.",
    ("gazetteer", "us-ga\tGeorgia"): "Georgia is the country and the US state",
    ("gazetteer", "bis-intl\tBIS"): "BIS is also the US bureau; no country to tell them apart",
    ("gazetteer", "at-noyb\tnoyb – European Center for Digital Rights"): "a dash aside",
    ("gazetteer", "ae-abu-dhabi-doh\tDepartment of Health – Abu Dhabi"): "a dash aside",
    ("gazetteer", "us-barrons\tBarron's"): "a name that ends in a possessive",
    ("gazetteer", "cn-catl\tContemporary Amperex Technology Co. Limited"): (
        "an abbreviation's stop reads as the sentence's"
    ),
}

#: Subjects for trigger rows, one per row in turn: a regulator, a ministry, a company, a state.
SUBJECTS: tuple[tuple[str, Callable[[Actor], bool]], ...] = (
    ("Italy's data protection authority", lambda a: a.id == "it-garante"),
    ("South Korea's Ministry of Industry", lambda a: a.country == "KR"),
    ("Microsoft", lambda a: a.id == "us-microsoft"),
    ("Texas", lambda a: a.region == "US-TX"),
)
#: What may follow a trigger, most likely first.
OBJECTS = (
    " DeepSeek",
    " on DeepSeek",
    " into DeepSeek",
    " the DeepSeek app",
    " DeepSeek's R1 model",
    " with DeepSeek",
    " against DeepSeek",
    " of DeepSeek",
    " for DeepSeek",
    " to DeepSeek",
    " in DeepSeek",
    " from DeepSeek",
    " about DeepSeek",
    " over DeepSeek",
    " using DeepSeek",
    "",
)
#: What a gapped phrase's "..." may stand for.
FILLERS = ("DeepSeek", "the DeepSeek app", "its", "10 billion", "serious", "staff", "AI")


def _actions(text: str) -> Iterator[tuple[Actor, dp.Action]]:
    ex = dp.extract(text, published=PUB)
    for action in ex.actions:
        yield ex.actor(action.actor), action


def _key(row: TriggerRow) -> str:
    return "\t".join((row.kind.value, row.form, row.phrase, row.object))


def _heads(row: TriggerRow) -> list[str]:
    """The row's words as a report in the past tense writes them."""
    if row.form == "verb":
        first, _, rest = row.phrase.partition(" ")
        forms = inflect(first)
        return [f"{forms[min(2, len(forms) - 1)]} {rest}".strip()]
    if row.form == "noun":
        article = "an" if row.phrase[0] in "aeiou" else "a"
        return [f"{verb} {article} {row.phrase}" for verb in ("announced", "imposed", "signed")]
    pieces = row.phrase.split("...")
    heads = []
    for combo in itertools.islice(itertools.product(FILLERS, repeat=len(pieces) - 1), 30):
        words = [pieces[0].strip()]
        for filler, piece in zip(combo, pieces[1:], strict=True):
            words += [filler, piece.strip()]
        heads.append(" ".join(words))
    return heads


def _trigger_sentences(row: TriggerRow, subject: str) -> Iterator[str]:
    for head in _heads(row):
        for obj in OBJECTS:
            if row.object == "own":  # the actor's own model
                own = obj.replace("DeepSeek's R1 model", "its R2 model")
                yield f"{subject} {head}{own.replace(' DeepSeek', ' its R2 model')} on Monday."
            else:
                yield f"{subject} {head}{obj} on Monday."
        if row.form == "fixed":
            yield f"{subject} said it would {head} DeepSeek."
            yield f"{subject} has {head} DeepSeek."


def _trigger_failure(index: int, row: TriggerRow) -> str | None:
    """None where a sentence of the row gives its action, else what the sentences gave."""
    if row.object == "own":
        subject, is_subject = "DeepSeek", (lambda a: a.id == "cn-deepseek")
    else:
        subject, is_subject = SUBJECTS[index % len(SUBJECTS)]
        if row.phrase.startswith("flag") and subject == "Microsoft":
            # a company that flags a risk makes a statement, no warning to users (by design)
            subject, is_subject = SUBJECTS[0]
    words = {w.split()[0] for w in row.surfaces()} | {
        f.split()[0] for f in _present_forms(row.phrase)
    }
    got: list[str] = []
    for sentence in _trigger_sentences(row, subject):
        for actor, action in _actions(sentence):
            if not is_subject(actor):
                continue
            if action.kind is row.kind and any(w in action.evidence.text.lower() for w in words):
                return None
            got.append(f"{action.kind.value} in {sentence!r}")
    return "; ".join(got[:2]) or f"no action (e.g. {subject} {_heads(row)[0]} DeepSeek)"


def _check(file: str, failures: dict[str, str]) -> None:
    unexcused = {k: v for k, v in failures.items() if (file, k) not in EXCUSED}
    assert not unexcused, "\n".join(f"{k!r}: {v}" for k, v in sorted(unexcused.items()))


def test_excused_rows_still_exist() -> None:
    """An excuse for a row that is gone is dropped with it."""
    rows = {
        name: {"\t".join(r.values()) for r in _lexicon.table(name)}
        for name in {f for f, _ in EXCUSED if f.endswith(".tsv")}
    }
    forms = {f"{e.id}\t{n}" for e in _gazetteer_entries() for n in e.names}
    for file, key in EXCUSED:
        where = forms if file == "gazetteer" else rows[file]
        assert any(r.startswith(key) for r in where), (file, key)


def test_every_trigger_row_reads_as_its_kind() -> None:
    rows = default_lexicon().rows()
    failures = {}
    for index, row in enumerate(rows):
        why = _trigger_failure(index, row)
        if why is not None:
            failures[_key(row)] = why
    _check("triggers.tsv", failures)


def test_no_trigger_row_is_shadowed_or_repeated() -> None:
    """A row whose every surface another row of another kind takes never fires; a row
    written twice is one row."""
    lexicon = default_lexicon()
    pattern = lexicon.pattern()
    seen: set[str] = set()
    for row in lexicon.rows():
        key = _key(row)
        assert key not in seen, f"repeated row {key!r}"
        seen.add(key)
        if row.gapped:
            continue
        found = [pattern.fullmatch(surface) for surface in row.surfaces()]
        winners = {lexicon.row_for(m) for m in found if m is not None}
        assert row in winners or any(w.kind is row.kind for w in winners), (
            f"{key!r} is shadowed by {winners}"
        )


# ----------------------------------------------------------------------- scopes and reasons

_SCOPE_SUBJECTS: dict[str, tuple[str, Callable[[Actor], bool]]] = {
    "body": ("The Texas Department of Information Resources", lambda a: a.region == "US-TX"),
    "firm": ("Microsoft", lambda a: a.id == "us-microsoft"),
    "any": ("Italy", lambda a: a.country == "IT"),
    "warn": ("Italy", lambda a: a.country == "IT"),
    "store": ("Italy", lambda a: a.country == "IT"),
}
_SCOPE_FRAMES = (
    "{A} banned DeepSeek on {p} on Monday.",
    "{A} banned DeepSeek from {p} on Monday.",
    "{A} banned the use of DeepSeek by {p} on Monday.",
    "{A} banned DeepSeek in {p} on Monday.",
    "{A} banned DeepSeek for {p} on Monday.",
    "{A} banned DeepSeek {p} on Monday.",
    "{A} ordered {p} DeepSeek on Monday.",
    "{A} removed DeepSeek from {p} on Monday.",
    "{A} banned {p} from using DeepSeek on Monday.",
    "{A} told {p} not to use DeepSeek on Monday.",
)
_WARN_FRAMES = ("{A} urged {p} to avoid DeepSeek on Monday.",)
_STORE_FRAMES = (
    "{A} ordered app stores to stop {p} DeepSeek on Monday.",
    "{A} banned {p} of DeepSeek on Monday.",
    "{A} banned new {p}s of DeepSeek on Monday.",
)


def _scope_failure(scope: str, phrase: str, for_: str) -> str | None:
    subject, is_subject = _SCOPE_SUBJECTS[for_]
    frames = {"warn": _WARN_FRAMES, "store": _STORE_FRAMES}.get(for_, _SCOPE_FRAMES)
    got = []
    for frame in frames:
        sentence = frame.format(A=subject, p=phrase)
        for actor, action in _actions(sentence):
            if is_subject(actor):
                if any(s.value == scope for s in action.scope):
                    return None
                got.append(f"{[s.value for s in action.scope]} in {sentence!r}")
    return "; ".join(got[:2]) or "no action"


def test_every_scope_row_sets_its_scope() -> None:
    failures = {}
    for row in _lexicon.table("scopes.tsv"):
        if row["scope"] != "-":
            why = _scope_failure(row["scope"], row["phrase"], row["for"] or "any")
            if why is not None:
                failures["\t".join(row.values())] = why
    _check("scopes.tsv", failures)


_REASON_FRAMES = (
    "Italy banned DeepSeek on Monday over {p}.",
    "Italy banned DeepSeek on Monday, citing {p}.",
    "Italy banned DeepSeek on Monday over concerns about {p}.",
    "Italy banned DeepSeek on Monday due to {p} concerns.",
    "Italy banned DeepSeek on Monday, saying the app {p}.",
    "Italy banned DeepSeek on Monday amid fears that the app could {p}.",
    "Italy banned DeepSeek on Monday to {p}.",
    "Italy banned DeepSeek on Monday for {p}.",
)


def test_every_reason_row_gives_its_reason() -> None:
    """A reason row's phrase gives its reason; a "-" row's phrase gives none."""
    failures = {}
    for row in _lexicon.table("reasons.tsv"):
        want, got = row["reason"], []
        for frame in _REASON_FRAMES:
            sentence = frame.format(p=row["phrase"])
            reasons = [r.value for _, a in _actions(sentence) for r in a.reasons]
            if (want == "-" and not reasons) or (want != "-" and want in reasons):
                break
            got.append(f"{reasons} in {sentence!r}")
        else:
            failures["\t".join(row.values())] = "; ".join(got[:2])
    _check("reasons.tsv", failures)


def test_every_target_row_names_its_target() -> None:
    failures = {}
    for row in _lexicon.table("targets.tsv"):
        phrase = row["phrase"].lstrip("~")
        sentence = f"Italy banned {phrase} on Monday."
        targets = [t for _, a in _actions(sentence) for t in a.targets]
        if row["target"] not in targets:
            failures["\t".join(row.values())] = f"{targets} in {sentence!r}"
    _check("targets.tsv", failures)


# ------------------------------------------------------------- actor heads and descriptions


def test_every_actor_head_gives_its_kind() -> None:
    failures = {}
    for row in _lexicon.table("actor_heads.tsv"):
        head, kind, position = row["head"], row["kind"], row["position"]
        sentences = []
        if position in ("end", "both", "owned"):
            sentences.append(f"Kenya's Zarvian {head} banned DeepSeek on Monday.")
        if position in ("end", "both"):
            sentences.append(f"The Zarvian {head} banned DeepSeek on Monday.")
        if position in ("start", "both"):
            sentences.append(f"The {head} of Zarvian Affairs banned DeepSeek on Monday.")
        got = [
            f"{actor.kind.value} in {s!r}"
            for s in sentences
            for actor, _ in itertools.islice(_actions(s), 1)
            if actor.kind.value != kind
        ]
        got += [f"no action in {s!r}" for s in sentences if not any(_actions(s))]
        if got:
            failures["\t".join(row.values())] = "; ".join(got)
    _check("actor_heads.tsv", failures)


#: Places whose possessive a description follows, with the kinds a "self" row may resolve to.
_PLACES = {
    "Japan": ("country",),
    "Texas": ("subnational_government",),
    "Bavaria": ("subnational_government",),
}


def test_every_actor_description_resolves_to_its_kind() -> None:
    failures = {}
    for row in _lexicon.table("actor_descriptions.tsv"):
        target = row["target"]
        got = []
        for place, self_kinds in _PLACES.items():
            sentence = f"{place}'s {row['match']} banned DeepSeek on Monday."
            actor = next((a for a, _ in _actions(sentence)), None)
            if actor is None:
                got.append(f"no action in {sentence!r}")
                continue
            if target == "self":
                good = actor.kind.value in self_kinds
            elif target.startswith("kind:"):
                good = actor.kind.value == target[5:]
            else:  # name:..., embassy: a body of the place
                good = actor.kind.value not in ("person",) and actor.country is not None
            if good:
                break
            got.append(f"{actor.kind.value} {actor.name!r} in {sentence!r}")
        else:
            failures["\t".join(row.values())] = "; ".join(got)
    _check("actor_descriptions.tsv", failures)


# ---------------------------------------------------------------------------- gazetteer


def _gazetteer_entries() -> list[Entry]:
    out = []
    for node in sorted((DATA / "gazetteer").iterdir(), key=lambda n: n.name):
        if node.name.endswith(".tsv"):
            out += parse_tsv(node.read_text(encoding="utf-8"), node.name)
    return out


def _country_names() -> dict[str, str]:
    text = (DATA / "countries.tsv").read_text(encoding="utf-8")
    return {e.country: e.name for e in parse_tsv(text, "countries.tsv") if e.country}


#: Gazetteer forms checked: every form of a file with at most this many entries, and a fixed
#: seeded sample of this many forms of the rest (all 10,267 forms take about 10 s of CPU).
_SMALL_FILE = 40
_SAMPLE = 1800


def _gazetteer_forms() -> list[tuple[Entry, str]]:
    small, large = [], []
    for node in sorted((DATA / "gazetteer").iterdir(), key=lambda n: n.name):
        if not node.name.endswith(".tsv"):
            continue
        entries = parse_tsv(node.read_text(encoding="utf-8"), node.name)
        forms = [(e, n) for e in entries for n in e.names]
        (small if len(entries) <= _SMALL_FILE else large).extend(forms)
    return small + random.Random(23).sample(large, min(_SAMPLE, len(large)))


def test_every_gazetteer_form_finds_its_entry() -> None:
    """ "<form> banned DeepSeek" names the entry; a form two entries share is read where the
    text names the entry's country ("Taiwan's Ministry of Justice")."""
    owners = collections.defaultdict(set)
    for entry in _gazetteer_entries():
        for name in entry.names:
            owners[name].add(entry.id)
    countries = _country_names()
    failures = {}
    for entry, form in _gazetteer_forms():
        frames = [f"{form} banned DeepSeek on Monday.", f"The {form} banned DeepSeek on Monday."]
        if len(owners[form]) > 1:
            country = countries.get(entry.country or "")
            frames = (
                [
                    f"{country}'s {form} banned DeepSeek on Monday.",
                    f"In {country}, the {form} banned DeepSeek on Monday.",
                ]
                if country
                else []
            )
        got = []
        for sentence in frames:
            actor = next((a for a, _ in _actions(sentence)), None)
            if actor is not None and actor.id == entry.id:
                break
            got.append(f"{actor.id if actor else None} in {sentence!r}")
        else:
            failures[f"{entry.id}\t{form}"] = "; ".join(got) or "a shared form with no country"
    _check("gazetteer", failures)


def test_no_two_entries_share_a_name_kind_and_country() -> None:
    """Two entries of one kind and country under one canonical name are one body written
    twice: its forms split between two actors ("University of Toronto", "U of T")."""
    seen: dict[tuple[str, str, str | None], str] = {}
    for entry in _gazetteer_entries():
        key = (entry.name, entry.kind.value, entry.country)
        assert key not in seen, f"{entry.id} and {seen[key]} are both {key}"
        seen[key] = entry.id
