"""The attribute table gives exactly what the model's attribute_ruler gives, token for token."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from tallybook.extract.text import attribute_table
from tallybook.extract.text.attribute_table import attribute_table_for, use_attribute_table
from tallybook.settings import Settings

COLUMNS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
# Sentences of our own that reach the model's rarer rules: two-token rules ("ai n't", "gon na",
# "Let 's", "There is"), pronoun case by dependency, "but" as an adverb, white space tokens.
OWN = [
    "I ain't gonna sign it, y'all. Let's go. C'mon! There is no record of him. There's nobody left.",
    "I saw it and you saw it, but it saw me.  You gotta tell them:\n\n  they took him.",
    "We did. He has. They had been detained, but only for a day.",
    "   \n\n",
    "",
]


@pytest.fixture(scope="module")
def model() -> Language:
    return spacy.load(Settings.from_env().spacy_model, exclude=["lemmatizer"])


def model_ruler(nlp: Language) -> AttributeRuler:
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    return ruler


def tagged_without_rules(model: Language, texts: list[str]) -> list[Doc]:
    with model.select_pipes(disable=["attribute_ruler"]):
        return list(model.pipe(texts))


def readable(doc: Doc) -> list[tuple[str, str, str, str, str, str]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def assert_same(a: Doc, b: Doc) -> None:
    assert (a.to_array(COLUMNS) == b.to_array(COLUMNS)).all()
    assert readable(a) == readable(b)


def test_same_annotations_as_the_models_ruler(model: Language, shared_dir: Path) -> None:
    dev = [json.loads(x)["text"] for x in (shared_dir / "eval" / "dev.jsonl").read_text().splitlines() if x]
    ruler = model_ruler(model)
    table = attribute_table_for(ruler)
    assert table is not None
    for doc in tagged_without_rules(model, OWN + dev):
        by_ruler, by_table = ruler(doc.copy()), table(doc.copy())
        assert_same(by_ruler, by_table)
    # the rare rules were reached: the sentences above are not all plain
    first = table(tagged_without_rules(model, OWN[:1])[0])
    assert [t.lemma_ for t in first if t.lower_ in ("ai", "gon", "na")] == ["be", "go", "to"]
    assert next(t for t in first if t.lower_ == "there").pos_ == "PRON"


def test_a_later_rule_wins_and_two_token_rules_reach_their_indexed_token() -> None:
    nlp = spacy.blank("en")
    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"TAG": "NN"}]], {"POS": "NOUN"})
    ruler.add([[{"TAG": "NN", "LOWER": "arrest"}]], {"POS": "VERB", "LEMMA": "arrest"})
    ruler.add([[{"LOWER": "mass"}, {"LOWER": "arrest"}]], {"MORPH": "Number=Sing"}, index=-1)
    ruler.add([[{"LOWER": {"IN": ["hanged", "flogged"]}}]], {"POS": "VERB"})
    ruler.add([[{"LOWER": {"REGEX": "^exec"}}]], {"LEMMA": "execute"})
    table = attribute_table_for(ruler)
    assert table is not None
    words = ["a", "mass", "arrest", "and", "an", "arrest", "hanged", "executions"]
    doc = Doc(nlp.vocab, words=words, tags=["DT", "JJ", "NN", "CC", "DT", "NN", "VBN", "NNS"])
    by_ruler, by_table = ruler(doc.copy()), table(doc.copy())
    assert_same(by_ruler, by_table)
    assert [t.pos_ for t in by_table][2] == "VERB"  # the later, narrower rule
    assert [str(t.morph) for t in by_table][2] == "Number=Sing"
    assert str(by_table[5].morph) == ""  # "arrest" without "mass" before it
    assert by_table[7].lemma_ == "execute" and by_table[6].pos_ == "VERB"


def test_a_rule_it_cannot_read_keeps_the_models_ruler() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler")
    ruler = model_ruler(nlp)
    ruler.add([[{"TAG": "NN"}]], {"POS": "NOUN"})
    assert attribute_table_for(ruler) is not None
    ruler.add([[{"LENGTH": {">=": 12}}]], {"POS": "NOUN"})
    assert attribute_table_for(ruler) is None
    use_attribute_table(nlp)
    assert nlp.pipe_names == ["attribute_ruler"]


def test_the_pipeline_uses_the_table(nlp: Language) -> None:
    assert "attribute_ruler" not in nlp.pipe_names
    assert nlp.pipe_names.index("tallybook_attribute_table") == nlp.pipe_names.index("parser") + 1


def test_what_it_remembers_is_bounded(model: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attribute_table, "_MAX_SEEN", 3)
    ruler = model_ruler(model)
    table = attribute_table_for(ruler)
    assert table is not None
    for doc in tagged_without_rules(model, OWN[:3]):
        assert_same(ruler(doc.copy()), table(doc.copy()))
        assert len(table._seen) <= 3
