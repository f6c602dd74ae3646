"""Real PDFs for tests, written with matplotlib (text on each page) and pypdf (encryption)."""

from __future__ import annotations

import io
import textwrap
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib.backends.backend_pdf import PdfPages
from pypdf import PdfReader, PdfWriter


def make_pdf(pages: list[str], *, title: str | None = None, author: str | None = None) -> bytes:
    """A PDF with one page per string; base-14 fonts keep it small and extractable."""
    buf = io.BytesIO()
    with (
        matplotlib.rc_context({"pdf.use14corefonts": True, "font.family": "sans-serif"}),
        PdfPages(buf, metadata={"Title": title, "Author": author}) as pdf,
    ):
        for text in pages:
            fig = plt.figure(figsize=(8.27, 11.69))
            lines = [wrapped for para in text.split("\n") for wrapped in (textwrap.wrap(para, 80) or [""])]
            for i, line in enumerate(lines):
                fig.text(0.08, 0.92 - i * 0.025, line, fontsize=10)
            pdf.savefig(fig)
            plt.close(fig)
    return buf.getvalue()


def make_blank_pdf() -> bytes:
    """A PDF with a page and no text at all (like a scan)."""
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def encrypt_pdf(data: bytes, password: str = "s3cret") -> bytes:
    """`data` encrypted with a user password (RC4: needs no crypto library)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path
