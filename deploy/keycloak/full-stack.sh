#!/usr/bin/env bash
# Runs the platform in dev mode against a real Keycloak with the production realm and the demo users, instead of
# Quarkus' built-in OIDC Dev Service. Local use only: the admin account, the client secret and the demo passwords
# below are public.
#
#   deploy/keycloak/full-stack.sh            # Keycloak on :8180, the platform on :8080
#   deploy/keycloak/full-stack.sh --fresh    # forget Keycloak's data first (re-imports the realm)
#
# Sign in at http://localhost:8080/login as operator/operator (or delegate, member, person: password = username).
# Keycloak's admin console: http://localhost:8180/admin (admin/admin). Ctrl-C stops both.
# Environment: KEYCLOAK_PORT (8180), KEYCLOAK_MANAGEMENT_PORT (9180), KEYCLOAK_VERSION (the parent pom's),
# KEYCLOAK_JAVA_HOME (default: the newest JDK 21+ under /usr/lib/jvm, else JAVA_HOME or java on the PATH).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

fresh=false
for arg in "$@"; do
  case "$arg" in
    --fresh) fresh=true ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "Unknown argument: $arg (see --help)" >&2; exit 2 ;;
  esac
done

version="${KEYCLOAK_VERSION:-$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' pom.xml | head -n 1)}"
port="${KEYCLOAK_PORT:-8180}"
management_port="${KEYCLOAK_MANAGEMENT_PORT:-9180}"
dist_dir="$root/target/keycloak"
kc_home="$dist_dir/keycloak-$version"
realm_url="http://localhost:$port/realms/librehosters"
log="$dist_dir/keycloak.log"

# --- the distribution, from Maven Central through Maven's own cache -----------------------------------------------
if [[ ! -f "$kc_home/bin/kc.sh" ]]; then
  echo "Unpacking Keycloak $version into $dist_dir"
  # the plugin's "already unpacked" markers live beside the distribution, so that deleting one deletes both
  rm -rf "$dist_dir/.markers"
  ./mvnw -q -N org.apache.maven.plugins:maven-dependency-plugin:3.9.0:unpack \
    "-Dartifact=org.keycloak:keycloak-quarkus-dist:$version:zip" "-DoutputDirectory=$dist_dir" \
    "-DmarkersDirectory=$dist_dir/.markers"
fi
if [[ "$fresh" == true ]]; then
  rm -rf "$kc_home/data/h2"
fi
# the realm is imported once: Keycloak skips a realm that already exists (use --fresh after changing the file)
mkdir -p "$kc_home/data/import"
rm -f "$kc_home/data/import/"*.json
cp deploy/keycloak/librehosters-realm.json deploy/keycloak/demo/librehosters-users-*.json "$kc_home/data/import/"

# --- a JDK for Keycloak: 26.5 runs on 17 but recommends 21+; the platform itself stays on the default JDK -----------
java_major() { # prints the feature version of the JDK in $1, or 0
  sed -n 's/^JAVA_VERSION="\(1\.\)\{0,1\}\([0-9]*\).*/\2/p' "$1/release" 2>/dev/null | head -n 1 | grep . || echo 0
}
kc_java="${KEYCLOAK_JAVA_HOME:-}"
if [[ -z "$kc_java" ]]; then
  best=0
  for jdk in /usr/lib/jvm/*/; do
    jdk="${jdk%/}"
    [[ -x "$jdk/bin/java" && ! -L "$jdk" ]] || continue
    major="$(java_major "$jdk")"
    if (( major >= 21 && major > best )); then best="$major"; kc_java="$jdk"; fi
  done
fi
if [[ -z "$kc_java" ]]; then
  if [[ -n "${JAVA_HOME:-}" ]]; then
    kc_java="$JAVA_HOME"
  else
    kc_java="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  fi
fi
kc_java_opts=""
if (( $(java_major "$kc_java") >= 24 )); then
  # Keycloak 26.5's jboss-threads and Netty ask for these on Java 24 and later
  kc_java_opts="--add-opens=java.base/java.lang=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"
fi

# --- Keycloak ----------------------------------------------------------------------------------------------------
if curl -s -o /dev/null "http://localhost:$port/"; then
  echo "Something already answers on port $port: stop it or set KEYCLOAK_PORT" >&2
  exit 1
fi

kc_pid=""
stop_keycloak() {
  if [[ -n "$kc_pid" ]] && kill -0 "$kc_pid" 2>/dev/null; then
    echo "Stopping Keycloak"
    # Keycloak runs in its own process group: kc.sh and the JVM it starts
    kill -TERM -- "-$kc_pid" 2>/dev/null || true
    for _ in $(seq 1 60); do
      kill -0 "$kc_pid" 2>/dev/null || break
      sleep 0.5
    done
    kill -KILL -- "-$kc_pid" 2>/dev/null || true
  fi
}
trap stop_keycloak EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

echo "Starting Keycloak $version on http://localhost:$port with $kc_java (log: $log)"
(
  export JAVA_HOME="$kc_java"
  export JAVA_OPTS_KC_HEAP="${JAVA_OPTS_KC_HEAP:--Xms64m -Xmx512m}"
  export JAVA_OPTS_APPEND="$kc_java_opts"
  # local only: the temporary admin account of the master realm
  export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
  export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"
  # its own session, so that Ctrl-C reaches the platform only and the trap stops Keycloak after it
  exec setsid "$kc_home/bin/kc.sh" start-dev --import-realm --http-port="$port" \
    --http-management-port="$management_port"
) >"$log" 2>&1 < /dev/null &
kc_pid=$!

started=$SECONDS
until curl -sf -o /dev/null "$realm_url/.well-known/openid-configuration"; do
  if ! kill -0 "$kc_pid" 2>/dev/null; then
    echo "Keycloak stopped before it was ready:" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
  if (( SECONDS - started > 180 )); then
    echo "Keycloak was not ready within 3 minutes:" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
  sleep 1
done
echo "Keycloak ready at $realm_url after $((SECONDS - started)) s"

# --- the platform ----------------------------------------------------------------------------------------------------
export QUARKUS_OIDC_AUTH_SERVER_URL="$realm_url"
export QUARKUS_OIDC_CLIENT_ID="librehosters-web"
# the realm file's dev-only secret; production regenerates it in Keycloak and sets this variable
export QUARKUS_OIDC_CREDENTIALS_SECRET="${QUARKUS_OIDC_CREDENTIALS_SECRET:-dev-only-librehosters-web-secret}"
echo "Starting the platform: http://localhost:8080/login (operator/operator)"
./mvnw -pl web -am quarkus:dev
