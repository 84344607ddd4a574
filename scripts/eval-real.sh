#!/usr/bin/env bash
# Scores the pipeline's findings on real multi-outlet French news (RPM2, topics T01-T10) against our
# own hand-read gold, and on our own fact-check style statement pairs.
#
#   scripts/eval-real.sh                      # build the bundled jar, run it on RPM2, score it
#   scripts/eval-real.sh --no-build           # same with the jar already in pipeline/target/
#   scripts/eval-real.sh --out=DIR            # only score an existing output folder of a run on RPM2
#   scripts/eval-real.sh --pairs              # build, run on the statement pairs, score them
#   scripts/eval-real.sh --pairs --out=DIR    # only score an existing run on the statement pairs
#
# RPM2 mode runs `java -jar pipeline/target/pipeline-bundled.jar --input="$RPM2_DIR/*.txt"
# --output=OUT` (OUT: EVAL_OUT, default /tmp/newsclaims-rpm2, emptied first), then
#   python3 ../shared/eval/realnews.py OUT pipeline/src/test/resources/org/newsclaims/eval/rpm2-gold.json --label RPM2 --show 10
# and, when pipeline/src/test/resources/org/newsclaims/eval/rpm2-quotes-gold.json exists,
#   python3 ../shared/eval/realquotes.py OUT <that file> --label RPM2 --show 10
# The last line of each is the score (see ../shared/eval/README.md for how they count).
#
# Pairs mode runs the jar on pipeline/src/test/resources/org/newsclaims/eval/statement-pairs/*.txt
# (about 30 pairs of short French statements we wrote, each about one figure: pairs.tsv says which
# contradict and which agree) into EVAL_PAIRS_OUT (default /tmp/newsclaims-pairs), then
#   python3 scripts/eval-pairs.py OUT pipeline/src/test/resources/org/newsclaims/eval/statement-pairs/pairs.tsv
# which prints caught contradictions a/b, false alarms c/d and agreements found e/f.
#
# Environment: RPM2_DIR (default ../shared/corpora/rpm2/documents, relative to the repository
# root), EVAL_OUT, EVAL_PAIRS_OUT, EVAL_JAR (a prebuilt bundled jar: implies --no-build),
# MVN_FLAGS (extra flags for the build, e.g. -o), JAVA_OPTS (flags for the JVM).
# RPM2 (GPL) and the scorers live in ../shared/ beside the repository and are never copied into it;
# the script stops with a message when they are absent.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
build=1
mode=rpm2
out=""
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    --pairs) mode=pairs ;;
    --out=*) out="${arg#--out=}" ;;
    -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
    *) echo "eval-real.sh: unknown option $arg (see --help)" >&2; exit 2 ;;
  esac
done

eval_dir="pipeline/src/test/resources/org/newsclaims/eval"
gold="$eval_dir/rpm2-gold.json"
quotes_gold="$eval_dir/rpm2-quotes-gold.json"
pairs_dir="$eval_dir/statement-pairs"
shared="$root/../shared"
jar="${EVAL_JAR:-$root/pipeline/target/pipeline-bundled.jar}"
[ -n "${EVAL_JAR:-}" ] && build=0

if [ "$mode" = rpm2 ] && [ ! -f "$shared/eval/realnews.py" ]; then
  echo "eval-real.sh: $shared/eval/realnews.py not found: the scorers and RPM2 live in ../shared/ beside the repository; nothing to score without them." >&2
  exit 3
fi

run_pipeline() {   # $1: input glob, $2: output folder
  if [ "$build" = 1 ]; then
    echo "== building the bundled jar" >&2
    mvn -B -q ${MVN_FLAGS:-} -DskipTests package
  fi
  if [ ! -f "$jar" ]; then
    echo "eval-real.sh: $jar not found (build it, or drop --no-build, or set EVAL_JAR)" >&2
    exit 4
  fi
  if [ -d "$2" ] && [ -n "$(ls -A "$2")" ]; then
    if [ -f "$2/summary.json" ] || [ -f "$2/latest.txt" ]; then
      rm -rf "$2"   # a previous run's outputs
    else
      echo "eval-real.sh: $2 is not empty and does not look like a pipeline output; not touching it" >&2
      exit 2
    fi
  fi
  mkdir -p "$2"
  echo "== running the pipeline on $1 into $2" >&2
  java ${JAVA_OPTS:-} -jar "$jar" --input="$1" --output="$2" >"$2.log" 2>&1 || {
    echo "eval-real.sh: the pipeline failed; its log is $2.log" >&2; tail -20 "$2.log" >&2; exit 5; }
}

if [ "$mode" = pairs ]; then
  [ -f "$root/$pairs_dir/pairs.tsv" ] || { echo "eval-real.sh: $pairs_dir/pairs.tsv not found" >&2; exit 3; }
  if [ -z "$out" ]; then
    out="${EVAL_PAIRS_OUT:-/tmp/newsclaims-pairs}"
    run_pipeline "$root/$pairs_dir/*.txt" "$out"
  fi
  [ -f "$root/$pairs_dir/pairs.tsv" ] || { echo "eval-real.sh: $pairs_dir/pairs.tsv not found" >&2; exit 3; }
  python3 "$root/scripts/eval-pairs.py" "$out" "$pairs_dir/pairs.tsv"
  exit 0
fi

if [ -z "$out" ]; then
  rpm2="${RPM2_DIR:-../shared/corpora/rpm2/documents}"
  if ! ls "$rpm2"/*.txt >/dev/null 2>&1; then
    echo "eval-real.sh: no RPM2 articles in $rpm2 (set RPM2_DIR)" >&2
    exit 3
  fi
  out="${EVAL_OUT:-/tmp/newsclaims-rpm2}"
  run_pipeline "$(cd "$rpm2" && pwd)/*.txt" "$out"
fi
[ -d "$out" ] || { echo "eval-real.sh: $out is not a folder" >&2; exit 2; }

python3 "$shared/eval/realnews.py" "$out" "$gold" --label RPM2 --show 10
if [ -f "$quotes_gold" ]; then
  python3 "$shared/eval/realquotes.py" "$out" "$quotes_gold" --label RPM2 --show 10
else
  echo "(no $quotes_gold: quotes not scored)"
fi
