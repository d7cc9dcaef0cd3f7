"""`sandbox bench --npm`: each breakdown row differs from the sandbox Healer runs in the one thing it names."""

from __future__ import annotations

import pytest

from sandbox.npm_bench import FACTORS, _box_argv, _factor_box
from tests.fixtures_docker import small_options, write_tree


def test_it_runs_the_same_jest_command_in_every_row():
    commands = {key: _box_argv(key)[0] for key in FACTORS}
    jest = commands["warm"]
    for key, argv in commands.items():
        assert argv[-len(jest) :] == jest, key
    # Only the row that keeps its node_modules copy skips the reset; it empties /tmp itself.
    assert [key for key in FACTORS if not _box_argv(key)[1]] == ["nm_tmpfs"]


@pytest.mark.docker
def test_it_changes_one_setting_per_row(docker_engine, tmp_path):
    client, image = docker_engine
    case = write_tree(tmp_path / "case", {"package.json": "{}\n"})
    seen = {}
    for key in ("warm", "no_quota", "seccomp_off", "no_limits"):
        box = _factor_box(client, options=small_options(image), case=case, volume=None, key=key)
        try:
            seen[key] = client.api.inspect_container(box.container_id)["HostConfig"]
        finally:
            box.close()
    warm = seen["warm"]
    assert warm["NanoCpus"] == 10**9 and warm["SecurityOpt"] == ["no-new-privileges"]
    assert warm["ReadonlyRootfs"] and warm["NetworkMode"] == "none" and warm["CapDrop"] == ["ALL"]
    assert seen["no_quota"]["NanoCpus"] == 0
    assert seen["seccomp_off"]["SecurityOpt"] == ["no-new-privileges", "seccomp=unconfined"]
    assert seen["no_limits"]["Memory"] == 0 and not seen["no_limits"]["PidsLimit"]
    assert warm["Memory"] > 0 and warm["PidsLimit"] > 0
    for key, config in seen.items():  # everything else as in the sandbox
        for name in ("ReadonlyRootfs", "NetworkMode", "CapDrop", "Tmpfs"):
            assert config[name] == warm[name], (key, name)
