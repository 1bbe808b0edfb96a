"""Year-ago anaphora in earnings reports: which period "a year earlier" and "the 2022 period" shift."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from bot.extract.timex import extract_timexes

PUBLISHED = date(2023, 11, 2)  # a report on the third quarter, published in the fourth


def values(nlp: Language, text: str) -> dict[str, str]:
    return {t.text: t.value for t in extract_timexes(nlp(text), PUBLISHED)}


def test_an_earlier_quarter_named_in_passing_does_not_replace_the_reported_one(nlp: Language) -> None:
    found = values(
        nlp,
        "Acme posted a 20% gain in third-quarter profit. After a flat second quarter, "
        "sales recovered. Interest costs were lower than a year ago.",
    )
    assert found["a year ago"] == "2022-Q3"


def test_a_quarter_not_yet_ended_does_not_replace_the_reported_one(nlp: Language) -> None:
    found = values(
        nlp,
        "Acme's third-quarter net rose 11%. The storm will bring a fourth-quarter charge. "
        "Its insurance unit lost money, compared with a profit a year ago.",
    )
    assert found["a year ago"] == "2022-Q3"


def test_a_later_quarter_that_has_ended_becomes_the_reference(nlp: Language) -> None:
    found = values(nlp, "Acme's second-quarter sales fell. In the third quarter, profit doubled from a year earlier.")
    assert found["a year earlier"] == "2022-Q3"


def test_after_the_nine_months_a_year_earlier_means_the_year(nlp: Language) -> None:
    found = values(
        nlp,
        "Third-quarter profit rose 5%. For the nine months, the company earned $9 million, "
        "compared with a loss a year earlier. The year-ago results included a charge.",
    )
    assert found["a year earlier"] == "2022"
    assert found["year-ago"] == "2022"


def test_a_period_named_by_its_year_after_the_nine_months_is_that_year(nlp: Language) -> None:
    found = values(nlp, "In the third quarter sales rose. In the first nine months, net fell from the 2022 period.")
    assert found["the 2022 period"] == "2022"


def test_a_quarter_named_after_the_nine_months_is_the_reference_again(nlp: Language) -> None:
    found = values(
        nlp,
        "For the nine months, net rose 3%. In the third quarter, revenue fell from a year earlier.",
    )
    assert found["a year earlier"] == "2022-Q3"


def test_quarter_to_quarter_is_not_a_time(nlp: Language) -> None:
    found = values(nlp, "The quarter-to-quarter comparison was helped by charges in the year-earlier period.")
    assert "The quarter" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Third-quarter sales rose. The company earned less in last year's quarter.",
        "Third-quarter sales rose, compared with the corresponding period last year.",
        "Third-quarter sales rose. For the quarter a year ago, the company lost money.",
    ],
)
def test_the_quarter_a_year_back_is_the_reported_quarter_shifted(nlp: Language, text: str) -> None:
    found = values(nlp, text)
    assert "2022-Q3" in found.values(), found
