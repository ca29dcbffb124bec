#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# bench_smoke: the benchmark commands run at a tiny size, exit 0 and print their figure lines.
# It proves the commands work; the figures themselves are not judged here.
set -eu
server=$1
client=$2
sla=$3
assets=$4
out=$(mktemp)
trap 'rm -f "$out"' EXIT

expect() {
    if ! grep -Eq "$1" "$out"; then
        echo "bench_smoke: no line matching '$1' in:" >&2
        cat "$out" >&2
        exit 1
    fi
}

for db in sqlite postgresql; do
    "$server" --db "$db" --tickets 4000 --requests 60 --comments 100 --deep-page 2 >"$out"
    expect "^database: $db; 4000 tickets"
    expect '^generated 4000 tickets and 100 comments'
    expect '^verified: every group'"'"'s open queue'
    expect '^  queue page 1 '
    expect '^  queue page 2 \(the same, after a keyset cursor\)'
    expect '^  open a ticket: GET /tickets/\{id\}$'
    expect '^  open a ticket: GET /tickets/\{id\}/comments \(100 comments\)'
    test "$(grep -Ec 'server-side: +n=[1-9][0-9]* p50=[0-9.]+ ms p95=[0-9.]+ ms p99=[0-9.]+ ms max=[0-9.]+ ms' "$out")" -eq 4 \
        || { echo "bench_smoke: expected 4 server-side figure lines" >&2; cat "$out" >&2; exit 1; }
    test "$(grep -Ec 'round trip at conc\. 8: +n=[1-9]' "$out")" -eq 4 \
        || { echo "bench_smoke: expected 4 round-trip figure lines" >&2; cat "$out" >&2; exit 1; }
done

for db in sqlite postgresql; do
    "$assets" --db "$db" --assets 3000 --requests 40 >"$out"
    expect "^database: $db; 3000 assets"
    expect '^generated 3000 assets, 750 people and 2000 rooms'
    expect '^  exact tag \(scanner\): GET /assets\?q=<tag>$'
    expect '^  a room'"'"'s equipment: GET /locations/\{id\}/assets$'
    test "$(grep -Ec 'server-side: +n=[1-9][0-9]* p50=[0-9.]+ ms p95=[0-9.]+ ms p99=[0-9.]+ ms max=[0-9.]+ ms' "$out")" -eq 4 \
        || { echo "bench_smoke: expected 4 asset server-side figure lines" >&2; cat "$out" >&2; exit 1; }
done

"$client" --rows 2000 --runs 2 >"$out"
expect '^  fill 2000 rows .*median=[0-9.]+ ms max=[0-9.]+ ms'
expect '^  filter keystroke .*median=[0-9.]+ ms max=[0-9.]+ ms'

"$sla" --tickets 2000 --runs 2 >"$out"
expect '^2000 open tickets on 3 calendars'
expect '^  due times for 2000 tickets, first run .*: [0-9.]+ ms$'
expect '^  due times for 2000 tickets: median=[0-9.]+ ms max=[0-9.]+ ms'
expect '^  outcome: [0-9]+ breached, [0-9]+ at risk, [0-9]+ paused, 0 without a rule$'
"$client" --rows 2000 --runs 1 --scattered >"$out"
expect '^  fill 2000 rows .*median=[0-9.]+ ms max=[0-9.]+ ms'
