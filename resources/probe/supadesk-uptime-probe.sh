#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Supadesk uptime probe: run every minute (systemd timer or cron) on the server of a Supabase stack.
# Probes each target once and appends one line per probe to a monthly log that Supadesk pulls:
#
#   TIMESTAMP <TAB> COMPONENT <TAB> ok|fail <TAB> LATENCY_MS <TAB> REASON
#
# e.g. "2026-11-25T19:00:01Z	postgres	ok	4	-". Times are UTC; the file is YYYY-MM.log after the
# UTC month, so a month's file is never written again once the month is over.
#
# Settings (environment, or the file named by SUPADESK_PROBE_CONFIG, default /etc/supadesk/uptime-probe.conf):
#   SUPADESK_UPTIME_DIR      where the logs go (default /var/lib/supadesk/uptime)
#   SUPADESK_PROBE_TARGETS   space-separated NAME=URL pairs; postgresql:// URLs are probed with
#                            "SELECT 1" (psql, or pg_isready when psql is missing), http(s):// URLs
#                            with curl (any 2xx or 3xx answer is ok), tls://NAME[:PORT] URLs by the
#                            certificate this server presents for NAME (SNI) on its own loopback:
#                            the reason is "N days left", and it fails below SUPADESK_CERT_MIN_DAYS
#   SUPADESK_PROBE_TIMEOUT   seconds per probe (default 5)
#   SUPADESK_CERT_MIN_DAYS   a tls:// target fails when its certificate has fewer days left (default 14)
#   SUPADESK_PROBE_APIKEY    sent as the "apikey" header to HTTP targets (Kong wants one)
#   SUPADESK_STACK_ENV       the stack's docker compose .env: when set, ANON_KEY is read from it for
#                            SUPADESK_PROBE_APIKEY and POSTGRES_PASSWORD for PGPASSWORD (unless they
#                            are set), so no secret is copied into the probe's own configuration
#   SUPADESK_UPTIME_KEEP_DAYS   monthly logs not written for this many days are removed (default 400)
#   SUPADESK_ALERTER         the alerter run after each round with the round's results on its standard
#                            input (default: supadesk-alerter.sh next to this script); it does nothing
#                            unless its own settings (/etc/supadesk/alerts.conf) exist
#
# Installed as /usr/local/lib/supadesk/supadesk-uptime-probe.sh with supadesk-uptime-probe.timer and
# .service next to this file, or with the line in supadesk-uptime-probe.cron where there is no systemd.
set -u

config=${SUPADESK_PROBE_CONFIG:-/etc/supadesk/uptime-probe.conf}
if [ -r "$config" ]; then
    # shellcheck disable=SC1090
    . "$config"
fi

# The value of KEY in a docker compose .env file (the last assignment wins; quotes removed).
env_value() { # key file
    sed -n "s/^[[:space:]]*$1[[:space:]]*=[[:space:]]*//p" "$2" 2>/dev/null | tail -n 1 |
        sed "s/^\"\(.*\)\"\$/\1/; s/^'\(.*\)'\$/\1/"
}
stack_env=${SUPADESK_STACK_ENV:-}
if [ -n "$stack_env" ]; then
    if [ -r "$stack_env" ]; then
        [ -n "${SUPADESK_PROBE_APIKEY:-}" ] || SUPADESK_PROBE_APIKEY=$(env_value ANON_KEY "$stack_env")
        if [ -z "${PGPASSWORD:-}" ]; then
            PGPASSWORD=$(env_value POSTGRES_PASSWORD "$stack_env")
            [ -n "$PGPASSWORD" ] && export PGPASSWORD
        fi
    else
        echo "supadesk-uptime-probe: cannot read $stack_env; probing without the stack's keys" >&2
    fi
fi

dir=${SUPADESK_UPTIME_DIR:-/var/lib/supadesk/uptime}
targets=${SUPADESK_PROBE_TARGETS:-postgres=postgresql://postgres@127.0.0.1:5432/postgres}
timeout=${SUPADESK_PROBE_TIMEOUT:-5}
keep_days=${SUPADESK_UPTIME_KEEP_DAYS:-400}
cert_min_days=${SUPADESK_CERT_MIN_DAYS:-14}

case $timeout in
'' | *[!0-9]*)
    echo "supadesk-uptime-probe: SUPADESK_PROBE_TIMEOUT must be a whole number of seconds" >&2
    exit 2
    ;;
esac
case $cert_min_days in
'' | *[!0-9]*)
    echo "supadesk-uptime-probe: SUPADESK_CERT_MIN_DAYS must be a whole number of days" >&2
    exit 2
    ;;
esac
case $keep_days in
'' | *[!0-9]*)
    echo "supadesk-uptime-probe: SUPADESK_UPTIME_KEEP_DAYS must be a whole number of days" >&2
    exit 2
    ;;
esac

if ! mkdir -p "$dir"; then
    echo "supadesk-uptime-probe: cannot create $dir" >&2
    exit 1
fi
log="$dir/$(date -u +%Y-%m).log"
write_failed=0

# Milliseconds since the epoch; GNU date has %N, others fall back to whole seconds.
now_ms() {
    ms=$(date -u +%s%3N 2>/dev/null)
    case $ms in
    *N* | '') echo $(($(date -u +%s) * 1000)) ;;
    *) echo "$ms" ;;
    esac
}

