"""Constructions the frame rules must handle, one sentence each (written for these tests)."""

import pytest

from lagebild.events import analyse_text

PUB = "2025-03-12"  # a Wednesday


def frames(text, published=PUB):
    art = analyse_text(text, published)
    out = []
    for f in art.frames:
        roles = {}
        for p in f.participants:
            if p.role != "other":  # places and things named beside the event
                roles.setdefault(p.role, set()).add(text[p.start:p.end])
        out.append({"type": f.type, "trigger": text[f.trigger[0]:f.trigger[1]], "roles": roles, "when": f.when.value,
                    "modality": f.modality, "by": f.attributed_to, "where": f.where,
                    "amounts": [(q.value, q.what) for q in f.quantities]})
    return out


def only(text, published=PUB):
    found = frames(text, published)
    assert len(found) == 1, found
    return found[0]


def test_v2_with_time_in_front_and_apposition():
    f = only("Am Montag traf Bundeskanzler Olaf Scholz den französischen Präsidenten Emmanuel Macron in Paris.")
    assert f["type"] == "meet" and f["when"] == "2025-03-10" and f["where"] == "Paris"
    assert "Olaf Scholz" in f["roles"]["agent"] and len(f["roles"]["agent"]) == 2


def test_separable_verb_needs_its_particle():
    f = only("Israel griff am Sonntag Ziele im Libanon an.")
    assert (f["type"], f["when"]) == ("attack", "2025-03-09")
    assert f["roles"] == {"agent": {"Israel"}, "target": {"Libanon"}}  # "Ziele im Libanon": the state attacked
    assert frames("Er griff zum Telefon.") == []


def test_passive_with_von_agent():
    f = only("Das Abkommen wurde am Freitag von Indien und Japan unterzeichnet.")
    assert f["type"] == "sign_agreement" and f["roles"]["agent"] == {"Indien", "Japan"} and f["when"] == "2025-03-07"


def test_participle_attribute_is_a_past_event():
    found = frames("Das am 19. Februar in Brüssel unterzeichnete Abkommen soll im Mai in Kraft treten.")
    sign = next(f for f in found if f["type"] == "sign_agreement")
    assert sign["when"] == "2025-02-19" and sign["modality"] == "asserted"
    force = next(f for f in found if f["type"] == "enter_into_force")
    assert force["when"] == "2025-05" and force["modality"] == "planned"


def test_nominalisation_with_light_verb_and_with_genitive():
    f = only("Die Unterzeichnung erfolgte durch Außenministerin Annalena Baerbock.")
    assert f["type"] == "sign_agreement" and f["roles"]["agent"] == {"Annalena Baerbock"}
    found = frames("Nach dem Besuch Macrons in Peking verhängte China Zölle auf Cognac.")
    visit = next(f for f in found if f["type"] == "visit")
    assert visit["roles"]["agent"] == {"Macrons"} and visit["roles"]["target"] == {"Peking"}
    sanction = next(f for f in found if f["type"] == "sanction")
    assert sanction["roles"]["agent"] == {"China"}


def test_konjunktiv_and_laut_attribution_with_amount():
    f = only("Laut Kiew habe Russland in der Nacht mehr als 80 Drohnen auf die Ukraine abgefeuert.")
    assert f["type"] == "attack" and f["modality"] == "reported" and f["by"] == "Kiew"
    assert f["roles"]["agent"] == {"Russland"} and f["roles"]["target"] == {"Ukraine"}
    assert f["amounts"] == [(80, "Drohnen")]


def test_denial_of_an_embedded_event():
    f = only("Der Kreml wies Berichte zurück, wonach Moskau Waffen an den Iran geliefert habe.")
    assert f["type"] == "arms_transfer" and f["modality"] == "denied" and f["by"] == "Kreml"
    assert f["roles"]["agent"] == {"Moskau"} and f["roles"]["target"] == {"Iran"}
    f = only("Die Türkei bestritt, kurdische Stellungen in Syrien bombardiert zu haben.")
    assert f["type"] == "attack" and f["modality"] == "denied" and f["roles"]["agent"] == {"Türkei"}


def test_plain_denial_is_a_deny_frame():
    f = only("Der Kreml dementierte den Bericht am Dienstag.")
    assert f["type"] == "deny" and f["roles"]["agent"] == {"Kreml"} and f["when"] == "2025-03-11"


