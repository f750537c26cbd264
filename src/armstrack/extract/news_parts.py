"""Parts of the news reader that cut and complete what the main loop reads: clauses split at each buyer
("... to Belgium, and 14 to the Netherlands"), contract values split by kind within one clause, counted
generic articles in a deal's list, and the contractors named for each deal."""
from __future__ import annotations

import re
from dataclasses import replace

from armstrack.extract.clauses import Unit
from armstrack.extract.news_fields import _dollar_currency, _makers, _origin_codes, _quantity, _to_usd
from armstrack.extract.news_patterns import (
    APPOSITIVE_RE,
    BUYER_AFTER_RE,
    BUYER_BEFORE_RE,
    PASSIVE_BUYER_RE,
    SELLER_AFTER_RE,
    SELLER_BEFORE_RE,
    SOURCE_AFTER_RE,
    SOURCE_BEFORE_RE,
    WEAPON_NOUN_AFTER,
)
from armstrack.extract.news_refs import _Deal, _move_item, _sibling, kind_categories
from armstrack.model import Document, Evidence, Item, Money
from armstrack.normalize import countries
from armstrack.normalize.catalog import load_catalog
from armstrack.normalize.companies import canonical, company_country, find_companies
from armstrack.normalize.money import MoneyMention
from armstrack.regex_gate import gated

BEHALF_RE = gated(re.compile(r"(?i)\b(?:on\s+behalf\s+of|pour\s+le\s+compte\s+(?:de|du|des)|au\s+nom\s+(?:de|du|des)|"
                       r"im\s+(?:Auftrag|Namen)\s+(?:von|des|der)|(?:requests?|demandes?|Anfragen?)\s+(?:from|de|du|des|aus|von))"
                       r"\s+(?:the\s+|la\s+|le\s+|l['’]|les\s+|der\s+|des\s+)?$"))  # (and "a request from Bulgaria")


# the country a buyer signed with, for what it buys: "signed an agreement with the Netherlands for", "a conclu avec
# l'Espagne un contrat pour", "unterzeichnete mit Frankreich einen Vertrag über"
SIGNED_WITH_BEFORE_RE = gated(re.compile(r"(?i)\b(?:signed|concluded|reached|struck|inked|finali[sz]ed|sign[ée]\w*|conclu\w*|"
                                   r"unterzeichnet\w*|unterschrieb\w*|schloss)\s+(?:[\w'’-]+\s+){0,3}?"
                                   r"(?:with|avec|mit)\s+(?:the\s+|la\s+|le\s+|l['’]|der\s+|dem\s+)?$"))
SIGNED_FOR_AFTER_RE = re.compile(r"(?i)\s*(?:,\s*)?(?:for|covering|pour|portant\s+sur|(?:un|le)\s+(?:contrat|accord)|"
                                  r"(?:einen|den)\s+(?:Vertrag|Kaufvertrag)|über)\b")
DERIVED_FROM_RE = re.compile(
    r"(?i)\b(?:development|derivative|derived\s+from|based\s+on|copy|version|variant|Weiterentwicklung|Ableger|"
    r"Abkömmling|abgeleitet\s+von|auf\s+(?:der\s+)?Basis|dérivée?s?|évolution|issue?s?|basée?s?\s+sur)"
    r"(?:\s+(?:of|from|der|des|du|de|d['’]|von|vom|on|sur))?\s+(?:the\s+|an?\s+|der\s+|des\s+|dem\s+|la\s+|le\s+|l['’])?"
    r"(?:[\w-]+\s+){0,2}$")
# a digest entry labelled "BUYER / SELLER:" ("* INDONESIA / SOUTH KOREA: Korea Aerospace Industries is …")
PAIR_LABEL_RE = re.compile(r"\W{0,3}(?P<a>[A-Z][A-Z'’. -]{2,30}?)\s*/\s*(?P<b>[A-Z][A-Z'’. -]{2,30}?)"
                           r"(?:\s*\([^)]{0,30}\))?\s*:")
# who lost the competition: "beating rivals including India's Tejas and Pakistan's JF-17", "devançant l'Inde"
RIVAL_BEFORE_RE = gated(re.compile(r"(?i)\b(?:beat(?:ing)?|rivals?|competitors?|ahead\s+of|outbid(?:ding)?|outscor\w*|"
                             r"Konkurren\w*|Mitbewerber\w*|concurren\w*|devan\w*)"
                             r"(?:\s+(?:including|such\s+as|like|from|darunter|wie|dont|comme|the|le|la|les|die|den|das))*"
                             r"(?:\s+[^.;:!?]{0,50}?(?:,|\band|\bor|\bund|\boder|\bet|\bou)(?:\s+(?:the|le|la|les|die|den|das))?)?"
                             r"\s+$"))

# a capital visited, or named after a day, is where a deal is signed, not who signs ("visit to Paris", "lors de sa
# visite à Paris", "beim Besuch in Berlin", "le 29 décembre 2022 à Paris")
VISIT_TO_RE = re.compile(r"(?i)\b(?:visit|trip|visite|voyage|déplacement|Besuch\w*|Reise|Staatsbesuch\w*)\s+"
                         r"(?:officiel(?:le)?\s+|official\s+|state\s+)?(?:to|in|à|en|nach|in)\s+$"
                         # "conclu, le 29 décembre 2022 à Paris, un accord", "signed on 3 May 2024 in Warsaw": a day's place
                         r"|\b(?:19|20)\d\d\s*,?\s+(?:à|in|en)\s+$")


def _role(unit: Unit, pm: countries.PartyMention) -> str | None:
    """The role of a party mention in its clause: "buyer", "buyer!" (certainly), "seller", "maker", "maker?",
    "source", "attribute", "industry" or None (read once per clause and mention: the news reader asks many times)."""
    key = (pm.start, pm.end, pm.code, pm.how)
    if key not in unit.roles:
        unit.roles[key] = _read_role(unit, pm)
    return unit.roles[key]


