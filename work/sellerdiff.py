"""Gold deals missed where a pred deal has the same buyer and a shared item but another seller."""
import json, sys, collections
sys.path.insert(0, 'tests/tools')
from score import match_deals, norm, same_system
files = open(sys.argv[1] + '.files').read().split()
preds = [json.loads(l) for l in open(sys.argv[1])]
c = collections.Counter()
for f, p in zip(files, preds):
    g = json.load(open(f[:-4] + '.gold.json'))
    gold, pr = g['deals'], p.get('deals') or []
    pairs, extra = match_deals(pr, gold)
    for gi, gd in enumerate(gold):
        if gi in pairs: continue
        for pi, d in enumerate(pr):
            if norm(d.get('buyer')) != norm(gd.get('buyer')) or norm(d.get('seller')) == norm(gd.get('seller')): continue
            if any(same_system(a, b) for a in d.get('items') or [] for b in gd.get('items') or []):
                taken = pi not in extra
                c['taken' if taken else 'free'] += 1
                print(f"{'T' if taken else 'F'} {f.split('/')[-2][-4:]}/{f.split('/')[-1][:34]} gold {gd['seller']}->{gd['buyer']} {[i['system'] for i in gd.get('items') or []][:2]} | pred {d.get('seller')} {[i['system'] for i in d.get('items') or []][:2]} sellerev={(d.get('seller_evidence') or {}).get('text')!r}")
                break
print(c)
