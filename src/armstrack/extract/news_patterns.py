"""Word lists and patterns of the news reader: cues for roles, quantities, context, money and packages.

Kept apart from :mod:`armstrack.extract.news` so the reader's logic reads on its own.
"""
from __future__ import annotations

import re

from armstrack.normalize.numbers import DE_NUMBER, FR_LARGE_NUMBER, FR_NUMBER, NUMBER_WORDS
from armstrack.regex_gate import gated

STAGE_GROUP = {"approved": "A", "notified": "A", "requested": "R", "signed": "S", "delivered": "D", "other": "O"}
# (not the currency: "roughly US$2.7 billion", "U.S. dollars", "US-Dollar")
US_AGENCY_RE = re.compile(
    r"\b(?:State Department|Department of State|Pentagon|Defense Security Cooperation Agency|DSCA|"
    r"Washington|U\.S\.(?!\s*\$|\s+dollars?\b)|US(?!\s*\$|-?[Dd]ollar)|United States(?!\s+dollars?\b)|Biden administration|Trump administration|[Dd]épartement d['’][ÉE]tat|"
    r"Pentagone|US-Regierung|US-Außenministerium|US-Verteidigungsministerium|Vereinigten Staaten|[ÉE]tats-Unis|"
    r"Washingtoner Regierung|amerikanische Regierung|gouvernement américain|administration américaine)\b")
BUYER_BEFORE_RE = re.compile(
    r"(?i)(?:\b(?:to|for|supply|supplying|equip|equipping|arm|arming|sell|selling|sells|sold|provide|providing|"
    r"deliver(?:ing|ed)?\s+to|on behalf of|à|au|aux|pour|an|für|nach|à destination de|de la part de|au profit de|"
    r"in favou?r of|zugunsten)\s+"
    r"(?:the\s+|la\s+|le\s+|l['’]|les\s+|die\s+|den\s+|das\s+)?(?:government\s+of\s+(?:the\s+)?)?$)")
BUYER_AFTER_RE = gated(re.compile(
    # (not a second infinitive of the subject's: "to lease a NASAMS system from Norway and to buy two VL MICA")
    r"(?i)^(?!,?\s+and\s+to\s|,?\s+et\s+(?:à|d['’]|de)\s|,?\s+und\s+\w+\s+zu\s)(?:['’]s?\s+(?:\w+\s+){0,3}(?:purchase|order|acquisition|request|procurement|buy|deal|contract|"
    r"plan|decision|fleet|navy|army|air force|military|armed forces|government|ministry)|"
    r",?\s+(?:(?:qui|which|that|who|der|die|das)\s+)?(?:\w+\s+){0,3}(?:has|have|had|will|would|is|was|avait|a|ont|"
    r"hatte|hat)?\s*(?:formally\s+|finally\s+|now\s+|also\s+|déjà\s+)?"
    r"(?:requested|signed|signs|ordered|orders|bought|buys|purchased|buy|to buy|plans to buy|agreed to buy|"
    r"is buying|acquired|acquire|took delivery|takes delivery|received|receives|selected|selects|chose|"
    r"chooses|picked|picks|finali[sz]ed|placed|commits|committed|asked|asks|gets|got|cleared to|"
    r"a signé|a commandé|commande|achète|a choisi|choisit|reçoit|a reçu|ont signé|hat|hatte|hatten|kauft|bestellt|"
    r"erhält|erhielt|erhielten|bekam|bekamen|obtint|a\s+obtenu|avait\s+obtenu|a\s+reçu|avait\s+reçu|unterzeichnete|unterzeichnet|bestellte|bestellten|kaufte|kauften|orderte|orderten|erwarb|erwarben|beschaffte|acheté|commandé|signé|gekauft|bestellt|took(?!\s+part)|takes(?!\s+part)|is set to receive|will receive|won|secured|obtained|signing|"
    r"ordering|buying|exercised|exercises|figure\s+(?:aussi\s+)?parmi|is\s+(?:also\s+)?among|zählt\s+(?:auch\s+)?zu|awarded(?!\s+(?:to|by|for)\b))(?![\w-])|\s+government\s+(?:has\s+)?(?:requested|signed|ordered|bought|purchased)"
    # "L'Australie avait été autorisée en 2017 à acquérir …", "Norway was cleared in 2023 to buy …"
    r"|\s+(?:has|had|have|was|were|is|a|avait|ont|avaient|a\s+été|avait\s+été)\s+(?:been\s+|été\s+)?(?:cleared|approved|"
    r"authori[sz]ed|autorisée?s?)\s+(?:[\w-]+\s+){0,3}?(?:to|à)\s+(?:buy|purchase|acquire|acquérir|acheter|commander|"
    r"se\s+procurer)\b)"))
SELLER_AFTER_RE = gated(re.compile(
    r"(?i)^\s+(?:\w+\s+){0,2}(?:has\s+)?(?:approved|approves|sells|sold|will supply|agreed to sell|supplies|supplied|"
    r"cleared|clears|delivered|delivers|is selling|will sell|exports?|a approuvé|approuve|genehmigt|liefert|"
    # "Belgium completed the sale of 14 F-16s to Jordan", "la Belgique a finalisé la vente", "agreed to part with"
    r"(?:completed|finali[sz]ed|concluded|closed)\s+(?:the|a|its)\s+sale\b|(?:a\s+)?(?:finalisé|conclu|signé|acté)\s+la\s+"
    r"vente\b|agreed\s+to\s+part\s+with|(?:hat|hatte)\s+(?:\w+\s+){0,3}?den\s+Verkauf\s+(?:\w+\s+){0,8}?"
    r"(?:abgeschlossen|besiegelt|vereinbart))"))
SELLER_BEFORE_RE = re.compile(r"(?i)\b(?:from|by|de la part de|aus|von|auprès\s+d[eu]|auprès\s+des|made in|cédée?s?\s+par|"
                              r"vendue?s?\s+par)\s+(?:the\s+|la\s+|le\s+|l['’])?$")
QTY_BEFORE_RE = re.compile(
    rf"(?i)(?<![\w/-])(?:(?P<qual>up to|over|more than|about|around|nearly|some|at least|approximately|as many as|"
    rf"jusqu'à|plus de|environ|rund|bis zu|mehr als|etwa)\s+)?"
    rf"(?P<n>\d{{1,3}}(?:[,.\u00a0\u202f ]\d{{3}})+|\d+|two dozen|three dozen|four dozen|a dozen|half a dozen|"
    rf"{FR_LARGE_NUMBER}|{NUMBER_WORDS}|{FR_NUMBER}|{DE_NUMBER})"
    rf"(?:\s?[x×](?=\s))?"  # "2x AH-64E", "4 × M142"
    rf"\s+(?:(?:of|of the|of them|of which|d['’]entre eux|more of (?:its|their|the))\s+)?"  # "18 more of its surplus F-16s"
    rf"(?:(?:[a-z][\w-]*\s+){{0,2}}(?:pods?|sets?|shipsets?|batter(?:y|ies)|units?|rounds|kits|lots|salvos?)\s+of\s+(?:the\s+)?"
    rf"|(?:conteneurs|lots|batteries|exemplaires|unités|kits)\s+(?:de|d['’])\s*"
    rf"|(?:Behälter|Container|Sätze|Stück|Einheiten|Batterien|Werfer)\s+(?:mit|an|vom\s+Typ)\s+"
    # "vier Seefernaufklärer vom Typ Boeing P-8A", "six avions du type Rafale": a count of the type named
    rf"|[A-ZÄÖÜ][a-zäöüß]{{3,}}\s+vom\s+Typ\s+|[a-zéè]{{4,}}\s+(?:du|de)\s+type\s+)?"
    rf"(?:(?!(?:and|or|et|und|sowie|samt|nebst|inklusive|einschließlich|including|oder|ou|plus|of|years?|months?|days?|percent|per|km|kilomet\w*|miles?|meilen|nautical|meters?|metres?|tonnes?|tons?|tonnen|kg|mm|billion|million|milliards?|millions?|milliarden|millionen|Jahre\w*|ans|années|prozent|pour|for|with|from|to|by|on|in|at|avec|par|sur|mit|für|von|zu|bei|über|the|a|an|"
    rf"le|la|les|der|die|das)\b)"
    rf"(?:[a-zà-ÿ][\w’'-]*|[A-ZÄÖÜ][a-zäöüß]{{3,}}(?:-[A-Za-zäöüß]+)*|&|"
    rf"\d{{1,3}}(?:[.,]\d)?-?(?:mm|Zoll|inch|cm)(?:-[A-Za-zäöüß]+)*)\s+){{0,5}}"  # "18 Pratt & Whitney PW4062", "vier 5-Zoll-Geschützen MK 45"
    rf"(?:(?:vom|des|du|de|of the|der|in\s+der|de\s+la|dans\s+la|in\s+the)\s+(?:\w+\s+)?"
    rf"(?:Typs?|type|Variante|Version|version|variant|Standardversion|Ausführung)\s+)?\(?$")  # "114 Advanced ... ("
