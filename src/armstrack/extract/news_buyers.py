"""Who buys and what is bought, for one clause of an article.

The roles read in the clause itself first; when it names no buyer, the fallbacks of journalistic prose: the buyer
named just before (a pending lede, the sentence before, the clause after), the country the article is about.  When
it names no system, the system just named ("and Tokyo signed the agreement", "la Grèce en a commandé 24") or the
article's system of the kind counted ("36 Jets").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from armstrack.extract.clauses import Unit
from armstrack.extract.news_context import _buyer_named_before, _coordinated_buyers, _main_country
from armstrack.extract.news_fields import _origin_code, _origin_codes
from armstrack.extract.news_parts import _approval_noun, _role
from armstrack.extract.news_patterns import BACKREF_RE, BARE_COUNT_RE, GENERIC_QTY_RE, SAME_SYSTEM_RE
from armstrack.extract.news_refs import Topic, _Deal, _fresh_systems, _named_of_kind, _topic_of_kind
from armstrack.model import Document
from armstrack.normalize import countries
from armstrack.normalize.catalog import System
from armstrack.normalize.companies import company_country, find_companies

SystemSpan = tuple[int, int, System]
# a contract told in the passive, without who signed it
PASSIVE_CONTRACT_RE = re.compile(r"(?i)\b(?:(?:Vertrag|Kaufvertrag|Liefervertrag)\s+(?:[^\s.;]+\s+){0,10}?(?:wurde|ist|war)\s+"
                                 r"(?:\w+\s+){0,3}unterzeichnet|(?:wurde|ist|war)\s+der\s+(?:\w*[Vv]ertrag)\s+(?:[^\s.;]+\s+)"
                                 r"{0,10}?unterzeichnet|contract\s+(?:[^\s.;]+\s+){0,10}?(?:was|has\s+been|had\s+been)\s+signed|"
                                 r"contrat\s+(?:[^\s.;]+\s+){0,10}?(?:a\s+été|avait\s+été)\s+signé)")


@dataclass
class Roles:
    """The parties of a clause by role, the countries its systems come from, and buyers told as "each"."""

    buyers: list[countries.PartyMention]
    sellers: list[countries.PartyMention]
    makers: list[countries.PartyMention]
    origin_here: set[str]
    coordinated: list[countries.PartyMention]
    from_lead: bool = False  # the buyer is the one a lede named before any deal was read


# several countries taken up together: "the two Baltic neighbours", "les deux pays", "beide Länder"
PLURAL_BUYERS_RE = re.compile(
    r"(?i)\b(?:the\s+(?:two|three|four)|both)\s+(?:[A-Z][\w-]+\s+)?(?:neighbou?rs|countries|states|nations|allies|"
    r"governments|partners)\b|\b(?:les|ces)\s+(?:deux|trois)\s+(?:\w+\s+)?(?:pays|États|voisins|alliés)\b|"
    r"\b(?:beide[nr]?|die\s+beiden|die\s+drei)\s+(?:\w+\s+)?(?:Länder|Staaten|Nachbarn|Nachbarländer)\b")


def clause_roles(doc: Document, all_units: list[Unit], ui: int, current: _Deal | None,
                 pending: tuple[int, countries.PartyMention, int] | None, in_list: bool, counted: bool) -> Roles:
    """The buyers, sellers and makers of clause ``all_units[ui]``, with the fallbacks for a clause naming no buyer."""
    unit = all_units[ui]
    buyers: list[countries.PartyMention] = []
    sellers: list[countries.PartyMention] = []
    makers: list[countries.PartyMention] = []
    from_lead = False
    for pm in unit.parties:
        role = _role(unit, pm)
        if role == "buyer!" and pm.code != "USA":
            buyers.insert(0, pm)
        elif role == "buyer" and pm.code != "USA":
            buyers.append(pm)
        elif role == "seller":
            sellers.append(pm)
        elif role in ("maker", "maker?"):
            makers.append(pm)
    if not buyers:
        origin_codes = {_origin_code(sysm) for _, _, sysm in unit.systems}
        if not unit.systems and current is not None and current.report.seller is not None:
            origin_codes.add(current.report.seller.code)  # "… exercised an option for 38 more through the Korean agency"
        non_seller = [p for p in unit.parties if p.code != "USA" and p.code not in {x.code for x in sellers}
                      and p.code not in origin_codes and _role(unit, p) not in ("source", "attribute", "maker")]
        if len({p.code for p in non_seller}) == 1 and (unit.cue or unit.money or (unit.systems and not in_list)) \
                and _role(unit, non_seller[0]) not in ("maker", "industry"):  # "l'industrie turque": no buyer
            buyers = [non_seller[0]]
    origin_here = {c for _, _, sysm in unit.systems for c in _origin_codes(sysm)} | {x.code for x in sellers}
    coordinated = _coordinated_buyers(unit, origin_here) if unit.cue else []
    coordinated = [p for i, p in enumerate(coordinated) if p.code not in {q.code for q in coordinated[:i]}]
    if coordinated and len({b.code for b in buyers}) < len(coordinated):  # (a buyer named twice counts once)
        buyers = coordinated  # "Qatar and India each bought 36 aircraft": one purchase for each
    if not buyers and unit.cue and not unit.hedged and unit.systems \
            and (both := PLURAL_BUYERS_RE.search(unit.text)) is not None:
        # "… Estonia and Latvia … On Monday the two Baltic neighbours signed a contract for the IRIS-T SLM": the
        # countries the sentence before names, each a buyer
        before = [p.code for u in all_units if u.sentence == unit.sentence - 1 for p in u.parties
                  if p.code != "USA" and p.code not in origin_here]
        before = [c for i, c in enumerate(before) if c not in before[:i]]
        if len(before) >= 2:
            buyers = [countries.PartyMention(both.start(), both.end(), both.group(0), c, "name") for c in before]
            coordinated = list(buyers)
    if not buyers and current is None and pending is not None and unit.sentence - pending[0] <= 2 \
            and (unit.cue or unit.deal_noun or _approval_noun(unit.text) or counted) \
            and (unit.systems or unit.money) \
            and not any(p.code not in ("USA", pending[1].code) and p.code not in origin_here for p in unit.parties):
        # "The United States has cleared New Zealand to buy torpedoes ... The State Department said it had
        # approved a possible sale of 20 MK 54 ...": the buyer named just before, no other in between (but the
        # makers' country: "… Australien kauft seine neuen Fregatten in Japan. An Bord der japanischen Fregatte …
        # wurden die Verträge … über die ersten Schiffe der verbesserten Mogami-Klasse unterzeichnet")
        pm0 = pending[1]  # offsets made relative to this clause, for the evidence of the buyer
        buyers = [replace(pm0, start=pending[2] + pm0.start - unit.start, end=pending[2] + pm0.end - unit.start)]
        from_lead = True
    if not buyers and current is None and unit.cue and unit.cue.stage != "other" and not unit.hedged \
            and (unit.systems or unit.money) \
            and not any(p.code != "USA" and p.code not in origin_here and _role(unit, p) not in ("seller", "maker")
                        for p in unit.parties) \
            and (before_buyer := _buyer_named_before(doc, all_units, unit, reach=3,
                                                       made_by=frozenset(origin_here))) is not None \
            and before_buyer.evidence is not None:
        # "Die Slowakei will ihre alten Jets ausmustern. Am Mittwoch gab das US-Außenministerium grünes Licht
        # für ... vierzehn F-16": the buyer is the country the sentence before is about
        ev = before_buyer.evidence
        buyers = [countries.PartyMention(ev.start - unit.start, ev.end - unit.start, ev.text, before_buyer.code, "name")]
    # ("ursprünglich für Trinidad und Tobago gebaut": a country named as an attribute takes no part)
    acting = [p for p in unit.parties if _role(unit, p) != "attribute"]
    if not buyers and unit.cue and not unit.hedged and (unit.systems or unit.deal_noun) \
            and ((current is None and unit.cue.stage in ("approved", "notified")
                  and any(p.code == "USA" for p in unit.parties) and not any(p.code != "USA" for p in unit.parties))
                 or (unit.cue.stage in ("signed", "delivered")
                     # ("signed a contract with Poland's PZL Mielec": the maker's country, named as the seller)
                     and (any(p.code in origin_here or _role(unit, p) in ("seller", "maker") for p in acting)
                          # "Leonardo is supplying 24 M-346 jet trainers": the maker named by its company
                          or (not acting and any(company_country(c.name) in origin_here
                                                 for c in find_companies(unit.text)))
                          # "Ende Juli wurde der Vertrag über eine Feuereinheit IRIS-T SLM unterzeichnet": no party
                          or (not acting and PASSIVE_CONTRACT_RE.search(unit.text) is not None))
                     and all(p.code in origin_here or _role(unit, p) in ("source", "seller", "maker") for p in acting)
                     and unit.systems and (current is None or _fresh_systems(unit, current)))) \
            and (main_buyer := _main_country(all_units, origin_here)):
        # "WARSAW PARLIAMENTARY MONITOR ... the Javelin package that Washington approved last Thursday": a U.S.
        # approval told without its buyer, in an article about one country ("le contrat signé en juillet 2023
        # avec le turc Baykar pour des drones Akinci": a contract with a foreign maker, likewise)
        mu, mp = main_buyer
        buyers = [replace(mp, start=mu.start + mp.start - unit.start, end=mu.start + mp.end - unit.start)]
    if not buyers and unit.cue and not unit.hedged and (unit.systems or unit.money) \
            and (nxt := all_units[ui + 1] if ui + 1 < len(all_units) else None) is not None \
            and nxt.sentence == unit.sentence and nxt.cue is None and not nxt.systems and not nxt.money \
            and len({p.code for p in nxt.parties}) == 1 and _role(nxt, nxt.parties[0]) in ("buyer", "buyer!") \
            and nxt.parties[0].code not in origin_here:
        # "Südkorea verkauft erstmals sein Cheongung-II ins Ausland, und zwar an die Vereinigten Arabischen
        # Emirate": the buyer told in the sentence's next clause
        pn = nxt.parties[0]
        buyers = [replace(pn, start=nxt.start + pn.start - unit.start, end=nxt.start + pn.end - unit.start)]
    if not buyers and unit.cue and unit.cue.stage in ("approved", "notified", "signed") and not unit.hedged \
            and (ref := STATE_ANAPHOR_RE.search(unit.text)) is not None \
            and not any(p.code != "USA" and _role(unit, p) not in ("source", "seller", "maker") for p in unit.parties) \
            and (named := _buyer_named_before(doc, all_units, unit, reach=2, made_by=frozenset(origin_here))) is not None:
        # "Die USA rüsten die Marine von Katar auf. Am Freitag hat Washington den Verkauf von Flugabwehrraketen an
        # das Emirat gebilligt": the state named just before, referred to by its kind
        buyers = [countries.PartyMention(ref.start("ref"), ref.end("ref"), ref.group("ref"), named.code, "name")]
    if not buyers and current is not None and current.report.buyer is not None and unit.cue and not unit.hedged \
            and unit.cue.stage in ("signed", "delivered") and unit.systems and _fresh_systems(unit, current) \
            and (sellers or makers or (not unit.parties and origin_here and current.report.buyer.code not in origin_here)) \
            and not any(p.code == current.report.buyer.code for p in sellers + makers) \
            and all(p.code in origin_here or _role(unit, p) in ("source", "seller", "maker") for p in acting) \
            and (svc := OWN_SERVICE_RE.search(unit.text)) is not None:
        # "Brazil's Embraer delivered six A-29 Super Tucano … to the air force in 2020", in an article about the
        # Philippine Air Force: the armed service of the buyer in focus
        buyers = [countries.PartyMention(svc.start("svc"), svc.end("svc"), svc.group("svc"),
                                         current.report.buyer.code, "name")]
    if not buyers and unit.cue and unit.cue.stage == "other" and not unit.hedged and unit.systems \
            and GOVERNMENT_SUBJECT_RE.match(unit.text) and (current is None or _fresh_systems(unit, current)) \
            and all(p.code in origin_here or _role(unit, p) in ("source", "seller", "maker") for p in acting):
        if (IT_SUBJECT_RE.match(unit.text)
                and (named := _buyer_named_before(doc, all_units, unit, reach=1, made_by=frozenset(origin_here)))
                is not None and named.evidence is not None):
            # "Copenhagen moved fast on an interim capability. It decided to lease a NASAMS system from Norway": the
            # country the sentence before is about
            ev = named.evidence
            buyers = [countries.PartyMention(ev.start - unit.start, ev.end - unit.start, ev.text, named.code, "name")]
        elif main_buyer := _main_country(all_units, origin_here):
            # "In June the government decided to lease NASAMS equipment from Norway", "For the long-range layer it
            # picked the SAMP/T NG": the government of the country the article is about
            mu, mp = main_buyer
            buyers = [replace(mp, start=mu.start + mp.start - unit.start, end=mu.start + mp.end - unit.start)]
    return Roles(buyers, sellers, makers, origin_here, coordinated, from_lead)


IT_SUBJECT_RE = re.compile(r"(?i)^\W*(?:it|elle|er|sie)\s")
# the subject of a clause is the buyer's government, not named: "In June the government decided …", "it picked …"
GOVERNMENT_SUBJECT_RE = re.compile(
    r"(?i)^\W*(?:(?:in|on|for|by|im|am|en|au|pour|dès|bereits)\s+[^,;.]{0,40}?,?\s+)?(?:(?:the|its)\s+(?:government|"
    r"cabinet|defen[cs]e\s+ministry|ministry(?:\s+of\s+defen[cs]e)?)|it|le\s+gouvernement|le\s+ministère(?:\s+de\s+la\s+"
    r"Défense)?|die\s+Regierung|das\s+(?:Verteidigungs)?ministerium)\s+(?:\w+\s+){0,2}?(?:decided|picked|chose|selected|"
    r"opted|a\s+(?:retenu|choisi|décidé)|entschied)\b")


# the armed service a system goes to, named without its country: "to the air force", "à la marine", "an das Heer"
OWN_SERVICE_RE = re.compile(r"(?i)\b(?:to|for|à|pour|an|für|into|in)\s+(?P<svc>(?:the|its|l['’]|la|le|das|die|den)\s*"
                            # "intégré à la flotte de l'armée de l'air": the service's fleet
                            r"(?:(?:fleet|flotte|Flotte)\s+(?:of\s+the|de\s+l['’]|de\s+la|du|der|des)\s*)?"
                            r"(?:air\s+force|army|navy|marines|coast\s+guard|armed\s+forces|armée(?:\s+de\s+l['’]air)?|"
                            r"marine|Luftwaffe|Heer|Marine|Streitkräfte))\b")


# a state referred to by its kind, as the one the sale goes to: "an das Emirat", "to the kingdom", "au royaume"
STATE_ANAPHOR_RE = re.compile(r"(?i)\b(?:an|to|für|for|à|au|pour)\s+(?P<ref>(?:das|die|the|le|la|l['’])?\s*"
                              r"(?:Emirat|Königreich|Sultanat|Inselstaat|emirate|kingdom|sultanate|island\s+nation|"
                              r"royaume|émirat|sultanat))\b")


def clause_systems(unit: Unit, buyers: list[countries.PartyMention], prev_unit: Unit | None,
                   last_named: Unit | None, topic: list[Topic]
                   ) -> tuple[list[SystemSpan], tuple[int, int] | None]:
    """The systems a clause with a buyer is about, and the span of a system carried over from before (if any)."""
    systems_here = unit.systems
    topic_span: tuple[int, int] | None = None
    if buyers and not systems_here and not unit.money and unit.cue and prev_unit is not None \
            and prev_unit.sentence == unit.sentence and prev_unit.systems:
        systems_here = [(-1, -1, sysm) for _, _, sysm in prev_unit.systems]  # "and Tokyo signed the agreement"
        topic_span = prev_unit.start + prev_unit.systems[0][0], prev_unit.start + prev_unit.systems[0][1]
    elif buyers and not systems_here and (not unit.money or SAME_SYSTEM_RE.search(unit.text)) and unit.cue \
            and last_named is not None and unit.sentence - last_named.sentence <= 2 \
            and (BACKREF_RE.search(unit.text) or (BARE_COUNT_RE.search(unit.text)  # ("ordered five in 2019": of one)
                                                  and len({x.id for _, _, x in last_named.systems}) == 1)):
        systems_here = [(-2, -2, sysm) for _, _, sysm in last_named.systems]  # "la Grèce en a commandé 24"
        if len(systems_here) > 1 and topic and any(x.id == topic[0][1].id for _, _, x in systems_here):
            systems_here = [(-2, -2, topic[0][1])]  # "24 Rafale, des FREMM ... en ont acquis 36": the main one
        named_a, named_b, _ = last_named.systems[0]
        topic_span = last_named.start + named_a, last_named.start + named_b  # its maker's country may sell
    elif buyers and not systems_here and unit.cue \
            and (gm := GENERIC_QTY_RE.search(unit.text)) is not None \
            and (main := _named_of_kind(last_named, unit, gm.group("noun"))
                 or _topic_of_kind(topic, gm.group("noun"))) is not None:
        # "Auch beim Kampfflugzeug F-35A ... Die Schweiz hatte 2022 den Kauf von 36 Jets unterzeichnet": the
        # aircraft just named; "New Delhi avait commandé 36 appareils": the article's aircraft
        systems_here = [(-1, -1, main[1])]
        topic_span = main[2], main[3]
    return systems_here, topic_span
