"""The report as PDF, drawn with fpdf2 (pure Python) and matplotlib's DejaVu fonts
(which cover Latin, accented and most other scripts monitors quote)."""

from __future__ import annotations

import io
from pathlib import Path

import matplotlib
from fpdf import FPDF
from fpdf.fonts import FontFace

from tallybook.report.render import ReportData

_FONT_DIR = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
_HEAD = FontFace(emphasis="BOLD", fill_color=(242, 245, 249))


class _ReportPDF(FPDF):
    title_text = ""

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("DejaVu", size=7)
        self.set_text_color(110)
        self.cell(0, 6, f"{self.title_text} · page {self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0)


def _heading(pdf: FPDF, text: str) -> None:
    if pdf.get_y() > pdf.h - 50:  # keep a heading with what follows it
        pdf.add_page()
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 12)
    pdf.set_text_color(0, 80, 140)
    pdf.cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0)
    pdf.set_font("DejaVu", size=8)


def _table(
    pdf: FPDF, rows: list[list[str]], widths: tuple[int, ...], numeric: set[int] | None = None
) -> None:
    numeric = numeric or set()
    align = tuple("RIGHT" if n in numeric else "LEFT" for n in range(len(widths)))
    with pdf.table(
        col_widths=widths,
        text_align=align,
        headings_style=_HEAD,
        line_height=4.2,
        borders_layout="HORIZONTAL_LINES",
        padding=0.8,
    ) as table:
        for values in rows:
            row = table.row()
            for v in values:
                row.cell(v)


def _para(pdf: FPDF, text: str, size: int = 8) -> None:
    pdf.set_font("DejaVu", size=size)
    pdf.multi_cell(0, 4.2, text, new_x="LMARGIN", new_y="NEXT")


def render_pdf(r: ReportData) -> bytes:
    pdf = _ReportPDF(format="A4")
    pdf.title_text = r.title
    pdf.set_title(r.title)
    pdf.set_creator(f"tallybook {r.version}")
    pdf.add_font("DejaVu", "", str(_FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(_FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(14, 14, 14)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 16)
    pdf.multi_cell(0, 8, r.title, new_x="LMARGIN", new_y="NEXT")
    meta = f"Generated {r.generated_at} by tallybook {r.version}. Based on {r.documents} source document(s)."
    if r.include_confidential:
        meta += " CONTAINS CONFIDENTIAL MATERIAL: DO NOT PUBLISH."
    _para(pdf, meta)
    t = r.stats.total
    _para(
        pdf,
        f"{t.incidents} incidents; victims {t.victims_low} (low) to {t.victims_high} (high); "
        f"{r.corroborated} incident(s) with two or more independent sources.",
        size=10,
    )

    def best(row_best: int, n: int) -> str:
        return f"{row_best} ({n})" if n else "–"

    _heading(pdf, "Summary by incident type")
    rows = [["Type", "Incidents", "Victims low", "Victims high", "Best (incidents)", "Without figure"]]
    for row in [*r.summary, t]:
        rows.append(
            [
                "Total" if row is t else row.key.replace("_", " "),
                str(row.incidents),
                str(row.victims_low),
                str(row.victims_high),
                best(row.victims_best, row.with_best),
                str(row.without_figure),
            ]
        )
    _table(pdf, rows, (40, 20, 20, 20, 25, 22), numeric={1, 2, 3, 4, 5})

    _heading(pdf, "Timeline")
    pdf.image(io.BytesIO(r.chart.png), w=pdf.epw)
    if r.chart.left_off:
        _para(
            pdf, f"{r.chart.left_off} incident(s) without a month are counted above but not on the timeline."
        )

    _heading(pdf, "Top places")
    rows = [["Place", "Incidents", "Victims low", "Victims high"]]
    rows += [[p.key, str(p.incidents), str(p.victims_low), str(p.victims_high)] for p in r.top_places]
    _table(pdf, rows, (70, 20, 20, 20), numeric={1, 2, 3})

    _heading(pdf, "Named victims")
    if r.victims:
        rows = [["Name", "Incident", "Sources"]]
        for v in r.victims:
            refs = "; ".join(
                f"{s.publisher or s.title}: “{s.evidence}” (sha256 {s.sha256[:12]})" for s in v.sources
            )
            rows.append([v.name, f"#{v.incident_id}: {v.incident}", refs])
        _table(pdf, rows, (35, 50, 95))
    else:
        _para(pdf, "No named victims in this period.")

    _heading(pdf, "Conflicting figures")
    if r.conflicts:
        rows = [["Incident", "Claimant", "Stance", "Figure", "Review", "Counted", "Evidence"]]
        for f in r.conflicts:
            evidence = f"“{f.source.evidence}” ({f.source.title}, sha256 {f.source.sha256[:12]})"
            rows.append(
                [
                    f"#{f.incident_id}: {f.incident}",
                    f.claimant,
                    f.stance,
                    f.figure,
                    f.status,
                    f.counted,
                    evidence,
                ]
            )
        _table(pdf, rows, (34, 26, 16, 20, 17, 17, 52), numeric={5})
    else:
        _para(pdf, "No conflicting figures in this period.")

    _heading(pdf, "Methods: how the numbers are counted")
    for n, rule in enumerate(r.rules, start=1):
        _para(pdf, f"{n}. {rule}")
        pdf.ln(1)
    return bytes(pdf.output())
