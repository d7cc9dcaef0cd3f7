"""pytest plugin that writes a structured JSON report for Healer.

This file is copied into the sandbox (it is NOT imported by Healer itself) and
loaded with `-p healer_pytest_report`. It runs next to untrusted code, so it
uses only the standard library and pytest hooks that exist from pytest 7.2 to
pytest 9, and it never lets its own errors change the outcome of a test run.

Per test it records the outcome, duration, exception (type, message and the
raw traceback frames, not pytest's pruned ones) and, with `--healer-coverage`,
the lines it executed in files under the rootdir, for spectrum-based fault
localisation. Collection errors are recorded with the exception that caused
them (pytest wraps SyntaxError/ImportError of a test module in CollectError;
the original is its __cause__).
"""

from __future__ import annotations

import json
import os
import re
import sys
import threading
import time
import traceback

import pytest

REPORT_VERSION = 1
MAX_MESSAGE = 4000
MAX_FRAMES = 60
MAX_LONGREPR = 6000
# A safety cap so a huge suite cannot produce an unbounded report.
MAX_COVERED_LINES_TOTAL = 1_000_000
# Failing tests whose full detail (longrepr, all frames) always fits; beyond them the
# report is trimmed step by step until it fits the budget the engine gave.
DETAILED_FAILURES = 200
SHORT_MESSAGE = 160
# pytest-timeout's failure ("Timeout >60.0s" before 2.2, "Timeout (>60.0s) from pytest-timeout." since).
TIMEOUT_RE = re.compile(r"Failed: Timeout \(?>")
# After this many stopped tests in one run, later tests get this share of the after-timeout floor.
REPEATED_STOPS = 3
REPEATED_FLOOR_SHARE = 0.2
NATIVE_NOTE = "NOTE: Incompatible Exception Representation, displaying natively:"
TRACEBACK_HEAD = "Traceback (most recent call last):"
NATIVE_FRAME = re.compile(r'\s+File "(.+)", line (\d+), in (.+)$')
NATIVE_RAISED = re.compile(r"(?:([A-Za-z_][\w.]*)\.)?([A-Za-z_]\w*)(?::\s?(.*))?$")


def pytest_addoption(parser):
    group = parser.getgroup("healer", "Healer structured report")
    group.addoption("--healer-report", default=None, help="write a JSON report to this path")
    group.addoption(
        "--healer-report-budget",
        type=int,
        default=0,
        help="fit the report under this many bytes by dropping detail (0: no limit)",
    )
    group.addoption(
        "--healer-coverage",
        action="store_true",
        default=False,
        help="record per-test executed lines of files under the rootdir",
    )
    group.addoption(
        "--healer-after-timeout",
        default="",
        help="FLOOR,FACTOR: once a test timed out, later tests get at most max(FLOOR, FACTOR x the "
        "slowest passed test) seconds",
    )
    group.addoption(
        "--healer-coverage-core",
        default="auto",
        choices=("auto", "sysmon", "settrace"),
        help="how lines are recorded: sys.monitoring (Python 3.12+), sys.settrace, or the best available",
    )
    group.addoption(
        "--healer-watch",
        action="append",
        default=[],
        help="FILE:LINE,LINE: record per test the exceptions raised at these lines (a candidate's edit)",
    )


def pytest_configure(config):
    path = config.getoption("--healer-report", default=None)
    if path:
        reporter = _Reporter(
            config,
            path,
            coverage=bool(config.getoption("--healer-coverage", default=False)),
            budget=int(config.getoption("--healer-report-budget", default=0) or 0),
            after_timeout=_after_timeout(config),
        )
        config.pluginmanager.register(reporter, "healer-pytest-reporter")
        if reporter.after_timeout:
            config.pluginmanager.register(_Tightener(reporter), "healer-after-timeout")


