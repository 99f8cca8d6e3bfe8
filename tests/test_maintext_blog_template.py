"""A blog's template around a short post, on pages we wrote: the blog's name printed as an
<h1> linking to its home page is not the post's headline (`headline.links_home`), and the
blogger's profile under an "About Me" heading in the sidebar goes before scoring (on a
Blogger page of Dragnet's set it outscored a short post: `lexicon.ABOUT_AUTHOR_HEADINGS`)."""

from __future__ import annotations

from lxml import html

from pipeline.maintext.container import find_headline
from pipeline.maintext.core import own_paragraphs
from pipeline.maintext.headings import drop_headed_furniture
from pipeline.maintext.headline import links_home

_BLOG = "Notes from a Small Harbour Town"
_POST = "Ferry timetable changes this week"
# The blog's description, printed beside its name in the header on every page: prose longer
# than the post itself.
_DESCRIPTION = (
    "Every day I walk the quay before work and write down what changed: the boats, the "
    "weather, the timetable and the people who wait for the ferry. In this blog I record "
    "those notes, with a photograph when the light is good, for anyone who cares about the "
    "small harbour towns of the east coast and the way they live with the sea."
)
_BODY = [
    "The ferry leaves half an hour later this week while the north pier is repaired.",
    "The evening crossing is cancelled on Thursday; the operator runs a bus instead.",
    "Tickets bought for the old times stay valid, the office said this morning.",
]
_BIO = (
    "I have lived in the harbour town for twenty years, worked as a pilot on the estuary and "
    "now teach sailing to the children of the fishing families in the summer months. I write "
    "about boats, tides, the town council and the long argument about the new terminal, and "
    "I answer every letter, though sometimes it takes a season or two to get round to it."
)


def _page(home: str = "https://harbournotes.example.org/", profile: bool = False) -> str:
    description = "" if profile else f'<div class="description">{_DESCRIPTION}</div>'
    body = "<br/>".join(_BODY)
    sidebar = (
        f'<div class="widget Profile"><h2>About Me</h2><div class="widget-content">'
        f'<dl class="profile-datablock"><dt>Jo Marsh</dt><dd>{_BIO}</dd></dl></div></div>'
        if profile
        else ""
    )
    return (
        f"<html><head><title>{_BLOG}: {_POST}</title></head><body>"
        f'<div class="header"><h1 class="title"><a href="{home}">{_BLOG}</a></h1>'
        f"{description}</div>"
        '<div class="main"><h2 class="date-header">Tuesday, October 23, 2012</h2>'
        f'<div class="post hentry"><h3 class="post-title">{_POST}</h3>'
        f'<div class="post-body">{body}</div></div></div>'
        f'<div class="column">{sidebar}<h2>Blog Archive</h2><ul>'
        '<li><a href="/2012/10/a.html">Storm week</a></li>'
        '<li><a href="/2012/10/b.html">New pier</a></li></ul></div>'
        "</body></html>"
    )


def test_a_blogs_name_linking_home_is_not_the_posts_headline() -> None:
    text = "\n".join(own_paragraphs(_page()))
    assert all(line in text for line in _BODY), text
    assert "In this blog I record" not in text  # (the description beside the blog's name)


def test_a_headline_linking_to_its_own_page_is_still_the_headline() -> None:
    page = _page(home="https://harbournotes.example.org/2012/10/ferry-timetable.html")
    doc = html.fromstring(page)
    heading = find_headline(doc.find("body"), f"{_BLOG}: {_POST}")
    assert heading is not None and heading.tag == "h1"


def test_the_bloggers_profile_under_about_me_goes_before_scoring() -> None:
    body = html.fromstring(_page(profile=True)).find("body")
    drop_headed_furniture(body)
    left = " ".join(body.itertext())
    assert "twenty years" not in left and "Jo Marsh" not in left
    assert all(line in left for line in _BODY)


def test_links_home_reads_the_address() -> None:
    def h1(inner: str) -> bool:
        return links_home(html.fromstring(f"<h1>{inner}</h1>"))

    assert h1('<a href="https://blog.example.org/">Notes</a>')
    assert h1('<a href="/"> Notes </a>')
    assert h1('<a href="https://blog.example.org">Notes</a>')
    assert not h1('<a href="https://blog.example.org/2012/10/post.html">Notes</a>')
    assert not h1('<a href="/?p=12">Notes</a>')
    assert not h1('<a href="#">Notes</a>')
    assert not h1('Today: <a href="/">Notes</a>')  # (more text than the link's)
    assert not h1('<a href="/">Notes</a> <a href="/about">About</a>')