def _read_role(unit: Unit, pm: countries.PartyMention) -> str | None:
    t = unit.text
    before, after = t[max(0, pm.start - 45):pm.start], t[pm.end:pm.end + 70]
    if pm.how == "capital" and re.fullmatch(r"(?s).*?(?:^|[.:;]\s+|\n)\W*(?:In|À|Au|Aux)\s+", before) \
            and t[pm.end:pm.end + 1] == ",":
        # "In Ottawa, opposition MPs keep pressing the government …": where, not who (but "In Jakarta, Dassault
        # Aviation signed a contract for 42 Rafale": the place of a foreign maker's signing is its customer)
        signing = unit.cue is not None and unit.cue.stage == "signed" and not unit.hedged and any(
            company_country(c.name) not in (None, pm.code) for c in find_companies(t[pm.end:pm.end + 60]))
        return "buyer" if signing else "source"
    if pm.how == "capital" and re.search(r"(?i),\s*(?:à|in|en|im)\s+$", before) and t[pm.end:pm.end + 1] == "," \
            and any(p.code not in (pm.code, "USA") and p.how != "capital" and pm.end < p.start <= pm.end + 20
                    for p in unit.parties):
        return "source"  # "Lundi 24 mai, à Ankara, la Pologne a signé …": where, the country named next is who
    if pm.how == "capital" and VISIT_TO_RE.search(before):
        return "source"  # "During Prime Minister Plenković's visit to Paris, Croatia signed for 18 CAESAR": where
    appos = APPOSITIVE_RE.match(t[pm.end:pm.end + 100])
    if appos:  # "Finland, which operates the M270, received approval ..."
        after = t[pm.end + appos.end():pm.end + appos.end() + 70]
    if re.search(r"(?i)\b(?:originally|initially|ursprünglich|eigentlich|zunächst|à\s+l['’]origine|initialement|"
                 r"d['’]abord)\s+(?:(?:built|ordered|intended|destined|designed|gebaut|bestellt|bestimmt|construite?s?|"
                 r"commandée?s?|destinée?s?)\s+)?(?:for|für|pour)\s+(?:the\s+|la\s+|le\s+|l['’])?$", before):
        return "attribute"  # "ursprünglich für Trinidad und Tobago gebaut, kaufte die Marine …": a former customer
    if re.search(r"(?i)\b(?:after|following|since|nach|après|depuis)\s+(?:\w+\s+){0,3}?(?:donations?|gifts?|deliveries|"
                 r"transfers?|Abgaben?|Lieferungen|Spenden|dons|livraisons|cessions)\s+(?:of\s+[^,;]{0,40}?\s+)?"
                 r"(?:to|an|à)\s+(?:the\s+|die\s+|l['’]|la\s+)?$", before):
        return "attribute"  # "after its donations to Ukraine, Copenhagen ordered eight PULS": why, not who buys
    if re.search(r"(?i)\b(?:joint|common|multinational|[\w]+-nation)\s+(?:buy|purchase|procurement|programme|program|order|"
                 r"acquisition|project)\s+(?:with|alongside|together\s+with)\s+(?:(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])"
                 r"[\w-]*)?\s*(?:,|\band\b)\s*)*(?:the\s+)?$", t[max(0, pm.start - 160):pm.start]):
        return "attribute"  # "within a six-nation joint buy with Finland, Sweden, Norway …": partners, not this buyer
    if re.search(r"(?i)\b(?:(?:handed|given|passed|transferred|donated|ceded)\s+(?:over\s+)?to|(?:cédée?s?|remise?s?|"
                 r"donnée?s?|transférée?s?)\s+(?:à|au|aux)|(?:übergeben|abgegeben|weitergegeben)\s+an)\s+"
                 r"(?:the\s+|l['’]|la\s+|le\s+|die\s+|den\s+)?$", before) \
            and any(p.start < pm.start and p.code not in (pm.code, "USA") for p in unit.parties):
        return "attribute"  # "the 18 Leopard 2A8s Berlin ordered … to replace Leopard 2A6s handed to Ukraine": a past gift
    if re.search(r"(?i)(?<![\w-])(?:solutions?|urgence|opérations|operations|déploiements?|deployments?|troupes|"
                 r"troops|Einsätze)\b[^.;:]{0,30}\b(?:pour|for|für)\s+(?:l['’]|la\s+|le\s+|the\s+|den\s+)?$", before):
        return "attribute"  # "cherchait une solution d'urgence pour l'Afghanistan": where the arms would serve
    if re.search(r"(?i)(?<![\w-])(?:déploiements?|deployments?|deployed|déployée?s?|Einsatz|Einsätze|Verlegung|stationed|"
                 r"stationnée?s?|stationiert)\b[^.;:]{0,30}?\s(?:en|in|to|au|aux|nach)\s+(?:l['’]|la\s+|le\s+|the\s+|"
                 r"die\s+)?$", before):
        return "attribute"  # "en prévision d'un déploiement de F-16 en Jordanie": where the jets would fly
    if re.search(r"(?i)\b(?:after|following|après|nach)\s+(?:the\s+|les\s+|den\s+)?(?:\w+\s+){0,2}?(?:delays?|retards?|"
                 r"Verzögerungen|Verzug)\b[^.;:]{0,70}$", t[max(0, pm.start - 100):pm.start]):
        return "attribute"  # "Après les retards de livraison des chars commandés en Ukraine, l'armée …": why, not who
    if re.search(r"(?i)\b(?:beating|beat|beats|defeating|defeated|outbidding|outbid|ahead\s+of|rivals?|devançant|"
                 r"(?:l['’]|a)\s+emporté\s+(?:face\s+à|sur)|gegen|vor)\s+(?:[\w-]+\s+){0,3}?(?:from\s+|de\s+|des\s+|"
                 r"von\s+)?(?:the\s+|la\s+|le\s+|l['’]|die\s+|den\s+|der\s+)?$", before) \
            and re.match(r"(?:['’]s\b|\s+[\w-]*\s*(?:bids?|offers?|offres?|Angebot\w*|rivals?|entry|candidates?))", after):
        return "attribute"  # "beating bids from India's Tejas and Turkey's Hürjet": the losing rivals
    if pm.how == "demonym" and re.search(r"(?i)\b(?:(?:competition|contest|tender)\s+in\s+which|compétition\s+(?:à|dans)\s+"
                                         r"laquelle|Wettbewerb,?\s+(?:an|in)\s+dem)\s+(?:[^\s.;:]+\s+){0,8}$",
                                         t[max(0, pm.start - 90):pm.start]):
        return "attribute"  # "a competition in which the American Stryker and the Swiss Piranha also took part"
    if pm.how == "demonym" and re.match(r"(?i)(?:\s*,\s*[\w-]+|\s+(?:and|or|et|ou|und|oder)\s+[\w-]+)*\s+(?:rivals?|competitors?|"
                                        r"bidders?|contenders?|concurrents?|Konkurrenten|Mitbewerber\w*)\b", after):
        return "attribute"  # "picked the BTR-3E1 over Canadian, Chinese and Russian rivals": the losing bidders
    if pm.how == "demonym" and re.match(r"(?i)\s+(?:[\w-]+\s+){0,2}?(?:proposals?|bids?|offers?|tenders?|offres?|"
                                        r"propositions?|Angebot\w*)\b", after):
        return "attribute"  # "over Boeing's KC-46A and an Israeli 767-based proposal": who bid, not who buys
    if ("si" in before or "based" in before or "Sitz" in before or "head" in before) \
            and HEADQUARTERS_BEFORE_RE.search(before[-60:]):
        return "attribute"  # "MBDA, dont le siège est en France", "headquartered in Germany": where a maker sits
    if pm.how == "demonym" and DERIVED_FROM_RE.search(before):
        return "attribute"  # "a development of the Italian A129 Mangusta", "dérivés du … chinois Shaanxi Y-8": a lineage
    if re.search(r"(?i)\b(?:gegen|against|contre|invasion\s+of|invasion\s+de|Angriff\w*\s+auf|attack\w*\s+on)\s+"
                 r"(?:die\s+|den\s+|das\s+|the\s+|la\s+|le\s+|l['’])?$", before):
        return None  # "der Angriffskrieg gegen die Ukraine": the one attacked, not a party to the sale
    if pm.how == "demonym" and re.match(r"(?i)\s+(?:[\w-]+\s+)?(?:Fliegerhorst|Flugplatz|Luftwaffenstützpunkt|Stützpunkt|"
                                       r"Marinestützpunkt|Hafen|air\s+base|airbase|naval\s+base|base|airfield|port|"
                                       r"base\s+aérienne|base\s+navale)\b", t[pm.end:pm.end + 40]):
        return "attribute"  # "auf dem dänischen Fliegerhorst Skrydstrup unterzeichnet": where, not who
    if re.match(r"(?i)\s+(?:(?:Regierung|government|gouvernement|Ministerium|ministry|side|Seite)\s+)?"
                r"(?:bezifferte|beziffert|schätzte|put\s+(?:the|its)|valued|estimated|chiffrait|chiffre|"
                r"évaluait|évalue|estimait)\b", t[pm.end:pm.end + 30]):
        return "source"  # "Kopenhagen bezifferte den Wert auf 2,1 Milliarden Kronen": who told a figure
    if BEHALF_RE.search(before):
        return "buyer!"  # "the procurement office, acting on behalf of Lithuania's agency, signed": who buys
    if re.match(r"(?i)(?:['’]s?\s+)?[^.;]{0,60}?,?\s+(?:acting\s+)?(?:on\s+behalf\s+of|pour\s+le\s+compte\s+(?:de|du|des)|"
                r"im\s+(?:Auftrag|Namen)\s+(?:von|des|der))\b", after) and not BUYER_AFTER_RE.search(after[:25]):
        return None  # "Germany's procurement office, acting on behalf of ...": the agent, not the buyer
    if re.match(r"(?i),\s+(?:which|that|whom|qui|que|die|den|das)\s+(?:[\w.-]+\s+){0,3}(?:cleared|approved|authori[sz]ed|"
                r"a\s+autorisé|a\s+approuvé|genehmigt\w*|freigegeben)\b", after):
        return "buyer!"  # "Slovakia, which Washington cleared last year to acquire 14 F-16": the buyer, first
    if re.match(r"(?i)[-\s]+(?:compatible|weapons|standards?|members?|allies|partners|countries|states|"
                r"interoperab\w*|certified|Standards?|Mitglied\w*|Partner\w*|Waffen|normes?|membres?|alliés)\b", after) \
            or re.search(r"(?i)\b(?:members?|Mitglied|membres?)\s+(?:of|der|des|de|du|d['’])\s+(?:the\s+|l['’])?$", before):
        return "attribute"  # "NATO weapons", "NATO-standard", "NATO members", "Mitglied der NATO": no party
    if re.search(r"(?i)\b(?:quotidien|journal|hebdomadaire|magazine|daily|newspaper|weekly|paper|Zeitung|Tageszeitung|"
                 r"Blatt|Wochenzeitung|broadcaster|Sender|radio|station)\s+(?:(?:\w+\s+)?(?:de|d['’]|from|in|aus)\s+)?$",
                 before) \
            or re.match(r"(?i)\s+(?:daily|newspaper|weekly|broadcaster|press|media|Zeitung|Presse|Medien|presse|"
                        r"médias)\b", after):
        return "source"  # "un quotidien de Beyrouth revient sur ...", "a Beirut daily": who tells, not who buys
    if re.search(r"(?i)\b(?:news\s+conference|press\s+conference|briefing|(?:told|said|spoke)(?:\s+[\w-]+){0,4}|"
                 r"Pressekonferenz|conférence\s+de\s+presse|point\s+de\s+presse)\s+(?:in|à|en|in\s+der)\s+$", before):
        return "source"  # "Kono told a news conference in Tokyo that Manila had signed …": where it was said
    if re.search(r"(?i)\b(?:avec|with|mit)\s+(?:la\s+|le\s+|les\s+|l['’]|the\s+|dem\s+|der\s+)?$", before) \
            and re.match(r"(?i)\s+(?:[\w-]+\s+){0,3}?(?:la|une?|the|a|den|einen)\s+(?:(?:contrat|contract|Vertrag)\s+"
                         r"(?:de\s+|for\s+the\s+|über\s+den\s+)?)?(?:vente|sale|Verkauf)\b", after):
        return "buyer!"  # "La Corée du Sud a signé ... avec la Malaisie la vente de 18 FA-50": who the seller sells to
    if re.match(r"(?i)\s+(?:\w+\s+){0,2}?(?:approved|a\s+approuvé|approuve|genehmigte|billigte|hat\s+(?:\w+\s+){0,2}?"
                r"(?:genehmigt|gebilligt))\s+(?:the\s+|l['’]|le\s+|den\s+|die\s+)?(?:purchase|achat|acquisition|Kauf|"
                r"Erwerb|Beschaffung)\b", after):
        return "buyer!"  # "le gouvernement slovaque a approuvé l'achat à Israël de six Barak MX": its own purchase
    if re.search(r"(?i)(?:\b(?:wie|like|comme|unlike|anders\s+als)|contrairement\s+à)\s+(?:l['’]|le\s+|la\s+|die\s+|der\s+|das\s+)?$",
                 before) and re.match(r",?\s+(?:ein|eine|a|an|un|une|is|ist|est)\b", after):
        return "attribute"  # "Irland, wie Österreich ein neutraler Staat ohne NATO-Mitgliedschaft, …": a comparison
    if pm.how != "demonym" and re.search(r"\bnach\s+$", before):
        return "buyer"  # "die Ausfuhr von 150 IRIS-T nach Saudi-Arabien genehmigt": where the goods go, not "laut"
    if pm.how != "demonym" and re.search(r"(?i)\b(?:exportations?|exports?|livraisons?|ventes?|cessions?)\b[^.;]{0,80}\bvers\s+"
                                         r"(?:l['’]|la\s+|le\s+|les\s+)?$", t[max(0, pm.start - 120):pm.start]):
        return "buyer"  # "feu vert à l'exportation de seize systèmes IRIS-T SLM … vers l'Égypte": where the goods go
    if SOURCE_BEFORE_RE.search(before) or SOURCE_AFTER_RE.match(after) \
            or re.match(r"(?i)\s+(?:als|mit|auf|comme|à)\s+[^.;]{0,40}?(?:angegeben|beziffert|genannt|annoncée?s?|"
                        r"chiffrée?s?)\b", after):
        # "in Korea als 1,2 Billionen Won angegeben": where a figure was told, no party
        return "source"  # "according to Israeli figures", "nach israelischen Angaben", "Polish officials said"
    if PASSIVE_BUYER_RE.match(after):
        return "buyer"
    if re.search(r"(?i)\b(?:aus|from|de|des|du)\s+(?:den\s+|the\s+|les\s+|la\s+)?$", before) and re.match(
            r"(?i)\s*(?:['’]s\s+)?(?:Beständen|Bestand|stocks?|stockpiles?|inventory|surplus|excédents|stocks|"
            r"(?:air\s+force|army|navy|Luftwaffe|Armee|Marine|armée\s+de\s+l['’]air)\b)", after):
        return "seller"  # "32 used F-16s from Norwegian stocks", "aus norwegischen Beständen": the one who sells
    if re.search(r"(?i)\b(?:aus|from)\s+(?:den\s+|the\s+)?(?:Beständen|Bestand|stocks?|inventory|surplus)\s+(?:der|des|of\s+the|"
                 r"of)\s+$", before):
        return "seller"  # "aus Beständen der jordanischen Luftwaffe", "from stocks of the Jordanian air force"
    if re.search(r"(?i)\b(?:Marine|Armee|Luftwaffe|Streitkräfte|Küstenwache|navy|army|air\s+force|armed\s+forces|"
                 r"coast\s+guard|armée(?:\s+de\s+l['’]air)?|forces\s+armées)\s+(?:von|of|du|des|de\s+la|de|d['’])\s+$",
                 before) and not re.search(r"(?i)\b(?:from|aus|von\s+der|de\s+la\s+part)\s+(?:the\s+|der\s+|la\s+)?"
                                           r"\S+\s+\S+\s+$", before):
        return "buyer"  # "Die USA rüsten die Marine von Katar auf": whose navy is equipped
    if pm.how == "demonym" and re.search(r"(?i)\b(?:to|for)\s+the\s+(?:Royal\s+)?$", before) and re.match(
            r"\s+(?:Air\s+Force|Navy|Army|Armed\s+Forces|Land\s+Forces|Coast\s+Guard|Marine\s+Corps)\b", after):
        return "buyer"  # "two KC-130J tankers to the Royal Saudi Air Force": the service that receives them
    if re.search(r"(?i)\b(?:orders?|Gro(?:ß|ss)auftrag|Auftrag|Aufträge|Bestellung|commandes?)\s+(?:[\w-]+\s+){0,2}?"
                 r"(?:from|aus|von|de\s+la\s+part\s+(?:de|du|des)|de|du|des)\s+(?:the\s+|der\s+|dem\s+|la\s+|l['’])?$",
                 before):
        return "buyer!"  # "einen Großauftrag aus Riad erhalten", "an order from Saudi Arabia": who orders
    if re.search(r"(?i)\b(?:won|wins|win|winning|secured|secures|received|receives|landed|lands|clinched|bagged|"
                 r"obtained|décroch\w*|remport\w*|obtenu|gewonnen|gewann|erhielt|erhalten)\s+(?:[\w$€£.,-]+\s+){0,6}?"
                 r"(?:contracts?|deals?|contrats?|marchés?|Vertr[aä]ge?|Aufträge?)\s+(?:[\w-]+\s+){0,2}?"
                 r"(?:from|auprès\s+(?:de|du|des)|de\s+la\s+part\s+(?:de|du|des)|von|aus)\s+(?:the\s+|la\s+|le\s+|l['’]|der\s+|dem\s+)?$",
                 before):
        return "buyer!"  # "LIG Nex1 won a $3.2 billion contract from Saudi Arabia": who awarded it buys
    if (pair := PAIR_LABEL_RE.match(t)) is not None and pair.start("b") <= pm.start < pair.end("b"):
        return "seller"  # "* INDONESIA / SOUTH KOREA: Korea Aerospace Industries is …": an entry labelled buyer / seller
    if pair is not None and pair.start("a") <= pm.start < pair.end("a"):
        return "buyer!"
    if RIVAL_BEFORE_RE.search(before):
        return "attribute"  # "beating rivals including India's Tejas": a losing bidder, no party to the sale
    if re.match(r"(?i)['’]s?\s+(?:[\w-]+\s+){0,2}(?:programmes?|programs?|requirements?|tenders?|competitions?)\b"
                r"(?!\s+(?:agency|office|chief|director|head|minister|ministry|board)\b)", after):
        return "buyer"  # "the first phase of Poland's Wisla programme": the programme of who buys
    origins = {c for _, _, sysm in unit.systems for c in _origin_codes(sysm)}
    if pm.code in origins and re.match(r"['’]s?\s", after):
        return "seller"  # "opted for Israel's PULS": the maker's country
    if pm.how == "demonym" and re.match(r"(?i)[-\s]+(?:\w+\s+)?(?:Hersteller\w*|\w*[Ww]erft\w*|shipyards?|shipbuilders?|chantiers?|\w*[Kk]onzern\w*|manufacturer|maker|"
                                        r"company|firm|group|industry|constructeur|groupe|industriel|avionneur|"
                                        r"motoriste|fabricant|Unternehmen|Firma)\b", after):
        return "maker"  # "bei dem französischen Hersteller Dassault Aviation bestellt": who makes, not who buys
    if pm.how == "demonym" and re.search(r"(?i)\b(?:industrie|constructeur|groupe|avionneur|motoriste|fabricant|"
                                         r"industriel|entreprise|société)\s+(?:[\w-]+\s+)?$", before):
        return "industry"  # "la percée de l'industrie aéronautique turque": who makes, not who buys
    if pm.how == "demonym" and (co := find_companies(after[:40])) and re.fullmatch(r"[\s-]*", after[:co[0].start]):
        return "maker"  # "avec l'italien Finmeccanica", "the Swedish Saab": the company's country sells
    if pm.how != "demonym" and re.match(r"['’]s?\s", after) and (co := find_companies(after[:50])) \
            and re.fullmatch(r"['’]s?\s+", after[:co[0].start]) and company_country(co[0].name) == pm.code:
        return "maker"  # "a second contract went to Sweden's Saab": the company's country sells
    if re.match(WEAPON_NOUN_AFTER, after) and pm.how == "demonym":
        return "maker?"  # "the South Korean jets", "Swedish-designed fighters": a weak sign of the seller
    if re.search(r"(?i)\b(?:livr[ée]\w*|remise?s?|fournie?s?|vendue?s?|cédée?s?)\s+(?:à|au|aux)\s+(?:la\s+|le\s+|l['’]|les\s+)?$",
                 before):
        return "buyer"  # "36 des 50 F-35 de la commande initiale ont été livrés à Israël": who receives them
    if re.search(r"(?i)\b(?:command\w*|achet\w*|achat\w*|acqui\w*|acquér\w*|commande)\s+(?:[^.;]{0,50}?\s)?"
                 r"(?:à|au|aux|auprès\s+de)\s+(?:la\s+|le\s+|l['’]|les\s+)?$", t[max(0, pm.start - 80):pm.start]) \
            or re.search(r"(?i)\bcommandée?s?\s+en\s+$", before):  # "des chars commandés en Ukraine"
        return "seller"  # "avoir commandé 80 Rafale à la France": bought from, not sold to
    if pm.how != "demonym" and SIGNED_WITH_BEFORE_RE.search(before) and SIGNED_FOR_AFTER_RE.match(after) \
            and not find_companies(t[max(0, pm.start - 80):pm.start]):  # not "Saab has signed a contract with Thailand"
        return "seller"  # "the government signed an agreement with the Netherlands for eighteen second-hand F-16s"
    if PURCHASED_BY_RE.search(before) and not re.match(r"(?:\s*,\s*|\s+(?:and|et|und)\s+)[A-Z]", t[pm.end:]):
        return "buyer!"  # "a Clemenceau-class carrier … bought by Brazil from France in 2000" (not a list of operators)
    if re.search(r"(?i)(?<!avoir\s)(?<!\ba\s)(?<!ont\s)(?<!avait\s)\b(?:reçu[es]{0,2}|received)\s+(?:de|d['’]|from)\s+(?:l['’]|la\s+|le\s+|the\s+)?$", before):
        return "seller"  # "les AH-1F Cobra reçus de Jordanie": who gave them (not "avoir reçu de la DGA une commande")
    if BUYER_BEFORE_RE.search(before) or BUYER_AFTER_RE.search(after):
        if pm.code == "USA" and SELLER_BEFORE_RE.search(before):
            return "seller"
        return "buyer"
    if SELLER_AFTER_RE.search(after) or SELLER_BEFORE_RE.search(before):
        return "seller"
    return None


