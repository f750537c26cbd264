"""Missed gold deals ('other system' merged kind and others): print the sentence where the first item's name occurs."""
import json, sys, collections, re
sys.path.insert(0, 'tests/tools')
from score import match_deals, norm, same_system
files = open(sys.argv[1] + '.files').read().split()
preds = [json.loads(l) for l in open(sys.argv[1])]
n = 0
for f, p in zip(files, preds):
    g = json.load(open(f[:-4] + '.gold.json')); text = open(f).read()
    gold, pr = g['deals'], p.get('deals') or []
    pairs, extra = match_deals(pr, gold)
    for gi, gd in enumerate(gold):
        if gi in pairs: continue
        its = gd.get('items') or []
        names = [n_ for it in its[:1] for n_ in [it.get('system')] + (it.get('aliases') or []) if n_]
        pos = -1
        for nm in sorted(names, key=len, reverse=True):
            pos = text.find(nm)
            if pos >= 0: break
        if pos < 0: continue
        s = max(text.rfind('. ', 0, pos), text.rfind('\n', 0, pos)) + 1
        e = min([x for x in (text.find('. ', pos), text.find('\n', pos)) if x >= 0] or [len(text)])
        n += 1
        print(f"{f.split('/')[-2][-2:]}/{f.split('/')[-1][:28]} {gd.get('seller')}->{gd.get('buyer')} {gd.get('stage')} {gd.get('date')}: {text[s:e+1].strip()[:260]!r}")
print(n)
