"""A section heading's victims are the article's subject only by default ("Arrest and trial" in
an article about X gets X and a count of one); the body sentence it announces may count more
people taken with X ("X was arrested together with two other editors"). The heading's count is
then no rival figure: the heading takes the count of the body incident that names its subject,
so that it folds into it.
"""

from __future__ import annotations

from dataclasses import replace

from tallybook.extract.particulars.mentions import Mention


def fold_headings(mentions: list[Mention]) -> None:
    """Gives a summary line whose one victim is the subject the count of the next body mention of
    its type, when that mention names the subject and counts more people."""
    for i, m in enumerate(mentions):
        if not (m.summary and m.figure.count == 1 and len(m.names) == 1):
            continue
        body = next((x for x in mentions[i + 1 :] if x.type == m.type and not x.summary), None)
        if body is not None and m.names[0] in body.names and (body.figure.count or 0) > 1:
            m.figure = replace(body.figure)
