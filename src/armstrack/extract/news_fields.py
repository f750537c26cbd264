"""Field readers of the news reader: quantities before a mention, what a bare "$" means, the makers'
countries of systems, mentions that are context rather than items, datelines."""
from __future__ import annotations

import functools
import re

from armstrack.extract.news_patterns import (
    CLOSE_DOLLAR,
    CONTEXT_AFTER_RE,
    CONTEXT_BEFORE_RE,
    DATELINE_RE,
    LOCAL_DOLLAR_RE,
    QTY_BEFORE_RE,
)
from armstrack.extract.stage import CUE_RES
from armstrack.model import Document
from armstrack.normalize import countries
from armstrack.normalize.catalog import Catalog, System, load_catalog
from armstrack.normalize.companies import canonical
from armstrack.normalize.numbers import foreign_words_to_int, words_to_int
from armstrack.regex_gate import gated


def _in_dateline(text: str, pos: int) -> bool:
    """Is the date at ``pos`` part of a dateline ("TAIPEI/WASHINGTON, Oct 26 (Wire) -")? That is when the
    story was filed, not when the event happened."""
    line_start = text.rfind("\n", 0, pos) + 1
    # "TAIPEI, ", "WELLINGTON, New Zealand (", "Washington/Stockholm (dpa) - " is not a date of the event
    return re.fullmatch(r"\s*[A-ZÀ-Ý][A-ZÀ-Ý/ .'-]{2,40}(?:,\s*[A-Z][\w.' -]{1,30}?)?\s*[,(]\s*",
                        text[line_start:pos]) is not None


# "up to five (5) RGM-84L Harpoon Block II missiles": the count in words, then in digits, as notices write it
SPELLED_COUNT_RE = re.compile(r"(?i)(?:\b(?P<qual>up\s+to|more\s+than|at\s+least|about|nearly)\s+)?"
                              r"\b(?P<w>[a-z]+(?:[- ][a-z]+){0,4})\s+\((?P<d>\d{1,3}(?:,\d{3})+|\d{1,6})\)\s*$")


def _spelled_count(words: str, digits: str) -> int | None:
    """The count of "three thousand (3,000)": the last words that spell the digits ("of fifty (50)" → 50)."""
    n = int(digits.replace(",", ""))
    parts = words.lower().split()
    return n if any(words_to_int(" ".join(parts[i:])) == n for i in range(len(parts))) else None


