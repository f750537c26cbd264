"""Which deal a clause belongs to and who sells in it: the buyer of another deal, the seller from the
sentence (a named seller, a U.S. agency, the maker's country), a restatement, and whether a clause fits the
deal in focus."""
from __future__ import annotations

import re

from armstrack.extract.clauses import Unit
from armstrack.extract.news_fields import (
    _context_mention,
    _makers,
    _origin_codes,
    _quantity,
    _to_usd,
)
from armstrack.extract.news_parts import PAIR_LABEL_RE, _role
from armstrack.extract.news_patterns import (
    BARE_YEAR_RE,
    BUYER_AFTER_RE,
    CONVERSION_RE,
    FMS_RE,
    NEXT_CASE_RE,
    SELLER_BEFORE_RE,
    SEPARATE_RE,
    STAGE_GROUP,
    STAGE_NOUNS,
    US_AGENCY_RE,
)
from armstrack.extract.news_refs import (
    _Deal,
)
from armstrack.model import Document, Evidence, Party
from armstrack.normalize import countries
from armstrack.normalize.catalog import System, load_catalog
from armstrack.normalize.companies import company_country, find_companies

OWN_DEAL_AFTER_RE = re.compile(r"(?i)^(?:['’]s)?\s+(?:\w+\s+)?(?:package|deal|sale|order|purchase|contract|request|"
                               r"acquisition|paquet|commande|contrat|Paket|Auftrag|Vertrag)\b")


def _stage_noun(text: str) -> str | None:
    found = stage_noun_told(text)
    return found[0] if found else None


def stage_noun_told(text: str) -> tuple[str, re.Match[str]] | None:
    """The stage a noun tells ("approval", "l'autorisation", "Genehmigung") and where."""
    return next(((st, m) for st, rx in STAGE_NOUNS if (m := rx.search(text)) is not None), None)


def _other_buyer(unit: Unit, deal: _Deal) -> bool:
    """Does the clause name, as buyer, someone other than the deal's buyer (not just end users "for X")?"""
    code = deal.report.buyer.code if deal.report.buyer else None
    for pm in unit.parties:
        if pm.code in (code, "USA"):
            continue
        before = unit.text[max(0, pm.start - 45):pm.start]
        after = unit.text[pm.end:pm.end + 70]
        # ("… follows a comparable notification for Japan, which covered up to 50 JASSM-ERs": another buyer's case)
        if re.search(r"(?i)\b(?:to|sale to|sell to|supply|(?:notification|approval|sale|package|case|deal|notice)\s+for)"
                     r"\s+(?:the\s+)?$", before) or BUYER_AFTER_RE.search(after) \
                or OWN_DEAL_AFTER_RE.match(after):
            return True
    return False


def _origin_party(doc: Document, unit: Unit, buyer: str) -> Party | None:
    """The seller given by the makers' country of the clause's systems (not those named as context: "beating rivals
    including India's Tejas"), when they agree on one."""
    told = [(a, b, sysm) for a, b, sysm in unit.systems if not _context_mention(unit.text, a, b, sysm)]
    origins = {o for _, _, sysm in told if (o := _maker_origin(doc, unit, sysm, buyer)) and o != buyer}
    if len(origins) != 1:
        return None
    a, b, _ = next(x for x in told if _maker_origin(doc, unit, x[2], buyer) in origins)
    return Party(origins.pop(), Evidence.of(doc.text, unit.start + a, unit.start + b))


def _firm_party(doc: Document, unit: Unit, buyer: str) -> Party | None:
    """The country of the firm a clause naming no system says signed or sells ("le contrat … conclu en août 2020 par
    Mitsubishi Electric pour quatre radars"), when no system tells the maker."""
    if unit.systems or (firm := _counterpart_firm(unit, buyer)) is None:
        return None
    return Party(firm[0], Evidence.of(doc.text, unit.start + firm[1], unit.start + firm[2]))


def _maker_origin(doc: Document, unit: Unit, sysm: System, buyer: str) -> str | None:
    """The maker's country of a system built by several ("AW101": UK/Italy): the country of a company the clause
    names among them ("… from Leonardo" → Italy), or the article when the buyer is not one of the makers; else the
    first of the catalog's list."""
    codes = _origin_codes(sysm)
    if len(codes) < 2:
        return codes[0] if codes else None
    for text in (unit.text, doc.text) if buyer not in codes else (unit.text,):
        named = [c for m in find_companies(text) if (c := company_country(m.name)) in codes and c != buyer]
        if named:
            return named[0]
    return codes[0]


