"""What German words signal an event, and what the words around a trigger mean.

Everything here is hand-written data: the event types (with their PLOVER and CAMEO codes), the
trigger verbs with their principal parts (all inflected forms are generated from them), trigger
nouns, the noun classes that decide what a light verb means ("Waffen liefern" is an arms
transfer, "Hilfsgüter liefern" aid) and the function words the clause rules look at.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

# type -> (PLOVER, CAMEO, symmetric: every party is an agent, German label)
TYPES: dict[str, tuple[str | None, str | None, bool, str]] = {
    "sign_agreement": ("SUPPORT", "057", True, "Unterzeichnung"),
    "ratify": ("SUPPORT", "057", False, "Ratifizierung"),
    "enter_into_force": (None, None, False, "Inkrafttreten"),
    "agree": ("AGREE", "030", True, "Einigung"),
    "cooperate": ("COOPERATE", "060", True, "Zusammenarbeit"),
    "meet": ("CONSULT", "040", True, "Treffen"),
    "visit": ("CONSULT", "042", False, "Besuch"),
    "talks": ("CONSULT", "046", True, "Gespräche"),
    "phone_call": ("CONSULT", "041", True, "Telefonat"),
    "support": ("SUPPORT", "051", False, "Unterstützung"),
    "aid": ("AID", "070", False, "Hilfe"),
    "military_aid": ("AID", "072", False, "Militärhilfe"),
    "arms_transfer": ("AID", "072", False, "Waffenlieferung"),
    "deploy_troops": ("MOBILIZE", "154", False, "Truppenentsendung"),
    "withdraw": ("RETREAT", "0872", False, "Abzug"),
    "ceasefire": ("RETREAT", "0871", True, "Waffenruhe"),
    "release": ("RETREAT", "0841", False, "Freilassung"),
    "demand": ("REQUEST", "100", False, "Forderung"),
    "accuse": ("ACCUSE", "112", False, "Vorwurf"),
    "criticize": ("ACCUSE", "111", False, "Kritik"),
    "deny": ("REJECT", "120", False, "Dementi"),
    "reject": ("REJECT", "120", False, "Ablehnung"),
    "threaten": ("THREATEN", "130", False, "Drohung"),
    "sanction": ("COERCE", "163", False, "Sanktionen"),
    "expel": ("COERCE", "174", False, "Ausweisung"),
    "arrest": ("COERCE", "173", False, "Festnahme"),
    "attack": ("ASSAULT", "190", False, "Angriff"),
    "kill": ("ASSAULT", "186", False, "Tötung"),
    "protest": ("PROTEST", "141", False, "Protest"),
    "elect": (None, None, False, "Wahl"),
    "appoint": (None, None, False, "Ernennung"),
    "dismiss": (None, None, False, "Entlassung"),
    "resign": (None, None, False, "Rücktritt"),
    "adopt": (None, None, False, "Beschluss"),
    "collapse": (None, None, False, "Einsturz"),
    "vote": (None, None, False, "Abstimmung"),
    "disaster": (None, None, False, "Unglück"),
    "convict": ("COERCE", None, False, "Verurteilung"),
    # what happens in news beyond the political inventory of the annotation guide: accidents and their
    # toll, crime and its prosecution, companies; found so that key events of any story align
    "injure": (None, None, False, "Verletzte"),
    "evacuate": (None, None, False, "Evakuierung"),
    "rescue": (None, None, False, "Rettung"),
    "kidnap": ("ASSAULT", "181", False, "Entführung"),
    "seize": ("COERCE", "1711", False, "Beschlagnahme"),
    "raid": ("COERCE", None, False, "Durchsuchung"),
    "investigate": (None, "090", False, "Ermittlungen"),
    "summon": (None, None, False, "Einbestellung"),
    "close": (None, None, False, "Sperrung"),
    "cancel": (None, None, False, "Ausfall"),
    "insolvency": (None, None, False, "Insolvenz"),
    "cut_jobs": (None, None, False, "Stellenabbau"),
    "takeover": (None, None, False, "Übernahme"),
    "offer": (None, "03", False, "Angebot"),
}

# The types of the annotation guide (tests/events/ANNOTATION.md); the others extend it for the dossier.
GUIDE_TYPES = frozenset(list(TYPES)[:list(TYPES).index("collapse") + 1])

# Types that are only an event with a named participant: "fordert im Anschluss ein Lösegeld" (a
# program), "ist mit Absicht gewählt" (chosen) are not events of these kinds.
NEEDS_PARTICIPANT = frozenset("""
meet visit talks phone_call support demand accuse criticize deny reject threaten elect appoint dismiss agree
cooperate release expel resign offer summon takeover
""".split())

# Trigger nouns that are an event even without a named participant ("Bei den Protesten ...").
NOUN_ALONE = frozenset({"attack", "protest", "collapse", "arrest", "enter_into_force", "elect", "kill", "vote",
                        "disaster", "injure"})

# Types whose participants are no actors ("Die Brücke stürzte ein", "Das Abkommen trat in Kraft").
NO_PARTICIPANTS = frozenset({"collapse", "enter_into_force", "disaster"})

# Object classes: a light verb takes its event type from a noun of one of these in its clause.
# Matching is by the end of the lower-cased word, so compounds count ("Kampfpanzer", "Luftabwehrraketen").
OBJECT_CLASSES: dict[str, tuple[str, ...]] = {
    "weapon": ("waffe", "waffen", "munition", "rakete", "raketen", "panzer", "drohne", "drohnen", "granate",
               "granaten", "artillerie", "haubitze", "haubitzen", "kampfjet", "kampfjets", "kampfflugzeug",
               "kampfflugzeuge", "flugabwehr", "abwehrsystem", "abwehrsysteme", "marschflugkörper", "geschosse",
               "gewehre", "rüstungsgüter", "militärgüter", "kriegsgerät", "patriot-system", "f-16", "bombe", "bomben",
               "sprengstoff", "torpedos", "geschütze", "minen"),
    "troops": ("soldaten", "soldatinnen", "truppen", "truppe", "streitkräfte", "einheiten", "kämpfer",
               "militärberater", "friedenstruppen", "kriegsschiffe", "kriegsschiff", "bataillon", "bataillone",
               "brigade", "brigaden", "marinesoldaten", "fallschirmjäger", "militärs", "polizisten"),
    "aid": ("hilfe", "hilfen", "hilfsgüter", "hilfsgütern", "hilfslieferung", "hilfslieferungen", "lebensmittel",
            "medikamente", "hilfspaket", "hilfspakete", "finanzhilfe", "finanzhilfen", "nothilfe", "wiederaufbauhilfe",
            "kredite", "kredit", "zelte", "trinkwasser", "hilfsgelder", "unterstützung", "rettungskräfte",
            "rettungsteams", "hilfskräfte", "helfer", "feuerwehrleute", "ärzteteams", "einsatzkräfte",
            "helferinnen", "rettungshunde", "löschflugzeuge", "löschflugzeug", "soforthilfe", "euro", "franken",
            "dollar", "bürgschaft", "landesbürgschaft", "staatsbürgschaft", "garantie", "staatsgarantie"),
    "military_aid": ("militärhilfe", "militärhilfen", "militärpaket", "rüstungshilfe", "waffenhilfe"),
    "sanction": ("sanktion", "sanktionen", "sanktionspaket", "embargo", "strafzölle", "strafzöllen", "zölle",
                 "zöllen", "einreiseverbot", "einreiseverbote", "exportverbot", "importverbot", "strafmaßnahmen"),
    "ceasefire": ("waffenruhe", "feuerpause", "waffenstillstand", "feuerpausen"),
    "agreement": ("abkommen", "vertrag", "verträge", "vereinbarung", "pakt", "erklärung", "absichtserklärung",
                  "memorandum", "handelsabkommen", "partnerschaftsabkommen", "friedensabkommen", "deal"),
    "law": ("gesetz", "gesetze", "haushalt", "gesetzentwurf", "reform", "resolution", "richtlinie", "verordnung",
            "budget", "paket", "beschluss", "novelle", "etat", "gesetzesänderung", "grundgesetzänderung",
            "verfassungsänderung", "änderungen"),
    "talks": ("gespräche", "gesprächen", "verhandlungen", "verhandlung", "beratungen", "dialog", "konsultationen",
              "verhandlungsrunde", "tarifrunde", "gesprächsrunde"),
    "election": ("wahl", "wahlen", "präsidentenwahl", "parlamentswahl", "stichwahl", "landtagswahl",
                 "bundestagswahl", "abstimmung", "präsidentschaftswahl", "präsidentschaftswahlen", "parlamentswahlen",
                 "kommunalwahl", "europawahl", "landtagswahlen", "bundestagswahlen", "regionalwahl", "vorwahl",
                 "vorwahlen", "wahlgang"),
    "ratification": ("ratifizierung", "ratifikation", "ratifizierungsgesetz", "ratifikationsurkunde"),
    "prisoners": ("häftlinge", "häftlingen", "gefangene", "gefangenen", "geiseln", "inhaftierte", "inhaftierten",
                  "gefängnis", "gefängnissen", "gefängnisse", "haft", "seeleute", "besatzungsmitglieder",
                  "crewmitglieder", "besatzung", "crew", "entführten", "verschleppten"),
    "casualties": ("tote", "toten", "todesopfer", "todesopfern", "menschenleben", "verletzte", "verletzten",
                   "opfer", "schwerverletzte"),
    "vessel": ("tanker", "öltanker", "schiff", "schiffe", "frachter", "frachtschiff", "containerschiff", "fähre",
               "boot", "boote", "jacht", "kutter", "trawler"),
    "jobs": ("stellen", "arbeitsplätze", "jobs", "arbeitsstellen", "vollzeitstellen"),
    "flights": ("flüge", "flügen", "verbindungen", "flugverbindungen", "zugverbindungen", "züge", "starts",
                "abflüge", "landungen", "fahrten"),
    "route": ("strecke", "bahnstrecke", "hauptstrecke", "autobahn", "grenze", "grenzübergang", "luftraum",
              "straße", "brücke", "tunnel", "linie", "trasse", "hafen", "flughafen", "grenzen"),
    "assets": ("vermögenswerte", "bargeld", "kryptowährung", "kryptowährungen", "drogen", "kokain", "heroin",
               "waffen", "luxusautos", "fahrzeuge", "immobilien", "vermögen", "beweismittel", "datenträger"),
    "firm": ("unternehmen", "firma", "konzern", "werk", "hersteller", "betrieb", "zulieferer", "mehrheit",
             "anteile", "aktien", "konkurrenten"),
    "norms": ("recht", "rechte", "völkerrecht", "menschenrechte", "luftraum", "souveränität", "abkommen",
              "waffenruhe", "regeln", "pflichten", "gesetz", "gesetze", "grenze", "vertrag", "auflagen",
              "gefühle", "privatsphäre", "urheberrecht"),
    "decision": ("entscheidung", "entscheidungen", "maßnahmen", "vorkehrungen", "vorbereitungen", "auswahl",
                 "aussage", "aussagen", "feststellung", "annahme", "regelung", "absprache", "absprachen"),
}


_CLASS_OF_END = {end: cls for cls, ends in reversed(list(OBJECT_CLASSES.items())) for end in ends}


@lru_cache(maxsize=1 << 16)
def object_class(word_lower: str) -> str | None:
    """The object class of a noun (by its longest matching end, so that compounds count), or None."""
    if word_lower in _CLASS_OF_END:
        return _CLASS_OF_END[word_lower]
    if word_lower.endswith("n") and word_lower[:-1] in _CLASS_OF_END:  # dative plural: "Rüstungsgütern"
        return _CLASS_OF_END[word_lower[:-1]]
    if word_lower.endswith(("-system", "-systeme", "-systemen")) and len(word_lower) > 9:
        return "weapon"  # a named system that is delivered: "Patriot-Systeme", "Iris-T-Systeme"
    for k in range(1, len(word_lower) - 4):  # longest proper end first, ends of five letters or more
        cls = _CLASS_OF_END.get(word_lower[k:])
        if cls is None and word_lower.endswith("n") and len(word_lower) - k > 5:
            cls = _CLASS_OF_END.get(word_lower[k:-1])
        if cls is not None:
            return cls
    return None


@dataclass(frozen=True, slots=True)
class VerbEntry:
    """A trigger verb: lemma, particle (separable verbs), type, and how the object changes the type.

    ``objects`` maps an object class to a type ("liefern": weapon -> arms_transfer); with
    ``needs_object`` the verb is only an event when such an object is in its clause.
    ``preps``: the verb is an event only with one of these prepositions in its clause ("reisen nach").
    ``reflexive``: only with (True) or never with (False) "sich"; None: either.
    """

    lemma: str
    particle: str
    type: str | None
    objects: tuple[tuple[str, str], ...] = ()
    needs_object: bool = False
    preps: tuple[str, ...] = ()
    reflexive: bool | None = None
    blocked_objects: tuple[str, ...] = ()
    blocked_preps: tuple[str, ...] = ()
    active_only: bool = False  # "wurde getroffen" is being hit, not a meeting
    negative: bool = False  # the verb says it did not happen: "freisprechen" (acquit) is a conviction negated


# Verb specs: "infinitive" for regular weak verbs, or "infinitive|3sg|past|participle" for strong or
# irregular ones; a "+" marks the particle of a separable verb ("an+greifen|greift|griff|gegriffen").
_VERBS: list[tuple[str, str | None, dict]] = [
    ("unterzeichnen", "sign_agreement", {"objects": (("ratification", "ratify"),)}),
    ("unterschreiben|unterschreibt|unterschrieb|unterschrieben", "sign_agreement", {"objects": (("ratification", "ratify"),)}),
    ("signieren", "sign_agreement", {}),
    ("paraphieren", "sign_agreement", {}),
    ("ratifizieren", "ratify", {}),
    ("einigen", "agree", {"reflexive": True, "objects": (("ceasefire", "ceasefire"),)}),
    ("verständigen", "agree", {"reflexive": True, "objects": (("ceasefire", "ceasefire"),)}),
    ("vereinbaren", "agree", {"objects": (("ceasefire", "ceasefire"),)}),
    ("zu+sagen", "agree", {"needs_object": True, "objects": (("weapon", "arms_transfer"), ("military_aid", "military_aid"),
                                                             ("aid", "aid"), ("troops", "deploy_troops"))}),
    ("schließen|schließt|schloss|geschlossen", None, {"needs_object": True, "objects": (("ceasefire", "ceasefire"),
                                                                                      ("agreement", "sign_agreement"))}),
    ("zusammen+arbeiten", "cooperate", {}),
    ("kooperieren", "cooperate", {}),
    ("treffen|trifft|traf|getroffen", "meet", {"blocked_objects": ("decision", "agreement", "election"),
                                               "blocked_preps": ("auf",), "active_only": True}),
    ("zusammen+kommen|kommt|kam|gekommen", "meet", {}),
    ("zusammen+treffen|trifft|traf|getroffen", "meet", {}),
    ("empfangen|empfängt|empfing|empfangen", "meet", {}),
    ("besuchen", "visit", {}),
    ("reisen", "visit", {"preps": ("nach", "in")}),
    ("ein+treffen|trifft|traf|getroffen", "visit", {"preps": ("in",), "objects": (("weapon", "arms_transfer"),
                                                                                   ("aid", "aid"))}),
    ("verhandeln", "talks", {}),
    ("weiter+verhandeln", "talks", {}),
    ("beraten|berät|beriet|beraten", "talks", {}),
    ("telefonieren", "phone_call", {}),
    ("unterstützen", "support", {"objects": (("weapon", "arms_transfer"),)}),
    ("loben", "support", {}),
    ("billigen", "adopt", {"objects": (("agreement", "ratify"),)}),
    ("liefern", None, {"needs_object": True, "objects": (("weapon", "arms_transfer"), ("aid", "aid"),
                                                         ("military_aid", "military_aid"))}),
    ("schicken", None, {"needs_object": True, "objects": (("troops", "deploy_troops"), ("weapon", "arms_transfer"),
                                                          ("aid", "aid"))}),
    ("entsenden|entsendet|entsandte|entsandt", "deploy_troops", {"needs_object": True,
                                                                 "objects": (("troops", "deploy_troops"), ("aid", "aid"))}),
    ("stationieren", "deploy_troops", {"needs_object": True, "objects": (("troops", "deploy_troops"),
                                                                           ("weapon", "deploy_troops"))}),
    ("verlegen", "deploy_troops", {"needs_object": True, "objects": (("troops", "deploy_troops"),
                                                                     ("weapon", "deploy_troops"))}),
    ("bereit+stellen", None, {"needs_object": True, "objects": (("weapon", "arms_transfer"), ("aid", "aid"),
                                                               ("military_aid", "military_aid"))}),
    ("leisten", None, {"needs_object": True, "objects": (("military_aid", "military_aid"), ("aid", "aid"))}),
    ("gewähren", None, {"needs_object": True, "objects": (("military_aid", "military_aid"), ("aid", "aid"))}),
    ("ab+ziehen|zieht|zog|gezogen", "withdraw", {"objects": (("troops", "withdraw"),)}),
    ("zurück+ziehen|zieht|zog|gezogen", "withdraw", {"objects": (("troops", "withdraw"),)}),
    ("frei+lassen|lässt|ließ|gelassen", "release", {}),
    ("fordern", "demand", {"blocked_objects": ("casualties",)}),  # "forderte drei Tote": a toll, no demand
    ("bitten|bittet|bat|gebeten", "demand", {"preps": ("um",)}),
    ("stellen", "support", {"reflexive": True, "preps": ("hinter",)}),  # "stellte sich hinter den Plan"
    ("zu+stimmen", None, {"needs_object": True, "objects": (("agreement", "ratify"), ("law", "adopt"))}),
    ("stellen", None, {"needs_object": True, "preps": ("verfügung",), "objects": (("weapon", "arms_transfer"),
                                                                               ("military_aid", "military_aid"),
                                                                               ("aid", "aid"))}),
    ("verlangen", "demand", {}),
    ("auf+fordern", "demand", {}),
    ("vor+werfen|wirft|warf|geworfen", "accuse", {}),
    ("beschuldigen", "accuse", {}),
    ("bezichtigen", "accuse", {}),
    ("kritisieren", "criticize", {}),
    ("verurteilen", "convict", {"preps": ("zu", "wegen", "haft", "jahren", "monaten", "geldstrafe")}),
    ("verurteilen", "criticize", {"blocked_preps": ("zu", "wegen", "haft", "jahren", "monaten", "geldstrafe")}),
    ("sprechen|spricht|sprach|gesprochen", "convict", {"preps": ("schuldig",)}),  # "schuldig gesprochen"
    ("frei+sprechen|spricht|sprach|gesprochen", "convict", {"negative": True}),  # acquitted
    ("dementieren", "deny", {}),
    ("bestreiten|bestreitet|bestritt|bestritten", "deny", {}),
    ("zurück+weisen|weist|wies|gewiesen", "deny", {}),
    ("ab+lehnen", "reject", {}),
    ("blockieren", "reject", {}),
    ("drohen", "threaten", {}),
    ("an+drohen", "threaten", {}),
    ("sanktionieren", "sanction", {}),
    ("verhängen", "sanction", {"needs_object": True, "objects": (("sanction", "sanction"),)}),
    ("erlassen|erlässt|erließ|erlassen", "sanction", {"needs_object": True, "objects": (("sanction", "sanction"),)}),
    ("aus+weisen|weist|wies|gewiesen", "expel", {"reflexive": False}),
    ("verweisen|verweist|verwies|verwiesen", "expel", {"preps": ("landes",)}),  # "des Landes verwiesen"
    ("fest+nehmen|nimmt|nahm|genommen", "arrest", {}),
    ("verhaften", "arrest", {}),
    ("inhaftieren", "arrest", {}),
    ("an+klagen", "arrest", {}),
    ("an+greifen|greift|griff|gegriffen", "attack", {}),
    ("beschießen|beschießt|beschoss|beschossen", "attack", {}),
    ("bombardieren", "attack", {}),
    ("attackieren", "attack", {}),
    ("ab+feuern", "attack", {"needs_object": True, "objects": (("weapon", "attack"),)}),
    ("töten", "kill", {}),
    ("sterben|stirbt|starb|gestorben", "kill", {}),  # "bei dem Unglück starben drei Menschen"
    ("kommen|kommt|kam|gekommen", "kill", {"preps": ("ums",)}),  # "kamen ums Leben"
    ("ermorden", "kill", {}),
    ("erschießen|erschießt|erschoss|erschossen", "kill", {}),
    ("erstechen|ersticht|erstach|erstochen", "kill", {}),
    ("schießen|schießt|schoss|geschossen", "attack", {"preps": ("auf",)}),
    ("erschlagen|erschlägt|erschlug|erschlagen", "kill", {}),
    ("hin+richten", "kill", {}),
    ("erhalten|erhält|erhielt|erhalten", None, {"needs_object": True, "objects": (("weapon", "arms_transfer"),)}),
    ("bekommen|bekommt|bekam|bekommen", None, {"needs_object": True, "objects": (("weapon", "arms_transfer"),)}),
    ("demonstrieren", "protest", {"preps": ("gegen", "für", "vor", "in", "im", "am", "auf")}),
    ("protestieren", "protest", {"preps": ("gegen", "für", "vor", "in", "im", "am", "auf")}),
    ("streiken", "protest", {}),
    ("nieder+legen", "protest", {"preps": ("arbeit",)}),  # "die Arbeit niederlegen": strike
    ("übergeben|übergibt|übergab|übergeben", "release", {"needs_object": True, "objects": (("prisoners", "release"),
                                                                                       ("troops", "release"))}),
    ("aus+tauschen", "release", {"needs_object": True, "objects": (("prisoners", "release"),)}),
    ("wählen", "elect", {"blocked_objects": ("decision",)}),
    ("wieder+wählen", "elect", {}),
    ("ernennen|ernennt|ernannte|ernannt", "appoint", {}),
    ("vereidigen", "appoint", {}),
    ("berufen|beruft|berief|berufen", "appoint", {"reflexive": False}),
    ("entlassen|entlässt|entließ|entlassen", "dismiss", {"objects": (("prisoners", "release"),)}),
    ("ab+setzen", "dismiss", {}),
    ("entheben|enthebt|enthob|enthoben", "dismiss", {}),
    ("stürzen", "dismiss", {"blocked_preps": ("in", "ins", "auf", "von", "aus")}),
    ("stürzen", "collapse", {"preps": ("in", "ins")}),  # "stürzte in die Elbe": fell (a structure, a plane)
    ("bestreiken", "protest", {}),
    ("zurück+treten|tritt|trat|getreten", "resign", {}),
    ("aus+treten|tritt|trat|getreten", "resign", {"preps": ("aus",)}),
    ("beschließen|beschließt|beschloss|beschlossen", "adopt", {"objects": (("sanction", "sanction"),
                                                                           ("military_aid", "military_aid"),
                                                                           ("aid", "aid"))}),
    ("verabschieden", "adopt", {"reflexive": False, "objects": (("sanction", "sanction"),)}),
    ("ein+stürzen", "collapse", {}),
    ("ab+stimmen", "vote", {}),
    ("stimmen", "reject", {"preps": ("gegen", "dagegen")}),
    ("gewinnen|gewinnt|gewann|gewonnen", "elect", {"needs_object": True, "objects": (("election", "elect"),)}),
    ("koalieren", "cooperate", {}),
    ("aus+handeln", "talks", {}),
    ("fest+setzen", "arrest", {}),
    ("beliefern", None, {"needs_object": True, "objects": (("weapon", "arms_transfer"), ("aid", "aid"))}),
    ("überschwemmen", "disaster", {}),
    ("sinken|sinkt|sank|gesunken", "disaster", {"blocked_preps": ("um", "auf", "unter", "prozent")}),  # a ship, not a price
    ("kentern", "disaster", {}),
    ("überfluten", "disaster", {}),
    ("zusammen+brechen|bricht|brach|gebrochen", "collapse", {}),
    ("verletzen", "injure", {"blocked_objects": ("norms",), "reflexive": None}),
    ("evakuieren", "evacuate", {}),
    ("bringen|bringt|brachte|gebracht", "evacuate", {"preps": ("sicherheit",)}),  # "in Sicherheit bringen"
    ("retten", "rescue", {}),
    ("bergen|birgt|barg|geborgen", "rescue", {}),
    ("befreien", "rescue", {"blocked_preps": ("von", "vom")}),  # "aus dem Wrack befreit", not "von Zöllen befreit"
    ("entführen", "kidnap", {}),
    ("verschleppen", "kidnap", {}),
    ("kidnappen", "kidnap", {}),
    ("beschlagnahmen", "seize", {}),
    ("sicher+stellen", "seize", {}),
    ("kapern", "seize", {}),
    ("entern", "seize", {}),
    ("fest+setzen", "seize", {"needs_object": True, "objects": (("vessel", "seize"),)}),
    ("durchsuchen", "raid", {}),
    ("ermitteln", "investigate", {"preps": ("gegen", "wegen")}),
    ("ein+bestellen", "summon", {}),
    ("sperren", "close", {"needs_object": True, "objects": (("route", "close"),)}),
    ("ab+sperren", "close", {}),
    ("aus+fallen|fällt|fiel|gefallen", "cancel", {"needs_object": True, "objects": (("flights", "cancel"),)}),
    ("streichen|streicht|strich|gestrichen", "cancel", {"needs_object": True, "objects": (("flights", "cancel"),
                                                                                        ("jobs", "cut_jobs"))}),
    ("ab+sagen", "cancel", {"needs_object": True, "objects": (("flights", "cancel"),)}),
    ("ab+bauen", "cut_jobs", {"needs_object": True, "objects": (("jobs", "cut_jobs"),)}),
    ("übernehmen|übernimmt|übernahm|übernommen", "takeover", {"needs_object": True, "objects": (("firm", "takeover"),)}),
    ("an+bieten|bietet|bot|geboten", "offer", {}),
    ("entgleisen", "disaster", {}),
    ("kollidieren", "disaster", {}),
    ("zusammen+stoßen|stößt|stieß|gestoßen", "disaster", {}),
    ("zusammen+prallen", "disaster", {}),
    ("ab+weisen|weist|wies|gewiesen", "reject", {}),
    ("fassen", "arrest", {"blocked_objects": ("decision", "law"),  # "wurden in Frankfurt gefasst", no "Beschluss"
                          "blocked_preps": ("auge", "mut", "fuß", "plan", "entschluss", "vertrauen", "worte",
                                            "beschluss", "beschlüsse", "gedanken", "kurz", "zusammengefasst")}),
    ("frei+kommen|kommt|kam|gekommen", "release", {}),
    # "ließ sechs Seeleute ausreisen", "lässt die Geiseln gehen", "durften das Land verlassen"
    ("aus+reisen", "release", {"preps": ("lassen", "ließ", "ließen", "lässt", "gelassen", "durften", "dürfen", "darf")}),
    ("ziehen|zieht|zog|gezogen", "release", {"preps": ("ließ", "ließen", "lässt", "lassen")}),
    ("gehen|geht|ging|gegangen", "release", {"preps": ("ließ", "ließen", "lässt", "lassen")}),
    ("verlassen|verlässt|verließ|verlassen", "release", {"preps": ("durften", "dürfen", "darf", "durfte")}),
    ("frei+geben|gibt|gab|gegeben", "release", {"needs_object": True, "objects": (("prisoners", "release"),)}),
    ("fest+halten|hält|hielt|gehalten", "seize", {"needs_object": True, "objects": (("vessel", "seize"),)}),
    ("zitieren", "summon", {"preps": ("außenministerium", "aussenministerium", "ministerium")}),
    ("belegen", "sanction", {"needs_object": True, "objects": (("sanction", "sanction"),)}),
    ("ein+frieren|friert|fror|gefroren", "sanction", {"needs_object": True, "objects": (("assets", "sanction"),)}),
]

# Trigger nouns (lower-case word ends; compounds count: "Raketenangriff", "Staatsbesuch").
NOUNS: dict[str, str] = {
    "unterzeichnung": "sign_agreement", "ratifizierung": "ratify", "ratifikation": "ratify",
    "inkrafttreten": "enter_into_force", "einigung": "agree",
    "treffen": "meet", "gipfeltreffen": "meet", "gipfel": "meet", "zusammentreffen": "meet",
    "besuch": "visit", "staatsbesuch": "visit", "antrittsbesuch": "visit", "visite": "visit",
    "gespräche": "talks", "verhandlungen": "talks", "telefonat": "phone_call",
    "militärhilfe": "military_aid", "militärhilfepaket": "military_aid", "militärhilfen": "military_aid",
    "hilfspaket": "aid", "soforthilfe": "aid", "nothilfe": "aid", "veto": "reject", "hausarrest": "arrest",
    "waffenlieferung": "arms_transfer", "waffenlieferungen": "arms_transfer",
    "munitionslieferung": "arms_transfer", "munitionslieferungen": "arms_transfer",
    "panzerlieferung": "arms_transfer", "panzerlieferungen": "arms_transfer",
    "hilfslieferung": "aid", "hilfslieferungen": "aid",
    "entsendung": "deploy_troops", "truppenverlegung": "deploy_troops", "stationierung": "deploy_troops",
    "abzug": "withdraw", "truppenabzug": "withdraw", "rückzug": "withdraw",
    "waffenruhe": "ceasefire", "feuerpause": "ceasefire", "waffenstillstand": "ceasefire",
    "freilassung": "release",
    "angriff": "attack", "angriffe": "attack", "angriffs": "attack", "anschlag": "attack", "anschläge": "attack",
    "luftangriff": "attack", "offensive": "attack", "militäroffensive": "attack", "großoffensive": "attack", "luftangriffe": "attack", "beschuss": "attack",
    "festnahme": "arrest", "festnahmen": "arrest", "verhaftung": "arrest", "anklage": "arrest",
    "ausweisung": "expel",
    "demonstration": "protest", "demo": "protest", "großdemo": "protest", "demos": "protest", "demonstrationen": "protest", "kundgebung": "protest", "kundgebungen": "protest",
    "protest": "protest", "proteste": "protest", "streik": "protest", "streiks": "protest", "ausstand": "protest", "warnstreik": "protest",
    "ernennung": "appoint", "entlassung": "dismiss", "absetzung": "dismiss", "attacke": "attack",
    "attacken": "attack", "cyberattacke": "attack", "hackerangriff": "attack", "rücktritt": "resign", "einsturz": "collapse",
    "vertrauensfrage": "vote", "misstrauensvotum": "vote", "abstimmung": "vote", "volksabstimmung": "vote",
    "referendum": "vote", "erdbeben": "disaster", "hochwasser": "disaster", "überschwemmung": "disaster",
    "überschwemmungen": "disaster", "sturzflut": "disaster", "sturzfluten": "disaster", "unwetter": "disaster",
    "flutkatastrophe": "disaster", "waldbrand": "disaster", "waldbrände": "disaster", "wirbelsturm": "disaster",
    "hurrikan": "disaster", "taifun": "disaster", "erdrutsch": "disaster", "lawine": "disaster",
    "gefangenenaustausch": "release", "urteil": "convict", "schuldspruch": "convict", "beben": "disaster", "nachbeben": "disaster", "todesopfer": "kill", "toten": "kill", "tote": "kill",
    "verhandlungsrunde": "talks", "tarifrunde": "talks", "tarifverhandlungen": "talks",
    "untergang": "disaster", "schiffsunglück": "disaster", "fährunglück": "disaster", "zugunglück": "disaster",
    "flugzeugabsturz": "disaster", "absturz": "disaster", "explosion": "disaster", "großbrand": "disaster",
    "sanktionen": "sanction", "sanktion": "sanction", "zölle": "sanction", "strafzölle": "sanction",
    "gegenzölle": "sanction", "zusatzzölle": "sanction", "strafzöllen": "sanction",
    "kritik": "criticize", "überfall": "attack", "überfälle": "attack", "invasion": "attack", "bombardierung": "attack",
    "bombardierungen": "attack", "gefecht": "attack", "gefechte": "attack",
    "hinrichtung": "kill", "hinrichtungen": "kill", "ermordung": "kill", "massaker": "kill",
    "unterstützung": "support", "rückendeckung": "support", "beistand": "support",
    "waffenverkauf": "arms_transfer", "waffenverkäufe": "arms_transfer", "rüstungsexporte": "arms_transfer",
    "waffenexporte": "arms_transfer", "amtsenthebung": "dismiss", "verurteilung": "convict",
    "wiederwahl": "elect", "wahlsieg": "elect",
    "verletzte": "injure", "schwerverletzte": "injure", "verletzten": "injure",
    "evakuierung": "evacuate", "evakuierungen": "evacuate", "rettung": "rescue", "bergung": "rescue",
    "rettungsaktion": "rescue", "entführung": "kidnap", "entführungen": "kidnap", "verschleppung": "kidnap",
    "geiselnahme": "kidnap", "beschlagnahme": "seize", "beschlagnahmung": "seize", "sicherstellung": "seize",
    "festsetzung": "seize", "razzia": "raid", "razzien": "raid", "großrazzia": "raid", "durchsuchung": "raid",
    "durchsuchungen": "raid", "ermittlungen": "investigate", "ermittlungsverfahren": "investigate",
    "einbestellung": "summon", "sperrung": "close", "vollsperrung": "close", "insolvenz": "insolvency",
    "insolvenzantrag": "insolvency", "insolvenzverfahren": "insolvency", "pleite": "insolvency",
    "stellenabbau": "cut_jobs", "personalabbau": "cut_jobs", "jobabbau": "cut_jobs",
    "arbeitsplatzabbau": "cut_jobs", "übernahme": "takeover", "zuschlag": "takeover", "zusammenstoß": "disaster", "kollision": "disaster",
    "entgleisung": "disaster", "dammbruch": "disaster", "deichbruch": "disaster", "bahnunglück": "disaster",
    "grubenunglück": "disaster", "busunglück": "disaster", "unfall": "disaster", "brand": "disaster",
}
# Noun ends that would match the table above but are something else.
NOUN_EXCEPTIONS = frozenset({
    "vertreffen", "betreffen", "übertreffen", "bestreik", "gipfelkreuz", "kostenübernahme", "amtsübernahme",
    "verantwortungsübernahme", "amtsübergabe", "selbstrettung",
})

# Verbs that make a nominal trigger an event ("Die Unterzeichnung erfolgte am Montag").
LIGHT_VERBS = frozenset("""
erfolgte erfolgten erfolgt erfolge fand fanden findet finden stattgefunden statt begann begannen beginnt
begonnen endete endeten kam kamen gab gibt führte führten führt führen geführt aufgenommen nahm nahmen
verlief verliefen dauerte dauerten forderte forderten kostete kosteten ereignete ereigneten ereignet
verübte verübten verübt verüben ausgeübt gestellt stellte stellten verloren verlor verlieren gewann gewonnen
überstanden abgehalten ausweitet ausweiten folgen folgt folgten folgte abhalten hielt hielten ausgeweitet ausweiten ausweitete
durchgeführt durchführen führte führten organisiert organisierten organisierte startete starteten gestartet
stoppte stoppten gestoppt stoppt erteilt erteilte erteilten erteilen beantragt beantragte beantragten beantragen angemeldet gegangen erhob erhoben erhebt erheben aufnehmen nimmt nehmen beteiligten beteiligte beteiligt beteiligen übte übten übt üben geübt
""".split())
# Verbs whose object noun is an event of the clause subject: what is planned, announced or promised
# ("plane einen Angriff", "hat seinen Rücktritt angekündigt", "sicherte der Ukraine Unterstützung zu"; "in
# Aussicht stellen" by its noun).
NOUN_PLAN_VERBS = frozenset("""
plant plante planten planen plane geplant vorbereitet bereitet bereitete bereiteten angekündigt
""".split())
NOUN_PROMISE_VERBS = frozenset("""
zugesichert sicherte sicherten sichert versprach versprachen verspricht versprochen angeboten bot boten bietet aussicht
""".split())
# words that cancel the event of their clause ("den geplanten Streik abgesagt")
CANCELS = frozenset("abgesagt abgesagte abgesagten absagen abzusagen gestrichen annulliert".split())

AUX_WERDEN = frozenset("werde wirst wird werden werdet wurde wurden wurdest würde würden worden".split())
AUX_HABEN = frozenset("habe hast hat haben habt hatte hatten hätte hätten habest".split())
AUX_SEIN = frozenset("bin bist ist sind seid war waren wäre wären sei seien seiest gewesen".split())
MODALS_PLANNED = frozenset("""
soll sollen sollte sollten will wollen wollte wollten plant planen plante planten plane beabsichtigt beabsichtigen
beabsichtigte möchte möchten
""".split())
MODALS_HYPOTHETICAL = frozenset("könnte könnten würde würden dürfte dürften müsste müssten hätte hätten wäre wären".split())
MODALS_OTHER = frozenset("kann können konnte konnten muss müssen musste mussten darf dürfen durfte durften mag".split())
KONJUNKTIV1 = frozenset("habe sei seien werde könne müsse solle wolle dürfe gebe liege stehe gehe komme".split())
NEGATIONS = frozenset("nicht kein keine keinen keinem keiner keines nie niemals weder niemand keinesfalls".split())
SUBORDINATORS = frozenset("""
dass daß weil nachdem als wenn falls ob obwohl obgleich während bevor ehe seit seitdem sodass damit wonach
wobei indem sofern solange sobald da wie zumal
""".split())
RELATIVES = frozenset("der die das dem den denen dessen deren welcher welche welches welchem welchen".split())
PREPOSITIONS = frozenset("""
mit gegen auf an nach in im ins von vom durch für zwischen aus bei beim zu zum zur über unter vor hinter neben
seit ohne um wegen trotz laut gegenüber samt nahe innerhalb außerhalb am
""".split())
DETERMINERS = frozenset("""
der die das des dem den ein eine einen einem einer eines sein seine seinen seinem seiner ihr ihre ihren ihrem
ihrer dieser diese diesen diesem dieses jener jene beide beiden
""".split())
OBLIQUE_DETERMINERS = frozenset("dem den einem einen seinem seinen ihrem ihren diesem diesen des eines seines ihres".split())
COORDINATORS = frozenset("und sowie oder beziehungsweise bzw".split())

# Reporting verbs: they attribute what their clause or the clause next to them says.
REPORTING = frozenset("""
sagte sagten sagt sagen sage gesagt erklärte erklärten erklärt erkläre erklären teilte teilten teilt mitteilte
mitgeteilt berichtete berichteten berichtet berichte meldete meldeten meldet melde gemeldet betonte betonten
betont betone hieß heißt hieße schrieb schreibt schrieben verlautete verlautbarte zitierte zitiert bestätigte
bestätigten bestätigt bestätige warnte warnten warnt erklärten behauptete behaupteten behauptet behaupte
versicherte versichert räumte räumt gab gibt verkündete verkündet gaben sprach spricht kündigte kündigten
kündigt angekündigt versprach versprochen verspricht bekräftigte bekräftigten bekräftigt unterstrich
unterstrichen ergänzte ergänzt fügte hob erläuterte erläutert mahnte mahnt
""".split())
# Reporting verbs that announce: what their zu-infinitive or dass-clause says is planned.
PLANNING = frozenset("""
kündigte kündigten kündigt angekündigt kündige plant plante planten planen geplant beabsichtigt beabsichtigte
beschloss beschlossen versprach versprochen verspricht kündigen
""".split())
ATTRIBUTION_NOUNS = frozenset("""
angaben informationen berichten medienberichten berichte meldungen darstellung sicht aussagen schätzungen
erkenntnissen
""".split())


def _weak_stem(inf: str) -> str:
    if inf.endswith("eln") or inf.endswith("ern"):
        return inf[:-1]
    return inf[:-2] if inf.endswith("en") else inf[:-1]


_INSEPARABLE = ("be", "ge", "er", "ver", "zer", "ent", "emp", "miss", "unter", "über", "wider", "hinter")


def _needs_e(stem: str) -> bool:
    return stem.endswith(("t", "d")) or (stem.endswith(("chn", "ffn", "gn", "dm", "tm")) and not stem.endswith("ern"))


def _forms(spec: str) -> tuple[str, str, dict[str, set[str]]]:
    """(lemma, particle, form -> analyses) for one verb spec; analyses: fin, past, k1, part, attr, inf, zu;
    "_joined" marks a separable verb's finite form with its particle in front ("dass sie angriff")."""
    head, *irregular = spec.split("|")
    particle, _, base = head.rpartition("+")
    stem = _weak_stem(base)
    if irregular:
        third, past, participle = irregular
        present = {stem + "e": "k1", base: "fin", third: "fin", stem + "st": "fin"}
        pasts = {past: "past", (past + "n" if past.endswith("e") else past + "en"): "past", past + "st": "past"}
    else:
        e = "e" if _needs_e(stem) else ""
        present = {stem + "e": "k1", base: "fin", stem + e + "t": "fin", stem + e + "st": "fin"}
        pasts = {stem + e + "te": "past", stem + e + "ten": "past", stem + e + "test": "past"}
        if base.endswith("ieren") or base.startswith(_INSEPARABLE):
            participle = stem + e + "t"
        else:
            participle = "ge" + stem + e + "t"
    out: dict[str, set[str]] = {}
    for form, kind in {**present, **pasts}.items():
        out.setdefault(form, set()).add(kind)
        if particle:
            out.setdefault(particle + form, set()).add(kind + "_joined")
    part = particle + participle
    out.setdefault(part, set()).add("part")
    for ending in ("e", "en", "er", "es", "em"):
        out.setdefault(part + ending, set()).add("attr")
    out.setdefault(particle + base, set()).add("inf")
    if particle:
        out.setdefault(particle + "zu" + base, set()).add("zu")
    return particle + base, particle, out


