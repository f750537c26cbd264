"""The word patterns of the attribute claims: engines, years (first flight, service entry), speed,
guidance, mobility, torpedo class, speed class, propulsion, take-off and arms, in English, French and German."""
from __future__ import annotations

import re

from armstrack.regex_gate import gated

# -- engines ---------------------------------------------------------------------------------
_ENGINE_COUNT = {"single": 1, "one": 1, "mono": 1, "ein": 1, "twin": 2, "two": 2, "dual": 2, "double": 2,
                 "bi": 2, "zwei": 2, "three": 3, "tri": 3, "drei": 3, "four": 4, "quad": 4, "quadri": 4, "vier": 4, "einer": 1, "pair of": 2,
                 "deux": 2, "trois": 3, "quatre": 4}
ENGINES_RE = gated(re.compile(
    r"(?i)\b(?:(?P<n>single|one|twin|two|dual|double|three|four)-engined?|(?P<n2>single|twin)\s+engined?(?=\s+[a-z])"
    r"|(?P<n3>twin)-?jet|(?:has|have|had|with|hangs|mounts|(?:powered|lifted|driven|propelled)\s+by|"
    # "each aircraft flies on a pair of Rolls-Royce AE-2100D3 turboprops"
    r"(?:flies|fly|runs|run)\s+on)\s+(?:a\s+(?=pair\s+of))?"
    r"(?P<n4>one|two|three|four|pair\s+of)\s+"
    # "two Honeywell", "four Pratt & Whitney", "three General Electric T700"
    r"(?:(?-i:[A-Z][\w.-]*)(?:\s+&\s+(?-i:[A-Z])\w*)?\s+){0,3}"
    r"(?:(?:turboprop|turbofan|turboshaft|jet|piston)\s+)?(?:engines|turboprops|turbofans|turboshafts))\b"
    r"(?![\s-](?:fail|out|loss|flame|shut))"
    # "powered by a single IHI-built F100 engine"
    r"|\b(?:powered|propelled|driven)\s+by\s+an?\s+(?P<n5>single)\s+(?:(?-i:[A-Z][\w.-]*)\s+){0,3}"
    r"(?:(?:turbofan|turbojet|jet)\s+)?(?:engine|turbofan|turbojet|turboshaft|turboprop)\b"
    r"(?![\s-](?:fail|out|loss|flame|shut))"
    r"|\b(?P<fr>mono|bi|tri|quadri)[\s-]?(?:moteur|réacteur|reacteur|turbopropulseur)s?\b"
    r"|\b(?P<de>ein|zwei|drei|vier)(?:strahlig|motorig|triebwerkig)\w*"
    # "Jeder Apache wird von zwei T700-Turbinen angetrieben"
    r"|\bvon\s+(?P<de2>einer|zwei|drei|vier)\s+(?:[\w.]+-)?(?:Wellen|Strahl|Turbowellen)?(?:turbinen?|triebwerken?)\s+"
    r"angetrieben"
    # "Ses quatre moteurs Rolls-Royce AE 1107C", "its three engines", "propulsé par deux turbines", "seine zwei Triebwerke"
    r"|\b(?:its|ses|seine|(?:aircraft|helicopter|jet|plane|type)['’]s|(?:propulsée?s?|équipée?s?|motorisée?s?)\s+(?:par|de))\s+(?P<poss>two|three|four|deux|trois|"
    r"quatre|zwei|drei|vier)\s+(?:(?-i:[A-Z][\w.-]*)\s+){0,3}(?:engines|moteurs|réacteurs|turbines|turbomoteurs|"
    r"turboréacteurs|Triebwerke)\b(?:\s+(?:de\s+|vom\s+Typ\s+)?(?-i:[A-Z][\w-]*(?:\.[\w-]+)*(?:\s+\d[\w-]*)?)){0,3}"))

