"""Generator for src/armstrack/data/countries.json (kept outside the repo; run once)."""
import gettext, json, re, sys, unicodedata, datetime
from collections import defaultdict

PYC = '/tmp/pyc/pycountry'
iso = json.load(open(f'{PYC}/databases/iso3166-1.json'))['3166-1']
tr = {l: gettext.translation('iso3166-1', localedir=f'{PYC}/locales', languages=[l]) for l in ('fr', 'de')}

# Aliases that are common words / person names in the languages we read: kept, but flagged ambiguous
# (find_parties skips them unless include_ambiguous=True).
RISKY = {'Island', 'Maurice', 'Grenade', 'Dominique', 'Salvador', 'Jersey', 'Guernsey', 'Réunion',
         'La Réunion', 'Man', 'Kongo', 'Emirates', 'Kiwi', 'England', 'Angleterre', 'Chili', 'Guam'}
RISKY_DROP = set()  # nothing dropped outright

def fr_forms(w):
    if w.endswith(('ais', 'ois')):
        return [w, w + 'e', w + 'es']
    if w.endswith('en'):
        return [w, w + 'ne', w + 's', w + 'nes']
    if w.endswith('on'):
        return [w, w + 'ne', w + 's', w + 'nes', w + 'e', w + 'es']
    if w.endswith('e'):
        return [w, w + 's']
    return [w, w + 'e', w + 's', w + 'es']

def de_forms(w):
    if not w.endswith('isch'):
        return [w]
    return [w + e for e in ('', 'e', 'en', 'er', 'es', 'em')]

ARTICLES = ('the ', 'le ', 'la ', 'les ', "l'", 'des ', 'du ', 'de ', "d'", 'au ', 'aux ',
            'die ', 'der ', 'den ', 'dem ', 'das ')

def split_names(field):
    out, amb = [], []
    for n in [x.strip() for x in field.split('|') if x.strip()]:
        if n.endswith('*'):
            n = n[:-1].strip()
            amb.append(n)
        out.append(n)
    return out, amb

def uniq(xs):
    seen, out = set(), []
    for x in xs:
        if x and x not in seen:
            seen.add(x); out.append(x)
    return out

curated = {}
for line in open('/tmp/build/curated.txt', encoding='utf-8'):
    if not line.strip() or line.startswith('#'):
        continue
    f = [x.strip() for x in line.rstrip('\n').split(';')]
    assert len(f) == 9, line
    curated[f[0]] = f

GENITIVE_SKIP = {'Korea', 'Island', 'Guinea', 'Holland'}

def genitive(names):
    out = []
    for n in names:
        if ' ' in n or ',' in n or n.lower().startswith(tuple(a.strip() for a in ARTICLES)):
            continue
        if n[-1] in 'sxzßeSXZ' or n.isupper() or n in GENITIVE_SKIP:
            continue
        out.append(n + 's')
    return out

countries = []
iso_by3 = {c['alpha_3']: c for c in iso}
for c in iso:
    code = c['alpha_3']
    iso_names = uniq([c['name'], c.get('official_name', ''), c.get('common_name', '')])
    fr_iso = uniq([tr['fr'].gettext(n) for n in iso_names])
    de_iso = uniq([tr['de'].gettext(n) for n in iso_names])
    entry = {'code': code, 'alpha2': c['alpha_2'], 'name': c.get('common_name', c['name']),
             'iso_name': c['name'], 'kind': 'country', 'curated': False}
    if c.get('official_name'):
        entry['official_name'] = c['official_name']
    amb = []
    if code in curated:
        f = curated.pop(code)
        entry['name'] = f[1]
        entry['curated'] = True
        en, a1 = split_names(f[2]); fr, a2 = split_names(f[3]); de, a3 = split_names(f[4])
        dem_en, a4 = split_names(f[5])
        amb += a1 + a2 + a3 + a4
        frd = f[6]
        fr_dem = frd[1:].split('|') if frd.startswith('!') else [y for x in frd.split('|') if x for y in fr_forms(x.strip())]
        de_dem = [y for x in f[7].split('|') if x.strip() for y in de_forms(x.strip())]
        caps = []
        for capn in [x.strip() for x in f[8].split('|') if x.strip()]:
            caps.append({'name': capn.rstrip('*').strip(), 'ambiguous': capn.endswith('*')})
        entry['names'] = uniq(en + iso_names)
        entry['fr'] = uniq(fr + fr_iso)
        entry['de'] = uniq(de + de_iso + genitive(de))
        entry['demonyms'] = uniq(dem_en + fr_dem + de_dem)
        entry['capitals'] = caps
    else:
        entry['names'] = iso_names
        entry['fr'] = fr_iso
        entry['de'] = de_iso
        entry['demonyms'] = []
        entry['capitals'] = []
    for group in ('names', 'fr', 'de'):
        for n in entry[group]:
            if n in RISKY:
                amb.append(n)
    entry['ambiguous_aliases'] = uniq(amb)
    countries.append(entry)