# "Talks on short-range air defence, including Mistral 3 missiles, are continuing": what is discussed, no package
TALKS_RE = re.compile(r"(?i)\b(?:talks|negotiations|discussions|Gespräche|Verhandlungen|négociations|pourparlers)\s+"
                      r"(?:on|about|over|for|sur|über|zu[rm]?)\b")
INCLUDE_RE = gated(re.compile(r"(?i)\b(?:includes?|including|included|covers|comprises|consists? of|contains|along with|"
                        r"s['’]y\s+ajout\w*|s['’]ajout\w*|hinzu\s+kommen|kommen\s+(?:\w+\s+)?hinzu|"
                        r"lists|listed|details|itemi[sz]es|alongside|together with|as well as|plus(?!\s+(?:de|d['’]|que|tard|grand\w*|import\w*|élevé\w*))|"
                        r"comprend|comprenant|inclut|incluant|umfasst|enthält|beinhaltet|gehör\w*|zählen|"
                        r"on\s+y\s+(?:relève|trouve|note)|y\s+figurent|port(?:e|ent|ait)\s+(?:notamment\s+|aussi\s+|également\s+)?sur|"
                        r"außerdem|ebenfalls|sowie|"
                        # "Le quotidien détaille le contenu", "Darin enthalten sind", "assortis de 112 AIM-120C-8"
                        r"détaill\w*|mentionn\w*\s+(?:aussi|également|encore|notamment)|assorti\w*\s+d|accompagn\w*|"
                        r"(?:darin\s+)?enthalten|dazu\s+kommen|"
                        # "Gegenstand sind 72 Mehrfachraketenwerfer K239", "Gegenstand: mehr als 1.000 CAMM-ER"
                        r"Gegenstand(?:\s+(?:des|der)\s+[\w-]+)?(?:\s+(?:sind|ist|waren|war)\b|\s*:)|"
                        r"(?:would|will|is\s+to|also)\s+(?:also\s+)?(?:receive|get)s?|at\s+the\s+core\s+of|asked\s+for\s*:)\b"))
# a wish, a plan or an approval still missing: no event for the systems named ("have spoken of acquiring the
# F-35 in the longer term, but no approval has been announced")
INTENT_RE = gated(re.compile(r"(?i)\b(?:no|not|never|kein\w*|aucune?|pas\s+de)\s+(?:\w+\s+){0,3}(?:approval|sale|deal|order|"
                       r"contract|decision|request|Genehmigung|Vertrag|Entscheidung|feu\s+vert|contrat|décision)\b|"
                       r"\b(?:spoken\s+of|talked\s+(?:of|about)|(?:debate|discussions?|talk)\s+(?:on|over|about|of)\s+"
                       r"(?:buying|acquiring|purchasing|ordering)|débat\s+sur\s+l['’]achat|Debatte\s+über\s+den\s+Kauf|"
                       r"(?:debated?|debating|discuss(?:ed|ing)?|weigh(?:ed|ing|s)?)\s+whether|(?:floated|mooted)\s+(?:the\s+idea\s+of\s+)?\w+ing|considering|in\s+the\s+longer\s+term|eventually|"
                       r"would\s+like\s+to|wants?\s+to|aims?\s+to|hopes?\s+to|dreams?\s+of|envisag\w*|"
                       r"langfristig|liebäugelt|erwägt|envisage\w*|à\s+terme|souhaite\w*|éventuel\w*|etwaig\w*|rumou?r\w*|allegedly|"
                       r"reportedly|(?:claimed|alleged|speculated)\s+that|reports?\s+(?:\w+\s+){0,3}(?:that|claimed)|"
                       r"(?:sites?|media|outlets?|papers?|newspapers?)\s+reported\s+(?:\w+\s+){0,3}that|"
                       r"Gerücht\w*|angeblich|Spekulation\w*|selon\s+des\s+rumeurs|rumeurs?|"
                       r"(?:reports?|media|press)\s+(?:[\w-]+\s+){0,4}(?:suggested|claimed|alleged|speculated)|"
                       r"aurai(?:t|ent)|ont\s+affirmé|soll(?:en)?\s+(?:[\w-]+\s+){0,6}haben)\b"))
# "Sweden would receive 20 launchers and 140 pods": the content of the deal in focus, told with a modal
# ("Hungary would also take 12 used Leopard 2A4", "Zusätzlich übernimmt die ungarische Armee zwölf gebrauchte …")
RECEIVE_RE = gated(re.compile(r"(?i)\b(?:would|will|is\s+to|are\s+to|is\s+set\s+to|stands?\s+to)\s+(?:also\s+)?(?:receive|get|obtain|come\s+with|take(?=\s+(?:\d+|"
                        r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|another|more|additional|used)\b))\b|"
                        r"\bzusätzlich\s+(?:übernimmt|übernehmen|erhält|erhalten|bekommt|bekommen)\b|"
                        # "The heavier munitions are complemented by 600 AIM-9X …", "Each of the 24 aircraft is also to be
                        # fitted with a Rolls-Royce 250-C30R/3 engine", "Outre les appareils, Bagdad obtient 480 …"
                        r"\b(?:are|is)\s+complemented\s+by\b|\b(?:would|will|is\s+to|are\s+to)\s+(?:also\s+)?be\s+"
                        r"(?:fitted|equipped)\s+with\b|\bobtient\b|"
                        r"\b(?:recevrai\w*|obtiendrai\w*|(?:soll|sollen|würde|würden)\s+(?:\w+\s+){0,12}?"
                        r"(?:erhalten|bekommen))\b"))
# "28 davon sind einsitzige Gripen E", "Of these, 28 are ...", "dont 28 Gripen E": how a count just told splits
BREAKDOWN_RE = re.compile(r"(?i)^\s*(?:\w+\s+davon\b|davon\b|of\s+(?:these|them|those|which)\b|"
                          r"(?:dont|parmi\s+(?:eux|elles|ceux-ci|celles-ci))\b|\w+\s+d['’]entre\s+(?:eux|elles)\b|"
                          r"(?:they|these)\s+(?:are|comprise|consist\s+of|break\s+down\s+into)\b|es\s+sind\b|"
                          r"(?:ce\s+sont|il\s+s['’]agit\s+de)\s+\d)")
# the adverbs that say something was told in error ("wrongly described", "à tort", "fälschlich"): the news reader's
# corrections and the claim checker's withdrawn statements share them
# what an early version of a story printed, since fixed: "gave the value as "$50 million" in an early version"
EARLY_VERSION_RE = gated(re.compile(r"(?i)\bin\s+an\s+(?:early|earlier|previous|initial)\s+version\b|"
                              r"\bdans\s+une\s+(?:première|précédente)\s+version\b|\bin\s+einer\s+(?:früheren|ersten)\s+Fassung\b"))
WRONGLY = r"(?:wrongly|incorrectly|erroneously|mistakenly|à\s+tort|par\s+erreur|fälschlich\w*|irrtümlich\w*)"
CONTRACTOR_RE = gated(re.compile(r"(?i)\b(?:(?:principal|prime|main|lead)\s+contractors?|Hauptauftragnehmer|"
                           r"maître d['’]œuvre|contractant principal|"
                           # "Raytheon was named the contractor", "… is listed as the contractor", "Les entreprises
                           # principales désignées sont L3Harris …", "Hersteller ist KNDS Deutschland"
                           r"(?:named|listed|designated)\s+(?:as\s+)?(?:the\s+)?contractor|entreprises?\s+principales?\s+"
                           r"désignées?|Hersteller\s+(?:ist|sind))\b"))
