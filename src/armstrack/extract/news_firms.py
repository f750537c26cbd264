"""Companies in a clause: whether one acts as a party (a firm awarded a contract is no government sale) or is only
named as maker or contractor."""
from __future__ import annotations

import re

from armstrack.extract.clauses import Unit
from armstrack.extract.news_fields import _makers, _origin_codes
from armstrack.extract.news_patterns import LIST_ITEM_RE
from armstrack.extract.news_refs import _Deal
from armstrack.normalize.catalog import load_catalog
from armstrack.normalize.companies import company_country, find_companies

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