def _quantity(text: str, start: int) -> tuple[int | None, str | None, int]:
    window = text[max(0, start - 70):start]
    spelled = SPELLED_COUNT_RE.search(window)
    if spelled is not None and (n := _spelled_count(spelled.group("w"), spelled.group("d"))) is not None:
        return n, (spelled.group("qual") or "").lower() or None, max(0, start - 70) + spelled.start()
    pos = 0
    while True:
        m = QTY_BEFORE_RE.search(window, pos)
        if not m:
            return None, None, start
        raw = m.group("n").lower()
        if raw in ("a", "an", "un", "une", "ein", "eine", "einen", "einem", "einer"):
            return None, None, start  # "un système NASAMS", "a HIMARS battery": an article, not a count
        if re.fullmatch(r"(?:hundred|thousand|million|billion|trillion|millions?|milliards?|milliarden?|"
                        r"millionen?|tausend|mille)", raw):
            return None, None, start  # "$96 million of AH-1W spare parts": the scale of a money figure
        if m.group(0).endswith("(") and not re.fullmatch(r"\s+(?:[A-Z][\w-]*\s+){1,6}\(", window[m.end("n"):m.end()]) \
                and not re.match(r"[^(),;]{1,60}(?:,\s*[A-Za-z][\w-]{1,10})?\)", text[start:start + 76]):
            # not "nine command vehicles (AAVC-7A1)", "253 leichten Abschussgeräten (Lightweight Command Launch Units)"
            return None, None, start  # "quatre versions (M31A2, ...)": a count of the versions, not of the item
        if not (re.fullmatch(r"\d{4}", raw) and 1900 <= int(raw) <= 2100):
            if (later := QTY_BEFORE_RE.search(window, m.end("n"))) is not None \
                    and not re.search(r"(?i)\b(?:of|des?|d['’]entre|von|der)\b", window[m.end("n"):later.start()]) \
                    and not re.fullmatch(r"(?i)an?|une?|eine?[mnr]?|\d{4}|hundred|thousand|millions?|milliards?|"
                                         r"milliarden?|millionen?|billion|trillion|tausend|mille", later.group("n")):
                # "One covered sixty-four F-35 aircraft": the nearest count (but "the last two of four CH-47F")
                m, raw = later, later.group("n").lower()
            break
        pos = m.end("n")  # "In July 2020 came six UH-60M": a year, the count comes after it
    if re.fullmatch(r"[\d,.\u00a0\u202f ]+", raw):
        qty: int | None = int(re.sub(r"[^\d]", "", raw))
    else:
        qty = words_to_int(raw) or foreign_words_to_int(raw)
    if qty is None or qty == 0:
        return None, None, start
    before = window[:m.start()]
    if re.search(r"[$€£¥₩]\s*$|\d[.,]$", before):
        return None, None, start  # part of a money figure
    if raw.isdigit() and LABEL_BEFORE_RE.search(before):
        return None, None, start  # "LAND 400 Phase 3 alongside Hanwha's Redback": a programme's label, not a count
    if re.search(r"(?i)\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.\s*$|\b(?:January|February|March|April|May|June|July|"
                 r"August|September|October|November|December)\s+$", before) \
            or re.match(r"(?i)(?:st|nd|rd|th|er)?\.?\s+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
                        r"Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|janvier|février|mars|avril|mai|"
                        r"juin|juillet|août|septembre|octobre|novembre|décembre|Januar|Februar|März|Juni|Juli|Oktober|"
                        r"Dezember)\b\.?", window[m.end("n"):]):
        return None, None, start  # "announced on Dec. 9 that Patria's AMV XP …": a day of the month, not a count
    if raw in ("one", "un", "une", "eine", "einer", "einem") and re.match(
            r"(?i)\s+(?:of\s+the|des|der)\s+(?:\w+est|most|plus|größten|wichtigsten|meisten|\w+sten)\b",
            window[m.end("n"):]):
        return None, None, start  # "one of the largest Rafale operators": a rank, not a count
    if (part := PART_OF_TOTAL_RE.search(before)) is not None and (n := int(re.sub(r"[^\d]", "", part.group("n")))) < qty \
            and DELIVERED_AFTER_RE.match(text, start):
        # "36 of the 50 F-35s of the first order have been delivered", "36 des 50 F-35": the part told, of a total
        return n, None, max(0, start - 70) + part.start("n")
    return qty, (m.group("qual") or "").lower() or None, max(0, start - 70) + m.start()


LABEL_BEFORE_RE = re.compile(r"(?i)\b(?:phase|tranche|block|batch|flight|increment|stufe|no\.|nr\.|n°|mk\.?|mark|"
                             r"type|typ|baseline|step|stage|lot)\s*$")
DELIVERED_AFTER_RE = re.compile(r"(?i)[^.;]{0,100}?\b(?:delivered|handed\s+over|arrived|received|livrée?s?|remise?s?|"
                                r"réceptionnée?s?|arrivée?s?|geliefert|übergeben|eingetroffen)\b")
PART_OF_TOTAL_RE = re.compile(r"(?i)(?<![\w.,$€£])(?P<n>\d{1,3}(?:[,.\u00a0\u202f ]\d{3})*)\s+(?:of\s+(?:the|its|their)|des|der|"
                              r"von\s+den|sur\s+les)\s+$")


def _to_usd(amount: float, currency: str, date: str | None) -> float | None:
    if currency == "USD":
        return amount
    from armstrack.normalize.money_convert import to_usd

    usd, _ = to_usd(amount, currency, date)
    return usd