# the maker of the systems of a deal, told in a sentence of its own: "The torpedoes are built by Lockheed Martin"
MAKER_CLAUSE_RE = gated(re.compile(r"(?i)\b(?:(?:is|are|was|were|will\s+be)\s+(?:built|made|manufactured|produced)\s+by|"
                                   r"(?:est|sont)\s+(?:fabriquée?s?|construite?s?|produite?s?)\s+par|"
                                   r"(?:wird|werden)\s+(?:von\s+)?[^.;]{0,40}?(?:gebaut|hergestellt|gefertigt))\b"))
# a heading over a bulleted list of the deal's items ("What is in the munitions case", "Der Inhalt des Pakets")
LIST_HEADING_RE = gated(re.compile(r"(?i)(?:#{1,4}\s*)?(?=[^.!?]{0,80}$)(?:what(?:'s|\s+is)\s+in|inside|contents?\s+of|the\s+package|"
                             r"the\s+items|was\s+(?:das\s+)?paket|inhalt|ce\s+que\s+contient|le\s+contenu)\b[^.!?]*"
                             r"\b(?:case|package|deal|notice|notification|sale|request|contract|order|paket|paquet|contrat|commande|lot|demande|"
                             r"anfrage|vertrag|auftrag)s?\b[^.!?]*"
                             # "WHAT MANILA IS BUYING", "Ce que Manille achète", "Was Manila kauft"
                             r"|(?:#{1,4}\s*)?(?i:what\s+(?:[\w-]+\s+){1,3}(?:is|are|will\s+be)\s+(?:buying|getting|receiving|ordering)|"
                             r"ce\s+qu(?:e\s+|['’])(?:[\w-]+\s+){1,3}(?:achète|reçoit|commande|obtient)|"
                             r"was\s+(?:[\w-]+\s+){1,3}(?:kauft|bekommt|erhält|bestellt))\s*:?\s*$"
                             # "## Der Vertrag", "## The contract": a heading that is only the deal's name
                             r"|(?:#{1,4}\s*)?(?i:(?:the|der|die|das|le|la|l['’])\s*(?:contract|deal|package|order|Vertrag|Paket|Auftrag|"
                             r"contrat|commande|paquet))\s*:?\s*$"))
CONTENTS_QUESTION_RE = gated(re.compile(r"(?i)\bwhat(?:['’]s|\s+is|\s+are|\s+does|\s+do|\s+did|\s+has|\s+have|\s+exactly)\s+"
                                  r"(?:\w+\s+){0,3}?(?:in(?:side)?|includ\w*|contain\w*|cover\w*|get(?:ting)?|buy(?:ing)?|"
                                  r"bought|order(?:ed|ing)?|purchas\w*)\b[^.!?]{0,60}\?"
                                  r"|\bqu['’](?:a|ont|est-ce\s+que)\s+[^?]{0,40}?(?:acheté|commandé|acquis)[^?]{0,40}\?"
                                  r"|\bwas\s+(?:hat|haben)\s+[^?]{0,40}?(?:gekauft|bestellt|erworben)[^?]{0,20}\?"
                                  r"|\bqu['’]y\s+a-t-il\s+(?:dans|au\s+menu)[^?]{0,60}\?|\bwas\s+(?:ist|steckt)\s+"
                                  r"(?:\w+\s+){0,3}(?:drin|im\s+Paket|in\s+dem\s+Paket)[^?]{0,40}\?"))
LIST_ITEM_RE = re.compile(r"^\s*(?:[-–•*·]|\d+[.)])\s+")
NEXT_CASE_RE = gated(re.compile(r"(?i)\b(?:a|the|an)\s+(?:second|third|fourth|fifth|further|separate|another|other|"
                          r"remaining|smaller|last|final|second-largest|third-largest|next)\s+(?:\w+\s+)?(?:case|sale|package|deal|approval|"
                          r"notification|item|request)s?\b|\b(?:a|the)\s+(?:second|third|fourth|separate|further)\s+(?:contract|order)s?\b|"
                          r"^\s*another\b|"
                          # "There was also an $80 million case for 20 RQ-21A Blackjack drones"
                          r"\balso\s+an?\s+(?:US)?\$\s?[\d.,]+\s*(?:million|billion|bn|m)\s+(?:FMS\s+)?(?:case|sale|package|deal|"
                          r"request)s?\b|"
                          # "won approval to upgrade its fleet …; to buy two patrol boats …; and to acquire TOW …"
                          r"^\s*(?:and\s+|or\s+)?to\s+(?:buy|acquire|purchase|procure|obtain|upgrade|moderni[sz]e|"
                          r"refurbish|replace)\b|"
                          # "A further $4.03 billion is earmarked for 60 M109A7": the next priced case of a batch
                          r"^\s*(?:a|an)\s+(?:further|additional|separate)\s+(?:US|U\.S\.\s?)?[$€£]|"
                          r"(?i:\b(?:(?:le|la|un|une)\s+)?(?:deuxième|second|seconde|troisième|quatrième|autre)\s+"
                          r"(?:volet|dossier|contrat|paquet|cas|vente|lot|commande|avis|autorisation|demande|notification|approbation)\b)|"
                          r"^\s*(?:la|le)\s+(?:seconde|second|deuxième|troisième)\s+(?=\w+\s)|"
                          r"(?i:^\s*(?:die|der|das)\s+(?:zweite|dritte)\s+(?=\w+\s))|"
                          r"(?i:\b(?:der|die|das|ein|eine)\s+(?:zweite|dritte|vierte|weitere|andere)[nrs]?\s+"
                          r"(?:Fall|Teil|Vertrag|Paket|Verkauf|Auftrag|Los|Genehmigung|Notifizierung|Mitteilung|Freigabe|Antrag|Anfrage)\b)"))
# "La première porte sur ...", "The first covers ...": the first of the cases the sentence before announced
# what a sale told just before holds: "Es geht um 1000 AIM-120C-8", "It covers 20 launchers", "Il s'agit de ..."
# (after a speaker's name in a transcript: "REINHARDT: Es geht um ...")
CONTENT_LEAD_RE = re.compile(
    r"(?i)^\s*(?:(?-i:[A-ZÄÖÜ][A-ZÄÖÜ' -]+)(?:\s*\([^)]{0,40}\))?:\s*)?"
    r"(?:(?:laut|nach\s+Angaben|selon|d['’]après|according\s+to)\s+[^,.;:]{2,70}?,?\s+)?"  # "Laut der DSCA geht es um"
    r"(?:(?:dabei|konkret)\s+)?(?:es\s+geht\s+um|"
    r"geht\s+es\s+um|it\s+(?:covers|concerns|involves|is\s+for|comprises|includes)|"
    r"the\s+(?:sale|package|deal|approval|request|case)\s+(?:covers|includes|comprises|involves|is\s+for)|"
    # "The larger of the two packages covers …": one of the sales told
    r"the\s+(?:first|second|larger|largest|bigger|biggest|smaller|smallest)\s+(?:one|of\s+the\s+(?:two|three)\s+"
    r"(?:sales|packages|deals|cases|approvals)|sale|package|deal|case|approval)\s+(?:covers|includes|comprises|involves|"
    r"is\s+for)|"
    r"il\s+s['’]agit\s+d|(?:elle|il)\s+porte\s+sur|(?:la\s+vente|le\s+contrat|le\s+paquet)\s+porte\s+sur)")
# what opens a ticker entry or a labelled line before its sentence: "09h15 — Missiles air-air : seconde autorisation"
ENTRY_LEAD_RE = re.compile(r"\s*(?:\d{1,2}[h:.]\d{2}\s*[—–-]\s*)?(?:[^.:;\n]{1,40}?\s?:\s)?")
FIRST_CASE_RE = re.compile(r"(?i)^\s*(?:(?:A|Answer|R|Réponse|Antwort)\s*:\s*)?(?:the\s+first(?:\s+(?:case|sale|package|approval|notification))?|la\s+première|"
                           r"le\s+premier|(?:der|die|das)\s+erste)\b")
