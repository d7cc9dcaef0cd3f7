"""System checks: with --deploy, verify the Docker engine answers and the sandbox image exists."""

from __future__ import annotations

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register


@register(Tags.compatibility, deploy=True)
def check_docker_engine(app_configs, **kwargs):
    if settings.HEALER_SANDBOX_BACKEND != "docker":
        return []
    from healer.engine.types import SandboxError
    from sandbox.docker_container import docker_client
    from sandbox.image import image_exists
    from sandbox.sessions import configured_image

    try:
        client = docker_client(timeout=10)
    except SandboxError as exc:
        return [Error(str(exc), hint="Runs cannot start without a sandbox.", id="sandbox.E001")]
    try:
        tag = configured_image()
        if not image_exists(client, tag):
            return [
                Warning(
                    f"Sandbox image {tag} is missing",
                    hint="Run `python manage.py sandbox build`.",
                    id="sandbox.W001",
                )
            ]
    finally:
        client.close()
    return []
