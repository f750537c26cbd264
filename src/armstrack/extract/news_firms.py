"""Companies in a clause: whether one acts as a party (a firm awarded a contract is no government sale) or is only
named as maker or contractor; and the contractors of each deal, from the companies its clauses name."""
from __future__ import annotations

import re
from dataclasses import replace

from armstrack.extract.clauses import Unit
from armstrack.extract.news_fields import _makers, _origin_codes
from armstrack.extract.news_patterns import CONTRACTOR_RE, LIST_ITEM_RE
from armstrack.extract.news_refs import _Deal
from armstrack.model import Contractor, Document, Evidence
from armstrack.normalize.catalog import load_catalog
from armstrack.normalize.companies import CompanyMention, canonical, company_country, find_companies, full_name

# "produits par la coentreprise de Raytheon et Lockheed Martin": the companies named as makers
MAKER_BEFORE_RE = re.compile(r"(?i)\b(?:made|built|produced|manufactured|developed|designed|produits?|fabriqués?|"
                             r"construits?|conçus?|développés?|hergestellt|gebaut|entwickelt)\s+(?:\w+\s+){0,2}"
                             r"(?:by|par|von|vom)\s+(?:[\w'’&-]+\s+){0,8}$"
                             # "…, Auftragnehmer Raytheon Missile Systems", "prime contractor: Boeing": named as contractor
                             r"|\b(?:(?:Haupt)?[Aa]uftragnehmer(?:in)?|(?:prime|principal|main|lead)\s+contractors?|"
                             r"contractors?|maîtres?\s+d['’]œuvre)\s*(?:is|are|was|were|sind|ist|war|est|sont|:)?\s*"
                             r"(?:(?:die|der|the|le|la|l['’])\s+)?(?:[\w'’&-]+\s+){0,3}$")


def _companies_as_parties(unit: Unit) -> bool:
    """Does a company act in the clause ("awarded Lockheed a contract")? A maker's name before its system
    ("four Boeing P-8A Poseidon aircraft") does not count."""
    starts = {a for a, _, _ in unit.systems}
    ends = {b for _, b, _ in unit.systems}
    cat = load_catalog()
    # "folgte KAI mit einem Vertrag über 48 FA-50": the foreign maker of the clause's system sells, no third party
    sellers = {m for _, _, x in unit.systems if "USA" not in _origin_codes(x) for m in _makers(cat, x.id)}
    # ("signed a contract with the state exporter Ukrspetsexport for 49 T-84 Oplot": the maker country's exporter)
    foreign = {c for _, _, x in unit.systems if "USA" not in _origin_codes(x) for c in _origin_codes(x)}
    spans = [(a, b) for a, b, _ in unit.systems]
    return any(c.name not in sellers and company_country(c.name) not in foreign and not any(0 <= a - c.end <= 2 for a in starts)
               # "24 AE 1107C Rolls-Royce engines": the maker between the system and its noun
               and not (any(0 <= c.start - b <= 2 for b in ends) and re.match(r"\s+[a-z]", unit.text[c.end:]))
               and not any(a <= c.start and c.end <= b for a, b in spans)  # "12 Bell 412 EP": the system's name
               and not MAKER_BEFORE_RE.search(unit.text[max(0, c.start - 90):c.start])
               # "96 AH-64E Apache von Boeing", "Rafale de Dassault": the maker after its system
               # ("twelve MQ-9B remotely piloted aircraft from General Atomics": the maker after the system's noun)
               and not any(re.fullmatch(r"(?:\s+[\w-]+){0,4}?\s+(?:von|vom|from|by|de|d['’]|du)\s+"
                                        r"(?:the\s+|der\s+|dem\s+)?", unit.text[b:c.start]) for b in ends if b <= c.start)
               and not CONTRACTOR_AFTER_RE.match(unit.text[c.end:c.end + 50])
               # "the first time the Anduril drones were offered": the maker's name as a modifier of its product
               and not re.match(r"\s+(?:drones?|jets?|aircraft|helicopters?|missiles?|munitions?|vehicles?|tanks?|"
                                r"radars?|rockets?)\b", unit.text[c.end:c.end + 20])
               for c in find_companies(unit.text))