# Kosovo: not in ISO 3166-1; user-assigned code XK/XKX as used by the EU and IMF.
assert list(curated) == ['XKX'], list(curated)
f = curated.pop('XKX')
en, _ = split_names(f[2]); fr, _ = split_names(f[3]); de, _ = split_names(f[4]); dem, _ = split_names(f[5])
countries.append({'code': 'XKX', 'alpha2': 'XK', 'name': 'Kosovo', 'iso_name': None, 'kind': 'country',
                  'curated': True, 'note': 'not in ISO 3166-1; user-assigned code XK/XKX (EU, IMF usage)',
                  'names': en, 'fr': fr, 'de': uniq(de + genitive(de)),
                  'demonyms': uniq(dem + fr_forms('kosovar') + de_forms('kosovarisch')),
                  'capitals': [{'name': x, 'ambiguous': False} for x in f[8].split('|')],
                  'ambiguous_aliases': []})

organisations = [
    {'code': 'NATO', 'alpha2': None, 'name': 'NATO', 'kind': 'organisation',
     'names': ['NATO', 'Nato', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation',
               'the North Atlantic Treaty Organization', 'North Atlantic Alliance', 'the Alliance*', 'Alliance*'],
     'fr': ['OTAN', "l'OTAN", 'Otan', "Organisation du traité de l'Atlantique nord",
            "Organisation du Traité de l'Atlantique Nord", "l'Alliance atlantique", 'Alliance atlantique'],
     'de': ['NATO', 'Nato', 'die Nato', 'der Nato', 'Nordatlantikpakt', 'Organisation des Nordatlantikvertrags',
            'Nordatlantische Allianz']},
    {'code': 'NSPA', 'alpha2': None, 'name': 'NATO Support and Procurement Agency', 'kind': 'organisation',
     'names': ['NSPA', 'NATO Support and Procurement Agency', 'NATO Support & Procurement Agency',
               'NATO Support and Procurement Organisation', 'NATO Support and Procurement Organization',
               'NSPO', 'NATO Support Agency', 'NAMSA', 'NATO Maintenance and Supply Agency',
               'NATO Maintenance and Supply Organization', 'NATO Maintenance and Supply Organisation', 'NAMSO'],
     'fr': ["Agence OTAN de soutien et d'acquisition", "l'Agence OTAN de soutien et d'acquisition",
            "Agence OTAN d'entretien et d'approvisionnement"],
     'de': ['NATO-Unterstützungs- und Beschaffungsagentur', 'NATO Support and Procurement Agency']},
    {'code': 'NAMO', 'alpha2': None, 'name': 'NATO Airlift Management Organization', 'kind': 'organisation',
     'names': ['NATO Airlift Management', 'NATO Airlift Management Organization', 'NATO Airlift Management Organisation',
               'NATO Airlift Management Agency', 'NATO Airlift Management Programme', 'NATO Airlift Management Program',
               'NAMO', 'NAMA*', 'NAMP', 'Strategic Airlift Capability', 'Heavy Airlift Wing'],
     'fr': ["Organisation OTAN de gestion du transport aérien stratégique", 'Capacité de transport aérien stratégique'],
     'de': ['Strategic Airlift Capability']},
    {'code': 'EU', 'alpha2': 'EU', 'name': 'European Union', 'kind': 'organisation',
     'names': ['European Union', 'the European Union', 'EU', 'E.U.'],
     'fr': ['Union européenne', "l'Union européenne", 'UE'],
     'de': ['Europäische Union', 'die Europäische Union', 'der Europäischen Union', 'Europäischen Union', 'EU']},
    {'code': 'OCCAR', 'alpha2': None, 'name': 'OCCAR', 'kind': 'organisation',
     'names': ['OCCAR', 'Organisation for Joint Armament Co-operation', 'Organisation for Joint Armament Cooperation',
               'Organization for Joint Armament Cooperation', 'OCCAR-EA'],
     'fr': ["Organisation conjointe de coopération en matière d'armement",
            "Organisation Conjointe de Coopération en matière d'ARmement", "l'OCCAR"],
     'de': ['Gemeinsame Organisation für Rüstungskooperation']},
    {'code': 'AU', 'alpha2': None, 'name': 'African Union', 'kind': 'organisation',
     'names': ['African Union', 'the African Union', 'AU*'],
     'fr': ['Union africaine', "l'Union africaine", 'UA*'],
     'de': ['Afrikanische Union', 'die Afrikanische Union', 'der Afrikanischen Union']},
]
for o in organisations:
    amb = []
    for g in ('names', 'fr', 'de'):
        clean = []
        for n in o[g]:
            if n.endswith('*'):
                n = n[:-1]; amb.append(n)
            clean.append(n)
        o[g] = uniq(clean)
    o['demonyms'] = []
    o['capitals'] = []
    o['ambiguous_aliases'] = uniq(amb)