AGGREGATE_RE = gated(re.compile(r"(?i)\b(?:combined|in total|summier\w*\s+sich|sich\s+(?:\w+\s+){0,3}summier\w*|additionne\w*|addiert\w*|adds\s+up|totall?ing|altogether|a total of|in all|insgesamt|au total|"
                          r"(?:had|has|have)\s+(?:passed|exceeded|surpassed|topped)|dépassé|überschritten|"
                          r"cumul\w*|together|gesamt|add(?:ed|ing)?\s+(?:it\s+|them\s+)?(?:all\s+)?up|"
                          r"(?:cumul\w*|together|ensemble|zusammen)[^.]{0,80}?(?:dépasse\w*|exceeds?|exceeding|übersteig\w*|"
                          r"atteint|reach\w*)|running\s+total|grand\s+total|(?:somme|sum|Summe)\s+(?:de|d['’]|of|von)|"
                          r"zusammen,?\s+kommt\s+man\s+auf|kommt\s+man\s+(?:zusammen\s+)?auf|"
                          r"(?:cases|sales|deals|packages|notifications|approvals|orders|contracts)\s+(?:[\w.-]+\s+){0,5}?"
                          r"(?:come|came|amount(?:ed)?|add(?:ed)?)\s+(?:up\s+)?to)\b[^.]{0,40}$"))
# a clause about a total of several deals, wherever its figure stands ("Le total de « plus de 320 millions d'euros »
# … additionne simplement les deux contrats", "un simple total indicatif")
TOTAL_CLAUSE_RE = gated(re.compile(r"(?i)\b(?:additionne\w*\s+(?:\w+\s+)?(?:les|des)|(?:simple|rough|indicative)\s+total|"
                             r"total\s+indicatif|simple\s+total|adds?\s+up\s+(?:the|both|all)|addiert\s+(?:\w+\s+)?"
                             r"(?:die|beide)|Summe\s+(?:der|aller)|le\s+total\s+de|the\s+total\s+of|cumulée?s?\s+des)\b"))
CONVERSION_RE = re.compile(r"(?i)(?:exchange rates?|that is|that's|equivalent|equal to|or about|or roughly|i\.e\.|soit|"
                           r"environ|umgerechnet|entspricht|rund|about|roughly|around|close to|nearly|\()[^.;]{0,30}$")
STAGE_NOUNS = [(stage, gated(re.compile(rx, re.I))) for stage, rx in (
    ("approved", r"\b(?:approval|clearance|go-ahead|approbation|feu vert|autorisation|Genehmigung|Zustimmung)\b"),
    ("notified", r"\b(?:notifications?|notices?\s+(?:published|released|posted|issued)|avis\s+publiés?|"
                 r"Mitteilung(?:en)?\s+(?:\w+\s+){0,3}veröffentlicht)\b"),
    ("signed", r"\b(?:signing|signature|Unterzeichnung|Unterschrift)\b"),
    ("delivered", r"\b(?:delivery|handover|livraison|Lieferung|Übergabe)\b"),
)]
MONEY_CONTEXT_RE = gated(re.compile(
    r"(?i)(?:\b(?:special\s+)?(?:fund|budget|Sondervermögen|Haushalt|GDP|BIP|spending|economy|revenue|turnover|"
    r"market|fonds|budget de la défense|"
    # "insgesamt rund 30 Vorlagen mit einem Volumen von knapp 50 Milliarden Euro": the total of many proposals
    r"(?:\d+|dozens?|several|zahlreiche|mehrere|plusieurs|dizaines?)\s+(?:de\s+)?(?:Vorlagen|Vorhaben|Projekte|proposals|"
    r"projects|programmes|programs|projets|dossiers)\s+(?:[\w-]+\s+){0,4}?(?:mit|with|worth|valued|d['’]un|im|totall?ing)|"
    # "the agreement … earmarks DKK 27.4 billion for Arctic vessels": money set aside, no price
    r"earmark(?:s|ed|ing)?|sets?\s+aside|setting\s+aside|"
    # "un crédit d'engagement de 660 millions de francs", "offset obligations worth …": a budget line, an offset
    r"crédit\s+d['’]engagement|Verpflichtungskredit\w*|offsets?|affaires\s+compensatoires|Gegengeschäft\w*|"
    # "the budget committee approved a commitment appropriation of €478.7 million": money a parliament sets aside
    r"appropriations?|Verpflichtungsermächtigung\w*|autorisations?\s+d['’]engagement|"
    # a company's results: "Q1 consolidated sales: $2.54 billion", "adjusted EPS of $2.89", "Umsatz von 2,1 Mrd."
    r"(?:consolidated|segment|quarterly|annual|first-quarter|second-quarter|third-quarter|fourth-quarter|Q[1-4]|"
    r"net|group)\s+sales|earnings(?:\s+per\s+share)?|EPS|net\s+income|operating\s+profit|Umsatz|Konzernumsatz|"
    r"Quartalsumsatz|Betriebsgewinn|Nettogewinn|chiffre\s+d['’]affaires|bénéfice\s+net|résultat\s+net)\b[^.]{0,25}$|"
    # "Der Auftragsbestand erreichte rund 64 Milliarden Euro", "order intake for the nine months to December rose
    # 12.6% to ¥5,029.1 billion", "le carnet de commandes atteint …", "das operative Ergebnis stieg auf 835 Millionen
    # Euro": a company's books, no deal's price
    r"\b(?:(?:order\s+)?backlog|order\s+(?:book|intake)|bookings|Auftragsbestand|Auftragseingang|Auftragsbuch|"
    r"carnet\s+de\s+commandes|prises\s+de\s+commandes|operatives?\s+Ergebnis|EBITD?A?|operating\s+(?:result|income|margin)|"
    r"résultat\s+opérationnel|market\s+capitali[sz]ation|Börsenwert|capitalisation\s+boursière)\b(?:[^.]|\.(?=\d)){0,60}$|"
    r"\b(?:major\s+defen[cs]e\s+equipment|MDE|équipements?\s+(?:militaires\s+)?majeurs?)\b[^.]{0,45}$|"
    # "hat die Bundesregierung 2025 Ausfuhren von Rüstungsgütern im Wert von rund 12 Milliarden Euro genehmigt", "arms
    # export licences worth €12 billion", "des exportations d'armement d'un montant de …": a year's exports, no deal
    r"\b(?:(?:Rüstungs)?(?:ausfuhren|exporte?)\s+(?:von\s+Rüstungsgütern\s+|von\s+Waffen\s+)?|(?:arms|defen[cs]e)\s+exports?\s+"
    r"(?:licen[cs]es?\s+|approvals?\s+|permits?\s+)?|exportations?\s+d['’]arme(?:ment|s)\s+)"
    r"(?:im\s+Wert\s+von|worth|valued\s+at|totall?ing|of|d['’]un\s+montant\s+de|pour)\s+(?:rund\s+|etwa\s+|about\s+|some\s+|"
    r"around\s+|environ\s+)?$|"
    # "sits inside a wider A$55 billion plan": the envelope around the deal
    r"\b(?:a|an|the)\s+(?:wider|broader|overall|larger)\s+(?:some\s+|about\s+)?$|"
    # "chiffré l'ensemble du projet entre 1 et 2,5 milliards d'euros", "between $1 billion and $2.5 billion": a range
    # estimated, no price
    r"\b(?:between|entre|zwischen)\s+(?:[^.;]{0,40}?\s(?:and|et|und)\s+)?$|"
    # "the ministry unveiled a plan worth some 58 billion kroner for … air defence": a programme's envelope
    r"\b(?:an?|the|its|un|le|son|ein(?:en)?|den|seinen)\s+(?:[\w-]+\s+)?(?:plan|Plan)\s+"
    r"(?:worth|valued\s+at|of|de|d['’]|im\s+(?:Wert|Umfang)\s+von|über)\s+(?:some\s+|about\s+|around\s+|quelque\s+|"
    r"environ\s+|rund\s+|etwa\s+)?$)"))
# a unit's price, not the deal's: "one set costs roughly $67 million", "un système coûtait environ …" (the text before
# a figure); "environ 67 millions de dollars par système", "$4 million apiece" (the text after)
UNIT_PRICE_BEFORE_RE = gated(re.compile(
    r"(?i)\b(?:one|each|a\s+single|per|un|une|chaque|ein|eine|jedes?|pro)\s+(?:[\w-]+\s+)?(?:set|system|aircraft|unit|"
    r"drone|jet|helicopter|vehicle|ensemble|système|appareil|exemplaire|Satz|System|Stück|Flugzeug|Drohne|Fahrzeug)"
    r"\s+(?:costs?|coûte|coûtait|coûterait|kostet|kostete|is\s+priced\s+at|comes\s+to|revient\s+à)\s+(?:[\w-]+\s+)?$"
    # "Officers put the cost of each vehicle at roughly 80 million baht", "le prix de chaque appareil à environ …"
    r"|\b(?:cost|price|prix|coût|Preis|Kosten)\s+(?:of|per|de|pro|für)\s+(?:each|every|one|a\s+single|chaque|jedes?)\s+"
    r"(?:[\w-]+\s+)?[\w-]+\s+(?:at|to|à|auf)\s+(?:[\w-]+\s+)?$"))
