#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Supadesk alerter: run by the uptime probe at the end of each round (same timer, same installation),
# with the round's results on its standard input, one "COMPONENT ok|fail REASON" line per probe.
# Evaluates the stack's alert rules and tells the channels, from the server, so alerts arrive while
# no desktop is open.
#
#   supadesk-alerter.sh                 one round (stdin: the probe's results)
#   supadesk-alerter.sh --test CHANNEL  send a test message now and print the channel's answer
#
# Settings: the file named by SUPADESK_ALERT_CONFIG (default /etc/supadesk/alerts.conf), written by
# Supadesk and sourced here; no secret is in it. The channels' secrets (webhook URLs, bot tokens, SMTP
# passwords) are CHANNEL=SECRET lines in SUPADESK_ALERT_SECRETS (root only, 0600), read line by line
# and handed to curl on its standard input as a config file (-K -): in a command line `ps` would show
# them to every user of the server.
#
# State (SUPADESK_ALERT_DIR, default /var/lib/supadesk/alerts):
#   state/RULE      "STATE SINCE LAST_SENT COUNT TOLD": ok|pending|firing, when the condition began,
#                   when the rule last sent a message, consecutive failures (component rules), whether
#                   the current firing was sent (its resolution goes the same way)
#   state/RULE.digest   changes held back by the storm bound, sent as one digest later
#   queue/          messages not yet delivered, one file per message and channel, retried each round
#   alerts.log      TIME TAB RULE TAB EVENT TAB CHANNEL TAB RESULT TAB DETAIL, what Supadesk pulls as
#                   the alert history
set -u
umask 077

config=${SUPADESK_ALERT_CONFIG:-/etc/supadesk/alerts.conf}
if [ ! -r "$config" ]; then
    [ "${1:-}" = --test ] && echo "supadesk-alerter: cannot read $config" >&2 && exit 2
    exit 0 # alerts are not configured: nothing to do
fi
# shellcheck disable=SC1090
. "$config"

stack=${SUPADESK_ALERT_STACK:-stack}
dir=${SUPADESK_ALERT_DIR:-/var/lib/supadesk/alerts}
secrets=${SUPADESK_ALERT_SECRETS:-/etc/supadesk/alerts.secrets}
failures_before_down=${SUPADESK_ALERT_FAILURES:-2}
storm=${SUPADESK_ALERT_STORM_SECONDS:-300}
timeout=${SUPADESK_ALERT_TIMEOUT:-10}
telegram_api=${SUPADESK_ALERT_TELEGRAM_API:-https://api.telegram.org}
# A message not delivered for this long is given up (logged as "dropped").
max_age=${SUPADESK_ALERT_QUEUE_MAX_SECONDS:-86400}

if ! mkdir -p "$dir/state" "$dir/queue"; then
    echo "supadesk-alerter: cannot create $dir" >&2
    exit 1
fi
now=$(date -u +%s)
stamp=$(date -u +%Y-%m-%dT%H:%M:%SZ)
logfile="$dir/alerts.log"

# One line, no tabs.
one_line() {
    printf '%s' "$1" | tr '\t\r\n' '   ' | cut -c1-300
}

logged=0
log_line() { # rule event channel result detail
    logged=1
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$stamp" "$1" "$2" "$3" "$4" "$(one_line "$5")" >>"$logfile"
}

json_string() {
    printf '%s' "$1" | tr '\t\r\n' '   ' | sed 's/\\/\\\\/g; s/"/\\"/g; s/^/"/; s/$/"/'
}

# The secret of a channel: the value of its line, never on a command line (sed sees only the id).
secret_of() {
    [ -r "$secrets" ] || return 0
    sed -n "s/^$1=//p" "$secrets" | tail -n 1
}

channel_var() { # channel field
    eval "printf '%s' \"\${ALERT_CHANNEL_$1_$2:-}\""
}

# ---------------------------------------------------------------------------------------------------
# Messages: one file per channel in the queue, in the channel's own format.

seq=0
enqueue() { # rule event severity text
    for channel in ${SUPADESK_ALERT_CHANNELS:-}; do
        seq=$((seq + 1))
        file="$dir/queue/$now-$$-$seq.$1.$2.$channel"
        render "$channel" "$1" "$2" "$3" "$4" >"$file.part" && mv "$file.part" "$file"
    done
}

render() { # channel rule event severity text
    kind=$(channel_var "$1" KIND)
    case $2 in
    test) title="Supadesk test alert for $stack" ;;
    *) title="[$stack] $5" ;;
    esac
    case $kind in
    webhook)
        printf '{"source":"supadesk","stack":%s,"rule":%s,"event":%s,"severity":%s,"text":%s,"at":"%s","since":"%s"}\n' \
            "$(json_string "$stack")" "$(json_string "$2")" "$(json_string "$3")" "$(json_string "$4")" \
            "$(json_string "$5")" "$stamp" "${since_stamp:-$stamp}"
        ;;
    slack)
        printf '{"text":%s}\n' "$(json_string "$(event_word "$3" "$4") $title")"
        ;;
    telegram)
        printf '{"chat_id":%s,"text":%s}\n' "$(json_string "$(channel_var "$1" CHAT)")" \
            "$(json_string "$(event_word "$3" "$4") $title")"
        ;;
    email)
        printf 'From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%s\r\n\r\nStack: %s\r\nRule: %s\r\nEvent: %s\r\nSeverity: %s\r\nAt: %s\r\n' \
            "$(channel_var "$1" FROM)" "$(channel_var "$1" TO | sed 's/ /, /g')" \
            "$(one_line "$(event_word "$3" "$4") $title")" "$(LC_ALL=C date -u '+%a, %d %b %Y %H:%M:%S +0000')" \
            "$5" "$stack" "$2" "$3" "$4" "$stamp"
        ;;
    *)
        echo "supadesk-alerter: unknown kind of channel $1: $kind" >&2
        return 1
        ;;
    esac
}

