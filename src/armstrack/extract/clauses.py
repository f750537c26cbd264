"""Clauses of a text with what each one mentions: parties, catalog systems, money, dates, stage cue.

A sentence is split into clauses at ", and <Capitalised>", "; " and ", while" so that "Washington
approved the sale in 2023, and Tokyo signed the agreement in 2024" gives two events.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from armstrack.extract.news_fields import converted_count
from armstrack.extract.sentences import sentence_spans
from armstrack.extract.stage import StageCue, read_stage
from armstrack.normalize import countries
from armstrack.normalize.catalog import System, load_catalog
from armstrack.normalize.companies import find_companies
from armstrack.normalize.dates import DateMention, find_dates
from armstrack.normalize.money import MoneyMention, find_money
from armstrack.regex_gate import gated

DEAL_NOUN_RE = gated(re.compile(
    r"(?i)\b(?:deal|sale|sales|contract|order|purchase|acquisition|package|agreement|procurement|buy|"
    r"lease|vente|contrat|(?<!unités\sde\s)(?<!unité\sde\s)(?<!poste\sde\s)(?<!postes\sde\s)(?<!centre\sde\s)commande|achat|acquisition|Kauf|Geschäft|Auftrag|Vertrag|Beschaffung|Bestellung|Pakets?|"
    r"Rüstungspakets?|Munitionspakets?|Verkaufs?|Verkäufe|Rüstungsgeschäfte?s?|Rüstungsexporte?s?|Kaufvertrag|"
    r"Liefervertrag|paquet|ensemble|letters?\s+of\s+(?:offer\s+and\s+)?acceptance|LOAs?|lettres?\s+d['’]offre|"
    r"(?<!short\s)(?<!in\s)supply(?!\s+chains?)|sell|sold|selling|buying|bought|acquire|acquiring|purchasing|nod|green light|feu vert|"
    r"achète|acheter|acheté|achetés|acquérir|commander|kaufen|kauft|erwirbt|"
    # "an $80 million case for 20 RQ-21A drones": a priced sales case
    r"(?:million|billion|bn)\s+(?:FMS\s+)?cases?)\b"))
CLAUSE_SPLIT_RE = re.compile(r",\s+(?:and|but|while|whereas|et|mais|und|aber)(?:\s*,)?\s+|;\s+|\s+while\s+|\s+—\s+(?=[A-Z])|"
                             # "…, puis, fin 2022, pour dix-huit CH-47F …": the next event of a sequence, at a new time
                             r",\s+(?:puis|then|dann|danach|ensuite)\s*,?\s+(?=(?:fin|début|mi-|en|in|im|Ende|Anfang|Mitte|"
                             r"late|early|mid)\b|\d{4}\b|\d{1,4}\s+(?:de\s+plus|more|weitere)\b)|"
                             # "… in a deal worth 146 million euros and last November exercised an option for 38 more"
                             r"\s+(?:and|et|und)\s+(?=(?:last|this|in|en|im)\s+(?:January|February|March|April|May|June|"
                             r"July|August|September|October|November|December|spring|summer|autumn|fall|winter|"
                             r"(?:19|20)\d\d)\b,?\s+(?:it\s+|the\s+\w+\s+)?(?:[a-z]+ed|bought|signed|ordered|sought|won)\b)|"
                             # "2013 wurde ein Frühwarnradar … freigegeben, 2012 ein Paket mit HIMARS …": the verb left
                             # out, another year
                             r",\s+(?=(?:19|20)\d\d\s+(?:ein|eine|einen|a|an|un|une|des)\s)|"
                             # "… would buy eight F-35A fighters, on top of the 12 F-35Bs it had already ordered"
                             r",\s+(?=(?:on\s+top\s+of|in\s+addition\s+to|en\s+plus\s+des|zusätzlich\s+zu)\s+"
                             r"(?:the|its|their|les|ses|leurs|den|seinen|ihren)\s+\d)|"
                             # "L'Indonésie, qui avait commandé 37 CAESAR en 2012 …, en a acquis 18 de plus début 2017"
                             r",\s+(?=en\s+(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:acquis|commandé|acheté|reçu)\s+"
                             r"\w+\s+(?:de\s+plus|supplémentaires|autres)\b)|"
                             # "… destinés aux quatre sous-marins Type 209/1400mod que Le Caire a commandés à TKMS": the
                             # platform's own purchase, told in a relative clause
                             # (not in English: "the 54 Leopard 2A8 tanks that Norway has ordered" keeps its count,
                             # "Rumours … that Egypt has ordered J-10C" its hedge)
                             r"\s+(?=(?:que|qu['’])\s*(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+(?:a|ont|avait|avaient)\s+"
                             r"(?:\w+\s+)?(?:commandée?s?|achetée?s?|acquise?s?)\b)")
# a report that those who would know did not confirm, said of the whole sentence
NOBODY_CONFIRMED_RE = gated(re.compile(r"(?i)\bni\s+[^.;]{1,40}?\bni\s+[^.;]{1,40}?\bn['’](?:a|ont)\s+confirmé|"
                                 r"\bneither\s+[^.;]{1,40}?\bnor\s+[^.;]{1,40}?\b(?:has|have)\s+confirmed|"
                                 r"\b(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+confirmed|\b(?:was|were)\s+not\s+confirmed|"
                                 r"n['’](?:a|ont)\s+pas\s+(?:encore\s+)?été\s+confirmé|"
                                 r"(?:wurden?|wird|ist|sind)\s+(?:\w+\s+){0,4}nicht\s+bestätigt|"
                                 r"\bno\s+confirmation\s+(?:from|by)\b|\baucune\s+confirmation\b|"
                                 r"\bkeine\s+Bestätigung\b|\bsans\s+(?:le|la|les|l['’])?\s*confirmer\b|"
                                 r"\bwithout\s+confirming\b|\bohne\s+(?:es|dies)\s+zu\s+bestätigen\b|"
                                 # "An earlier plan to buy six FREMM frigates … has not materialised": no purchase
                                 r"\b(?:has|have|had)\s+(?:not|never)\s+materiali[sz]ed|\bnever\s+materiali[sz]ed|"
                                 r"\b(?:went|came\s+to)\s+nothing|\bfell\s+through|n['’](?:a|ont)\s+(?:jamais\s+)?abouti|"
                                 r"\bnie\s+zustande\s+gekommen|\bnicht\s+zustande\s+gekommen"))
# a line labelled as a rumour: "* INDONESIA / INDIA (rumour watch): …", "Gerücht vom Messegelände: …"
RUMOUR_LABEL_RE = gated(re.compile(r"[^\w\n]{0,4}[^:\n]{0,40}?\b(?i:rumou?rs?|rumeurs?|Gerüchte?|speculation|spéculations?)"
                             r"\b[^:\n]{0,30}:"))
# "- **Not "$1 billion for Stingers".** That figure is circulating …": a list entry telling what a story is not ("- 0:
# the number of Belgian SDB II orders publicly signed so far": what has not happened)
NOT_LEAD_RE = re.compile(r"[-*•\s]*(?:\*\*|__)?\s*(?:(?:0|zero|none|aucune?|null)\s*[:—–]|(?:Not|Pas|Nicht|Kein|Keine)\b(?!\s+(?:only|just|until|least|long|since|"
                         r"far|yet|seulement|nur|erst|bis)\b)(?![-'’])(?![^.:;\n]{0,25}:))")  # ("Pas tout à fait : la Pologne a déjà acheté …")
# a heading over a list of what a story is not: "## Noise to ignore", "## Was (noch) nicht stimmt", "### Ce qui circule
# mais n'est pas confirmé", "Rumours"
NOISE_HEADING_RE = re.compile(r"(?i)^\s*#{0,4}\s*[^\n]{0,40}?\b(?:noise|rumou?rs?|myths?|not\s+true|ignore|debunk\w*|"
                              r"(?:nicht|falsch)\s+stimmt|Gerüchte|rumeurs?|pas\s+confirmé|non\s+confirmé|ce\s+qui\s+circule|"
                              r"what\s+(?:the\s+story|it)\s+is\s+not|ce\s+que\s+(?:ce|l['’]\w+)\s+n['’]est\s+pas)\b[^\n]{0,40}$")
LIST_LINE_RE = re.compile(r"\s*(?:[-–•*·]|\d+[.)])\s+")


def _noise_list_spans(text: str) -> list[tuple[int, int]]:
    """The list entries under a heading telling what is not so ("## Noise to ignore\n- "Finland is buying Avenger
    vehicles too." …"): each a claim the article dismisses, no event."""
    spans: list[tuple[int, int]] = []
    pos, under = 0, False
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            continue
        if LIST_LINE_RE.match(line):
            if under:
                spans.append((start, end))
            continue
        under = len(line) <= 90 and NOISE_HEADING_RE.match(line) is not None
    return spans


GAPPED_YEAR_RE = re.compile(r"(?:19|20)\d\d\s+(?:ein|eine|einen|a|an|un|une|des)\s|(?:on\s+)?the\s+same\s+day,?\s+"
                            r"(?=(?:US)?\$|€|£)")  # "…, and on the same day $150 million for …": the verb before


DEADLINE_BEFORE_RE = re.compile(r"(?i)\b(?:bis|until|till|jusqu['’](?:à|au))\s+(?:zum\s+|(?:on\s+)?)?$")


@dataclass
class Unit:
    start: int  # absolute offsets of the clause in the document
    end: int
    text: str
    sentence: int  # index of the sentence it belongs to
    parties: list[countries.PartyMention]
    systems: list[tuple[int, int, System]]
    money: list[MoneyMention]
    dates: list[DateMention]
    cue: StageCue | None
    deal_noun: bool
    hedged: bool = False  # a stage cue denied, conditional or only reported
    # generic classes of article named in the clause ("46 engines", "18 machine guns"): items only when counted
    generic: list[tuple[int, int, System]] = field(default_factory=list)
    # the role of each party mention, once read (news_parts._role); not copied by dataclasses.replace
    roles: dict[tuple[int, int, str, str], str | None] = field(default_factory=dict, init=False, repr=False,
                                                               compare=False)


def _clauses(text: str, s: int, e: int) -> list[tuple[int, int]]:
    out, pos = [], s
    for m in CLAUSE_SPLIT_RE.finditer(text, s, e):
        if m.start() - pos >= 25 and e - m.end() >= 25:
            out.append((pos, m.start()))
            pos = m.end()
    out.append((pos, e))
    return out


SHIP_KIND_AFTER_RE = re.compile(r"(?:-|\s)(?:class\s+)?(?:frigates?|corvettes?|destroyers?|submarines?|"
                                r"frégates?|corvettes?|sous-marins?|Fregatten?|Korvetten?|U-Boote?|programm?e?|programa)\b")


SHIP_KIND_BEFORE_RE = re.compile(r"(?i)\b(?:frigates?|corvettes?|destroyers?|frégates?|Fregatten?|Korvetten?)\s+"
                                 r"(?:der\s+Klasse\s+|vom\s+Typ\s+|de\s+(?:la\s+)?classe\s+|(?:of\s+the\s+)?class\s+|type\s+)$")


# the generic kinds of article a system's own member is named by: its training round, its parts
PART_KINDS = frozenset({"training missile", "missile component", "munition component"})


def _members_named_by_kind(text: str, hits: list[tuple[int, int, System]],
                           generic: list[tuple[int, int, System]]) -> list[tuple[int, int, System]]:
    """"40 AIM-9X-2 Captive Air Training Missiles", "30 AIM-9X-2 tactical guidance units": a system named right
    before a generic kind of article names its one member of that kind (CATM-9X, the AIM-9X guidance unit)."""
    cat = load_catalog()
    after = {a: (b, g) for a, b, g in generic}
    out = []
    for a, b, sysm in hits:
        gap = re.match(r"[\s-]?", text[b:b + 1])
        nxt = after.get(b + (gap.end() if gap else 0))
        if nxt is not None:
            kinds = tuple({n.lower() for n in nxt[1].names})
            for line in (sysm, *cat.ancestors(sysm.id)):  # "AIM-120C-8 CATMs": the CATM of the AIM-120 family
                members = [c for c in cat.children(line.id) if c.id != sysm.id
                           and any(n.lower().endswith(kinds) for n in c.names)]
                if members:
                    break
            if len(members) == 1:
                out.append((a, nxt[0], members[0]))
                continue
        out.append((a, b, sysm))
    return out


_EXPANSION_STOP = {"de", "of", "the", "du", "des", "la", "le", "et", "and", "für", "der", "die", "das", "d", "l", "à",
                   "for", "von", "en", "a", "an", "und"}


def _redefined_acronyms(text: str, hits: list[tuple[int, int, System]]) -> set[str]:
    """Acronyms the text spells out as something else than the catalog's system: "two Launch Control Stations
    (LCS)" are no Littoral Combat Ships, "stations de contrôle de lancement (LCS)" neither."""
    out: set[str] = set()
    for a, b, sysm in hits:
        acr = text[a:b]
        if not (text[a - 1:a] == "(" and text[b:b + 1] == ")" and re.fullmatch(r"[A-Z]{2,6}", acr)):
            continue
        words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text[max(0, a - 90):a - 1])
                 if w.lower() not in _EXPANSION_STOP]
        spelled = words[-len(acr):]
        if len(spelled) < len(acr) or sorted(w[0].upper() for w in spelled) != sorted(acr):
            continue
        prefixes = {w[:3].lower() for w in spelled}
        known = [{w[:3].lower() for w in re.findall(r"[^\W\d_]+", n)} for n in sysm.names]
        if not any(len(prefixes & k) >= 2 for k in known):
            out.add(acr)
    return out