PURCHASED_BY_RE = gated(re.compile(r"(?i)\b(?:bought|purchased|acquired|ordered|procured|achetée?s?|commandée?s?|acquise?s?|"
                             # "l'accord passé par la Croatie avec Moscou": who made the deal with the seller
                             r"(?<=accord\s)passé|(?<=contrat\s)(?:passé|conclu|signé))"
                             r"\s+(?:[\w-]+\s+){0,2}?(?:by|par)\s+(?:the\s+|la\s+|le\s+|l['’])?$"))


KIND_CONTRACT_RE = re.compile(
    r"(?i)\b(?P<kind>tanks?|howitzers?|artillery|fighters?|jets?|aircraft|helicopters?|missiles?|interceptors?|"
    r"frigates?|ships?|submarines?|radars?|drones?|chars?|obusiers?|avions?|hélicoptères?|frégates?|sous-marins?|"
    r"Panzer|Haubitzen?|Kampfjets?|Hubschrauber|Fregatten?|U-Boote?)\s+(?:contract|deal|order|package|purchase|"
    r"contrat|commande|Vertrag|Auftrag|Geschäft)\b[^$€£¥₩]{0,40}$")


def _split_values_by_kind(doc: Document, deals: list[_Deal], deal: _Deal, unit: Unit) -> bool:
    """"The tank contract is worth $3.37 billion and the howitzer deal $2.4 billion": one deal per kind
    of system, each with its own value.  Returns whether the clause was read that way."""
    if len(unit.money) < 2 or len(deal.report.items) < 2:
        return False
    pairs = []
    for mm in unit.money:
        m = KIND_CONTRACT_RE.search(unit.text[max(0, mm.start - 70):mm.start])
        if not m:
            return False
        cats = kind_categories(m.group("kind"))
        items = [i for i in deal.report.items if i.category in cats]
        if not items:
            return False
        pairs.append((mm, items))
    if len({id(i) for _, items in pairs for i in items}) != sum(len(items) for _, items in pairs):
        return False
    text, r = doc.text, deal.report
    for n, (mm, items) in enumerate(pairs):
        target = deal if n == 0 else _Deal(_sibling(r, contractors=[]))
        if n:
            deals.append(target)
            for item in items:
                _move_item(deal, target, item)
            target.units = list(deal.units)
        currency = mm.currency if mm.currency != "$" else _dollar_currency(
            doc, mm.text, r.seller.code if r.seller else None, r.buyer.code if r.buyer else None, r.stage)[0]
        target.report.value = Money(mm.amount, currency, Evidence.of(text, unit.start + mm.start, unit.start + mm.end))
        target.usd = _to_usd(mm.amount, currency, r.date or doc.published)
        target.report.evidence.append(Evidence.of(text, unit.start, unit.end))
    # the contractors named with each kind go with it ("K2 tanks from Hyundai Rotem")
    makers = {id(d): _makers(load_catalog(), d.report.items[0].catalog_id) for d in [deal] + deals[-len(pairs) + 1:]}
    for d in [deal] + deals[-len(pairs) + 1:]:
        d.report.contractors = [c for c in r.contractors if canonical(c.name) in makers[id(d)]] or (
            r.contractors if d is deal else [])
    return True