event_word() { # event severity
    case $1 in
    firing) printf '%s' "$(echo "$2" | tr '[:lower:]' '[:upper:]'):" ;;
    resolved) printf 'RESOLVED:' ;;
    digest) printf 'DIGEST:' ;;
    *) printf 'TEST:' ;;
    esac
}

# Sends one message file; sets $answer to what the channel said. 0 delivered, 1 refused for good
# (a 4xx other than 408/429: the message would be refused again), 2 not reached (retry later).
deliver() { # channel file
    kind=$(channel_var "$1" KIND)
    secret=$(secret_of "$1")
    body="$dir/answer.$$"
    answer=
    if ! command -v curl >/dev/null 2>&1; then
        answer="curl is not installed"
        return 2
    fi
    case $kind in
    webhook | slack | telegram)
        if [ "$kind" = telegram ]; then
            url="$telegram_api/bot$secret/sendMessage"
        else
            url=$secret
        fi
        if [ -z "$secret" ]; then
            answer="no secret for the channel in $secrets"
            return 1
        fi
        code=$(printf 'url = "%s"\n' "$url" |
            curl -sS -K - -o "$body" -w '%{http_code}' --max-time "$timeout" -X POST \
                -H 'Content-Type: application/json' --data-binary @"$2" 2>"$body.err")
        status=$?
        text=$(head -c 300 "$body" 2>/dev/null)
        err=$(head -c 300 "$body.err" 2>/dev/null)
        rm -f "$body" "$body.err"
        case $code in
        2??)
            answer="HTTP $code${text:+: $text}"
            return 0
            ;;
        408 | 429 | 5??)
            answer="HTTP $code${text:+: $text}"
            return 2
            ;;
        4??)
            answer="HTTP $code${text:+: $text}"
            return 1
            ;;
        esac
        answer=${err:-curl failed with status $status}
        return 2
        ;;
    email)
        channel=$1
        file=$2
        smtp=$(channel_var "$channel" SMTP)
        user=$(channel_var "$channel" USER)
        set --
        for to in $(channel_var "$channel" TO); do
            set -- "$@" --mail-rcpt "$to"
        done
        [ "$(channel_var "$channel" STARTTLS)" = 1 ] && set -- "$@" --ssl-reqd
        # The login travels in curl's config on its standard input, like the URLs with tokens.
        {
            printf 'url = "%s"\n' "$smtp"
            [ -n "$user" ] && printf 'user = "%s:%s"\n' "$user" "$secret"
        } | curl -sS -K - --max-time "$timeout" --mail-from "$(channel_var "$channel" FROM)" "$@" \
            --upload-file "$file" >"$body" 2>"$body.err"
        status=$?
        err=$(head -c 300 "$body.err" 2>/dev/null)
        rm -f "$body" "$body.err"
        if [ $status -eq 0 ]; then
            answer="accepted by $smtp"
            return 0
        fi
        answer=${err:-curl failed with status $status}
        case $status in
        67 | 55) return 1 ;; # login denied, or the server refused the message or a recipient
        esac
        return 2
        ;;
    esac
    answer="unknown kind of channel: $kind"
    return 1
}

