#!/usr/bin/env bash
# Search latency over HTTP on the bundled content (the plan, the laws as whole documents, the research results), as a
# reader's browser or the public website meets it: GET /api/search for ten typed queries, 200 searches of warm-up then
# 300 timed, one kept-alive connection. Runs the portal on the embedded default (./data of this checkout) twice per
# round, with the long documents kept between searches off (--portal.search.kept-documents-mb=0) and on (the default,
# 48), alternating, and prints p50 / p90 / mean per run. About 2 minutes a run.
#   bash bench/http-latency.sh [ROUNDS]   (default 2; PORT=8099)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-2}"
PORT="${PORT:-8099}"
BASE="http://127.0.0.1:$PORT"
QUERIES=("sở hữu trí tuệ" "khoa học và công nghệ" "chuyển giao công nghệ" "an toàn bức xạ"
    "tiêu chuẩn đo lường chất lượng" "luật" "quyền tác giả" "đổi mới sáng tạo" "nhiệm vụ 5.3" "ngân sách nhà nước")
urls=()
for q in "${QUERIES[@]}"; do
    urls+=("$BASE/api/search?q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$q")")
done
requests() { # N: the query list N times, each answer discarded
    local args=()
    for _ in $(seq 1 "$1"); do for u in "${urls[@]}"; do args+=(-o /dev/null "$u"); done; done
    printf '%s\n' "${args[@]}"
}
for round in $(seq 1 "$ROUNDS"); do
    for mb in 0 48; do
        ./portal run --server.port="$PORT" --portal.search.kept-documents-mb="$mb" > "/tmp/http-latency-$mb.log" 2>&1 &
        pid=$!
        trap 'kill $pid 2>/dev/null || true' EXIT
        # Up, and the legal registry imported (a law answers "sở hữu trí tuệ").
        for _ in $(seq 1 300); do
            curl -fs "${urls[0]}" 2>/dev/null | grep -q '"legal-document"' && break
            sleep 1
        done
        mapfile -t warm < <(requests 20)
        curl -s "${warm[@]}"
        mapfile -t timed < <(requests 30)
        curl -s -w '%{time_total}\n' "${timed[@]}" | python3 -c '
import statistics, sys
t = sorted(float(x) for x in sys.stdin if x.strip())
print(f"round {sys.argv[1]}, kept {sys.argv[2]:>2} MB: {len(t)} searches, p50 {1000 * t[len(t) // 2]:.1f} ms, "
      f"p90 {1000 * t[int(len(t) * 0.9)]:.1f} ms, mean {1000 * statistics.mean(t):.1f} ms")' "$round" "$mb"
        kill "$pid"; wait "$pid" 2>/dev/null || true
        trap - EXIT
    done
done
