"""Claims caught when the attribute name is ignored: a contradicted prediction whose evidence overlaps
the gold claim's quote counts as caught (a supported gold claim so overlapped counts as a false flag).

    python3 tests/tools/claims_by_quote.py DIR [DIR ...]

Runs ``armstrack extract --format jsonl`` on DIR/*.txt; gold from DIR/NAME.gold.json (shared/eval/SCHEMA.md).
"""
import glob
import json
import subprocess
import sys

for d in sys.argv[1:]:
    files = sorted(glob.glob(f"{d}/*.txt"))
    out = subprocess.run(["armstrack", "extract", "--format", "jsonl", *files], capture_output=True, text=True).stdout.splitlines()
    caught = tot = ff = sup = 0
    for f, line in zip(files, out, strict=False):
        pred = json.loads(line)
        text = open(f).read()
        gold = json.load(open(f[:-4] + ".gold.json"))
        for gc in gold.get("claims", []):
            q = gc["quote"]; qs = text.find(q); qe = qs + len(q)
            hit = [pc for pc in pred.get("claims", []) if pc.get("verdict") == "contradicted" and pc.get("evidence")
                   and pc["evidence"]["start"] < qe and pc["evidence"]["end"] > qs]
            if gc["verdict"] == "contradicted":
                tot += 1; caught += bool(hit)
                if not hit: print("  missed:", f.split("/")[-1][:28], "|", gc["attribute"], "|", q[:90])
            elif gc["verdict"] == "supported":
                sup += 1; ff += bool(hit)
                if hit: print("  FALSE:", f.split("/")[-1][:28], "|", gc["attribute"], "|", q[:90], "|", hit[0].get("reference", "")[:80])
    print(d, f"caught {caught}/{tot}, false {ff}/{sup}")
