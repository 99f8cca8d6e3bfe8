"""The follow rules read one list of networks (`pipeline.maintext.socialwords.NETWORKS`, as a word:
`followprompts.NETWORK_NAME`): the label rule ("Follow us on X"), the invitation in any language
("Dołącz do nas w Google+"), "关注我们的..." and "Follow us on ..." anywhere in a line
(`linekinds`), and the site followed by name on several networks (`sitelines`) each know
every name. A name that is also a word counts only as a word ("2 x 3", "threadsafe")."""

from __future__ import annotations

import pytest

from pipeline.maintext.labels import is_follow_invite, is_furniture_label
from pipeline.maintext.linekinds import is_boilerplate_line
from pipeline.maintext.sitelines import is_site_line
from pipeline.maintext.socialwords import NETWORKS

# the names written as sites print them in a Latin-script line
_LATIN = [n for n in NETWORKS if n.isascii() or "+" in n]


@pytest.mark.parametrize("name", _LATIN)
def test_every_rule_knows_every_network(name: str) -> None:
    shown = name.title() if len(name) > 2 else name.upper()
    assert is_furniture_label(f"Follow us on {shown}")
    assert is_follow_invite(f"Dołącz do nas w {shown}")
    assert is_boilerplate_line(f"Like the Harbour Gazette on {shown} and follow us for updates")
    other = "Facebook" if name != "facebook" else "Instagram"
    assert is_site_line(f"For updates, follow The Harbour Gazette on {shown} and {other}")


@pytest.mark.parametrize(
    "line",
    [
        "Follow our guide: cut 2 x 3 boards for the shelf",
        "Follow us for threadsafe code tips",
        "Join our class on mixing paint at the harbour hall",
    ],
)
def test_a_name_that_is_a_word_counts_only_as_the_word(line: str) -> None:
    assert not is_follow_invite(line)
    assert not is_furniture_label(line)
    assert not is_boilerplate_line(line)
