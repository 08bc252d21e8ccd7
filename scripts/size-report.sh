#!/usr/bin/env bash
# Prints the gzipped size of what dist/ serves (wasm, JS, CSS, HTML) against
# the budget. Fails when the budget is exceeded or dist/ is missing.
#
# The budget is issue 3's 400 KB. A reader's own articles (issue 5) had
# taken the bundle to 453 KB and the budget to 460 KB for a while; one copy
# of the sort, no float parser, talc and minified JS and CSS brought it back
# under 400 KB (see the README's size table).
set -euo pipefail
cd "$(dirname "$0")/.."
budget_kb=400
[ -d dist ] || { echo "size report: dist/ is missing; run trunk build --release first" >&2; exit 1; }
python3 - "$budget_kb" <<'PY'
import gzip, pathlib, sys
budget = int(sys.argv[1]) * 1024
kinds = {".wasm": "wasm", ".js": "JS", ".css": "CSS", ".html": "HTML"}
raw, packed = {}, {}
for f in sorted(pathlib.Path("dist").iterdir()):
    kind = kinds.get(f.suffix)
    if kind is None or not f.is_file():
        continue
    data = f.read_bytes()
    raw[kind] = raw.get(kind, 0) + len(data)
    packed[kind] = packed.get(kind, 0) + len(gzip.compress(data, 9))
print("== size report (dist/, gzip -9)")
for kind in ["wasm", "JS", "CSS", "HTML"]:
    print(f"  {kind:5} {raw.get(kind, 0) / 1024:8.1f} KB raw {packed.get(kind, 0) / 1024:8.1f} KB gzipped")
total = sum(packed.values())
print(f"  total {sum(raw.values()) / 1024:8.1f} KB raw {total / 1024:8.1f} KB gzipped (budget {budget // 1024} KB)")
if total > budget:
    print("size report: over budget", file=sys.stderr)
    sys.exit(1)
PY
