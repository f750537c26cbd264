"""Who makes a system and where it is built: the maker and builder claims of a text ("built by Raytheon", "gebaut
von Boeing", "Die vom US-Konzern Lockheed Martin gebauten SM-6", "built in Sweden"), checked against the catalog."""
from __future__ import annotations

import re

from armstrack.model import Claim
from armstrack.normalize.catalog import Catalog, Fact, System
from armstrack.normalize.companies import company_country, company_group, find_companies
from armstrack.normalize.countries import find_parties
from armstrack.verify.claim_common import ANAPHOR_NOUN_RE, Mention, anaphor_subject, as_list, bind_subject, fact_of
from armstrack.verify.claim_patterns import (
    BUILT_IN_RE,
    LICENCE_RE,
    MAKER_ACTIVE_RE,
    MAKER_DE_FRONT_RE,
    MAKER_DE_RE,
    MAKER_FROM_RE,
    MAKER_GROUP_RE,
    MAKER_IS_RE,
    MAKER_PASSIVE_RE,
)
from armstrack.verify.claim_rules import NEGATION_RE, RESPECTIVELY_RE, RuleContext, _claim, _coordinated


def _companies(text: str) -> list[str]:
    return list(dict.fromkeys(c.name for c in find_companies(text)))


def maker_claims(ctx: RuleContext) -> list[Claim]:
    out: list[Claim] = []
    for s, _e, sent, systems in ctx.sentences:
        if RESPECTIVELY_RE.search(sent) or not (systems or ANAPHOR_NOUN_RE.search(sent) or MAKER_DE_RE.search(sent)):
            continue
        found: list[tuple[int, int, str, list[str], Mention | None]] = []
        for m in MAKER_PASSIVE_RE.finditer(sent):
            body = re.split(r"[.;:]|,\s+(?:which|who|that|the|a|an|le|la|les|un|une)\b|\s+(?:at|in|on|à|en|dans)\s"
                            r"|,\s+(?=[a-zà-ÿ])(?!and\b|et\b|und\b|as\s+well\b)",
                            sent[m.end():m.end() + 90])[0]
            subject = bind_subject(sent, m.start(), m.end(), systems, attributive=False, max_gap=40)
            if subject is None and (not systems or re.search(r",\s*$", sent[:m.start()])):
                # "The helicopters are built by Boeing"; "Die Torpedos, gebaut vom US-Konzern …, sollen die MH-60R …"
                subject = ctx.anaphor(sent, m.start())
            if subject is None:  # "Built by Dassault Aviation, the Rafale is ..."
                nxt = [x for x in systems if m.end() + len(body) <= x[0] <= m.end() + len(body) + 12]
                subject = nxt[0] if nxt and m.start() < 3 else None
            found.append((m.start(), m.end() + len(body), "manufacturer",
                          _companies(body), subject))
        for m in MAKER_GROUP_RE.finditer(sent):
            right_before = [x for x in systems if 0 <= m.start() - x[1] <= 1]
            found.append((m.start(), m.end(), "manufacturer", _companies(m.group("body")),
                          right_before[0] if right_before else None))
        for m in MAKER_FROM_RE.finditer(sent):
            subject = bind_subject(sent, m.start(), m.start(), systems, attributive=False, max_gap=40) \
                if systems else ctx.anaphor(sent, m.start())
            found.append((m.start(), m.end(), "manufacturer", _companies(m.group("body")), subject))
        for m in MAKER_IS_RE.finditer(sent):
            subject = bind_subject(sent, m.start(), m.start(), systems, attributive=False, max_gap=40) \
                if systems else anaphor_subject(sent, m.end(), ctx.topic)
            found.append((m.start(), m.end(), "manufacturer", _companies(m.group("body")), subject))
        for m in MAKER_DE_FRONT_RE.finditer(sent):
            subject = bind_subject(sent, m.end(), m.end(), systems, attributive=False, max_gap=90) \
                if systems else anaphor_subject(sent, m.end(), ctx.topic)
            found.append((m.start(), m.end(), "manufacturer",
                          _companies(m.group("body")), subject))
        for m in MAKER_DE_RE.finditer(sent):
            # "Die vom US-Konzern Lockheed Martin gebauten SM-6": the attributive participle before its system
            attributive = re.search(r"(?:e|en|er|es)$", m.group(0)) and re.search(
                r"(?i)\b(?:die|der|das|den|dem|des|ein\w*)\s+$", sent[max(0, m.start() - 12):m.start()])
            right_after = [x for x in systems if m.end() <= x[0] <= m.end() + 2] if attributive else []
            noun = re.match(r"\s+([\wÄÖÜäöüß-]{4,})\b", sent[m.end():]) if attributive and not right_after else None
            if noun is not None and (sub := anaphor_subject("die " + noun.group(1), 4 + len(noun.group(1)),
                                                            ctx.topic)) is not None:
                # "Die von General Dynamics gebauten Kettenfahrzeuge": the noun the participle phrase qualifies
                right_after = [(m.end() + noun.start(1), m.end() + noun.end(1), sub[2])]
            subject = right_after[0] if right_after else (
                bind_subject(sent, m.start(), m.start(), systems, attributive=False, max_gap=40)
                if systems else ctx.anaphor(sent, m.start()) or ctx.anaphor(sent, len(sent)))
            found.append((m.start(), m.end(), "manufacturer",
                          _companies(m.group("body")), subject))
        for c in find_companies(sent):
            before = [x for x in systems if x[1] <= c.start]
            if before and re.search(r",\s+(?:which|that)\s+$", sent[:c.start]) \
                    and re.match(r"\s+(?:builds|makes|manufactures|produces|assembles)\b", sent[c.end:]) \
                    and re.fullmatch(r"[\w\s-]{0,20},\s+(?:which|that)\s+", sent[max(before, key=lambda y: y[1])[1]:c.start]):
                x = max(before, key=lambda y: y[1])  # "PAC-3 MSE interceptors, which Raytheon manufactures"
                found.append((x[0], c.end + 15, "manufacturer", [c.name], x))
                continue
            after = [x for x in systems if x[0] >= c.end]
            if after and re.match(r"-(?:built|made|designed|developed|produced|manufactured)\s", sent[c.end:]):
                x = min(after, key=lambda y: y[0])
                if re.fullmatch(r"-\w+\s+(?:[\w-]+\s+)?", sent[c.end:x[0]]):  # "The Rheinmetall-built Leopard 2A8"
                    found.append((c.start, x[1], "manufacturer", [c.name], x))
                continue
            if after:
                x = min(after, key=lambda y: y[0])
                verb = MAKER_ACTIVE_RE.search(sent[c.end:x[0]])
                component = re.match(r"['’]s?\b|\s+(?:engines?|radars?|sensors?|seekers?|guns?|fuselages?|parts|components"
                                     r"|wings?|sections?|structures?|assemblies|subsystems?|kits?)\b",
                                     sent[x[1]:])
                if verb and verb.start() == 0 and not component:
                    attr = "manufacturer"  # developed or built: the maker fact either way
                    found.append((c.start, x[1], attr, [c.name], x))
        for t0, t1, attribute, companies, subject in found:
            if subject is None or not companies or _coordinated(sent, subject, systems) \
                    or NEGATION_RE.search(sent[:t0]):
                continue
            # a licensee or local assembler named in the statement itself is no maker error ("assembled under
            # licence by TAI"); local assembly told after it ("… and would be partly assembled in Peru") leaves the
            # maker statement standing
            statement = re.split(r"\s+(?:and|et|und)\s+(?:would|will|is|are|was|were|wird|werden|sera|seront)\b",
                                 sent[t0:t1 + 15])[0]
            if LICENCE_RE.search(sent[:t0]) or LICENCE_RE.search(statement):
                continue
            hit = fact_of(ctx.cat, subject[2], "manufacturer") or _entry_maker(ctx.cat, subject[2])
            if hit is None:
                continue
            owner, fact = hit
            makers = as_list(fact.value)
            maker_countries = {company_country(n) for n in makers}
            # a company of the buying country is most often a licensee or a local partner
            if any(n not in makers and company_country(n) in ctx.buyers - maker_countries for n in companies):
                continue
            # companies the catalog lists for this very variant (a licensee, a local partner) are not an error
            # (a fact of the variant itself speaks for it, with the sourced makers of the designs it comes from --
            # "FA-50 … developed by KAI with Lockheed Martin from the T-50" -- but not the family's entry)
            own_fact = owner.id == subject[2].id
            listed = {c.name for x in [subject[2], *ctx.cat.ancestors(subject[2].id)]
                      for c in find_companies(x.manufacturer or "") if not own_fact or x is subject[2]}
            if own_fact:
                listed |= {n for x in ctx.cat.ancestors(subject[2].id)
                           if (f := x.facts.get("manufacturer")) is not None for n in as_list(f.value)}
            # ("gebaut vom schwedischen Konzern Saab" for Saab Kockums: the group its maker belongs to, named by
            # the group's name)
            if all(n in makers or any(m.startswith(n + " ") for m in makers) for n in companies):
                verdict = "supported"
            elif all(n in makers or n in listed or company_group(n) in {company_group(m) for m in [*makers, *listed]}
                     for n in companies):
                continue  # (a maker named by its subsidiary or former name: "ELTA Systems" for IAI)
            else:
                verdict = "contradicted"
            ref = f"{owner.name} is designed and built by {', '.join(makers)}"
            out.append(_claim(ctx, s, subject, t0, t1, attribute, ", ".join(companies), owner, fact,
                              (verdict, ref)))
    return out