UNIT_PRICE_AFTER_RE = re.compile(
    r"(?i)\s*(?:(?:per|par|pro|je)\s+(?:unit|aircraft|system|set|jet|helicopter|drone|vehicle|missile|piece|airframe|"
    r"système|appareil|unité|exemplaire|avion|hélicoptère|pièce|char|véhicule|Stück|System|Satz|Flugzeug|Drohne|"
    r"Fahrzeug|Hubschrauber|Einheit|Maschine|Exemplar|Jet)|apiece|l['’]unité|la\s+pièce)\b")
# "The major defense equipment in the package, valued at $44.3 million": a share of a package's price (the text
# before a figure)
MDE_SHARE_RE = re.compile(r"(?i)\b(?:major\s+defen[cs]e\s+equipment|MDE|équipements?\s+(?:militaires\s+)?majeurs?)\b"
                          r"[^.]{0,45}$")
# "Das Volumen liege unter einer Milliarde Euro", "the bill stays below €1 billion": a bound, no price ("just under
# US$10 billion" is a price told roughly)
UPPER_BOUND_RE = re.compile(r"(?i)(?<!just\s)(?<!knapp\s)\b(?:unter|below|less\s+than|weniger\s+als|moins\s+de|"
                            r"inférieure?s?\s+à)\s+$")
MONEY_AFTER_CONTEXT_RE = re.compile(
    r"(?i)^[^.,;]{0,25}\b(?:(?:special\s+)?fund|budget|Sondervermögen|schweren Sondervermögen|defen[cs]e (?:budget|"
    r"spending)|build-?up|GDP|BIP|fonds|economy|market)\b"
    # "the roughly $3.1 billion in Foreign Military Financing that Washington grants Israel each year": aid, no sale
    r"|^\s+(?:a\s+year\s+)?(?:in|of|is|are|was)\s+(?:U\.S\.\s+|American\s+)?(?:Foreign\s+Military\s+Financing|FMF|military\s+aid|"
    r"aide\s+militaire|Militärhilfe)\b|^\s+(?:aid\s+)?memorandum\b"  # ("a 10-year, $30 billion memorandum")
    # "stands at $3.8 billion a year": a yearly rate (aid, a budget), no price
    r"|^\s+(?:a|per|each|every)\s+year\b|^\s+(?:annually|yearly|par\s+an|chaque\s+année|pro\s+Jahr|jährlich)\b"
    r"|^(?:[^.;]|\.(?=\S|\s[a-z])){0,70}\b(?:since|depuis|seit)\s+(?:19|20)\d\d\b")  # "$20 billion-plus - purchases since 2008": a total
ANAPHOR_RE = re.compile(
    r"(?i)^(?:(?:The|This|That|Le|La|Ce|Cette|Das|Der|Die|Dieses?)\s+(?:\w+\s+|(?!(?:first|second|third|earlier|previous|"
    r"last|next|other|another|new|erste\w*|zweite\w*|premier|première|seconde?|autre|nouveau|nouvelle|neue\w*|"
    r"frühere\w*|andere\w*)\b)\w+\s+\w+\s+)?(?:case|package|sale|deal|contract|"
    r"approval|order|purchase|request|agreement|list|notification|paquet|vente|contrat|commande|accord|volet|Paket|"
    r"Geschäft|Vertrag|Auftrag|Kauf)\b(?!\s+(?:to|with|for|of)\s+[A-Z])|"
    r"(?:Das|Der|Die|Dieses?)\s+(?:\w+\s+)?"
    r"[A-ZÄÖÜ]\w*(?:vertrag|geschäft|auftrag|kauf|paket)\b|"
    # ("It decided to lease …": the buyer's own new decision, not the deal in focus)
    r"It\b(?!\s+(?:\w+\s+)?(?:decided|chose|picked|selected|opted)\b)|(?:Besides|In addition|Also|Il|Elle|Es|"
    r"Zum Paket|Zu dem Paket|Dazu|Darüber hinaus|En outre|Par ailleurs)\b"
    # "Beschafft werden vier Feuereinheiten …": the German passive of the purchase just told, by what it holds
    r"|(?:Beschafft|Gekauft|Bestellt|Erworben|Geordert)\s+(?:werden|wurden)\b"
    # "They covered 28 Su-30MKA …", "Ils portaient notamment sur …": the contracts just told, by what they hold
    r"|(?:They|Ils|Elles|Sie)\s+(?:\w+\s+)?(?:covered|cover|included|include|comprised|portaient|portent|"
    r"comprenaient|incluaient|umfassten|umfassen|beinhalteten)\b)")
# a purchase for the maker country's own forces, no export: "six IRIS-T SLM units for the Luftwaffe's own use"
OWN_USE_RE = re.compile(r"(?i)\b(?:own\s+use|own\s+(?:armed\s+forces|army|air\s+force|navy)|für\s+die\s+eigenen?\b|"
                        r"eigenen?\s+(?:Bedarf|Streitkräfte)|propres?\s+(?:besoins|forces|armées?)|domestic\s+use)")
# an inference about what a buyer will choose, not what a package holds: "the shopping list points clearly to NASAMS"
INFERENCE_RE = re.compile(r"(?i)\b(?:points?\s+(?:\w+\s+)?to|pointing\s+(?:\w+\s+)?to|suggests?|hints?\s+at|"
                          r"deut\w*\s+(?:\w+\s+){0,2}auf|laisse\w*\s+(?:penser|deviner|supposer))\b")
SEPARATE_RE = gated(re.compile(r"(?i)\b(?:separate|another(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|"
                         r"dozen|hundred|batch|tranche|\w+\s+(?:\d|of\s+the)))|earlier(?!\s+(?:deliver\w*|than|dates?|timelines?|schedules?|handover|arrival|completion))|previous|prior|also approved|already\s+(?:been\s+)?(?:approved|cleared|bought|ordered|signed|received|purchased|acquired)|"
                         r"last year|distinct|autre|précédent|weitere[nrs]?|frühere[nrs]?)\b"))
CLOSE_DOLLAR = {"CAN": "CAD", "AUS": "AUD", "NZL": "NZD", "SGP": "SGD", "HKG": "HKD", "TWN": "TWD"}
LOCAL_DOLLAR_RE = {
    "CAD": gated(re.compile(r"(?i)(?:Canadian dollars?|\bC\$|\bCA\$|\bCAD\b|dollars canadiens)")),
    "AUD": gated(re.compile(r"(?i)(?:Australian dollars?|\bA\$|\bAU\$|\bAUD\b|dollars australiens)")),
    "NZD": gated(re.compile(r"(?i)(?:New Zealand dollars?|\bNZ\$|\bNZD\b)")),
    "SGD": gated(re.compile(r"(?i)(?:Singapore dollars?|\bS\$|\bSGD\b)")),
    "TWD": gated(re.compile(r"(?i)(?:Taiwan dollars?|New Taiwan dollars?|\bNT\$|\bTWD\b)")),
}
DATELINE_RE = re.compile(r"(?m)^\s*(?P<city>[A-ZÀ-Ý][A-ZÀ-Ý .'/-]{2,40})\s*(?:,|—|–|-)")
PASSIVE_BUYER_RE = gated(re.compile(r"(?i)^\s+(?:(?:itself|themselves|too|also|selbst|elle-même|lui-même)\s+)?(?:was|were|is|are|has been|have been|had been|gets|got|has|have|had)\s+"
                              r"(?:\w+\s+){0,2}(?:approved|cleared|authori[sz]ed|given|granted|received)\b"))