# "tanks first designated Leopard 2A7NOR and later renamed Leopard 2A8 NOR", "« Leopard 2A8 NOR », et non plus
# « Leopard 2A7NO »": a name given up is no system of the deal
FORMER_NAME_RE = re.compile(r"(?i)\b(?:(?:first|originally|initially|formerly)\s+(?:designated|named|called)(?:\s+as)?|"
                            r"et\s+non\s+plus|anciennement|ursprünglich\s+als|zunächst\s+als|früher\s+als)\s+[«»\"“”'‘’\s]*$")


def units_of(text: str, anchor: str | None) -> list[Unit]:
    cat = load_catalog()
    # the gazetteers and the money and date finders run once over the whole text; each clause takes
    # the mentions inside it
    all_hits = cat.find_in(text)
    doc_hits = [x for x in all_hits if not x[2].generic and (x[2].type or "") != "service"]
    redefined = _redefined_acronyms(text, doc_hits)
    if redefined:
        doc_hits = [x for x in doc_hits if text[x[0]:x[1]] not in redefined]
    # "80 Rafale au standard F4": a standard of the system before, not the F-4 Phantom (but "die Modernisierung ihrer
    # 28 AH-64D zum Standard AH-64E": the model a counted fleet is converted into)
    doc_hits = [x for x in doc_hits
                if not (re.search(r"(?i)\b(?:au\s+standard|standard|Standard|Rüststand|version)\s+$",
                                  text[max(0, x[0] - 20):x[0]]) and converted_count(text, x[0]) is None)
                and not FORMER_NAME_RE.search(text[max(0, x[0] - 30):x[0]])]
    # "452 Patriot PAC-3 MSE interceptors": a family name written right before its member names the member
    # (also "Patriot-Abfangraketen PAC-3 MSE", "Patriot interceptors PAC-3": one word of kind between)
    doc_hits = [x for i, x in enumerate(doc_hits)
                if not (i + 1 < len(doc_hits)
                        and re.fullmatch(r"[\s-]?(?:(?!(?:and|et|und|or|ou|oder|with|plus|mit|avec)\b)[\wäöüÄÖÜ]+\s)?",
                                         text[x[1]:doc_hits[i + 1][0]])
                        and x[2].id in {a.id for a in cat.ancestors(doc_hits[i + 1][2].id)})]
    # "the F-110 frigates": a ship class named like an engine or an aircraft is not that engine or aircraft
    doc_hits = [x for x in doc_hits if not ((x[2].type or "") in ("engine", "aircraft")
                                            and (SHIP_KIND_AFTER_RE.match(text, x[1])
                                                 or SHIP_KIND_BEFORE_RE.search(text[max(0, x[0] - 40):x[0]])))]
    # "M88 and M89 training rounds": a vehicle's or an aircraft's designation before a kind of ammunition is that
    # ammunition's (the M88 recovery vehicle is not in a box of training rounds)
    doc_hits = [x for x in doc_hits if not (x[2].category in ("Armoured vehicles", "Aircraft", "Ships")
                                            and AMMUNITION_AFTER_RE.match(text, x[1]))]
    # "MK 41 Baseline VII vertical launching system": two names of one system side by side are one mention (the first)
    # ("Ground Master 400 Alpha (GM400α)": its short name in brackets, likewise -- not when the first is named as
    # what another article is for: "guidance sections for the Advanced Precision Kill Weapon System (APKWS)")
    # ("die E-767-Frühwarnflugzeuge (AWACS)": a name of the same role in brackets after the kind restates it)
    merged: list[tuple[int, int, System]] = []
    for x in doc_hits:
        gap = text[merged[-1][1]:x[0]] if merged else ""
        if merged and merged[-1][2].id != x[2].id and merged[-1][2].role and merged[-1][2].role == x[2].role \
                and re.fullmatch(r"[\s-]?(?:[\w-]+\s+){0,2}\(", gap):
            continue
        if not (merged and merged[-1][2].id == x[2].id
                and (re.fullmatch(r"[\s-]?", gap)
                     or (re.fullmatch(r"\s*\(", gap) and not re.search(
                         r"(?i)\b(?:for|of|für|pour)\s+(?:the\s+|die\s+|den\s+|la\s+|le\s+|l['’])?$",
                         text[max(0, merged[-1][0] - 12):merged[-1][0]])))):
            merged.append(x)
    doc_hits = _members_named_by_kind(text, merged, [x for x in all_hits if x[2].generic and x[2].type in PART_KINDS])
    if short_names := _short_names(text, doc_hits, all_hits):
        doc_hits = sorted(doc_hits + short_names, key=lambda x: x[0])
    generic_hits = [x for x in all_hits if x[2].generic and (x[2].type or "") not in ("service", "equipment")]
    doc_money = find_money(text)
    doc_hits = sorted(doc_hits + _unlisted_designations(text, all_hits, doc_money), key=lambda x: x[0])
    # (a deadline tells no event: "Eine Stellungnahme lag bis Dienstagmittag nicht vor", "until Friday")
    doc_dates = [d for d in find_dates(text, anchor) if not DEADLINE_BEFORE_RE.search(text, max(0, d.start - 20), d.start)]
    doc_firms = [(c.start, c.end) for c in find_companies(text)]
    units: list[Unit] = []
    noise = _noise_list_spans(text)
    for idx, (s, e) in enumerate(sentence_spans(text)):
        # "Has Congress approved the sales?", "What's in the $11.1 billion package?": a question tells no event
        question = text[s:e].rstrip().rstrip("\"”»«' ").endswith("?")
        # "…, pour environ 450 millions de dollars ; ni New Delhi ni Jakarta n'ont confirmé": a report nobody
        # confirmed, in every clause of the sentence
        unconfirmed = NOBODY_CONFIRMED_RE.search(text, s, e) is not None \
            or RUMOUR_LABEL_RE.match(text, text.rfind("\n", 0, s) + 1) is not None \
            or NOT_LEAD_RE.match(text, s) is not None or any(a <= s < b for a, b in noise)
        for cs, ce in _clauses(text, s, e):
            t = text[cs:ce]
            systems = [(a - cs, b - cs, sysm) for a, b, sysm in doc_hits if cs <= a and b <= ce]
            money = [replace(m, start=m.start - cs, end=m.end - cs) for m in doc_money if cs <= m.start and m.end <= ce]
            dates = [replace(d, start=d.start - cs, end=d.end - cs) for d in doc_dates if cs <= d.start and d.end <= ce]
            # "franco-italien", "Franco-German": the second half of a compound adjective names no party
            # ("US-Dollar", "US$": a currency, no party)
            # ("schwedische Kronen", "Swiss francs", "couronnes suédoises": a currency's adjective, no party)
            # ("Korea Aerospace Industries signed …": a company's name, no party; its country is the maker's)
            firms = [(a - cs, b - cs) for a, b in doc_firms if cs <= a and b <= ce]
            parties = [p for p in countries.find_parties(t) if not (p.start > 0 and t[p.start - 1] == "-")
                       and not CURRENCY_AFTER_RE.match(t, p.end) and not CURRENCY_BEFORE_RE.search(t[max(0, p.start - 12):p.start])
                       and not any(a <= p.start and p.end <= b and b - a > p.end - p.start for a, b in firms)]
            if cs == s and not parties and (latter := LATTER_RE.match(t)) is not None:
                named = [p for u in units if u.sentence == idx - 1 for p in u.parties]
                if len(named) >= 2:  # "… après le Qatar et le Koweït. Ce dernier a annoncé …": the one named last
                    parties = [countries.PartyMention(latter.start(1), latter.end(1), latter.group(1), named[-1].code,
                                                      named[-1].how)]
            cue, is_hedged = (None, True) if question or unconfirmed else read_stage(t)
            if cue is None and units and units[-1].sentence == idx and units[-1].cue is not None \
                    and GAPPED_YEAR_RE.match(t) and not is_hedged:
                # "2013 wurde ein Frühwarnradar … freigegeben, 2012 ein Paket mit HIMARS …": the verb of the clause
                # before, left out (its span, relative to this clause)
                pc = units[-1].cue
                cue = StageCue(pc.stage, units[-1].start + pc.start - cs, units[-1].start + pc.end - cs)
            generic = [(a - cs, b - cs, sysm) for a, b, sysm in generic_hits if cs <= a and b <= ce]
            units.append(Unit(cs, ce, t, idx, parties, systems, money, dates, cue, _deal_noun(t), is_hedged, generic))
    return units


