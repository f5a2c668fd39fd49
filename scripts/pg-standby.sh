#!/usr/bin/env bash
# A PostgreSQL hot standby of the local server, for trying and testing read replicas on one machine.
#
#   scripts/pg-standby.sh start    # make it if needed, start it, wait until it streams from the primary
#   scripts/pg-standby.sh stop     # stop it (fast shutdown); its data directory stays for the next start
#   scripts/pg-standby.sh status   # exit 0 when it runs and streams, 3 when it is stopped, 1 otherwise
#   scripts/pg-standby.sh rebuild  # stop it, throw its data away and make it anew from the primary
#
# The primary is the server on 127.0.0.1:5432 (PRIMARY_PORT). `start` is idempotent: on a standby that already
# streams it only checks that it does. It makes sure the primary accepts replication connections from 127.0.0.1
# (adding `host replication all 127.0.0.1/32 trust` to its pg_hba.conf and reloading, only when no such line is
# there), copies the primary with `pg_basebackup -R -X stream`, writes the standby's own postgresql.conf and
# pg_hba.conf into its data directory (Debian keeps the primary's outside it), and starts it on 127.0.0.1:5433
# (STANDBY_PORT) with hot_standby=on. A standby that cannot catch up with the primary (the WAL it needs was
# recycled while it was stopped, or the primary was made anew) is rebuilt once. Every wait is bounded, and every
# failure exits non-zero with the reason and the end of the standby's log.
#
# Run it as root (PostgreSQL's tools then run as the postgres user) or as the postgres user itself. It uses
# trust authentication on 127.0.0.1, as the local test servers do: it is for a development machine or CI, not
# for production.
set -euo pipefail

PRIMARY_HOST=127.0.0.1
PRIMARY_PORT=${PRIMARY_PORT:-5432}
STANDBY_PORT=${STANDBY_PORT:-5433}
STANDBY_DIR=${STANDBY_DIR:-/var/lib/postgresql/tablesmith-standby}
START_TIMEOUT=${STANDBY_START_TIMEOUT:-60}
STREAM_TIMEOUT=${STANDBY_STREAM_TIMEOUT:-60}
PG_USER=postgres

say() { echo "[pg-standby] $*"; }
fail() {
    echo "[pg-standby] ERROR: $*" >&2
    if [ -f "$STANDBY_DIR/standby.log" ]; then
        echo "[pg-standby] last lines of $STANDBY_DIR/standby.log:" >&2
        as_pg tail -n 20 "$STANDBY_DIR/standby.log" >&2 || true
    fi
    exit 1
}

# Runs a command as the postgres user: through runuser when root, directly when already that user.
as_pg() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u "$PG_USER" -- "$@"
    elif [ "$(id -un)" = "$PG_USER" ]; then
        "$@"
    else
        fail "run this as root or as the $PG_USER user"
    fi
}

primary_sql() { psql -X -h "$PRIMARY_HOST" -p "$PRIMARY_PORT" -U "$PG_USER" -d postgres -Atq -c "$1"; }
standby_sql() { psql -X -h 127.0.0.1 -p "$STANDBY_PORT" -U "$PG_USER" -d postgres -Atq -c "$1"; }

pg_bin() {
    local major
    major=$(primary_sql "SHOW server_version_num" 2>/dev/null | cut -c1-2) \
        || fail "the primary on $PRIMARY_HOST:$PRIMARY_PORT does not answer; start it first"
    [ -n "$major" ] || fail "the primary on $PRIMARY_HOST:$PRIMARY_PORT does not answer; start it first"
    local dir=/usr/lib/postgresql/$major/bin
    [ -x "$dir/pg_ctl" ] || dir=$(dirname "$(command -v pg_ctl || echo /nonexistent/pg_ctl)")
    [ -x "$dir/pg_ctl" ] && [ -x "$dir/pg_basebackup" ] || fail "no pg_ctl/pg_basebackup for PostgreSQL $major"
    echo "$dir"
}

running() { [ -f "$STANDBY_DIR/postmaster.pid" ] && as_pg "$BIN/pg_ctl" -D "$STANDBY_DIR" status >/dev/null 2>&1; }

streaming() {
    [ "$(standby_sql "SELECT pg_is_in_recovery() AND EXISTS (SELECT 1 FROM pg_stat_wal_receiver
        WHERE status = 'streaming')" 2>/dev/null)" = "t" ]
}

# The primary must accept replication connections from 127.0.0.1: `all` in pg_hba.conf does not cover them.
allow_replication() {
    local hba
    hba=$(primary_sql "SHOW hba_file")
    [ -f "$hba" ] || fail "cannot read the primary's pg_hba.conf at '$hba'"
    if grep -Eq '^[[:space:]]*host[[:space:]]+replication[[:space:]]+(all|postgres)[[:space:]]+127\.0\.0\.1/32[[:space:]]' "$hba"; then
        return 0
    fi
    say "allowing replication connections from 127.0.0.1 in $hba"
    printf '\n# Added by scripts/pg-standby.sh: the local hot standby streams from here.\nhost replication all 127.0.0.1/32 trust\n' >> "$hba"
    [ "$(primary_sql "SELECT pg_reload_conf()")" = "t" ] || fail "the primary did not reload its configuration"
}