# One line, no tabs, at most 200 characters: the log stays one record per line whatever a tool prints.
clean_reason() {
    printf '%s' "$1" | tr '\t\r\n' '   ' | sed 's/  */ /g; s/^ //; s/ $//' | cut -c1-200
}

round=
record() { # component status latency reason
    reason=$(clean_reason "$4")
    [ -n "$reason" ] || reason=-
    round="$round$1 $2 $reason
"
    printf '%s\t%s\t%s\t%s\t%s\n' "$stamp" "$1" "$2" "$3" "$reason" >>"$log" || write_failed=1
}

probe_postgres() { # name url
    if command -v psql >/dev/null 2>&1; then
        output=$(PGCONNECT_TIMEOUT=$timeout PGOPTIONS="-c statement_timeout=${timeout}s" \
            psql "$2" -X -A -t -q -w -c 'SELECT 1' 2>&1)
        status=$?
        [ $status -eq 0 ] && [ "$output" = 1 ] && return 0
        failure=${output:-psql exited with status $status}
        return 1
    fi
    if command -v pg_isready >/dev/null 2>&1; then
        output=$(pg_isready -d "$2" -t "$timeout" 2>&1) && return 0
        failure=$output
        return 1
    fi
    failure="neither psql nor pg_isready is installed"
    return 1
}

probe_http() { # name url
    if ! command -v curl >/dev/null 2>&1; then
        failure="curl is not installed"
        return 1
    fi
    if [ -n "${SUPADESK_PROBE_APIKEY:-}" ]; then
        # The key goes to curl on its standard input (-H @-, curl 7.55 or newer), printed by the
        # shell's own printf: in curl's command line `ps` would show it to every user of the server.
        code=$(printf 'apikey: %s\nAuthorization: Bearer %s\n' "$SUPADESK_PROBE_APIKEY" "$SUPADESK_PROBE_APIKEY" |
            curl -s -o /dev/null -w '%{http_code}' --max-time "$timeout" -H @- "$2" 2>&1)
    else
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time "$timeout" "$2" 2>&1)
    fi
    status=$?
    case $code in
    2?? | 3??) return 0 ;;
    esac
    if [ $status -ne 0 ]; then
        case $status in
        6) failure="cannot resolve host" ;;
        7) failure="connection refused" ;;
        28) failure="no answer within ${timeout}s" ;;
        35 | 60) failure="TLS handshake failed" ;;
        *) failure="curl failed with status $status" ;;
        esac
    else
        failure="HTTP $code"
    fi
    return 1
}

# The certificate served for NAME on this server (loopback: no hairpin NAT, and the proxy answers for
# the name by SNI); sets $detail to "N days left" (negative once expired).
probe_certificate() { # name url
    if ! command -v openssl >/dev/null 2>&1; then
        failure="openssl is not installed"
        return 1
    fi
    host=${2#tls://}
    host=${host%%/*}
    port=443
    case $host in
    *:*) port=${host##*:} host=${host%:*} ;;
    esac
    pem=$(timeout "$timeout" openssl s_client -connect "127.0.0.1:$port" -servername "$host" </dev/null 2>/dev/null |
        openssl x509 2>/dev/null)
    if [ -z "$pem" ]; then
        failure="no certificate for $host on port $port"
        return 1
    fi
    end=$(printf '%s\n' "$pem" | openssl x509 -noout -enddate 2>/dev/null | sed 's/^notAfter=//')
    end_s=$(date -u -d "$end" +%s 2>/dev/null)
    if [ -n "$end_s" ]; then
        detail="$(((end_s - $(date -u +%s)) / 86400)) days left"
    else
        detail="expires $end"
    fi
    printf '%s\n' "$pem" | openssl x509 -noout -checkend $((cert_min_days * 86400)) >/dev/null 2>&1 && return 0
    failure=$detail
    return 1
}

for target in $targets; do
    name=${target%%=*}
    url=${target#*=}
    if [ -z "$name" ] || [ "$name" = "$target" ]; then
        echo "supadesk-uptime-probe: ignoring \"$target\": expected NAME=URL" >&2
        continue
    fi
    stamp=$(date -u +%Y-%m-%dT%H:%M:%SZ)
    started=$(now_ms)
    failure=
    detail=-
    case $url in
    postgres://* | postgresql://*) probe_postgres "$name" "$url" ;;
    http://* | https://*) probe_http "$name" "$url" ;;
    tls://*) probe_certificate "$name" "$url" ;;
    *)
        failure="unknown kind of target: $url"
        false
        ;;
    esac
    result=$?
    latency=$(($(now_ms) - started))
    if [ $result -eq 0 ]; then
        record "$name" ok "$latency" "$detail"
    else
        record "$name" fail "$latency" "$failure"
    fi
done

# The alert rules see this round's results; the alerter keeps its own state and queue.
alerter=${SUPADESK_ALERTER:-$(dirname "$0")/supadesk-alerter.sh}
if [ -x "$alerter" ]; then
    printf '%s' "$round" | "$alerter" || echo "supadesk-uptime-probe: the alerter failed" >&2
fi

# Old months go once they are older than the SLA history anyone asks for.
find "$dir" -maxdepth 1 -type f -name '[0-9][0-9][0-9][0-9]-[0-9][0-9].log' -mtime +"$keep_days" -exec rm -f {} + 2>/dev/null
if [ "$write_failed" -ne 0 ]; then
    echo "supadesk-uptime-probe: cannot append to $log" >&2
    exit 1
fi
exit 0
