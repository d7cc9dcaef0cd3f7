"""The warm pytest server of the in-container agent: one pre-imported pytest, forked per run.

A targeted run of one candidate spends most of its time starting pytest in a fresh process
(interpreter start, importing pytest, its built-in plugins and the installed pytest11 plugins),
not in the tests it names. This server pays that once per sandbox: it imports pytest and its
plugins, never the repository's own modules (a candidate edits them), then forks one child per
run from that clean parent; the child runs `python -m pytest argv` exactly as a fresh process
would (the same sys.path, sys.argv and `__main__`, the same exit) and the parent only reports its
exit status. The zygote of Android and Python's multiprocessing "forkserver" are the same idea.

It is sent by the agent as `python3 -c <this source> <fd>`, with the command's own environment
and working directory, so its interpreter is configured like the fresh process's. Standalone,
stdlib only. The control channel is a SOCK_SEQPACKET socket on <fd>:
  agent -> server: one JSON request {"argv": [...]} with the output fd attached (SCM_RIGHTS);
  server -> agent: {"ready": true} once, or {"error": text} and exit; then {"status": n} per run
  (n as subprocess reports it: the exit code, or minus the signal that killed the child).
The child closes the channel at once, so nothing a test does can write to it, and it sees the
files as the run's reset left them: the parent imported no module from the repository (it
refuses to serve when one was imported) and each child's import caches are invalidated.
The modules pytest marks for assertion rewriting (its plugins' distributions, `-p` plugins) are
dropped again after the pre-import, so the child imports them through pytest's rewriting hook
as a fresh process does; their own imports stay (see forget()).
The test modules and conftest.py files a request names are rewritten here, in the parent, before
the fork (remember_rewrites): pytest re-parses and re-rewrites them in every child otherwise, as
the bytecode cache is off and /work is reset. A child takes the parent's code object only for a
file whose bytes are the ones rewritten (reuse_rewrites); compiling a source runs none of it.
"""

import importlib
import json
import os
import socket
import sys

REPO = os.getcwd()
# Files pytest would rewrite, rewritten once here: path -> (source bytes, what _rewrite_test returned).
REWRITTEN = {}
REWRITTEN_LIMIT = 256


def _inside(path, root):
    if not isinstance(path, str) or not path:
        return False
    path = os.path.abspath(path)
    return path == root or path.startswith(root.rstrip("/") + "/")


def _dumpable(flag):
    try:  # PR_SET_DUMPABLE = 4: the server's fds and memory closed to the children
        import ctypes

        ctypes.CDLL(None).prctl(4, flag, 0, 0, 0)
    except Exception:
        pass


def _entry_point_modules():
    """The installed pytest11 plugins' modules, the ones pytest itself loads at configuration."""
    if os.environ.get("PYTEST_DISABLE_PLUGIN_AUTOLOAD"):
        return []
    import importlib.metadata

    names = []
    for dist in importlib.metadata.distributions():
        where = getattr(dist, "_path", None)
        if where is not None and _inside(str(where), REPO):
            continue  # the repository's own metadata (an egg-info): its code is the candidate's
        for entry in dist.entry_points:
            if entry.group == "pytest11":
                names.append(entry.value.split(":", 1)[0])
    return names


def _rewritable_plugin_names():
    """The top-level names pytest marks for assertion rewriting before it imports its plugins.

    pytest's `_mark_plugins_for_rewrite` marks every module of a distribution with a pytest11 entry
    point, and `-p name` marks `name`; its import hook then rewrites them as they are imported."""
    names = set()
    if os.environ.get("PYTEST_DISABLE_PLUGIN_AUTOLOAD"):
        return names
    import importlib.metadata

    try:
        from _pytest.config import _iter_rewritable_modules
    except ImportError:  # another pytest: the entry points' own top-level names
        _iter_rewritable_modules = None
    for dist in importlib.metadata.distributions():
        points = [entry for entry in dist.entry_points if entry.group == "pytest11"]
        if not points:
            continue
        names.update(entry.value.split(":", 1)[0].split(".", 1)[0] for entry in points)
        if _iter_rewritable_modules is not None:
            names.update(_iter_rewritable_modules(str(file) for file in dist.files or []))
    return names


def forget(names):
    """Drop the modules `names` and their submodules, unless they opted out of assertion rewriting.

    A module pytest marks for rewriting must reach pytest's import hook in the child, as in a fresh
    process: one already imported is not rewritten, and pytest reports it with a config-time
    PytestAssertRewriteWarning, which a project's `filterwarnings = error` turns into a crash
    before any report is written. Its own imports (coverage, pluggy, ...) stay imported."""
    for name in names:
        module = sys.modules.get(name)
        if module is None or name == "pytest" or name.startswith("_pytest"):
            continue
        if "PYTEST_DONT_REWRITE" in str(getattr(module, "__doc__", None) or ""):
            continue  # pytest would neither rewrite nor warn: importing it here changes nothing
        for loaded in [n for n in sys.modules if n == name or n.startswith(name + ".")]:
            del sys.modules[loaded]


def named_plugins(argv):
    """The modules a request names with `-p name` / `-pname` (not the `-p no:name` that block one)."""
    found = []
    for index, arg in enumerate(argv):
        if arg == "-p" and index + 1 < len(argv):
            found.append(argv[index + 1])
        elif arg.startswith("-p") and len(arg) > 2:
            found.append(arg[2:])
    return [name for name in found if name and not name.startswith("no:")]


