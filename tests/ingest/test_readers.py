"""Each reader on real inputs: encodings, HTML pages, PDFs written by matplotlib, batches."""

from __future__ import annotations

import json

import pytest

from tallybook.errors import IngestError
from tallybook.ingest.readers.html import read_html
from tallybook.ingest.readers.jsonl import Record, canonical, read_jsonl
from tallybook.ingest.readers.pdf import PAGE_BREAK, read_pdf
from tallybook.ingest.readers.text import read_text
from tallybook.ingest.sniff import sniff
from tallybook.model.partial_dates import partial_date

from .pdfs import encrypt_pdf, make_blank_pdf, make_pdf

SENTENCE = "Witnesses said at least 12 prisoners were executed in Halvar Central Prison — “in secret”."


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("utf-8", b""), ("utf-8-sig", b""), ("utf-16", b""), ("utf-16-le", b""), ("utf-16-be", b"")],
)
def test_text_in_unicode_encodings_reads_the_same(encoding: str, prefix: bytes) -> None:
    reading = read_text(prefix + (SENTENCE + "\nSecond line.\n").encode(encoding), "r.txt")
    assert reading.text == SENTENCE + "\nSecond line.\n"
    assert reading.content_type == "text/plain"


def test_text_in_a_legacy_encoding_is_detected() -> None:
    russian = "Правозащитники сообщают, что в тюрьме были казнены по меньшей мере двенадцать заключённых."
    reading = read_text(russian.encode("cp1251"), "r.txt")
    assert reading.text == russian
    assert reading.attrs["encoding"] == "cp1251"


def test_newlines_become_lf_and_nothing_else_changes() -> None:
    raw = "  Title\r\n\r\nOne.\rTwo.\n\tThree.  \f"
    assert read_text(raw.encode(), "r.txt").text == "  Title\n\nOne.\nTwo.\n\tThree.  \f"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b" \n\t\n", "empty file (only whitespace)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary data"),
        (bytes(range(0x80, 0x100)) * 4, "cannot decode"),
    ],
)
def test_non_text_is_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(IngestError) as err:
        read_text(data, "bad.txt")
    assert err.value.source == "bad.txt"
    assert err.value.reason.startswith(reason)


PAGE = """<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<title>Ledger | Prison deaths</title><meta name="author" content="Helena Varga">
<meta property="og:site_name" content="The Northern Ledger">
<meta property="article:published_time" content="2024-03-15T09:30:00Z"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li></ul></nav>
<article><h1>Prison deaths</h1>
<p>At least 31 people were killed in Tarnow on Tuesday, according to a local rights group.</p>
<p>"The use of lethal force is never acceptable," said the High Commissioner, Amara Dossou.</p>
</article><footer>Copyright 2024 The Northern Ledger. Subscribe today.</footer></body></html>"""


def test_html_keeps_the_article_and_its_metadata_and_drops_the_menus() -> None:
    reading = read_html(PAGE.encode(), "page.html")
    assert "At least 31 people were killed in Tarnow" in reading.text
    assert "Amara Dossou" in reading.text
    assert "World news" not in reading.text
    assert "Subscribe" not in reading.text
    assert reading.title == "Prison deaths"
    assert reading.author == "Helena Varga"
    assert reading.publisher == "The Northern Ledger"
    assert reading.published == "2024-03-15"
    assert reading.language == "en-GB"


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav></body></html>",
        "<html><body><div><a href='/'>Home</a> | <a href='/a'>About us</a> | <a href='/c'>Contact</a></div>"
        "</body></html>",
        "<html><head><title>Only a title</title></head><body></body></html>",
    ],
)
def test_html_without_main_text_is_refused(page: str) -> None:
    with pytest.raises(IngestError, match="no main text"):
        read_html(page.encode(), "menu.html")