def _sub_unit(unit: Unit, a: int, b: int) -> Unit:
    """The part ``unit.text[a:b]`` of a clause as a clause of its own (the clause's cue is kept)."""
    from dataclasses import replace

    from armstrack.extract.stage import StageCue

    def inside(start: int) -> bool:
        return a <= start < b

    cue = unit.cue
    if cue is not None:
        cue = StageCue(cue.stage, cue.start - a, cue.end - a)
    own_dates = [d for d in unit.dates if inside(d.start)]
    dates = own_dates or unit.dates  # "approved late on Friday ..., for Turkey ... and for Greece ...": shared
    return Unit(unit.start + a, unit.start + b, unit.text[a:b], unit.sentence,
                [replace(p, start=p.start - a, end=p.end - a) for p in unit.parties if inside(p.start)],
                [(x - a, y - a, sysm) for x, y, sysm in unit.systems if inside(x)],
                [replace(m, start=m.start - a, end=m.end - a) for m in unit.money if inside(m.start)],
                [replace(d, start=d.start - a, end=d.end - a) for d in dates],
                cue, unit.deal_noun, unit.hedged)


GAPPED_BEFORE_RE = re.compile(r"(?:,|\s(?:and|und|et|sowie))\s*$")


def _split_by_buyers(units: list[Unit]) -> list[Unit]:
    """"... for Turkey to buy 40 F-16s and for Greece to acquire 40 F-35s": one clause per buyer, each
    with the systems and figures named after it."""
    out: list[Unit] = []
    for unit in units:
        buyers = [p for p in unit.parties if p.code != "USA" and _role(unit, p) in ("buyer", "buyer!")]
        gapped = len(unit.money) >= 2 and unit.cue is not None
        if gapped and not buyers:  # "genehmigte Washington Italien …": a dative without preposition
            buyers = [p for p in unit.parties[:1] if p.code != "USA" and _role(unit, p) is None] or [
                p for p in unit.parties[1:2] if unit.parties[0].code == "USA" and p.code != "USA" and _role(unit, p) is None]
        if buyers and gapped:
            # "genehmigte Washington Italien AAV für 30,6 Millionen US-Dollar, Großbritannien LAIRCM für 160
            # Millionen US-Dollar und Südkorea JDAM-Lenkbausätze für …": the verb is not repeated for the next buyers
            buyers = sorted(buyers + [p for p in unit.parties if p.code not in ("USA", *(b.code for b in buyers))
                                      and p.start > buyers[0].end and GAPPED_BEFORE_RE.search(unit.text[:p.start])
                                      and _role(unit, p) not in ("seller", "maker", "maker?", "source")],
                            key=lambda p: p.start)
        codes = list(dict.fromkeys(p.code for p in buyers))
        if len(codes) < 2 or not unit.systems:
            out.append(unit)
            continue
        firsts = [next(p for p in buyers if p.code == c) for c in codes]
        cuts = [0]
        for prev, p in zip(firsts, firsts[1:], strict=False):
            cut = p.start
            # "den Verkauf von F-15QA an Katar ... und von Super Hornets an Kuwait": the item told before its buyer
            joins = list(re.finditer(r"\s(?:and|und|et|sowie|as\s+well\s+as)\s|;", unit.text[prev.end:p.start]))
            if joins:
                at = prev.end + joins[-1].start()
                if any(at <= a < p.start for a, _, _ in unit.systems) or any(at <= m.start < p.start for m in unit.money):
                    cut = at
            cuts.append(cut)
        cuts.append(len(unit.text))
        parts = [_sub_unit(unit, cuts[i], cuts[i + 1]) for i in range(len(firsts))]
        if all((part.systems or part.money) and (part.money or not gapped) for part in parts):
            out.extend(parts)
        else:
            out.append(unit)
    return out