def _list_entry_firms(unit: Unit, origins: set[str], deal: _Deal) -> bool:
    """"- United Kingdom: Babcock signed a design licence … under which PT PAL builds two Arrowhead 140": the firms
    of a list entry are the makers' and the buyer's, no third party."""
    buyer = deal.report.buyer.code if deal.report.buyer else ""
    return bool(LIST_ITEM_RE.match(unit.text)) and all(
        company_country(c.name) in (*origins, buyer) for c in find_companies(unit.text))


# "with Lockheed Martin as the main contractor", "Raytheon is the prime contractor", "with Boeing named as a
# contractor": named, not acting
CONTRACTOR_AFTER_RE = re.compile(r"(?i)(?:\s*(?:,|and|und|et)\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})?"
                                 r"(?:\s*,?\s+(?:(?:named|listed|designated)\s+)?(?:as|is|was|will\s+be|would\s+be|are|"
                                 r"were)\s+(?:the\s+|an?\s+)?"
                                 # ("with Sikorsky as the airframe contractor")
                                 r"(?:(?:main|prime|principal|lead|[a-z]+)\s+contractors?|prime|lead|contractors?)\b"
                                 # "avec Viasat et Data Link Solutions comme fournisseurs", "als Hauptauftragnehmer"
                                 r"|\s+(?:comme|als|en\s+tant\s+que)\s+(?:principaux\s+|principal\s+)?(?:fournisseurs?|"
                                 r"maîtres?\s+d['’]œuvre|contractants?|Lieferant(?:en)?|Hauptauftragnehmer|Auftragnehmer)\b)")


CORPORATE_TAIL_RE = re.compile(
    r"(?:\s+(?:Aeronautics|Company|Corporation|Corp\.?|Inc\.?|Co\.|Ltd\.?|Limited|LLC|Systems|Military|Engines|"
    r"Missiles|Defen[cs]e|Fire|Control|Rotary|Mission|Space|Land|Information|Integrated|Australia|Helicopters|"
    r"Aircraft|Industries|Group|Electronic|Technologies|Sensors|Aerospace|Naval|Vehicles?|Operations|Services|"
    r"and|&|of)(?=[\s,.;)]))*")


def _with_tail(text: str, cm: CompanyMention) -> CompanyMention:
    """The company as the text names it: "Sikorsky Aircraft Corporation", "Lockheed Martin Rotary and Mission
    Systems" (the division the notice names), not only the part the company table knows."""
    from dataclasses import replace

    m = CORPORATE_TAIL_RE.match(text, cm.end)
    end = m.end() if m else cm.end
    while end > cm.end and re.search(r"\s(?:and|&|of)$", text[cm.end:end]):
        end = cm.end + re.search(r"\s(?:and|&|of)$", text[cm.end:end]).start()  # type: ignore[union-attr]
    return replace(cm, end=end, text=text[cm.start:end]) if end > cm.end else cm


# a bidder that lost: "a victory over Boeing", "beating Lockheed Martin", "devançant Dassault", "gegen Airbus"
LOSER_BEFORE_RE = re.compile(r"(?i)\b(?:victory\s+over|win\s+over|won\s+over|selected\s+over|chosen\s+over|beat(?:ing|s)?|"
                             r"defeat(?:ing|ed|s)?|outbid(?:ding)?|ahead\s+of|devançant|l['’]emportant\s+sur|"
                             r"(?:setzte|setzt)\s+sich\s+gegen)\s+(?:the\s+|rivals?\s+|le\s+|l['’]|den\s+|die\s+)?"
                             # "ahead of Italy's Fincantieri"
                             r"(?:(?:the\s+)?(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?['’]s?\s+)?$")
# "hatte sich der KT-1 gegen den Super Tucano des brasilianischen Herstellers Embraer durchgesetzt": the rival's maker
LOSER_FAR_RE = re.compile(r"(?i)\b(?:gegen|against|face\s+(?:à|au|aux))\s+(?:den|die|das|dem|the|le|la|les|l['’])\s*[^.;]{0,60}$")
# a company listed after a losing bidder: "ahead of Italy's Fincantieri and the Netherlands' Damen"
LOSER_LISTED_RE = re.compile(r"(?i)\s*(?:,\s*|\s+(?:and|or|et|ou|und|oder)\s+|,\s*(?:and|or|et|ou|und|oder)\s+)"
                             r"(?:the\s+|le\s+|l['’]|den\s+|die\s+)?(?:(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?['’]s?\s+)?")