def _entry_maker(cat: Catalog, system: System) -> tuple[System, Fact] | None:
    """The maker an entry names with the entry's own source ("T700 engine ... manufacturer GE Aerospace"), for
    systems without a manufacturer fact of their own: a known company only."""
    for s in [system, *cat.ancestors(system.id)]:
        if s.generic or not s.source or not s.manufacturer:
            continue
        names = [c.name for c in find_companies(s.manufacturer)]
        if names:
            return s, Fact(value=names, unit=None, source=s.source, note="maker named by the catalog entry")
    return None


def builder_claims(ctx: RuleContext) -> list[Claim]:
    out: list[Claim] = []
    for s, _e, sent, systems in ctx.sentences:
        if not systems or LICENCE_RE.search(sent):
            continue
        for m in BUILT_IN_RE.finditer(sent):
            place = m.group("place") or m.group("place2") or ""
            parties = [p for p in find_parties(place) if p.how in ("name", "demonym")]
            if len(parties) != 1:
                continue
            subject = bind_subject(sent, m.start(), m.end(), systems, attributive=False)
            if subject is None or _coordinated(sent, subject, systems) or NEGATION_RE.search(sent[:m.start()]):
                continue
            hit = fact_of(ctx.cat, subject[2], "built_in")
            if hit is None:
                continue
            owner, fact = hit
            verdict = "supported" if parties[0].code == str(fact.value) else "contradicted"
            ref = f"{owner.name} was built in {fact.value}" + (f" ({fact.note})" if fact.note else "")
            out.append(_claim(ctx, s, subject, m.start(), m.end(), "builder", m.group(0).strip(), owner, fact,
                              (verdict, ref)))
    return out