class _Tightener:
    """Lowers a test's pytest-timeout limit once an earlier test of the run timed out."""

    def __init__(self, reporter):
        self.reporter = reporter

    # pytest-timeout starts its timer in its own pytest_runtest_protocol wrapper, reading the
    # item's closest `timeout` marker then: this wrapper runs before it (tryfirst).
    @pytest.hookimpl(hookwrapper=True, tryfirst=True)
    def pytest_runtest_protocol(self, item, nextitem):
        try:
            self._tighten(item)
        except Exception:  # never let the plugin change a test's outcome by itself
            pass
        yield

    def _tighten(self, item):
        reporter = self.reporter
        if not reporter.timed_out:
            return
        floor, factor = reporter.after_timeout
        if reporter.stopped >= REPEATED_STOPS:
            # A loop that stopped three tests stops most of the suite that calls it: 60 tests of a
            # stylesheet compressor at 10 s each outlast the sandbox's 300 s command limit, and a run
            # killed there reports nothing at all. Tests that ran to an end still set the limit.
            floor *= REPEATED_FLOOR_SHARE
        limit = max(floor, factor * reporter.slowest_passed)
        configured = item.config.getvalue("timeout")
        marker = item.get_closest_marker("timeout")
        if marker is not None and (marker.args or "timeout" in marker.kwargs):
            configured = marker.args[0] if marker.args else marker.kwargs["timeout"]
        if configured and float(configured) <= limit:
            return  # only ever lowered
        item.add_marker(pytest.mark.timeout(limit), append=False)


def _after_timeout(config):
    """(floor, factor) of --healer-after-timeout, or None (off, malformed, or no pytest-timeout)."""
    raw = config.getoption("--healer-after-timeout", default="") or ""
    try:
        config.getoption("timeout")  # pytest-timeout's option, under whatever name it was loaded
        floor, factor = (float(part) for part in raw.split(","))
    except ValueError:
        return None
    return (floor, factor) if floor > 0 and factor > 0 else None


def _cap(text, limit=MAX_MESSAGE):
    try:
        text = str(text)
    except Exception:  # a hostile __str__ must not break the report
        text = "<unprintable>"
    return text if len(text) <= limit else text[:limit] + "..."


class _Tracer:
    """A minimal line tracer limited to files under the root (never site-packages)."""

    def __init__(self, root, exclude):
        self.root = os.path.join(os.path.realpath(root), "")
        self.exclude = tuple(os.path.join(os.path.realpath(p), "") for p in exclude if p)
        self.wanted = {}
        self.lines = set()

    def _want(self, filename):
        want = self.wanted.get(filename)
        if want is None:
            real = os.path.realpath(filename) if filename and not filename.startswith("<") else ""
            want = bool(real) and real.startswith(self.root) and not real.startswith(self.exclude)
            want = want and "site-packages" not in real
            self.wanted[filename] = want
        return want

    def global_trace(self, frame, event, arg):
        if event == "call" and self._want(frame.f_code.co_filename):
            return self.local_trace
        return None

    def local_trace(self, frame, event, arg):
        if event == "line":
            self.lines.add((frame.f_code.co_filename, frame.f_lineno))
        return self.local_trace

    def start(self):
        self.lines = set()
        threading.settrace(self.global_trace)
        sys.settrace(self.global_trace)

    def stop(self):
        sys.settrace(None)
        threading.settrace(None)
        lines, self.lines = self.lines, set()
        return lines