_ENGINE_KINDS = {"turbofan": "turbofan", "turbofans": "turbofan", "turbojet": "turbojet", "turbojets": "turbojet",
                 "turboprop": "turboprop", "turboprops": "turboprop", "turboshaft": "turboshaft",
                 "turboshafts": "turboshaft", "turboréacteur": "turbofan", "turboréacteurs": "turbofan",
                 "turbopropulseur": "turboprop", "turbopropulseurs": "turboprop", "turbomoteur": "turboshaft",
                 "turbomoteurs": "turboshaft", "strahltriebwerk": "turbofan", "strahltriebwerke": "turbofan",
                 "turboprop-triebwerk": "turboprop", "turboprop-triebwerke": "turboprop",
                 "propellerturbine": "turboprop", "propellerturbinen": "turboprop", "wellenturbine": "turboshaft",
                 "wellenturbinen": "turboshaft"}
_KIND_COUNT = {"single": 1, "one": 1, "a": 1, "a single": 1, "twin": 2, "two": 2, "dual": 2, "three": 3, "triple": 3,
               "four": 4, "quad": 4, "1": 1, "2": 2, "3": 3, "4": 4, "un": 1, "deux": 2, "trois": 3, "quatre": 4,
               "ein": 1, "einem": 1, "zwei": 2, "drei": 3, "vier": 4}
# "four turboprops", "twin-turbofan", "powered by two turbofan engines", "quatre turbopropulseurs", "zwei Propellerturbinen"
ENGINE_KIND_RE = re.compile(
    r"(?i)\b(?:(?:powered|propelled|driven)\s+by\s+|propulsée?\s+par\s+|angetrieben\s+von\s+)?"
    r"(?:(?P<n>a\s+single|single|one|twin|two|dual|three|triple|four|quad|[1-4]|un|deux|trois|quatre|ein|einem|zwei|drei"
    r"|vier)[\s-]+(?:(?:engined?|moteurs?)[\s-]+)?"
    r"(?:(?-i:[A-Z][\w.-]*|\d[\w.-]*[A-Z][\w.-]*)(?:\s+&\s+(?-i:[A-Z])\w*)?\s+){0,3})?"  # "two Rolls-Royce AE 2100D turboprops"
    # (not a comparison: "cruises considerably faster than turboprop rivals")
    r"(?<!\bthan\s)(?<!\bunlike\s)(?<!\bque\s)(?<!\bals\s)"
    r"(?P<kind>turbofans?|turbojets?|turboprops?|turboshafts?|turboréacteurs?|turbopropulseurs?|turbomoteurs?"
    r"|Strahltriebwerke?|Turboprop-Triebwerke?|Propellerturbinen?|Wellenturbinen?)\b"
    r"(?![\s-](?:engine\s+)?(?:maker|manufacturer|producer|plant|factory|technology|motors?\s+for|rivals?|"
    r"competitors?|concurrents?|Konkurrenten))")

# -- years -----------------------------------------------------------------------------------
_WHEN = (r"(?:(?:the|les\s+années|den|die)\s+)?(?:(?P<part>early|mid|late|début\s+des\s+années|milieu\s+des\s+années|"
         r"fin\s+des\s+années|Anfang\s+der|Mitte\s+der|Ende\s+der)[\s-]+)?"
         r"(?:(?P<dec>1[89]\d0|20[0-2]0)(?:'?s\b|er(?:[\s-]*Jahren?\b|n\b)?)"
         r"|(?P<year>1[89]\d\d|20[0-4]\d)\b)")
FIRST_FLIGHT_RE = re.compile(
    r"(?i)\b(?:first\s+(?:flew|flown|took\s+(?:to\s+the\s+(?:air|skies)|flight))"
    r"|(?:made|making|makes)\s+(?:its|their)\s+(?:first|maiden)\s+flight"
    r"|(?:first|maiden)\s+flight\s+(?:was\s+|came\s+|took\s+place\s+)?"
    r"|premier\s+vol\s+(?:a\s+eu\s+lieu\s+|remonte\s+à\s+|date\s+de\s+)?|a\s+volé\s+pour\s+la\s+première\s+fois"
    r"|vol\s+inaugural"
    r"|Erstflug\s+(?:fand\s+|(?:[\w-]+\s+){0,3}liegt\s+(?:bis\s+)?(?:ins\s+)?)?|flog\s+erstmals|erstmals\s+geflogen)"
    r"\s*(?:(?:in|en|im|dès|during)\s+(?:(?:the\s+)?(?:year|Jahr|l'année)\s+)?|Jahr\s+)?" + _WHEN)
