"""Markup read as plain text: Markdown links and emphasis, HTML tags and entities, zero-width
characters and runs of spaces; every record's evidence is still the original text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import deepseek_policy as dp
from deepseek_policy._markup import plain_text


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("[Italy's Garante](https://example.org/g) blocked it", "Italy's Garante blocked it"),
        ('see [the order](https://example.org/o "The order")', "see the order"),
        ("**Taiwan** banned it", "Taiwan banned it"),
        ("__Taiwan__ banned it", "Taiwan banned it"),
        ("the *temporary* ban", "the temporary ban"),
        ("the _temporary_ ban", "the temporary ban"),
        (
            "<p>Italy blocked it.</p>\n<p>Taiwan banned it.</p>",
            "Italy blocked it.\n\nTaiwan banned it.\n",
        ),
        ("Italy&#39;s watchdog &amp; Ireland&rsquo;s", "Italy's watchdog & Ireland\u2019s"),
        ('<a href="https://example.org/?a=1&amp;b=2">Seoul</a> said', "Seoul said"),
        ("said<br>Taiwan", "said\nTaiwan"),
        ("<tr><td>Italy</td><td>Blocked the app</td></tr>", "Italy | Blocked the app | \n"),
        ("Deep\u200bSeek was ban\u00adned", "DeepSeek was banned"),
        ("Gov.  Kathy   Hochul", "Gov. Kathy Hochul"),
        ("the full 671-billion-\nparameter model", "the full 671-billion-parameter model"),
        ("<script>var a = '<b>';</script>Italy", "Italy"),
        ("<!-- note -- here -->Italy", "Italy"),
    ],
)
def test_markup_reads_as_the_prose_it_renders(text: str, plain: str) -> None:
    got, where = plain_text(text)
    assert got == plain
    assert where is not None


@pytest.mark.parametrize(
    "text",
    [
        "Italy banned DeepSeek on Jan. 30.",
        "AT&T and S&P 500 fell; 5 * 3 = 15",  # an "&" or "*" that is no markup
        "snake_case_name and some_path_here",  # underscores inside words
        "[NEWS1] and [email protected]",  # brackets with no link after them
        "![A caption](https://example.org/p.jpg)",  # an image: the segmenter reads its caption
        "a < b and c > d",
        "&notanentity; and &",
        "  indented line\n    another",  # spaces that open a line stay
        "a list -\n- item\nState-\nOwned",  # a hyphen before a line that opens otherwise
    ],
)
def test_text_without_markup_is_its_own_reading(text: str) -> None:
    assert plain_text(text) == (text, None)


def test_a_span_maps_to_the_original_with_its_markup() -> None:
    text = "**Italy** blocked [DeepSeek](https://example.org/ds) on Jan.&nbsp;30."
    plain, where = plain_text(text)
    assert where is not None
    assert plain == "Italy blocked DeepSeek on Jan.\u00a030."

    def original(word: str) -> str:
        start = plain.index(word)
        a, b = where.span(start, start + len(word))
        return text[a:b]

    assert original("Italy") == "**Italy**"
    assert original("DeepSeek") == "[DeepSeek](https://example.org/ds)"
    assert original("blocked") == "blocked"
    assert original("Jan.\u00a030.") == "Jan.&nbsp;30."
    assert original(plain) == text


_PIECES = [
    "Italy", " banned ", "DeepSeek", ". ", "\n", "**", "*", "_", "__", "[", "](", ")",
    "https://x.org/a", "&amp;", "&#39;", "&nbsp;", "&bogus;", "<p>", "</p>", "<br>",
    "<a href='x'>", "</a>", "<script>", "</script>", "<!--", "-->", "\u200b", "\u00ad", "  ",
    "   ", "!", "<", ">", "&",
]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=60))
def test_every_character_maps_into_the_original_in_order(pieces: list[str]) -> None:
    text = "".join(pieces)
    plain, where = plain_text(text)
    if where is None:
        assert plain == text
        return
    previous = (0, 0)
    for p in range(len(plain)):
        a, b = where.span(p, p + 1)
        assert 0 <= a <= b <= len(text)
        assert (a, b) >= previous  # monotone: spans never run backwards
        previous = (a, b)
        # a copied character is itself in the original; a replacement stands for markup
        assert plain[p] in text[a:b] or plain[p] in " \n'&\u00a0"
    assert where.span(0, len(plain)) == (0, len(text)) or plain == ""


MARKDOWN_ARTICLE = """\
# Taiwan bars DeepSeek from government agencies

