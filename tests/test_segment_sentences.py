"""Where the segmenter ends a sentence: after a stop and the space that follows it, whatever
kind of space that is, and not after an abbreviation or initial."""

from __future__ import annotations

import pytest

from deepseek_policy._segment import MAX_SENTENCE, segment


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in segment(text).sentences]


@pytest.mark.parametrize(
    ("space", "why"),
    [
        (" ", "a space"),
        ("\u00a0", "a no-break space, as '&nbsp;' in a scraped page becomes"),
        ("\u202f", "a narrow no-break space"),
        ("\u3000", "an ideographic space in text pasted from Chinese or Japanese pages"),
        ("\x0c", "a form feed between the pages of a PDF"),
        ("\x0c\x7f ", "a form feed, a stray DEL and a space"),
        ("\x00 ", "a NUL left by a broken export"),
    ],
)
def test_a_stop_and_any_space_end_a_sentence(space: str, why: str) -> None:
    text = f"Italy's watchdog blocked DeepSeek on Thursday.{space}Taiwan banned it on Monday."
    first, second = _sentences(text)
    assert first == "Italy's watchdog blocked DeepSeek on Thursday.", why
    assert second == "Taiwan banned it on Monday.", why


@pytest.mark.parametrize(
    "second",
    [
        "Škoda Auto said it had barred staff from using DeepSeek.",
        "Ørsted said it would not use the app.",
        "Électricité de France has blocked it.",
        "Łódź city hall adopted the model.",
        "Österreichs Datenschutzbehörde prüft die App.",
    ],
)
def test_a_sentence_may_open_on_an_accented_capital(second: str) -> None:
    # (the stop before such a capital ended no sentence, and the act went to the actor before)
    first = "France's CNIL questioned how the company handles data."
    assert _sentences(f"{first} {second}") == [first, second]


@pytest.mark.parametrize(
    "text",
    [
        "The U.S.\u00a0Navy told its sailors not to use DeepSeek.",
        "Gov.\u00a0Kathy Hochul banned the app from state devices.",
        "Dr.\x0cKim said the review would take weeks.",
    ],
)
def test_an_abbreviation_before_any_space_ends_no_sentence(text: str) -> None:
    assert _sentences(text) == [text]


def test_a_run_of_stops_and_control_characters_keeps_sentences_short() -> None:
    # a text whose stops are followed only by control characters was one sentence cut at
    # MAX_SENTENCE: every act in it was read against the whole cut of context
    unit = "Italy\x00 banned\x01 DeepSeek on\x0b Monday.\x0c\x7f "
    sentences = _sentences(unit * 200)
    assert len(sentences) == 200
    assert max(len(s) for s in sentences) < len(unit)


def test_a_run_without_stops_is_cut_at_spaces_within_the_cap() -> None:
    text = "Italy banned DeepSeek, " * 300  # 6,900 characters and no stop
    sentences = segment(text).sentences
    assert len(sentences) > 1
    assert all(s.end - s.start <= MAX_SENTENCE for s in sentences)
    assert all(text[s.start - 1] == " " for s in sentences[1:])  # cut between words