def test_planned_trip_resolves_the_weekday_forward():
    f = only("Scholz will am kommenden Freitag nach Washington reisen.")
    assert (f["type"], f["modality"], f["when"]) == ("visit", "planned", "2025-03-14")
    assert f["roles"]["target"] == {"Washington"}


def test_relative_clause_and_subject_before_it():
    found = frames("Der frühere Finanzminister Christian Lindner, der im November entlassen worden war, "
                   "kritisierte die Regierung.")
    dismiss = next(f for f in found if f["type"] == "dismiss")
    assert dismiss["roles"]["target"] == {"Christian Lindner"} and dismiss["when"] == "2024-11"
    criticize = next(f for f in found if f["type"] == "criticize")
    assert criticize["roles"]["agent"] == {"Christian Lindner"}


def test_dative_recipient_and_object_class():
    f = only("Die USA lieferten der Ukraine 31 Abrams-Panzer.")
    assert f["type"] == "arms_transfer" and f["roles"] == {"agent": {"USA"}, "target": {"Ukraine"}}
    assert frames("Die Firma lieferte Möbel nach Wien.") == []


def test_hypothetical_and_negated():
    f = only("Falls Serbien die Grenze schließt, würde der Kosovo Sanktionen verhängen.")
    assert f["type"] == "sanction" and f["modality"] == "hypothetical"
    f = only("Die Türkei hat Schweden am Montag nicht angegriffen.")
    assert f["modality"] == "negated"


def test_so_agency_attribution_and_coordination():
    f = only("Putin und Xi Jinping unterzeichneten eine gemeinsame Erklärung, so die Agentur Xinhua.")
    assert f["roles"]["agent"] == {"Putin", "Xi Jinping"} and f["modality"] == "reported" and f["by"] == "Xinhua"


def test_accusation_passes_its_target_to_the_embedded_event():
    found = frames("Die Nato wirft Russland vor, Cyberangriffe auf Deutschland verübt zu haben.")
    accuse = next(f for f in found if f["type"] == "accuse")
    assert accuse["roles"] == {"agent": {"Nato"}, "target": {"Russland"}}
    attack = next(f for f in found if f["type"] == "attack")
    assert attack["roles"]["agent"] == {"Russland"} and attack["modality"] == "reported" and attack["by"] == "Nato"


def test_announcement_makes_the_event_planned():
    f = only("Macron kündigte am Dienstag an, im April nach Indien zu reisen.")
    assert (f["type"], f["modality"]) == ("visit", "planned")
    assert f["roles"]["agent"] == {"Macron"} and f["roles"]["target"] == {"Indien"}


@pytest.mark.parametrize("text", [
    "Die Angriffsfläche für Kritik ist groß.",
    "Der Kanzler traf eine Entscheidung.",
    "Die Mannschaft trifft am Freitag auf Rapid Wien.",
    "Zahlreiche Gebäude wurden von Raketen getroffen.",
    "Der Ort ist mit Absicht gewählt.",
    "Das Programm fordert im Anschluss ein Lösegeld.",
    "Er lieferte eine starke Leistung ab.",
])
def test_no_event(text):
    assert frames(text) == []


def test_adjacent_person_and_organisation_mentions_terminate():
    """A person directly followed by an organisation mention once sent the grouping into a loop."""
    import signal

    def stop(*_):
        raise TimeoutError("frame extraction did not finish")

    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(20)
    try:
        found = frames("Am Montag traf Kanzler Olaf Scholz SPD-Chef Lars Klingbeil und Außenministerin Annalena "
                       "Baerbock Grünen-Chef Omid Nouripour in Berlin.")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert found and found[0]["type"] == "meet"


def test_who_calls_a_strike_leads_it_and_planners_plan():
    f = only("Die Gewerkschaft Verdi hat die Beschäftigten zu einem Warnstreik aufgerufen.")
    assert f["type"] == "protest" and f["roles"].get("agent") == {"Verdi", "Beschäftigten"}  # the workers strike too
    f = only("Russland und Nordkorea planten, einen Vertrag über Zusammenarbeit zu unterzeichnen.")
    assert f["type"] == "sign_agreement" and f["modality"] == "planned"
    assert f["roles"]["agent"] == {"Russland", "Nordkorea"}