# Delivers everything queued, oldest first; what cannot be reached stays for the next round.
flush_queue() {
    for file in "$dir"/queue/*; do
        [ -f "$file" ] || continue
        case $file in *.part) continue ;; esac
        name=${file##*/}
        channel=${name##*.}
        rest=${name%.*}
        event=${rest##*.}
        rest=${rest%.*}
        rule=${rest##*.}
        queued_at=${name%%-*}
        deliver "$channel" "$file"
        case $? in
        0)
            log_line "$rule" "$event" "$channel" delivered "$answer"
            rm -f "$file"
            ;;
        1)
            log_line "$rule" "$event" "$channel" refused "$answer"
            echo "supadesk-alerter: $channel refused the $event message of $rule: $answer" >&2
            rm -f "$file"
            ;;
        *)
            if [ $((now - queued_at)) -ge "$max_age" ]; then
                log_line "$rule" "$event" "$channel" dropped "$answer"
                rm -f "$file"
            else
                log_line "$rule" "$event" "$channel" queued "$answer"
            fi
            ;;
        esac
    done
}

if [ "${1:-}" = --test ]; then
    channel=${2:-}
    case " ${SUPADESK_ALERT_CHANNELS:-} " in
    *" $channel "*) ;;
    *)
        echo "supadesk-alerter: no channel \"$channel\" in $config" >&2
        exit 3
        ;;
    esac
    file="$dir/queue/test.$$"
    render "$channel" test test info "This is a test message from Supadesk for the stack $stack." >"$file" || exit 2
    deliver "$channel" "$file"
    result=$?
    rm -f "$file"
    case $result in
    0) log_line test test "$channel" delivered "$answer" ;;
    1) log_line test test "$channel" refused "$answer" ;;
    *) log_line test test "$channel" failed "$answer" ;;
    esac
    echo "$answer"
    exit $result
fi

# ---------------------------------------------------------------------------------------------------
# Facts: the probe's round, and what the rules ask for (each read once per round, only when a rule
# needs it).

round=$(cat)

db_facts=
db_facts_read=0
# One statement for every database rule: connections in % of max_connections, the worst replay lag
# or slot retention in bytes, whether archiving's last failure is newer than its last success, and the
# oldest open transaction in minutes.
read_db_facts() {
    [ "$db_facts_read" = 1 ] && return
    db_facts_read=1
    [ -n "${SUPADESK_ALERT_PSQL_URL:-}" ] || return
    command -v psql >/dev/null 2>&1 || return
    db_facts=$(PGCONNECT_TIMEOUT=5 psql "$SUPADESK_ALERT_PSQL_URL" -X -A -t -q -w -F ' ' -c "
        SELECT (SELECT count(*) * 100 / current_setting('max_connections')::int FROM pg_stat_activity),
               greatest((SELECT coalesce(max(pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)), 0)::bigint
                           FROM pg_stat_replication),
                        (SELECT coalesce(max(pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn)), 0)::bigint
                           FROM pg_replication_slots WHERE NOT pg_is_in_recovery())),
               (SELECT CASE WHEN last_failed_time IS NOT NULL
                             AND last_failed_time > coalesce(last_archived_time, 'epoch') THEN 1 ELSE 0 END
                  FROM pg_stat_archiver),
               (SELECT coalesce(floor(max(extract(epoch FROM now() - xact_start)) / 60), 0)::bigint
                  FROM pg_stat_activity WHERE xact_start IS NOT NULL AND pid <> pg_backend_pid())" 2>/dev/null)
}

