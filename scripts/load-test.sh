#!/usr/bin/env bash
# Load and abuse test of `serve` on loopback, bounded in time (about 5 minutes); writes
# docs/service.md. Not part of CI: run it by hand on a quiet machine (see `uptime`).
#
#   scripts/load-test.sh            # builds the jar if needed, then measures
#
# Needs: a JDK 17+, Maven, wrk (Debian: apt-get install -y wrk), python3 (the abuse clients,
# scripts/load_abuse.py, standard library only), curl. Traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18480}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-10}
OUT=examples/target/load-test
DOC=docs/service.md
mkdir -p "$OUT"

for tool in wrk python3 curl java; do
  command -v "$tool" >/dev/null || { echo "load-test: $tool is needed" >&2; exit 2; }
done
[ -f examples/target/gnlc-examples.jar ] || mvn -q -B -ntp -DskipTests package

server_pid=
start_server() { # name; default JVM options, the GC log only records pauses
  java -Xlog:gc:file="$OUT/$1-gc.log" -jar examples/target/gnlc-examples.jar serve --port "$PORT" \
    >"$OUT/$1-access.log" 2>"$OUT/$1-server.log" &
  server_pid=$!
  for _ in $(seq 100); do
    curl -sf "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "load-test: the service did not start" >&2; exit 1
}
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid"; wait "$server_pid" || true
  fi
  server_pid=
}
trap stop_server EXIT

# the decision request: the README's sample application, judged on a fixed date
cat >"$OUT/decision.lua" <<EOF
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[$(cat examples/applications/sample-2025.json)]]
EOF
DECISION_URL="http://127.0.0.1:$PORT/v1/membership/decisions?asOf=2025-06-20"
HEALTH_URL="http://127.0.0.1:$PORT/health"

# wrk output -> "requests/s p50 p99 non2xx errors load-average-at-the-end"
run_wrk() { # connections url [script]
  local c=$1 url=$2 script=${3:-} threads=2
  [ "$c" -lt 2 ] && threads=1
  local args=(-t"$threads" -c"$c" -d"${SECONDS_PER_RUN}s" --timeout 5s --latency)
  [ -n "$script" ] && args+=(-s "$script")
  local report
  report=$(timeout $((SECONDS_PER_RUN + 20)) wrk "${args[@]}" "$url")
  echo "$report" >>"$OUT/wrk.txt"
  local rps p50 p99 non2xx errors load
  load=$(cut -d' ' -f1 /proc/loadavg)
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$report")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$report")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$report")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$report"); non2xx=${non2xx:-0}
  errors=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' <<<"$report")
  echo "$rps $p50 $p99 $non2xx ${errors:-0} $load"
}