ALSO_RE = re.compile(r"(?i)\b(?:also|too|aussi|également|auch|ebenfalls)\b")
COORDINATED_RE = re.compile(r"\s+(?:and|et|und)\s+(?:l['’]|la\s+|le\s+|the\s+)?")


# the U.S. currency named with an approval: the approval is a U.S. one (the seller of a contract is not told by it:
# "awarded Airbus … C$3.6 billion (roughly US$2.7 billion)")
US_DOLLAR_RE = re.compile(r"\bU\.?S\.?(?=\s?\$)")


def _seller_for(doc: Document, unit: Unit, buyer: str, sellers: list[countries.PartyMention],
                context: Party | None, makers: list[countries.PartyMention] | None = None) -> Party | None:
    t, s = doc.text, unit.start
    fms = FMS_RE.search(unit.text)
    if fms is None and unit.cue is not None and unit.cue.stage in ("approved", "notified"):
        fms = US_AGENCY_RE.search(unit.text)  # "the State Department approved ... Naval Strike Missiles": a U.S. sale
    if fms and buyer != "USA" and unit.cue is not None and unit.cue.stage == "notified":
        # "the U.S. Defense Security Cooperation Agency notified Congress of a possible sale to Ghana of six C-27J
        # Spartan …, an aircraft designed by Italy's Alenia Aeronautica": a U.S. sale, whoever designed it
        return Party("USA", Evidence.of(t, s + fms.start(), s + fms.end()))
    for pm in sellers:
        if pm.code != buyer:
            return Party(pm.code, Evidence.of(t, s + pm.start, s + pm.end))
    if (labelled := _labelled_seller(t, unit, buyer)) is not None:
        return labelled
    if fms and buyer != "USA":
        # "a possible Foreign Military Sale of Naval Strike Missiles": the United States sells, whoever makes it
        return Party("USA", Evidence.of(t, s + fms.start(), s + fms.end()))
    origins = [(a, b, o) for a, b, sysm in unit.systems if (o := _maker_origin(doc, unit, sysm, buyer)) and o != buyer
               and not _context_mention(unit.text, a, b, sysm)]  # not the maker of the fleet replaced
    others = [p for p in unit.parties if p.code != buyer]
    # (not the makers of a rival named in passing: "picked Patriot over the SAMP/T offered by Eurosam")
    all_origins = {c for a, b, sysm in unit.systems for c in _origin_codes(sysm)
                   if not _context_mention(unit.text, a, b, sysm)}
    # "concluded a contract with Israel Aerospace Industries for three Phalcon … on Russian Il-76 airframes": the
    # firm the buyer signed with sells, when its country makes one of the clause's systems (not Airbus, seated in
    # France, for the Spanish-built C295)
    if (subject := _subject_firm(unit, buyer)) is not None and (subject[0] in all_origins or not all_origins):
        # "In May 2012 BAE Systems signed a deal to supply 22 Hawk … and 55 PC-21 …, the latter built by Swiss
        # manufacturer Pilatus": the firm that signed sells, not the maker named in passing
        return Party(subject[0], Evidence.of(t, s + subject[1], s + subject[2]))
    if (firm := _counterpart_firm(unit, buyer)) is not None and firm[0] in all_origins:
        return Party(firm[0], Evidence.of(t, s + firm[1], s + firm[2]))
    for p in others:
        if any(o == p.code for _, _, o in origins) or (p.code != "USA" and p.code in all_origins):
            # "signed with Italy's Finmeccanica for 28 Eurofighter": one of the makers' countries named
            return Party(p.code, Evidence.of(t, s + p.start, s + p.end))
    if firm is not None and not origins:  # "Manila ordered two frigates from Hyundai Heavy Industries"
        return Party(firm[0], Evidence.of(t, s + firm[1], s + firm[2]))
    if buyer != "USA" and unit.cue is not None and unit.cue.stage in ("approved", "notified") \
            and (named_us := next((p for p in others if p.code == "USA"), None)) is not None:
        return Party("USA", Evidence.of(t, s + named_us.start, s + named_us.end))  # "Denmark cleared to buy U.S. drone shield"
    ag = US_AGENCY_RE.search(unit.text)
    if ag is None and (unit.cue is None or unit.cue.stage in ("approved", "notified")) and not all_origins:
        ag = US_DOLLAR_RE.search(unit.text)  # "• Japan — same day: support for …, estimated at US$340 million"
    if ag and buyer != "USA" and (not all_origins or "USA" in all_origins):
        return Party("USA", Evidence.of(t, s + ag.start(), s + ag.end()))
    if buyer != "USA" and (us := _us_co_made(unit, context)) is not None:
        return us
    if origins:
        a, b, o = origins[0]
        if len(all_origins) > 1:
            # a system of several makers' countries (FREMM: France and Italy): the country of the maker the clause
            # names ("vendues à l'Égypte … par le constructeur Fincantieri")
            named = [(c, m) for m in find_companies(unit.text) if (c := company_country(m.name)) in all_origins
                     and c != buyer]
            if len({c for c, _ in named}) == 1:
                c, m = named[0]
                return Party(c, Evidence.of(t, s + m.start, s + m.end))
        return Party(o or "", Evidence.of(t, s + a, s + b))
    if unit.cue is not None and unit.cue.stage == "signed":
        # "la Russie et l'Algérie ont signé des contrats": the buyer's partner in a pair that signed sells
        for pa, pb in zip(unit.parties, unit.parties[1:], strict=False):
            pair = {pa.code, pb.code}
            other = pa if pb.code == buyer else pb
            if buyer in pair and len(pair) == 2 and "USA" not in pair and COORDINATED_RE.fullmatch(unit.text[pa.end:pb.start]) \
                    and (not all_origins or other.code in all_origins) \
                    and not re.search(r"(?i)\b(?:each|both|chacun|chacune|tous\s+deux|jeweils|beide|joint|jointly|"
                                      r"together|conjointement|conjointe?|ensemble|gemeinsame?[nmrs]?)\b", unit.text):
                # (not "Qatar and India each bought 36 aircraft": two buyers)
                return Party(other.code, Evidence.of(t, s + other.start, s + other.end))
    for pm in makers or []:  # "signed for 12 of the South Korean jets"
        if pm.code != buyer:
            return Party(pm.code, Evidence.of(t, s + pm.start, s + pm.end))
    if context is not None and context.code != buyer:
        return context
    return None