# "Ce dernier a annoncé …", "The latter signed …", "Letzteres bestellte …": the country named last before
LATTER_RE = re.compile(r"(?i)^\W*(?:(?:and|but|et|mais|und)\s+)?(the\s+latter|ce\s+dernier|cette\s+dernière|"
                       r"letztere[sr]?)\b")


# "Lynx KF41" … "218 Lynx-Schützenpanzer": a name and its designation, then the name alone (not a word that names a
# kind of designation: "Type 26", "Block 70")
SHORT_NAME_RE = re.compile(r"([A-Z][a-zäöüéè]{3,})\s+\S*\d\S*")
NOT_SHORT_NAMES = frozenset({"Type", "Block", "Mark", "Batch", "Phase", "Model", "Series", "Class", "Version", "Flight",
                             "Tranche", "Standard", "Baseline", "Increment", "Lot", "Typ", "Klasse", "Serie", "Los",
                             "Stufe", "Modell", "Lote", "Lieferung", "Phasen", "Generation", "Option"})


def _short_names(text: str, doc_hits: list[tuple[int, int, System]],
                 all_hits: list[tuple[int, int, System]]) -> list[tuple[int, int, System]]:
    """A system the article names, whose catalog name is a name and a designation ("Lynx KF41"), named
    again by that name alone ("218 Lynx-Schützenpanzer"), when the name is no catalog name, no country, no firm and
    stands for one system of the article only."""
    owners: dict[str, set[str]] = {}
    by_id: dict[str, System] = {}
    for sysm in {x[2].id: x[2] for x in doc_hits if not x[2].generic and not x[2].id.startswith("?")}.values():
        # (the canonical name only: "Panzerhaubitze 2000" is an alias, its first word a kind; not the maker's name:
        # "Basler BT-67", built by Basler Turbo Conversions)
        m = SHORT_NAME_RE.fullmatch(sysm.name)
        if m is not None and m.group(1) not in NOT_SHORT_NAMES \
                and not re.match(rf"{m.group(1)}\b", sysm.manufacturer or ""):
            owners.setdefault(m.group(1), set()).add(sysm.id)
            by_id[sysm.id] = sysm
    out: list[tuple[int, int, System]] = []
    cat = load_catalog()
    for name, ids in owners.items():
        if len(ids) != 1 or cat.find_in(name) or countries.find_parties(name) or find_companies(name):
            continue
        sysm = by_id[next(iter(ids))]
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w])", text):
            if not any(a < m.end() and m.start() < b for a, b, _ in all_hits):
                out.append((m.start(), m.end(), sysm))
    return out


