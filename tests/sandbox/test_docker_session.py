"""The Docker session itself: staging, reset, files, limits, clean-up (real engine)."""

from __future__ import annotations

import pytest

from healer.engine.types import ExecResult, Sandbox, SandboxError
from healer.engine.workspace import Workspace
from sandbox import labels

# The timeout is a safety net: a hung sandbox must fail the test, not the whole CI job.
pytestmark = [pytest.mark.docker, pytest.mark.timeout(300)]

PASSING = {"test_ok.py": "def test_ok():\n    assert 1 + 1 == 2\n"}


def test_it_implements_the_sandbox_protocol(make_sandbox):
    sb = make_sandbox(PASSING)
    assert isinstance(sb, Sandbox)
    assert sb.repo_dir == "/work"


def test_it_runs_pytest_in_the_working_copy(make_sandbox):
    sb = make_sandbox(PASSING)
    result = sb.exec(["python3", "-m", "pytest", "-q", "-p", "no:cacheprovider"], timeout=60)
    assert isinstance(result, ExecResult)
    assert result.ok, result.output
    assert "1 passed" in result.output
    assert result.duration > 0


def test_it_reports_a_failing_command_without_raising(make_sandbox):
    sb = make_sandbox()
    result = sb.exec(["sh", "-c", "echo oops >&2; exit 3"])
    assert result.exit_code == 3
    assert not result.ok
    assert "oops" in result.output
    assert result.killed_reason == ""


def test_it_reports_a_missing_program(make_sandbox):
    result = make_sandbox().exec(["no-such-program"])
    assert result.exit_code == 127


def test_reset_discards_what_the_previous_command_wrote(make_sandbox):
    sb = make_sandbox({"data.txt": "original\n"})
    sb.exec(
        [
            "sh",
            "-c",
            "echo changed > data.txt; echo junk > new.txt; echo t > /tmp/leftover; echo s > /dev/shm/shm",
        ]
    )
    kept = sb.exec(["sh", "-c", "cat data.txt; ls"], reset=False)
    assert "changed" in kept.output and "new.txt" in kept.output
    fresh = sb.exec(["sh", "-c", "cat data.txt; ls; ls /tmp /dev/shm"])
    assert "original" in fresh.output
    assert "new.txt" not in fresh.output
    assert "leftover" not in fresh.output
    assert "shm" not in fresh.output.replace("/dev/shm", "")


def test_reset_works_after_a_command_locks_its_own_files(make_sandbox):
    sb = make_sandbox({"pkg/mod.py": "X = 1\n"})
    sb.exec(["sh", "-c", "chmod 000 pkg; chmod 000 ."])
    result = sb.exec(["cat", "pkg/mod.py"])
    assert result.exit_code == 0
    assert "X = 1" in result.output


def test_put_files_changes_the_staged_copy(make_sandbox):
    sb = make_sandbox(PASSING)
    sb.put_files({"test_ok.py": "def test_ok():\n    assert 1 + 1 == 3\n", "sub/new.py": "Y = 2\n"})
    result = sb.exec(["python3", "-m", "pytest", "-q", "-p", "no:cacheprovider"], timeout=60)
    assert result.exit_code == 1
    assert "1 failed" in result.output
    assert sb.exec(["cat", "sub/new.py"]).output == "Y = 2\n"


def test_it_writes_files_put_between_two_commands_in_one_archive(make_sandbox, monkeypatch):
    # A candidate put back and the next one staged: only the last content of a file reaches the
    # stage, in one put_archive, before the next command starts.
    sb = make_sandbox({"mod.py": "X = 0\n"})
    archives = []
    real = sb.api.put_archive

    def counting(*args, **kwargs):
        archives.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(sb.api, "put_archive", counting)
    sb.put_files({"mod.py": b"X = 1\n"})
    sb.put_files({"mod.py": b"X = 0\n"})
    sb.put_files({"mod.py": b"X = 2\n", "other.py": b"Y = 3\n"})
    assert archives == []
    assert sb.exec(["cat", "mod.py", "other.py"]).output == "X = 2\nY = 3\n"
    assert len(archives) == 1
    assert sb.exec(["cat", "mod.py"]).output == "X = 2\n"
    assert len(archives) == 1  # nothing pending: no archive


def test_put_files_refuses_paths_outside_the_repository(make_sandbox):
    sb = make_sandbox()
    for bad in ("../escape.py", "/etc/passwd", "a/../../b"):
        with pytest.raises(ValueError):
            sb.put_files({bad: b"x"})