db_fact() { # 1..4
    read_db_facts
    [ -n "$db_facts" ] || return 1
    # shellcheck disable=SC2086
    set -- "$1" $db_facts
    shift "$1"
    printf '%s' "$1"
}

# Sets $breached (1/0, empty: unknown this round) and $detail for one rule.
evaluate() { # kind threshold target rule
    breached=
    detail=
    case $1 in
    component_down)
        line=$(printf '%s\n' "$round" | awk -v c="$3" '$1 == c { sub(/^[^ ]* /, ""); l = $0 } END { print l }')
        [ -n "$line" ] || return
        if [ "${line%% *}" = ok ]; then
            fails=0
        else
            fails=$((count + 1))
            detail=${line#fail}
            detail=${detail# }
        fi
        count=$fails
        if [ "$fails" -ge "$failures_before_down" ]; then breached=1; else breached=0; fi
        ;;
    disk_above)
        used=$(df -P "$3" 2>/dev/null | awk 'NR==2 { sub(/%/, "", $5); print $5 }')
        [ -n "$used" ] || return
        detail="$used % used"
        breached=$(awk -v v="$used" -v t="$2" 'BEGIN { print (v > t) ? 1 : 0 }')
        ;;
    memory_above)
        used=$(awk '/^MemTotal:/ { t = $2 } /^MemAvailable:/ { a = $2 } END { if (t > 0) printf "%d", (t - a) * 100 / t }' /proc/meminfo 2>/dev/null)
        [ -n "$used" ] || return
        detail="$used % used"
        breached=$(awk -v v="$used" -v t="$2" 'BEGIN { print (v > t) ? 1 : 0 }')
        ;;
    connections_above | replication_lag_above | wal_archiving_failing | long_transaction)
        case $1 in
        connections_above) n=1 unit="% of max_connections" ;;
        replication_lag_above) n=2 unit="bytes" ;;
        wal_archiving_failing) n=3 unit="" ;;
        *) n=4 unit="minutes" ;;
        esac
        value=$(db_fact $n) || return
        if [ "$1" = wal_archiving_failing ]; then
            breached=$value
            return
        fi
        detail="$value $unit"
        breached=$(awk -v v="$value" -v t="$2" 'BEGIN { print (v > t) ? 1 : 0 }')
        ;;
    backup_failed)
        [ -r "$3" ] || return
        last=$(tail -n 1 "$3")
        case $last in
        *FAILED:*)
            breached=1
            detail=${last#*FAILED: }
            ;;
        *) breached=0 ;;
        esac
        ;;
    backup_older)
        newest=$(find "$3" -maxdepth 1 -type f -name '*.dump' -printf '%T@\n' 2>/dev/null | sort -n | tail -n 1)
        newest=${newest%.*}
        if [ -z "$newest" ]; then
            breached=1
            detail="no backup in $3"
            return
        fi
        hours=$(((now - newest) / 3600))
        detail="newest is $hours hours old"
        breached=$(awk -v v="$((now - newest))" -v t="$2" 'BEGIN { print (v > t * 3600) ? 1 : 0 }')
        ;;
    container_trouble)
        # The stack's containers (by their compose folder, as the host view finds them): one that is
        # restarting, has exited or died, was killed for lack of memory (Docker's flag of the last
        # exit) or is unhealthy.
        command -v docker >/dev/null 2>&1 || return
        ids=$(docker ps -aq --no-trunc --filter "label=com.docker.compose.project.working_dir=$3" 2>/dev/null </dev/null) || return
        [ -n "$ids" ] || return
        # shellcheck disable=SC2086
        detail=$(docker inspect --format '{{.Name}} {{.State.Status}} {{.State.OOMKilled}} {{if .State.Health}}{{.State.Health.Status}}{{end}}' $ids 2>/dev/null </dev/null |
            awk '{ sub(/^\//, "", $1); why = "" }
                 $2 == "restarting" || $2 == "exited" || $2 == "dead" { why = $2 }
                 $3 == "true" { why = why (why != "" ? ", " : "") "OOM-killed" }
                 $4 == "unhealthy" { why = why (why != "" ? ", " : "") "unhealthy" }
                 why != "" { printf "%s%s (%s)", sep, $1, why; sep = "; " }')
        if [ -n "$detail" ]; then breached=1; else breached=0; fi
        ;;
    jwt_keys)
        # The anon and service keys of the stack's .env: Supabase's public demo keys (issuer
        # supabase-demo), or an expiry within the threshold. The keys pass through pipes only.
        [ -r "$3" ] || return
        breached=0
        limit=$(awk -v d="$2" 'BEGIN { printf "%d", d * 86400 }')
        for name in ANON_KEY SERVICE_ROLE_KEY; do
            payload=$(sed -n "s/^$name=//p" "$3" | tail -n 1 | tr -d "\"'\r" | cut -d. -f2 | tr '_-' '/+')
            [ -n "$payload" ] || continue
            case $((${#payload} % 4)) in
            2) payload="$payload==" ;;
            3) payload="$payload=" ;;
            esac
            claims=$(printf '%s' "$payload" | base64 -d 2>/dev/null | tr -d ' \t\r\n')
            iss=$(printf '%s' "$claims" | sed -n 's/.*"iss":"\([^"]*\)".*/\1/p')
            exp=$(printf '%s' "$claims" | sed -n 's/.*"exp":\([0-9]*\).*/\1/p')
            if [ "$iss" = supabase-demo ]; then
                breached=1
                detail="${detail:+$detail; }$name is Supabase's demo key"
            elif [ -n "$exp" ] && [ $((exp - now)) -lt "$limit" ]; then
                breached=1
                detail="${detail:+$detail; }$name expires on $(date -u -d "@$exp" +%Y-%m-%d 2>/dev/null || echo "$exp")"
            fi
        done
        ;;
    certificate_expiring)
        case $3 in
        /*) ;;
        *)
            # A probe component (tls:// target): its reason this round is "N days left".
            line=$(printf '%s\n' "$round" | awk -v c="$3" '$1 == c { sub(/^[^ ]* [^ ]* /, ""); l = $0 } END { print l }')
            days=$(printf '%s' "$line" | sed -n 's/^\(-\{0,1\}[0-9][0-9]*\) days left.*/\1/p')
            [ -n "$days" ] || return
            detail="$days days left"
            breached=$(awk -v v="$days" -v t="$2" 'BEGIN { print (v <= t) ? 1 : 0 }')
            return
            ;;
        esac
        command -v openssl >/dev/null 2>&1 || return
        [ -r "$3" ] || return
        seconds=$(awk -v d="$2" 'BEGIN { printf "%d", d * 86400 }')
        if openssl x509 -checkend "$seconds" -noout -in "$3" >/dev/null 2>&1; then
            breached=0
        else
            breached=1
            detail=$(openssl x509 -enddate -noout -in "$3" 2>/dev/null | sed 's/^notAfter=/expires /')
        fi
        ;;
    esac
}