APPOSITIVE_RE = re.compile(r"^,\s+[^,;]{3,90},")
GENERIC_QTY_RE = gated(re.compile(  # (not "Stinger RMP Block 1 missiles", "Mk 2 boats": a version's number)
    rf"(?i)\b(?<!\bBlock\s)(?<!\bMk\s)(?<!\bMark\s)(?<!\bBatch\s)(?<!\bLot\s)(?<!\bPhase\s)(?<!\bType\s)(?<!\bTyp\s)"
    rf"(?<!\bSeries\s)(?<!\bIncrement\s)(?<!\bTranche\s)(?P<n>\d{{1,3}}(?:[,.\u00a0 ]\d{{3}})*|two dozen|a dozen|{NUMBER_WORDS}|{FR_NUMBER}|{DE_NUMBER})\s+"
    rf"(?:of\s+the\s+)?(?:(?:new|more|additional|further|nouveaux|supplémentaires|neue|weitere|zusätzliche)\s+)?"
    rf"(?:\d{{2,3}}[\s-]?mm\s+|\d[x×]\d\s+|Block\s+\d{{1,3}}[A-Z]?\s+)?"  # "six 155mm guns", "ten 8x8 guns", "12 Block 70 jets"
    rf"(?P<noun>aircraft|jets?|fighters?|planes?|appareils|avions|Flugzeuge|Kampfflugzeuge|Maschinen|Kampfjets|Jets|helicopters?|hélicoptères|"
    rf"Hubschrauber|tiltrotors?|airlifters?|tanks?|chars|Panzer|Kampfpanzer|launchers?|lanceurs|Werfer|howitzers?|obusiers|Haubitzen|"
    rf"ships?|frigates?|frégates|Fregatten|submarines?|sous-marins|U-Boote|boats?|Boote|bateaux|corvettes?|"
    rf"Korvetten|drones?|Drohnen|batteries|batteries|fire\s+units?|unités\s+de\s+tir|Feuereinheiten|"
    rf"Batterien|missiles?|Raketen|Flugkörper|interceptors?|guns|canons|Geschütze|vehicles?|véhicules|Fahrzeuge|"
    rf"bombs?|bombes|Bomben|pièces(?!\s+(?:de\s+rechange|détachées))|"
    # "Österreich hatte … 36 Systeme … bestellt", "16 turrets": the article's system, whatever its kind
    rf"systems|systèmes|Systeme|turrets|tourelles|Türme)\b"))
GENERIC_NOUN_CATEGORY = [
    (re.compile(r"(?i)aircraft|jet|fighter|plane|appareil|avion|flugzeug|maschine|helicop|hubschrauber|drone|drohne|"
                r"tiltrotor|airlifter"),
     {"Aircraft"}),
    (re.compile(r"(?i)tank|char|panzer|vehicle|véhicule|fahrzeug"), {"Armoured vehicles"}),
    (re.compile(r"(?i)launcher|lanceur|werfer|howitzer|obusier|haubitze|guns|canons|geschütze|pièces"), {"Artillery", "Missiles",
                                                                         "Air defence systems"}),
    (re.compile(r"(?i)ship|frigate|frégate|fregatte|submarine|sous-marin|u-boot|boat|boote|bateau|corvette|korvette"),
     {"Ships"}),
    (re.compile(r"(?i)batter|batterie|interceptor|fire\s+unit|unités\s+de\s+tir|feuereinheit"),
     {"Air defence systems", "Missiles"}),
    (re.compile(r"(?i)missile|rakete|flugkörper"), {"Missiles", "Air defence systems"}),
    (re.compile(r"(?i)bomb"), {"Missiles"}),
    (re.compile(r"(?i)system|turret|tourelle|türme"), {"Aircraft", "Air defence systems", "Anti-submarine warfare",
                                                        "Armoured vehicles", "Artillery", "Missiles", "Naval weapons",
                                                        "Ships", "Sensors"}),
]
CONTEXT_BEFORE_RE = gated(re.compile(
    r"(?i)(?:\b(?:replac\w*|phase-?out\s+of|phasing\s+out|sortie\s+programmée\s+d[ue]s?|retrait\s+(?:du\s+service\s+)?d[ue]s?|"
    r"Ausmusterung\s+(?:der|des)|Ersatz\s+(?:für|der|des)|"
    # "vier Fregatten der Tamandaré-Klasse auf Basis der MEKO A-100": the design it comes from
    r"auf\s+(?:der\s+)?Basis\s+(?:der|des|von)|based\s+on|derived\s+from|"
    r"abgeleitet\s+von|succeed\w*|successors? (?:to|of)|already (?:operates?|flies|fly|uses?|has|fields)|(?:currently|still)\s+fields|operates?|"
    r"retir\w*|remplac\w*|ersetz\w*|Nachfolger|ablösen|fitted to|installed\s+(?:on|aboard)|installée?s?\s+sur|carried by|launched from|fired from|fleet of|flotte\s+de|Flotte\s+(?:der|von)|"
    r"ahead of|beat|beating|outscored|outbid|over rival|rivals?|competitors?|competing|competed|against|"
    # "ending a competition in which the American Stryker and the Swiss Piranha also took part"
    r"(?:competition|contest|tender)\s+in\s+which|compétition\s+(?:à|dans)\s+laquelle|Wettbewerb,?\s+(?:an|in)\s+dem|"
    r"s[ae]w\s+off|sees\s+off|seeing\s+off|fended\s+off|edged\s+out|pipped|prevailed\s+over|won\s+out\s+over|"
    # "Stockholm picked Patriot last November over the Franco-Italian SAMP/T": the system not chosen
    r"(?:picked|chose|chosen|selected|preferred|favou?red|opted\s+for)\s+(?:[^\s.;:]+\s+){1,7}over|"
    # "For Belgium, whose F-35s are gradually taking over from ageing F-16s": the buyer's fleet, and what it replaces
    r"whose|dont\s+les|deren|taking\s+over\s+from|takes?\s+over\s+from|took\s+over\s+from|"
    r"l['’]a\s+emporté\s+sur|s['’]est\s+imposée?\s+(?:face\s+(?:à|au|aux)|devant)|devançant|"
    r"bids?\s+from|offers?\s+from|evaluating|after\s+weighing|weighed\s+against|offres?\s+de|Angebot\w*\s+von|powered\s+by|propulsée?s?\s+par|"
    # "Sky Sabre … fires the CAMM missile", "Es verschießt Lenkflugkörper der AMRAAM-Familie": what a system launches
    r"(?<=\bit\s)fires|(?<=\bwhich\s)fires|(?<=\bthat\s)fires|verschie(?:ß|ss)t|"
    r"motorisée?s?\s+par|angetrieben\s+von|"
    r"devan\w*|concurren\w*|Konkurren\w*|gegen|face(?:,\s*[\w-]+,|\s+notamment|\s+entre\s+autres)?\s+(?:à|au|aux)|instead of|rather than|cheaper\s+(?:[\w-]+\s+){0,3}than|"
    r"plutôt que|au lieu de|statt|au\s+détriment\s+d[eu]|at\s+the\s+expense\s+of|zulasten|faute\s+d['’e]|for\s+(?:lack|want)\s+of|in\s+the\s+absence\s+of|mangels|"
    r"en\s+l['’]absence\s+de|"
    r"prepares? to receive|already (?:ordered|bought)|previously (?:ordered|bought)|"
    r"(?:carry|carrying)(?!\s+(?:them|it|those|these)\s*,)|capable of carrying|can fire|to fire|firing|compatible with|compatibility with|kompatibel\s+mit|"
    r"compatibilité\s+avec|compatibles?\s+avec|integration\s+of|operat\w* from|flown from|"
    r"fly from|flies from|integrat\w* (?:on|into|with)|(?:currently|already|still)\s+(?:flies|fly|flew|operates|uses)|(?:keeps?|kept|continues?(?:\s+to)?)\s+(?:flying|fly|operating|using)|"
    r"flies|flew|in service with|en service|im Dienst|"
    # "La marine israélienne aligne aujourd'hui cinq sous-marins de la classe Dolphin": the fleet it operates
    r"aligne|alignent|exploite|exploitent|"
    r"in\s+support\s+of|(?<!customer\s)(?<!customers\s)(?<!buyer\s)"
    # ("The paperwork for the first three upgraded Mogami-class frigates was signed": what the papers buy)
    r"(?<!paperwork\s)(?<!contract\s)(?<!contracts\s)(?<!order\s)(?<!deal\s)(?<!agreement\s)for (?:its|their|the|a|(?-i:[A-Z][a-z]+(?:an|ese|ish|i|ch)(?=\s)))|to (?:arm|equip) (?:its|their|the)|(?:to|will|would|can|could)\s+(?:also\s+)?refuel|ravitailler|betanken|on (?:its|their|the)(?!\s+(?:[\w-]+\s+)?(?:side|way|road|path|eve|basis|grounds)\b)|aboard|pour (?:ses|leurs|la|le|les)|"
    r"für (?:ihre|seine)|destiné\w*\s+(?:aux|à\s+(?:ses|leurs|la|le|les))|intended for (?:its|their|the))\s+(?:[^\s.;:]+\s+){0,9}(?:\w*['’])?$)"))