CROWNS = {"DNK": "DKK", "NOR": "NOK", "SWE": "SEK", "CZE": "CZK", "ISL": "ISK", "GRL": "DKK", "FRO": "DKK"}
# currency names several countries share: the pseudo-code the money finder gives them, and each country's currency
SHARED_NAMES = {
    "KR": ("crowns", CROWNS),
    "DIRHAM": ("dirhams", {"MAR": "MAD", "ARE": "AED"}),
    "RIYAL": ("riyals", {"SAU": "SAR", "QAT": "QAR", "OMN": "OMR", "YEM": "YER", "IRN": "IRR"}),
}


def _shared_name_currency(doc: Document, pseudo: str, seller: str | None,
                          buyer: str | None) -> tuple[str | None, str]:
    """Which currency a bare "kroner"/"couronnes"/"dirhams"/"riyals" figure is in: the buyer's or seller's, else
    the one such country the text names; None when that is not clear."""
    label, table = SHARED_NAMES[pseudo]
    for code in (buyer, seller):
        if code in table:
            return table[code], f"{label} of the {'buyer' if code == buyer else 'seller'} ({code}): {table[code]}"
    named = {table[p.code] for p in countries.find_parties(doc.text) if p.code in table}
    if len(named) == 1:
        cur = named.pop()
        return cur, f"the only {label} currency of the countries named ({cur})"
    return None, f"{label} of no clear country"


def _dollar_currency(doc: Document, mm_text: str, seller: str | None, buyer: str | None,
                     stage: str | None = None, clause: str = "") -> tuple[str, str]:
    """Decide what a bare "$" or "dollars" means for one figure, with the reason.

    Local dollars (CAD, AUD, ...) only on the text's word: a statement that its amounts are in that
    currency, or the same figure restated with the currency named next to it; otherwise a U.S. sale is
    in U.S. dollars (the currency of U.S. notifications), and a non-U.S. sale reported from a
    dollar country is in that country's dollars."""
    text = doc.text
    home = None
    m = DATELINE_RE.search(text[:600])
    if m:
        pm = countries.find_parties(m.group("city").strip().title(), include_ambiguous=True)
        if pm:
            home = pm[0].code
    for local in dict.fromkeys(c for c in (CLOSE_DOLLAR.get(home or ""), CLOSE_DOLLAR.get(buyer or "")) if c):
        rx = LOCAL_DOLLAR_RE[local]
        blanket = re.search(r"(?i)(?:all (?:amounts|figures)|unless otherwise (?:noted|stated)|tous les montants|"
                            r"sauf indication)[^.]{0,100}?" + rx.pattern.removeprefix("(?i)"), text)
        if blanket:
            return local, f"bare '$' read as {local}: the text says \"{blanket.group(0)[:80]}\""
        figure = re.escape(mm_text.strip())
        for occ in re.finditer(figure, text):
            near = text[occ.end():occ.end() + 60]
            named = rx.search(near)
            # "$2.4 billion (Canadian)", "$2.4 billion CAD" -- not "$8 billion, or roughly NT$250 billion", which
            # converts the figure into another currency and so says it is not in that one
            if named and not re.match(r"\s*\d", near[named.end():]) and not re.search(r"\d", near[:named.start()]):
                return local, f"bare '$' read as {local}: the text restates {mm_text!r} as {named.group(0)}"
        if seller not in (None, "USA"):
            return local, f"bare '$' read as {local}: reported from {home or buyer} about a non-U.S. sale"
        if home and CLOSE_DOLLAR.get(home) == local and home == buyer and stage in ("signed", "delivered", "other"):
            # the buyer government's own figure in a story that marks U.S. dollars explicitly elsewhere
            return local, (f"bare '$' read as {local}: a {home}-datelined story about {buyer}'s own {stage} "
                           f"step (the buyer's government states its figures in its own dollars)")
    own = CLOSE_DOLLAR.get(buyer or "")
    if seller in (None, "USA") and stage in ("approved", "notified") and US_PRICER_RE.search(clause):
        # "when the Defense Security Cooperation Agency put the package … at $560 million": the U.S. agency's figure
        return "USD", "bare '$' read as USD: the figure of a U.S. approval, told with the U.S. agency that priced it"
    number = re.sub(r"^\$\s*", "", mm_text.strip())
    if own and own in LOCAL_DOLLAR_RE and LOCAL_DOLLAR_RE[own].search(text) \
            and mm_text.lstrip().startswith("$") and len(re.findall(r"\bUS\s?\$", text)) >= 2 \
            and not re.search(r"\bUS\s?\$\s?" + re.escape(number), text):
        # an outlet that writes "US$" for U.S. dollars writes "$" for its own: "valued at $37 billion"
        return own, f"bare '$' read as {own}: the text marks U.S. figures as US$ and this one is not"
    if seller in (None, "USA"):
        return "USD", "bare '$' read as USD: a U.S. sale (U.S. notifications are in dollars), no other currency stated"
    return "USD", "bare '$' read as USD: no other dollar currency named for it (check)"