AGGREGATE_WORD_RE = re.compile(r"(?i)\b(?:combined|in total|total(?:ling|ing)?|altogether|in all|insgesamt|au total|"
                               r"or|ou|oder|soit|equivalent|umgerechnet|i\.e\.)\b")
SEVERAL_CASES_RE = gated(re.compile(
    r"(?i)\b(?:two|three|four|five|six|several|multiple|\d|deux|trois|quatre|zwei|drei|vier)\s+"
    r"(?:(?:separate|distinct|different|possible|potential|proposed|new|major|further|séparées?|nouvelles?|"
    r"possibles|weitere|mögliche)\s+)?"
    r"(?:cases|sales|deals|packages|contracts|approvals|notifications|ventes|contrats|Verkäufe|Geschäfte|Verträge)\b"
    r"[^:.]{0,120}:"))
PRICE_LEAD_RE = re.compile(r"(?i)\s*(?:pour|für|à|zu|évalués?\s+à|estimés?\s+à|im\s+Wert\s+von)\s")
SEGMENT_SPLIT_RE = re.compile(r",\s+(?:and\s+|et\s+|und\s+)?|;\s+(?:and\s+)?|\s+(?:and|et|und|sowie)\s+(?=[^,;]*[$€£\d])")


def _split_listed_cases(doc: Document, deals: list[_Deal], deal: _Deal, unit: Unit) -> int:
    """"approved three cases in a single day: a $4.69 billion programme for 555 tanks, 2,183 missiles valued at
    $630 million, and guidance kits worth $30 million": one deal per listed case, each with its price and items.
    Called when ``unit`` was read into ``deal``; returns where the list ends (0 when the clause is no such list),
    the clauses before that being read here."""
    from armstrack.normalize.money import find_money

    text = doc.text
    r = deal.report
    for _once in (1,):
        if r.value is None or not unit.start <= r.value.evidence.start < unit.end:
            return 0
        m = SEVERAL_CASES_RE.search(unit.text)
        body_start = unit.start + (m.end() if m else 0)
        stop = re.compile(r"[.!?](?:\s|$)").search(text, unit.end - 1)
        body_end = stop.start() if stop else unit.end  # the list may run on in the sentence's next clauses
        body = text[body_start:body_end]
        # without "three cases:", each price must come with systems of its own ("up to 50 F-35A valued at $10.4
        # billion and up to 18 MQ-9B valued at $2.97 billion")
        if m is None and (len(find_money(body)) < 2 or AGGREGATE_WORD_RE.search(body)):
            return 0
        mine = {r.buyer.code if r.buyer else "", r.seller.code if r.seller else "", "USA"}
        if any(p.code not in mine for p in countries.find_parties(body)):
            return 0  # "... to Slovakia, and ... a $3.9 billion package for Romania": another buyer's deal
        # the figures read over the whole list ("… pour 1,5 milliard de dollars et de six AH-1Z pour 450 millions":
        # the second takes the first one's currency), each segment taking those inside it, at offsets of its own
        body_money = find_money(body)

        def money_in(a: int, b: int, found: list[MoneyMention] = body_money) -> list[MoneyMention]:
            return [replace(x, start=x.start - a, end=x.end - a) for x in found if a <= x.start and x.end <= b]

        bounds = [0]
        for sp in SEGMENT_SPLIT_RE.finditer(body):
            if sp.group(0).strip() in ("and", "et", "und", "sowie") and not money_in(bounds[-1], sp.start()):
                continue  # "missiles AMRAAM et armements guidés - évalué à 10 milliards": one case, one price
            bounds.append(sp.end())
        bounds.append(len(body))
        segments = [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]
        # "769 missiles TOW 2B, pour 268 millions de dollars, et 250 Stinger, pour 217 millions": a price after a
        # comma belongs to the segment before it
        merged: list[tuple[int, int]] = []
        for a, b in segments:
            if merged and PRICE_LEAD_RE.match(body[a:b]) and money_in(a, b) and not money_in(*merged[-1]):
                merged[-1] = (merged[-1][0], b)
            else:
                merged.append((a, b))
        segments = merged
        priced = [(body_start + a, body_start + b, money) for a, b in segments if len(money := money_in(a, b)) == 1]
        if len(priced) < 2 or sum(len(money_in(a, b)) for a, b in segments) != len(priced):
            return 0
        if m is None:
            cat = load_catalog()
            named = [{x.id for _, _, x in cat.find_in(text[a:b]) if not x.generic} for a, b, _ in priced]
            if not all(named) or any(named[i] & named[j] for i in range(len(named)) for j in range(i)):
                return 0
        for n, (a, _b, money) in enumerate(priced):
            mm = money[0]
            currency = r.value.currency if mm.currency == "$" else mm.currency
            value = Money(mm.amount, currency, Evidence.of(text, a + mm.start, a + mm.end),
                          currency_reason=r.value.currency_reason if mm.currency == "$" else None,
                          qualifier=mm.qualifier)
            # the next segments without a price of their own ("... 555 tanks, 20 recovery vehicles") go with it
            end = priced[n + 1][0] if n + 1 < len(priced) else body_end
            start = a if n else unit.start
            items = [i for i in r.items if start <= i.evidence.start < end]
            if end > unit.end:  # a clause the reader did not take: its systems, as written there
                a = max(a, unit.end)
                cat = load_catalog()
                hits = cat.find_in(text[a:end])
                families = {f.id for _, _, h in hits for f in cat.ancestors(h.id)}
                for x, y, sysm in hits:
                    if sysm.generic or any(i.catalog_id == sysm.id for i in items) or sysm.id in families:
                        continue  # "guidance kits": a class of article; "(APKWS)": the name said again; "M1A2T
                        # Abrams tanks": the family of a member named there
                    qty, qual, qs = _quantity(text[a:end], x)
                    items.append(Item(system=sysm.name, evidence=Evidence.of(text, a + (qs if qty else x), a + y),
                                      quantity=qty, quantity_qualifier=qual, category=sysm.category,
                                      catalog_id=sysm.id, mention=text[a + x:a + y]))
            if n == 0:
                r.value = value
                deal.usd = _to_usd(value.amount, value.currency, r.date or doc.published)
                continue
            new = _Deal(_sibling(r, value=value, evidence=[Evidence.of(text, unit.start, unit.end)]))
            new.usd = _to_usd(value.amount, value.currency, r.date or doc.published)
            new.units = [unit]
            for item in items:
                _move_item(deal, new, item)
            deals.append(new)
        return body_end
    return 0


