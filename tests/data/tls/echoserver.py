# SPDX-License-Identifier: GPL-3.0-or-later
"""A stand-in for the Supabase gateway behind the proxy in tests/tls: HTTP GETs are answered with what
arrived (path, Host, X-Forwarded-Proto) as JSON, and a WebSocket upgrade under /realtime/ echoes every text frame back.
Usage: echoserver.py PORT (listens on 127.0.0.1)."""
import base64
import hashlib
import socket
import sys
import threading

GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


def recv_more(conn, buf):
    data = conn.recv(65536)
    if not data:
        raise EOFError
    return buf + data


def websocket(conn, headers, buf):
    accept = base64.b64encode(hashlib.sha1(headers[b"sec-websocket-key"] + GUID).digest())
    conn.sendall(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                 b"Sec-WebSocket-Accept: " + accept + b"\r\n\r\n")
    while True:
        while len(buf) < 6:
            buf = recv_more(conn, buf)
        length = buf[1] & 0x7F
        while len(buf) < 6 + length:
            buf = recv_more(conn, buf)
        mask = buf[2:6]
        payload = bytes(b ^ mask[i % 4] for i, b in enumerate(buf[6:6 + length]))
        buf = buf[6 + length:]
        if buf and buf[0] & 0x0F == 0x8:
            return
        conn.sendall(bytes([0x81, len(payload)]) + payload)


def handle(conn):
    try:
        buf = b""
        while b"\r\n\r\n" not in buf:
            buf = recv_more(conn, buf)
        head, _, rest = buf.partition(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        path = lines[0].split(b" ")[1]
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            headers[name.strip().lower()] = value.strip()
        # Like Realtime behind Kong: only its own path upgrades; any other answers with JSON.
        if headers.get(b"upgrade", b"").lower() == b"websocket" and path.startswith(b"/realtime/"):
            websocket(conn, headers, rest)
            return
        body = (b'{"path":"' + path + b'","host":"' + headers.get(b"host", b"") + b'","proto":"' +
                headers.get(b"x-forwarded-proto", b"") + b'"}')
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                     str(len(body)).encode() + b"\r\nConnection: close\r\n\r\n" + body)
    except (EOFError, OSError, KeyError, IndexError):
        pass
    finally:
        conn.close()


def main():
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", int(sys.argv[1])))
    server.listen(32)
    while True:
        conn, _ = server.accept()
        threading.Thread(target=handle, args=(conn,), daemon=True).start()


if __name__ == "__main__":
    main()