COUNTERPART_BEFORE_RE = re.compile(
    r"(?i)\b(?:from|with|contracted|bei|mit|beauftragte|auprès\s+d[eu]|chez|avec|"
    # "radars made by IAI's Elta division", "G550 CAEW von Israel Aerospace Industries": the maker named
    r"(?:made|built|developed|produced|manufactured)\s+by|von|vom|(?:fabriqu|constru|développ)\w*\s+par|"
    # "le contrat … conclu en août 2020 par Mitsubishi Electric", "a contract signed by Hanwha": the firm that signed
    r"(?:conclu|signé|passé)e?s?\s+(?:[\w-]+\s+){0,4}?par|(?:signed|concluded)\s+by)\s+"
    r"(?:the\s+|der\s+|dem\s+|le\s+|la\s+)?(?:[\w-]+\s+){0,3}$")


def _counterpart_firm(unit: Unit, buyer: str) -> tuple[str, int, int] | None:
    """"Manila ordered two frigates from Hyundai Heavy Industries", "contracted Baykar for six TB2": the firm the
    buyer deals with, whose country sells (its code and span)."""
    if unit.cue is None or unit.cue.stage != "signed":
        return None
    for c in find_companies(unit.text):
        code = company_country(c.name)
        if code and code != buyer and COUNTERPART_BEFORE_RE.search(unit.text[max(0, c.start - 40):c.start]):
            return code, c.start, c.end
    return None


SUBJECT_FIRM_BEFORE_RE = re.compile(r"(?i)^(?:(?-i:[A-ZÄÖÜ][A-ZÄÖÜ' -]+)(?:\s*\([^)]{0,40}\))?:\s*)?"  # "BRENNER: "
                                    r"(?:[^,;:()]{0,60}?\b(?:que|qu['’]|that|dass)\s+)?"  # "Un quotidien rappelle que BAE Systems avait signé"
                                    r"(?:(?:in|on|im|am|en|le)\s+(?:[\w.-]+\s+){1,3}?\d{4}\s*,?\s*|"
                                    r"(?:last|this|earlier)\s+\w+\s*,?\s*)?(?:the\s+|la\s+|le\s+|l['’]|der\s+|die\s+)?$")
