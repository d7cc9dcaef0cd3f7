"""The three fixed formats of docs/ARCHITECTURE.md: fix lines, branch names, scores.

Every place that shows a fix line, a branch or a score (CLI, results.json,
dashboard, API) calls these functions; nothing else builds them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass

from healer.engine.bugtypes import BugType

SCORE_BASE = 100
SPEED_BONUS = 10
SPEED_LIMIT_SECONDS = 5 * 60
FREE_COMMITS = 20
PENALTY_PER_COMMIT = 2

_BRANCH_DROP = re.compile(r"[^A-Z0-9_]")
# Letters that NFKD does not split into an ASCII letter and accents (ß, Ø, Æ, Ł...): their usual
# ASCII spelling. Everything else that is not ASCII after NFKD is dropped by the branch rule.
_ASCII_SPELLING = str.maketrans(
    {
        "ß": "ss",
        "ẞ": "SS",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "TH",
        "ı": "i",
    }
)


def fix_line(*, bug_type: BugType | str, file: str, line: int, description: str) -> str:
    """`{BUG_TYPE} error in {file} line {line} → Fix: {description}`."""
    return f"{BugType(bug_type).value} error in {file} line {line} → Fix: {description}"


def ascii_letters(text: str) -> str:
    """ "Zoë & Ümlaut" → "Zoe & Umlaut": accents split off (NFKD) and dropped, ß → ss, Ø → O..."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_ASCII_SPELLING))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def branch_part(text: str) -> str:
    """One half of a branch name: letters transliterated to ASCII, upper-cased, spaces to `_`,
    other characters dropped ("Zoë Ümlaut" → "ZOE_UMLAUT", not "ZO_MLAUT")."""
    spaced = re.sub(r"\s", "_", ascii_letters(text).strip().upper())
    return _BRANCH_DROP.sub("", spaced)


def branch_name(*, team_name: str, leader_name: str) -> str:
    """("RIFT ORGANISERS", "Saiyam Kumar") → "RIFT_ORGANISERS_SAIYAM_KUMAR_AI_Fix"."""
    team, leader = branch_part(team_name), branch_part(leader_name)
    if not team.strip("_"):
        raise ValueError(f"team name {team_name!r} has no letters or digits to build a branch name from")
    if not leader.strip("_"):
        raise ValueError(f"leader name {leader_name!r} has no letters or digits to build a branch name from")
    return f"{team}_{leader}_AI_Fix"


@dataclass(frozen=True)
class Score:
    base: int
    speed_bonus: int
    efficiency_penalty: int
    total: int

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def score_compute(*, duration_seconds: float, commit_count: int) -> Score:
    """Base 100; +10 under five minutes; −2 for every commit beyond 20."""
    bonus = SPEED_BONUS if duration_seconds < SPEED_LIMIT_SECONDS else 0
    penalty = PENALTY_PER_COMMIT * max(0, commit_count - FREE_COMMITS)
    return Score(
        base=SCORE_BASE,
        speed_bonus=bonus,
        efficiency_penalty=penalty,
        total=SCORE_BASE + bonus - penalty,
    )