CONTEXT_AFTER_RE = gated(re.compile(r"(?i)^(?:['’]s?)?\s*(?:jets?\s+)?(?:fleets?|flotte|Flotte|squadrons?|pilots?|crews?|"
                              r"destroyers?|frigates?|cruisers?|warships?|vessels?|submarines?|escadrilles?|"
                              r"Geschwader|Zerstörer|Fregatten?)\b"
                              # "AMRAAM für die F-16- und F-35-Programme": platforms of a coordinated programme
                              r"|^-?\s*(?:und|and|et)\s+[\w/]+(?:-[\w/]+)*?-?\s*(?:Programm\w*|programmes?|programs?|"
                              r"Flotten?|fleets?)\b"
                              # "a NASAMS-type system", "un système de type Patriot" is likened, not bought
                              r"|^-(?:type|like|style|ähnliche?\w*|artige?\w*)\b"
                              # "das die alten Panzerhaubitzen M109 ablösen soll": what the purchase replaces
                              r"|^\s+(?:ablösen|ersetzen)\s+(?:soll|sollen|sollte|sollten|wird|werden)\b"
                              # "es soll die betagten Fokker 50 ersetzen.", "um die Leopard 2A4 zu ersetzen"
                              r"|^\s+(?:zu\s+)?(?:ablöst|ablösten|ablösen|ersetzt|ersetzte|ersetzten|ersetzen)\s*[,.;]"
                              # "die Auslastung der Chinook-Linie", "the Chinook production line": the maker's line
                              r"|^-?\s*(?:production\s+|assembly\s+)?(?:lines?|Linie|Fertigungslinie|Produktionslinie|"
                              r"Montagelinie|Fertigung|Produktion)\b"))
SOURCE_BEFORE_RE = gated(re.compile(r"(?i)\b(?:according to|nach|laut|selon|d['’]après|per|citing|quoting)\s+"
                              r"(?:the\s+|den\s+|des\s+|les\s+)?(?:[\w-]+\s+){0,2}$"))
SOURCE_AFTER_RE = gated(re.compile(r"(?i)^\s+(?:(?:defen[cs]e|government|military|ministry|embassy)\s+)?"
                             r"(?:officials?|sources?|media|press|reports?|diplomats?|Angaben|Quellen|"
                             r"Medien|responsables|sources)\b(?:\s+\w+){0,2}\s+(?:said|say|says|told|reported|put|"
                             r"sagten|berichteten|ont indiqué|ont déclaré)"))
WEAPON_NOUN_AFTER = (r"(?i)^[-\s]+(?:\w+\s+){0,2}(?:jets?|fighters?|aircraft|tanks?|howitzers?|launchers?|frigates?|"
                     r"submarines?|missiles?|helicopters?|drones?|avions|chars|Panzer|Kampfjets)\b")
AGGREGATE_AFTER_RE = re.compile(r"(?i)^\s*(?:[-–—:]\s*)?(?:(?:their|its|the|leur|ihr\w*)\s+)?"
                                r"(?:combined|in total|in all|altogether|all told|together(?!\s+with)|insgesamt|au total|"
                                r"cumulé\w*|zusammen)\b")
# "den Wert des Pakets", "the value of the package", "le montant du contrat": the deal in focus's own value
PACKAGE_VALUE_RE = re.compile(r"(?i)\b(?:value|cost|price|Wert|Preis|Volumen|valeur|montant|coût)\s+(?:of\s+the|des|du|de\s+la)\s+"
                              r"(?:package|deal|sale|case|contract|Pakets|Geschäfts|Verkaufs|Vertrags|paquet|contrat|"
                              r"vente)\b")
VALUE_WORD_RE = re.compile(r"(?i)\b(?:valued|worth|costs?|costing|priced|estimated|montant|évalué\w*|chiffré\w*|estimée?s?|"
                           r"put\s+(?:that|the|this|its)\s+(?:\w+\s+)?(?:case|sale|deal|package|value|cost|price)"
                           r"(?:,[^,.;]{1,40},)?\s+at|(?:estimates?|sources?|reports?)\s+put\s+(?:it|the\s+\w+)\s+at|"
                           r"beziffer\w*\s+(?:ihn|sie|es|den\s+\w+)\s+auf|\w*[Vv]olumen|"
                           r"\w*[Ww]ert|beziffert|geschätzt\w*|kostet|kosten|Kosten|valeur|coût\w*|"
                           # "Der Preis liegt … bei rund 1,2 Milliarden Zloty", "un prix de"
                           r"(?-i:Preis|Kaufpreis|Gesamtpreis)(?::|\s+(?:liegt|lag|beträgt|betrug))"
                           r"(?![^.;]{0,60}?\b(?:innerhalb|unter|unterhalb)\b)|prix\s+(?:de|d['’]|est|était|s['’]élève)|"
                           # "The price on the notice is $997 million", "The price for the complete system … is"
                           r"(?-i:[Tt]he)\s+price\s+(?:on|for|of|tag)\b|(?<!not\sa\s)price\s+tag)\b")
# "203 of the same missiles", "trois du même type", "20 Systeme desselben Typs": the system just named
SAME_SYSTEM_RE = re.compile(
    r"(?i)\b(?:of\s+the\s+same\s+(?:type|model|jets?|aircraft|fighters?|helicopters?|tanks?|systems?|launchers?|"
    r"missiles?|rockets?|torpedoes|howitzers?|radars?)|du\s+même\s+(?:type|modèle|missile|appareil)|des\s+mêmes\s+"
    r"(?:missiles|appareils|avions|hélicoptères|systèmes)|desselben\s+(?:Typs|Modells)|des\s+gleichen\s+(?:Typs|Modells)|"
    r"derselben\s+(?:Raketen|Flugkörper|Maschinen|Systeme)|de\s+ce\s+(?:type|modèle)|of\s+(?:this|that)\s+type|"
    r"dieses\s+(?:Typs|Modells))\b")
# a purchase told with a pronoun for the system named just before: "Greece has ordered 24 of them",
# "la Grèce en a commandé 24", "Athen bestellte davon 24"
BACKREF_RE = re.compile(
    r"(?i)\b(?:(?:\d+|" + NUMBER_WORDS + r")\s+(?:more\s+)?of\s+(?:them|those|these|the\s+(?:same\s+|older\s+|newer\s+)?(?:type|jets?|aircraft|"
    r"fighters?|planes?|helicopters?|tanks?|systems?|launchers?|missiles?|rockets?|torpedoes|howitzers?|radars?))\b|\d+\s+more\b"
    r"|" + SAME_SYSTEM_RE.pattern[4:] +
    r"|\ben\s+(?:a|ont|avait|avaient|aura|auront|avoir|commande|commandera|achète|acquiert|reçoit)\b"
    r"|\bdavon\b|\bderen\s+\d+\b"
    # "and Hungary has two on order": a count of the system just named, alone before "on order"
    r"|\b(?:has|have|had)\s+(?:\d+|" + NUMBER_WORDS + r")\s+on\s+order\b"
    # "den Vertrag über zwei weitere", "two more in May 2017": a further batch of the system just named
    r"|\b(?:" + NUMBER_WORDS + "|" + DE_NUMBER + "|" + FR_NUMBER + r"|\d+)\s+(?:weitere|more|supplémentaires|autres|de\s+plus)\b"
    r"(?!\s+(?:[\w-]+\s+){0,2}(?:aircraft|jets?|helicopters?|tanks?|ships?|boats?|Flugzeuge|Boote|appareils)\b)"
    r"|^\s*(?:the|das|der|die|le|la|les)\s+(?:first|second|erste\w*|zweite\w*|premi\w+|second\w*)\s+"
    r"(?:system|System|système|battery|Batterie|batterie|unit|Feuereinheit)"
    r"|^\s*(?:\d+|" + NUMBER_WORDS + "|" + FR_NUMBER + "|" + DE_NUMBER + r")\s+(?:Systeme|Stück|Exemplare|systems|"
    r"units|systèmes|exemplaires)\b)")  # "Fünf Systeme hatte die Schweiz 2022 bestellt"