TAIPEI, Feb. 3, 2025 - **Taiwan's Ministry of Digital Affairs** on Monday [barred government \
agencies](https://example.org/moda) from using the Chinese AI app DeepSeek, saying it \
endangers _national information security_.

"Data could be sent back to China," a ministry official said.

[South Korea's Personal Information Protection Commission](https://example.org/pipc) said \
on Tuesday it would ask DeepSeek how it handles users' personal data.
"""

HTML_ARTICLE = """\
<h1>Taiwan bars DeepSeek from government agencies</h1>
<p>TAIPEI, Feb. 3, 2025 - Taiwan&#39;s Ministry of Digital Affairs on Monday <a \
href="https://example.org/moda?a=1&amp;b=2">barred government agencies</a> from using the \
Chinese AI app DeepSeek, saying it endangers <em>national information security</em>.</p>
<p>&ldquo;Data could be sent back to China,&rdquo; a ministry official said.</p>
<p>South Korea&rsquo;s Personal Information Protection Commission said on Tuesday it would \
ask DeepSeek how it handles users&#39; personal data.</p>
"""

PLAIN_ARTICLE = """\
Taiwan bars DeepSeek from government agencies

TAIPEI, Feb. 3, 2025 - Taiwan's Ministry of Digital Affairs on Monday barred government \
agencies from using the Chinese AI app DeepSeek, saying it endangers national information \
security.

"Data could be sent back to China," a ministry official said.

South Korea's Personal Information Protection Commission said on Tuesday it would ask \
DeepSeek how it handles users' personal data.
"""


def _found(ex: dp.Extraction) -> list[object]:
    return [
        sorted(
            (ex.actor(a.actor).name, a.kind.value, a.status.value, str(a.date), a.scope)
            for a in ex.actions
        ),
        sorted((c.speaker and ex.actor(c.speaker).name, c.cue) for c in ex.claims),
    ]


@pytest.mark.parametrize("article", [MARKDOWN_ARTICLE, HTML_ARTICLE], ids=["markdown", "html"])
def test_an_article_with_markup_reads_like_the_plain_article(article: str) -> None:
    plain = dp.extract(PLAIN_ARTICLE, published="2025-02-05")
    assert len(plain.actions) >= 2
    ex = dp.extract(article, published="2025-02-05")
    assert _found(ex) == _found(plain)
    for record in (*ex.actions, *ex.claims):  # evidence is the article's own text, markup kept
        span = record.evidence
        assert article[span.start : span.end] == span.text
    assert any(("**" in a.evidence.text) or ("<a " in a.evidence.text) for a in ex.actions)


HTML_TABLE = """\
<h1>Which governments have restricted DeepSeek?</h1>
<table>
<tr><th>Country</th><th>Measure</th><th>Date</th></tr>
<tr><td>Italy</td><td>The Garante ordered the app blocked</td><td>Jan. 30, 2025</td></tr>
<tr><td>Texas</td><td>Governor Greg Abbott banned it on state devices</td><td>Jan. 31, 2025</td></tr>
</table>
"""


def test_an_html_tables_rows_read_as_rows_of_cells() -> None:
    # the cells of a row ran together ("ItalyThe Garante ordered ..."): a cell's end is read
    # as the pipe a Markdown table would write
    ex = dp.extract(HTML_TABLE, published="2025-02-20")
    found = sorted((ex.actor(a.actor).name, a.kind.value, str(a.date)) for a in ex.actions)
    assert found == [
        ("Garante per la protezione dei dati personali", "block", "2025-01-30"),
        ("Greg Abbott", "ban", "2025-01-31"),
    ]
    for a in ex.actions:
        assert a.evidence.text.startswith("<tr><td>")