# The standby's own configuration. Hot standby needs these limits at least as high as the primary's.
write_config() {
    local limits
    limits=$(primary_sql "SELECT string_agg(name || ' = ' || setting, E'\n') FROM pg_settings WHERE name IN
        ('max_connections', 'max_worker_processes', 'max_wal_senders', 'max_prepared_transactions',
         'max_locks_per_transaction')")
    as_pg tee "$STANDBY_DIR/postgresql.conf" >/dev/null <<EOF
# Written by scripts/pg-standby.sh: a hot standby of $PRIMARY_HOST:$PRIMARY_PORT.
listen_addresses = '127.0.0.1'
port = $STANDBY_PORT
unix_socket_directories = '$STANDBY_DIR'
hot_standby = on
shared_buffers = 32MB
wal_receiver_status_interval = 1s
# A read that conflicts with replay is cancelled after this long rather than holding replay back.
max_standby_streaming_delay = 5s
$limits
EOF
    as_pg tee "$STANDBY_DIR/pg_hba.conf" >/dev/null <<EOF
# Written by scripts/pg-standby.sh.
local all all trust
host all all 127.0.0.1/32 trust
host replication all 127.0.0.1/32 trust
EOF
}

make_standby() {
    allow_replication
    if [ -e "$STANDBY_DIR" ]; then
        as_pg rm -rf "$STANDBY_DIR" 2>/dev/null || rm -rf "$STANDBY_DIR"
    fi
    mkdir -p "$(dirname "$STANDBY_DIR")"
    say "copying the primary into $STANDBY_DIR (pg_basebackup -R -X stream)"
    as_pg timeout 600 "$BIN/pg_basebackup" -h "$PRIMARY_HOST" -p "$PRIMARY_PORT" -U "$PG_USER" \
        -D "$STANDBY_DIR" -R -X stream -c fast \
        || fail "pg_basebackup from $PRIMARY_HOST:$PRIMARY_PORT failed"
    as_pg chmod 700 "$STANDBY_DIR"
    write_config
}

start_server() {
    if running; then
        return 0
    fi
    if standby_sql "SELECT 1" >/dev/null 2>&1; then
        fail "something else answers on 127.0.0.1:$STANDBY_PORT; stop it or set STANDBY_PORT"
    fi
    say "starting the standby on 127.0.0.1:$STANDBY_PORT"
    as_pg "$BIN/pg_ctl" -D "$STANDBY_DIR" -l "$STANDBY_DIR/standby.log" -w -t "$START_TIMEOUT" start >/dev/null \
        || fail "the standby did not start within ${START_TIMEOUT}s"
}

wait_streaming() {
    local i
    for i in $(seq 1 "$STREAM_TIMEOUT"); do
        if streaming; then
            return 0
        fi
        sleep 1
    done
    return 1
}

stop_server() {
    if running; then
        say "stopping the standby"
        as_pg "$BIN/pg_ctl" -D "$STANDBY_DIR" -m fast -w -t 60 stop >/dev/null \
            || fail "the standby did not stop within 60s"
    fi
}

usable_dir() { [ -f "$STANDBY_DIR/PG_VERSION" ] && [ -f "$STANDBY_DIR/standby.signal" ] && [ -f "$STANDBY_DIR/postgresql.conf" ]; }

start() {
    if ! usable_dir; then
        make_standby
    fi
    allow_replication
    start_server
    if wait_streaming; then
        say "standby streams on 127.0.0.1:$STANDBY_PORT"
        return 0
    fi
    # Most often the WAL it needs is gone (it was stopped while the primary recycled it) or the primary is new.
    say "the standby does not stream from the primary within ${STREAM_TIMEOUT}s; making it anew"
    stop_server
    make_standby
    start_server
    wait_streaming || fail "the rebuilt standby does not stream from the primary within ${STREAM_TIMEOUT}s"
    say "standby streams on 127.0.0.1:$STANDBY_PORT"
}

status() {
    if ! running; then
        say "stopped"
        return 3
    fi
    if streaming; then
        say "running on 127.0.0.1:$STANDBY_PORT, streaming; replayed up to $(standby_sql "SELECT pg_last_wal_replay_lsn()")"
        return 0
    fi
    say "running on 127.0.0.1:$STANDBY_PORT but not streaming from the primary"
    return 1
}

case "${1:-}" in
    start) BIN=$(pg_bin); start ;;
    stop) BIN=$(pg_bin); stop_server ;;
    status) BIN=$(pg_bin); status ;;
    rebuild) BIN=$(pg_bin); stop_server; make_standby; start_server; wait_streaming \
        || fail "the rebuilt standby does not stream within ${STREAM_TIMEOUT}s"; say "standby streams" ;;
    *) echo "usage: $0 start|stop|status|rebuild" >&2; exit 2 ;;
esac
