"""Language detection without a model: scripts first, then function-word shares."""

from __future__ import annotations

import pytest

from tallybook.extract.text.language import detect_language, is_english

SAMPLES = {
    "en": "The court sentenced the two men to death after a trial that lasted less than an hour, "
    "and their lawyers said they had not been allowed to see the case file.",
    "fr": "Le tribunal a condamné les deux hommes à mort après un procès qui a duré moins d'une heure, "
    "et leurs avocats ont dit qu'ils n'avaient pas pu voir le dossier.",
    "de": "Das Gericht hat die beiden Männer nach einem Verfahren von weniger als einer Stunde zum Tode "
    "verurteilt, und ihre Anwälte sagten, dass sie die Akte nicht sehen durften.",
    "es": "El tribunal condenó a muerte a los dos hombres tras un juicio que duró menos de una hora, "
    "y sus abogados dijeron que no se les permitió ver el expediente.",
    "fa": "دادگاه این دو مرد را پس از یک محاکمه کوتاه به اعدام محکوم کرد "
    "و وکلای آنها گفتند که اجازه دیدن پرونده را نداشتند.",
    "ar": "حكمت المحكمة على الرجلين بالإعدام بعد محاكمة استمرت أقل من ساعة "
    "وقال محاموهما إنه لم يسمح لهم بالاطلاع على الملف.",
    "ru": "Суд приговорил двух мужчин к смертной казни после процесса, который длился меньше часа.",
}


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_detects_language(lang: str) -> None:
    assert detect_language(SAMPLES[lang]) == lang


def test_english_with_a_name_in_persian_script_is_english() -> None:
    text = (
        "Arash Karimi (آرش کریمی) was arrested at his home in the city on Friday and taken to an "
        "unknown place, according to his sister, who said the family has had no news of him since."
    )
    assert detect_language(text) == "en"
    assert is_english(text)


def test_too_short_is_undetermined() -> None:
    assert detect_language("Hello there") == "und"
    assert detect_language("") == "und"
    assert is_english("Hello there")


def test_non_english_is_not_english() -> None:
    assert not is_english(SAMPLES["fr"])