class _MonitorTracer:
    """The same lines as _Tracer, through sys.monitoring (PEP 669, Python 3.12+): 4-6x cheaper.

    A line tracer pays a Python call for every line of every frame it traces; sys.monitoring
    lets a callback return DISABLE, so each (code, line) location costs one call per test and
    then runs at full speed until restart_events() re-arms every location for the next test.
    This is how coverage.py's "sysmon" core (COVERAGE_CORE=sysmon) and slipcover (Altmayer
    Pizzorno & Berger, "SlipCover: Near Zero-Overhead Code Coverage for Python", ISSTA 2023)
    measure coverage. Only code objects of files under the root get LINE events at all:
    PY_START/PY_RESUME (disabled after their first call per code object and test) and PY_THROW
    decide once per code object, so library code is never instrumented line by line.
    """

    def __init__(self, root, exclude, tool):
        self.filter = _Tracer(root, exclude)
        self.tool = tool
        self.codes = {}  # code object -> wanted (its LINE events are on)
        self.lines = set()
        self.active = False
        self.armed = False
        monitoring = sys.monitoring
        self.disable = monitoring.DISABLE
        self.line_event = monitoring.events.LINE
        self.entry_events = (
            monitoring.events.PY_START | monitoring.events.PY_RESUME | monitoring.events.PY_THROW
        )
        monitoring.register_callback(tool, monitoring.events.PY_START, self._entry)
        monitoring.register_callback(tool, monitoring.events.PY_RESUME, self._entry)
        # PY_THROW cannot be disabled (returning DISABLE removes the callback): it is rare.
        monitoring.register_callback(tool, monitoring.events.PY_THROW, self._thrown)
        monitoring.register_callback(tool, self.line_event, self._line)

    @classmethod
    def create(cls, root, exclude):
        """A tracer on a free sys.monitoring tool id, None without sys.monitoring or a free id."""
        monitoring = getattr(sys, "monitoring", None)
        if monitoring is None:
            return None
        # Ids 3 and 4 have no owner by convention; 1 is coverage.py's, 2 cProfile's (3.12+), 0 a
        # debugger's: tests that use those tools keep their own ids free.
        for tool in (4, 3, monitoring.COVERAGE_ID, monitoring.PROFILER_ID):
            try:
                monitoring.use_tool_id(tool, "healer-coverage")
            except ValueError:
                continue  # the project's own tooling (coverage.py, a profiler) holds it
            try:
                return cls(root, exclude, tool)
            except Exception:
                monitoring.free_tool_id(tool)
                return None
        return None

    def _entry(self, code, *args):
        if code not in self.codes:
            want = self.filter._want(code.co_filename)
            self.codes[code] = want
            if want:
                sys.monitoring.set_local_events(self.tool, code, self.line_event)
        return self.disable

    def _thrown(self, code, *args):
        self._entry(code)
        return None

    def _line(self, code, line):
        if self.active:
            self.lines.add((code.co_filename, line))
        return self.disable

    def start(self):
        self.lines = set()
        self.active = True
        if not self.armed:
            sys.monitoring.set_events(self.tool, self.entry_events)
            self.armed = True
        sys.monitoring.restart_events()

    def stop(self):
        # Lines between tests are not the next test's: the callback drops them (and disables
        # their locations) while inactive, as the settrace tracer is off between tests.
        self.active = False
        lines, self.lines = self.lines, set()
        return lines


