"""The shared cache: login lockout counters and API throttle histories live here.

A per-process cache (Django's default) would give every web process its own
counters, so N processes would allow N times the limit. Healer therefore uses
Redis when REDIS_URL is set and a database table otherwise; both are shared by
every process and host of a deployment.
"""

from __future__ import annotations

from django.core.cache.backends.redis import RedisCache


class SharedRedisCache(RedisCache):
    """Django's Redis cache, except that clear() removes only this cache's keys.

    The Redis database is shared with django-q2's broker: the stock clear()
    (FLUSHDB) would also drop every queued run.
    """

    def clear(self) -> None:
        client = self._cache.get_client(None, write=True)
        pattern = self.make_key("*")
        batch: list = []
        for key in client.scan_iter(match=pattern, count=1000):
            batch.append(key)
            if len(batch) >= 1000:
                client.delete(*batch)
                batch.clear()
        if batch:
            client.delete(*batch)


def cache_table_create(*, using: str = "default", **_kwargs) -> None:
    """Create the database cache's table if it is missing (after every `migrate`)."""
    from django.conf import settings
    from django.core.management import call_command

    if any(cache["BACKEND"].endswith("DatabaseCache") for cache in settings.CACHES.values()):
        call_command("createcachetable", database=using, verbosity=0)
