"""Publication dates stated by the text itself."""

from __future__ import annotations

import pytest

from lagebild.dates.published import date_from_text

BODY = ("Der Stadtrat hat am Dienstag den Haushalt beschlossen. Die Opposition stimmte dagegen, "
        "weil die Mittel für Schulen gekürzt werden sollen.\n")


@pytest.mark.parametrize("text, want", [
    ("Haushalt beschlossen\n13.11.2024, 14:35 Uhr\n\n" + BODY, "2024-11-13"),
    ("Haushalt beschlossen\nBerlin, 13. November 2024\n\n" + BODY, "2024-11-13"),
    ("Haushalt beschlossen\nVeröffentlicht am 13. November 2024 um 9 Uhr\n\n" + BODY, "2024-11-13"),
    ("Haushalt beschlossen\n\n" + BODY + "\nStand: 14.11.2024\n", "2024-11-14"),
    ("Mittwoch, 13. November 2024\nHaushalt beschlossen\n\n" + BODY, "2024-11-13"),
    ("Haushalt beschlossen\nVeröffentlicht: 13.11.2024\nAktualisiert: 15.11.2024\n\n" + BODY, "2024-11-13"),
])
def test_datelines_and_meta_lines(text, want):
    found = date_from_text(text)
    assert found is not None and found.value == want and found.origin == "text"
    assert found.expression in text


def test_a_date_in_running_text_is_an_event_not_the_publication_date():
    text = ("Haushalt beschlossen\n\nAm 11. November 2024 hat der Stadtrat nach langer Debatte den Haushalt "
            "für die kommenden beiden Jahre beschlossen, wie eine Sprecherin der Stadt mitteilte.\n" + BODY)
    assert date_from_text(text) is None


def test_no_date_is_unknown():
    assert date_from_text("Haushalt beschlossen\n\n" + BODY) is None
    assert date_from_text("") is None
