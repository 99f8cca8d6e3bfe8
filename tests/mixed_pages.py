"""Generated pages for the block checks' equivalence tests: markup pieces and words of several
scripts mixed at random, joined with or without spaces."""

from __future__ import annotations

import random

# Bits of markup every generated head mixes in: bare script tags, lone angle brackets, breaks
# and whitespace (where a scan's window or a tag's end may fall).
MARKUP_BITS = ("<script>", "</script>", "<", ">", "<br>", "  ", "\n")
WORDS = (
    "The council met on Tuesday",
    "to approve",
    "the budget.",
    "Résidents",
    "spoke",
    "市议会周二开会",
    "x" * 120,
)


def mixed_page(rng: random.Random, pieces: tuple[str, ...], most: int, share: float) -> str:
    """Up to `most` parts, each one of `pieces` with probability `share`, else one of
    `WORDS`, joined by spaces or run together."""
    parts = []
    for _ in range(rng.randint(0, most)):
        parts.append(rng.choice(pieces) if rng.random() < share else rng.choice(WORDS))
    return " ".join(parts) if rng.random() < 0.5 else "".join(parts)
