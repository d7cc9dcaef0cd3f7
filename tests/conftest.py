"""Shared pytest configuration. Fixture families live in their own modules."""

pytest_plugins = ["tests.fixtures_docker"]
