from __future__ import annotations

import pytest
from sqlalchemy import select

from link import builders as b
from tallybook.link.quotes import link_quotes
from tallybook.store.db import Store
from tallybook.store.schema import Quote


@pytest.mark.postgres
def test_same_speaker_same_words_are_linked(store: Store) -> None:
    words = "We will not stop until every prisoner is free"
    with store.session() as s:
        d1 = b.document(s, f'"{words}," said Narges Mohammadi.', published="2023-01-02")
        d2 = b.document(s, f'Mohammadi said: "{words}." Later: "{words}"', published="2023-01-05")
        d3 = b.document(s, f'"{words}," said someone else.', published="2023-01-06")
        q1 = Quote(document_id=d1.id, speaker="Narges Mohammadi", text=words + ",", start=1, end=40)
        q2 = Quote(document_id=d2.id, speaker="Narges Mohamadi", text=words + ".", start=20, end=60)
        q3 = Quote(document_id=d2.id, speaker="Narges Mohammadi", text=words, start=70, end=110)
        q4 = Quote(document_id=d3.id, speaker="Shirin Ebadi", text=words, start=1, end=40)
        q5 = Quote(
            document_id=d3.id, speaker="Narges Mohammadi", text="Nothing at all alike here", start=50, end=70
        )
        s.add_all([q1, q2, q3, q4, q5])
    with store.session() as s:
        result = link_quotes(s)
        assert result.repeats == 2
        by_start = {(q.document_id, q.start): q for q in s.scalars(select(Quote))}
        first = by_start[(d1.id, 1)]
        assert first.repeat_of is None
        assert by_start[(d2.id, 20)].repeat_of == first.id
        assert by_start[(d2.id, 70)].repeat_of == first.id
        assert by_start[(d3.id, 1)].repeat_of is None
        assert by_start[(d3.id, 50)].repeat_of is None