# "Portugal, a programme partner, ordered five in 2019": a bare count after the purchase verb
BARE_COUNT_RE = re.compile(
    r"(?i)\b(?:ordered|bought|purchased|acquired|signed\s+for|(?:a|ont|avait|avaient)\s+(?:commandé|acheté|acquis))\s+"
    r"(?:another\s+|a\s+further\s+)?(?:\d{1,3}|" + NUMBER_WORDS + "|" + FR_NUMBER + r")"
    r"(?=\s*(?:[,;:)]|\.(?!\d)|$)|\s+(?:in|on|at|from|last|this|en|le|au|auprès|chez)\b)")
BACKREF_NUM_RE = re.compile(r"(?i)(?<![\d.,])(?!(?:millions?|billions?|thousands?|hundreds?|milliards?|Milliarden|Millionen)\b)(?P<n>\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?!\d)|\d{1,4}|" + NUMBER_WORDS + "|" + FR_NUMBER + "|" + DE_NUMBER + r")\b(?!\s*(?:%|per\s*cent|pour\s*cent|Prozent|years?|ans|Jahre|millions?|"
                            r"billions?|milliards?|Milliarden|Millionen|bn|m\b))")
# one count for each of several listed systems: "je 35 Raketenbehälter der Varianten M31A2, M30A2 und M404",
# "35 pods each of the M31A2 and M30A2", "35 conteneurs de chacune des versions"
DISTRIBUTIVE_RE = re.compile(
    r"(?i)(?:\b(?:je|jeweils)\s+(?P<n>\d{1,5})\b|\b(?P<n2>\d{1,5})\s+(?:[\w-]+\s+){0,2}(?:each|de\s+chaque|de\s+chacun\w*"
    r"|pour\s+chacun\w*)\b)")
# the approval told as a noun: "the State Department's approval of a possible Foreign Military Sale of ..."
APPROVAL_OF_SALE_RE = re.compile(
    r"(?i)\b(?:approval|clearance|go-ahead|green light)\s+(?:of|for)\s+(?:a|the|an)\s+(?:possible|proposed|potential)\s+"
    r"(?:Foreign\s+Military\s+)?sale\b|\b(?:feu\s+vert|approbation)\s+(?:à|pour)\s+(?:la|une)\s+(?:vente|cession)\s+"
    r"(?:éventuelle|possible)\b|\bGenehmigung\s+(?:für\s+)?(?:den|eines|einen)\s+möglichen\s+Verkauf")
# a U.S. Foreign Military Sale, whatever the maker's country
FMS_RE = re.compile(r"(?i)\bForeign[\s-]Military[\s-]Sales?\b|\bFMS\b|\bDefense Security Cooperation Agency\b|\bDSCA\b"
                    r"|\bvente\s+(?:militaire\s+)?(?:à\s+l['’]étranger|FMS)\b|\bAuslandsrüstungsverkauf\w*")
# a year told bare ("hatte die Schweiz 2022 bestellt"), not part of a figure, a price or a measure
BARE_YEAR_RE = re.compile(r"(?<![\d.,$€£/-])\b((?:19|20)\d\d)\b(?![\d.,/-]|\s*(?:km|mm|kg|%))")
# a fleet replaced or added to: "il s'agit de remplacer et d'étoffer une flotte de douze C-130J-30"
REPLACING_RE = re.compile(r"(?i)\b(?:replac\w*|remplac\w*|ersetz\w*|ablös\w*|succeed\w*|étoffer|renew\w*|renouvel\w*)")
# a year told as the time of an event, also at the end of a sentence ("signed the purchase contract in 2014.")
YEAR_TOLD_RE = re.compile(r"(?i)\b(?:in|en|im|dans|during|since|seit|depuis|late|early|fin|début|Ende|Anfang)\s+"
                          r"(?:19|20)\d\d\b(?![\d,%]|\.\d)")
# a wish between the buyer and the event ("Tokyo wanted half of its order delivered early"): no event told
WISH_RE = re.compile(r"(?i)\b(?:wants?|wanted|wish\w*|hopes?|hoped|plans?|planned|expects?|expected|asked\s+for|"
                     r"veut|voulait|souhait\w*|espér\w*|will|would|could|may|might|should|must|"
                     r"wollte|möchte|hofft\w*|plant\w*|erwartet\w*|soll\w*)\b")
# the first of a purchase's units, told without its name ("The first vehicle was formally handed over on …")
FIRST_ONE_RE = re.compile(r"(?i)\s*(?:the|le|la|les|l['’]|das|der|die)\s*(?:[\w-]+\s+)?(?:first|premiers?|première?s?|erste[nr]?)\s+"
                          r"(?:[\w-]+\s+){0,2}?"
                          r"(?:vehicles?|aircraft|jets?|helicopters?|ships?|boats?|vessels?|submarines?|tanks?|systems?|"
                          r"batter(?:y|ies)|launchers?|frigates?|drones?|véhicules?|appareils?|avions?|hélicoptères?|"
                          r"navires?|Fahrzeuge?|Flugzeuge?|Maschinen?|Hubschrauber|Schiffe?|Boote?|Systeme?)\b")
# the fleet a buyer flies now ("currently flies about sixty older F-16A/B aircraft, most of them acquired second-hand")
FLEET_NOW_RE = re.compile(r"(?i)\b(?:currently|already|still|today|now|derzeit|bereits|actuellement|déjà)\s+"
                          r"(?:flies|fly|operates?|uses?|fields?|fliegt|betreibt|exploite|met\s+en\s+œuvre)\b")
# what a clause says of other things than the deal in focus: "other systems were ordered", "d'autres systèmes"
OTHER_THINGS_RE = re.compile(r"(?i)^\W*(?:the\s+)?(?:other|remaining|d['’]autres|les\s+autres|andere|weitere)\s+"
                             r"(?:[\w-]+\s+)?(?:systems?|equipment|items|weapons|systèmes|équipements|Systeme)\b")
# a further event of a series just told, at a new time: "Im Oktober 2015 folgten Black-Hawk-Hubschrauber …"
FOLLOWED_RE = re.compile(r"(?i)^\W*(?:(?:in|im|en|on|am)\s+[\w\s.]{2,25}?,?\s+)?(?:followed|came|folgten|folgte|suivirent|"
                         r"(?:ont|a)\s+suivi"
                         # "On Thursday a second US$150 million case followed, this time for … M109 howitzers"
                         r"|(?:a|an)\s+(?:second|third|fourth|further|new)\s+[^.;]{0,40}?\b(?:case|sale|package|"
                         r"contract|approval|notification)\s+followed)\b")
# the sentence naming the heart of a package just told: "Kernstück sind 48 … AIM-120C-8", "At the core of the package
# are …", "Le cœur du paquet : …"
CORE_LEAD_RE = re.compile(r"(?i)^\W*(?:(?:the\s+)?(?:core|heart|centre?piece|center?piece|bulk|(?:main|headline|key|biggest|"
                          r"largest)\s+(?:single\s+)?(?:items?|lines?|elements?))\s+(?:of\s+(?:the|this)\s+(?:package|sale|deal|"
                          r"request|case)\s+)?(?:is|are|:)|darin\s+enthalten\s+sind|"
                          r"at\s+the\s+(?:heart|core)\s+of|(?:the|each)\s+(?:system|radar|vehicle|aircraft)\s+is\s+"
                          r"(?:built|based)\s+(?:around|on)|(?:konkret\s+)?geht\s+es\s+um|(?:concrètement,?\s+)?il\s+s['’]agit\s+d|"
                          r"Kernstück|Herzstück|Hauptbestandteil|Im\s+Mittelpunkt|"
                          r"(?:le\s+)?(?:cœur|gros|plat\s+de\s+résistance)\s+(?:du|de\s+la|de\s+ce)|au\s+cœur\s+d)")
