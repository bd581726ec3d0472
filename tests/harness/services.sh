# Real services on loopback for Supadesk's tests and demo: PostgreSQL 15, OpenSSH sshd, PgBouncer
# and a Secret Service keyring. Each start_* function exports where its service listens (SUPADESK_TEST_*)
# and registers its own clean-up; stop_services undoes everything. Sourced by with-services and scripts/demo.
# shellcheck shell=bash

HARNESS_DIR=${HARNESS_DIR:-}
_cleanup_steps=()

harness_fail() {
    echo "harness: $*" >&2
    exit 1
}

harness_init() {
    HARNESS_DIR=$(mktemp -d /tmp/supadesk-harness.XXXXXX)
    chmod 755 "$HARNESS_DIR"
    export SUPADESK_HARNESS_DIR=$HARNESS_DIR
    _cleanup_steps+=("rm -rf '$HARNESS_DIR'")
}

stop_services() {
    local i
    for ((i = ${#_cleanup_steps[@]} - 1; i >= 0; i--)); do
        eval "${_cleanup_steps[$i]}" >/dev/null 2>&1 || true
    done
    _cleanup_steps=()
}

# A free TCP port on 127.0.0.1: nothing answers a connect there.
free_port() {
    local port tries=0
    while ((tries++ < 200)); do
        port=$((20000 + RANDOM % 30000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    harness_fail "no free TCP port found on 127.0.0.1"
}

wait_for_port() {
    local port=$1 what=$2 i
    for ((i = 0; i < 100; i++)); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            return 0
        fi
        sleep 0.1
    done
    harness_fail "$what did not start listening on 127.0.0.1:$port"
}

# Runs a command as the PostgreSQL owner: initdb and postgres refuse to run as root.
as_pg_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

pg_bin() {
    local dir=/usr/lib/postgresql/15/bin
    [ -x "$dir/$1" ] || harness_fail "PostgreSQL 15 is missing ($dir/$1): apt-get install postgresql-15 postgresql-contrib"
    echo "$dir/$1"
}

start_postgres() {
    local dir=$HARNESS_DIR/pg port
    port=$(free_port)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    as_pg_owner "$(pg_bin initdb)" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$HARNESS_DIR/initdb.log" 2>&1 ||
        harness_fail "initdb failed: $(tail -5 "$HARNESS_DIR/initdb.log")"
    cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
shared_preload_libraries = 'pg_stat_statements'
pg_stat_statements.track = all
track_io_timing = on
fsync = off
max_connections = 300
CONF
    # Every connection is trusted except the role supadesk_pw's, which must give its password
    # (scram-sha-256): the tests of ~/.pgpass and service files log in with it.
    printf 'host all supadesk_pw 127.0.0.1/32 scram-sha-256\n' | cat - "$dir/data/pg_hba.conf" >"$dir/pg_hba.conf.new"
    mv "$dir/pg_hba.conf.new" "$dir/data/pg_hba.conf"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir/data/pg_hba.conf"
    as_pg_owner "$(pg_bin pg_ctl)" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null ||
        harness_fail "PostgreSQL did not start: $(tail -5 "$dir/server.log")"
    _cleanup_steps+=("as_pg_owner '$(pg_bin pg_ctl)' -D '$dir/data' -m immediate stop")
    "$(pg_bin psql)" -h 127.0.0.1 -p "$port" -U postgres -q -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" postgres ||
        harness_fail "cannot create pg_stat_statements"
    local pw_secret
    pw_secret=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    # On standard input, so the password is in no process's argument list.
    printf "CREATE ROLE supadesk_pw LOGIN PASSWORD '%s'; GRANT pg_monitor TO supadesk_pw;\n" "$pw_secret" |
        "$(pg_bin psql)" -h 127.0.0.1 -p "$port" -U postgres -q -v ON_ERROR_STOP=1 postgres ||
        harness_fail "cannot create the role supadesk_pw"
    export SUPADESK_TEST_PG_PASSWORD_USER=supadesk_pw SUPADESK_TEST_PG_PASSWORD=$pw_secret
    export SUPADESK_TEST_PG_HOST=127.0.0.1 SUPADESK_TEST_PG_PORT=$port SUPADESK_TEST_PG_USER=postgres
    export SUPADESK_TEST_PG_DATA=$dir/data SUPADESK_TEST_PG_SOCKET_DIR=$dir
}

# sshd on 127.0.0.1 with its own host key and one authorised user key (unencrypted, ed25519).
start_sshd() {
    local dir=$HARNESS_DIR/ssh port user
    command -v /usr/sbin/sshd >/dev/null || harness_fail "OpenSSH server is missing: apt-get install openssh-server"
    port=$(free_port)
    user=$(id -un)
    mkdir -p "$dir"
    chmod 700 "$dir"
    ssh-keygen -q -t ed25519 -N '' -f "$dir/host_ed25519" -C supadesk-test-host
    ssh-keygen -q -t ed25519 -N '' -f "$dir/user_ed25519" -C supadesk-test-user
    cp "$dir/user_ed25519.pub" "$dir/authorized_keys"
    [ "$(id -u)" = 0 ] && mkdir -p /run/sshd && chmod 755 /run/sshd
    cat >"$dir/sshd_config" <<CONF
Port $port
ListenAddress 127.0.0.1
HostKey $dir/host_ed25519
PidFile $dir/sshd.pid
AuthorizedKeysFile $dir/authorized_keys
StrictModes no
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
UsePAM no
AllowTcpForwarding yes
Subsystem sftp internal-sftp
LogLevel ERROR
MaxStartups 100:30:200
MaxSessions 1000
CONF
    # Password logins are tested with an account of their own (only root can make one): it may log
    # in with a password, nobody else may. One account per harness, removed when it stops, so that
    # a harness starting elsewhere on the machine cannot change the password a test is using.
    if [ "$(id -u)" = 0 ]; then
        local pw_user pw_secret
        pw_user=supadesk-pw-$(printf '%s' "${HARNESS_DIR##*.}" | tr '[:upper:]' '[:lower:]')
        pw_secret=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
        id "$pw_user" >/dev/null 2>&1 || useradd --system --no-create-home --home-dir /nonexistent \
            --shell /bin/sh "$pw_user"
        _cleanup_steps+=("userdel '$pw_user'")
        printf '%s:%s\n' "$pw_user" "$pw_secret" | chpasswd
        printf 'Match User %s\n    PasswordAuthentication yes\n' "$pw_user" >>"$dir/sshd_config"
        export SUPADESK_TEST_SSH_PASSWORD_USER=$pw_user SUPADESK_TEST_SSH_PASSWORD=$pw_secret
        # Two logins other than root that take the test user key (each with its own authorized_keys,
        # which sshd reads as that user): supadesk-sudotest may become root with `sudo -n`,
        # supadesk-nosudo may not. Neither has a password that another harness could change.
        local key_user
        for key_user in supadesk-sudotest supadesk-nosudo; do
            id "$key_user" >/dev/null 2>&1 || useradd --system --no-create-home --home-dir /nonexistent \
                --shell /bin/sh "$key_user" || id "$key_user" >/dev/null # made meanwhile by another harness
            # No password at all, but not locked ("!"), which sshd would refuse without PAM.
            usermod -p '*' "$key_user"
            mkdir -p "$HARNESS_DIR/$key_user"
            cp "$dir/user_ed25519.pub" "$HARNESS_DIR/$key_user/authorized_keys"
            chown -R "$key_user" "$HARNESS_DIR/$key_user"
            printf 'Match User %s\n    AuthorizedKeysFile %s\n' "$key_user" \
                "$HARNESS_DIR/$key_user/authorized_keys" >>"$dir/sshd_config"
        done
        export SUPADESK_TEST_SSH_NOSUDO_USER=supadesk-nosudo
        if command -v sudo >/dev/null; then
            # One rule file per harness (sudo skips names with a dot), so that harnesses running at
            # the same time do not take each other's rule away when they stop.
            local rule=/etc/sudoers.d/supadesk-sudotest-${HARNESS_DIR##*.}
            printf '%s ALL=(ALL) NOPASSWD: ALL\n' supadesk-sudotest >"$rule"
            chmod 440 "$rule"
            _cleanup_steps+=("rm -f '$rule'")
            export SUPADESK_TEST_SSH_SUDO_USER=supadesk-sudotest
        fi
    fi
    /usr/sbin/sshd -t -f "$dir/sshd_config" || harness_fail "sshd rejects its test configuration"
    /usr/sbin/sshd -D -e -f "$dir/sshd_config" </dev/null >"$dir/sshd.log" 2>&1 &
    local pid=$!
    _cleanup_steps+=("kill $pid")
    wait_for_port "$port" sshd
    printf '[127.0.0.1]:%s %s\n' "$port" "$(cut -d' ' -f1,2 "$dir/host_ed25519.pub")" >"$dir/known_hosts"
    export SUPADESK_TEST_SSH_HOST=127.0.0.1 SUPADESK_TEST_SSH_PORT=$port SUPADESK_TEST_SSH_USER=$user
    export SUPADESK_TEST_SSH_KEY=$dir/user_ed25519 SUPADESK_TEST_SSH_KNOWN_HOSTS=$dir/known_hosts
    export SUPADESK_TEST_SSH_HOST_KEY=$dir/host_ed25519 SUPADESK_TEST_SSH_CONFIG=$dir/sshd_config
    export SUPADESK_TEST_SSH_PID=$pid
}

start_pgbouncer() {
    local dir=$HARNESS_DIR/pgbouncer port
    command -v /usr/sbin/pgbouncer >/dev/null || harness_fail "PgBouncer is missing: apt-get install pgbouncer"
    [ -n "${SUPADESK_TEST_PG_PORT:-}" ] || harness_fail "start_postgres before start_pgbouncer"
    port=$(free_port)
    mkdir -p "$dir"
    cat >"$dir/pgbouncer.ini" <<CONF
[databases]
* = host=127.0.0.1 port=$SUPADESK_TEST_PG_PORT
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $port
unix_socket_dir =
auth_type = trust
auth_file = $dir/userlist.txt
admin_users = postgres
stats_users = postgres
pool_mode = transaction
ignore_startup_parameters = extra_float_digits
logfile = $dir/pgbouncer.log
pidfile = $dir/pgbouncer.pid
CONF
    echo '"postgres" ""' >"$dir/userlist.txt"
    [ "$(id -u)" = 0 ] && chown -R postgres: "$dir"
    as_pg_owner /usr/sbin/pgbouncer -q -d "$dir/pgbouncer.ini" >"$dir/stdout.log" 2>&1 ||
        harness_fail "PgBouncer did not start: $(tail -5 "$dir/pgbouncer.log" 2>/dev/null)"
    _cleanup_steps+=("kill \$(cat '$dir/pgbouncer.pid')")
    wait_for_port "$port" PgBouncer
    export SUPADESK_TEST_PGBOUNCER_PORT=$port
}

# Unlocks a fresh login keyring in the current D-Bus session (run inside dbus-run-session).
start_keyring() {
    command -v gnome-keyring-daemon >/dev/null || harness_fail "GNOME Keyring is missing: apt-get install gnome-keyring"
    [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || harness_fail "start_keyring needs a D-Bus session (dbus-run-session)"
    export XDG_DATA_HOME=${XDG_DATA_HOME:-$HARNESS_DIR/data}
    mkdir -p "$XDG_DATA_HOME/keyrings"
    local output
    output=$(printf 'supadesk-test-keyring' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null) ||
        harness_fail "gnome-keyring-daemon did not start"
    eval "export $(echo "$output" | grep GNOME_KEYRING_CONTROL || true)"
    export SUPADESK_TEST_KEYRING=1
}