def _build() -> tuple[dict[str, list[tuple[VerbEntry, frozenset[str]]]], dict[str, VerbEntry]]:
    forms: dict[str, list[tuple[VerbEntry, frozenset[str]]]] = {}
    by_lemma: dict[str, VerbEntry] = {}
    for spec, kind, opts in _VERBS:
        lemma, particle, fs = _forms(spec)
        entry = VerbEntry(lemma=lemma, particle=particle, type=kind, **opts)
        by_lemma[lemma] = entry
        for form, analyses in fs.items():
            forms.setdefault(form, []).append((entry, frozenset(analyses)))
    return forms, by_lemma


VERB_FORMS, VERBS = _build()


@lru_cache(maxsize=1 << 16)
def noun_type(word: str) -> str | None:
    """The event type of a capitalised trigger noun (compounds count by their last part)."""
    if not word[:1].isupper():
        return None
    low = word.lower()
    if low in NOUN_EXCEPTIONS:
        return None
    if low in NOUNS:
        return NOUNS[low]
    if low.endswith("en") and low[:-1] in NOUNS:  # dative plural: "Angriffen", "Protesten", "Gesprächen"
        return NOUNS[low[:-1]]
    if low.endswith("n") and not low.endswith("en") and low[:-1] in NOUNS:
        return NOUNS[low[:-1]]
    for k in range(3, len(low) - 4):  # compounds: the longest known end of five letters or more
        end = low[k:]
        if end in NOUNS:
            return NOUNS[end]
        if end.endswith("en") and end[:-1] in NOUNS and len(end) - 1 >= 5 and k >= 4:
            return NOUNS[end[:-1]]
    return None