def test_upload_replaces_the_staged_copy(make_sandbox, tmp_path):
    sb = make_sandbox({"old.py": "A = 1\n"})
    other = tmp_path / "other"
    (other / "pkg").mkdir(parents=True)
    (other / "pkg" / "new.py").write_text("B = 2\n")
    sb.upload(Workspace(other))
    listing = sb.exec(["find", ".", "-type", "f"]).output
    assert "./pkg/new.py" in listing
    assert "old.py" not in listing


def test_read_file_reads_what_a_command_left_and_caps_it(make_sandbox):
    sb = make_sandbox()
    sb.exec(["sh", "-c", "printf 'abcdefghij' > /tmp/report.xml"])
    assert sb.read_file("/tmp/report.xml", limit=100) == b"abcdefghij"
    assert sb.read_file("/tmp/report.xml", limit=4) == b"abcd"
    assert sb.read_file("/tmp/missing.xml", limit=100) is None


def test_env_is_passed_to_the_command(make_sandbox):
    result = make_sandbox().exec(["sh", "-c", 'echo "v=$HEALER_X"'], env={"HEALER_X": "42"})
    assert "v=42" in result.output


def test_timeout_kills_and_reports(make_sandbox):
    sb = make_sandbox()
    result = sb.exec(["sleep", "60"], timeout=1)
    assert result.timed_out
    assert result.exit_code is None
    assert result.killed_reason == "timeout"
    assert result.duration < 10
    assert sb.exec(["true"]).exit_code == 0  # the session is still usable


def test_output_is_capped_with_head_and_tail(make_sandbox):
    sb = make_sandbox(output_limit=4096)
    result = sb.exec(["sh", "-c", "echo FIRST; seq 1 200000; echo LAST"])
    assert result.exit_code == 0
    assert result.truncated
    assert result.output.startswith("FIRST")
    assert result.output.rstrip().endswith("LAST")
    assert "bytes of output dropped" in result.output
    assert len(result.output) < 4096 + 200


def test_support_files_are_readable_but_not_writable(docker_engine, tmp_path):
    from sandbox.docker_backend import DockerSandbox
    from tests.fixtures_docker import small_options, write_tree

    client, image = docker_engine
    support = write_tree(tmp_path / "support", {"healer_plugin.py": "MARK = 'plugin'\n"})
    repo = write_tree(tmp_path / "repo", {"x.py": "1\n"})
    with DockerSandbox.start(
        client=client,
        options=small_options(image),
        run_id="t",
        workspace=Workspace(repo),
        support_root=support,
    ) as sb:
        read = sb.exec(["cat", f"{sb.support_dir}/healer_plugin.py"])
        assert read.output == "MARK = 'plugin'\n"
        write = sb.exec(["sh", "-c", f"echo x >> {sb.support_dir}/healer_plugin.py"])
        assert write.exit_code != 0
        imported = sb.exec(
            ["python3", "-c", "import healer_plugin; print(healer_plugin.MARK)"],
            env={"PYTHONPATH": sb.support_dir},
        )
        assert imported.output.strip() == "plugin"


def test_close_removes_the_container_and_its_volume_and_everything_is_labelled(make_sandbox, docker_engine):
    client, _ = docker_engine
    sb = make_sandbox(run_id="lbl-77")
    container = client.api.inspect_container(sb.container_id)
    lbl = container["Config"]["Labels"]
    assert lbl[labels.MANAGED] == "1"
    assert lbl[labels.RUN] == "lbl-77"
    assert int(lbl[labels.EXPIRES]) > 0
    assert lbl[labels.OWNER].endswith(f":{__import__('os').getpid()}")
    volume = client.api.inspect_volume(sb.stage_volume)
    assert volume["Labels"][labels.RUN] == "lbl-77"
    sb.close()
    assert not client.api.containers(all=True, filters={"id": sb.container_id})
    assert not client.api.volumes(filters={"name": sb.stage_volume}).get("Volumes")
    with pytest.raises(SandboxError):
        sb.exec(["true"])


def test_host_config_carries_the_hardening(make_sandbox, docker_engine):
    client, _ = docker_engine
    sb = make_sandbox()
    host = client.api.inspect_container(sb.container_id)["HostConfig"]
    assert host["NetworkMode"] == "none"
    assert host["CapDrop"] == ["ALL"]
    assert "no-new-privileges" in host["SecurityOpt"]
    assert host["ReadonlyRootfs"] is True
    assert host["Memory"] == host["MemorySwap"] == 256 * 1024**2
    assert host["PidsLimit"] == 64
    assert host["NanoCpus"] == 10**9
    assert {u["Name"] for u in host["Ulimits"]} >= {"fsize", "nofile"}
    assert host["Binds"] is None or not any(":" in b and b.startswith("/") for b in host["Binds"])