# a designation the catalog does not hold ("J/FPS-3ME", "RTM-84L", "S26T"): a system named by its designator
DESIGNATION_RE = re.compile(r"(?<![\w/.-])(?:[A-Z]{1,4}/[A-Z]{2,5}-\d{1,4}[A-Z]{0,3}\d?(?:\(V\)\d*)?|"
                            r"[A-Z]{1,4}-\d{1,4}[A-Z]{0,3}\d?|[A-Z]{1,3}\d{2,4}[A-Z]{0,2})(?![\w/-]|\.\d)")
# a designation and a variant letter the catalog does not list: "KT-1P", "C-130H"
VARIANT_SUFFIX_RE = re.compile(r"([A-Z]{1,4}-\d{1,4})[A-Z]{1,2}")
NOT_DESIGNATION_RE = re.compile(r"(?:COVID|FY|MH|ISO|EU|HR|STD|STANAG|UN|G|Q|AF|UA|LH|BA|CO|NO|SA?R|PL|ZIP|"
                                r"TV|CH|DE|EN|FR|US|USA|NATO|EUR|USD|GBP|AUD|CAD|NZD|PHP|KRW|JPY|INR|SEK|NOK|DKK|PLN|"
                                r"CHF|RS|PR|AP|AFP|ID|IP|PDF|SEC|DOD|DOJ|GAO|CRS|RFP|RFI|LOA|LOR|DSCA|FMS|DCS|ITAR|"
                                r"EAR|AECA|OSA|SRP|ATLA)[-/]?\d")
