"""Wordings that withhold a stage cue's event: a report nobody confirmed, a purchase only possible, a refusal or a
losing bid, a memorandum of intent, a customer's or a system's history (read by :func:`armstrack.extract.stage.read_stage`)."""
from __future__ import annotations

import re

from armstrack.regex_gate import gated

UNCONFIRMED_RE = gated(re.compile(r"(?i)\b(?:(?:wurden?|wird|ist|sind)\s+(?:\w+\s+){0,4}nicht\s+bestätigt|"
                            r"n['’](?:a|ont)\s+pas\s+été\s+confirmé\w*|(?:was|were)\s+not\s+confirmed|"
                            # "neue Bestellungen aus Deutschland sind nicht in Sicht": an order nobody sees coming
                            r"(?:ist|sind)\s+nicht\s+in\s+Sicht|(?:is|are)\s+(?:nowhere|not)\s+in\s+sight|"
                            r"n['’](?:est|sont)\s+pas\s+en\s+vue|"
                            # (neither side confirming: clauses.NOBODY_CONFIRMED_RE, said of the whole sentence)
                            # "que certains médias disent déjà commandés, aucune source officielle ne l'a confirmé"
                            r"ne\s+l['’]a\s+(?:\w+\s+)?confirmé|aucune\s+source\s+(?:\w+\s+)?n['’]a\s+confirmé|"
                            r"(?:certains\s+)?médias\s+(?:\w+\s+)?(?:disent|affirment|prétendent)|"
                            r"(?:some\s+)?(?:media|outlets|reports)\s+(?:\w+\s+)?(?:say|claim)|"
                            # "Some media reports have put the deal at around $10 billion. Neither government has
                            # confirmed any figure": a figure only the press gave
                            r"(?:some|several|unconfirmed)\s+(?:media\s+|press\s+|news\s+)?reports\s+(?:have\s+|had\s+)?"
                            r"(?:put|valued|priced|estimated)|"
                            # "Earlier press reports, based on unnamed officials, had described the package as worth
                            # $850 million": what the press said before the notice
                            r"(?:earlier|initial|previous|first)\s+(?:press\s+|media\s+|news\s+)?reports\b[^.;]{0,60}?"
                            r"\b(?:had\s+)?(?:described|put|valued|given|reported|said)\b|"
                            r"(?:has|have)\s+not\s+been\s+confirmed|(?:was|were)\s+denied|"
                            # "11:30 - Unconfirmed: a legislator claims ...", "… is \"in the pipeline\""
                            r"unconfirmed|unverified|unbestätigt\w*|non\s+confirmée?s?|non\s+vérifiée?s?|rumou?r(?:ed|s)?|"
                            r"Gerüchte?n?|rumeurs?|(?:online\s+)?chatter|(?<!\bof\s)(?<!\bending\s)(?<!\bend\s)speculation|speculative|spéculations?|spéculatif|spéculative|Spekulation\w*|spekulativ\w*|spekuliert\w*|spéculent|spécule|speculate[sd]?\s+(?:about|on)|"
                            r"(?:is|are)\s+[\"“]?in\s+the\s+pipeline|on\s+entend\s+dire|word\s+is\s+that|"
                            # "On lit aussi que l'Army Air Corps alignera …": what others write, checked next
                            r"on\s+(?:lit|peut\s+lire)\s+(?:\w+\s+){0,2}?que|"
                            # a fact-check: "social media posts spoke of "100 jets"", "Claim: "The deal is worth …""
                            r"(?:social\s+media\s+|viral\s+|online\s+)posts?\s+(?:\w+\s+)?(?:spoke\s+of|claim\w*|said)|"
                            r"^\W*(?:Claim|Behauptung|Affirmation)\s*:\s*[\"“«„']?\w+|"
                            # "Mehrere Portale titelten "Japan kauft Ospreys für drei Milliarden Euro"": a headline quoted
                            r"titelte[n]?|headlined|(?:ont|a|avaient|avait)\s+titré|titraient|"
                            # "A version of this story published on Tuesday said that "Russia has delivered the 24 …""
                            r"version\s+of\s+this\s+(?:story|article|report)\b[^.;]{0,60}?\bsaid|"
                            # "Ob Riad ... bestellt, ist dagegen offen", "darüber wird seit Jahren spekuliert"
                            r"ist\s+(?:\w+\s+){0,2}offen|remains?\s+(?:\w+\s+)?(?:open|unclear)|reste\s+(?:\w+\s+)?ouverte?|"
                            r"wird\s+(?:\w+\s+){0,3}spekuliert|"
                            # a correction notice: "An article ... "U.S. clears ...", contained two errors. It said ... was
                            # worth $85.5 billion; the correct figure is ...": what was misreported is no event
                            r"contained\s+(?:\w+\s+)?errors?|enthielt\s+(?:\w+\s+)?Fehler|comportait\s+(?:\w+\s+)?erreurs?|"
                            r"the\s+correct\s+(?:figure|amount|number|value|designation)\s+(?:is|was)|"
                            r"le\s+(?:bon\s+(?:chiffre|montant)|(?:chiffre|montant)\s+(?:exact|correct))\s+(?:est|était)|"
                            r"(?:richtig|korrekt)\s+(?:ist|wäre|sind)|richtige\s+(?:Zahl|Betrag|Wert)\s+(?:ist|lautet))\b"))
