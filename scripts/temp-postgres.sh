# Sourced by the test and benchmark scripts: start_temp_postgres starts a PostgreSQL 15 server of
# our own in a temporary folder, on a free loopback port, with password authentication, and stops
# it when the calling script exits. It sets TEMP_PG_URL (an admin URL to the "postgres" database)
# and PGPASSWORD. PostgreSQL refuses to run as root: as root the cluster belongs to `postgres`.
start_temp_postgres() {
  local bin=/usr/lib/postgresql/15/bin
  TEMP_PG_DIR=$(mktemp -d /tmp/signwatch-pg.XXXXXX)
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)
  TEMP_PG_RUN=()
  if [ "$(id -u)" = 0 ]; then
    chown postgres:postgres "$TEMP_PG_DIR"
    TEMP_PG_RUN=(runuser -u postgres --)
  fi
  printf 'signwatch-test\n' > "$TEMP_PG_DIR.pw"
  chmod 644 "$TEMP_PG_DIR.pw"
  "${TEMP_PG_RUN[@]}" "$bin/initdb" -D "$TEMP_PG_DIR/data" -U signwatch --pwfile="$TEMP_PG_DIR.pw" \
    -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
  "${TEMP_PG_RUN[@]}" "$bin/pg_ctl" -D "$TEMP_PG_DIR/data" -l "$TEMP_PG_DIR/server.log" -w \
    -o "-p $port -k $TEMP_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off ${TEMP_PG_OPTIONS:-}" \
    start >/dev/null
  TEMP_PG_URL="postgresql://signwatch@127.0.0.1:$port/postgres"
  TEMP_PG_PORT=$port
  export PGPASSWORD=signwatch-test
  trap stop_temp_postgres EXIT
  echo "== PostgreSQL server on 127.0.0.1:$port"
}

stop_temp_postgres() {
  "${TEMP_PG_RUN[@]}" /usr/lib/postgresql/15/bin/pg_ctl -D "$TEMP_PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$TEMP_PG_DIR" "$TEMP_PG_DIR.pw"
}