SERVICE_RE = re.compile(
    r"(?i)\b(?:(?:first\s+)?(?:entered|entering|enters|went\s+into|came\s+into)\s+(?:operational\s+|active\s+)?"
    r"service\s+(?:in|during)\s+|(?:in|into)\s+(?:(?-i:[A-Z][\w.-]*)\s+){0,3}service\s+(?:since|from)\s+|(?:operational|in\s+use)\s+since\s+"
    r"|(?:first\s+)?(?:introduced|fielded)\s+(?:into\s+service\s+)?(?:in|during)\s+|service\s+debut\s+in\s+"
    r"|first\s+deployed\s+in\s+|(?:first\s+)?reached\s+(?:[\w.-]+\s+){0,3}(?:units|squadrons|service|troops)\s+in\s+"
    r"|(?:entered|entering|went\s+into)\s+(?:[A-Z][\w.-]*\s+){1,3}service\s+in\s+"
    r"|(?:entered|entering|went\s+into)\s+service\s+with\s+(?:the\s+)?(?:[A-Za-z][\w.-]*\s+){1,4}in\s+"
    r"|(?:entrée?s?|mise?s?)\s+en\s+service\s+(?:dans\s+(?:[\w'’-]+\s+){1,4})?en\s+"
    r"|service\s+entry\s+in\s+|en\s+service\s+(?:dans\s+(?:[\w'’-]+\s+){1,4})?depuis\s+|(?:entrée?s?|mise?s?)\s+en\s+service\s+en\s+"
    r"|(?:im|in)\s+Dienst\s+seit\s+)" + _WHEN)
# "das 1994 bei der US-Armee in Dienst gestellt wurde"
SERVICE_DE2_RE = re.compile(r"(?i)\b(?:im\s+Jahr\s+)?" + _WHEN + r"\s+(?:(?:bei|von)\s+(?:der|den|dem)\s+[\w-]+\s+)?"
                            r"(?:in\s+Dienst\s+gestellt|in\s+Betrieb\s+genommen|eingeführt)")
# "das im Jahr 2010 zu seinem Erstflug abhob": the year before the flight
# ("Der Chinook war 1971 zum ersten Mal in der Luft")
FIRST_FLIGHT_DE_RE = gated(re.compile(r"(?i)\b(?:(?:im|in)\s+(?:Jahr\s+|(?:Januar|Februar|März|April|Mai|Juni|Juli|August|"
                                r"September|Oktober|November|Dezember)\s+)?)?" + _WHEN +
                                r"\s+(?:zu\s+(?:seinem|ihrem)\s+Erstflug|(?:seinen|ihren)\s+Erstflug|"
                                r"(?:zum\s+ersten\s+Mal|erstmals)\s+(?:in\s+der\s+Luft|geflogen|abgehoben|flog|abhob|aufstieg))"))
# "Der C-390 flog 2015 zum ersten Mal", "der Gripen E startete im Juni 2019 zu seinem Erstflug": the verb first
FIRST_FLIGHT_DE2_RE = re.compile(r"(?i)\b(?:flog|startete|hob)\s+(?:(?:im\s+Jahr|im|in)\s+(?:(?:Januar|Februar|März|"
                                 r"April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\s+)?)?" + _WHEN +
                                 r"\s+(?:zum\s+ersten\s+Mal|erstmals|zu\s+(?:seinem|ihrem)\s+Erstflug)\b")
SERVICE_DE_RE = re.compile(r"(?i)\bseit\s+" + _WHEN + r"(?:\s+(?:bei|von)\s+(?:der|den|dem)(?:\s+[\w-]+){1,2}?)?"
                           r"(?:\s+(?:bereits\s+|schon\s+)?(?:im|in)\s+(?:[\wäöü]*[Dd]ienst|Einsatz)\b"
                           r"|\s+ein(?=[.,;]))")

