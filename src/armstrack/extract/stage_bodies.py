"""The buyer's own bodies (legislature, cabinet, federal council) whose approval of a purchase is the buyer's own
step, not the seller's approval; read by :mod:`armstrack.extract.stage`."""
from __future__ import annotations

import re

# a buyer's own legislature or government acting (its vote or its request for credits is no seller's approval)
_BODIES = (r"(?:Nationalrat\w*|Ständerat\w*|Conseil\s+national|Conseil\s+des\s+[EÉ]tats|(?:National|Federal)\s+Assembly|"
           r"Bundesversammlung|Assemblée\s+fédérale|(?-i:Sejm|Storting\w*|Riksdag\w*|Folketing\w*|Eduskunta|Saeima|Seimas|"
           r"Riigikogu|Knesset|Tweede\s+Kamer|Bundestag\w*|Defen[cs]e\s+Project\s+Promotion\s+Committee)|(?-i:[Pp]arliament(?:ary)?|[Pp]arlement|Parlament\w*))|"
           r"(?-i:Bundesrat|Federal\s+Council|Conseil\s+fédéral)")
OWN_BODY_RE = re.compile(r"\b(?:" + _BODIES + r")\b")
# the same bodies, or the cabinet, after a passive: "the programme approved by the cabinet", "approuvé par le Parlement"
OWN_BODY_AFTER_RE = re.compile(r"\s+(?:by|par|vom|von\s+der|durch\s+(?:das|den|die))\s+(?:the\s+|le\s+|la\s+|l['’])?"
                               r"(?:[\w-]+\s+)?(?:cabinet|Cabinet|Kabinett|Diet|" + _BODIES + r")\b")
# the body addressed, not acting: "Im selben Schreiben an den Bundestag stand … die Genehmigung"
ADDRESSED_RE = re.compile(r"(?i)\b(?:an|to|à|au|vor|before|im|in|dans|from|von|aux)\s+(?:the\s+|den\s+|le\s+|l['’]|la\s+|"
                          r"das\s+|die\s+)?$")
# the seller's government named in the sentence: its approval stays an approval
SELLER_GOVERNMENT_RE = re.compile(r"(?i)State\s+Department|Washington|DSCA|Pentagon|\bU\.?S\.?\b|\bUS-|\bCongress\b|Kongress|Congrès|"
                                  r"américain|Département\s+d['’]État|Außenministerium")
# a government asking its own legislature: "beantragt dem Parlament", "asked parliament for", "demande au Parlement"
PARLIAMENT_ASKED_RE = re.compile(r"(?i)\b(?:dem\s+Parlament|den\s+(?:eidgenössischen\s+)?Räten|"
                                 r"(?:the\s+)?parliament|au\s+Parlement|aux\s+Chambres)\b")
