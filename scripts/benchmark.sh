#!/usr/bin/env bash
# Throughput, CPU and peak memory of the news-claims pipeline on a generated French corpus.
#
#   scripts/benchmark.sh                 # 1k and 10k articles: core, DirectRunner, FlinkRunner (p=2)
#   scripts/benchmark.sh --sizes=1000,10000,100000
#   scripts/benchmark.sh --modes=core,flink --sizes=100000
#   scripts/benchmark.sh --modes=warc --sizes=1000      # WARC reading speed (MB/s per core)
#   scripts/benchmark.sh --corpus=/work/shared/corpora/rpm2/documents   # any folder of *.txt articles
#
# --corpus=DIR (repeatable) times the same modes on the *.txt files of DIR instead of (or, with
# --sizes given as well, besides) the generated corpora; its rows are named after the number of
# files and the folder.
#
# For each corpus size it generates (once, deterministic, seed fixed in CorpusGenerator) N articles
# under $BENCH_DIR/corpus-N, then runs, each in its own JVM with -Xmx1g (BENCH_XMX to change):
#   core    org.newsclaims.bench.CoreBenchmark (tools module): decode, parse, then the pipeline's
#           per-article analysis (normalise, mentions, quotes, claims) on one thread, without Beam;
#   direct  the full pipeline on the DirectRunner (--targetParallelism=2, enforcement checks off:
#           BENCH_DIRECT_OPTS to change);
#   flink   the full pipeline on the FlinkRunner in-process: --flinkMaster=[local] --parallelism=2.
#   warc    org.newsclaims.bench.WarcBenchmark: the corpus written once as a gzip WARC of news
#           pages ($BENCH_DIR/corpus-N.warc.gz, about 50 KB of HTML per article), then read on one
#           thread as ReadArticles reads it (WARC, HTTP, charset, jsoup, Readability, cleaning),
#           -Xmx512m, twice: a warm-up pass of the whole archive, untimed, then the timed pass.
#           It has its own table ("WARC reading"), not a row of the main one: MB per CPU second
#           of the timed pass, MB of the .warc.gz file and MB of WARC un-gzipped (1 MB = 10^6
#           bytes), per CPU second of the reading thread and of the whole JVM (JIT and GC too).
#   warcdirect  the full pipeline on the DirectRunner with that archive as --input.
# Both runners get --shards=0 (BENCH_PIPELINE_OPTS to change).
# Wall time, CPU time (user+sys) and peak RSS come from /usr/bin/time -v (whole JVM, start-up
# included). Prints a table and the rate ratios. Options: --sizes=, --modes=, --no-build.
# Environment: BENCH_DIR (default /tmp/newsclaims-bench), BENCH_XMX (default 1g), MVN_FLAGS,
# BENCH_DIRECT_OPTS, BENCH_PIPELINE_OPTS, BENCH_JAR (a prebuilt bundled jar), BENCH_TOOLS_JAR
# (a prebuilt tools jar: the corpus generator and the core benchmark), BENCH_TIMEOUT
# (seconds per run, default 1800: a run over it is reported as failed and left out of the table).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
sizes="1000,10000"
sizes_given=0
corpora=()
modes="core,direct,flink"
build=1
for arg in "$@"; do
  case "$arg" in
    --sizes=*) sizes="${arg#--sizes=}"; sizes_given=1 ;;
    --corpus=*) corpora+=("${arg#--corpus=}") ;;
    --modes=*) modes="${arg#--modes=}" ;;
    --no-build) build=0 ;;
    -h|--help) sed -n '2,35p' "$0"; exit 0 ;;
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done
bench_dir="${BENCH_DIR:-/tmp/newsclaims-bench}"
xmx="${BENCH_XMX:-1g}"
limit="${BENCH_TIMEOUT:-1800}"
direct_opts="${BENCH_DIRECT_OPTS:---targetParallelism=2 --enforceImmutability=false --enforceEncodability=false}"
# --shards=0: sharded, unsorted outputs. The default --shards=1 sorts each output in one combine,
# which holds the whole output in memory (and on the DirectRunner copies the growing group per
# bundle: quadratic); it is for small runs.
pipe_opts="${BENCH_PIPELINE_OPTS:---shards=0}"
jar="${BENCH_JAR:-$root/pipeline/target/pipeline-bundled.jar}"
tools_jar="${BENCH_TOOLS_JAR:-$root/tools/target/newsclaims-tools.jar}"
tools_cp="$tools_jar:$jar"
timer=/usr/bin/time
if [ ! -x "$timer" ]; then
  # GNU time gives peak RSS; install it the way .ci/run installs chromium (Debian/Ubuntu).
  sudo=""
  if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null 2>&1; then sudo="sudo"; fi
  echo "installing GNU time (for /usr/bin/time -v) ..." >&2
  { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq time >/dev/null; } || true
  [ -x "$timer" ] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 1; }
