"""Cleaning marks page furniture and repeats as removed spans; the text itself never changes."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lagebild.model import Article
from lagebild.stages.clean import Clean, classify_line, guess_title

FURNITURE = [
    "Zum Inhalt springen", "zum Inhalt", "Direkt zum Hauptinhalt", "Skip to main content",
    "Startseite > Politik > Ausland", "Home » Nachrichten » Welt", "Startseite | Sport | Fußball",
    "Lesen Sie auch:", "Lesen Sie auch: Was der Vertrag bedeutet", "Mehr zum Thema – Nebensja: Kooperation",
    "Mehr zum Thema: Russland", "Weiterführende Informationen: „Für jeden Krieg bereit“", "Das könnte Sie auch interessieren",
    "Auch interessant: Die besten Bilder", "Siehe auch: Chronik", "Read more: what happened", "Weiterlesen",
    "Teilen", "Artikel teilen", "Drucken", "Kommentare", "Kommentare (12)", "12 Kommentare", "Teilen | Drucken | Merken",
    "Facebook Twitter WhatsApp", "Newsletter abonnieren", "Jetzt abonnieren", "Anzeige", "Aktuelles", "Video", "Nach oben",
    "Wir verwenden Cookies, um unsere Website für Sie zu verbessern.",
    "Diese Seite nutzt Cookies. Mit der Nutzung stimmen Sie der Datenschutzerklärung zu.",
    "PREV „Die kalte Luft erreicht uns mit Regen und Wind“", "NEXT dieses neue Darlehen für Eigentümer",
    "Next: Five things to know", "Previous article: Storm warning",
    "Vorheriger Artikel: Smartphone-Markt wächst", "Nächster Artikel: Wetter",
    "-", "–", "***", "* * *", "___", "•", "© 2024 Beispielverlag GmbH", "Copyright 2024 dpa", "Alle Rechte vorbehalten.",
    "Foto: dpa", "Bild: Reuters/Kim Hong-Ji", "Quelle: AFP",
    "Lesezeit: 3 Min.", "3 Min. Lesezeit", "Stand: 12.11.2024, 10:00 Uhr", "Aktualisiert am 12.11.2024",
    "Veröffentlicht am Dienstag, 12. November 2024, 08:15 Uhr", "Bild vergrößern", "(Foto: dpa)",
    "Foto: picture alliance / dpa | Michael Kappeler", "Mehr aus dem Ressort", "Hier geht es zum Liveblog",
    "Dieser Artikel ist nur für Abonnenten verfügbar.", "Politik", "Lire aussi : La Russie", "Partager",
]

CONTENT = [
    "Die Bundesregierung hat am Mittwoch ein Gesetz beschlossen.",
    "„Heiliger Kampf“", "Berlin (dpa) – Der Bundestag hat am Freitag abgestimmt.",
    "Mehr als 100 Menschen sind bei dem Unglück ums Leben gekommen.",
    "Weiter hieß es, die Gespräche würden fortgesetzt.", "Teile der Stadt waren ohne Strom.",
    "Kommentare von Politikern fielen scharf aus, die Opposition sprach von Versagen.",
    "Lesen Sie das ganze Interview der Ministerin, sagte der Sprecher, sei nicht autorisiert.",
    "Video-Aufnahmen zeigen, wie die Brücke in die Elbe stürzt.",
    "Teilen sich Russland und Nordkorea eine Grenze? Ja, sie ist 39 Kilometer lang.",
    "Die Cookie-Richtlinie der EU wird seit Jahren kritisiert.",
    "Foto und Video von dem Vorfall verbreiteten sich schnell in sozialen Netzwerken, sagte die Polizei.",
    "Dresden, 11.09.2024", "Von Anna Beispiel", "(Mit Beiträgen von Agenturen)",
    "Nach Angaben aus Südkorea sollten politische Gespräche am Donnerstag stattfinden.",
    "Startseite der Partei war am Mittwoch nicht erreichbar.",
    "Der russische Präsident Wladimir Putin: Sein Besuch in Nordkorea ist bis Mittwoch geplant.",
    "Nächste Woche will das Kabinett erneut beraten.", "Zurück in Berlin sagte Scholz, er sei zufrieden.",
    "Home-Office bleibt in vielen Firmen die Regel.", "Anzeigen gegen die Demonstranten wurden erstattet.",
    "Suche nach Vermissten geht weiter", "Plus 3,5 Prozent im Vergleich zum Vorjahr.",
    "Live-Übertragungen aus dem Gericht sind verboten.", "Newsletter-Anbieter müssen die DSGVO beachten.",
    "Kim sagte, das Abkommen sei der „stärkste Vertrag aller Zeiten“.",
    "Copyrights an Filmen sind ein Streitthema zwischen den Studios.",
    "Quellen aus dem Kreml bestätigten das Treffen.",
    "Unterstützung des Ukraine-Konflikts: Putin lobt die Solidarität Nordkoreas",
    "Stand der Dinge ist unklar.", "Weiter geht es am Montag.", "Empfohlen wird, die Fenster zu schließen.",
    "Politik und Wirtschaft streiten über den Haushalt.", "Mehr aus dem Kanzleramt war nicht zu erfahren.",
    "Next steps will be announced at the company meeting.", "http://amzn.to/2iJFhRj",
    "https://www.bundestag.de/dokumente/textarchiv/2024",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_page_furniture_is_flagged(line):
    assert classify_line(line) is not None


@pytest.mark.parametrize("line", CONTENT)
def test_content_is_not_flagged(line):
    assert classify_line(line) is None


def test_site_name_line_matches_the_known_source():
    assert classify_line("SPIEGEL", source="Spiegel") == "boilerplate: site name"
    assert classify_line("SPIEGEL") is None


def _removed_text(text, source=None):
    return [(text[r.start:r.end], r.reason) for r in Clean().find_removed(text, source)]


PARA = ["Der erste Absatz berichtet ausführlich über das Treffen der Minister in Brüssel am Montag.",
        "Der zweite Absatz beschreibt die Reaktionen der Opposition und der Verbände auf den Beschluss.",
        "Der dritte Absatz ordnet die Entscheidung historisch ein und nennt die nächsten Schritte."]


def test_repeated_block_second_copy_only():
    text = "\n".join(["Titel der Meldung hier", *PARA, PARA[0], PARA[1], "Schluss des Artikels folgt hier mit einem Satz."])
    removed = _removed_text(text)
    assert removed == [(PARA[0] + "\n" + PARA[1], "repeated block")]


def test_title_repeated_three_times_keeps_the_first():
    title = "Russland und Nordkorea ratifizieren ihren Vertrag"
    text = "\n".join([title, title, title, *PARA])
    removed = _removed_text(text)
    assert removed == [(title + "\n" + title, "repeated title")]
    assert text.index(title) == 0


def test_caption_printed_twice():
    cap = "Der Präsident bei seiner Ankunft am Flughafen."
    text = "\n\n".join(["Eine Überschrift für den Test", PARA[0], cap, cap, PARA[1]])
    assert _removed_text(text) == [(cap, "repeated line (caption or title)")]


def test_trailing_furniture_goes_but_credits_stay():
    text = "\n".join(["Eine Überschrift für den Test", *PARA, "(Mit Material von dpa)", "Canada", "Weitere Themen"])
    removed = _removed_text(text)
    assert removed == [("Canada\nWeitere Themen", "boilerplate: trailing page furniture")]


def test_site_label_above_the_first_paragraph():
    text = "\n".join(["TAGESKURIER", "Eine Überschrift mit mehreren Wörtern", "Berlin, 12.09.2024", *PARA])
    assert _removed_text(text) == [("TAGESKURIER", "boilerplate: site name or section label")]


def test_process_keeps_text_and_sets_title():
    text = "zum Inhalt\n" + "Eine Überschrift für den Test\n" + "\n".join(PARA)
    article = Clean().process(Article(id="a", input="a.txt", text=text))
    assert article.text == text
    assert article.title == "Eine Überschrift für den Test"
    assert [text[r.start:r.end] for r in article.removed] == ["zum Inhalt"]


def test_guess_title_needs_a_headline():
    assert guess_title(PARA[0] + "\n" + PARA[1], []) is None
    assert guess_title("# Markdown-Überschrift hier\n" + PARA[0], []) == "Markdown-Überschrift hier"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(FURNITURE + CONTENT + PARA + ["", " ", "\t"]), max_size=25),
       st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_removed_spans_are_sorted_disjoint_and_inside(lines, sep):
    text = sep.join(lines)
    article = Clean().process(Article(id="a", input="a", text=text))
    assert article.text == text
    last = 0
    for rem in article.removed:
        assert last <= rem.start < rem.end <= len(text)
        assert text[rem.start:rem.end].strip()
        last = rem.end


def test_trailing_list_items_and_dates_stay():
    text = "\n".join(["Eine Überschrift für den Test", *PARA, "1) Erster Punkt", "2) Zweiter Punkt", "29. November 2024"])
    assert _removed_text(text) == []