AMMUNITION_AFTER_RE = re.compile(r"(?i)(?:\s+(?:and|or|et|und)\s+[A-Z][\w-]*)?[\s-]+(?:(?:training|practice|test|"
                                 r"dummy|inert|anti-tank|AT)\s+)?(?:rounds?|munitions?|cartridges?|shells?|mines?|"
                                 r"ammunition|obus|Munition|Patronen|Granaten)\b(?![\s-]+(?:carriers?|vehicles?|trucks?|"
                                 r"supply|resupply|handling|transporters?))")
KIND_AFTER_RE = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?P<kind>submarine|frigate|corvette|destroyer|ship|vessel|boat|"
                           r"radar|helicopter|aircraft|jet|fighter|trainer|drone|missile|rocket|torpedo|howitzer|tank|"
                           r"vehicle|launcher|system)(?:e?s)?\b")
_COUNT = (r"(?:\b\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
          r"thirty|forty|fifty|dozen|hundred))")
COUNT_BEFORE_RE = re.compile(rf"(?i)(?:{_COUNT}|\(\d+\))\s+(?:[a-z][\w-]*\s+)?$")
COUNTED_NOUN_PAREN_RE = re.compile(rf"(?i){_COUNT}\s+(?:[a-z][\w-]*\s+){{1,3}}\($")
_UNLISTED: dict[str, System] = {}


