from lagebild.config import DedupeConfig
from lagebild.model import Article, Corpus, When
from lagebild.stages.dedupe import Dedupe, shingles, similarity

WIRE = (
    "Berlin (dpa) – Die Bundesregierung hat am Mittwoch ein neues Gesetz zur Förderung der Windenergie beschlossen. "
    "Nach Angaben des Wirtschaftsministeriums sollen bis 2030 doppelt so viele Anlagen an Land entstehen wie heute. "
    "Die Genehmigungsverfahren werden deutlich verkürzt, Klagen gegen Windparks haben künftig keine aufschiebende "
    "Wirkung mehr. Umweltverbände begrüßten den Beschluss, warnten aber vor Einschnitten beim Artenschutz. "
    "Die Opposition kritisierte, das Gesetz komme zu spät und gehe nicht weit genug. Der Bundestag soll noch vor "
    "der Sommerpause abschließend beraten, der Bundesrat im Herbst."
)
OTHER = (
    "Hamburg – Der Hamburger SV hat sein Heimspiel gegen Hannover 96 mit 2:1 gewonnen. Vor 57.000 Zuschauern im "
    "Volksparkstadion traf zunächst der Stürmer nach einer Ecke per Kopf, Hannover glich kurz nach der Pause aus. "
    "In der Nachspielzeit sorgte ein Distanzschuss für den Sieg, der den Verein auf den zweiten Tabellenplatz bringt. "
    "Der Trainer lobte die Moral seiner Mannschaft, die trotz vieler Ausfälle bis zum Schluss an den Sieg glaubte."
)


def _art(aid, text, day=None):
    when = When(value=day, start=day, end=day, precision="day", origin="metadata") if day else When()
    return Article(id=aid, input=f"{aid}.txt", text=text, published=when)


def test_reprint_with_small_edits_is_a_copy_of_the_earlier_original():
    reprint = WIRE.replace("Berlin (dpa) – ", "BERLIN. ").replace("deutlich", "spürbar")
    reprint = reprint.replace(" Der Bundestag soll noch vor der Sommerpause abschließend beraten, der Bundesrat im Herbst.", "")
    corpus = Corpus(articles=(_art("copy", reprint, "2024-05-02"), _art("orig", WIRE, "2024-05-01"),
                              _art("other", OTHER, "2024-05-01")))
    out = {a.id: a.duplicate_of for a in Dedupe().process(corpus).articles}
    assert out == {"copy": "orig", "orig": None, "other": None}


def test_shortened_reprint_is_caught_by_containment():
    short = WIRE.split(". Die Opposition")[0] + "."
    jac, cont = similarity(shingles(short, 5), shingles(WIRE, 5))
    assert cont > 0.95 and jac < 0.8
    corpus = Corpus(articles=(_art("a", WIRE), _art("b", short)))
    out = {a.id: a.duplicate_of for a in Dedupe().process(corpus).articles}
    # no dates: the fuller text is the original
    assert out == {"a": None, "b": "a"}


def test_same_topic_different_text_is_not_a_copy():
    own = ("Das Kabinett in Berlin hat ein Gesetz für mehr Windräder verabschiedet. Ministerium und Verbände "
           "streiten seit Monaten über die Abstände zu Wohnhäusern; nun sollen Länder selbst entscheiden dürfen. "
           "Naturschützer sehen den Artenschutz in Gefahr, die Branche hofft auf schnellere Genehmigungen und mehr "
           "Aufträge für heimische Hersteller, die zuletzt Stellen abbauen mussten.")
    corpus = Corpus(articles=(_art("a", WIRE), _art("b", own)))
    assert all(a.duplicate_of is None for a in Dedupe().process(corpus).articles)


def test_three_copies_point_at_one_original():
    v2 = WIRE.replace("Mittwoch", "Mittwochabend")
    v3 = WIRE.replace("Umweltverbände", "Naturschutzverbände")
    corpus = Corpus(articles=(_art("a", v2, "2024-05-03"), _art("b", WIRE, "2024-05-01"), _art("c", v3, "2024-05-02")))
    out = {a.id: a.duplicate_of for a in Dedupe().process(corpus).articles}
    assert out == {"a": "b", "b": None, "c": "b"}


def test_result_does_not_depend_on_input_order():
    arts = [_art("a", WIRE, "2024-05-01"), _art("b", WIRE.replace("Mittwoch", "Dienstag"), "2024-05-02"),
            _art("c", OTHER)]
    one = {a.id: a.duplicate_of for a in Dedupe().process(Corpus(articles=tuple(arts))).articles}
    two = {a.id: a.duplicate_of for a in Dedupe().process(Corpus(articles=tuple(reversed(arts)))).articles}
    assert one == two


def test_short_texts_need_near_identity():
    cfg = DedupeConfig()
    corpus = Corpus(articles=(_art("a", "Kurze Meldung über Regen."), _art("b", "Kurze Meldung über Schnee.")))
    assert all(a.duplicate_of is None for a in Dedupe(cfg).process(corpus).articles)


def test_reprint_with_light_edits_throughout_is_still_a_copy():
    # roughly one word in ten edited, spread over the whole text ("sagte" -> "erklärte" style edits)
    words = WIRE.split(" ")
    edited = " ".join(w + "e" if i % 10 == 3 else w for i, w in enumerate(words))
    corpus = Corpus(articles=(_art("orig", WIRE, "2024-05-01"), _art("edit", edited, "2024-05-02")))
    out = {a.id: a.duplicate_of for a in Dedupe().process(corpus).articles}
    assert out == {"orig": None, "edit": "orig"}


def test_two_articles_sharing_one_long_quote_are_not_copies():
    quote = ("„Wenn eine der Vertragsparteien einem bewaffneten Angriff ausgesetzt ist, wird die andere Partei "
             "unverzüglich alle verfügbaren Mittel zur militärischen Unterstützung bereitstellen“, heißt es im Vertrag.")
    a = WIRE + " " + quote
    b = OTHER + " " + quote
    corpus = Corpus(articles=(_art("a", a), _art("b", b)))
    assert all(x.duplicate_of is None for x in Dedupe().process(corpus).articles)