# ---------------------------------------------------------------------------------------------------
# The rules: ONE message when a rule fires (after its duration), ONE when it resolves; a rule that
# fires again within the storm interval of its last message is held back (with its resolution) and
# told in one digest once the interval has passed: one incident per rule per interval at most.

notify() { # rule event severity text
    if [ "$2" = firing ] && [ "$last_sent" -gt 0 ] && [ $((now - last_sent)) -lt "$storm" ]; then
        hold "$@"
        told=0
        return
    fi
    # A resolution is told where its firing was, and held where its firing was held.
    if [ "$2" = resolved ] && [ "$told" != 1 ]; then
        hold "$@"
        return
    fi
    enqueue "$@"
    last_sent=$now
    told=1
}

# When the rule's condition began, for the message (GNU date; elsewhere the message's own time).
stamp_since() {
    since_stamp=$(date -u -d "@$since" +%Y-%m-%dT%H:%M:%SZ 2>/dev/null || echo "$stamp")
}

hold() { # rule event severity text
    printf '%s %s: %s\n' "$stamp" "$2" "$4" >>"$dir/state/$1.digest"
    log_line "$1" "$2" - held "within ${storm}s of the last message"
}

# A declared maintenance window (SUPADESK_ALERT_MAINTENANCE: START-END in epoch seconds, one word per
# window) silences the rules: a condition that would fire waits and fires after the window if it
# still holds; what fired before the window still resolves.
maintenance=0
for window in ${SUPADESK_ALERT_MAINTENANCE:-}; do
    if [ "$now" -ge "${window%-*}" ] && [ "$now" -lt "${window#*-}" ]; then
        maintenance=1
    fi
