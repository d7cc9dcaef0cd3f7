"""The sandbox image: its tag, and how to build it without a registry.

The tag is derived from the recipe (every file in sandbox/image/), so a
changed recipe means a new tag and `sandbox build` rebuilds exactly when
needed. HEALER_SANDBOX_IMAGE overrides the tag (e.g. an image pulled from a
private registry).
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

import docker
import docker.errors

from healer.engine.types import SandboxError

log = logging.getLogger(__name__)

RECIPE_DIR = Path(__file__).resolve().parent / "image"
REPOSITORY = "healer-sandbox"
# Applied when importing the debootstrap tarball; the Dockerfile sets the same.
IMAGE_CHANGES = (
    "USER 10001",
    'ENTRYPOINT ["/usr/bin/tini", "--"]',
    'CMD ["sleep", "infinity"]',
    "ENV PYTHONDONTWRITEBYTECODE=1 LANG=C.UTF-8 HOME=/tmp PATH=/usr/local/bin:/usr/bin:/bin",
    "WORKDIR /work",
)


def recipe_hash(recipe_dir: Path = RECIPE_DIR) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in recipe_dir.rglob("*") if p.is_file()):
        digest.update(path.relative_to(recipe_dir).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    digest.update("\n".join(IMAGE_CHANGES).encode())
    return digest.hexdigest()


def image_tag(*, override: str = "", recipe_dir: Path = RECIPE_DIR) -> str:
    """The image every sandbox uses: the override when set, else healer-sandbox:<recipe hash>."""
    if override:
        return override
    return f"{REPOSITORY}:{recipe_hash(recipe_dir)[:12]}"


def image_exists(client: docker.DockerClient, tag: str) -> bool:
    try:
        client.images.get(tag)
    except docker.errors.ImageNotFound:
        return False
    return True


def build_image(
    client: docker.DockerClient,
    *,
    tag: str,
    force: bool = False,
    dockerfile: bool = False,
    recipe_dir: Path = RECIPE_DIR,
    echo: Callable[[str], None] = print,
) -> bool:
    """Build the image unless `tag` already exists. Returns True when it built."""
    if not force and image_exists(client, tag):
        echo(f"Sandbox image {tag} is up to date.")
        return False
    repository, _, version = tag.rpartition(":")
    if not repository:
        repository, version = tag, "latest"
    labels = {"healer.recipe": recipe_hash(recipe_dir)}
    if dockerfile:
        echo(f"Building {tag} from {recipe_dir / 'Dockerfile'} (needs a registry for the base image)...")
        try:
            _, logs = client.images.build(
                path=str(recipe_dir), dockerfile="Dockerfile", tag=tag, rm=True, labels=labels, pull=False
            )
        except (docker.errors.BuildError, docker.errors.APIError) as exc:
            raise SandboxError(f"Building {tag} from the Dockerfile failed: {exc}") from exc
        for entry in logs:
            if entry.get("stream", "").strip():
                echo(entry["stream"].rstrip())
        return True

    script = recipe_dir / "build-rootfs.sh"
    if shutil.which("bash") is None:
        raise SandboxError("Building the sandbox image needs bash")
    with tempfile.TemporaryDirectory(prefix="healer-image-") as tmp:
        tarball = Path(tmp) / "rootfs.tar"
        echo(f"Building the root filesystem with {script} (debootstrap and apt, a few minutes)...")
        proc = subprocess.run(["bash", str(script), str(tarball)], capture_output=True, text=True)
        if proc.returncode != 0:
            tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-20:])
            raise SandboxError(f"{script.name} failed (exit {proc.returncode}):\n{tail}")
        echo(f"Importing {tarball.stat().st_size // (1024 * 1024)} MiB as {tag}...")
        changes = [*IMAGE_CHANGES, *(f"LABEL {key}={value}" for key, value in labels.items())]
        try:
            client.api.import_image_from_file(
                str(tarball), repository=repository, tag=version, changes=changes
            )
        except docker.errors.APIError as exc:
            raise SandboxError(f"Importing the sandbox image failed: {exc}") from exc
    if not image_exists(client, tag):
        raise SandboxError(f"The engine did not keep the imported image {tag}")
    echo(f"Built {tag}.")
    return True
