"""The stage of a deal from the sentence that tells it: verbs, modality, negation.

"has requested" -> requested; "approved a possible sale" / "cleared" -> approved; "notified Congress"
-> notified; "signed a contract" / "ordered" -> signed; "delivered the first" -> delivered; a
selection or parliament vote -> other.  Conditionals ("could", "is expected to", "if approved") and
negations ("denied", "has not signed") do not make an event: the cue is skipped.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from armstrack.extract.stage_bodies import (
    ADDRESSED_RE,
    OWN_BODY_AFTER_RE,
    OWN_BODY_RE,
    PARLIAMENT_ASKED_RE,
    SELLER_GOVERNMENT_RE,
)
from armstrack.extract.stage_hedges import (
    HISTORY_ONLY_RE,
    INTENT_ONLY_RE,
    MODAL_PURCHASE_RE,
    REJECT_RE,
    TYPE_HISTORY_RE,
    UNCONFIRMED_RE,
)
from armstrack.regex_gate import gated

# what a German buyer may "receive" that is no delivery: a permit, a go-ahead, an order, a contract, an offer
_NO_GOODS_DE = "Genehmigung|Zustimmung|Freigabe|Zusage|Licht|Auftr|Vertr|Bestellung|Angebot"

# ordered: the first matching cue in a sentence wins unless a later one is stronger
CUES: list[tuple[str, str]] = [
    ("delivered", r"\b(?:(?<!-)delivered(?!\s+(?:the\s+)?(?:required\s+)?(?:certification|notification|to Congress))(?!\s+as\s+(?:all-up|complete|kits?|ready|"
                  r"[\w-]+\s+rounds))|(?<!domestically\s)(?<!locally\s)(?<!nationally\s)(?<!-)supplied|took delivery|"
                  r"(?:received|(?:a|ont|avait|avaient)\s+reçu|erhielt|erhielten)\s+(?=(?:(?:from|de|d['’]|aus|von)\s+"
                  r"(?:l['’]|la\s+|le\s+|les\s+|the\s+|den\s+|der\s+)?[\w-]+\s+)?(?:(?!(?:19|20)\d\d\b)\d|two|three|four|five|six|"
                  r"seven|eight|nine|ten|twelve|deux|trois|quatre|cinq|sept|huit|neuf|dix|douze|zwei|drei|vier|fünf|"
                  r"sechs|acht|zehn|zwölf))|(?-i:(?<!avoir\s)(?<!\ba\s)(?<!ont\s)(?<!avait\s)reçu[es]{0,2}\s+(?:de|d['’])\s+(?:l['’]|la\s+|le\s+)?(?=[A-ZÉ]))|taken delivery|took\s+(?:a|the|its)\s+(?:first|second|third|last|final)\s+(?:batch|consignment|lot|delivery)|handed over|(?:was|were|been)\s+handed\s+to|received (?:the|its) first|"
                  r"(?:was|were|been)\s+(?:formally\s+)?accepted\s+(?:at|in|on|from)\b|accepted\s+(?:delivery|(?:the|its)\s+first)\b|"
                  r"intégrée?s?\s+(?:à|dans)\s+la\s+flotte|in\s+(?:die\s+)?(?:Flotte|Dienst)\s+(?:übernommen|eingeführt)|"
                  r"(?:was|were|been)\s+(?:unloaded|offloaded)|(?:a|ont)\s+été\s+débarquée?s?|arrived in|arrived at|arrived here|arrived from(?!\s+(?:19|20)\d\d)|arrived\s+(?:late|early|earlier|last|this)\b|landed (?:at|in)|touched down (?:at|in)|inducted|livr(?:é|ée|és|ées)|réceptionn\w*|"
                  r"(?:ont|a) atterri|sont arrivés|geliefert|übergeben|ausgeliefert|eingetroffen|angekommen|gelandet|"
                  # "Les deux premiers KC-390 hongrois se sont posés mardi", "Die Übergabe der ersten Maschine fand am
                  # Dienstag statt", "The handover ceremony took place …", "formally accepted by the Lithuanian Air Force"
                  r"(?:se\s+sont|s['’]est)\s+posée?s?|Übergabe\s+(?:[\w.-]+\s+){0,5}?(?:fand|erfolgte)|"
                  r"hand-?over(?:\s+ceremony)?\s+(?:took\s+place|was\s+held)|(?:formally|officially)\s+accepted\s+by\s+the|"
                  r"(?:lieferte|lieferten)\s+(?:[\w.-]+\s+){1,8}?aus\b|"  # "Norinco lieferte 2017 die ersten 28 VT-4 aus"
                  # "Bereits im Mai 2023 hatte das Kosovo fünf Drohnen vom Typ Bayraktar TB2 aus der Türkei erhalten"
                  r"(?:hat|hatte|haben|hatten)\s+(?:[\w.-]+\s+){0,4}?(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|"
                  r"zwölf)\s+(?![^.;]{0,80}?(?:" + _NO_GOODS_DE + r"))[^.;]{0,80}?\berhalten\b|"
                  r"(?:hat|haben|hatte|hatten)\s+(?:[\w'’-]+\s+){1,8}übernommen|"
                  # "Die Ukraine hat die ersten amerikanischen Panzerabwehrraketen … erhalten", "a reçu ses premiers"
                  r"(?:hat|haben|hatte|hatten)\s+(?:\w+\s+){0,3}(?:die|ihre|seine)\s+ersten?\s+(?![^.;]{0,80}?(?:" + _NO_GOODS_DE + r"))[^.;]{0,80}?\berhalten|"
                  r"(?:a|ont|avait|avaient)\s+(?:\w+\s+)?reçu\s+(?:ses|leurs|les|son|sa|le|la)\s+(?:[\w-]+\s+)?premi(?:er|ère)s?|"
                  # "übernahm die israelische Marine die letzten beiden …", "Die ersten sechs J-10CE landeten am 4. März",
                  # "London has sent 32 AS90 …", "Boeing completed deliveries of the four Peace Eye aircraft"
                  r"übernahm(?:en)?\s+(?:[\w.-]+\s+){0,5}?(?:die|den|das|ihre|seine)\s+(?:ersten|letzten|erste|letzte)\b|"
                  r"landeten\s+(?:am|in|im|auf)\b|(?:has|have|had)\s+(?:already\s+)?sent\s+(?=(?:\d+|two|three|four|five|six|"
                  r"seven|eight|nine|ten|twelve)\b)|completed\s+(?:the\s+|its\s+)?deliver(?:y|ies)\b|"
                  # "L'appareil avait été officiellement remis à la Nouvelle-Zélande", "welcomed the first of its five",
                  # "die erste … in Empfang genommen"
                  r"(?:été|était|a\s+été|ont\s+été)\s+(?:\w+\s+)?remise?s?\s+(?:à|au|aux)|"
                  # "l'armée américaine avait remis aux FAR un premier lot de 22 chars M1A1": handed over
                  r"(?:a|ont|avait|avaient)\s+(?:\w+\s+)?remis\s+(?:à|au|aux)\s+(?:[\w'’-]+\s+){1,4}?(?:un|une|les|ses|leurs|"
                  r"le|la|l['’]|\d+)\s*(?:premi\w+|dernie\w+|\d+|lot)|"
                  r"(?:a|ont)\s+accueilli\b[^.;]{0,120}?\b(?:le|la)\s+premi(?:er|ère)|"
                  r"welcomed\b[^.;]{0,80}?\b(?:its|the)\s+first|in\s+Empfang\s+genommen|"
                  # "La marine grecque a officiellement pris possession mercredi de ses trois premiers MH-60R"
                  r"(?:a|ont|avait|avaient)\s+(?:\w+\s+)?pris\s+possession|(?:took|taken|takes)\s+possession|"
                  # "Slowenien erhielt Ende Januar 2024 eine komplette Feuereinheit" (not a permit, an order, a loan)
                  r"erhielte?n?\s+(?:[\w-]+\s+){0,3}?(?:eine|einen|ein)\s+(?![^.;]{0,60}?(?:" + _NO_GOODS_DE + r"|"
                  r"Anfrage|Bericht|Brief|Nachricht|Einladung|Finanzierung|Kredit|Zuschlag|Absage|Preis|Rabatt|Option|"
                  r"Lizenz|Ausnahme))|"
                  # "Im Oktober 2022 traf dort das erste IRIS-T SLM ein": the separable "eintreffen"
                  r"trafe?n?\s+[^.;]{0,80}?\sein(?=\s*[,.;])|"
                  # "la marine brésilienne a pris livraison mercredi du Tonelero"
                  r"(?:a|ont|avait|avaient)\s+(?:\w+\s+)?pris\s+livraison)\b"),
    ("signed", r"\b(?:(?:annoncé|officialisé|confirmé|célébré)\s+(?:\w+\s+){0,3}?la\s+signature\s+d['’](?:un|une)\b|"
               # "Denmark followed in September 2024 with an order for 16 turrets", "folgte Dänemark mit einem Vertrag"
               # (not "folgte KAI mit einem Vertrag": the maker, not the buyer, is the subject)
               r"followed\s+(?:[\w-]+\s+){0,5}?with\s+(?:an?|its)\s+(?:[\w-]+\s+)?(?:order|contract)\s+for\b|"
               r"folgte\s+(?!(?-i:[A-Z]{2,})\b)(?:[\w.-]+\s+){0,5}?mit\s+(?:einem|einer)\s+(?:[\w-]+\s+)?(?:Vertrag|Auftrag|Bestellung)\b|"
               r"a\s+suivi\s+(?:[\w-]+\s+){0,5}?avec\s+(?:une|un)\s+(?:commande|contrat)\b|"
               # "le contrat d'environ 100 millions de dollars conclu en août 2020", "a conclu un contrat"
               r"(?:contrat|accord|marché)\b[^.;]{0,80}?\bconclue?s?\b|conclu\s+(?:un|le|ce|cet)\s+(?:[\w-]+\s+)?(?:contrat|accord|marché)\b|"
               r"(?:has|have|had)\s+(?:[\w-]+\s+){1,3}?on\s+order\b|(?:a|ont|avait|avaient)\s+officialisé\s+(?:\w+\s+){0,2}?(?:l['’]achat|la\s+commande|le\s+contrat|l['’]acquisition)\b|formali[sz]ed\s+(?:\w+\s+){0,2}?(?:the|its|a)\s+(?:purchase|order|contract|acquisition)\b|(?:agreed|struck|clinched|sealed)\s+(?:a|an|the)\s+(?:[\w$.,-]+\s+){0,4}?(?:deal|contract|agreement)\s+(?:with|for)\b|added\s+(?:[\w-]+\s+){1,4}?to\s+(?:its|their|the)\s+(?:existing\s+|initial\s+|original\s+|first\s+)?(?:order|contract)\b|(?:a|ont|avait|avaient)\s+ajouté\s+(?:[\w-]+\s+){1,4}?à\s+(?:sa|leur)\s+(?:première\s+)?commande\b|signed(?!\s+off)|signs(?!\s+off)|signing(?!\s+off)|(?<!\bto\s)sign\s+for|inked|agreed to (?:buy|purchase|acquire|procure|supply)|won\s+(?:an?|the)\s+(?:\S+\s+){0,6}?(?:contract|order)\b|(?:has|had|have)\s+received\s+(?:an?|the)\s+(?:\w+\s+)?order\b|(?:is|are)\s+buying\s+(?=(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\b)[^.;]{0,80}\bfrom\b)|achet[ée]e?s?\s+(?:à|au|aux|auprès)\b|(?:a|avait|ont|avaient)\s+(?:déjà|aussi|également|ainsi)\s+acheté|(?:ont|avaient)\s+été\s+achetée?s|(?:Vertrag|Kaufvertrag|Liefervertrag)\b[^.;]{0,80}?\bgeschlossen\b|put\s+(?:its|their|his|her)\s+signatures?\s+(?:to|on)\b|(?:Gro(?:ß|ss)auftrag|Auftrag|Rüstungsauftrag|Exportauftrag)\b[^.;]{0,60}?\b(?:erhalten|bekommen|gewonnen)\b|"
               r"remport\w*\s+(?:un|le|une|la)\s+(?:\S+\s+){0,4}?(?:contrat|commande|marché)\b|"
               # "ont échangé avec les Émirats arabes unis des contrats pour le système Cheongung-II": signed
               r"(?:exchanged|échangé\w*)\s+(?:[\w'’-]+\s+){0,6}?(?:contracts|contrats)\b|"
               r"Verträge\s+(?:[\w-]+\s+){0,6}?ausgetauscht\b|"
               # "hatte sich … mit Moskau auf den Kauf des russischen Systems S-400 geeinigt": agreed to buy
               r"auf\s+(?:den|einen)\s+(?:Kauf|Erwerb)\s+(?:[\w.-]+\s+){1,8}?geeinigt\b|"
               # "Hyundai Rotem clinched a contract to supply …", "Otokar secured an order from …", "Kuwait has placed an
               # order for 218 …"
               r"(?:clinched|sealed|landed|bagged|secured|grabbed)\s+(?:a|an|the)\s+(?:[\w$.,-]+\s+){0,4}?(?:deal|contract|"
               r"order)\b(?!\s+(?:talks|negotiations)\b)|placed\s+(?:a|an|the|its|their)\s+(?:[\w$.,-]+\s+){0,4}?order\b|"
               # "la Suisse acquiert cinq systèmes IRIS-T SLM auprès du fabricant allemand Diehl Defence"
               r"(?:acquiert|acquièrent|achète|achètent)\s+[^.;]{0,100}?\bauprès\s+d(?:e|u|es)\b|"
               # "it had entered into an agreement with the U.S. government for the sale of two KC-130J"
               r"(?:entered|enters|entering)\s+into\s+(?:an?|the)\s+(?:\w+\s+){0,2}(?:agreement|contract)|"
               r"(?:bought|purchased|acquired)(?!\s+by\s+(?![^.;,]{0,30}?\bfrom\b))|(?<![a-z]s\s)(?<!aircraft\s)(?<!equipment\s)(?<!weaponry\s)(?<!hardware\s)sold(?!\s+(?:out|off|on|abroad)\b)|(?<=States\s)sold|(?<=lands\s)sold|(?:has|have|had)\s+sold|(?:a|avait|ont|avaient)\s+vendu|placed an? (?:firm )?order|ordered|awarded\s+(?:[\w&.,'’-]+\s+){0,8}?(?:a|an|the)\s+[\w$€£ .,-]{0,40}?contracts?\b|"
               # "a attribué vendredi à General Atomics un contrat de 189 millions d'euros", "vergab … einen Auftrag"
               r"(?:a|ont|avait|avaient)\s+attribué\s+(?:[\w&.,'’-]+\s+){0,8}?(?:un|le)\s+(?:contrat|marché)\b|"
               # "Ottawa on Tuesday handed Rheinmetall Canada a contract", "annoncer l'attribution d'un contrat"
               r"(?:handed|hands|gave|gives)\s+(?:[\w&.,'’-]+\s+){1,6}?(?:a|an|the)\s+[\w$€£ .,-]{0,40}?contracts?\b|"
               r"attribution\s+d['’]un\s+(?:\w+\s+)?(?:contrat|marché)\b|"
               r"vergab\s+(?:[\w&.,'’-]+\s+){0,8}?(?:einen|den)\s+(?:\w+)?(?:[Aa]uftrag|[Vv]ertrag)\b|"
               r"exercis(?:ed|es|ing)\s+(?:an?|the|its|their)\s+(?:\w+\s+)?option|(?:en\s+)?lev(?:é|ant|ée|ait)\s+(?:une|l['’]|son|sa|leur)\s*option|"
               r"Option\s+(?:\w+\s+){0,4}(?:gezogen|eingelöst)|zog\s+(?:\w+\s+){0,4}Option|"
               r"confirmed\s+(?:[\w,]+\s+){0,4}that\s+(?:[\w&.-]+\s+){1,5}would\s+(?:supply|deliver|provide|build)(?=[^.;]{0,120}\bcontract)|"
               r"contrat\s+(?:de\s+[\d,.]+\s+(?:millions?|milliards?)\s+d['’]euros\s*)?,\s*confirmé|"
               r"(?:figure|figurait|compte)\s+(?:aussi\s+|également\s+|déjà\s+)?parmi\s+les\s+(?:\w+\s+)?clients|"
               r"(?:is|was)\s+(?:also\s+|already\s+)?(?:among|one\s+of)\s+the\s+(?:\w+\s+)?(?:customers|buyers|clients)|"
               r"zählt\s+(?:auch\s+|bereits\s+)?zu\s+den\s+(?:\w+\s+)?Kunden|"
               # "named Uzbekistan as the so-far anonymous customer for its C-390"; "Kunde für zwei C-390 … ist"
               r"(?:named|identified|revealed|confirmed|unveiled)\s+(?:[\w-]+\s+){1,4}as\s+the\s+"
               r"(?!(?:potential|prospective|possible|likely|future|next)\b)(?:[\w-]+\s+){0,3}customer\s+(?:for|of)|"
               r"(?<!potentielle\s)(?<!mögliche\s)(?<!möglicher\s)Kunde\s+für\s+[^.;]{3,60}?\s+(?:ist|sei|war)\b|"
               r"finali[sz]ed|(?:a|avait|ont|avaient)\s+finalisé|concluded (?:a|an|the|two|three|four|several|\d+) (?:(?!talks|negotiations|discussions)\S+\s+){0,4}?(?:contracts?|deals?|agreements?)\b|(?:contract|deal|agreement)(?:\s+with\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3},)?\s+(?:was\s+|had\s+been\s+)?concluded\s+(?:on|in|with|at|last|this)\b|(?:came|followed) (?:the|an?) (?:[\w-]+\s+){0,2}?(?:order|contract) (?=for\b)|contract (?:was|has been) signed|"
               r"contracted(?!\s+(?:logistics|support|services?|maintenance|personnel|staff|separately|individually|one\s+by\s+one)\b)|(?:is|are)\s+(?:now\s+)?(?:supplying|building)\s+(?=(?:the\s+)?(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\b))|sign[ée](?!\s+(?:que|qu['’]|de|d['’]|des|du|fort|clair)\b)|signé|signent|command(?:ée?s?|é)|(?<!unités\sde\s)(?<!unité\sde\s)(?<!poste\sde\s)(?<!postes\sde\s)(?<!centre\sde\s)(?<!à\sune\s)(?<!à\sune\snouvelle\s)commande(?!\s+et\s+de\s+(?:lancement|tir|contrôle)|\s+(?:prévue|envisagée|potentielle|éventuelle|attendue))|(?:a|avait|ont|avaient) acheté|achète|gekauft|kauften?(?![^.;]{0,80}?\bzurück\b)|unterzeichn\w*|unterschr\w*|Unterschrift|bestell\w*|nachbestell\w*|vereinbarten?(?!\s+(?:worden|werden))|"
               r"signait|signaient|(?:a|avait|ont|avaient)\s+paraphé|(?<=\s)leases\s+(?=\S)|(?:has|have|had)\s+leased|"
               r"announced\s+(?:\w+\s+){0,2}?(?:an?|the)\s+(?:[$€£\w.,-]+\s+){0,3}?(?:contract|order)\s+(?:with|for)\b|"
               # "décroché un contrat de 777 millions", "annonce un contrat d'environ 1,6 milliard", "meldete … einen
               # Vertrag über", "agreed with CSOC to buy", "le marché, conclu il y a quatre ans", "besiegelt"
               r"décroch\w*\s+(?:un|le|une|la)\s+(?:\S+\s+){0,3}?(?:contrat|commande|marché)\b|"
               r"annonc\w*\s+(?:\w+\s+){0,2}?un\s+contrat\s+(?:de|d['’]|avec|pour)|"
               # ("meldete Saab einen Auftrag der französischen Beschaffungsbehörde DGA über zwei GlobalEye")
               r"meldete\w*\s+(?:[\w-]+\s+){0,4}?(?:einen|den)\s+(?:\w+)?(?:Vertrag|Auftrag)\s+(?:[\w-]+\s+){0,5}?über|"
               r"agreed\s+with\s+[^.;]{2,80}?\s+to\s+(?:buy|purchase|acquire|procure)\b|"
               r"(?:marché|contrat|accord)\s*,\s*conclu\b|besiegel\w*|"
               r"committed\s+(?:[£$€]|(?:GBP|USD|EUR|A\$|C\$)\s?)[\d.,]+\s*(?:bn|m|billion|million)?\s+to\b|"
               # "Ottawa committed $10.4 billion to buy up to 14 P-8A", "has formally committed to buying 20 F-35A"
               r"committed\s+(?:[$€£\w.,-]+\s+){0,4}?to\s+(?:buy|buying|purchas\w+|acquir\w+|procur\w+)|"
               r"agreed\s+(?:\w+\s+){1,3}to\s+(?:buy|purchase|acquire|procure)\b|"
               r"disclosed\s+(?:an?|the)\s+(?:[$€£\w.,-]+\s+){0,4}?order|"
               r"closed\s+(?:its|the|a)\s+(?:[\w-]+\s+){0,3}?(?:purchase|deal|contract|order)\b|"
               r"Kaufvertrag|geordert|orderte|verkauft(?!\s+werden)|verkaufte|vendue?s?\s+(?=(?:à|au|aux)\b)|(?:a|avait|ont|avaient) acquis|"
               r"(?:a|avait|ont|avaient)\s+(?:\w+\s+){0,2}conclu\s+(?:[\w-]+\s+){0,3}(?:le|un|les|des)\s+(?:contrat|accord)|"
               # "La Lituanie avait auparavant conclu, le 29 décembre 2022 à Paris, un accord portant sur 18 Caesar"
               r"(?:a|avait|ont|avaient)\s+(?:\w+\s+){0,2}conclu\s*,[^,.;]{3,60},\s*(?:le|un|les|des)\s+(?:contrat|accord)|"
               r"(?:contrat|accord)\s+(?:\w+\s+)?conclu\s+(?:en|le|avec|fin|début)\b|"
               # ("dass Vietnam im Juli mit Südkorea einen Regierungsvertrag über 20 Panzerhaubitzen K9 abgeschlossen hat")
               r"\w*[Vv]ertr(?:a|ä)g\w*\s+(?:(?!(?:nicht|noch|kein\w*)\s)[\w.,-]+\s+){0,6}?abgeschlossen|"
               # "Österreich hatte 2021 drei gebrauchte UH-60L … erworben", "erwarb"
               r"(?<!zu\s)(?<!\bzu)erworben(?!\s+(?:werden|worden|zu))|erwarben?\b|"
               # "hatte Warschau einen Leasingvertrag über Drohnen des Vorgängertyps MQ-9A Reaper geschlossen"
               r"(?:hatte|hat|haben|hatten)\s+(?:[\w.-]+\s+){0,3}?(?:einen|den)\s+\w*[Vv]ertrag\s+(?:[\w.,-]+\s+){0,10}?"
               r"geschlossen|schlossen\s+(?:\w+\s+){0,6}(?:Vertrag|Vertr\w+)\s+ab)\b"),
    ("approved", r"\b(?:"
                 # "The agency's release describes a possible sale of …", "the same batch of releases covered 331
                 # Javelin missiles": what a U.S. release announces is an approval
                 r"(?:(?:DSCA|agency|agency['’]s|Defense\s+Security\s+Cooperation\s+Agency|State\s+Department)\s+)"
                 r"(?:press\s+)?releases?\s+(?:also\s+)?(?:describes?|described|covers?|covered|lists?|listed|details?|"
                 r"detailed)\b|(?:batch|set|series|round)\s+of\s+(?:\w+\s+)?releases\s+(?:also\s+)?(?:covers?|covered|"
                 r"included|includes|listed)\b|"
                 # "Selon la DSCA, Abou Dhabi pourra acquérir 2 004 roquettes": what the U.S. agency lets the buyer buy
                 # "DSCA published a notice on the United Kingdom", "hat die DSCA eine Mitteilung zu Großbritannien
                 # veröffentlicht": what the U.S. agency publishes about a country is a sale it approved
                 r"(?:DSCA|Defense\s+Security\s+Cooperation\s+Agency)\)?\s+(?:\w+\s+){0,2}?(?:published|released|issued|"
                 r"posted|put\s+out|dropped)\s+(?:an?|its)\s+(?:(?:new|fresh|short|brief)\s+)?(?:notice|notification|release|"
                 r"announcement)\s+(?:on|about|concerning|regarding|for)\b|"
                 # "the Defense Security Cooperation Agency dropped a big United Kingdom case on Monday"
                 r"(?:DSCA|Defense\s+Security\s+Cooperation\s+Agency)\)?\s+(?:\w+\s+){0,2}?(?:published|released|issued|"
                 r"posted|put\s+out|dropped)\s+(?:an?|its)\s+(?:[\w$.,-]+\s+){0,4}?(?:case|package)\b|"
                 r"(?:DSCA|Defense\s+Security\s+Cooperation\s+Agency)\)?\s+(?:\w+\s+){0,2}?(?:eine|ihre|die)\s+(?:neue\s+)?"
                 r"(?:Mitteilung|Meldung|Notiz|Pressemitteilung)\s+(?:zu|über|für|zum|zur)\s+(?:[\w-]+\s+){1,4}?"
                 r"veröffentlicht\b|"
                 # "Im August 2015 gab die DSCA die Umrüstung von 50 … bekannt", "hatte die DSCA einen … britischen Fall
                 # veröffentlicht"
                 r"gab\s+(?:die\s+)?(?:US-(?:Behörde|Agentur)\s+)?(?:DSCA|Defense\s+Security\s+Cooperation\s+Agency)\b"
                 r"[^.;]{3,160}?\bbekannt\b|"
                 r"(?:DSCA|Defense\s+Security\s+Cooperation\s+Agency)\)?\s+(?:[\w-]+\s+){0,6}?(?:Fall|Verkauf|"
                 r"Rüstungsverkauf|Paket|Rüstungsgeschäft|(?:[\w-]+-)?Anfrage)\s+veröffentlicht\b|"
                 r"(?:DSCA|Defense\s+Security\s+Cooperation\s+Agency)\)?\s+(?:\w+\s+){0,2}?(?:a\s+)?(?:publié|diffusé)\s+"
                 r"(?:un|une|son)\s+(?:avis|communiqué|notification|annonce)\s+(?:sur|concernant|relatif\s+à|au\s+sujet\s+de)\b|"
                 r"(?:DSCA|Defense\s+Security\s+Cooperation\s+Agency|département\s+d['’]État|Département\s+d['’]État)\b"
                 r"[^.;]{0,80}?\bpourr(?:a|ont)\s+(?:ainsi\s+|donc\s+|désormais\s+)?(?:acquérir|acheter|se\s+procurer)\b|"
                 # "Taiwan darf 66 Kampfjets kaufen": the buyer is allowed to buy
                 r"(?-i:darf|dürfen)\s+(?:[\w.-]+\s+){1,12}?(?:kaufen|erwerben|beschaffen)\b|"
                 # "The State Department's decision was announced on Thursday": the seller's approval, no choice
                 r"(?:State\s+Department|Department\s+of\s+State|Washington)['’]s\s+decision\b|"
                 r"(?:autorisation|approbation)\s+(?:donnée|accordée)\s+(?:[\w-]+\s+){0,4}?par\s+le\s+"
                 r"(?:département\s+d['’]État|Congrès|gouvernement\s+américain)|approbation,?\s+(?:[\w-]+,?\s+){0,3}par\s+le\s+département\s+d['’]État|(?:the\s+)?(?:agency|DSCA|Defense\s+Security\s+Cooperation\s+Agency)\s+(?:also\s+)?announced(?=\s+(?:US)?\$)|signed\s+off\s+on|sign-off\s+(?:on|for)|(?:received|won|secured|got|obtained|gets|wins|receives)\s+(?:U\.S\.\s+|US\s+|American\s+)?(?:approval|clearance|the go-ahead|a nod)|approved|approves|approving|cleared(?!\s+(?:another|an?|the|its|one|their)\s+(?:[\w-]+\s+)?(?:hurdles?|obstacles?|milestones?))|clears|nod|feu vert|grünes Licht|green-?lit|greenlighted|authori[sz]ed|gave (?:the )?"
                 r"(?:go-ahead|green light)|made a determination approving|a approuvé|approuv[ée]e?s?|autoris[ée]e?s?|approuvai(?:t|ent)|autorisai(?:t|ent)|"
                 # "Les États-Unis ont donné jeudi leur accord de principe à une nouvelle commande néerlandaise"
                 r"(?:donné|donne|donnent|accordé)\s+(?:\w+\s+){0,2}(?:leur|son|sa)\s+(?:accord|aval)\b|"
                 # "Last Thursday Washington finally said yes"
                 r"(?<=Washington\s)(?:\w+\s+)?said\s+yes|(?:finally|formally)\s+said\s+yes|"
                 r"(?:a|avait|ont|avaient)\s+validé\s+(?:la|une|le|l['’])\s*(?:vente|remise|modernisation|cession)|"
                 # "Washington avait déjà validé 310,5 millions de dollars", "accepté de céder", "s'était vu accorder
                 # … le droit d'acheter", "hatte Washington … bewilligt", "zwei Freigaben für Doha"
                 r"Washington\s+(?:\w+\s+){0,3}validé|accepté\s+de\s+(?:céder|vendre)|vu\s+accorder\b|"
                 r"(?:Washington|US-Regierung|Außenministerium|USA)\b[^.;]{0,160}?\bbewilligt(?:e|en)?\b(?!\s+(?:werden|worden))|"
                 r"(?<!US-)Freigaben?\s+für\b|"
                 r"genehmig\w*|gebilligt|billigt|billigte|billigen|bewilligt\s+(?:bekommen|bekam|erhalten)|gutgehei(?:ss|ß)en|freigegeben|gab\s+(?:[\w.,/-]+\s+){0,16}?frei|zugestimmt|stimmte zu|"
                 r"okays|okayed|OKs|OK's|"
                 # "la DSCA notifie une vente possible" (told without Congress: the approval announced)
                 r"notifi(?:e|ait|aient|ent|a|é)\s+(?:au\s+Congrès\s+)?(?:la|une)\s+(?:\w+\s+)?vente|"
                 # "Washington a également notifié un lot de munitions" (told without Congress: the approval)
                 r"(?<!Congrès\s)notifi(?:e|ait|aient|ent|a|é)\s+(?:un|le)\s+(?:\w+\s+)?(?:lot|paquet|programme)\b"
                 r"(?![^.;]{0,80}\bCongrès)|"
                 r"publi(?:shed|é)\s+(?:an?\s+|l['’]autorisation\s+d['’]une\s+)(?:possible\s+|potentielle\s+)?"
                 r"(?:[$€£\w.,-]+\s+){0,3}?(?:sale|vente|case)|posted\s+an?\s+(?:[$\w.,-]+\s+){0,3}?case|"
                 r"notifying\s+an?\s+(?:[$\w.,-]+\s+){0,3}?(?:package|sale|case)|"
                 r"(?:US-|amerikanische\s+)?Zustimmung\s+(?:[\w.,-]+\s+){0,8}?erhalten|durchgewunken|"
                 r"(?:DSCA|Defense\s+Security\s+Cooperation\s+Agency|State\s+Department|Pentagon|Defense\s+Department)\s+"
                 r"(?:\w+\s+){0,2}announced\s+(?:an?|the)\s+(?:[$\w.,-]+\s+){0,3}(?:package|sale|case)|"
                 # "The sale, announced by the Pentagon on Monday, includes …"
                 r"(?:sale|package|case)s?,?\s+(?:(?:was|were|first)\s+)?announced\s+by\s+(?:the\s+)?(?:Pentagon|DSCA|"
                 r"Defense\s+Security\s+Cooperation\s+Agency|State\s+Department|Defense\s+Department)|"
                 r"stimmte\s+(?:[\w,-]+\s+){1,14}?zu|(?:machte|macht|hat|hatte|haben|hatten)\s+(?:\w+\s+){0,3}den\s+Weg\s+"
                 r"(?:[\w/-]+\s+){0,12}?frei(?:\s?gemacht)?|ouvr\w*\s+la\s+voie|"
                 r"(?:ist|war)\s+(?:[\w/-]+\s+){0,5}der\s+Weg\s+frei|"
                 r"(?:a|avait|ont|avaient)\s+(?:\w+\s+)?donné\s+(?:\w+\s+){0,2}(?:son|leur)\s+(?:accord|feu\s+vert|aval)|"
                 r"(?:erhielt|erhielten|erhalten|hatte|hatten|bekam|bekamen|bekommen)\s+(?:\w+\s+){0,5}(?:Zustimmung|Genehmigung|Freigabe|Zusage)|"
                 r"erteil\w*\s+(?:[\w-]+\s+){0,5}(?:Zustimmung|Genehmigung|Freigabe|Zusage)|"
                 r"(?:gave|granted|grants|gives)\s+(?:its|their|the)\s+(?:formal\s+)?approval|"
                 r"(?:a|avait|ont|avaient)\s+(?:\w+\s+){0,2}(?:obtenu|reçu)\s+(?:[\w']+\s+){0,6}?(?:le\s+feu\s+vert|l['’]accord|"
                 r"l['’]autorisation|le\s+aval|l['’]aval)|in\s+Aussicht\s+gestellt)\b"),
    ("notified", r"\b(?:notified (?:to\s+)?(?:the\s+)?(?:U\.S\.\s+|US\s+)?Congress|"
                 # "The Pentagon told Congress on Tuesday it plans to sell …", "has informed Congress of a possible sale"
                 r"(?<!not\s)(?:told|informed)\s+(?:the\s+)?(?:U\.S\.\s+|US\s+)?(?:Congress|lawmakers)\s+(?:\w+\s+){0,2}?(?:(?:of|about)\s+"
                 r"(?:an?|the|its)\s+(?:[\w$.,-]+\s+){0,3}?(?:sale|package|transfer)|(?:that\s+)?(?:it|the\s+\w+|Washington)\s+"
                 r"(?:plans|planned|intends|intended|wants|wanted)\s+to\s+sell)\b|sent\s+(?:the\s+)?(?:U\.S\.\s+|US\s+)?(?:Congress|lawmakers)\s+(?:a\s+)?"
                 r"(?:formal\s+)?(?:notice|notification)|(?:notice|notification)\s+(?:was\s+)?(?:sent|submitted|transmitted|delivered)\s+to\s+(?:the\s+)?(?:U\.S\.\s+|US\s+)?Congress|notified lawmakers|informed\s+(?:lawmakers|legislators|Congress)\b|(?:a|avait)\s+informé\s+le\s+Congrès|unterrichtete\s+den\s+(?:US-)?Kongress|notification to Congress|"
                 r"(?<=DSCA\s)notified|(?<=Agency\s)notified|(?<=Department\s)notified|(?<=Pentagon\s)notified|(?<=administration\s)notified(?!\s+(?:him|her|them|us|me)\b)|"
                 r"formally notified|congressional notification|delivered the required certification|"
                 r"Congress\s+(?:was|had\s+been|has\s+been)\s+(?:formally\s+)?notified|"
                 # "Libya's request for two C-130J-30s, put at $588m, was notified in June 2013"
                 r"(?<=\s)(?:was|were|had\s+been|has\s+been)\s+notified(?=\s+(?:in|on|last|to)\b)|"
                 r"notifi(?:[ée]e?s?|ait|aient|a|ent)\s+(?:\w+\s+){0,2}(?:au|le)\s+Congrès|"
                 r"Congrès\s+(?:américain\s+|des\s+États-Unis\s+)?(?:a|avait)\s+été\s+(?:\w+\s+)?notifié|informiert\w*\s+(?:(?:die|das|der)\s+[\w-]+\s+)?den\s+(?:US-)?Kongress|"
                 r"den\s+(?:US-)?Kongress\s+(?:[\w.,/()-]+\s+){0,16}?(?:informiert|unterrichtet|benachrichtigt|notifiziert)|"
                 r"(?:Mitteilung|Notifizierung|Benachrichtigung)\s+an\s+den\s+(?:US-)?Kongress|"
                 # "Im September 2009 unterrichtete die US-Behörde DSCA den Kongress über einen möglichen Verkauf"
                 r"(?:unterrichtete|informierte|benachrichtigte)n?\s+(?:[\w.-]+\s+){0,6}?den\s+(?:US-)?Kongress\b|"
                 r"(?:a|avait|ont|avaient)\s+avisé\s+(?:le|au)\s+Congrès|"
                 # "Ende September 2014 folgte die Notifizierung von neun UH-72A Lakota"
                 r"(?:folgte|erfolgte|kam)\s+(?:[\w.,–-]+\s+){0,6}?die\s+Notifizierung\s+(?:von|über|für)\b|"
                 # "die Notifizierung, die die US-Behörde DSCA am Dienstag an den Kongress geschickt hat", "notifizierte
                 # die DSCA den Verkauf von 88 Raketenbehältern", "the notification the agency sent to Congress"
                 r"(?:Mitteilung|Notifizierung|Benachrichtigung),?\s+(?:die|welche)\s+(?:[\w.,/()-]+\s+){0,12}?an\s+den\s+"
                 r"(?:US-)?Kongress\s+(?:geschickt|gesandt|übermittelt|weitergeleitet)|"
                 r"notifiziert(?:e|en)?\s+(?:[\w.-]+\s+){0,3}?(?:den|einen)\s+(?:\w+\s+)?(?:Verkauf|Rüstungsverkauf|Export)|"
                 r"notifications?\s+(?:that\s+|which\s+)?(?:[\w.,()-]+\s+){1,8}?(?:sent|submitted|transmitted)\s+to\s+"
                 r"(?:the\s+)?(?:U\.S\.\s+|US\s+)?Congress|"
                 r"(?:war|wurde|wurden)\s+(?:\w+\s+){0,2}der\s+(?:US-)?Kongress\s+über\s+(?:[\w.,/()-]+\s+){1,16}?"
                 r"(?:informiert|unterrichtet|benachrichtigt)|"
                 r"dem\s+(?:US-)?Kongress\s+(?:[\w.,/()-]+\s+){0,16}?(?:gemeldet|gemeldete|notifiziert|mitgeteilt|angezeigt))\b"),
    ("requested", r"\b(?:has requested|had requested|requested|letters? of request|asked to buy|sought to buy|"
                  # "Israel has formally asked Washington to sell it 25 additional F-35"
                  r"asked\s+(?:Washington|the\s+(?:United\s+States|U\.S\.|US|Pentagon|State\s+Department)"
                  r"(?:\s+government)?|(?-i:[A-Z])[\w-]+)\s+to\s+"
                  r"(?:sell|supply|provide)\b|"
                  r"asked (?:\w+\s+){0,2}for(?!\s+(?:information|info|details|comment)\b)|asking (?:\w+\s+){0,2}for(?!\s+(?:information|info|details|comment)\b)|submitted (?:a|an|its)\s+(?:\w+\s+){0,2}"
                  r"(?:letter|request)|"
                  r"a demandé|(?<![Ll]a\s)(?<![Uu]ne\s)(?<![Ss]a\s)(?<!leur\s)(?<!cette\s)(?<!la\s)"
                  r"demande(?:nt|rait)?(?!\s+(?:de|d['’]|du|des|officielle|formelle)\b)|(?:a|avait|ont|avaient)\s+sollicité|beantragt|angefragt|ersucht|bat\s+um|baten\s+um|"
                  r"um\s+(?:[^\s.;]+\s+){1,10}?gebeten)\b"),
    ("other", r"\b(?:selected|selects|chose|chosen|chooses|picked|picks|opted for|opts for|voted to|"
              # "voted on Thursday to approve the investment project", "backed the purchase of 36 PULS", "committed to
              # buying 27", "authorised spending of up to €7.07m … on"
              r"voted\s+(?:[\w-]+\s+){1,3}?(?:to\s+(?:approve|buy|acquire|purchase|fund)|in\s+favou?r\s+of)|"
              r"(?:backed|endorsed|rubber-stamped|green-lit\s+funding\s+for)\s+(?:the\s+|a\s+)?(?:[\w€$.,-]+\s+){0,2}?"
              r"(?:purchase|acquisition|procurement|buy)\b|"
              r"committed\s+(?:itself\s+)?to\s+(?:buying|buy|acquiring|acquire|purchasing|purchase)\b|"
              r"authori[sz]ed\s+(?:the\s+)?spending\s+of\b|"
              # "La DAPA a annoncé mardi le choix de l'Airbus A330 MRTT": the choice announced is the selection
              r"(?:annoncé|officialisé|confirmé|annonce|officialise|confirme)\s+(?:\w+\s+){0,2}?le\s+choix\s+(?:de|du|des|d['’])|"
              # "is cancelling the purchase of 168 Spike LR2", "scraps €285m Spike deal": a deal told, then undone
              r"(?:cancel+(?:ed|ing|s)|scrap(?:ped|s|ping)|annul(?:é|ée|e|ait)|storniert|stornierte)\s+"
              r"(?:[\w€$£.,'’-]+\s+){0,4}?(?:purchase|deal|contract|order|acquisition|achat|contrat|commande|"
              r"Kauf|Vertrag|Auftrag|Bestellung)\b(?![^.;]{0,40}?\b(?:not|no|pas|kein\w*|nicht|option)\b)|"
              r"parliament approved the purchase|preferred|settled on|"
              # "announced that the Boxer had won", "won the LAND 400 competition": a selection, not a contract
              # "la DAPA a désigné le C-390 Millennium d'Embraer vainqueur de son programme", "named … the winner"
              r"désigné\w*\s+(?:[\w'’-]+\s+){1,8}?vainqueu?r|named\s+(?:[\w'’-]+\s+){1,8}?(?:the\s+)?(?:winner|preferred\s+"
              r"(?:bidder|supplier|candidate|option))|(?:as|to\s+be)\s+(?:the\s+|its\s+)?preferred\s+(?:bidder|supplier)|"
              # "Croatia's prime minister announced the purchase of 12 used Rafale": the buyer's decision made public
              r"announced\s+(?:the\s+|a\s+)?(?:planned\s+)?(?:purchase|acquisition)\s+of|"
              r"zum\s+Sieger\s+(?:erklärt|gekürt|bestimmt)|"
              r"(?:had|has|have)\s+won(?=\s*[,.;]|\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:competition|contest|tender|"
              r"evaluation|race|bid)\b)|(?:was|were)\s+declared\s+(?:the\s+)?winners?|"
              r"remport\w*\s+(?:la|le|l['’])\s*(?:compétition|appel\s+d['’]offres|concours)|"
              r"gewann\s+(?:den|die|das)\s+(?:Wettbewerb|Ausschreibung|Vergleich)|"
              r"a choisi|retenu|entschieden|ausgewählt|decision\s+to\s+(?:replace|buy|acquire|purchase|procure)|"
              r"décision\s+(?:de\s+(?:remplacer|acheter|commander|retenir)|d['’](?:acheter|acquérir))|"
              r"Entscheidung\s+(?:\w+\s+){0,4}(?:zu\s+)?(?:ersetzen|kaufen|beschaffen)|"
              # "Die Entscheidung wurde am Donnerstag … verkündet: Tschechien will … kaufen"
              r"Entscheidung\s+(?:wurde|ist)\s+(?:[\w.-]+\s+){0,8}?(?:verkündet|bekanntgegeben|bekannt\s+gegeben)|"
              r"decision\s+(?:was|has\s+been)\s+(?:\w+\s+){0,6}?announced|"
              r"décision\s+a\s+été\s+(?:\w+\s+){0,6}?(?:annoncée|rendue\s+publique)|"
              # "hatte das Kabinett beschlossen, vier … zu beschaffen", "decided to buy", "a décidé d'acquérir"
              r"beschlossen,?\s+(?:[\w-]+\s+){1,14}?zu\s+(?:beschaffen|kaufen|erwerben|bestellen|leasen)|"
              r"decided\s+to\s+(?:buy|acquire|purchase|procure|order|lease)|"
              # "Defence Minister Ng Eng Hen told Parliament that Singapore would buy eight F-35A": a decision announced
              r"told\s+(?:Parliament|lawmakers|legislators|the\s+(?:House|Knesset|Bundestag|Diet|Senate|Sejm))\s+"
              r"(?:[\w-]+\s+){0,3}?that\s+(?:[\w-]+\s+){1,3}would\s+(?:buy|acquire|add|order|purchase|procure)|"
              r"décidé\s+d['’](?:acheter|acquérir|commander)|"
              # "entschied sich für den SAMP/T NG", "Le Danemark choisit le SAMP/T NG", "Copenhague a tranché … en faveur
              # du SAMP/T NG", "die Wahl des Leonardo AW169M verkündet", "gab … den Kauf von 96 … bekannt",
              # "verkündete … eine politische Einigung über den Kauf", "announced that it would order 54 Leopard 2A7"
              r"entschied(?:en)?\s+sich\s+(?:\w+\s+){0,3}?für|choisit|choisissent|"
              r"tranché\s+(?:\w+\s+){0,3}?en\s+faveur\s+d(?:u|e|es)|(?:a|ont|avait|avaient)\s+tranché\b|"
              # "a sélectionné la frégate", "a été choisie par Canberra", "désigné … comme plateforme retenue", "Die Wahl
              # fiel auf das A26", "named Saab's A26 its preferred submarine"
              r"(?:a|ont|avait|avaient)\s+(?:\w+\s+)?sélectionné|(?:a|ont|avait|avaient)\s+été\s+(?:\w+\s+)?"
              r"(?:choisie?s?|sélectionnée?s?|retenue?s?)\b|désigné\w*\s+[^.;:]{1,160}?\scomme\s+(?:[\w'’-]+\s+){0,2}?"
              r"(?:retenue?|choix|vainqueu?r|préférée?|privilégiée?)|(?:Wahl\s+fiel|fiel\s+die\s+Wahl)\s+(?:\w+\s+){0,3}?auf|"
              r"named\s+(?:[\w'’-]+\s+){1,8}?(?:as\s+)?(?:its|their|the)\s+preferred\b|"
              r"(?:die|seine|ihre)\s+Wahl\s+(?:des|der)\s+[^.;]{1,60}?\s(?:verkündet|bekanntgegeben|bekannt\s+gegeben)|"
              r"(?:gab|gaben)\s+(?:[\w.-]+\s+){0,6}?den\s+Kauf\s+[^.;]{1,120}?\sbekannt|"
              r"(?:Einigung|Beschluss)\s+über\s+den\s+(?:Kauf|Erwerb|Beschaffung)|"
              r"announced\s+(?:on\s+\w+\s+)?that\s+(?:it|they|the\s+country|[A-Z]\w+)\s+would\s+(?:order|buy|purchase|acquire)\b)\b"),
]
CUE_RES = [(stage, gated(re.compile(rx, re.I))) for stage, rx in CUES]
MODAL_RE = re.compile(r"\b(?:(?:is|are|were|was)\s+(?:usually|typically|normally|generally|often)|could|would|might|(?-i:may)(?!\s+\d)|is expected to|are expected to|expects? to|plans? to|"
                      r"is set to|if approved|if the sale|pending|hopes? to|intends? to|considering|considers|is\s+weighing|envisage\w*|"
                      r"is likely to|reportedly (?:plans|wants)|must|muss|müssen|doit|doivent|has\s+(?:yet\s+)?to|have\s+(?:yet\s+)?to|pourrai\w*|devrai\w*|doi\w+ être|könnte\w*|sollt?e?n?|"
                      r"reports?\s+(?:\w+\s+){0,3}that|(?:news\s+\w+|media|outlets?|sites?|papers?|newspapers?)\s+(?:\w+\s+){0,2}reported\s+(?:\w+\s+){0,3}that|rumou?rs?\s+(?:\w+\s+){0,2}that|(?:asserted|claimed|alleged|"
                      r"speculated|suggested|denied)\s+(?:\w+\s+){0,3}that|sera|seront|serait|seraient|claims?\s+that|would\s+be\s+willing|before|until|unless|"
                      r"Bericht\w*\s+(?:[\w-]+\s+){0,4}(?:wonach|dass)|wonach|selon\s+lesquel\w*|"
                      r"wolle|wollen|wollte|wollten|will|möchte\w*|Gerüchte?\w*,?|"
                      r"once|avant\s+que|avant\s+d['’]|bevor|sobald|if|whether|falls|ob)\s+(?:[\w’'-]+\s+){0,6}$",
                      re.I)
# "die Bundeswehr wolle 15 weitere Maschinen für rund 2,5 Milliarden Euro bestellen": a German modal far before the
# infinitive it governs
DE_MODAL_RE = re.compile(r"\b(?:wolle|wollen|wollte|wollten|will|möchte\w*|muss|müssen|soll|sollen|sollte\w*|plant|planen|könnte\w*|"
                         r"erwägt|erwägen|überlegt|überlegen|beabsichtigt|beabsichtigen)"
                         r",?\s+[^.;:!?]{0,100}$")
# "... zwölf weitere Maschinen bestellen könnte": a German modal after the verb
MODAL_AFTER_RE = re.compile(r"\w*\s+(?:zu\s+)?(?:könnte\w*|sollte\w*|würde\w*|wolle\w*|will|möchte\w*|dürfte\w*|"
                            r"müsste\w*|kann|können|soll|sollen|muss|müssen)\b")
NEG_RE = re.compile(r"\b(?:not|never|no|nothing|denied|denies|deny|rejected|refused|dismissed reports?|"
                    r"has yet to|have yet to|without|denies|dément|dementi|bestreitet|dementiert)\b[^.:;]{0,70}$|"
                    # "Riyad n'a encore signé aucune lettre", "hat noch keinen Vertrag unterschrieben" (not a restriction:
                    # "ne remonte qu'au contrat … conclu en août 2020", "n'a signé que deux contrats")
                    r"(?:\bn['’](?:a|ont|avait|avaient|aurait|auraient|est|sont)(?![^.,;]{0,30}?\bqu(?:e\b|['’]))|"
                    r"\bne(?![^.,;]{0,30}?\bqu(?:e\b|['’]))|\bjamais|\bnicht|\bnie|\bkein\w*|\baucune?)"
                    r"\b(?!\s+nur\b)[^.,;]{0,40}$|"
                    # "il s'agit d'un effectif de flotte, pas d'une nouvelle commande"
                    r"\bpas\s+(?:d['’]une?|de|d['’]|un|une)\s*[^.,;]{0,25}$|"
                    # "0 - signed BrahMos contracts with Jakarta": a count of none
                    r"^\W{0,3}(?:0|zero|null)\s*[-–—:]\s*$", re.I)
FUTURE_DELIVERY_RE = re.compile(r"(?i)(?:\b(?:will|shall|would|to)\s+be|\bare\s+(?:to\s+be|due\s+to\s+be)|"
                                r"\b(?:as|once|when|until|before|after)\b[^.,;]{0,50}\b(?:are|is|were|get)|"
                                r"\bsollen|\bwerden|\bsera(?:it|ient|ont)?)\s+$")


@dataclass(frozen=True)
class StageCue:
    stage: str
    start: int
    end: int


def any_cue(sentence: str) -> bool:
    """Does any stage cue occur in the sentence?  (The cue patterns one by one, each behind its own literal gate:
    most sentences open none, and those that do open one or two, not the whole 15 KB alternation.)"""
    return any(rx.search(sentence) for _, rx in CUE_RES)


@functools.lru_cache(maxsize=4096)
def read_stage(sentence: str) -> tuple[StageCue | None, bool]:
    """:func:`stage_of` and :func:`hedged` of one sentence, with one scan for cues (the common case: none).

    The readers ask again for the same clauses (parties, roles, fields): the answer, immutable, is kept."""
    if not any_cue(sentence):
        return None, REJECT_RE.search(sentence) is not None or UNCONFIRMED_RE.search(sentence) is not None \
            or MODAL_PURCHASE_RE.search(sentence) is not None
    if UNCONFIRMED_RE.search(sentence):
        return None, True  # "reports that Zagreb wants ATACMS were not confirmed": no event
    if TYPE_HISTORY_RE.search(sentence):
        return None, False  # "l'AH-1W a effectué son premier vol … et a été livré aux Marines": the type's history
    if HISTORY_ONLY_RE.search(sentence):
        return None, True  # "Singapore has bought AMRAAMs before.": a customer's history, no purchase of its own
    cue, blocked = _scan(sentence)
    if cue is not None and cue.stage == "delivered" and PRODUCTION_TOTAL_RE.search(sentence):
        return None, True  # "seit 1984 wurden mehr als 2.600 Apaches ausgeliefert": a maker's total, no transfer
    return cue, blocked or REJECT_RE.search(sentence) is not None or INTENT_ONLY_RE.search(sentence) is not None


# a maker's running total: "since 1984 more than 2,600 Apaches have been delivered", "seit 1984 wurden mehr als 2.600
# Apaches ausgeliefert", "depuis 1984, plus de 2 600 Apache ont été livrés"
PRODUCTION_TOTAL_RE = re.compile(r"(?i)\b(?:since|seit|depuis)\s+(?:19|20)\d\d\b[^.;]{0,40}?\b(?:more\s+than|over|mehr\s+als|"
                                 r"über|plus\s+de)\s+\d[\d.,\u00a0 ]*\d[^.;]{0,60}?\b(?:have\s+been|were|wurden|ont\s+été)\s+"
                                 r"(?:\w+\s+){0,3}?(?:delivered|built|produced|ausgeliefert|geliefert|gebaut|livrée?s|produite?s)\b|"
                                 r"\b(?:wurden|have\s+been|ont\s+été)\s+(?:seit|since|depuis)\s+(?:19|20)\d\d\s+(?:mehr\s+als|more\s+than|"
                                 r"plus\s+de|über)\s+\d[\d.,\u00a0 ]*\d\b")


# "… for months before the administration formally notified lawmakers in January": a past event after "before"
TEMPORAL_PAST_RE = re.compile(r"(?i)\b(?:before|until)\s+(?!(?:[\w’'-]+\s+){0,6}?(?:can|could|will|would|is|are|be|"
                              r"must|may|should|gets?|has\s+to|have\s+to)\b)(?:[\w’'-]+\s+){0,6}$")


# "That may be why …", "which could explain why …": the modal weighs a reason, the event told after it happened
REASON_MODAL_RE = re.compile(r"(?i)(?:may|might|could|would)\s+(?:well\s+|also\s+|partly\s+)?(?:be|explain)\s+"
                             r"(?:why|because|the\s+reason|one\s+reason)\b")


def _modal(before: str, cue: str) -> bool:
    """Is the cue said under a modal or a condition? (Not a past tense after "before"/"until": that happened.)"""
    m = MODAL_RE.search(before)
    if m is None or REASON_MODAL_RE.match(before, m.start()):
        return False  # (no modal, or one that hedges an explanation: "That may be why the decision to approve …")
    if not re.search(r"(?i)\w(?:ed|ent|ought)\b", cue):
        return True  # ("before it is signed", "until they are delivered": still to come)
    past = TEMPORAL_PAST_RE.match(before, m.start())
    return past is None


def hedged(sentence: str, *, checked: bool = False) -> bool:
    """Does the sentence carry a stage cue that is denied, conditional or only reported ("denied reports
    that Canada had signed", "could be signed"), or tell of a purchase refused or cancelled?"""
    if REJECT_RE.search(sentence) or UNCONFIRMED_RE.search(sentence) or INTENT_ONLY_RE.search(sentence):
        return True  # refused, cancelled, a report nobody confirmed, or a memorandum of intent
    if HISTORY_ONLY_RE.search(sentence):
        return True  # a customer's history: no event
    if not checked and not any_cue(sentence):
        return False
    return _scan(sentence)[1]


def stage_of(sentence: str, *, checked: bool = False) -> StageCue | None:
    """The stage a sentence asserts (offsets relative to the sentence), or None."""
    if not checked and not any_cue(sentence):
        return None
    return _scan(sentence)[0]


_RANK = {s: i for i, (s, _) in enumerate(CUES)}


def _scan(sentence: str) -> tuple[StageCue | None, bool]:
    """One pass over the cues of a sentence: the stage it asserts (the first cue of each stage that is an event, the
    strongest stage winning) and whether any cue is denied or conditional."""
    best: StageCue | None = None
    approval: StageCue | None = None
    blocked = False
    for stage, rx in CUE_RES:
        found = False
        for m in rx.finditer(sentence):
            before = sentence[max(0, m.start() - 60):m.start()]
            if _modal(before, m.group(0)) or NEG_RE.search(before) or MODAL_AFTER_RE.match(sentence, m.end()) \
                    or (m.group(0).endswith("en") and m.group(0).islower()
                        and DE_MODAL_RE.search(sentence, max(0, m.start() - 110), m.start())):
                blocked = True
                continue
            if found:
                continue  # (only the denied or conditional cues still count, for the hedge)
            cue = _event_cue(stage, m, sentence, before)
            if cue is None:
                continue
            if best is None or _RANK[cue.stage] < _RANK[best.stage]:
                best = cue
            if cue.stage == "approved" and approval is None:
                approval = cue
            found = True
    if best is not None and approval is not None and best.stage == "signed" and approval.start > best.start \
            and BARE_PURCHASE_RE.fullmatch(sentence[best.start:best.end]) \
            and DATED_OR_PRICED_RE.match(sentence, approval.end):
        # "Poland has also bought 250 Abrams tanks, a purchase the State Department approved in February 2022 at up
        # to $6 billion": the event the sentence dates and prices is the approval
        return approval, blocked
    if best is not None and approval is not None and best.stage == "signed" and approval.start < best.start \
            and BARE_PURCHASE_RE.fullmatch(sentence[best.start:best.end]) \
            and RELATIVE_SUBJECT_RE.search(sentence, 0, best.start):
        # "Qatar won clearance for … four spare F117-PW-100 engines for the same fleet, which Doha bought directly from
        # the manufacturer": the purchase told in a relative clause is the fleet's, the event the approval
        return approval, blocked
    if best is not None and approval is not None and best.stage == "signed" and approval.start < best.start \
            and APPOSED_ORDER_RE.search(sentence[max(0, best.start - 30):best.end]) is not None:
        # "ont obtenu … un feu vert pour jusqu'à 452 missiles PAC-3 MSE, une commande estimée à 2,728 milliards": the
        # order set in apposition names what was approved
        return approval, blocked
    return best, blocked


# an order noun set in apposition after a comma ("…, une commande estimée à", "…, an order worth")
APPOSED_ORDER_RE = re.compile(r"(?i),\s+(?:une|un|an?|eine[n]?)\s+(?:\w+\s+)?(?:commande|order|contrat|contract|"
                              r"Auftrag|Bestellung)\Z")


RELATIVE_SUBJECT_RE = re.compile(r"(?:,\s+|\b)(?:which|that)\s+(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*))?\s+(?:had\s+|has\s+)?$")



BARE_PURCHASE_RE = re.compile(r"(?i)bought|purchased|acquired|(?:a|avait|ont|avaient)\s+(?:déjà\s+)?acheté|gekauft|kaufte")
DATED_OR_PRICED_RE = re.compile(r"(?i)\s+(?:(?:it\s+)?(?:in|on|im|en|am|le)\s+(?:\w+\s+)?(?:19|20)\d\d|"
                                r"(?:in|im|en)\s+(?:January|February|March|April|May|June|July|August|September|"
                                r"October|November|December)|at\s+(?:an\s+estimated\s+|up\s+to\s+|about\s+)?(?:US)?\$)")


def _event_cue(stage: str, m: re.Match[str], sentence: str, before: str) -> StageCue | None:
    """The event a cue that is neither denied nor conditional tells, or None when it tells none."""
    if stage == "delivered" and re.match(r"\s+(?:werden|wird|sollen|soll|seront|sera)\b", sentence[m.end():]):
        return None  # "Geliefert werden sollen ...": what is to be delivered
    if stage == "delivered" and FUTURE_DELIVERY_RE.search(before):
        return None  # "as the helicopters are delivered", "will be delivered": not yet an event
    if stage == "signed" and re.search(r"(?i)\b(?:to|will|shall|would)\s+be\s+$", before):
        return None  # "cleared for 4,000 Hellfire missiles, to be bought in increments": what is to be bought
    if stage == "delivered" and m.group(0).lower() in ("delivered", "supplied") \
            and re.match(r"\s+(?:under|by|since|from|to|through|via)\b", sentence[m.end():]) \
            and not re.search(r"(?i)\b(?:was|were|been|being|is|are|has|have|had|be|it|they|he|she|we)\s+$",
                              before):
        return None  # "four E-737s delivered under the Peace Eye programme", "vehicles supplied from U.S. surplus stocks"
    if stage == "delivered" and re.match(r"(?i)\s+(?:in|en|im)\s+(?:\w+\s+)?(?:containers?|conteneurs?|canisters?|"
                                         r"Containern?|Behältern?|kits?|pièces\s+détachées)\b", sentence[m.end():]):
        return None  # "36 missiles GEM-T livrés en conteneurs": how an item comes, not a delivery
    if re.search(r"(?i)\b(?:the|an|its|their)\s+$", before) and " " not in m.group(0).strip() and \
            m.group(0).lower().endswith(("ed", "é", "ée", "t")):  # (not "the contract was signed")
        return None  # "the signed contract", "the approved package": an adjective, not an event
    if stage == "approved" and re.match(r"\s+(?:das|der|die)\s+(?:Gremium|Ausschuss|Haushaltsausschuss|"
                                        r"Verteidigungsausschuss|Parlament|Bundestag|Kabinett|Bundesregierung)\b",
                                        sentence[m.end():]):
        return StageCue("other", m.start(), m.end())  # "billigte das Gremium eine Vorlage": the buyer's step
    if stage == "approved" and re.search(
            r"(?i)\b(?:parliament|parliament's \w+ committee|lawmakers|legislators|Bundestag|"
            r"Haushaltsausschuss(?:\s+des\s+Bundestag(?:e?s)?)?|Gremium|Verteidigungsausschuss|"
            r"budget committee|defen[cs]e committee|Sejm|Knesset|Storting|Riksdag|National Assembly|"
            r"parlement|Parlament|Nationalrat|Ständerat|cabinet|Cabinet|Council\s+of\s+Ministers|"
            r"[Cc]onseil\s+des\s+[Mm]inistres(?:\s+\w+)?|Ministerrat|Kabinett|Bundesregierung|"
            r"(?:Thai|Spanish|Polish|Czech|Swiss|Dutch|Belgian|Danish|Norwegian|Swedish|Finnish|Indian|"
            r"Indonesian|Philippine|Greek|Romanian|Bulgarian|Croatian|Slovak|Brazilian|Hungarian|Estonian|Latvian|"
            r"Lithuanian|Portuguese|Australian|Japanese|Moroccan|Slovenian)\s+government|"
            r"gouvernement\s+(?:espagnol|thaïlandais|polonais|tchèque|suisse|belge|grec|roumain|indien|slovaque|"
            r"hongrois|finlandais|estonien|letton|lituanien|bulgare|croate|slovène|portugais|norvégien|suédois|"
            r"danois|néerlandais|australien|japonais|sud-coréen|philippin|indonésien|brésilien|marocain)|"
            r"(?:spanische|polnische|tschechische|thailändische|griechische|rumänische|slowakische|ungarische|"
            r"finnische|estnische|lettische|litauische|bulgarische|kroatische|norwegische|schwedische|dänische|"
            r"niederländische|australische|japanische|brasilianische)\s+Regierung|"
            # any other buyer's government by its adjective ("Die neuseeländische Regierung hat am Freitag
            # grünes Licht … gegeben"), not the seller's
            r"(?!(?:American|amerikanische|américain)\b)(?-i:[A-Z][a-z]+(?:an|ese|ish|ian|ean|ic|ch))\s+government|"
            r"gouvernement\s+(?!américain)[a-zé]+(?:ais|ois|ien|éen|ain|ique|ien|e)\b|"
            r"(?!amerikanische)[a-zäöü]+(?:ische|ländische)\s+Regierung|Regierung\s+in\s+(?-i:[A-Z])\w+)"
            r"(?:,?\s+(?:réuni|meeting|réunie)\s+\w+,?)?\s+(?:\w+\s+){0,3}$", before):
        return StageCue("other", m.start(), m.end())  # a legislature's vote is the buyer's own step
    if ((stage == "approved" and (body := OWN_BODY_RE.search(sentence, max(0, m.start() - 120), m.start()))
         and not ADDRESSED_RE.search(sentence, max(0, body.start() - 12), body.start()))
            # "the defence build-up programme approved by the cabinet last Friday", "gebilligt vom Parlament"
            or (stage == "approved" and OWN_BODY_AFTER_RE.match(sentence, m.end()))
            or (stage == "requested" and PARLIAMENT_ASKED_RE.search(sentence[m.start():m.end() + 40]))) \
            and not SELLER_GOVERNMENT_RE.search(sentence):
        # "Der Nationalrat hat am Donnerstag dem Kauf von 36 F-35A zugestimmt", "Le Conseil national a approuvé jeudi
        # l'achat", "Der Bundesrat beantragt dem Parlament einen Verpflichtungskredit": the buyer's own step
        return StageCue("other", m.start(), m.end())
    if stage == "approved" and (own := re.match(r"(?i)\s+(?P<for>(?:for|für|pour)\s+)?(?:the\s+|l['’]|le\s+|den\s+|"
                                                r"die\s+)?(?:purchase|achat|acquisition|Kauf|Erwerb|Beschaffung)\b",
                                                sentence[m.end():])) is not None \
            and not (own.group("for") and re.search(r"(?i)\b(?:obten\w*|re[çc]u\w*|receiv\w*|got|gets|won|"
                                                    r"secur\w*|erhalt\w*|erhielt|bekomm\w*|bekam)\s+"
                                                    r"(?:\w+\s+){0,5}", before[-60:] + m.group(0))) \
            and not re.search(r"(?i)State\s+Department|Washington|DSCA|Pentagon|\bU\.?S\.?\b|\bUS-|américain|"
                              r"Département\s+d['’]État|Außenministerium", sentence):
        return StageCue("other", m.start(), m.end())  # "Slovakia approved the purchase of ...": its own step
    # "Congress approved the sale" misnames who approved (a claim the checker flags), but the event told
    # is the approval of the sale: the stage stays "approved"
    return StageCue(stage, m.start(), m.end())