# the U.S. agency pricing an approval, in the clause of the figure
US_PRICER_RE = re.compile(r"\b(?:Defense\s+Security\s+Cooperation\s+Agency|DSCA|State\s+Department|Department\s+of\s+State|"
                          r"Pentagon)\b")


def _origin_codes(sysm: System) -> list[str]:
    return list(countries.origin_codes(sysm.origin or ""))


def _origin_code(sysm: System) -> str | None:
    codes = _origin_codes(sysm)
    return codes[0] if codes else None


PURCHASE_FOR_RE = re.compile(r"(?i)\b(?:signed|signs|sign|signing|opted|opts|contracts?|orders?|ordered|deal|"
                             r"agreement|requests?|requested|asked|paid|pay|purchase|settled|selected|chose|went|"
                             r"sign[ée]\w*|contrats?|commande|command[ée]\w*|accord|opt[ée]\w*|optent|pay[ée]\w*|"
                             r"Vertr[aä]ge?|Auftrag|Bestellung|unterschrieben|unterzeichnet)\s+"
                             # "un contrat de 3,2 milliards de dollars (environ 12 milliards de riyals) avec LIG Nex1 pour"
                             r"(?:(?:of|de\s|d['’]|worth|valued\s+at|über|im\s+Wert\s+von)\s*"
                             r"(?:environ\s+|quelque\s+|about\s+|some\s+|rund\s+|etwa\s+)?[\d$€£][^.;()]{0,50}?\s+"
                             r"(?:\([^()]{0,50}\)\s+)?)?"
                             # ("with Norway's Kongsberg Defence & Aerospace and the U.S. group Raytheon Missiles & Defense")
                             r"(?:(?:with|avec|mit)\s+(?:[\w.'’&-]+\s+){1,14}?)?"
                             # "won a $3.2 billion contract from Saudi Arabia for its Cheongung-II": the customer named
                             r"(?:(?:from|von|aus)\s+(?:[\w.'’-]+\s+){1,4}?)?$")


# a support package names the fleet it supports: that system is the deal's item
SUPPORT_FOR_RE = gated(re.compile(r"(?i)\b(?:maintenir|garder)\s+en\s+(?:service|état|condition)\s+(?:[\w'’-]+\s+){0,5}$|"
                            r"\b(?:sustainment|(?<!\bin\s)support|maintenance|logistics|spare\s+parts|upkeep|Wartung\w*|"
                            r"Unterstützungsleistungen|Instandhaltung|soutien|maintien\s+en\s+condition|entretien)\s+"
                            r"(?:[\w'’-]+\s+){0,3}(?:for|of|für|pour|de|des|du)\s+(?:[\w'’-]+\s+){0,6}$"))


SHIP_NOUN_AFTER_RE = re.compile(r"(?i)\W*(?:destroyers?|frigates?|cruisers?|warships?|vessels?|submarines?|corvettes?|"
                                r"Zerstörer|Fregatten?|U-Boote?)\b")


# the craft that carried the items: "in the holds of two A400M", "aboard an An-124", "à bord d'un A400M", "an Bord"
CARRIER_BEFORE_RE = gated(re.compile(r"(?i)\b(?:in\s+the\s+holds?\s+of|aboard|on\s+board|carried\s+by|ferried\s+by|"
                               r"flown\s+in\s+(?:by|aboard)|à\s+bord\s+d[e'’]|dans\s+les\s+soutes\s+d[e'’]|"
                               r"an\s+Bord)\s+(?:[\w'’-]+\s+){0,5}$"))