class _Watcher:
    """Which exceptions a test raised at a few watched lines (a candidate's edited lines).

    An edit that makes its line raise where it did not, inside a broad `except` that falls back
    to a default, can turn a failing test green without fixing anything (the engine rejects it:
    validation.raises_newly). Only where an exception starts counts (sys.monitoring's RAISE: the
    frame that raised it, a builtin's error at the line that called it); through sys.settrace
    the frames it passes through count too, as that tracer cannot tell them apart. Control-flow
    exceptions (StopIteration, GeneratorExit) are not errors and are left out.

    An exception the test itself catches is expected, not diverted (round 51's review): a right
    fix that adds `raise ValueError` for `pytest.raises(ValueError)` or a test's own `except`.
    So an exception is dropped once it (or a later exception it caused: `raise X from err`, a
    handler's own raise) is handled in a test module or outside the project (pytest.raises'
    callable form, pytest's runner for a failure): sys.monitoring's EXCEPTION_HANDLED there, the
    settrace `exception` event in such a frame (it propagated into the test) before 3.12. The
    exception a test fails with is handled by pytest's runner too, yet it was raised all the same:
    it is put back (`uncaught`, from pytest_exception_interact), so that an EAFP fix whose line
    raised uncaught before and into its own handler now compares as the same type.
    """

    IGNORED = ("StopIteration", "StopAsyncIteration", "GeneratorExit")
    # Exceptions followed per test (held, with their tracebacks, until the test ends); beyond it (a
    # test raising millions) they count at once, as before this review.
    PENDING = 256

    def __init__(self, root, specs):
        self.lines = {}
        for spec in specs:
            file, _, numbers = spec.rpartition(":")
            real = os.path.realpath(os.path.join(root, file))
            self.lines.setdefault(real, set()).update(
                int(n) for n in numbers.split(",") if n.strip().isdigit()
            )
        self.root = os.path.join(os.path.realpath(root), "")
        self.names = {}
        self.sides = {}
        self.raised = set()
        self.pending = {}
        self.expected = {}
        self.active = False
        self.tool = None
        monitoring = getattr(sys, "monitoring", None)
        if monitoring is not None:
            for tool in (5, 3, 4, monitoring.PROFILER_ID):
                try:
                    monitoring.use_tool_id(tool, "healer-watch")
                except ValueError:
                    continue
                self.tool = tool
                events = monitoring.events
                monitoring.register_callback(tool, events.RAISE, self._raised)
                monitoring.register_callback(tool, events.EXCEPTION_HANDLED, self._handled)
                monitoring.set_events(tool, events.RAISE | events.EXCEPTION_HANDLED)
                break

    def _watched(self, filename):
        lines = self.names.get(filename, 0)
        if lines == 0:
            try:
                real = os.path.realpath(filename) if filename and not filename.startswith("<") else ""
            except (OSError, ValueError):
                real = ""
            lines = self.names[filename] = self.lines.get(real)
        return lines

    def _test_side(self, filename):
        """Whether a frame of this file is the test's (a test module, conftest) or outside the project."""
        side = self.sides.get(filename)
        if side is None:
            try:
                real = os.path.realpath(filename) if filename and not filename.startswith("<") else ""
            except (OSError, ValueError):
                real = ""
            base = os.path.basename(real)
            side = self.sides[filename] = (
                not real.startswith(self.root)
                or "site-packages" in real
                or "dist-packages" in real
                or base.startswith("test_")
                or base.endswith("_test.py")
                or base == "conftest.py"
            )
        return side

    def _note(self, filename, line, exc):
        name = type(exc).__name__ if isinstance(exc, BaseException) else getattr(exc, "__name__", "")
        if not name or name in self.IGNORED:
            return
        key = (filename, line, name)
        if isinstance(exc, BaseException) and len(self.pending) + len(self.expected) < self.PENDING:
            # Held (not only its id) so that the id is not reused while it is followed.
            self.pending.setdefault(id(exc), (exc, set()))[1].add(key)
        elif len(self.raised) < 20:
            self.raised.add(key)

    def _chain(self, exc):
        for _ in range(20):
            if not isinstance(exc, BaseException):
                return
            yield exc
            exc = exc.__cause__ or exc.__context__

    def _expect(self, exc):
        """The test caught `exc`: it and the exceptions in its chain were raised for it."""
        for link in self._chain(exc):
            entry = self.pending.pop(id(link), None)
            if entry is not None:
                self.expected[id(link)] = entry

    def uncaught(self, exc):
        """The test failed with `exc`: what its chain raised at watched lines counts after all."""
        for link in self._chain(exc):
            entry = self.expected.pop(id(link), None) or self.pending.pop(id(link), None)
            if entry is not None and len(self.raised) < 20:
                self.raised.update(entry[1])

    def _handled(self, code, offset, exc):
        if self.active and self.pending and self._test_side(code.co_filename):
            self._expect(exc)
        return None

    def _raised(self, code, offset, exc):
        if not self.active:
            return None
        lines = self._watched(code.co_filename)
        if lines:
            for start, end, line in code.co_lines():
                if start <= offset < end:
                    if line in lines:
                        self._note(code.co_filename, line, exc)
                    break
        return None

    def _global(self, frame, event, arg):
        if event == "call":
            if self._watched(frame.f_code.co_filename):
                return self._local
            if self._test_side(frame.f_code.co_filename):
                frame.f_trace_lines = False
                return self._side
        return None

    def _side(self, frame, event, arg):
        if event == "exception" and self.pending:
            self._expect(arg[1])
        return self._side

    def _local(self, frame, event, arg):
        if event == "exception" and frame.f_lineno in (self._watched(frame.f_code.co_filename) or ()):
            # The instance (not only its type), to follow it into the test (_expect).
            exc = arg[1] if isinstance(arg[1], BaseException) else arg[0]
            self._note(frame.f_code.co_filename, frame.f_lineno, exc)
        return self._local

    def start(self, *, settrace):
        self.raised = set()
        self.pending = {}
        self.expected = {}
        self.active = True
        if self.tool is None and settrace:
            threading.settrace(self._global)
            sys.settrace(self._global)

    def stop(self, rel):
        if self.active and self.tool is None:
            sys.settrace(None)
            threading.settrace(None)
        self.active = False
        for _, keys in self.pending.values():
            self.raised.update(keys)
        self.pending = {}
        self.expected = {}
        return sorted([rel(file), line, name] for file, line, name in self.raised)[:20]


