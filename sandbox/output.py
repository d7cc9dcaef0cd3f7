"""Bounded capture of a command's output.

A test suite can print gigabytes. The worker keeps at most `limit` bytes: the
first half (where collection and import errors show up) and the last half
(where pytest prints its summary), with a marker in between saying how much
was dropped. Memory use is O(limit) whatever the command prints.
"""

from __future__ import annotations

from collections import deque


class CappedOutput:
    def __init__(self, limit: int) -> None:
        self.limit = max(int(limit), 2)
        self.head_limit = self.limit // 2
        self.tail_limit = self.limit - self.head_limit
        self.head = bytearray()
        self.tail: deque[bytes] = deque()
        self.tail_size = 0
        self.total = 0

    def write(self, chunk: bytes) -> None:
        if not chunk:
            return
        self.total += len(chunk)
        room = self.head_limit - len(self.head)
        if room > 0:
            self.head += chunk[:room]
            chunk = chunk[room:]
            if not chunk:
                return
        if len(chunk) >= self.tail_limit:
            self.tail.clear()
            self.tail.append(bytes(chunk[-self.tail_limit :]))
            self.tail_size = self.tail_limit
            return
        self.tail.append(bytes(chunk))
        self.tail_size += len(chunk)
        while self.tail_size > self.tail_limit:
            excess = self.tail_size - self.tail_limit
            first = self.tail[0]
            if len(first) <= excess:
                self.tail.popleft()
                self.tail_size -= len(first)
            else:
                self.tail[0] = first[excess:]
                self.tail_size -= excess

    @property
    def truncated(self) -> bool:
        return self.total > len(self.head) + self.tail_size

    def getvalue(self) -> bytes:
        tail = b"".join(self.tail)
        if not self.truncated:
            return bytes(self.head) + tail
        dropped = self.total - len(self.head) - len(tail)
        marker = f"\n[... healer: {dropped} bytes of output dropped ...]\n".encode()
        return bytes(self.head) + marker + tail

    def text(self) -> str:
        return self.getvalue().decode("utf-8", errors="replace")