# -- speed -----------------------------------------------------------------------------------
_NUM = r"(?P<num>\d{1,2}(?:[.,]\d+)?|\d{1,3}(?:[ ,.\u202f]\d{3})|\d{3,4})"
SPEED_RE = re.compile(
    r"(?i)(?:(?:top|maximum|max\.?|peak)\s+speed|speeds?|vitesse\s+(?:maximale|de\s+pointe)|"
    r"Höchstgeschwindigkeit|Geschwindigkeit|fly|flies|flying|reach|reaches|reaching|capable\s+of|atteint|"
    r"erreicht)\s+(?:(?:of|de|von|at|à|up\s+to|over|more\s+than|about|around|jusqu'à|plus\s+de|bis\s+zu|"
    r"über|rund|environ)\s+)*"
    r"(?:Mach\s*(?P<mach>\d(?:[.,]\d+)?)|" + _NUM + r"\s*(?P<unit>km/h|kilomet(?:er|re)s?\s+(?:per|an)\s+hour|"
    r"mph|miles\s+per\s+hour))"
    r"|(?P<times>twice|three\s+times|deux\s+fois|trois\s+fois|doppelte|dreifache)\s+(?:the\s+)?(?:speed\s+of\s+sound|la\s+vitesse\s+du\s+son"
    r"|Schallgeschwindigkeit)")

# -- guidance --------------------------------------------------------------------------------
_GUIDANCE_TERMS = [
    ("infrared", r"heat[\s-]seek(?:ing|er)|infra-?red[\s-](?:guided|homing|seeker)|IR[\s-]guided|imaging\s+infra-?red"
                 r"|(?:à\s+)?guidage\s+infrarouge|autodirecteur\s+infrarouge|infrarotgelenkt|infrarotgesteuert"
                 r"|Infrarot-?(?:such|ziel)kopf|wärmesuchend\w*"),
    ("radar", r"(?:active\s+|semi-active\s+)?radar[\s-](?:guided|homing|seeker)|active\s+radar"
              r"|(?:à\s+)?guidage\s+radar|autodirecteur\s+radar|radargelenkt|radargesteuert|Radar-?suchkopf"),
    ("laser", r"laser[\s-](?:guided|homing|beam[\s-]riding)|beam[\s-]riding|semi-active\s+laser"
              r"|(?:à\s+)?guidage\s+laser|lasergelenkt|lasergesteuert"),
    ("wire", r"wire[\s-]guided|filoguidé\w*|drahtgelenkt"),
    ("satellite", r"GPS[\s-](?:guided|aided)|satellite[\s-]guided|guided\s+by\s+satellite|guidage\s+(?:GPS|par\s+satellite)"
                  r"|GPS-gelenkt|satellitengesteuert|satellitengelenkt"),
]
GUIDANCE_RE = gated(re.compile("(?i)(?<![\\w-])(?:" + "|".join(f"(?P<{k}>{p})" for k, p in _GUIDANCE_TERMS) + ")"))
_SEEKERS = {"infrared", "radar", "laser", "wire"}  # seekers exclude one another; satellite aiding does not

# -- mobility, take-off, arms ----------------------------------------------------------------
MOBILITY_RE = gated(re.compile(
    r"(?i)\b(?:(?P<tracked>tracked(?![\s-](?:by|down|and|it|them|the|its|their|to|in|on|at|for|from|with|as|"
    r"targets?))|on\s+tracks|chenillée?s?|à\s+chenilles|sur\s+chenilles|Ketten(?:fahrzeug|fahrgestell|laufwerk)\w*"
    r"|auf\s+Ketten|kettengetrieben\w*)"
    r"|(?P<wheeled>wheeled(?![\s-](?:out|in|into|onto|off|away|around|by))|on\s+wheels|truck[\s-]mounted"
    r"|à\s+roues|sur\s+roues|sur\s+camion|Rad(?:fahrzeug|fahrgestell)\w*|auf\s+Rädern|radgestützt\w*|LKW-gestützt\w*)"
    r"|(?P<towed>towed(?=\s+(?:howitzers?|guns?|artillery|cannons?|gun-howitzers?))|tractée?s?|gezogene[nrs]?)"
    r"|(?P<sp>self[\s-]propelled|automotrice?s?|automoteurs?|selbstfahrende[nrs]?))\b"))
# the weight class of a torpedo: "a heavyweight torpedo", "des torpilles lourdes", "Leichtgewichtstorpedos"
TORPEDO_CLASS_RE = re.compile(
    r"(?i)\b(?:(?P<heavy>heavy(?:weight|-weight)?\s+torpedo(?:es)?|torpilles?\s+lourdes?|Schwer(?:gewichts)?torpedo\w*)"
    r"|(?P<light>light(?:weight|-weight)?\s+torpedo(?:es)?|torpilles?\s+légères?|Leicht(?:gewichts)?torpedo\w*))\b")
