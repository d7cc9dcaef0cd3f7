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

Warm pytest (a request with "warm": true whose argv is `<python> -m pytest ...`): the run is
served by a fork of sandbox/warm_pytest.py, a server that imported pytest and its plugins once
(WARM_SOURCE, prepended by the host). The server is this agent's child and the one process the
kills between commands spare: they kill every other process of the user one by one (until two
scans in a row find none) instead of kill(-1); whatever does not die that way is killed with
kill(-1), server included, which is then started again on the next warm request. The X reply
says how a warm request ran ("warm", or "fresh: <why>" when it fell back to a fresh process,
which it also does after a warm run that wrote no `--healer-report` file).
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


try:
    WARM_SOURCE  # noqa: B018 - prepended by the host (sandbox/docker_agent.py)
except NameError:
    WARM_SOURCE = ""

WORK = "/work"  # the working copy: the warm server's directory, as it is every command's
# The warm pytest server: {"proc", "channel", "key"} while one runs; "refused" holds the
# (python, environment) keys whose server could not serve (their runs go fresh).
WARM = {"proc": None, "channel": None, "key": None, "refused": set()}


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


def warm_pid():
    proc = WARM["proc"]
    return proc.pid if proc is not None else None


def warm_stop():
    """Forget the server (the caller kills it, or it is already dead)."""
    channel, proc = WARM["channel"], WARM["proc"]
    WARM["proc"] = WARM["channel"] = WARM["key"] = None
    if channel is not None:
        channel.close()
    if proc is not None:
        try:
            proc.kill()
        except OSError:
            pass
        try:
            proc.wait(timeout=5)
        except Exception:
            pass


def kill_sparing_server():
    """Kill every process of this user but the warm server; False when some would not die.

    kill(-1) cannot spare a process, so each leftover is killed by pid; a process that keeps
    appearing is handled by the caller's kill(-1). Done once nothing is alive in two scans
    in a row (a fork during one scan shows in the next)."""
    spare, clean = str(warm_pid()), 0
    for _ in range(200):
        found = [pid for pid in others_alive() if pid != spare]
        if not found:
            clean += 1
            if clean == 2:
                return True
            continue
        clean = 0
        for pid in found:
            try:
                os.kill(int(pid), signal.SIGKILL)
            except OSError:
                pass
        try:
            while os.waitpid(-1, os.WNOHANG)[0]:
                pass
        except ChildProcessError:
            pass
    return False


def clean_up():
    """Before and after a command: nothing of the user alive but this agent (and the warm server)."""
    if WARM["proc"] is not None and WARM["proc"].poll() is None and kill_sparing_server():
        return
    warm_stop()
    kill_others()


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


def warm_wanted(request):
    argv = request["argv"]
    # Only with a reset: a run that fell back starts again from the staged copy, never from
    # what the warm attempt left in /work.
    wanted = request.get("warm") and request.get("reset") and WARM_SOURCE != ""
    return bool(wanted) and len(argv) > 2 and argv[1:3] == ["-m", "pytest"]


def warm_server(request):
    """The server for this request's Python and environment, started (and awaited) when needed."""
    import socket

    key = json.dumps([request["argv"][0], request["env"]], sort_keys=True)
    if key in WARM["refused"]:
        raise RuntimeError("the warm server refused this environment before")
    if WARM["proc"] is not None and WARM["key"] == key and WARM["proc"].poll() is None:
        return WARM["channel"]
    warm_stop()
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    try:
        proc = subprocess.Popen(
            [request["argv"][0], "-c", WARM_SOURCE, str(theirs.fileno())],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=request["env"],
            cwd=WORK,
            pass_fds=(theirs.fileno(),),
        )
    finally:
        theirs.close()
    WARM.update(proc=proc, channel=ours, key=key)
    greeting = json.loads(ours.recv(1 << 16) or b"{}")
    if not greeting.get("ready"):
        warm_stop()
        WARM["refused"].add(key)
        raise RuntimeError(greeting.get("error") or "the warm server ended before it was ready")
    return ours


def run_warm(request, out_fd=2):
    """Run a pytest request in a fork of the warm server: (exit code, "warm"), or (None, why not).

    The child's output goes to out_fd (the exec's stderr stream, as a fresh command's does)."""
    import socket

    reset = start(
        ["/bin/sh", "-c", WRAPPER, "healer-exec", "reset", request["stage"], "true"], request["env"]
    )
    code = reset.wait()
    if code != 0:
        return code, "warm"  # the reset failed: its message is the command's output, as for a fresh run
    try:
        channel = warm_server(request)
        socket.send_fds(channel, [json.dumps({"argv": request["argv"][3:]}).encode()], [out_fd])
        answer = json.loads(channel.recv(1 << 16) or b"{}")
    except Exception as exc:
        warm_stop()
        return None, "fresh: " + str(exc)[:300]
    if "status" not in answer:
        warm_stop()
        return None, "fresh: " + str(answer.get("error") or "the warm server ended during the run")[:300]
    if not report_written(request["argv"]):
        # A verdict never rests on the warm path alone: a run that wrote no report (a crash at
        # start-up, a test that ended the process) is run again fresh, from the reset staged copy.
        write_all(out_fd, b"\nhealer-sandbox: the warm run wrote no report; running it in a fresh process\n")
        return None, f"fresh: the warm run wrote no report (exit code {answer['status']})"
    return int(answer["status"]), "warm"


def report_written(argv):
    """False when the run names a report file (`--healer-report=<path>`) and that file is missing."""
    for arg in argv:
        if arg.startswith("--healer-report="):
            return os.path.isfile(os.path.join(WORK, arg.split("=", 1)[1]))
    return True


def run(request):
    argv = request["argv"]
    mode = "reset" if request.get("reset") else "keep"
    nonce = request["nonce"].encode()
    reply = {}
    code = None
    if warm_wanted(request):
        code, reply["warm"] = run_warm(request)
        if code is None:
            clean_up()  # whatever the attempt started; the fresh run below starts from the reset again
    if code is None:
        try:
            proc = start(
                ["/bin/sh", "-c", WRAPPER, "healer-exec", mode, request["stage"], *argv], request["env"]
            )
        except OSError as exc:
            write_all(2, f"healer-sandbox: cannot start the command: {exc}\n".encode() + nonce)
            send(b"X", json.dumps({"exit": 126, **reply}).encode())
            return
        code = proc.wait()
    # Nothing of the command may write after the end marker: kill what it left
    # behind and wait until it is really gone (SIGKILL lands asynchronously).
    for _ in range(2000):
        clean_up()
        if not [pid for pid in others_alive() if pid != str(warm_pid())]:
            break
    write_all(2, nonce)
    send(b"X", json.dumps({"exit": 128 - code if code < 0 else code, **reply}).encode())


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
        clean_up()
        if request.get("op") == "read":
            read_file(request)
        else:
            run(request)


main()