class _Reporter:
    def __init__(self, config, path, coverage, budget=0, after_timeout=None):
        self.config = config
        # After a first test timed out (a bug that loops), the others that loop in the same way
        # would each take pytest-timeout's whole limit: a run with several of them took minutes
        # for a suite of one second. Later tests get a limit scaled from the slowest test that
        # passed in this run, as generate-and-validate tools bound runs by the original run time
        # (GenProg: Le Goues et al., TSE 2012). Only a run in which a test already timed out is
        # ever tightened, so a suite without a hang keeps its configured limit for every test.
        self.after_timeout = after_timeout
        self.timed_out = False
        self.stopped = 0  # tests of this run stopped by their time limit
        self.slowest_passed = 0.0
        self.path = path
        self.budget = budget
        self.root = str(config.rootpath)
        self.started = time.time()
        self.tests = {}
        self.order = []
        self.collect_errors = []
        self.exceptions = {}
        self.collected = []
        # Test modules collected without an error (or skipped whole by their authors), with or
        # without tests: a module whose import error a fix removed may hold no test at all (a
        # script kept under tests/), and it is still gone from the collection errors.
        self.modules = []
        self.covered_total = 0
        # Lines each test module's import ran (decorators and class bodies of the test module call
        # into the repository while pytest collects it, before any test runs): see module_covered.
        self.module_covered = {}
        self.rel_cache = {}
        self.tracer = None
        if coverage:
            support = os.path.dirname(os.path.abspath(__file__))
            exclude = [support, os.path.dirname(os.path.abspath(pytest.__file__))]
            core = config.getoption("--healer-coverage-core", default="auto") or "auto"
            if core != "settrace":
                self.tracer = _MonitorTracer.create(self.root, exclude)
            if self.tracer is None:
                self.tracer = _Tracer(self.root, exclude)
        watch = config.getoption("--healer-watch", default=None) or []
        self.watcher = _Watcher(self.root, watch) if watch else None

    # -- helpers -----------------------------------------------------------
    def _rel(self, filename):
        if not filename:
            return ""
        try:
            real = os.path.realpath(filename)
            rel = os.path.relpath(real, os.path.realpath(self.root))
        except (ValueError, OSError):
            return filename
        if rel.startswith(".."):
            return filename  # outside the repository: keep it absolute
        return rel.replace(os.sep, "/")

    def _rel_cached(self, filename):
        rel = self.rel_cache.get(filename)
        if rel is None:
            rel = self.rel_cache[filename] = self._rel(filename)
        return rel

    def _frames(self, tb):
        frames = []
        try:
            for summary in traceback.extract_tb(tb):
                rel = self._rel(summary.filename)
                if os.path.isabs(rel) or rel.startswith("<"):
                    continue  # only frames of the repository matter for localisation
                frames.append([rel, summary.lineno or 0, _cap(summary.name, 200)])
        except Exception:
            pass
        if len(frames) > MAX_FRAMES:
            frames = frames[:10] + frames[-(MAX_FRAMES - 10) :]
        return frames

    def _exception(self, exc, depth=0):
        info = {
            "type": type(exc).__name__,
            "module": getattr(type(exc), "__module__", ""),
            "message": _cap(exc).replace(os.path.join(self.root, ""), ""),
            "frames": self._frames(exc.__traceback__),
        }
        if isinstance(exc, SyntaxError):
            info["syntax"] = {
                "filename": self._rel(exc.filename or ""),
                "lineno": exc.lineno,
                "offset": exc.offset,
                "end_lineno": getattr(exc, "end_lineno", None),
                "end_offset": getattr(exc, "end_offset", None),
                "msg": _cap(exc.msg, 500),
                "text": _cap(exc.text or "", 500),
            }
        if isinstance(exc, NameError):
            info["name"] = _cap(getattr(exc, "name", "") or "", 200)
        if isinstance(exc, ImportError):
            info["name"] = _cap(exc.name or "", 200)
            info["path"] = self._rel(exc.path or "")
        if isinstance(exc, AttributeError):
            info["name"] = _cap(getattr(exc, "name", "") or "", 200)
        nested = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
        if nested is not None and depth < 3:
            info["cause"] = self._exception(nested, depth + 1)
        return info

    def _natively_displayed(self, exc):
        """The exception a unittest result reported without a traceback object, read from its text.

        testtools (OpenStack's oslotest, fixtures) hands pytest's unittest adapter an exc_info of its own
        `_StringException` holding the real traceback as text, with no traceback object; pytest then fails
        the test with "NOTE: Incompatible Exception Representation, displaying natively:" and that text.
        Read as it stands, every such failure would be a `Failed` (LOGIC) with no frame, a TypeError in
        the code under test included: the last traceback in the text says what was raised and where.
        """
        text = str(exc) if type(exc).__name__ == "Failed" else ""
        if not text.startswith(NATIVE_NOTE):
            return None
        start = text.rfind(TRACEBACK_HEAD)
        if start < 0:
            return None
        frames, raised = [], []
        for line in text[start + len(TRACEBACK_HEAD) :].splitlines():
            frame = NATIVE_FRAME.match(line)
            if frame and not raised:
                rel = self._rel(frame.group(1))
                if not (os.path.isabs(rel) or rel.startswith("<")):
                    frames.append([rel, int(frame.group(2)), _cap(frame.group(3), 200)])
            elif raised and not line.strip():
                break  # testtools appends other details after a blank line
            elif raised or (line and not line[0].isspace()):
                raised.append(line)
        head = NATIVE_RAISED.match(raised[0]) if raised else None
        if head is None:
            return None
        message = "\n".join([head.group(3) or "", *raised[1:]]).strip()
        if len(frames) > MAX_FRAMES:
            frames = frames[:10] + frames[-(MAX_FRAMES - 10) :]
        return {
            "type": head.group(2),
            "module": head.group(1) or "builtins",
            "message": _cap(message).replace(os.path.join(self.root, ""), ""),
            "frames": frames,
        }

    def _entry(self, nodeid):
        entry = self.tests.get(nodeid)
        if entry is None:
            entry = {"nodeid": nodeid, "outcome": "passed", "duration": 0.0, "when": "", "longrepr": ""}
            self.tests[nodeid] = entry
            self.order.append(nodeid)
        return entry

    # -- hooks -------------------------------------------------------------
    def _by_file(self, lines):
        by_name = {}
        for filename, lineno in lines:
            by_name.setdefault(filename, []).append(lineno)
        # One path lookup per file, not per line: realpath's lstat calls per recorded
        # line were most of the coverage's cost on suites of a few hundred tests.
        by_file = {}
        for filename, numbers in by_name.items():
            by_file.setdefault(self._rel_cached(filename), set()).update(numbers)
        self.covered_total += len(lines)
        return {name: sorted(nums) for name, nums in sorted(by_file.items())}

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_protocol(self, item, nextitem):
        watcher = self.watcher
        if watcher is None:
            yield from self._traced_protocol(item)
            return
        # sys.settrace holds one function: the watcher uses it only when the line tracer does not.
        watcher.start(settrace=not isinstance(self.tracer, _Tracer))
        try:
            yield from self._traced_protocol(item)
        finally:
            raised = watcher.stop(self._rel_cached)
            if raised:
                self._entry(item.nodeid)["raised"] = raised

    def _traced_protocol(self, item):
        tracer = self.tracer
        if tracer is not None and self.covered_total < MAX_COVERED_LINES_TOTAL:
            tracer.start()
            try:
                yield
            finally:
                self._entry(item.nodeid)["covered"] = self._by_file(tracer.stop())
        else:
            yield

    @pytest.hookimpl(hookwrapper=True)
    def pytest_make_collect_report(self, collector):
        tracer = self.tracer
        module = isinstance(collector, pytest.Module)
        if module and tracer is not None and self.covered_total < MAX_COVERED_LINES_TOTAL:
            tracer.start()
            try:
                yield
            finally:
                self.module_covered[collector.nodeid] = self._by_file(tracer.stop())
        else:
            yield

    def pytest_collection_modifyitems(self, session, config, items):
        self.collected = [item.nodeid for item in items]

    def pytest_runtest_logreport(self, report):
        entry = self._entry(report.nodeid)
        entry["duration"] = round(entry["duration"] + (getattr(report, "duration", 0.0) or 0.0), 6)
        if report.when == "teardown" and entry["outcome"] == "passed":
            self.slowest_passed = max(self.slowest_passed, entry["duration"])
        if report.failed:
            try:
                if TIMEOUT_RE.search(report.longreprtext[-4000:]) is not None:
                    self.timed_out = True
                    self.stopped += 1
            except Exception:
                pass
        if hasattr(report, "wasxfail"):
            if report.when == "call" or report.skipped:
                entry["outcome"] = "xfailed" if report.skipped else "xpassed"
            return
        if report.failed:
            if report.when == "call":
                entry["outcome"] = "failed"
            elif entry["outcome"] not in ("failed",):
                entry["outcome"] = "error"
            if not entry["when"]:
                entry["when"] = report.when
                try:
                    entry["longrepr"] = _cap(report.longreprtext, MAX_LONGREPR)
                except Exception:
                    entry["longrepr"] = ""
        elif report.skipped and entry["outcome"] == "passed":
            entry["outcome"] = "skipped"

    def pytest_exception_interact(self, node, call, report):
        try:
            excinfo = call.excinfo
            if excinfo is None:
                return
            exc = excinfo.value
            if self.watcher is not None and self.watcher.active:
                self.watcher.uncaught(exc)
            # Collection errors wrap the real exception; report that one.
            if type(exc).__name__ == "CollectError" and exc.__cause__ is not None:
                exc = exc.__cause__
            exc = _doctest_raised(exc)
            info = self._natively_displayed(exc)
            self.exceptions.setdefault(node.nodeid, info or self._exception(exc))
        except Exception:
            pass

    def pytest_collectreport(self, report):
        if report.passed or report.skipped:
            if report.nodeid.endswith(".py") and "::" not in report.nodeid:
                self.modules.append(report.nodeid)
            return
        if not report.failed:
            return
        try:
            longrepr = _cap(report.longreprtext, MAX_LONGREPR)
        except Exception:
            longrepr = ""
        self.collect_errors.append({"nodeid": report.nodeid, "longrepr": longrepr})

    def pytest_sessionfinish(self, session, exitstatus):
        tests = []
        for nodeid in self.order:
            entry = self.tests[nodeid]
            if nodeid in self.exceptions and entry["outcome"] in ("failed", "error"):
                entry["exception"] = self.exceptions[nodeid]
            tests.append(entry)
        for error in self.collect_errors:
            if error["nodeid"] in self.exceptions:
                error["exception"] = self.exceptions[error["nodeid"]]
        data = {
            "version": REPORT_VERSION,
            "pytest": getattr(pytest, "__version__", ""),
            "python": sys.version.split()[0],
            "rootdir": self.root,
            "exitstatus": int(exitstatus),
            "duration": round(time.time() - self.started, 3),
            "collected": self.collected,
            "tests": tests,
            "collect_errors": self.collect_errors,
            "modules": self.modules,
            "module_covered": self.module_covered,
            "coverage": self.tracer is not None,
            "coverage_core": type(self.tracer).__name__ if self.tracer is not None else "",
        }
        try:
            text = _fit(data, self.budget)
            directory = os.path.dirname(os.path.abspath(self.path))
            os.makedirs(directory, exist_ok=True)
            tmp = self.path + ".tmp"
            with open(tmp, "w", encoding="utf-8") as handle:
                handle.write(text)
            os.replace(tmp, self.path)
        except Exception as exc:  # never turn a report problem into a test failure
            sys.stderr.write(f"healer: could not write the report: {exc}\n")


