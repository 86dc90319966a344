#!/usr/bin/env bash
# `pnpm test` on a busy machine: two CPU-bound loops run beside it (BUSY_HOGS to change how many),
# so that a test which passes only on an idle machine fails here, on a developer's checkout.
# Arguments go on to `pnpm test`, e.g. `bash scripts/busy-test.sh server/src/crash.test.ts`.
set -euo pipefail
cd "$(dirname "$0")/.."

hogs=()
stop_hogs() {
  ((${#hogs[@]})) || return 0
  kill "${hogs[@]}" 2>/dev/null || true
  wait "${hogs[@]}" 2>/dev/null || true
  hogs=()
}
trap stop_hogs EXIT
# Without job control a script's background jobs ignore Ctrl-C; the EXIT trap stops them instead.
trap 'exit 130' INT
trap 'exit 143' TERM

parent=$$
for _ in $(seq 1 "${BUSY_HOGS:-2}"); do
  # `kill -0` is a builtin: the loop stays on the CPU, and ends by itself if this script is
  # killed without a chance to run its trap.
  (while kill -0 "$parent" 2>/dev/null; do :; done) &
  hogs+=($!)
done
echo "busy-test: ${#hogs[@]} CPU-bound loops beside pnpm test (pids ${hogs[*]})"
started=$SECONDS
status=0
pnpm test "$@" || status=$?
echo "busy-test: pnpm test exited $status after $((SECONDS - started)) s beside ${#hogs[@]} busy loops"
exit "$status"
