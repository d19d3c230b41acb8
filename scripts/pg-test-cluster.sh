#!/bin/sh
# A private PostgreSQL cluster for Sightline's repository tests and benchmarks: initdb in a new
# temporary folder, Unix socket only (no TCP), trust authentication for local connections, the
# superuser `sightline_admin`. As root the cluster runs as the `postgres` user.
#
#   scripts/pg-test-cluster.sh start STATEFILE   # prints nothing; STATEFILE gets the folder
#   scripts/pg-test-cluster.sh stop STATEFILE    # stops the server, removes the folder
#   scripts/pg-test-cluster.sh restart STATEFILE # stop and start the same cluster
#   scripts/pg-test-cluster.sh pause STATEFILE   # stop the server, keep the cluster
#   scripts/pg-test-cluster.sh resume STATEFILE  # start it again
#
# Clients connect with host=<folder> (the socket directory), user sightline_admin.
set -eu

cmd=${1:?usage: pg-test-cluster.sh start|stop|restart STATEFILE}
state=${2:?usage: pg-test-cluster.sh start|stop|restart STATEFILE}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "pg-test-cluster: PostgreSQL's server is not installed (Debian: postgresql; make deps)" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        su postgres -s /bin/sh -c "$*"
    else
        sh -c "$*"
    fi
}

case "$cmd" in
start)
    dir=$(mktemp -d /tmp/sightline-pg.XXXXXX)
    chmod 755 "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as_owner "'$bindir/initdb' -D '$dir/data' -U sightline_admin -A trust -E UTF8 --locale=C.UTF-8 --no-sync" \
        > "$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "'$bindir/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -t 60 \
        -o \"-k '$dir' -c listen_addresses='' -c fsync=${SIGHTLINE_PG_FSYNC:-off} -c max_connections=60\" start" \
        > /dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "$dir" > "$state"
    ;;
stop)
    [ -f "$state" ] || exit 0
    dir=$(cat "$state")
    as_owner "'$bindir/pg_ctl' -D '$dir/data' -m fast -w stop" > /dev/null 2>&1 || true
    rm -rf "$dir" "$state"
    ;;
restart|pause|resume)
    dir=$(cat "$state")
    [ "$cmd" = resume ] || as_owner "'$bindir/pg_ctl' -D '$dir/data' -m fast -w stop" > /dev/null
    [ "$cmd" = pause ] && exit 0
    as_owner "'$bindir/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -t 60 \
        -o \"-k '$dir' -c listen_addresses='' -c fsync=${SIGHTLINE_PG_FSYNC:-off} -c max_connections=60\" start" > /dev/null
    ;;
*)
    echo "usage: pg-test-cluster.sh start|stop|restart|pause|resume STATEFILE" >&2
    exit 2
    ;;
esac