done

for rule in ${SUPADESK_ALERT_RULES:-}; do
    eval "spec=\${ALERT_RULE_$rule:-}"
    eval "firing_text=\${ALERT_FIRING_$rule:-}"
    eval "resolved_text=\${ALERT_RESOLVED_$rule:-}"
    # shellcheck disable=SC2154,SC2086
    set -- $spec
    [ $# -eq 5 ] || continue
    kind=$1 severity=$2 threshold=$3 for_seconds=$4 target=$5
    state=ok since=0 last_sent=0 count=0 told=0
    if [ -r "$dir/state/$rule" ]; then
        read -r state since last_sent count told <"$dir/state/$rule"
    fi
    before="$state $since $last_sent $count $told"
    evaluate "$kind" "$threshold" "$target" "$rule"
    if [ -n "$breached" ]; then
        if [ "$breached" = 1 ]; then
            # shellcheck disable=SC2154
            case $state in
            ok)
                state=pending
                since=$now
                ;;
            esac
            if [ "$state" = pending ] && [ $((now - since)) -ge "$for_seconds" ] && [ "$maintenance" = 0 ]; then
                state=firing
                stamp_since
                # shellcheck disable=SC2154
                notify "$rule" firing "$severity" "$firing_text${detail:+: $detail}"
            fi
        else
            if [ "$state" = firing ]; then
                stamp_since
                # shellcheck disable=SC2154
                notify "$rule" resolved "$severity" "$resolved_text"
            fi
            state=ok
            since=0
        fi
    fi
    # The digest of what was held back goes once the interval has passed.
    if [ -s "$dir/state/$rule.digest" ] && [ $((now - last_sent)) -ge "$storm" ]; then
        changes=$(wc -l <"$dir/state/$rule.digest")
        enqueue "$rule" digest "$severity" \
            "$changes changes of $rule held back; now $state. $(tr '\n' ';' <"$dir/state/$rule.digest")"
        : >"$dir/state/$rule.digest"
        last_sent=$now
        told=1 # the digest said where the rule stands: its resolution goes out as usual
    fi
    # Written only when it changed: a quiet round costs no file system writes.
    if [ "$state $since $last_sent $count $told" != "$before" ]; then
        printf '%s %s %s %s %s\n' "$state" "$since" "$last_sent" "$count" "$told" >"$dir/state/$rule.part" &&
            mv "$dir/state/$rule.part" "$dir/state/$rule"
    fi
done

flush_queue
# The history keeps its last 5000 lines once it passes 1 MiB (checked only when this round wrote to it).
if [ "$logged" = 1 ] && [ "$(wc -c <"$logfile")" -gt 1048576 ]; then
    tail -n 5000 "$logfile" >"$logfile.part" && mv "$logfile.part" "$logfile"
fi
exit 0