POSSESSIVE_MAKER_RE = re.compile(r"(?:['’]s?)?\s+(?:[\w-]+\s+)?")  # "Boeing's KC-46A", "Boeing 767-based"


def _contractors(doc: Document, deals: list[_Deal]) -> None:
    text = doc.text
    mentions = [_with_tail(text, cm) for cm in find_companies(text)]
    if not mentions:
        return
    losers: set[int] = set()
    for i, cm in enumerate(mentions):
        if LOSER_BEFORE_RE.search(text, max(0, cm.start - 40), cm.start) is not None \
                or LOSER_FAR_RE.search(text, max(0, cm.start - 90), cm.start) is not None \
                or (i - 1 in losers and LOSER_LISTED_RE.fullmatch(text, mentions[i - 1].end, cm.start)):
            losers.add(i)
    cat = load_catalog()
    for d in deals:
        for u in d.units:
            for ci, cm in enumerate(mentions):
                # a maker named with a system told as context ("… over Boeing's KC-46A", "the F-16 fleet, built by
                # Lockheed Martin"): the maker of what is not bought
                near_context = any(e <= cm.start <= e + 25 or (cm.end <= b and POSSESSIVE_MAKER_RE.fullmatch(
                    text, cm.end, b)) for b, e in d.context_spans) \
                    or ci in losers
                if not (u.start <= cm.start < u.end) or near_context:
                    continue
                # one company named twice ("KAI … Korea Aerospace Industries") is one contractor, by its fuller name
                same = [i for i, c in enumerate(d.report.contractors)
                        if c.name == cm.text or canonical(c.name) == cm.name]
                if not same:
                    d.report.contractors.append(Contractor(cm.text, Evidence(cm.start, cm.end, cm.text)))
                elif len(d.report.contractors[same[0]].name) < len(cm.text):
                    d.report.contractors[same[0]] = Contractor(cm.text, Evidence(cm.start, cm.end, cm.text))
        if len(d.report.contractors) > 1 and d.report.items:
            # the maker of the deal's main system leads ("26 Pratt & Whitney engines" is a supplier)
            makers = _makers(cat, d.report.items[0].catalog_id)
            d.report.contractors.sort(key=lambda c: 0 if canonical(c.name) in makers else 1)
        if d.report.contractors and len(d.report.items) > 1:
            # "33 F135 engines made by Pratt & Whitney" names a supplier of a secondary item; the maker of the
            # main system, named elsewhere in the text ("the Lockheed Martin jet"), is the contractor
            main = _makers(cat, d.report.items[0].catalog_id)
            others = set().union(*(_makers(cat, i.catalog_id) for i in d.report.items[1:]))
            if main and all(canonical(c.name) in others - main for c in d.report.contractors) and not any(
                    CONTRACTOR_RE.search(text[max(0, c.evidence.start - 120):c.evidence.start].rsplit(". ", 1)[-1])
                    for c in d.report.contractors):  # (unless named principal: "Als Hauptauftragnehmer nennt …")
                lead = next((cm for cm in mentions if cm.name in main), None)
                if lead is not None:
                    d.report.contractors = [Contractor(lead.text, Evidence(lead.start, lead.end, lead.text))]
    assigned: set[str] = set()
    for cm in mentions:
        if cm.name in assigned:
            continue
        sentence = text[max(0, cm.start - 150):cm.end + 150]
        every = re.search(r"(?i)\b(?:both|all|each|tous|beide)\b", sentence) is not None
        for d in deals:
            if d.report.contractors:
                continue
            deal_makers = set().union(*(_makers(cat, item.catalog_id) for item in d.report.items)) \
                if d.report.items else set()
            if cm.name in deal_makers:
                d.report.contractors.append(Contractor(cm.text, Evidence(cm.start, cm.end, cm.text)))
                assigned.add(cm.name)
                if not every:
                    break
    for d in deals:
        d.report.contractors = [replace(c, name=full_name(c.name)) for c in d.report.contractors]