# "Manila could place a follow-on order", "la Hongrie pourrait elle aussi commander": a purchase only possible
MODAL_PURCHASE_RE = gated(re.compile(r"(?i)\b(?:could|might|may|would|pourrai\w*|könnte\w*|dürfte\w*)\s+(?:[\w'’-]+\s+){0,3}?"
                               r"(?:buy|order|purchase|acquire|place\s+(?:an?\s+)?(?:[\w-]+\s+)?order|commander|acheter|"
                               r"acquérir|kaufen|bestellen|beschaffen|erwerben)\b|"
                               # "raised with Kuwaiti leaders the possibility of acquiring some of Kuwait's Hornets"
                               r"\b(?:possibility|option|idea|prospect)\s+of\s+(?:acquiring|buying|purchasing|ordering|"
                               r"taking\s+over)\b|\bpossibilité\s+d['’](?:acquérir|acheter|commander)|"
                               r"\bMöglichkeit\w*,?\s+(?:[\w-]+\s+){0,6}?zu\s+(?:kaufen|erwerben|beschaffen|übernehmen)\b|"
                               # "Analysts will look at whether the order is followed by the larger ALTIUS-700M"
                               r"\b(?:look\s+at|watch(?:ing)?|see|ask(?:ing)?|wonder(?:ing)?)\s+whether\b"))


REJECT_RE = gated(re.compile(r"(?i)\b(?:refus\w*|rejet\w*|reject\w*|abgelehnt|cancel+ed|cancels?|cancell?ing|annul\w*|"
                       r"scrapp\w*|abandon\w*|storniert|gestoppt|dementiert|dément\w*|denied|denies|"
                       # a losing bid: "failed to win a British order", "lost out to", "a perdu face à", "unterlag"
                       r"failed\s+to\s+win|lost\s+out|(?:lost|loses)\s+(?:the|a|an)\s+(?:\w+\s+)?(?:competition|tender|"
                       r"contest|bid)|a\s+perdu\s+(?:face|contre|l['’]appel)|unterlag\w*)\b"))


# a memorandum signed "en vue d'une éventuelle construction locale": an intent, not a purchase
INTENT_ONLY_RE = gated(re.compile(r"(?i)\b(?:protocole\s+d['’]accord|memorandum\s+of\s+understanding|MoU|"
                            r"Absichtserklärung|letter\s+of\s+intent|lettre\s+d['’]intention|declaration\s+of\s+intent|"
                            r"déclaration\s+d['’]intention)\b"))
# "Singapore has bought AMRAAMs before.": a customer's history, no purchase of its own
HISTORY_ONLY_RE = re.compile(r"(?i)\b(?:has|have)\s+(?:bought|ordered|purchased|acquired)\s+(?:[\w-]+\s+){1,3}"
                             r"(?:before|previously|in\s+the\s+past)\s*[.;]?\s*$")


# a system's own history (first flight, first deliveries to its home service) tells no sale
TYPE_HISTORY_RE = gated(re.compile(r"(?i)\b(?:first\s+flight|maiden\s+flight|first\s+flew|premier\s+vol|Erstflug|"
                             r"Jungfernflug|zum\s+ersten\s+Mal\s+in\s+der\s+Luft)\b"))