def test_court_verdicts_and_acquittals():
    f = only("Das Landesgericht hat den früheren Minister Paul Gruber wegen Untreue zu drei Jahren Haft verurteilt.")
    assert f["type"] == "convict" and f["modality"] == "asserted"
    f = only("Das Landesgericht hat den früheren Minister Paul Gruber vom Vorwurf der Untreue freigesprochen.")
    assert f["type"] == "convict" and f["modality"] == "negated"
    f = only("Die Kanzlerin Anna Berger verurteilte den Überfall scharf.")
    assert f["type"] == "criticize"


def test_a_death_toll_is_a_killing_with_its_figure():
    f = only("Die Zahl der Toten stieg nach Angaben der Behörden auf 38.")
    assert f["type"] == "kill" and f["amounts"] == [(38.0, "Toten")]
    assert frames("Die Zahl der Arbeitslosen stieg auf drei Millionen.") == []


def by_type(text, published=PUB):
    return {f["type"]: f for f in frames(text, published)}


def test_nominal_events_planned_promised_or_judged_as_objects():
    f = by_type("Kremlsprecher Dmitri Peskow wies Berichte zurück, Russland plane einen Angriff auf das Baltikum.")
    assert f["attack"]["roles"]["agent"] == {"Russland"} and f["attack"]["modality"] == "planned"
    f = only("Ministerin Eva Kranz hat der Ukraine die volle Unterstützung zugesichert.")
    assert f["type"] == "support" and f["roles"] == {"agent": {"Eva Kranz"}, "target": {"Ukraine"}}
    f = by_type("Außenministerin Eva Kranz verurteilte den Raketenangriff auf ein Krankenhaus in Kiew.")
    assert set(f) == {"criticize", "attack"}
    assert set(by_type("Die Kanzlerin Anna Berger verurteilte den Überfall scharf.")) == {"criticize"}


def test_appositions_lists_and_pronouns_keep_the_subject():
    f = only("Die Vorsitzende der Partei, Lena Brandt, ist am Mittwoch zurückgetreten.")
    assert f["type"] == "resign" and f["roles"] == {"agent": {"Lena Brandt"}}
    f = only("Deutschland, die USA und die Niederlande wollen der Ukraine drei Patriot-Systeme liefern.")
    assert f["type"] == "arms_transfer" and f["roles"]["agent"] == {"Deutschland", "USA", "Niederlande"}
    assert f["roles"]["target"] == {"Ukraine"}
    f = by_type("Kanzler Friedrich Merz reist nächste Woche nach Kiew, wo er Präsident Wolodymyr Selenskyj treffen will.")
    assert f["meet"]["roles"]["agent"] == {"Friedrich Merz", "Wolodymyr Selenskyj"}


def test_receivers_state_passives_and_headlines():
    f = only("Moskau bestreitet, Waffen aus Nordkorea erhalten zu haben.")
    assert f["type"] == "arms_transfer" and f["modality"] == "denied"
    assert f["roles"] == {"agent": {"Nordkorea"}, "target": {"Moskau"}}
    f = only("Das Abkommen ist vom Bundestag inzwischen ratifiziert.")
    assert f["type"] == "ratify" and f["roles"] == {"agent": {"Bundestag"}}
    f = only("Putsch in Guinea-Bissau: Präsident Embaló von Offizieren abgesetzt")
    assert f["type"] == "dismiss" and f["roles"] == {"target": {"Embaló"}}
    assert only("Merz ist von Berlin nach Kiew gereist.")["roles"] == {"agent": {"Merz"}, "target": {"Kiew"}}
    f = only("Papst Leo XIV. zu Besuch in der Türkei")
    assert f["roles"] == {"agent": {"Papst Leo XIV"}, "target": {"Türkei"}}


def test_light_verbs_and_their_phrases():
    f = only("Wie die Staatsanwaltschaft Köln mitteilte, wurde gegen den früheren Stadtdirektor Rolf Albers Anklage erhoben.")
    assert f["type"] == "arrest" and f["roles"] == {"target": {"Rolf Albers"}} and f["by"] == "Staatsanwaltschaft Köln"
    f = only("Scharfe Kritik an der Entscheidung kam aus Moskau.")
    assert f["type"] == "criticize" and f["roles"] == {"agent": {"Moskau"}}
    f, cancelled = frames("Warnstreik bei der Lufthansa – Hunderte Flüge gestrichen")
    assert f["type"] == "protest" and f["roles"] == {"target": {"Lufthansa"}}
    assert cancelled["type"] == "cancel" and cancelled["amounts"] == [(100, "Flüge")]
    f = by_type("Der Iran, dem die Europäer einen Verstoß gegen das Abkommen vorwerfen, droht mit dem Austritt.")
    assert f["accuse"]["roles"] == {"target": {"Iran"}} and f["threaten"]["roles"] == {"agent": {"Iran"}}
    f = by_type("Russland und die Ukraine tauschten Gefangene aus, worauf sich beide Seiten in Istanbul geeinigt hatten.")
    assert f["agree"]["roles"]["agent"] == {"Russland", "Ukraine"}