fi

if [ "$build" = 1 ] || [ ! -f "$jar" ] || [ ! -f "$tools_jar" ]; then
  echo "building $jar and $tools_jar ..." >&2
  (cd "$root" && mvn -B -q ${MVN_FLAGS:-} -DskipTests package) >&2
fi
mkdir -p "$bench_dir"
results="$bench_dir/results.tsv"
: > "$results"
warc_results="$bench_dir/warc-runs.tsv"
warc_lines="$bench_dir/warc-lines.txt"
: > "$warc_results"
: > "$warc_lines"

# run NAME SIZE MB CMD...: runs CMD under /usr/bin/time -v, appends a result line
run() {
  local name="$1" size="$2" mb="$3"; shift 3
  local log="$bench_dir/$name-$size.log"
  echo "== $name, $size articles: $*" >&2
  if ! timeout "$limit" "$timer" -v "$@" > "$log" 2>&1; then
    echo "   FAILED or over ${limit}s (BENCH_TIMEOUT), see $log" >&2
    tail -5 "$log" >&2
    return 0
  fi
  local wall user sys rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$log")
  user=$(awk -F': ' '/User time/ {print $2}' "$log")
  sys=$(awk -F': ' '/System time/ {print $2}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$name" "$mb" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')" "$rss" >> "$results"
  grep -E '^core |^  stage|^warc ' "$log" >&2 || true
}

# what to time: "N" (the generated corpus of N articles) or "dir:DIR" (a folder of articles)
targets=()
if [ "${#corpora[@]}" = 0 ] || [ "$sizes_given" = 1 ]; then
  IFS=',' read -r -a size_list <<< "$sizes"
  targets+=("${size_list[@]}")
fi
for d in "${corpora[@]}"; do
  [ -d "$d" ] || { echo "--corpus=$d: not a directory" >&2; exit 2; }
  targets+=("dir:$(cd "$d" && pwd)")
done
for target in "${targets[@]}"; do
  if [ "${target#dir:}" != "$target" ]; then
    corpus="${target#dir:}"
    n="$(find -L "$corpus" -maxdepth 1 -name '*.txt' -type f | wc -l)-$(basename "$corpus")"
    mb=$(find -L "$corpus" -maxdepth 1 -name '*.txt' -type f -print0 | du -cbL --files0-from=- | tail -1 | awk '{printf "%.2f", $1/1e6}')
  else
    n="$target"
    corpus="$bench_dir/corpus-$n"
    if [ ! -f "$corpus/.complete" ]; then
      rm -rf "$corpus"
      java -cp "$tools_cp" org.newsclaims.bench.CorpusGenerator "$n" "$corpus" >&2
      touch "$corpus/.complete"
    fi
    mb=$(du -sbL --exclude=.complete "$corpus" | awk '{printf "%.2f", $1/1e6}')
  fi
  for mode in ${modes//,/ }; do
    out="$bench_dir/out-$mode-$n"
    rm -rf "$out"
    case "$mode" in
      core) run core "$n" "$mb" java -Xmx"$xmx" -cp "$tools_cp" org.newsclaims.bench.CoreBenchmark "$corpus" ;;
      direct) run direct "$n" "$mb" java -Xmx"$xmx" -jar "$jar" --runner=DirectRunner $direct_opts $pipe_opts \
          --input="$corpus/*.txt" --output="$out" ;;
      flink) run flink "$n" "$mb" java -Xmx"$xmx" -jar "$jar" --runner=FlinkRunner --flinkMaster='[local]' \
          --parallelism=2 $pipe_opts --input="$corpus/*.txt" --output="$out" ;;
      warc|warcdirect)
        warc_file="$bench_dir/corpus-$n.warc.gz"
        if [ ! -f "$warc_file" ]; then
          java -cp "$tools_cp" org.newsclaims.bench.WarcBenchmark write "$corpus" "$bench_dir/part-$n.warc.gz" >&2
          mv "$bench_dir/part-$n.warc.gz" "$warc_file"
        fi
        wmb=$(du -bL "$warc_file" | awk '{printf "%.2f", $1/1e6}')
        if [ "$mode" = warc ]; then
          # its own results file: the main table's CPU would be both passes and the JVM's start
          results="$warc_results" run warc "$n" "$wmb" java -Xmx512m -cp "$tools_cp" \
              org.newsclaims.bench.WarcBenchmark read "$warc_file" --warmup=all
          grep '^warc archive=' "$bench_dir/warc-$n.log" | tail -1 >> "$warc_lines" || true
        else
          run warcdirect "$n" "$wmb" java -Xmx"$xmx" -jar "$jar" --runner=DirectRunner $direct_opts $pipe_opts \
              --input="$warc_file" --output="$out"
        fi ;;
      *) echo "unknown mode $mode" >&2; exit 2 ;;
    esac
    rm -rf "$out"
  done