SUBJECT_FIRM_AFTER_RE = re.compile(
    r"(?i)^(?:\s*\([^)]{1,40}\))?\s*(?:(?:said|announced|a\s+annoncé|teilte\s+mit)\s*,?\s*(?:that\s+|qu['’]\s*)?"
    r"(?:it|elle|es)\s+)?(?:has\s+|had\s+|have\s+|a\s+|avait\s+|hat\s+|hatte\s+)?"
    r"(?:signed|won|secured|clinched|landed|booked|agreed|sign[ée]|remport[ée]|décroch[ée]|unterzeichne\w*|"
    r"unterschr\w*|gewonnen|erhielt|erhalten)\b"
    # "Die Lürssen-Gruppe hat 2012 einen Großauftrag aus Riad erhalten": the German verb at the clause's end
    r"|^(?:-\w+)?\s+(?:hat|hatte)\s+[^.;,]{0,70}?\b(?:erhalten|gewonnen|unterzeichnet|unterschrieben|bekommen)\b")


def _subject_firm(unit: Unit, buyer: str) -> tuple[str, int, int] | None:
    """"In May 2012 BAE Systems signed a deal to supply …", "KAI announced that it had won a contract": the firm
    that opens the clause and signs (its country and span)."""
    if unit.cue is None or unit.cue.stage != "signed":
        return None
    for c in find_companies(unit.text):
        code = company_country(c.name)
        if code and code != buyer and SUBJECT_FIRM_BEFORE_RE.search(unit.text[:c.start]) \
                and SUBJECT_FIRM_AFTER_RE.match(unit.text[c.end:c.end + 80]):
            return code, c.start, c.end
    return None


def _labelled_seller(text: str, unit: Unit, buyer: str) -> Party | None:
    """"* VIETNAM / JAPAN: Worth recalling as a template. Hanoi signed a JICA loan …": the seller a digest entry's
    "BUYER / SELLER:" label names, for the buyer it names first."""
    line_start = text.rfind("\n", 0, unit.start) + 1
    pair = PAIR_LABEL_RE.match(text, line_start)
    if pair is None:
        return None
    first = countries.find_parties(pair.group("a"))
    second = countries.find_parties(pair.group("b"))
    if len(first) != 1 or len(second) != 1 or first[0].code != buyer or second[0].code == buyer:
        return None
    return Party(second[0].code, Evidence.of(text, pair.start("b") + second[0].start, pair.start("b") + second[0].end))


def _us_co_made(unit: Unit, context: Party | None) -> Party | None:
    """"Three NASAMS were approved" told among U.S. sales: approved by Washington, a maker of the system too."""
    if context is None or context.code != "USA" or unit.cue is None or unit.cue.stage not in ("approved", "notified"):
        return None
    return context if any("USA" in _origin_codes(sysm) for _, _, sysm in unit.systems) else None


def _us_approval(doc: Document, unit: Unit) -> Party | None:
    """"Washington approved three NASAMS": a U.S. approval makes a U.S. sale, whoever makes the system."""
    if unit.cue is None or unit.cue.stage not in ("approved", "notified"):
        return None
    ag = FMS_RE.search(unit.text) or US_AGENCY_RE.search(unit.text)
    return Party("USA", Evidence.of(doc.text, unit.start + ag.start(), unit.start + ag.end())) if ag else None


def _restatement(unit: Unit, deal: _Deal) -> bool:
    """Is the clause's figure the deal's value restated in another currency ("close to 39 billion zł at
    current exchange rates", "(about A$1.07 billion)")?"""
    if not unit.money or deal.report.value is None:
        return False
    mm = unit.money[0]
    if mm.currency in ("$", deal.report.value.currency):
        return False
    if abs(mm.amount - deal.report.value.amount) <= 0.005 * deal.report.value.amount:
        return True  # the same number with another currency: the deal's figure told again (rightly or not)
    if CONVERSION_RE.search(unit.text[max(0, mm.start - 60):mm.start]) is None:
        return False
    # "rund drei Milliarden Euro" after a $180 million sale is no conversion of it: a restated figure is near in value
    usd, ref = _to_usd(mm.amount, mm.currency, None), deal.usd
    return usd is None or ref is None or abs(usd - ref) <= 0.5 * max(usd, ref)




FURTHER_BATCH_RE = re.compile(r"(?i)\b(?:weitere|more|further|additional|supplémentaires|de\s+plus|zusätzliche|"
                              r"another\s+pair)\b")


