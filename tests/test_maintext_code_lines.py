"""A line of code (a `<pre>` block) is the article's: the address a security write-up shows
the server calling, the gist a how-to points to. The line filters that drop a site's bare
links and furniture lines ("https://..." alone on its line, "Share", a copyright line) read
those lines as they read a paragraph and dropped them; a `<pre>`'s line is no longer judged
by them. A bare address in a paragraph of its own stays dropped, as before."""

from __future__ import annotations

from pipeline.extract import extract_text

PARAS = [
    "The researchers found that the portal forwarded every search to an internal service,"
    " and that the error page printed the address it had called along with its headers.",
    "From the error message we can see the server is forwarding an API request to the"
    " following location, which answered without asking for any credentials at all:",
    "The company fixed the flaw within a day of the report and paid a bounty for it, the"
    " researchers said in their write-up published on Monday morning.",
    "They added that similar services of other vendors should be checked for the same"
    " mistake, since the framework behind them ships with the forwarding turned on.",
]
ADDRESS = "https://admin.internal.example.com/services/locations/search?name=t&rtm=1"
COMMAND = "curl https://tools.example.org/install.sh -sSf | bash"


def _page(middle: str) -> str:
    body = f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p>{middle}<p>{PARAS[2]}</p><p>{PARAS[3]}</p>"
    return (
        "<html><head><title>How a search box opened an internal service</title></head><body>"
        "<main><article><h1>How a search box opened an internal service</h1>"
        f"<div class='entry-content'>{body}</div></article></main></body></html>"
    )


def _lines(middle: str) -> list[str]:
    return extract_text(_page(middle), "https://blog.example.net/2024/05/02/search-box/").split(
        "\n"
    )


def test_an_address_in_a_code_block_is_kept() -> None:
    lines = _lines(f"<pre class='wp-block-code'><code>{ADDRESS}</code></pre>")
    assert ADDRESS in lines
    assert lines.index(ADDRESS) == lines.index(PARAS[1]) + 1


def test_a_command_in_a_code_block_is_kept() -> None:
    """(Kept before too: no filter reads a command as furniture.)"""
    lines = _lines(f"<pre>{COMMAND}</pre>")
    assert COMMAND in lines


def test_a_bare_address_in_a_paragraph_still_goes() -> None:
    lines = _lines(f"<p>{ADDRESS}</p>")
    assert ADDRESS not in lines
    assert PARAS[2] in lines