def preimport():
    """Import what every pytest run imports before it reads the repository; report what went wrong."""
    import pytest  # noqa: F401
    from _pytest.config import default_plugins

    for name in (*("_pytest." + n for n in default_plugins), *_entry_point_modules(), "healer_pytest_report"):
        try:
            importlib.import_module(name)
        except Exception:
            pass  # the child imports it (and reports its error) exactly as a fresh process would
    forget({*_rewritable_plugin_names(), "healer_pytest_report"})
    stale = sorted(
        name for name, module in list(sys.modules.items()) if _inside(getattr(module, "__file__", None), REPO)
    )
    if stale:
        return "importing pytest imported the repository's own modules: " + ", ".join(stale[:5])
    return ""


def request_test_files(argv):
    """The repository's .py files a request names (`path::test` or `path`) and the conftest.py files
    of their directories up to the repository: the modules pytest rewrites for such a run."""
    found = []
    for arg in argv:
        if not isinstance(arg, str) or arg.startswith("-"):
            continue
        path = os.path.normpath(os.path.join(REPO, arg.split("::", 1)[0]))
        if not path.endswith(".py") or not _inside(path, REPO) or not os.path.isfile(path):
            continue
        found.append(path)
        folder = os.path.dirname(path)
        while _inside(folder, REPO):
            conftest = os.path.join(folder, "conftest.py")
            if os.path.isfile(conftest):
                found.append(conftest)
            if folder == REPO:
                break
            folder = os.path.dirname(folder)
    return list(dict.fromkeys(found))


def _read(path):
    with open(path, "rb") as handle:
        return handle.read()


def remember_rewrites(argv):
    """Rewrite (parse, rewrite the asserts, compile; never run) the files a request names, unless
    their bytes were rewritten before. Without the project's config: its only use is the
    `enable_assertion_pass_hook` ini option, and a child that has it set rewrites for itself."""
    module = sys.modules.get("_pytest.assertion.rewrite")
    rewrite = getattr(module, "_rewrite_test", None)
    if rewrite is None or not sys.dont_write_bytecode:
        return
    from pathlib import Path

    for path in request_test_files(argv):
        try:
            source = _read(path)
            known = REWRITTEN.get(path)
            if known is not None and known[0] == source:
                continue
            REWRITTEN.pop(path, None)
            result = rewrite(Path(path), None)
            if _read(path) != source:
                continue  # changed while rewritten: the child rewrites it itself
        except Exception:  # a syntax error, a file gone: the child meets (and reports) it as usual
            continue
        while len(REWRITTEN) >= REWRITTEN_LIMIT:
            REWRITTEN.pop(next(iter(REWRITTEN)))
        REWRITTEN[path] = (source, result)


def reuse_rewrites():
    """In a child: pytest's rewrite answers from REWRITTEN for a file whose bytes are still the ones
    rewritten (and the run writes no bytecode and has no assertion pass hook), else rewrites.
    Everything it needs is bound here: run_child clears this module's globals (they are __main__'s)."""
    module = sys.modules.get("_pytest.assertion.rewrite")
    rewrite = getattr(module, "_rewrite_test", None)
    if rewrite is None or not REWRITTEN:
        return
    known_files = dict(REWRITTEN)
    flags = sys

    def _rewrite_test(fn, config):
        known = known_files.get(str(fn))
        if known is not None and flags.dont_write_bytecode:
            try:
                usable = not config.getini("enable_assertion_pass_hook")
                with open(str(fn), "rb") as handle:
                    usable = usable and handle.read() == known[0]
            except Exception:
                usable = False
            if usable:
                return known[1]
        return rewrite(fn, config)

    module._rewrite_test = _rewrite_test


def reply(channel, message):
    channel.send(json.dumps(message).encode())


def serve(channel):
    """Fork a child per request; return (request, output fd) in the child, never in the parent."""
    while True:
        try:
            data, fds, _, _ = socket.recv_fds(channel, 1 << 20, 1)
        except OSError:
            os._exit(0)
        if not data:
            os._exit(0)  # the agent closed the channel
        request = json.loads(data)
        if len(fds) != 1:
            for fd in fds:
                os.close(fd)
            reply(channel, {"error": "no output fd"})
            continue
        remember_rewrites(request.get("argv") or [])
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            channel.close()
            return request, fds[0]
        os.close(fds[0])
        _, status = os.waitpid(pid, 0)
        reply(channel, {"status": os.waitstatus_to_exitcode(status)})


def run_child(request, out_fd):
    """Become `python -m pytest <argv>` in this process (its exit is the interpreter's own)."""
    _dumpable(1)  # a fresh process is dumpable: /proc/self stays the test's own
    os.dup2(out_fd, 1)
    os.dup2(out_fd, 2)
    os.close(out_fd)
    os.chdir(REPO)
    # The run's reset rewrote the repository: no finder may answer from what it listed before.
    for key in [k for k in sys.path_importer_cache if _inside(k, REPO)]:
        del sys.path_importer_cache[key]
    importlib.invalidate_caches()
    forget(named_plugins(request["argv"]))  # `-p name` is marked for rewriting too
    reuse_rewrites()
    sys.argv = ["-m", *request["argv"]]
    import builtins
    import runpy

    # `python -m` runs the module in a fresh, empty __main__: this server's own names go first.
    run_as_main = runpy._run_module_as_main
    namespace = sys.modules["__main__"].__dict__
    namespace.clear()
    namespace.update(__name__="__main__", __builtins__=builtins)
    run_as_main("pytest", alter_argv=True)


def main():
    channel = socket.socket(fileno=int(sys.argv[1]))
    _dumpable(0)
    sys.path[0] = REPO  # what `python -m` puts first (`-c` put "")
    sys.argv = sys.argv[:1]
    try:
        problem = preimport()
    except BaseException as exc:  # any failure means: no warm runs here
        problem = "could not import pytest: " + repr(exc)[:500]
    if problem:
        reply(channel, {"error": problem})
        os._exit(0)
    reply(channel, {"ready": True})
    return serve(channel)


if __name__ == "__main__":
    run_child(*main())
