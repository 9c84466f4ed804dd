#!/usr/bin/env bash
# A three-node MariaDB Galera cluster on this machine, with HAProxy in front, for local work and
# for `npm run test:cluster` (docs/scaling.md says why HAProxy and what each port is).
#
#   scripts/galera-cluster.sh start     installs what is missing (Debian), starts nodes 1–3 and HAProxy
#   scripts/galera-cluster.sh stop      stops HAProxy and the nodes (data kept)
#   scripts/galera-cluster.sh destroy   stops and removes the data
#   scripts/galera-cluster.sh status    prints each node's view of the cluster
#   scripts/galera-cluster.sh kill N    SIGKILLs node N (1–3)
#   scripts/galera-cluster.sh restart N starts node N again; it rejoins by incremental state transfer
#
# Nodes listen on 127.0.0.1:3311–3313 (group communication 4567–4569, IST 4577–4579, SST
# 4587–4589); HAProxy on 127.0.0.1:3310 sends every connection to node 1 while it is healthy and
# to the next node otherwise. The nodes run as the `mysql` user over data directories it owns:
# started by root, rsync state transfer fails. Needs root to install packages and to switch user.
set -euo pipefail

CLUSTER_DIR="${CLUSTER_DIR:-/var/tmp/frontera-galera}"
PROXY_PORT="${CLUSTER_PROXY_PORT:-3310}"
NODES=(1 2 3)
node_port() { echo $((3310 + $1)); }
node_dir() { echo "$CLUSTER_DIR/node$1"; }
node_socket() { echo "$CLUSTER_DIR/node$1.sock"; }
node_pid() { cat "$CLUSTER_DIR/node$1.pid" 2>/dev/null || true; }
as_mysql() { runuser -u mysql -- "$@"; }
sql() { mysql --protocol=socket -S "$(node_socket "$1")" -uroot -N -B -e "$2"; }

install_packages() {
  local missing=()
  command -v mariadbd >/dev/null || missing+=(mariadb-server)
  [ -e /usr/lib/galera/libgalera_smm.so ] || missing+=(galera-4)
  command -v rsync >/dev/null || missing+=(rsync)
  command -v haproxy >/dev/null || missing+=(haproxy)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  fi
}

# How soon the others evict a node that stopped answering: writes wait that long after a crash.
# Galera's defaults (suspect after 5 s) suit a WAN; one machine or one rack can be quicker.
EVS_TIMEOUTS="${CLUSTER_EVS_TIMEOUTS:-evs.keepalive_period=PT0.5S;evs.suspect_timeout=PT1.5S;evs.inactive_check_period=PT0.5S;evs.inactive_timeout=PT3S}"

write_node_config() {
  local n=$1 gcomm="gcomm://127.0.0.1:4567,127.0.0.1:4568,127.0.0.1:4569"
  cat >"$CLUSTER_DIR/node$n.cnf" <<EOF
[mysqld]
datadir=$(node_dir "$n")
socket=$(node_socket "$n")
pid-file=$CLUSTER_DIR/node$n.pid
log-error=$CLUSTER_DIR/node$n.err
port=$(node_port "$n")
bind-address=127.0.0.1
skip-name-resolve
max_connections=300
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
innodb_flush_log_at_trx_commit=2
innodb_buffer_pool_size=128M
wsrep_on=ON
wsrep_provider=/usr/lib/galera/libgalera_smm.so
wsrep_cluster_name=frontera
wsrep_cluster_address=$gcomm
wsrep_node_name=node$n
wsrep_node_address=127.0.0.1:$((4566 + n))
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$((4566 + n));ist.recv_addr=127.0.0.1:$((4576 + n));gcache.size=256M;$EVS_TIMEOUTS"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$((4586 + n))
EOF
}

write_proxy_config() {
  cat >"$CLUSTER_DIR/haproxy.cfg" <<EOF
global
  maxconn 2000
  pidfile $CLUSTER_DIR/haproxy.pid
defaults
  mode tcp
  timeout connect 2s
  timeout client 1h
  timeout server 1h
listen galera
  bind 127.0.0.1:$PROXY_PORT
  # one writer at a time: no certification conflicts between nodes in normal running
  option mysql-check user haproxy_check
  # a node marked down loses its sessions at once; when node 1 is back, the backups' sessions
  # end too, so the writes return to one node
  default-server check inter 500 fall 2 rise 3 on-marked-down shutdown-sessions on-marked-up shutdown-backup-sessions
  server node1 127.0.0.1:3311
  server node2 127.0.0.1:3312 backup
  server node3 127.0.0.1:3313 backup
EOF
}

wait_for_node() {
  local n=$1
  for _ in $(seq 1 120); do
    if [ "$(sql "$n" "SHOW STATUS LIKE 'wsrep_ready'" 2>/dev/null | cut -f2)" = "ON" ]; then return 0; fi
    if [ -z "$(node_pid "$n")" ] && ! pgrep -f "$CLUSTER_DIR/node$n.cnf" >/dev/null; then
      echo "node $n exited; its log:" >&2
      tail -30 "$CLUSTER_DIR/node$n.err" >&2
      return 1
    fi
    sleep 0.5
  done
  echo "node $n did not become ready; its log:" >&2
  tail -30 "$CLUSTER_DIR/node$n.err" >&2
  return 1
}

