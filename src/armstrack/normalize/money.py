"""Money amounts in text: "$1.75 billion", "US$1.75bn", "C$2.4 billion", "€8.4bn", "CHF 6 billion",
"570 million dollars", "$82,500,000", "1,75 milliard de dollars", "4,5 Milliarden Euro".

A bare "$" is reported with ``ambiguous=True``: the caller decides USD vs CAD/AUD/... from the source.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from armstrack.normalize.numbers import foreign_words_to_int, parse_number, words_to_int
from armstrack.regex_gate import gated

PREFIX_CURRENCY = {
    "us$": "USD", "u.s.$": "USD", "u.s. $": "USD", "usd": "USD", "us $": "USD",
    "c$": "CAD", "ca$": "CAD", "can$": "CAD", "cad": "CAD", "cdn$": "CAD",
    "a$": "AUD", "au$": "AUD", "aud": "AUD", "nz$": "NZD", "nzd": "NZD", "s$": "SGD", "sgd": "SGD",
    "hk$": "HKD", "r$": "BRL", "nt$": "TWD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP", "¥": "JPY",
    "jpy": "JPY", "₩": "KRW", "krw": "KRW", "₹": "INR", "inr": "INR", "rs": "INR", "rs.": "INR",
    "chf": "CHF", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "pln": "PLN", "ils": "ILS", "₪": "ILS",
    "try": "TRY", "zar": "ZAR", "cny": "CNY", "rmb": "CNY", "brl": "BRL", "$": "$",
    "mad": "MAD", "aed": "AED", "sar": "SAR", "qar": "QAR", "skr": "SEK", "nkr": "NOK", "dkr": "DKK",
    # Australian and New Zealand papers write the country after the sign: "$US2.4 billion", "$A7 billion"
    "$us": "USD", "$a": "AUD", "$au": "AUD", "$nz": "NZD", "$c": "CAD", "$s": "SGD",
    # South-East Asian papers: "RM920 million" (ringgit), "Rp 16.7 trillion" (rupiah), "₱2.2 billion" (peso)
    "rm": "MYR", "myr": "MYR", "rp": "IDR", "rp.": "IDR", "idr": "IDR", "thb": "THB", "php": "PHP", "₱": "PHP",
}
SUFFIX_CURRENCY = {
    "us dollars": "USD", "u.s. dollars": "USD", "american dollars": "USD", "dollars américains": "USD",
    "us-dollar": "USD", "us-dollars": "USD", "dollars": "$", "dollar": "$", "de dollars": "$",
    "canadian dollars": "CAD", "dollars canadiens": "CAD", "kanadische dollar": "CAD",
    "australian dollars": "AUD", "dollars australiens": "AUD",
    "euros": "EUR", "euro": "EUR", "d'euros": "EUR", "d’euros": "EUR", "de euros": "EUR",
    "pounds": "GBP", "pounds sterling": "GBP", "sterling": "GBP", "pfund": "GBP", "livres": "GBP",
    "swiss francs": "CHF", "francs suisses": "CHF", "franken": "CHF", "schweizer franken": "CHF",
    "kronor": "SEK", "swedish kronor": "SEK", "norwegian kroner": "NOK", "danish kroner": "DKK",
    "zloty": "PLN", "złoty": "PLN", "zlotys": "PLN", "złotych": "PLN", "zł": "PLN",
    "won": "KRW", "wons": "KRW", "yen": "JPY", "yens": "JPY", "rupees": "INR", "roupies": "INR", "rupien": "INR",
    "francs": "CHF", "livres sterling": "GBP", "couronnes suédoises": "SEK", "schwedische kronen": "SEK",
    "kronen": "KR", "couronnes": "KR", "kroner": "KR", "krone": "KR", "crowns": "KR", "zlotys polonais": "PLN",
    "couronnes danoises": "DKK", "couronnes norvégiennes": "NOK", "couronnes tchèques": "CZK",
    "dänische kronen": "DKK", "norwegische kronen": "NOK", "tschechische kronen": "CZK", "czech korunas": "CZK", "czech crowns": "CZK", "swedish crowns": "SEK", "danish crowns": "DKK",
    "norwegian crowns": "NOK", "czech koruny": "CZK",
    # the German dative and genitive ("im Wert von 1,035 Milliarden schwedischen Kronen")
    "schwedischen kronen": "SEK", "dänischen kronen": "DKK", "norwegischen kronen": "NOK", "tschechischen kronen": "CZK",
    "kanadischen dollar": "CAD", "australischen dollar": "AUD", "neuseeländischen dollar": "NZD",
    "koruna": "CZK", "korunas": "CZK", "danish krone": "DKK", "norwegian krone": "NOK", "złote": "PLN", "pesos": "PHP",
    "philippine pesos": "PHP", "pesos philippins": "PHP", "shekels": "ILS", "lira": "TRY", "liras": "TRY",
    "dirhams": "DIRHAM", "dirham": "DIRHAM", "moroccan dirhams": "MAD", "dirhams marocains": "MAD",
    "uae dirhams": "AED", "emirati dirhams": "AED", "dirhams émiratis": "AED", "riyals": "RIYAL", "riyal": "RIYAL",
    "saudi riyals": "SAR", "rials saoudiens": "SAR", "riyals saoudiens": "SAR", "qatari riyals": "QAR",
    "usd": "USD", "eur": "EUR", "cad": "CAD", "aud": "AUD", "gbp": "GBP", "chf": "CHF", "sek": "SEK",
    "nok": "NOK", "pln": "PLN", "krw": "KRW", "jpy": "JPY", "inr": "INR", "nzd": "NZD", "ils": "ILS",
    "baht": "THB", "thai baht": "THB", "bahts": "THB", "ringgit": "MYR", "ringgits": "MYR", "schilling": "ATS", "rupiah": "IDR", "roupies indonésiennes": "IDR",
    "yuan": "CNY", "renminbi": "CNY", "rand": "ZAR", "reais": "BRL", "brazilian reais": "BRL", "real": "BRL", "brazilian real": "BRL", "réais": "BRL",
    "brasilianische real": "BRL", "brasilianischen real": "BRL", "forint": "HUF",
    "forints": "HUF", "lei": "RON", "naira": "NGN", "tenge": "KZT", "taka": "BDT", "hryvnias": "UAH", "hryvnia": "UAH",
    "new taiwan dollars": "TWD", "taiwan dollars": "TWD", "mexican pesos": "MXN", "colombian pesos": "COP",
    "chilean pesos": "CLP", "argentine pesos": "ARS", "soles": "PEN", "thb": "THB", "myr": "MYR", "idr": "IDR",
    "twd": "TWD", "huf": "HUF", "ron": "RON", "czk": "CZK",
    # the dollars of other countries, written out ("1,521 Milliarden Neuseeland-Dollar", "NZ-Dollar")
    "new zealand dollars": "NZD", "nz dollars": "NZD", "dollars néo-zélandais": "NZD", "neuseeland-dollar": "NZD",
    "nz-dollar": "NZD", "neuseeländische dollar": "NZD", "australische dollar": "AUD", "australian-dollar": "AUD",
    "australien-dollar": "AUD", "austral-dollar": "AUD", "kanada-dollar": "CAD", "singapore dollars": "SGD",
    "dollars de singapour": "SGD", "singapur-dollar": "SGD", "hong kong dollars": "HKD", "taiwan-dollar": "TWD",
    "dollars taïwanais": "TWD",
}
SCALE = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6,
    "mio": 1e6, "mio.": 1e6, "millionen": 1e6, "millions de": 1e6, "billion": 1e9, "billions": 1e9,
    "bn": 1e9, "b": 1e9, "bln": 1e9, "milliard": 1e9, "milliards": 1e9, "milliarde": 1e9,
    "milliarden": 1e9, "mrd": 1e9, "mrd.": 1e9, "md": 1e9, "mds": 1e9, "trillion": 1e12,
    "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5,
    "billionen": 1e12,  # German "Billionen" are thousands of billions ("1,25 Billionen Taiwan-Dollar")
}

_num = r"(?:\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\d])"
_scale = r"(?:(?:mio|mrd)\.|(?:thousand|millions?|mn|mln|mio|millionen|billionen|billions?|bn|bln|milliards?|milliarden?|" \
         r"mrd|mds?|trillion|crores?|lakhs?|k|m|b)\b)"
_prefix = r"US\s?\$|U\.S\.\s?\$|NT\$|C\$|CA\$|CAN\$|CDN\$|A\$|AU\$|NZ\$|S\$|HK\$|R\$|\$(?:US|AU|A|NZ|C|S)(?=\d)|\$|€|£|¥|₩|₹|₪|₱|" \
          r"(?:USD|CAD|AUD|NZD|SGD|EUR|GBP|JPY|KRW|INR|CHF|SEK|NOK|DKK|PLN|ILS|TRY|ZAR|CNY|RMB|BRL|MAD|AED|SAR|QAR|Rs\.?|SKr|NKr|DKr|(?-i:RM)|MYR|(?-i:Rp)\.?|IDR|THB|PHP)(?=[\s\d$])"
_suffix = "|".join(sorted((re.escape(k) for k in SUFFIX_CURRENCY), key=len, reverse=True))

PREFIX_RE = re.compile(
    rf"(?<![A-Za-z])(?P<cur>{_prefix})\s?(?P<num>{_num})(?:(?:\s{{0,2}}|-)(?P<scale>{_scale}))?", re.IGNORECASE)
SUFFIX_RE = re.compile(
    # "a 395-million-dollar upgrade": the price written as one hyphenated adjective
    rf"(?<![\w$€£.,])(?P<num>{_num})(?:\s?|-(?=(?-i:million|billion)-))(?:(?P<scale>{_scale})(?:\s+|-(?=(?-i:dollar|euro)))(?:(?:de|d['’])\s?)?)?"
    rf"(?P<cur>{_suffix})(?!\w|-(?-i:[a-z]))",
    re.IGNORECASE)
# the peso sign written as a letter: only with a scale word ("P-8" and "P5" are designations), or with the
# thousands grouped in full ("P13,727,248,240")
PESO_RE = re.compile(rf"(?<![\w$€£.,-])(?:₱|PHP|Php|P)\s?(?:(?P<num>{_num})(?:\s{{0,2}}|-)"
                     r"(?P<scale>billion|million|trillion|bn)\b|(?P<full>\d{1,3}(?:,\d{3}){2,})(?!\d|,\d))")
QUALIFIER_RE = gated(re.compile(r"(?i)(up to|as (?:much|high) as|about|around|approximately|roughly|some|"
                          r"nearly|almost|more than|over|under|less than|près de|environ|rund|etwa|"
                          r"bis zu|mehr als|plus de|jusqu'à)\s+$"))


@dataclass(frozen=True)
class MoneyMention:
    start: int
    end: int
    text: str
    amount: float
    currency: str  # ISO 4217, or "$" for a bare dollar sign/word whose country is not stated
    qualifier: str | None = None

    @property
    def ambiguous(self) -> bool:
        return self.currency == "$"


EUROPEAN_WORDS = {"milliard", "milliards", "millions", "milliarde", "milliarden", "mrd", "mrd.", "mio", "mio.", "millionen",
                  "md", "mds", "billionen", "d'euros", "d’euros", "de dollars", "de euros", "franken", "schweizer franken",
                  "francs suisses", "dollars canadiens", "dollars australiens", "dollars américains",
                  "kanadische dollar", "us-dollar", "us-dollars", "pfund", "livres", "neuseeland-dollar", "nz-dollar",
                  "neuseeländische dollar", "australische dollar", "australien-dollar", "austral-dollar",
                  "kanada-dollar", "dollars néo-zélandais", "singapur-dollar", "dollars de singapour", "taiwan-dollar",
                  "dollars taïwanais"}


def _amount(num: str, scale: str | None, european: bool = False) -> float | None:
    has_scale = bool(scale)
    n = num.strip()
    if has_scale and re.fullmatch(r"\d+[.,]\d+", n):
        # one separator before a scale word: "2.316 billion" (English), "1,75 milliard" (French/German)
        if european or "." in n or re.fullmatch(r"\d+,\d{1,2}", n):  # "374,96 millions": never thousands
            n = n.replace(",", ".")
        else:
            n = n.replace(",", "")
        value = float(n) if re.fullmatch(r"\d+(\.\d+)?", n) else None
    else:
        value = parse_number(num)
    if value is None:
        return None
    if not has_scale and re.fullmatch(r"\d+,\d{1,2}", num.strip()):
        # "1,75" without a scale word is not a plausible money figure in a notice
        return None
    mult = SCALE.get(scale.lower().rstrip(".") if scale else "", 1.0) if scale else 1.0
    if scale and scale.lower() in SCALE:
        mult = SCALE[scale.lower()]
    amount = value * mult
    return float(round(amount)) if amount >= 1000 else amount  # 4.03 * 1e9 is 4030000000, not ...0005


def find_money(text: str) -> list[MoneyMention]:
    """Every money amount in ``text`` with exact offsets, in text order, non-overlapping."""
    return list(_find_money(text))


@lru_cache(maxsize=64)
def _find_money(text: str) -> tuple[MoneyMention, ...]:
    found: list[MoneyMention] = []
    taken: list[tuple[int, int]] = []
    for rx, kind in ((PREFIX_RE, "prefix"), (SUFFIX_RE, "suffix")):
        for m in rx.finditer(text):
            s, e = m.start(), m.end()
            if any(s < te and ts < e for ts, te in taken):
                continue
            scale = m.group("scale")
            if scale and scale.lower() in ("m", "b", "k") and kind == "suffix":
                continue  # "300 m dollars" is too odd; avoid "5 m" lengths
            cur_raw = re.sub(r"\s+", " ", m.group("cur").lower())
            table = PREFIX_CURRENCY if kind == "prefix" else SUFFIX_CURRENCY
            currency = table.get(cur_raw) or table.get(cur_raw.replace(" ", ""))
            if currency is None:
                continue
            if cur_raw in ("pounds", "livres", "pfund") and not scale:
                continue  # "500 livres", "2,000-pound bombs": a weight unless a scale word makes it money
            if cur_raw == "won" and not scale and re.fullmatch(r"(?:19|20)\d\d", m.group("num")):
                continue  # "in November 2018 won U.S. approval": a year and a verb
            if kind == "prefix" and scale and scale.lower() in ("m", "b", "k") \
                    and e < len(text) and text[e:e + 1].isalpha():
                continue
            european = (scale or "").lower() in EUROPEAN_WORDS or cur_raw in EUROPEAN_WORDS or (
                m.group("cur") in ("Euro",))
            amount = _amount(m.group("num"), scale, european)
            if amount is None:
                continue
            # trailing space matched by the optional scale group is not part of the span
            while e > s and text[e - 1].isspace():
                e -= 1
            q = QUALIFIER_RE.search(text[max(0, s - 30):s])
            found.append(MoneyMention(s, e, text[s:e], amount, currency,
                                      q.group(1).lower() if q else None))
            taken.append((s, e))
    for m in PESO_RE.finditer(text):  # Philippine papers: "P8.6 billion", "a P32-billion contract"
        s, e = m.start(), m.end()
        amount = float(m.group("full").replace(",", "")) if m.group("full") else _amount(m.group("num"), m.group("scale"), False)
        if amount is None or any(s < te and ts < e for ts, te in taken):
            continue
        q = QUALIFIER_RE.search(text[max(0, s - 30):s])
        found.append(MoneyMention(s, e, text[s:e], amount, "PHP", q.group(1).lower() if q else None))
        taken.append((s, e))
    for m in WORDS_RE.finditer(text):  # "zehn Milliarden Dollar", "two billion dollars": a count in words
        s, e = m.start(), m.end()
        if any(s < te and ts < e for ts, te in taken):
            continue
        currency = SUFFIX_CURRENCY.get(re.sub(r"\s+", " ", m.group("cur").lower()))
        raw_n = re.sub(r"\s+and$", "", m.group("n").lower())
        n = 1 if raw_n in ("a", "an") else words_to_int(raw_n) or foreign_words_to_int(raw_n)
        if currency is None or not n or (raw_n in ("a", "an") and m.group("scale").lower() != "billion"):
            continue  # "a million dollars a day" is a manner of speaking; "a billion euros" a price
        q = QUALIFIER_RE.search(text[max(0, s - 30):s])
        value = float(n)
        if m.group("dec"):
            value = float(f"{n}." + "".join(str(DIGIT_WORDS[w]) for w in m.group("dec").lower().split()))
        found.append(MoneyMention(s, e, text[s:e], value * SCALE[m.group("scale").lower()], currency,
                                  q.group(1).lower() if q else None))
        taken.append((s, e))
    found.extend(_elliptic(text, found, taken))
    found.sort(key=lambda mm: mm.start)
    return tuple(found)


# "… six AH-64E pour 1,5 milliard de dollars et de six AH-1Z pour 450 millions": a price without its currency
ELLIPTIC_RE = re.compile(
    r"(?i)\b(?:pour|for|für|at|worth|valued\s+at|à|zu)\s+(?:environ\s+|about\s+|rund\s+|some\s+|quelque\s+)?"
    r"(?P<num>\d{1,3}(?:[.,]\d{1,3})?)\s+(?P<scale>millions?|milliards?|Millionen|Milliarden|million|billion|bn)"
    r"(?=\s*[.,;)]|\s+(?:et|and|und)\b|$)")


def _elliptic(text: str, found: list[MoneyMention], taken: list[tuple[int, int]]) -> list[MoneyMention]:
    """A price with a scale word and no currency takes the currency of the figure told just before it in the
    same sentence."""
    out: list[MoneyMention] = []
    for m in ELLIPTIC_RE.finditer(text):
        s, e = m.start("num"), m.end("scale")
        if any(s < te and ts < e for ts, te in taken):
            continue
        prior = [f for f in found if f.end <= s and s - f.end <= 200 and not re.search(r"[.!?]\s", text[f.end:s])]
        if not prior:
            continue
        scale = m.group("scale")
        amount = _amount(m.group("num"), scale, scale.lower() in EUROPEAN_WORDS)
        if amount is None:
            continue
        out.append(MoneyMention(s, e, text[s:e], amount, prior[-1].currency, None))
    return out


DIGIT_WORDS = {"zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9}
EN_NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                  r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)")
# the currency words a price told in words may end with ("zehn Milliarden Kronen", "two billion pounds"),
# longest first so that "swedish kronor" wins over "kronor"
_WORD_CURRENCIES = sorted((re.escape(k).replace(r"\ ", r"\s+") for k in SUFFIX_CURRENCY
                           if re.fullmatch(r"[^\W\d_]+(?:[ '’-][^\W\d_]+)*", k) and len(k) > 2),
                          key=len, reverse=True)
WORDS_RE = re.compile(
    # "four hundred million dollars", "twenty-five million dollars", "a billion euros"
    r"(?i)(?<![\w-])(?P<n>" + EN_NUMBER_WORD + r"(?:(?:\s+|-)(?:hundred(?:\s+and)?|" + EN_NUMBER_WORD + r"))*|an?|"
    r"un|deux|trois|quatre|cinq|sept|huit|neuf|dix|douze|quinze|vingt|trente|cinquante|"
    r"eine|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig|dreißig|fünfzig)(?:\s+|-)"
    # "sixty point two million dollars": a decimal read out, as in a broadcast transcript
    r"(?:point\s+(?P<dec>(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\s+)+))?"
    r"(?P<scale>billion|million|milliards?|millions?|Milliarden?|Millionen?)(?:\s+|-(?=(?-i:dollar|euro)))(?:(?:de\s+|d['’]\s?))?"
    r"(?P<cur>" + "|".join(_WORD_CURRENCIES) + r")(?!\w)")
