"""The buyer's own bodies (legislature, cabinet, federal council) whose approval of a purchase is the buyer's own
step, not the seller's approval; read by :mod:`armstrack.extract.stage`."""
from __future__ import annotations

import re

# a buyer's own legislature or government acting (its vote or its request for credits is no seller's approval)
OWN_BODY_RE = re.compile(r"\b(?:(?:Nationalrat\w*|Ständerat\w*|Conseil\s+national|Conseil\s+des\s+[EÉ]tats|"
                         r"(?:National|Federal)\s+Assembly|Bundesversammlung|Assemblée\s+fédérale|(?-i:Sejm|Storting\w*|"
                         r"Riksdag\w*|Folketing\w*|Eduskunta|Saeima|Seimas|Riigikogu|Knesset|Tweede\s+Kamer|Bundestag\w*)|"
                         r"(?-i:[Pp]arliament(?:ary)?|[Pp]arlement|Parlament\w*))|(?-i:Bundesrat|Federal\s+Council|Conseil\s+fédéral))\b")
OWN_BODY_AFTER_RE = re.compile(r"\s+(?:by|par|vom|von\s+der|durch\s+(?:das|den|die))\s+(?:the\s+|le\s+|la\s+|l['’])?"
                               r"(?:[\w-]+\s+)?(?:cabinet|Cabinet|Kabinett|Parlament|parliament|Parliament|parlement|Parlement|"
                               r"Nationalrat|Ständerat|Bundestag|Sejm|Storting|Riksdag|Folketing|Eduskunta|Knesset|Diet|"
                               r"National\s+Assembly|Conseil\s+national|Conseil\s+des\s+[EÉ]tats|Conseil\s+fédéral|"
                               r"Federal\s+Council|Bundesrat)\b")
# the body addressed, not acting: "Im selben Schreiben an den Bundestag stand … die Genehmigung"
ADDRESSED_RE = re.compile(r"(?i)\b(?:an|to|à|au|vor|before|im|in|dans|from|von|aux)\s+(?:the\s+|den\s+|le\s+|l['’]|la\s+|"
                          r"das\s+|die\s+)?$")
# the seller's government named in the sentence: its approval stays an approval
SELLER_GOVERNMENT_RE = re.compile(r"(?i)State\s+Department|Washington|DSCA|Pentagon|\bU\.?S\.?\b|\bUS-|\bCongress\b|Kongress|Congrès|"
                                  r"américain|Département\s+d['’]État|Außenministerium")
# a government asking its own legislature: "beantragt dem Parlament", "asked parliament for", "demande au Parlement"
PARLIAMENT_ASKED_RE = re.compile(r"(?i)\b(?:dem\s+Parlament|den\s+(?:eidgenössischen\s+)?Räten|"
                                 r"(?:the\s+)?parliament|au\s+Parlement|aux\s+Chambres)\b")