def _year_told(deal: _Deal) -> int | None:
    """The one year the sentence that opened an undated deal gives with a month ("Im Juli 2023 hatte Washington …
    freigegeben"), if one."""
    if not deal.units:
        return None
    years = {int(y.group(0)) for d in deal.units[0].dates if d.precision == "month"
             and (y := re.search(r"(?:19|20)\d\d", d.iso or d.text)) is not None}
    return years.pop() if len(years) == 1 else None


def unit_homes(unit: Unit) -> set[str]:
    """The makers' countries of the systems a clause names."""
    return {c for _, _, x in unit.systems for c in _origin_codes(x)}


def deal_homes(deal: _Deal) -> set[str]:
    """The makers' countries of a deal's catalogued items."""
    cat = load_catalog()
    return {c for k in deal.systems if (x := cat.get(k)) is not None for c in _origin_codes(x)}


def _compatible(deal: _Deal, unit: Unit, doc: Document) -> bool:
    r = deal.report
    if _restatement(unit, deal) and not unit.systems:
        return True
    year = int(r.date[:4]) if r.date else _year_told(deal)
    if unit.cue and year and (any((y := re.search(r"(?:19|20)\d\d", d.iso or d.text)) is not None
                                  and int(y.group(0)) < year for d in unit.dates)
                              or any(int(y) < year for y in BARE_YEAR_RE.findall(unit.text))):
        # "Bereits im Juni 2019 hatte Washington ... gebilligt" after a 2022 approval, "Fünf Systeme hatte die
        # Schweiz 2022 bestellt" after a 2025 contract, "im Juli 2022 war das Paket … genehmigt worden" after one
        # "im Juli 2023": an earlier event
        return False
    if unit.cue and unit.cue.stage == "signed" and r.stage == "signed" and deal.systems \
            and FURTHER_BATCH_RE.search(unit.text):
        return False  # "Ende 2013 bestellte Singapur zwei Boote, 2017 … den Vertrag über zwei weitere": another contract
    if unit.cue and r.stage and STAGE_GROUP[unit.cue.stage] != STAGE_GROUP[r.stage]:
        # "X requested up to 163 Tomahawks ..." after the approval: the request is what was approved
        request_detail = unit.cue.stage == "requested" and r.stage in ("approved", "notified") and not unit.money
        if not request_detail:
            return False
    if r.seller is not None and unit.systems and any(
            p.code not in (r.seller.code, r.buyer.code if r.buyer else "") and _role(unit, p) == "seller"
            and any(p.code in _origin_codes(x) for _, _, x in unit.systems) for p in unit.parties):
        return False  # "Germany's Diehl Defence supplies the IRIS-T SLM" told after a U.S. sale: another seller's
    if r.seller is not None and r.seller.code == "USA" and unit.cue is None and not unit.money and deal.systems \
            and any((o := _origin_codes(x)) and "USA" not in o and x.id not in deal.systems
                    and x.category in {i.category for i in r.items} and not unit.parties
                    and _quantity(unit.text, a)[0] is None and not re.match(r"\s*(?:[-*•]|\d+[.)])\s", unit.text)
                    and not _context_mention(unit.text, a, b, x) for a, b, x in unit.systems):
        return False  # "… ont écrit … pour vanter le SAMP/T" after a U.S. Patriot sale: a rival told, not sold
    if r.seller is not None and r.seller.code != "USA" and deal.systems and unit.systems \
            and all((o := _origin_codes(x)) and r.seller.code not in o for a, b, x in unit.systems
                    if not _context_mention(unit.text, a, b, x)) \
            and not all(_context_mention(unit.text, a, b, x) for a, b, x in unit.systems):
        # NASAMS and AMRAAM after a German IRIS-T sale: not what Germany sells (but "selected the Airbus tanker over
        # Boeing's KC-46A" names the loser only as the one not chosen)
        return False
    if r.seller is not None and r.seller.code == "USA" and unit.cue is not None and not unit.hedged \
            and (own := [x for a, b, x in unit.systems if not _context_mention(unit.text, a, b, x)]) \
            and all((o := _origin_codes(x)) and "USA" not in o for x in own) \
            and ((r.items and all(i.catalog_id and (x := load_catalog().get(i.catalog_id)) is not None
                                  and "USA" in _origin_codes(x) for i in r.items))
                 or any(all(p.code in _origin_codes(x) for x in own) for p in unit.parties)):
        return False  # "Berlin avait donné son feu vert à l'exportation de seize IRIS-T SLM" after a U.S. sale: another's
    if r.seller is not None and (firm := _counterpart_firm(unit, r.buyer.code if r.buyer else "")) is not None \
            and firm[0] != r.seller.code:
        return False  # "Israel hatte … mit Thyssenkrupp Marine Systems einen Vertrag … unterzeichnet": not the U.S. sale
    roots = {(load_catalog().root(sysm.id) or sysm).id for _, _, sysm in unit.systems}
    if unit.money and deal.usd is not None:
        mm = unit.money[0]
        cur = "USD" if mm.currency == "$" else mm.currency
        usd = _to_usd(mm.amount, cur, doc.published)
        if usd is not None and abs(usd - deal.usd) > 0.08 * max(usd, deal.usd):
            return False
    if unit.money and roots and deal.systems and not (roots & deal.roots):
        return False
    cat = load_catalog()
    line = {k: {k, *(a.id for a in cat.ancestors(k))} for k in deal.systems}  # each item with its families

    def related(k: str) -> bool:  # the same item, its family, or a variant of it -- not a sibling
        mine = {k, *(a.id for a in cat.ancestors(k))}
        return any(k in fam or key in mine for key, fam in line.items())
    if unit.cue and unit.systems and deal.systems and NEXT_CASE_RE.search(unit.text) \
            and not any(related(x.id) for _, _, x in unit.systems):
        return False  # "Am selben Tag veröffentlichte die DSCA eine zweite Notifizierung: Griechenland hat … angefragt"
    if SEPARATE_RE.search(unit.text) and (unit.money or unit.cue) and deal.units:
        # "had already been cleared to buy MH-60R helicopters": another sale unless it names the deal's own items
        return bool(roots & deal.roots) and not unit.money and all(related(x.id) for _, _, x in unit.systems)
    if unit.systems and deal.systems and unit.dates and any(d.precision in ("month", "year") for d in unit.dates) \
            and not any(related(x.id) for _, _, x in unit.systems):
        return False  # "In July last year, Washington offered Norway nine HH-60W": another system, another time
    if unit.cue and roots and deal.systems and not (roots & deal.roots) and unit.dates:
        return False  # "In May, Warsaw asked for 500 HIMARS": another request, another time
    if unit.cue and unit.cue.stage == "signed" and not unit.hedged and r.stage == "signed" and unit.money \
            and not re.search(r"(?i)\b(?:of\s+(?:them|which|these)|including|among\s+them|dont|davon|darunter)\b", unit.text) \
            and (counted := [(q, x) for a, _, x in unit.systems if (q := _quantity(unit.text, a)[0]) is not None]) \
            and all(any(related(x.id) and k in line and (i := deal.systems[k]).quantity not in (None, q)
                        and i.catalog_id in line[k] for k in deal.systems) for q, x in counted):
        return False  # "a framework … for 672 K9 howitzers. The first executive contract … covered 212 K9A1 … $2.4 billion"
    if unit.cue and unit.cue.stage in ("signed", "delivered") and r.stage in ("signed", "delivered") \
            and unit.systems and deal.systems and not any(related(x.id) for _, _, x in unit.systems):
        # "Zusätzlich bestellten die Emirate zwölf H225M bei Airbus Helicopters" after 80 Rafale from Dassault:
        # an order from another maker, of another kind, is another contract
        mine_makers = {m for k in deal.systems for m in _makers(cat, k)}
        new_makers = {m for _, _, x in unit.systems for m in _makers(cat, x.id)}
        # ("signed the order confirmation for 44 Leopard 2A8" after 18 CAESAR MkII: KNDS makes both, in other
        # countries)
        new_home, mine_home = unit_homes(unit), deal_homes(deal)
        if ((new_makers and mine_makers and not (new_makers & mine_makers))
                or (new_home and mine_home and not (new_home & mine_home))) \
                and all(_quantity(unit.text, a)[0] is not None for a, _, _ in unit.systems):
            return False
        if ALSO_RE.search(unit.text) and unit.parties:
            # "Le Maroc figure aussi parmi les clients du drone Bayraktar Akinci" after its TB2 contract: the buyer
            # named again, with "also", for another system, is another purchase
            return False
    return True


