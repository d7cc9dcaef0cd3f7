"""A failed npm install says why: a transfer cut off mid-download is not an unreachable registry.

The outputs are npm 10's, as seen through the sandbox's egress proxy under load (a held-out heal on
7 December 2026 failed on the first of them, told to change the registry setting).
"""

from __future__ import annotations

from sandbox.deps_npm import NpmInstaller, NpmRegistry, npm_failure_hint

CUT_OFF = """\
npm ERR! code ECONNRESET
npm ERR! errno ECONNRESET
npm ERR! network request to https://registry.npmjs.org/wrap-ansi/-/wrap-ansi-7.0.0.tgz failed, reason: socket hang up
npm ERR! network This is a problem related to network connectivity.
"""
REFUSED = """\
npm ERR! code ECONNREFUSED
npm ERR! errno ECONNREFUSED
npm ERR! FetchError: request to https://registry.example.invalid/left-pad failed, reason: connect ECONNREFUSED 10.0.0.1:443
"""
RESET_ON_METADATA = """\
npm ERR! code ECONNRESET
npm ERR! network request to https://registry.example.invalid/left-pad failed, reason: socket hang up
"""


def test_it_tells_a_download_cut_off_mid_transfer_from_an_unreachable_registry():
    hint = npm_failure_hint(CUT_OFF, registry="https://registry.npmjs.org/")
    assert hint.startswith("a download from the npm registry (registry.npmjs.org) was cut off mid-transfer")
    assert "heal again" in hint and "could not be reached" not in hint


def test_a_refused_or_reset_metadata_request_is_still_an_unreachable_registry():
    for output in (REFUSED, RESET_ON_METADATA):
        hint = npm_failure_hint(output, registry="https://registry.example.invalid/")
        assert hint.startswith("the npm registry (registry.example.invalid) could not be reached"), hint


def test_the_sandbox_npmrc_retries_a_broken_download_four_times():
    npmrc = NpmInstaller(NpmRegistry(), inputs_dir="/inputs").npmrc().decode().splitlines()
    assert "fetch-retries=4" in npmrc