done

echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'); load average now: $(cut -d' ' -f1-3 /proc/loadavg); -Xmx$xmx"
printf '%-14s %-7s %8s %9s %9s %10s %8s %10s %9s\n' articles mode MB wall_s cpu_s articles/s MB/s MB/cpu_s peak_MiB
awk -F'\t' '{printf "%-14s %-7s %8.1f %9.1f %9.1f %10.1f %8.2f %10.2f %9.0f\n", $1,$2,$3,$4,$5,$1/$4,$3/$4,$3/$5,$6/1024}' "$results"
echo
echo "ratios (articles/s against the single-thread core at the same size; time against the previous size):"
awk -F'\t' '
  {wall[$1 FS $2]=$4; if (!($1 in seen)) {seen[$1]=1; order[++k]=$1}; m[$2]=1}
  END {
    for (i=1;i<=k;i++) { s=order[i]; c=wall[s FS "core"]
      for (mode in m) if (mode!="core" && (s FS mode) in wall && c>0)
        printf "  %s articles: %s / core = %.2f x\n", s, mode, c/wall[s FS mode]
      if (i>1) for (mode in m) if ((s FS mode) in wall && (order[i-1] FS mode) in wall)
        printf "  %s: %s articles took %.2f x the time of %s (size x %.0f)\n", mode, s, wall[s FS mode]/wall[order[i-1] FS mode], order[i-1], s/order[i-1]
    } }' "$results"
if [ -s "$warc_lines" ]; then
  echo
  echo "WARC reading (WarcBenchmark, timed pass after an untimed warm-up pass; MB = 10^6 bytes; gzip = the"
  echo ".warc.gz file, warc = its records un-gzipped; thread = CPU s of the reading thread, jvm = of every"
  echo "JVM thread over the same pass, jit and gc its compiler and GC threads; load = load average before..after):"
  printf '%-22s %8s %8s %8s %8s %6s %6s %11s %11s %11s %11s %9s  %s\n' archive gzip_MB warc_MB thread_s jvm_s jit_s gc_s \
      gzip/thread gzip/jvm warc/thread warc/jvm peak_MiB load
  awk -F'\t' 'NR == FNR {rss[$1] = $6; next}
    { delete v; for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
      a = v["archive"]; sub(/^corpus-/, "", a); sub(/\.warc.*$/, "", a)
      printf "%-22s %8s %8s %8s %8s %6s %6s %11s %11s %11s %11s %9.0f  %s\n", v["archive"], v["gzip_MB"], v["warc_MB"],
        v["thread_cpu_s"], v["jvm_cpu_s"], v["jit_cpu_s"], v["gc_cpu_s"], v["gzip_MB_per_thread_cpu_s"],
        v["gzip_MB_per_jvm_cpu_s"], v["warc_MB_per_thread_cpu_s"], v["warc_MB_per_jvm_cpu_s"], rss[a] / 1024, v["load"] }' \
      "$warc_results" FS=' ' "$warc_lines"
fi
echo "logs and results: $bench_dir"
