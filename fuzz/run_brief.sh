#!/usr/bin/env bash
# Run each fuzz target for N seconds (default 20), seeded with the store's own files.
# For CI: exits non-zero when a target finds a crash; a clear note (exit 0) when atheris
# is not installed, since it is an optional tool (pip install atheris).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-20}"
python="${PYTHON:-.venv/bin/python}"
[ -x "$python" ] || python=python3

if ! "$python" -c "import atheris" 2>/dev/null; then
    echo "fuzz: atheris is not installed for $python; skipping (pip install atheris)"
    exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/loader" "$work/values" "$work/argv" "$work/artifacts"
for f in facts/*.yaml tests/data/store/*.yaml; do
    cp "$f" "$work/loader/$(echo "$f" | tr / _)"
done
printf 'search\0-n=3' > "$work/argv/seed-0"
"$python" - "$work/values" <<'PY'
import sys
from pathlib import Path

seeds = [
    "배경훈은 2025년 7월 17일 취임했다.", "GPU 20만장", "36억9767만 원", "약 15만장 이상",
    "2030년까지", "1976년 5월", "3.5%", "4.15 billion", "2024. 8. 7.", "오는 12일", "2012년생",
]
for i, text in enumerate(seeds):
    Path(sys.argv[1], f"seed-{i}").write_text(text, encoding="utf-8")
PY

status=0
for target in loader values argv; do
    echo "fuzz: $target for ${seconds}s"
    extra=()
    [ "$target" = loader ] && extra=(-dict=fuzz/yaml.dict)
    if ! "$python" "fuzz/fuzz_$target.py" "$work/$target" "${extra[@]}" \
        -max_total_time="$seconds" -artifact_prefix="$work/artifacts/" -print_final_stats=1 \
        > "$work/$target.log" 2>&1; then
        status=1
        echo "fuzz: $target FOUND A CRASH:"
        tail -n 40 "$work/$target.log"
        mkdir -p fuzz/crashes && cp "$work"/artifacts/* fuzz/crashes/ 2>/dev/null || true
        echo "fuzz: inputs saved in fuzz/crashes/ (replay: $python fuzz/fuzz_$target.py FILE)"
    else
        grep -E "^(Done|stat::number_of_executed_units)" "$work/$target.log" | tail -n 1 || true
    fi
done

# The output encoders (csv, tsv, plain, terminal, json, github), seeded with hostile text.
mkdir -p "$work/encoders"
printf ' =1+1\t\r\n\033]52;c;aGk=\007 \342\200\256\357\273\277a\n::warning file=x,y::z%%' \
    > "$work/encoders/seed-0"
echo "fuzz: encoders for ${seconds}s"
if ! "$python" fuzz/fuzz_encoders.py "$work/encoders" -max_total_time="$seconds" \
    -artifact_prefix="$work/artifacts/" -print_final_stats=1 > "$work/encoders.log" 2>&1; then
    status=1
    echo "fuzz: encoders FOUND A CRASH:"
    tail -n 40 "$work/encoders.log"
    mkdir -p fuzz/crashes && cp "$work"/artifacts/* fuzz/crashes/ 2>/dev/null || true
    echo "fuzz: inputs saved in fuzz/crashes/ (replay: $python fuzz/fuzz_encoders.py FILE)"
else
    grep -E "^(Done|stat::number_of_executed_units)" "$work/encoders.log" | tail -n 1 || true
fi
exit "$status"