def test_pdf_text_is_joined_by_page_with_offsets() -> None:
    pages = ["First page: at least 12 executions were reported.", "Second page: the UN expert spoke."]
    reading = read_pdf(make_pdf(pages, title="Briefing", author="Desk"), "b.pdf")
    assert len(reading.pages) == 2
    first, second = (reading.text[a:b] for a, b in reading.pages)
    assert first.strip() == pages[0]
    assert second.strip() == pages[1]
    assert reading.text[reading.pages[0][1] : reading.pages[1][0]] == PAGE_BREAK
    assert reading.title == "Briefing"
    assert reading.author == "Desk"
    assert reading.published is None  # the file's creation date is not a publication date


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda pdf: pdf[: len(pdf) // 2], "truncated"),
        (lambda pdf: encrypt_pdf(pdf), "encrypted PDF (needs a password)"),
        (lambda pdf: make_blank_pdf(), "PDF has no extractable text"),
        (lambda pdf: b"%PDF-1.7\nnot really a pdf\n%%EOF\n", "damaged PDF"),
    ],
)
def test_unreadable_pdfs_are_refused(make: object, reason: str) -> None:
    pdf = make_pdf(["Some text on a page."])
    assert callable(make)
    with pytest.raises(IngestError) as err:
        read_pdf(make(pdf), "x.pdf")
    assert err.value.reason.startswith(reason)


def test_jsonl_lines_are_documents_and_bad_lines_are_named() -> None:
    good = {
        "id": "a1",
        "text": "At least 3 people died.",
        "publisher": "JWK",
        "published": "2024-02",
        "url": None,
    }
    lines = [
        json.dumps(good),
        "",
        "{not json",
        json.dumps({"id": "a2"}),
        json.dumps({"id": "a3", "text": "x", "published": "March 2024"}),
        json.dumps({"text": "No id.\r\nKept verbatim.", "title": "T"}),
    ]
    items = list(read_jsonl("\n".join(lines).encode(), "batch.jsonl"))
    errors = [i for i in items if isinstance(i, IngestError)]
    records = [i for i in items if isinstance(i, Record)]
    assert [e.source for e in errors] == ["batch.jsonl:3", "batch.jsonl:4", "batch.jsonl:5"]
    assert "not JSON" in errors[0].reason
    assert '"text"' in errors[1].reason
    assert '"published"' in errors[2].reason
    assert [r.line for r in records] == [1, 6]
    assert records[0].original == canonical(good)
    assert records[0].reading.external_id == "a1"
    assert records[0].reading.published == "2024-02"
    assert records[0].source == "jsonl:batch.jsonl#a1"
    assert records[1].reading.text == "No id.\r\nKept verbatim."
    assert records[1].source == "jsonl:batch.jsonl#line6"


def test_canonical_json_ignores_spacing_and_key_order() -> None:
    assert (
        canonical(json.loads('{"b": 1,  "a": "é"}'))
        == canonical({"a": "é", "b": 1})
        == '{"a":"é","b":1}'.encode()
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024", "2024"),
        ("2024-03", "2024-03"),
        ("2024-03-15T09:30:00Z", "2024-03-15"),
        ("2024-02-30", None),
        ("2024-13", None),
        ("March 2024", None),
        (None, None),
    ],
)
def test_partial_dates(value: str | None, expected: str | None) -> None:
    assert partial_date(value) == expected


def test_sniff_by_magic_then_name_then_content_type() -> None:
    assert sniff(b"%PDF-1.4 ...", "report.txt") == "pdf"
    assert sniff(b"garbage", "report.pdf") == "pdf"
    assert sniff(b"\xef\xbb\xbf  <!DOCTYPE html><html><body>x", "noext") == "html"
    assert sniff(b'{"id": 1, "text": "x"}\n', "batch") == "jsonl"
    assert sniff(b"<p>fragment</p>", "", "text/html") == "html"
    assert sniff(b"Plain words.", "notes") == "text"
    assert sniff(b"Plain words.", "notes.htm") == "html"