def _unlisted_designations(text: str, all_hits: list[tuple[int, int, System]],
                           money: tuple[MoneyMention, ...] | list[MoneyMention]) -> list[tuple[int, int, System]]:
    """Designators the catalog does not know, as systems of their own name (no facts, no maker): a deal's item
    is better named as written than dropped."""
    out = []
    for m in DESIGNATION_RE.finditer(text):
        s, e = m.span()
        if NOT_DESIGNATION_RE.match(m.group(0)) or re.fullmatch(r"[A-Z]+-?(?:19\d\d|20[0-4]\d)", m.group(0)) \
                or any(a < e and s < b and not x.generic for a, b, x in all_hits) \
                or any(mm.start < e and s < mm.end for mm in money):
            continue
        name = m.group(0)
        if (variant := VARIANT_SUFFIX_RE.fullmatch(name)) is not None \
                and (base := load_catalog().lookup(variant.group(1))) is not None and not base.generic:
            out.append((s, e, base))  # "Vier KT-1P kamen fertig aus Korea": a lettered variant of the KT-1
            continue
        kind = KIND_AFTER_RE.match(text, e)
        if kind is not None:  # "S26T submarine", "J/FPS-3ME fixed air-surveillance radars": the kind is named too
            e, name = kind.end(), f"{name} {kind.group('kind')}"
        elif not COUNT_BEFORE_RE.search(text[max(0, s - 30):s]) \
                and not COUNTED_NOUN_PAREN_RE.search(text[max(0, s - 60):s]):  # "nine command vehicles (AAVC-7A1)"
            continue  # a bare designator with no count and no kind: too often a fleet, a standard or a code
        sysm = _UNLISTED.get(name)
        if sysm is None:
            sysm = _UNLISTED[name] = System(id="?" + name, name=name, aliases=(), parent=None, category="",
                                             type=None, role=None, manufacturer=None, origin=None)
        out.append((s, e, sysm))
    return out


