"""The database under tests locks as the deployed one does."""

from __future__ import annotations

import threading
import time

import pytest
from django.contrib.auth import get_user_model
from django.db import connection, transaction


@pytest.mark.django_db(transaction=True)
def test_it_lets_a_second_thread_wait_for_the_write_lock():
    # A run writes from its heartbeat thread beside the run's own writes. SQLite's in-memory
    # shared cache (Django's default test database) fails the second writer at once with
    # "database table is locked"; the file database, as deployed, makes it wait.
    User = get_user_model()
    errors: list[BaseException] = []

    def second_writer() -> None:
        try:
            User.objects.create(username="second")
        except BaseException as error:  # reported by the assertion below
            errors.append(error)
        finally:
            connection.close()

    with transaction.atomic():
        User.objects.create(username="first")
        thread = threading.Thread(target=second_writer)
        thread.start()
        time.sleep(0.5)  # the second writer now waits for this transaction's lock
    thread.join(timeout=30)
    assert not thread.is_alive()
    assert errors == []
    assert sorted(User.objects.values_list("username", flat=True)) == ["first", "second"]