RELATED_HEAD_RE = re.compile(
    r"(?i)^\s*(?:related(?:\s+(?:articles?|coverage|stories|content|news))?|read\s+more|read\s+also|also\s+read|"
    r"more\s+on\s+this(?:\s+topic)?|more\s+from\s+[\w\s]{1,30}|see\s+also|you\s+may\s+also\s+like|"
    r"(?:à\s+)?lire\s+aussi|sur\s+le\s+même\s+sujet|(?:les\s+)?articles?\s+similaires|voir\s+aussi|"
    r"mehr\s+zum\s+thema|weitere\s+artikel|lesen\s+sie\s+auch|auch\s+interessant|das\s+könnte\s+sie\s+auch\s+"
    r"interessieren)\s*[:\-–—]?\s*(?P<rest>.*)$")
LINK_MARK_RE = re.compile(r"^\s*(?:→|►|▶|»|>>)\s*")


# a photo caption: "Photo caption: …", "Légende photo : …", "Bildunterschrift: …"
CAPTION_RE = re.compile(r"(?i)\s*(?:photo\s+caption|caption|photo|picture|image|légende(?:\s+(?:photo|de\s+(?:l['’]illustration|"
                        r"la\s+photo|l['’]image)))?|bildunterschrift|bild|foto)\s*:")