# the speed class of a missile or aircraft: "the subsonic Tomahawk", "BrahMos, a supersonic cruise missile"
SPEED_CLASS_RE = re.compile(r"(?i)\b(?:(?P<sub>subsonic|subsonique|Unterschall)|(?P<sup>supersonic|supersonique|Überschall)"
                            r"|(?P<hyp>hypersonic|hypersonique|Hyperschall))(?:[\s-]|\b)")
# how a submarine is powered: "nuclear-powered", "diesel-electric", "à propulsion nucléaire", "dieselelektrisch"
PROPULSION_RE = re.compile(
    r"(?i)\b(?:(?P<nuc>nuclear[\s-](?:powered|propelled)|nuclear\s+propulsion|nuclear(?:[\s-]attack)?\s+submarines?"
    r"|à\s+propulsion\s+nucléaire|sous-marins?\s+nucléaires?|atomgetrieben\w*|nuklear\s+angetrieben\w*"
    r"|Atom-U-Boot\w*|Atom-U-Boote)"
    r"|(?P<aip>air[\s-]independent\s+propulsion|AIP|anaérobie|außenluftunabhängig\w*)"
    r"|(?P<conv>diesel[\s-]electric|diesel[\s-]powered|conventionally[\s-](?:powered|propelled)|conventional\s+submarines?"
    r"|diesel-électriques?|à\s+propulsion\s+(?:classique|conventionnelle)|dieselelektrisch\w*"
    r"|konventionell\s+angetrieben\w*))(?![\w-])")
TAKEOFF_RE = gated(re.compile(
    r"(?i)\b(?:(?P<stovl>short[\s-]take[\s-]?off\s+(?:and|/)\s*vertical[\s-]landing|STOVL|vertical[\s-]landing"
    r"|atterrissage\s+vertical|senkrecht\s+landen\w*)"
    r"|(?P<vertical>vertical[\s-]take[\s-]?off|VTOL|take\s+off\s+vertically|(?:à\s+)?décollage\s+vertical"
    r"|décoll\w+\s+verticalement|Senkrechtstart\w*|senkrecht\s+start\w*)"
    r"|(?P<carrier>carrier(?:-based)?\s+(?:variant|version|model)|(?:variant|version)\s+for\s+(?:aircraft\s+)?carriers"
    r"|version\s+embarquée|version\s+pour\s+(?:les\s+)?porte-avions|Version\s+für\s+Flugzeugträger|Trägerversion))"))
# "an unarmed surveillance drone" describes the type; "an unarmed version" describes one variant
UNARMED_RE = re.compile(r"(?i)\b(?:unarmed|non[\s-]armée?s?|désarmée?s?|unbewaffnet\w*)\b"
                        r"(?!(?:\s+[\w-]+){0,2}\s+(?:version|variant|configuration|model|export|Version|Variante))")
# the range class a name spells out: "a short-range AMRAAM" against "Advanced Medium-Range Air-to-Air Missile"
RANGE_CLASS_RE = re.compile(
    r"(?i)\b(?:(?P<short>short[\s-]range|Kurzstrecken\w*|(?:de\s+)?courte\s+portée)|(?P<medium>medium[\s-]range|"
    r"Mittelstrecken\w*|(?:de\s+)?moyenne\s+portée)|(?P<long>long[\s-]range|Langstrecken\w*|(?:de\s+)?longue\s+portée))")