def test_a_name_set_off_by_commas_after_an_organisation_is_the_head_noun_not_a_list():
    f = only("Der Oberbürgermeister von Kellingen, Jens Kothe, ist am Dienstag zurückgetreten.")
    assert f["type"] == "resign" and f["roles"] == {"agent": {"Jens Kothe"}}
    f = only("Die Vorsitzende der Grünen, Lena Brandt, ist am Dienstag zurückgetreten.")
    assert f["roles"] == {"agent": {"Lena Brandt"}}


def test_an_object_named_between_commas_does_not_cut_the_clause():
    f = only("Donald Trump hat am Freitag die Leiterin der Statistikbehörde BLS, Erika McEntarfer, entlassen.")
    assert f["type"] == "dismiss" and f["when"] == "2025-03-07"
    assert f["roles"] == {"agent": {"Donald Trump"}, "target": {"Erika McEntarfer"}}


def test_a_toll_is_no_demand_and_an_agreement_is_closed():
    assert [f["type"] for f in frames("Der Einsturz der Brücke forderte drei Tote.")] == ["collapse", "kill"]
    f = only("Armenien und Aserbaidschan schlossen am Samstag in Almaty einen Waffenstillstand.")
    assert f["type"] == "ceasefire" and f["roles"] == {"agent": {"Armenien", "Aserbaidschan"}}
    assert frames("Die Grenze wurde am Montag geschlossen.") == []


def test_an_unknown_place_after_a_place_word_is_where_it_happened():
    found = frames("Bei den Gefechten nahe der Ortschaft Sotk wurden am Montag elf Soldaten getötet.")
    assert {f["type"] for f in found} == {"attack", "kill"} and {f["where"] for f in found} == {"Sotk"}


def test_letting_people_go_is_a_release_in_the_past():
    f = only("Dass Teheran am Donnerstag sechs Seeleute ziehen ließ, werten Diplomaten als Signal.", "2025-10-17")
    assert f["type"] == "release" and f["when"] == "2025-10-16"
    assert f["roles"] == {"agent": {"Teheran"}, "target": {"Seeleute"}}  # the crew, a group named by its kind
    f = only("Seit Sonntag hält der Iran einen Öltanker fest.", "2025-10-16")
    assert f["type"] == "seize" and f["when"] == "2025-10-12"


def test_a_dateline_place_is_no_actor():
    f = only("BERLIN – Die Gewerkschaft Verdi hat für Freitag zu einem Warnstreik aufgerufen.")
    assert (f["type"], f["when"]) == ("protest", "2025-03-14")
    assert f["roles"] == {"agent": {"Verdi"}}


def test_a_planned_thing_named_beside_the_event_does_not_make_it_planned():
    f = only("Die Grünen haben Friedrich Merz wegen der geplanten Kürzungen scharf kritisiert.")
    assert (f["type"], f["modality"]) == ("criticize", "asserted")
    f = only("Der geplante Streik am Montag wurde abgesagt.")
    assert (f["type"], f["modality"]) == ("protest", "negated")
    assert only("Der für Montag geplante Streik der Lokführer beginnt um sechs Uhr.")["modality"] == "planned"


def test_a_statement_event_takes_the_day_of_its_speech_tag_after_a_quote():
    f = only("Die Grünen haben Friedrich Merz scharf kritisiert: „Diese Regierung spart bei den Schwächsten“, "
             "sagte sie am Montag im Bundestag.")
    assert (f["type"], f["when"]) == ("criticize", "2025-03-10")
    # another speaker's tag dates the speech, not the event
    f = only("Friedrich Merz hat die Grünen kritisiert, sagte Olaf Scholz am Montag.")
    assert (f["type"], f["when"]) == ("criticize", None)