# the buyer's own order told by a verb only a buyer says ("Berlin placed a first order", "Germany ordered", "Paris a
# commandé", "Berlin bestellte"; not "signed": both sides sign)
HOME_ORDER_AFTER_RE = re.compile(r"(?i)\s+(?:(?:has|had|then|also|now|a|avait|hat|hatte)\s+)?(?:placed\s+(?:a|an|its|the)\s+"
                                 r"(?:\w+\s+)?order|ordered|bought|purchased|awarded|commandé|commande|acheté|"
                                 r"bestellte|bestellt|kaufte|gekauft)\b")


def _fix_home_buyers(doc: Document, deals: list[_Deal], all_units: list[Unit]) -> list[_Deal]:
    """A deal whose buyer is the maker's country of every item it holds ("his French counterpart signed for 42
    Rafale" read as France buying Rafale) is another buyer's import when its clauses name one country apart
    from the maker's and the U.S. ("in Jakarta"), else a home purchase, which is no transfer: left out, unless the
    buyer is told ordering ("the Bundeswehr ordered", "Berlin placed a first order"): then seller and buyer are the
    same country.  A buyer's own version of a foreign design ("Hunter-class", from the British Type 26) is kept, as is
    its own build of a foreign design sold by the design's firm named ("Lockheed Martin's PZL Mielec plant")."""
    from armstrack.extract.news_context import _main_country  # (news_context reads roles from this module)

    cat = load_catalog()
    out = []
    for deal in deals:
        r = deal.report
        ids = [i.catalog_id for i in r.items if i.catalog_id]
        if not ids or r.buyer is None:
            out.append(deal)
            continue
        own = [set(_origin_codes(s)) for s in (cat.get(i) for i in ids) if s is not None]
        if r.seller is None and own and len(common := set.intersection(*own) - {r.buyer.code}) == 1:
            # "la Russie et l'Algérie ont signé des contrats … Ils portaient sur 28 Su-30MKA …": the makers'
            # country sells, named in the deal's clauses when it is
            code = common.pop()
            named = next(((u, p) for u in deal.units for p in u.parties if p.code == code), None)
            r.seller = Party(code, Evidence.of(doc.text, named[0].start + named[1].start, named[0].start + named[1].end)
                             if named else r.items[0].evidence)
        lineage = {c for i in ids for s in [cat.get(i), *cat.ancestors(i)] if s is not None for c in _origin_codes(s)}
        if not own or not all(r.buyer.code in o for o in own) or (r.seller is not None and r.seller.code in lineage
                                                                   and r.seller.code != r.buyer.code):
            out.append(deal)
            continue
        if (firm := next(((u, m, c) for u in deal.units for m in find_companies(u.text)
                           if (c := company_country(m.name)) in lineage and c != r.buyer.code), None)) is not None:
            # "four S-70i Black Hawks …, built by Lockheed Martin's PZL Mielec plant": the buyer's own build of a
            # foreign design, sold by the design's firm named
            u, m, c = firm
            r.seller = Party(c, Evidence.of(doc.text, u.start + m.start, u.start + m.end))
            out.append(deal)
            continue
        # (not "Leopard 2A6s handed to Ukraine": a country named for an earlier gift)
        others = [(u, p) for u in deal.units for p in u.parties if p.code not in lineage and p.code != "USA"
                  and _role(u, p) not in ("attribute", "source")]
        if not others and r.buyer.evidence is not None \
                and HOME_ORDER_AFTER_RE.match(doc.text, r.buyer.evidence.end) is not None \
                and not SELLER_BEFORE_RE.search(doc.text[max(0, r.buyer.evidence.start - 30):r.buyer.evidence.start]):
            # "On 19 December, Berlin placed a first order … for 84 RCH 155" in a British article: the maker's
            # country that orders buys at home, not the country the article is about (not "von Frankreich gekauft")
            r.seller = Party(r.buyer.code, r.buyer.evidence)
            out.append(deal)
            continue
        if not others and (main := _main_country(all_units, lineage)) is not None:
            others = [main]  # "Côté turc : … Le contrat de 13 drones Bayraktar TB2": the country the article is about
        if len({p.code for _, p in others}) == 1:
            u, p = others[0]
            maker = sorted(set.intersection(*own))[0] if set.intersection(*own) else None
            r.buyer = Party(p.code, Evidence.of(doc.text, u.start + p.start, u.start + p.end))
            if maker is not None:
                r.seller = Party(maker, r.items[0].evidence)
            out.append(deal)
    return out
