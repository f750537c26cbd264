"""Merge helper catalog files and facts patches into the package data, keeping the files' layout (run from /work/main).
usage: merge.py [--dry] FILE...   (facts patches are the files named facts_*.json)"""
import json, sys, re
sys.path.insert(0, "src"); sys.path.insert(0, "/tmp/cat27")
from armstrack.normalize.catalog import lookup_key, Catalog
W = "src/armstrack/data/catalog_world.json"
M = "src/armstrack/data/catalog.json"
J = lambda o: json.dumps(o, ensure_ascii=False)

def entry_lines(e, last):
    end = "" if last else ","
    facts = e.get("facts")
    head = {k: v for k, v in e.items() if k != "facts"}
    if not facts:
        return ["    " + J(head) + end]
    out = ["    " + J(head)[:-1] + ",", '     "facts": {']
    fi = list(facts.items())
    for n, (k, v) in enumerate(fi):
        out.append(f"      {J(k)}: {J(v)}" + ("," if n < len(fi) - 1 else "}}" + end))
    return out

class File:
    def __init__(self, path):
        self.path = path
        self.text = open(path, encoding="utf-8").read()
        self.data = json.loads(self.text)
        self.lines = self.text.split("\n")
        self.new_sources, self.new_systems, self.changed = {}, [], {}
    def write(self, dry):
        lines = self.lines
        # changed entries: re-serialised in place
        starts = [i for i, l in enumerate(lines) if l.startswith('    {"id": ')]
        close = next(i for i, l in enumerate(lines) if l == "  ]")
        for sid, e in self.changed.items():
            i = next(k for k in starts if lines[k].startswith('    {"id": ' + J(sid) + ","))
            j = next((k for k in starts if k > i), close)
            last = j == close
            lines[i:j] = entry_lines(e, last)
            starts = [k for k, l in enumerate(lines) if l.startswith('    {"id": ')]
            close = next(k for k, l in enumerate(lines) if l == "  ]")
        if self.new_systems:
            lines[close - 1] = lines[close - 1] + ","
            add = []
            for n, e in enumerate(self.new_systems):
                add += entry_lines(e, n == len(self.new_systems) - 1)
            lines[close:close] = add
        if self.new_sources:
            k = next(i for i, l in enumerate(lines) if l == "  },")
            lines[k - 1] = lines[k - 1] + ","
            items = list(self.new_sources.items())
            lines[k:k] = [f"    {J(a)}: {J(b)}" + ("," if n < len(items) - 1 else "") for n, (a, b) in enumerate(items)]
        text = "\n".join(lines)
        expect = self.data
        assert json.loads(text) == expect, self.path
        if not dry:
            open(self.path, "w", encoding="utf-8").write(text)

def main(argv):
    dry = "--dry" in argv
    files = [a for a in argv if a != "--dry"]
    world, main_ = File(W), File(M)
    base = Catalog({"sources": {**main_.data["sources"], **world.data["sources"]},
                    "systems": main_.data["systems"] + world.data["systems"]})
    ids = {e["id"] for e in main_.data["systems"] + world.data["systems"]}
    keys, added, dropped = set(), 0, []
    def add_source(f, sid, src):
        allsrc = {**main_.data["sources"], **world.data["sources"]}
        if sid in allsrc:
            return allsrc[sid]["url"] == src["url"]
        f.data["sources"][sid] = src; f.new_sources[sid] = src
        return True
    for path in files:
        if "/facts_" in path:
            continue
        cand = json.load(open(path, encoding="utf-8"))
        for e in cand["systems"]:
            names = [e["name"], *e["aliases"]]
            ks = {lookup_key(n) for n in names}
            if e["id"] in ids or ks & keys or any(base.lookup(n) is not None for n in names):
                dropped.append((path, e["id"])); continue
            srcs = {e["source"], *(f["source"] for f in (e.get("facts") or {}).values())}
            allsrc = {**main_.data["sources"], **world.data["sources"]}
            if any(s in allsrc and allsrc[s]["url"] != cand["sources"][s]["url"] for s in srcs):
                dropped.append((path, e["id"] + " (source id clash)")); continue
            for s in srcs:
                add_source(world, s, cand["sources"][s])
            world.data["systems"].append(e); world.new_systems.append(e)
            ids.add(e["id"]); keys |= ks; added += 1
    nfacts, skipped = 0, []
    for path in files:
        if "/facts_" not in path:
            continue
        patch = json.load(open(path, encoding="utf-8"))
        for sysid, facts in patch["facts"].items():
            for f in (main_, world):
                entry = next((e for e in f.data["systems"] if e["id"] == sysid), None)
                if entry is None:
                    continue
                for key, fact in facts.items():
                    if key in (entry.get("facts") or {}) or not add_source(f, fact["source"], patch["sources"][fact["source"]]):
                        skipped.append((sysid, key)); continue
                    entry.setdefault("facts", {})[key] = fact; nfacts += 1
                    if entry not in f.new_systems:
                        f.changed[sysid] = entry
                break
    world.write(dry); main_.write(dry)
    print("added", added, "dropped", len(dropped), dropped[:20], "facts", nfacts, "skipped", skipped[:20])

main(sys.argv[1:])