CURRENCY_WORDS = (r"(?:dollars?|\$|kron(?:or|er|a|en|e)|Kronen|francs?|Franken|won|wons|rupees?|Rupien|roupies?|yens?|"
                  r"pesos?|reais|real|rand|z[łl]oty|z[łl]otys|shekels?|Schekel|sh[ée]kels?|dirhams?|riyals?|rials?|"
                  r"liras?|Lira|pounds?|Pfund|livres?|euros?|couronnes?)")
CURRENCY_AFTER_RE = re.compile(rf"(?i)-?\s?(?!won\b|real\b|rand\b|livres?\b|pounds?\b){CURRENCY_WORDS}\b")  # not "Korea won"
CURRENCY_BEFORE_RE = re.compile(rf"(?i)\b{CURRENCY_WORDS}\s+$")


NEGATED_NOUN_RE = re.compile(r"(?i)\b(?:not|never|n['’]t|nicht|nie|ne|n['’])\s+(?:\w+\s+){0,2}$")


def _deal_noun(t: str) -> bool:
    """A deal noun or verb that is not denied ("Kuwait does not buy only American": no purchase told)."""
    return any(not NEGATED_NOUN_RE.search(t[max(0, m.start() - 30):m.start()]) for m in DEAL_NOUN_RE.finditer(t))
