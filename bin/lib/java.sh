# Shared by bin/dealbot, bin/test and .ci/run: find a JDK >= 21 (JAVA_HOME first, then /usr/lib/jvm/*).
# Sets and exports JAVA_HOME, or prints one line saying what to install and exits 1.

java_major() { # prints the major version of the java binary $1, or nothing
  # the JDK's release file says it without starting a JVM (that costs ~0.3 s per JDK, at every launch)
  local release; release="$(dirname "$(dirname "$1")")/release"
  if [[ -f "$release" ]] && grep -q '^JAVA_VERSION="[0-9]' "$release"; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release" | head -1
    return
  fi
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -1 | cut -d. -f1
}

find_java() {
  local candidates=()
  [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME")
  for dir in /usr/lib/jvm/*; do [[ -d "$dir" ]] && candidates+=("$dir"); done
  local best="" best_major=0 major
  for home in "${candidates[@]}"; do
    [[ -x "$home/bin/java" && -x "$home/bin/javac" ]] || continue
    major="$(java_major "$home/bin/java")"
    [[ "$major" =~ ^[0-9]+$ ]] || continue
    if [[ -n "${JAVA_HOME:-}" && "$home" == "$JAVA_HOME" && "$major" -ge 21 ]]; then best="$home"; break; fi
    if (( major >= 21 && major > best_major )); then best="$home"; best_major=$major; fi
  done
  echo "$best"
}

JDK="$(find_java)"
if [[ -z "$JDK" ]]; then
  echo "dealbot: needs a JDK 21 or newer (none in JAVA_HOME or /usr/lib/jvm); install one, e.g. 'apt-get install -y openjdk-21-jdk' or Temurin 21+, or set JAVA_HOME" >&2
  exit 1
fi
export JAVA_HOME="$JDK"