def _doctest_raised(exc):
    """The exception a doctest's example raised, behind pytest's doctest wrappers.

    A doctest whose example raises reports `UnexpectedException` (or `MultipleDoctestFailures`
    with --doctest-continue-on-failure), holding what was raised in `exc_info`: that exception
    and its frames in the repository say what failed (a TypeError is a TYPE_ERROR, not LOGIC).
    """
    if type(exc).__name__ == "MultipleDoctestFailures":
        raised = [f for f in getattr(exc, "failures", ()) or () if type(f).__name__ == "UnexpectedException"]
        exc = raised[0] if raised else exc
    info = getattr(exc, "exc_info", None) if type(exc).__name__ == "UnexpectedException" else None
    if info and len(info) == 3 and isinstance(info[1], BaseException):
        return info[1]
    return exc


def _short_exception(info):
    """Enough of an exception to group and locate it: type, a short message, the innermost frames."""
    short = {
        "type": info.get("type", ""),
        "module": info.get("module", ""),
        "message": info.get("message", "")[:SHORT_MESSAGE],
        "frames": info.get("frames", [])[-3:],
    }
    for key in ("syntax", "name", "path"):
        if key in info:
            short[key] = info[key]
    if "cause" in info:
        short["cause"] = _short_exception(info["cause"])
    return short