US_STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware',
             'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky',
             'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi',
             'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico',
             'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania',
             'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont',
             'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'District of Columbia',
             'Puerto Rico']
US_POSTAL = ['AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY',
             'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND',
             'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'DC',
             'PR']
US_ABBREV = ['Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Del.', 'Fla.', 'Ga.', 'Ill.', 'Ind.', 'Kan.',
             'Kans.', 'Ky.', 'La.', 'Md.', 'Mass.', 'Mich.', 'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Neb.', 'Nev.',
             'N.H.', 'N.J.', 'N.M.', 'N.Y.', 'N.C.', 'N.D.', 'Okla.', 'Ore.', 'Pa.', 'Penn.', 'R.I.', 'S.C.',
             'S.D.', 'Tenn.', 'Tex.', 'Vt.', 'Va.', 'Wash.', 'W.Va.', 'Wis.', 'Wyo.']
CA_PROV = ['Ontario', 'Quebec', 'Québec', 'British Columbia', 'Alberta', 'Manitoba', 'Saskatchewan', 'Nova Scotia',
           'New Brunswick', 'Newfoundland', 'Newfoundland and Labrador', 'Prince Edward Island', 'Yukon',
           'Northwest Territories', 'Nunavut']
CA_POSTAL = ['ON', 'QC', 'BC', 'AB', 'MB', 'SK', 'NS', 'NB', 'NL', 'PE', 'YT', 'NT', 'NU']

