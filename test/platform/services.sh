#!/bin/sh
# services.sh installs the database servers TestDatabases (db_test.go) runs
# pg and ioredis against: Debian's redis-server and postgresql. The test
# starts and stops them itself on free loopback ports; run this once as
# root (CI does, from test.sh). Without them the test skips, saying why.
set -e
[ "$(id -u)" = 0 ] && command -v apt-get >/dev/null || { echo "services.sh: not root or no apt-get; skipping" >&2; exit 0; }
need=""
command -v redis-server >/dev/null || need="$need redis-server"
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need="$need postgresql"
[ -z "$need" ] && exit 0
export DEBIAN_FRONTEND=noninteractive
apt-get install -y $need >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y $need >/dev/null; }
