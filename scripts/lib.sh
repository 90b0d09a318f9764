# Shared by scripts/measure-memory, scripts/restore-time and scripts/soak: start a stack on a temporary state
# directory, generate synthetic articles, sample a process's memory. Source it; it needs $root (the repo root).

# Writes articles FROM..FROM+COUNT-1 into DIR as <n>.txt: a title line, then ten sentences drawn from seeds/ and two
# of made-up words, all seeded by the article number, so every article is unique and the same n gives the same text.
generate_articles() {
  local dir="$1" from="$2" count="$3"
  mkdir -p "$dir"
  cat "$root"/seeds/*.txt | tr '\n' ' ' | sed 's/\. /.\n/g' | awk -v dir="$dir" -v from="$from" -v count="$count" '
    length($0) > 40 { s[n++] = $0 }
    function word(   w, k, len) { len = 3 + int(rand() * 7); w = ""
      for (k = 0; k < len; k++) w = w substr("abcdefghiklmnoprstuvwyz", 1 + int(rand() * 23), 1); return w }
    function madeup(   t, k) { t = word(); for (k = 0; k < 9; k++) t = t " " word(); return t "." }
    END {
      for (i = from; i < from + count; i++) {
        srand(i); f = dir "/" i ".txt"
        printf "Bulletin %d: %s %s %s\n\n", i, word(), word(), word() > f
        for (j = 0; j < 10; j++) printf "%s ", s[int(rand() * n)] > f
        printf "\n%s %s Reference %d.\n", madeup(), madeup(), i > f
        close(f)
      }
    }'
}

# VmRSS of PID in MB (empty when the process is gone).
rss_mb() {
  awk '/^VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status" 2>/dev/null
}

# Heap used of a JVM in MB (survivors, eden, old), or "-" when jstat cannot attach.
heap_mb() {
  jstat -gc "$1" 2>/dev/null | awk 'NR == 2 { printf "%d", ($3 + $4 + $6 + $8) / 1024; ok = 1 } END { if (!ok) printf "-" }'
}

# The pid of the java process whose command line contains WORD and whose parent chain leads to PARENT.
java_child() {
  local parent="$1" pid
  for pid in $(pgrep -P "$parent") ; do
    if [ "$(cat /proc/"$pid"/comm 2>/dev/null)" = java ]; then echo "$pid"; return; fi
    java_child "$pid" && return
  done
  return 1
}

# Waits up to SECONDS for FILE to exist.
wait_for_file() {
  local file="$1" seconds="$2" i
  for ((i = 0; i < seconds * 5; i++)); do [ -s "$file" ] && return 0; sleep 0.2; done
  echo "no $file after ${seconds}s" >&2
  return 1
}

# Enrich lag (records and transaction markers not yet committed) from `newsflow status`; ARGS are status options.
enrich_lag() {
  lags "$@" | awk '{ print $1 }'
}

# "ENRICH SINK" lags from `newsflow status` ("- -" when it cannot answer); ARGS are status options.
lags() {
  "$root/newsflow" status "$@" 2>/dev/null \
    | awk '$1 == "enrich" { e = $3 } $1 == "sink" { s = $3 } END { print (e == "" ? "-" : e), (s == "" ? "-" : s) }'
}

# Stops PID (SIGTERM, then SIGKILL after STOP_WAIT seconds, default 120) and waits for it; sets stop_seconds and
# stop_killed (1 when SIGKILL was needed). The wait outlasts the stack's own close budget (30 s each for enrich and
# sink, one after the other, then the broker): a SIGKILL leaves the broker to recover its logs and the Streams members
# in their groups until their session times out (45 s), which the next start then waits for.
stop_pid() {
  local pid="$1" i started=$SECONDS
  stop_seconds=0 stop_killed=0
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < ${STOP_WAIT:-120} * 5; i++)); do
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; stop_seconds=$((SECONDS - started)); return 0; }
    sleep 0.2
  done
  echo "pid $pid still running ${STOP_WAIT:-120} s after SIGTERM: killed" >&2
  kill -KILL "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  stop_seconds=$((SECONDS - started)) stop_killed=1
}

# "ANON FILE" parts of PID's RSS in MB: anonymous memory (heap, native allocations such as RocksDB's) and
# file-backed pages (the jar, shared libraries, the broker's memory-mapped index files).
rss_parts_mb() {
  awk '/^RssAnon/ { a = $2 } /^RssFile/ { f = $2 } END { if (a == "") print "- -"; else printf "%d %d\n", a / 1024, f / 1024 }' \
    "/proc/$1/status" 2>/dev/null
}

# Megabytes in a JVM size (512m, 1g, 1536M, 2G).
size_mb() {
  case "$1" in
    *[gG]) echo $(( ${1%[gG]} * 1024 )) ;;
    *[mM]) echo "${1%[mM]}" ;;
    *) echo "sizes are like 512m or 1g, not $1" >&2; return 1 ;;
  esac
}