# a system naming another sale as the time the one told happened against: "The King Air notice came a day after …"
REFERENCE_EVENT_AFTER_RE = re.compile(r"(?i)[\s-]+(?:notice|notification|announcement|approval|release|sale|deal|"
                                      r"package|case)s?\s+(?:came|comes|followed|follows|arrived)\s+(?:\w+\s+){0,3}?"
                                      r"(?:after|before|on\s+the\s+heels)\b")


# a fleet rebuilt into another model: "the remanufacture of fifty (50) WAH-64 Mk 1 airframes into AH-64E Apache
# Guardians", "die Umrüstung von 50 britischen WAH-64 Mk 1 zu AH-64E": the old model is what is converted, the new
# one what is bought, in that number
CONVERSION_OF_RE = re.compile(r"(?i)\b(?:remanufactur\w*|conver(?:t|ts|ted|ting|sion)|upgrad(?:e|es|ed|ing)|rebuild\w*|"
                              r"Umrüstung|Umbau|Modernisierung|transformation|modernisation)\s+(?:(?:of|von|de|des|du)\s+"
                              r"(?:(?:the|its|their|die|den|ses|leurs|les)\s+)?|(?:ihrer|seiner|der)\s+)(?P<n>\d[\d,.]*|[a-zäöüé-]+)(?:\s*\(\d+\))?"
                              r"(?:\s+[^\s.;:]+){1,6}?$")
_INTO = (r"\s+(?:into|to|zu|zum|zur|en|in|au)\s+(?:(?:the|die|den|le|la|l['’]|des|der|das)\s*)?"
         r"(?:(?:Standard|standard|version|Version)\s+)?")  # "… into ", "… zum Standard "
INTO_BEFORE_RE = re.compile(_INTO + r"$")  # the words right before the new model
INTO_AFTER_RE = re.compile(r"(?:\s+[^\s.;:]+){0,3}?" + _INTO + r"(?=[A-Z0-9])")  # the words after the old one


@functools.lru_cache(maxsize=4096)
def _tells_conversion(text: str) -> bool:
    return CONVERSION_WORD_RE.search(text) is not None


CONVERSION_WORD_RE = re.compile(r"(?i)remanufactur|conver[ts]|upgrad|rebuild|Umrüstung|Umbau|Modernisierung|transformation|"
                                r"modernisation")


def converted_count(text: str, a: int) -> tuple[int, int] | None:
    """The count of a fleet converted into the system named at ``a`` ("… of fifty (50) WAH-64 Mk 1 airframes into
    AH-64E") and where it is written, else None."""
    if not _tells_conversion(text):
        return None
    into = INTO_BEFORE_RE.search(text, max(0, a - 30), a)
    if into is None:
        return None
    m = CONVERSION_OF_RE.search(text, max(0, into.start() - 140), into.start())
    if m is None:
        return None
    from armstrack.normalize.numbers import count_value
    n = count_value(m.group("n"))
    return (n, m.start("n")) if n else None


def _converted_from(text: str, b: int) -> bool:
    """Is the system ending at ``b`` the old model a fleet is converted from ("… of 50 WAH-64 Mk 1 into AH-64E")?"""
    into = INTO_AFTER_RE.match(text, b)
    return into is not None and converted_count(text, into.end()) is not None


# "Die Apache-Flotte der britischen Heeresflieger umfasst 50 Maschinen": the size of a fleet
FLEET_SIZE_AFTER_RE = re.compile(r"(?i)-(?:Flotte|fleet)\b[^.;]{0,60}?\b(?:umfasst|zählt|besteht\s+aus|numbers|comprises|"
                                 r"compte)\b")
# "Il partage l'essentiel de sa mécanique avec l'hélicoptère utilitaire UH-1Y": a kin of the system sold
SHARED_WITH_BEFORE_RE = re.compile(r"(?i)\b(?:partage\w*|shares?|shared|sharing|teilt|en\s+commun|in\s+common|"
                                   r"commonality|Gemeinsamkeiten)\b[^.;:]{0,60}?\b(?:avec|with|mit)\s+(?:[\w'’-]+\s+){0,3}$")