def _trim_failures(data, keep, *, drop_longrepr, shorten):
    failing = [t for t in data["tests"] if t.get("outcome") in ("failed", "error")]
    for entry in failing[keep:] + data["collect_errors"][keep:]:
        if drop_longrepr:
            entry["longrepr"] = ""
        if shorten and "exception" in entry:
            entry["exception"] = _short_exception(entry["exception"])


def _drop_coverage(data):
    for entry in data["tests"]:
        entry.pop("covered", None)
    data["module_covered"] = {}
    data["coverage"] = False


def _drop_late_exceptions(data):
    for entry in data["tests"][DETAILED_FAILURES:]:
        entry.pop("exception", None)


TRIM_STEPS = (
    lambda data: _trim_failures(data, DETAILED_FAILURES, drop_longrepr=True, shorten=False),
    lambda data: _trim_failures(data, DETAILED_FAILURES, drop_longrepr=True, shorten=True),
    lambda data: _trim_failures(data, 0, drop_longrepr=True, shorten=True),
    _drop_coverage,
    _drop_late_exceptions,
)


def _fit(data, budget):
    """The report as JSON, under `budget` bytes when it can be: outcomes are never dropped.

    Detail goes first (long tracebacks, then full exceptions of all but the first
    failures), then per-test coverage, then the exceptions of late tests.
    """
    text = json.dumps(data)
    if not budget or len(text) <= budget:
        return text
    data["trimmed"] = True
    for step in TRIM_STEPS:
        step(data)
        text = json.dumps(data)
        if len(text) <= budget:
            break
    return text
