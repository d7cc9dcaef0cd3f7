"""In-container command runner (the fast path of DockerSandbox.exec).

A `docker exec` costs 50-100 ms of runc work before the command even starts,
more than a third of a small test suite's run time. The session therefore
starts this program once, as the sandbox user, through one long-lived exec
whose stdin/stdout carry framed requests and replies; each command is then
just a fork+exec inside the container.

It is sent as `python3 -I -S -c <this source>`: standalone, stdlib only.

Security: it holds no privilege (same uid as the commands, no capabilities),
so it adds no attack surface; the host still enforces timeouts and the output
ceiling itself and kills through `docker exec` when needed, which also kills
this agent (it is restarted on demand). It marks itself non-dumpable so a
command cannot open /proc/<agent>/fd or ptrace it to forge replies.

Protocol: host -> agent: 4-byte big-endian length + JSON request.
agent -> host (stdout): 1-byte kind + 4-byte length + payload, kinds:
  R ready, X exit (JSON {"exit": n}), F file bytes, N no file.
Command output goes to the exec's stderr stream directly, ended by the
request's nonce (random, known only to the host and this process), written
after the command and everything it left behind are dead.
"""

import json
import os
import signal
import struct
import subprocess
import sys
import time

# The reset and the command; the kills before and after run in the agent
# itself, because kill(-1) spares only its caller. The reset also removes the
# System V IPC objects (shared memory, semaphores, message queues) a command
# left in the container's private IPC namespace: unlike files they outlive
# every process, and would carry state from one command into the next.
WRAPPER = """
if [ "$1" = reset ]; then
  ipcrm --all 2>/dev/null
  chmod -R u+rwX /work /tmp /dev/shm 2>/dev/null
  find /work /tmp /dev/shm /dev/mqueue -mindepth 1 -maxdepth 1 -exec rm -rf {} + 2>/dev/null
  cp -R -P --preserve=mode,timestamps "$2/." /work/ || { echo "healer-sandbox: could not reset the working copy"; exit 125; }
fi
shift 2
cd /work || exit 125
exec "$@"
"""


def send(kind, payload=b""):
    data = memoryview(kind + struct.pack(">I", len(payload)) + payload)
    while data:
        written = os.write(1, data)
        data = data[written:]


def read_exact(count):
    buf = b""
    while len(buf) < count:
        chunk = os.read(0, count - len(buf))
        if not chunk:
            sys.exit(0)  # the host closed the session
        buf += chunk
    return buf


def kill_others():
    try:
        os.kill(-1, signal.SIGKILL)  # every process of this user except pid 1 and ourselves
    except OSError:
        pass
    try:
        while os.waitpid(-1, os.WNOHANG)[0]:
            pass
    except ChildProcessError:
        pass


def others_alive():
    """Live (non-zombie) processes of this user other than ourselves."""
    me, uid, alive = os.getpid(), os.getuid(), []
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == me:
            continue
        try:
            if os.stat("/proc/" + entry).st_uid != uid:
                continue
            with open("/proc/" + entry + "/stat") as fh:
                state = fh.read().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            continue
        if state not in ("Z", "X"):
            alive.append(entry)
    return alive


def write_all(fd, data):
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def start(argv, env):
    """Start the command; its output goes straight into this exec's stderr stream (no copy here).

    Processes an earlier command left (a fork bomb's) are dead but count against the pids
    limit until init has reaped them, which takes a moment: a fork that fails with EAGAIN
    right after such a command is retried for up to two seconds."""
    for attempt in range(40):
        try:
            return subprocess.Popen(
                argv, stdin=subprocess.DEVNULL, stdout=2, stderr=2, env=env, cwd="/", close_fds=True
            )
        except BlockingIOError:
            if attempt == 39:
                raise
            kill_others()
            time.sleep(0.05)


def run(request):
    argv = request["argv"]
    mode = "reset" if request.get("reset") else "keep"
    nonce = request["nonce"].encode()
    try:
        proc = start(["/bin/sh", "-c", WRAPPER, "healer-exec", mode, request["stage"], *argv], request["env"])
    except OSError as exc:
        write_all(2, f"healer-sandbox: cannot start the command: {exc}\n".encode() + nonce)
        send(b"X", json.dumps({"exit": 126}).encode())
        return
    code = proc.wait()
    # Nothing of the command may write after the end marker: kill what it left
    # behind and wait until it is really gone (SIGKILL lands asynchronously).
    for _ in range(2000):
        kill_others()
        if not others_alive():
            break
    write_all(2, nonce)
    send(b"X", json.dumps({"exit": 128 - code if code < 0 else code}).encode())


def read_file(request):
    try:
        fd = os.open(request["path"], os.O_RDONLY | os.O_NONBLOCK)
        try:
            data, limit = b"", int(request["limit"])
            while len(data) < limit:
                chunk = os.read(fd, limit - len(data))
                if not chunk:
                    break
                data += chunk
        finally:
            os.close(fd)
    except OSError:
        send(b"N")
        return
    send(b"F", data)


def main():
    try:  # PR_SET_DUMPABLE = 4: /proc/<pid>/fd and ptrace closed to the commands
        import ctypes

        ctypes.CDLL(None).prctl(4, 0, 0, 0, 0)
    except Exception:
        pass
    send(b"R")
    while True:
        (length,) = struct.unpack(">I", read_exact(4))
        request = json.loads(read_exact(length))
        kill_others()
        if request.get("op") == "read":
            read_file(request)
        else:
            run(request)


main()