# "meant to replace three legacy weapons: Hellfire, Maverick and the air-launched TOW"
REPLACED_LIST_BEFORE_RE = re.compile(r"(?i)\b(?:replac\w*|remplac\w*|ersetz\w*|ablös\w*)\b[^.;:]{0,70}:\s*[^.;:]{0,80}$")


# the platforms a German clause says the bought systems go on: "die auf AH-64E Apache … installiert werden sollen"
INSTALLED_ON_DE_RE = re.compile(r"\b(?:auf|an)\s+(?:(?:der|den|dem|die|ihre[nm]?|seine[nm]?)\s+)?(?:[\w/-]+,?\s+){0,8}$")
# "Norwegen ersetzt mit dem Kauf seine Flotte von 36 Leopard 2A4": the buyer's own fleet, counted
OWN_FLEET_OF_RE = re.compile(r"(?i)\b(?:its|their|seine|ihre|sa|leur|son)\s+(?:[\w-]+\s+)?(?:fleet|flotte)\s+(?:of|de|d['’]|von)\s+"
                             r"(?:(?:some|around|about|rund|etwa|environ)\s+)?\d[\d,.]*\s+(?:[\w'’-]+\s+){0,2}$")
# "Die Flugkörper sind für die bodengestützten NASAMS-Systeme bestimmt": what the bought systems are meant for
INTENDED_FOR_DE_RE = re.compile(r"\bfür\s+(?:die|den|das|ihre[nm]?|seine[nm]?)\s+(?:[\w-]+\s+){0,3}$")
INTENDED_AFTER_DE_RE = re.compile(r"[-\w]*\s+(?:[\w-]+\s+){0,3}?(?:bestimmt|vorgesehen|gedacht)\b")
INSTALLED_AFTER_DE_RE = re.compile(r"[^.;:]{0,90}?\b(?:installiert|eingebaut|integriert)\b")  # (not "montiert": a launcher on its truck)


def _context_mention(text: str, a: int, b: int, system: System | None = None) -> bool:
    """A system named as the platform or the thing replaced ("for its F-35 fleet", "to replace its
    CF-18s") rather than as an item of the deal (read once per clause and mention: the reader asks many times)."""
    return _context_mention_of(text, a, b, system)


# an option told with what it would add ("options for up to five further IRIS-T SLM", "une option sur six Rafale
# supplémentaires", "Optionen auf weitere fünf Systeme", "the right to buy up to five more"), and an option taken up
# (then what it adds is bought)
OPTION_FOR_RE = re.compile(r"(?i)\b(?:(?:options?|Optionen|Option)\s+(?:for|on|over|to\s+(?:buy|acquire|order)|sur|pour|"
                           r"portant\s+sur|auf|für|über)|right\s+to\s+(?:buy|acquire|order))\s+"
                           r"(?:up\s+to\s+|jusqu['’]à\s+|bis\s+zu\s+)?"
                           r"(?:[\w'’-]+\s+){0,5}?(?:(?:and|or|plus|et|ou|und|oder)\s+(?:[\w'’-]+\s+){0,3})?$")
OPTION_TAKEN_RE = re.compile(r"(?i)\b(?:exercis\w*|took\s+up|taken\s+up|takes\s+up|triggered|lev[ée]\w*|"
                             r"lever|gezogen|zog|eingelöst|ausgeübt|nutzte?)\b[^.;]{0,60}$")


# a system said to be left out of the deal: "Le TB2, en revanche, ne fait pas partie du contrat", "is not part of"
NOT_PART_AFTER_RE = re.compile(r"(?i)[^.;:]{0,40}?\b(?:ne\s+fait\s+pas\s+partie|ne\s+font\s+pas\s+partie|"
                               r"n['’](?:est|était)\s+pas\s+(?:inclus|compris)|(?:is|are|was|were)\s+not\s+(?:part\s+of|"
                               r"included)|(?:ist|sind|war|waren)\s+(?:jedoch\s+|aber\s+)?nicht\s+(?:Teil|enthalten)|"
                               r"gehör(?:t|en)\s+(?:jedoch\s+|aber\s+)?nicht)\b")