ms() { # wrk latency (850.00us, 1.23ms, 2.00s) -> milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /s$/ && v !~ /ms$/) n *= 1000; printf "%.2f", n }'
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
: >"$OUT/wrk.txt"
start_server load
decision_bytes=$(curl -s -H 'Content-Type: application/json' \
  --data-binary @examples/applications/sample-2025.json "$DECISION_URL" | wc -c)
echo "load-test: warming up" >&2
run_wrk 8 "$DECISION_URL" "$OUT/decision.lua" >/dev/null
run_wrk 8 "$HEALTH_URL" >/dev/null

declare -A RESULT
for endpoint in decisions health; do
  for c in 1 8 32 64; do
    echo "load-test: $endpoint at c=$c" >&2
    if [ "$endpoint" = decisions ]; then
      RESULT[$endpoint,$c]=$(run_wrk "$c" "$DECISION_URL" "$OUT/decision.lua")
    else
      RESULT[$endpoint,$c]=$(run_wrk "$c" "$HEALTH_URL")
    fi
  done
done
gc_pauses=$(grep -c 'Pause' "$OUT/load-gc.log" || true)
gc_max=$(grep 'Pause' "$OUT/load-gc.log" | awk '{print $NF}' | sed 's/ms//' | sort -n | tail -1)
gc_median=$(grep 'Pause' "$OUT/load-gc.log" | awk '{print $NF}' | sed 's/ms//' | sort -n \
  | awk '{a[NR] = $1} END { if (NR) print a[int((NR + 1) / 2)] }')
gc_p90=$(grep 'Pause' "$OUT/load-gc.log" | awk '{print $NF}' | sed 's/ms//' | sort -n \
  | awk '{a[NR] = $1} END { if (NR) print a[int((NR * 9 + 9) / 10)] }')
gc_collector=$(grep -m1 -o 'Using [A-Za-z0-9]*' "$OUT/load-gc.log" | cut -d' ' -f2)
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$server_pid/status")
hwm_kb=$(awk '/VmHWM/ {print $2}' "/proc/$server_pid/status")
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

echo "load-test: abuse" >&2
: >"$OUT/abuse.jsonl"
abuse() { # scenario clients seconds
  timeout 120 python3 scripts/load_abuse.py "$PORT" "$1" "$2" "$3" | tee -a "$OUT/abuse.jsonl" >&2
}
abuse slow-headers 8 15
abuse slow-headers 300 15
abuse half-bodies 300 10
abuse idle 8 5
abuse idle 300 5
abuse idle 1200 5
abuse oversized 500 5
abuse disconnects 1000 5
abuse non-readers 20 5
abuse tls 200 5
rss_after_abuse_kb=$(awk '/VmRSS/ {print $2}' "/proc/$server_pid/status")
stop_server

echo "load-test: SIGTERM under load" >&2
start_server sigterm
wrk -t2 -c32 -d8s --timeout 5s "$DECISION_URL" -s "$OUT/decision.lua" >"$OUT/sigterm-wrk.txt" 2>&1 &
wrk_pid=$!
sleep 3
stop_start=$(date +%s.%N)
kill -TERM "$server_pid"
set +e; wait "$server_pid"; exit_status=$?; set -e
stop_seconds=$(awk -v a="$stop_start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
server_pid=
wait "$wrk_pid" || true
after_stop=$(sed -n '/stopping: finishing/,$p' "$OUT/sigterm-access.log")
completed_after=$(grep -c '" 200 ' <<<"$after_stop" || true)
refused_after=$(grep -c '" 503 ' <<<"$after_stop" || true)
other_after=$(grep '^127' <<<"$after_stop" | grep -vc -e '" 200 ' -e '" 503 ' || true)
logged_200=$(grep -c '" 200 ' "$OUT/sigterm-access.log" || true)
logged_other=$(grep '^127' "$OUT/sigterm-access.log" | grep -vc '" 200 ' || true)

# ---------------------------------------------------------------------------------------------
row() { # endpoint c
  read -r rps p50 p99 non2xx errors load <<<"${RESULT[$1,$2]}"
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$2" "$(printf '%.0f' "$rps")" \
    "$(ms "$p50")" "$(ms "$p99")" "$non2xx" "$errors" "$load"
}
check() { # description pass?
  if [ "$2" = 1 ]; then echo "| $1 | met |"; else echo "| $1 | **missed** |"; fi
}
read -r d8_rps _ _ _ _ <<<"${RESULT[decisions,8]}"
read -r _ h1_p50 h1_p99 _ _ <<<"${RESULT[health,1]}"
read -r _ _ d32_p99 _ _ <<<"${RESULT[decisions,32]}"
non2xx_total=0
for key in "${!RESULT[@]}"; do
  read -r _ _ _ n _ <<<"${RESULT[$key]}"; non2xx_total=$((non2xx_total + n))
done
health_ok=$(python3 - "$OUT/abuse.jsonl" <<'EOF'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
print(1 if all(r["health"]["failures"] == 0 and (r["health"]["maxMs"] or 0) <= 1000 for r in rows) else 0)
EOF
)
abuse_table=$(python3 - "$OUT/abuse.jsonl" <<'EOF'
import json, sys
def answers(a):
    return ", ".join("%d × %s" % (n, k) for k, n in sorted(a.items())) or "none"
def got(r):
    s, x = r["scenario"], r["result"]
    if s == "slow-headers":
        when = (str(x["firstCutS"]) if x["firstCutS"] == x["lastCutS"]
                else "%s to %s" % (x["firstCutS"], x["lastCutS"]))
        return "%d of %d closed by the header timeout, %s s after their first byte" % (
            x["cutOff"], x["clients"], when)
    if s == "half-bodies":
        return "%s, within %s s" % (answers(x["answers"]), x["withinS"])
    if s == "idle":
        o = x["outcomes"]
        return ("%d connected (%d failed); after 5 s: %d still open, %d closed by the server "
                "to make room, %d answered 503" % (x["connected"], sum(x["connectFailures"].values()),
                o.get("still open", 0), o.get("closed by server", 0), o.get("answered 503", 0)))
    if s == "oversized":
        return answers(x["answers"])
    if s == "disconnects":
        return "%d connections reset mid-request" % x["resets"]
    if s == "non-readers":
        return "%d connections still open after 5 s, %d answers unread" % (
            x["connectionsStillOpen"], x["answersPipelined"])
    if s == "tls":
        return answers(x["answers"]) + " (a problem document, then close)"
    return json.dumps(x)
what = {
  "slow-headers": "send a request's headers at 1 byte/s for 15 s",
  "half-bodies": "send headers and half a body, then wait",
  "idle": "connect and send nothing",
  "oversized": "send a 100 KB header line (half of them) or 200 header fields",
  "disconnects": "send half a request, then reset the connection",
  "non-readers": "pipeline 200 GET /v1/rule-sets (24 KB each) and never read",
  "tls": "speak TLS (a ClientHello) to the port",
}
for l in open(sys.argv[1]):
    if not l.strip():
        continue
    r = json.loads(l)
    h = r["health"]
    health = "%d probes, %d failed, slowest %s ms" % (h["probes"], h["failures"], h["maxMs"])
    n = r["n"] * (2 if r["scenario"] == "oversized" else 1)
    print("| %s | %d clients %s | %s | %s |" % (r["scenario"], n, what[r["scenario"]], got(r), health))
EOF
)
{
cat <<EOF
# The eligibility service under load and abuse

Written by \`scripts/load-test.sh\` (not part of CI) on $(date -u +%Y-%m-%d). It starts
\`java -jar examples/target/gnlc-examples.jar serve\` with its default limits, drives it on
loopback with [wrk](https://github.com/wg/wrk) ($(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)),
then abuses it with \`scripts/load_abuse.py\` while a probe asks \`GET /health\` on a new
connection every 100 ms with a 1 s timeout. Client and server share the machine.

Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')),
$(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); default JVM options.
Load average (1, 5, 15 min) before the load runs: $load_before; after them: $load_after
(other work shares this machine; a high figure means disturbed numbers).

## Throughput and latency

wrk, ${SECONDS_PER_RUN} s per run after a warm-up, keep-alive connections; decisions are
\`POST /v1/membership/decisions?asOf=2025-06-20\` with \`examples/applications/sample-2025.json\`
(a decision of $decision_bytes bytes with English explanations comes back). Latency in
milliseconds. The load average is the machine's (1 minute) at the end of each run; it counts the
threads of the service and of wrk too, so only the figure before the runs tells the other work.

| endpoint | connections | requests/s | p50 | p99 | non-2xx | socket errors | load average |
|---|---:|---:|---:|---:|---:|---:|---:|
$(for c in 1 8 32 64; do row decisions $c; done)
$(for c in 1 8 32 64; do row health $c; done)

Resident memory of the server: $((rss_kb / 1024)) MiB after the load runs (peak $((hwm_kb / 1024)) MiB),
$((rss_after_abuse_kb / 1024)) MiB after the abuse.

| target | result |
|---|---|
$(check "≥ 3,000 decisions/s at 8 connections ($(printf '%.0f' "$d8_rps"))" "$(awk -v r="$d8_rps" 'BEGIN { print (r >= 3000) ? 1 : 0 }')")
$(check "decisions p99 ≤ 10 ms at 32 connections ($(ms "$d32_p99") ms)" "$(awk -v p="$(ms "$d32_p99")" 'BEGIN { print (p <= 10) ? 1 : 0 }')")
$(check "no non-2xx answer in the load runs ($non2xx_total)" "$([ "$non2xx_total" -eq 0 ] && echo 1 || echo 0)")
$(check "/health within 1 s through every abuse" "$health_ok")

## Reading the figures

- wrk and the service share the machine's $(nproc) cores (wrk's threads take a good part of
  them), and other work on the machine takes its share too (load average above). A
  \`/health\` answer needs about $(ms "$h1_p50") ms of work (its median on one connection); any
  much longer time in a row is waiting for a core.
- wrk measures latency from its side of the socket: when its own threads wait for a core (they
  take turns with the service's threads on the same cores), the wait counts too. The p99 at 32
  and 64 connections includes such turns of both processes, and of the machine's other work.
- Garbage collection: during the warm-up and the load runs the $gc_collector collector paused
  the service $gc_pauses times, ${gc_median:-?} ms at the median, ${gc_p90:-?} ms at the 90th
  percentile and ${gc_max:-?} ms at most (\`$OUT/load-gc.log\`); a pause delays every request
  in flight.
- Resident memory is mostly the heap the JVM sizes by default from the machine's memory; a
  smaller \`-Xmx\` bounds it.

## Abuse

Each row: what the clients did, what they got (answers by status, or what the server did to
the connection), and what the \`/health\` probe saw meanwhile.

| scenario | what the clients did | what happened | /health meanwhile |
|---|---|---|---|
$abuse_table

## SIGTERM under load

wrk at 32 connections on decisions; SIGTERM after 3 s. The service stopped accepting, finished
the requests in flight and exited with status **$exit_status** after $stop_seconds s. Access log
after the stop began: $completed_after requests in flight completed with 200; $refused_after that
arrived on kept-alive connections after the stop began were answered 503 (a problem, with
\`Connection: close\`); $other_after had another status. In the whole run: $logged_200 answers 200,
$logged_other others. wrk's view (connections refused once the port closed count as socket
errors):

\`\`\`
$(grep -E 'requests in|Socket errors|Non-2xx|Requests/sec' "$OUT/sigterm-wrk.txt")
\`\`\`

The server log (standard error) of both runs: $(cat "$OUT"/load-server.log "$OUT"/sigterm-server.log | wc -l) lines.
Raw output: \`$OUT/\` (wrk.txt, abuse.jsonl, and per run the access log, server log and GC log).
EOF
} >"$DOC"
echo "load-test: wrote $DOC" >&2