def related_link_spans(text: str) -> list[tuple[int, int]]:
    """Lines that name other stories ("Read more: ...", a "Mehr zum Thema" block, "→ headline") and photo
    captions: web-page clutter whose headlines and pictures are not deals of this article."""
    spans: list[tuple[int, int]] = []
    pos, block = 0, 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        head = RELATED_HEAD_RE.match(line) if len(stripped) <= 160 else None
        if head is not None:
            spans.append((start, end))
            block = 0 if head.group("rest").strip() else 6  # the headlines listed under the heading
            continue
        if CAPTION_RE.match(line) and len(stripped) <= 300:
            spans.append((start, end))  # "Légende photo : le Tonelero lors de la cérémonie de livraison, mercredi."
            continue
        if LINK_MARK_RE.match(line) and len(stripped) <= 160 and not stripped.endswith("."):
            spans.append((start, end))
            continue
        if block and stripped:
            if len(stripped) <= 160 and not stripped.endswith((".", ":", ";")):
                spans.append((start, end))
                block -= 1
            else:
                block = 0
    return spans


APPROVAL_NOUN_RE = re.compile(r"(?i)\b(?:approval|clearance|go-ahead|green light|feu vert|Genehmigung|Freigabe)\b")
NOT_YET_RE = re.compile(r"(?i)\b(?:pending|await\w*|seek\w*|sought|need\w*|requir\w*|ask\w*|request\w*|without|no|"
                        r"wait\w*|hope\w*|expect\w*|en\s+attente|attend\w*|sans|ohne|wartet|erwartet|benötigt)\b"
                        r"[^.;]{0,25}$")


HEADQUARTERS_BEFORE_RE = re.compile(r"(?i)\b(?:dont\s+le\s+siège(?:\s+social)?\s+est\s+(?:en|au|aux|à)|siège\s+(?:social\s+)?"
                                    r"(?:en|au|aux|à)|headquartered\s+in|head\s+office\s+in|based\s+in|mit\s+Sitz\s+in|"
                                    r"Sitz\s+in)\s+(?:la\s+|le\s+|l['’]|the\s+)?$")


def _approval_noun(clause: str) -> re.Match[str] | None:
    """An approval told as a noun that happened ("a 2019 approval for four aircraft"), not one awaited."""
    for m in APPROVAL_NOUN_RE.finditer(clause):
        if not NOT_YET_RE.search(clause[:m.start()]):
            return m
    return None
