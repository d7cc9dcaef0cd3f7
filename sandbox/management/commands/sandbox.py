"""`python manage.py sandbox build|check|reap|bench`: operate the Docker sandbox."""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from healer.engine.types import SandboxError


class Command(BaseCommand):
    help = "Build the sandbox image, check the engine and hardening, reap leftovers, or benchmark."
    # Operating the sandbox must not depend on the web settings (secret key, hosts...).
    requires_system_checks: list[str] = []

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        build = sub.add_parser("build", help="Build the sandbox image when its recipe changed.")
        build.add_argument("--force", action="store_true", help="Rebuild even when the tag exists.")
        build.add_argument(
            "--dockerfile",
            action="store_true",
            help="Build from sandbox/image/Dockerfile (needs a registry).",
        )
        sub.add_parser("check", help="Report engine, image and hardening status (non-zero exit on failure).")
        reap = sub.add_parser("reap", help="Remove leftover Healer containers and volumes.")
        reap.add_argument("--dry-run", action="store_true", help="List what would be removed.")
        bench = sub.add_parser("bench", help="Bare host vs cold vs warm sandbox timings.")
        bench.add_argument("-n", "--repeat", type=int, default=7, help="Repetitions per measurement.")
        bench.add_argument("--python", default="", help="Host interpreter for the bare run.")
        bench.add_argument("--deps", action="store_true", help="Benchmark the dependency phase instead.")
        bench.add_argument(
            "--npm",
            action="store_true",
            help="Benchmark npm: install cache (plain vs miss vs hit) and a jest suite, bare vs warm, "
            "each sandbox factor on its own.",
        )
        bench.add_argument(
            "--install-rounds",
            type=int,
            default=2,
            help="With --npm: rounds of the (slow) install benchmark; 0 measures the jest suite only.",
        )
        bench.add_argument("--node", default="", help="With --npm: host Node for the bare jest run.")
        bench.add_argument(
            "--npm-tools",
            action="store_true",
            help="Run jest, vitest, mocha, eslint, tsc and node --test of the npm corpus in the sandbox "
            "(the registry is needed).",
        )

    def handle(self, *args, **options):
        action = options["action"]
        try:
            return getattr(self, f"handle_{action}")(options)
        except SandboxError as exc:
            raise CommandError(str(exc)) from exc

    def handle_build(self, options):
        from sandbox.docker_container import docker_client
        from sandbox.image import build_image
        from sandbox.sessions import configured_image

        tag = configured_image()
        client = docker_client(timeout=600)
        build_image(
            client, tag=tag, force=options["force"], dockerfile=options["dockerfile"], echo=self.stdout.write
        )

    def handle_check(self, options):
        from sandbox.doctor import run_checks

        ok = run_checks(echo=self.stdout.write)
        if not ok:
            raise CommandError("sandbox check failed")

    def handle_reap(self, options):
        from sandbox.docker_container import docker_client
        from sandbox.reaper import reap

        client = docker_client()
        report = reap(
            client=client,
            dry_run=options["dry_run"],
            deps_max_age=settings.HEALER_SANDBOX_DEPS_MAX_AGE,
            instance=settings.HEALER_INSTANCE_ID,
        )
        verb = "Would remove" if options["dry_run"] else "Removed"
        self.stdout.write(
            f"{verb} {len(report.containers)} container(s) and {len(report.volumes)} volume(s)."
        )
        for name in report.containers + report.volumes:
            self.stdout.write(f"  {name}")

    def handle_bench(self, options):
        if options["npm_tools"]:
            from sandbox.npm_bench import verify_tools

            if not verify_tools(echo=self.stdout.write):
                raise CommandError("some npm tools did not work in the sandbox")
            return
        if options["npm"]:
            from sandbox.npm_bench import run_npm_bench

            run_npm_bench(
                repeat=options["repeat"],
                install_rounds=options["install_rounds"],
                node=options["node"],
                echo=self.stdout.write,
            )
            return
        if options["deps"]:
            from sandbox.deps_bench import run_deps_bench
            from sandbox.docker_container import docker_client, require_image
            from sandbox.sessions import configured_image, deps_options

            client, image = docker_client(), configured_image()
            require_image(client, image)
            run_deps_bench(
                client=client,
                image=image,
                options=deps_options(),
                repeat=options["repeat"],
                echo=self.stdout.write,
            )
            return
        from sandbox.bench import run_bench

        run_bench(repeat=options["repeat"], python=options["python"], echo=self.stdout.write)