BLOCKERS = ['New Mexico', 'New Jersey', 'Jersey City', 'New England', 'New Holland', 'Georgia Tech',
            'Georgia Institute of Technology', 'Georgia Tech Research Institute', 'University of Georgia',
            'State of Georgia', 'state of Georgia', 'Georgia state', 'Washington State', 'Washington state',
            'State of Washington', 'state of Washington', 'George Washington', 'University of Washington',
            'Washington Post', 'Washington Times', 'Washington Navy Yard*', 'Latin America', 'Latin American',
            'Latin Americans', 'South America', 'South American', 'South Americans', 'North America',
            'North American', 'North Americans', 'Central America', 'Central American', 'Central Americans',
            'Native American', 'Native Americans', 'American Indian', 'Indian Ocean', 'Indian Head',
            'Dutch Harbor', 'Pennsylvania Dutch', 'British Columbia', 'Korean Peninsula', 'Korean War',
            'Indochina', 'Indo-Pacific', 'Turkey Point', 'Panama City Beach', 'Lima Army Tank Plant*',
            'Jordan Valley*', 'Anglo-American*', 'Arab American', 'Lebanon Valley', 'Mexico City Policy',
            'Russian Federation Council*', 'Irish Sea', 'English Channel', 'French Riviera*', 'Swiss Alps*',
            'Dutch Caribbean', 'New Caledonian*', 'Chile pepper', 'Chile peppers', 'Turkish Airlines*',
            'Emirates Airline', 'Qatar Airways*', 'Singapore Airlines*', 'Poland Spring', 'China Lake']
blockers = sorted(set(b.rstrip('*') for b in BLOCKERS if not b.endswith('*')))

today = datetime.date.today().isoformat()
out = {
    'version': 1,
    'description': ('Countries (all ISO 3166-1 entries plus Kosovo) and a few organisations that buy or broker '
                    'arms, with English names, French and German names, demonyms and capitals used as '
                    'metonyms. Read by armstrack.normalize.countries.'),
    'sources': {
        'iso3166': {
            'what': ('ISO 3166-1 alpha-2 / alpha-3 codes, English short, official and common names; French and '
                     'German translations of those names'),
            'from': ('Debian iso-codes data as shipped in the pycountry 26.2.16 wheel from PyPI '
                     '(pycountry/databases/iso3166-1.json and pycountry/locales/{fr,de}/LC_MESSAGES/iso3166-1.mo). '
                     'pycountry is not a dependency of armstrack; its data was read once to generate this file.'),
            'license': 'iso-codes data: LGPL-2.1',
            'retrieved': today,
            'entries': len(iso),
        },
        'curated': {
            'what': ('Name variants, French/German forms with articles, demonyms (English nouns and adjectives, '
                     'French adjective forms, German adjective stems with their endings) and capitals for '
                     f'{sum(1 for c in countries if c["curated"])} countries that appear in arms-sale news and '
                     'notices, plus the organisations; usage-based, compiled by hand for armstrack'),
            'retrieved': today,
        },
    },
    'notes': [
        'Every alias is matched exactly (after case folding); names are also matched by find_parties in text.',
        '"ambiguous_aliases" and capitals with "ambiguous": true are common words, person names or places '
        'that share a name (e.g. "Lima, Ohio"); find_parties skips them unless include_ambiguous=True.',
        'German names without an article also get their genitive -s form (Polens, Kanadas).',
        'Kosovo (XKX/XK) is not part of ISO 3166-1; the user-assigned code used by the EU and IMF is given.',
        '"Korea" alone maps to the Republic of Korea (KOR), following U.S. and European usage.',
        '"Republic of China" and "TECRO" map to Taiwan (TWN).',
        '"blockers" are phrases that contain a party name but do not mention that party (New Mexico, Latin '
        'America, Georgia Tech); they win over shorter matches and are then dropped.',
        '"us_context" lists U.S. state names, postal codes and abbreviations and Canadian provinces; a match '
        'followed by ", <state>" is a North American town (Lebanon, Pennsylvania; London, Ontario), and the '
        'state names Georgia and Washington preceded by "<Town>, " are U.S. states.',
    ],
    'countries': countries,
    'organisations': organisations,
    'blockers': blockers,
    'us_context': {'states': US_STATES, 'postal_codes': US_POSTAL, 'abbreviations': US_ABBREV,
                   'canadian_provinces': CA_PROV, 'canadian_postal_codes': CA_POSTAL,
                   'state_homonyms': ['Georgia', 'Washington']},
}
json.dump(out, open(sys.argv[1], 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print('countries', len(countries), 'curated', sum(c['curated'] for c in countries), 'orgs', len(organisations))
