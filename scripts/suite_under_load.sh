#!/usr/bin/env bash
# The full suite, RUNS times in a row (default 5), while a CPU-bound process runs beside
# it: timing-dependent tests must wait for events, never for fixed times.
# Prints one line per run and a summary; exits non-zero when any run did not pass.
# Takes a while (6-8 minutes a run on 2 cores); not part of .ci/run.
#   scripts/suite_under_load.sh [RUNS]     (log of each run: $LOG_DIR, default /tmp)
set -uo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-5}"
LOG_DIR="${LOG_DIR:-/tmp}"
PY=.venv/bin/python
# This checkout's code, also in the app processes tests start (a shared or editable
# virtual environment could otherwise point them at another checkout).
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"

# The whole suite, as .ci/run has it: the storage tests' PostgreSQL server too (unless
# one is named already), stopped when this ends.
if [ -z "${CONTAINERSTUDIO_TEST_PG_URL:-}" ]; then
    pg_env=$(.ci/postgres start) || { echo "could not start PostgreSQL" >&2; exit 1; }
    eval "$pg_env"
    PG_STARTED=1
fi
"$PY" -c 'while True: pass' &
LOAD=$!
trap 'kill "$LOAD" 2>/dev/null; wait "$LOAD" 2>/dev/null; [ -n "${PG_STARTED:-}" ] && .ci/postgres stop' EXIT
trap 'exit 130' INT TERM
echo "load: a CPU-bound process (pid $LOAD) beside the suite"

failed=0
for run in $(seq 1 "$RUNS"); do
    log="$LOG_DIR/suite_under_load.$run.log"
    start=$(date +%s)
    QT_QPA_PLATFORM=offscreen "$PY" -m pytest -q -p no:cacheprovider >"$log" 2>&1
    code=$?
    summary=$(grep -E '^=* ?[0-9]+ (passed|failed|error)' "$log" | tail -1 | tr -d '=')
    [ -n "$summary" ] || summary=$(tail -1 "$log")
    verdict=passed
    [ "$code" -eq 0 ] || { verdict="NOT PASSED (exit $code)"; failed=$((failed + 1)); }
    echo "run $run/$RUNS: $verdict in $(( $(date +%s) - start )) s:$summary (log $log)"
done
echo "summary: $((RUNS - failed)) of $RUNS runs passed beside a CPU-bound process"
[ "$failed" -eq 0 ]
