"""How often is a seller read from an item's origin (seller evidence inside an item's evidence) right?
Pairs pred/gold deals by buyer + a shared item, ignoring seller."""
import json, sys, collections
sys.path.insert(0, 'tests/tools')
from score import norm, same_system
files = open(sys.argv[1] + '.files').read().split()
preds = [json.loads(l) for l in open(sys.argv[1])]
c = collections.Counter(); bad = []
for f, p in zip(files, preds):
    g = json.load(open(f[:-4] + '.gold.json'))
    for d in p.get('deals') or []:
        se = d.get('seller_evidence') or {}
        if not d.get('seller') or not se: continue
        origin = any((it.get('evidence') or {}).get('start', -1) <= se['start'] < (it.get('evidence') or {}).get('end', -1) for it in d.get('items') or [])
        if not origin: continue
        gs = [x for x in g['deals'] if norm(x.get('buyer')) == norm(d.get('buyer')) and any(same_system(a, b) for a in d.get('items') or [] for b in x.get('items') or [])]
        if not gs: c['no gold twin'] += 1; continue
        ok = any(norm(x.get('seller')) == norm(d['seller']) for x in gs)
        nul = all(not x.get('seller') for x in gs)
        c['gold null' if nul else 'right' if ok else 'wrong'] += 1
        if not ok and not nul: bad.append(f"{f.split('/')[-1][:30]} pred {d['seller']} gold {[x.get('seller') for x in gs]} {se.get('text')!r}")
print(c)
for b in bad: print('  ', b)