# the other name of a system just named, in apposition: "twelve UH-60M Black Hawks, known in Swedish service as
# Helicopter 16", "le H225M, désigné H-36 Caracal au Brésil"
KNOWN_AS_BEFORE_RE = re.compile(r"(?i),\s*(?:also\s+|locally\s+|officially\s+|auch\s+|aussi\s+)?(?:known|designated|dubbed|"
                                r"called|bekannt|genannt|bezeichnet|connue?s?|appelée?s?|baptisée?s?|désignée?s?)\b"
                                r"[^,.;:()]{0,40}$")


@functools.lru_cache(maxsize=8192)
def _context_mention_of(text: str, a: int, b: int, system: System | None) -> bool:
    before = text[max(0, a - 100):a]
    if "," in before and (known := KNOWN_AS_BEFORE_RE.search(before)) is not None \
            and any(not x.generic for _, _, x in load_catalog().find_in(before[:known.start()])):
        # "… UH-60M Black Hawks, known in Swedish service as Helicopter 16": the system just named, again (not "Le
        # modèle retenu, baptisé Shortfin Barracuda": the one name of the system chosen)
        return True
    if SUPPORT_FOR_RE.search(before):
        return False  # "follow-on sustainment support for the Kuwait Air Force's KC-130J fleet": what is supported
    if NOT_PART_AFTER_RE.match(text, b):
        return True  # "Le TB2, en revanche, ne fait pas partie du contrat saoudien": named as left out
    if ("ption" in before or "right" in before) and OPTION_FOR_RE.search(before) and not OPTION_TAKEN_RE.search(before):
        return True  # "options for up to five further IRIS-T SLM systems and one IRIS-T SLX": not bought (yet)
    if REFERENCE_EVENT_AFTER_RE.match(text, b):
        return True  # "The King Air notice came a day after … a separate approval for 15 patrol boats": the other deal
    if text.startswith("-", b) and FLEET_SIZE_AFTER_RE.match(text[b:b + 90]):
        return True  # "Die Apache-Flotte der britischen Heeresflieger umfasst 50 Maschinen": the fleet's size
    if CONTEXT_AFTER_RE.match(text[b:b + 30]) and not (
            system is not None and system.category == "Ships" and SHIP_NOUN_AFTER_RE.match(text[b:b + 30])):
        return True  # ("Type 209/1400mod submarines": a ship class and its kind, no fleet of another system)
    if re.search(r"(?i)\b(?:replac\w*|remplac\w*|ersetz\w*)\b[^.;]{3,80}?\s(?:par|with|by|durch)\s+"
                 r"(?:[\w'’-]+\s+){0,3}$", before):
        return False  # "remplacer ses 47 MRH-90 par 40 UH-60M": the replacement is what is bought
    if re.search(r"(?i)\b(?:replac\w*|remplac\w*|ersetz\w*|ablös\w*)\s+(?:the|its|their|les|leurs|ses|des|die|ihre|"
                 r"seine|den)?\s*(?:[\w'’-]+\s+)?\d[\d,.]*\s+(?:[\w'’-]+\s+){0,3}$", before):
        return True  # "doivent remplacer les 60 Mirage 2000-9": the fleet replaced, counted or not
    low = before.lower()
    if ("with" in low or "avec" in low or "mit" in low) and SHARED_WITH_BEFORE_RE.search(before):
        return True  # "Il partage l'essentiel de sa mécanique avec l'hélicoptère utilitaire UH-1Y": a kin, not an item
    if "für" in before and INTENDED_FOR_DE_RE.search(before) and INTENDED_AFTER_DE_RE.match(text, b):
        return True  # "Die Flugkörper sind für die bodengestützten NASAMS-Systeme bestimmt": what they are for
    if "auf" in before and INSTALLED_ON_DE_RE.search(before) and INSTALLED_AFTER_DE_RE.match(text, b):
        return True  # "… AN/AAR-57, die auf AH-64E Apache, UH-60 Black Hawk und CH-47 Chinook installiert werden sollen"
    if ":" in before and REPLACED_LIST_BEFORE_RE.search(before):
        return True  # "meant to replace three legacy weapons: Hellfire, Maverick and the air-launched TOW"
    if re.search(r"(?i)\b(?:remains?|remained|serves?|served|flies|fly|flown|operates?|operated)\b[^.;]{0,120}?\b(?:alongside|"
                 r"aux\s+côtés\s+d(?:e|es|u)|neben)\s+(?:[\w'’-]+\s+){0,5}$", before):
        return True  # "the type remains, alongside 18 Russian-built Su-30MKM fighters, the backbone": the fleet
    if _converted_from(text, b):
        return True  # "the remanufacture of fifty WAH-64 Mk 1 into AH-64E": the old model, converted
    if converted_count(text, a) is not None:
        return False  # ("… Apaches to AH-64E standard": the model the fleet becomes, what is bought)
    if CARRIER_BEFORE_RE.search(before):
        return True  # "arrived in the holds of two A400M transports": the aircraft that carried them
    if ("fleet" in low or "flotte" in low) and OWN_FLEET_OF_RE.search(before):
        return True  # "Norwegen ersetzt mit dem Kauf seine Flotte von 36 Leopard 2A4": the fleet it has, counted
    # (not a year: "selected the F-35A in June 2021, beating the Rafale")
    if re.search(r"(?:^|\s)(?!(?:19|20)\d\d\b)\d[\d,.]*(?<![,.])\s+(?:(?!(?:for|pour|für|to|à|fleet|flotte|Flotte)\b)"
                 r"[\w'’-]+\s+){0,4}$", before):
        return False  # "24 F-35", "76 véhicules de combat d'infanterie Bradley": counted, an item (not "200 fans for the F404")
    if re.search(r"(?i)\b(?:(?:been|is|was|are|were)\s+integrated\s+(?:on|into|with)|intégrée?s?\s+(?:sur|à)|"
                 r"integriert\s+(?:auf|in))\s[^.;:]{0,130}$", text[max(0, a - 160):a]):
        return True  # "integrated on aircraft ranging from the F-15 and F-16 to the Eurofighter, the Gripen and the F-35"
    pos = 0
    while (m := CONTEXT_BEFORE_RE.search(before, pos)) is not None:
        pos = m.start() + 1
        between = before[m.start():]
        if re.match(r"(?i)(?:for|pour|für|to\s+(?:arm|equip))\b", between) and \
                re.search(r"(?i),\s*(?:comprenant|including|incluant|darunter|notamment|among them|with)\b", between):
            continue  # "a package for Kuwait, including AMRAAM missiles": the list of the deal begins
        if re.match(r"(?i)(?:for|pour|für)\b", between) \
                and PURCHASE_FOR_RE.search(text, max(0, a - 220), a - len(before) + m.start()):
            continue  # "Finland signed for the David's Sling system", "a contract for the F-35": what is bought
        trigger = re.match(r"\S+", between)
        after_trigger = between[trigger.end():] if trigger else between
        if re.match(r"(?i)(?:fleet|flotte|Flotte)\b", between) and re.match(
                r"(?i)[\s,]*(?:commandée?s?|ordered|bestellt\w*|achetée?s?|bought|purchased)\b", text[b:b + 40]):
            return False  # "la flotte de H225M, commandée en 2018 à Airbus Helicopters": the fleet bought
        # "to replace its fleet, the navy ordered Rafale M": a deal verb after the trigger ends the context
        if any(rx.search(after_trigger) for _stage, rx in CUE_RES):
            return False
        return True
    return False


def _same_kind(cat: Catalog, other_key: str, sysm: System) -> bool:
    """Variant and family of the same kind (a launch unit is a part of Javelin, not a variant of it)."""
    other = cat.get(other_key)
    return other is None or not (other.type and sysm.type) or other.type == sysm.type


def _makers(cat: Catalog, catalog_id: str | None) -> set[str]:
    out: set[str] = set()
    if not catalog_id:
        return out
    for sysm in [cat.get(catalog_id), *cat.ancestors(catalog_id)]:
        if sysm is not None and sysm.manufacturer:
            out.update(canonical(m.strip()) or m.strip() for m in re.split(r"[/;]", sysm.manufacturer))
    return out