# -- makers ----------------------------------------------------------------------------------
MAKER_PASSIVE_RE = gated(re.compile(
    r"(?i)\b(?:(?:(?P<dev>developed|designed|conçue?s?|développée?s?|mise?s?\s+au\s+point(?:\s+[\w'’]+){0,5}?)"
    r"|(?P<man>built|made|manufactured|produced"
    r"|constructed|construite?s?|fabriquée?s?|produite?s?))\s+"
    # "built in the United States by BAE Systems", "construits aux États-Unis par …": where, then who
    r"(?:(?:in|en|aux?)\s+(?:the\s+)?[\w.-]+(?:\s+[\w.-]+){0,2}?\s+)?(?:jointly\s+|conjointement\s+)?(?:by|par)"
    r"|aus\s+dem\s+Hause?"  # "der Transporthubschrauber aus dem Hause Boeing"
    # "die Tankerversion der Hercules, gebaut von Boeing": the German participle before its maker, after a comma
    r"|(?:(?<=,\s)|(?<=\bwird\s)|(?<=\bwerden\s)|(?<=\bwurde\s)|(?<=\bwurden\s))"  # "wird gebaut vom US-Konzern …"
    r"(?:(?P<dev2>entwickelt|konzipiert)|(?P<man2>gebaut|hergestellt|gefertigt|produziert))\s+(?:von|vom))\s+"))
MAKER_DE_RE = gated(re.compile(
    r"(?i)\b(?:von|vom)\s+(?P<body>[^.;:]{2,90}?)\s+(?:(?P<dev>entwickelt|konzipiert)|(?P<man>gebaut|hergestellt"
    r"|gefertigt|produziert))(?:e[nrs]?)?\b"))
# "Gebaut werden die Hubschrauber vom US-Hersteller Boeing": the participle first
MAKER_DE_FRONT_RE = gated(re.compile(
    r"(?i)\b(?:(?P<dev>Entwickelt|Konzipiert)|(?P<man>Gebaut|Hergestellt|Gefertigt|Produziert))\s+(?:werden|wird|wurden"
    r"|wurde)\s+(?:[\w-]+\s+){0,3}?(?:von|vom)\s+(?P<body>[^.;:]{2,90})"))
# "Hersteller der Raketen ist der Rüstungskonzern Lockheed Martin", "the maker of the missiles is Raytheon"
# "Das Radar AN/APG-83 SABR stammt von Raytheon"
MAKER_FROM_RE = gated(re.compile(r"(?i)\b(?:(?:stammt|stammen|kommt|kommen)\s+(?:\w+\s+)?(?:von|vom|aus\s+dem\s+Hause?)"
                           r"|(?:comes|come|came)\s+from)\s+"  # "The shell comes from the defence giant Lockheed Martin"
                           r"(?P<body>[^.;:,]{2,90})"))  # ("stammt von Sikorsky, das zu Lockheed Martin gehört": Sikorsky)
# "le radar AN/TPS-78 du groupe Raytheon", "die Rakete des US-Konzerns Lockheed Martin": the maker after the system
MAKER_GROUP_RE = gated(re.compile(r"(?i)\s(?:du|de\s+l['’]|des)\s+(?:groupe|constructeur|industriel|fabricant|avionneur|motoriste|"
                            r"(?:US-|amerikanischen\s+|europäischen\s+)?(?:Konzerns|Herstellers|Rüstungskonzerns))\s+"
                            r"(?:américain\s+|européen\s+|français\s+)?(?P<body>[^.;:,]{2,60})"))
MAKER_IS_RE = gated(re.compile(
    r"(?i)\b(?:Hersteller|fabricant|constructeur|maker|manufacturer|builder)\s+(?:der|des|du|de\s+la|of\s+the)\s+"
    r"[\wÄÖÜäöüéè-]+\s+(?:ist|est|is)\s+(?P<body>[^.;:]{2,90})"))
MAKER_ACTIVE_RE = re.compile(r"\s+(?:builds|makes|manufactures|produces|developed|designed|built|made)\s+(?:the\s+)?$")
LICENCE_RE = gated(re.compile(r"(?i)licen[cs]|under\s+contract|assembl|co-?produc|local(?:ly)?\s+(?:built|produced|made)"
                        r"|sous\s+licence|Lizenz|subcontract|sous-trait|Zuliefer|supplies|supplier|fournit"))
BUILT_IN_RE = gated(re.compile(
    r"(?i)\b(?:built|constructed|made|manufactured|produced|construite?s?|fabriquée?s?)\s+(?:in|en|au|aux)\s+"
    r"(?:the\s+)?(?P<place>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)"
    r"|\bin\s+(?P<place2>[A-ZÄÖÜ][\w-]+)\s+(?:gebaut|hergestellt|gefertigt)"))