# After a crash the node's state file says nothing of where it stopped; InnoDB knows. Asked first
# (as mysqld_safe does), the position lets the node ask for the missing writesets only (IST)
# instead of a full copy of the data (SST).
recovered_position() {
  local n=$1 log="$CLUSTER_DIR/node$n.recover"
  as_mysql mariadbd --defaults-file="$CLUSTER_DIR/node$n.cnf" --wsrep-recover --log-error="$log" >/dev/null 2>&1 || true
  sed -n 's/.*WSREP: Recovered position: \(.*\)/\1/p' "$log" | tail -1
}

start_node() {
  local n=$1 extra=("${@:2}")
  if pgrep -f "$CLUSTER_DIR/node$n.cnf" >/dev/null; then return 0; fi
  if grep -q '^seqno: *-1' "$(node_dir "$n")/grastate.dat" 2>/dev/null; then
    local position
    position=$(recovered_position "$n")
    [ -n "$position" ] && extra+=("--wsrep-start-position=$position")
  fi
  as_mysql mariadbd --defaults-file="$CLUSTER_DIR/node$n.cnf" "${extra[@]}" >>"$CLUSTER_DIR/node$n.out" 2>&1 &
  wait_for_node "$n"
}

bootstrap_node() {
  # the node that last stopped cleanly (or any, after a crash) may start a new cluster
  sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$(node_dir 1)/grastate.dat" 2>/dev/null || true
  start_node 1 --wsrep-new-cluster
}

create_users() {
  sql 1 "CREATE USER IF NOT EXISTS 'frontera'@'127.0.0.1' IDENTIFIED BY 'frontera';
         CREATE USER IF NOT EXISTS 'frontera'@'localhost' IDENTIFIED BY 'frontera';
         GRANT ALL PRIVILEGES ON \`frontera\\_%\`.* TO 'frontera'@'127.0.0.1';
         GRANT ALL PRIVILEGES ON \`frontera\\_%\`.* TO 'frontera'@'localhost';
         CREATE USER IF NOT EXISTS 'haproxy_check'@'127.0.0.1';
         FLUSH PRIVILEGES;"
}

start() {
  install_packages
  mkdir -p "$CLUSTER_DIR"
  chown mysql:mysql "$CLUSTER_DIR"
  for n in "${NODES[@]}"; do
    write_node_config "$n"
    if [ ! -d "$(node_dir "$n")/mysql" ]; then
      as_mysql mariadb-install-db --defaults-file="$CLUSTER_DIR/node$n.cnf" --auth-root-authentication-method=socket >/dev/null
    fi
  done
  chown -R mysql:mysql "$CLUSTER_DIR"
  bootstrap_node
  create_users
  start_node 2
  start_node 3
  write_proxy_config
  if [ ! -e "$CLUSTER_DIR/haproxy.pid" ] || ! kill -0 "$(cat "$CLUSTER_DIR/haproxy.pid")" 2>/dev/null; then
    haproxy -D -f "$CLUSTER_DIR/haproxy.cfg"
  fi
  for _ in $(seq 1 40); do
    mysql -h127.0.0.1 -P"$PROXY_PORT" -ufrontera -pfrontera -e 'SELECT 1' >/dev/null 2>&1 && break
    sleep 0.25
  done
  status
  echo "cluster up: mysql://frontera:frontera@127.0.0.1:$PROXY_PORT (HAProxy), nodes 127.0.0.1:3311-3313"
}

stop() {
  if [ -e "$CLUSTER_DIR/haproxy.pid" ]; then
    kill "$(cat "$CLUSTER_DIR/haproxy.pid")" 2>/dev/null || true
    rm -f "$CLUSTER_DIR/haproxy.pid"
  fi
  # the last node to stop is the one safe to bootstrap from: stop 3, 2, then 1
  for n in 3 2 1; do
    local pid
    pid=$(node_pid "$n")
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  done
}

status() {
  for n in "${NODES[@]}"; do
    printf 'node%s: ' "$n"
    sql "$n" "SELECT CONCAT(VARIABLE_NAME,'=',VARIABLE_VALUE) FROM information_schema.GLOBAL_STATUS
              WHERE VARIABLE_NAME IN ('WSREP_CLUSTER_SIZE','WSREP_LOCAL_STATE_COMMENT','WSREP_READY')" 2>/dev/null |
      tr '\n' ' ' || printf 'down'
    echo
  done
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  destroy) stop && rm -rf "$CLUSTER_DIR" ;;
  status) status ;;
  kill) kill -9 "$(node_pid "$2")" ;;
  restart) start_node "$2" ;;
  *) sed -n '2,12p' "$0" && exit 2 ;;
esac
