"""An article's paragraphs a few of which open on a day (a schedule of dated events, a
timeline) are the article's text, not readers' replies dated by a day alone
(`posts._replies`): on pages we wrote, they stay and a thread of such replies still goes."""

from __future__ import annotations

from pipeline.maintext.core import own_paragraphs

_STORY = [
    "The regional blood service asked people between 24 and 40 to give blood at least twice "
    "this year, after donations from that age group fell for a third year in a row.",
    "Young donors make up a fifth of the active donor base, but most of them stop giving "
    "once they reach their mid-twenties, the service said in a statement on Monday.",
    "A single donation takes about an hour and can help up to three patients, and donors "
    "can book a time online or simply walk in to any of the clinics listed below.",
    "The service will also open a weekend clinic at the college gym for the first time, "
    "after students asked for hours that fit around their classes.",
]
_CLINICS = [
    ("Tuesday, January 15, 2008", "St. Mary's Catholic School", "66 Main Street South", "3:30 pm"),
    ("Saturday, January 19, 2008", "Wellness Centre", "995 Peter Robertson Blvd.", "10:00 am"),
    ("Monday, January 21, 2008", "Baptist Church Hall", "9050 Dixie Road", "2:00 pm"),
    ("Wednesday, January 23, 2008", "Sheridan College Main Gym", "7899 Ridge Road", "11:00 am"),
]
_SIDEBAR = [
    "Council votes to keep the harbour ferry running through the winter months",
    "Police appeal for witnesses after a lorry overturned on the bypass on Sunday",
    "Schools told to plan for heating repairs before the cold weather returns",
    "Library extends its opening hours on weekday evenings from next month onwards",
    "Farmers warn that the late frost has cut this year's apple harvest by half",
    "New bus timetable adds an early service to the hospital and the station",
    "Volunteers clear two tonnes of rubbish from the river banks in one weekend",
    "Town football club signs a striker from the league's bottom side for a fee",
]


def _sidebar() -> str:
    items = "".join(
        f"<li><a href='/news/{i}'>{t}</a> {t.lower()}.</li>" for i, t in enumerate(_SIDEBAR)
    )
    return f"<div class='side'><h3>Latest news</h3><ul>{items}</ul></div>"


def _clinic(day: str, place: str, street: str, hours: str) -> str:
    return f"<p><span>{day}</span><br><span>{place}</span><br>{street}<br><span>{hours}</span></p>"


def _page(body: str) -> str:
    return (
        "<html><head><title>Blood service asks younger donors to give</title></head><body>"
        "<div id='nav'><a href='/'>Home</a> <a href='/news'>News</a></div>"
        "<table><tr><td><h1>Blood service asks younger donors to give</h1>"
        f"<div class='Content'>{body}</div></td><td>{_sidebar()}</td></tr></table></body></html>"
    )


def test_a_schedule_of_dated_clinics_inside_the_story_stays() -> None:
    # four paragraphs and four clinics opening on a day, siblings of one shape, in a block
    # holding under half the page's text: half of them dated is a list, not a thread
    story = "".join(f"<p>{p}</p>" for p in _STORY)
    text = "\n".join(own_paragraphs(_page(story + "".join(_clinic(*c) for c in _CLINICS))))
    assert _STORY[0] in text
    assert _STORY[-1] in text
    assert "Sheridan College Main Gym" in text
    assert "Tuesday, January 15, 2008" in text


def test_a_timeline_of_dated_paragraphs_inside_the_story_stays() -> None:
    # three of the story's seven paragraphs open on a day: as many as a thread needs, not most
    steps = [
        ("3 March 2006", "The national audit office first warned that young donors were"),
        ("21 December 2007", "The health ministry's annual report counted a fall in donors"),
        ("9 July 2007", "The statistics office published its population estimates by age"),
    ]
    timeline = "".join(
        f"<p><b>{day}</b> <i>{what} in the region, and the blood service took note.</i></p>"
        for day, what in steps
    )
    story = "".join(f"<p>{p}</p>" for p in _STORY)
    text = "\n".join(own_paragraphs(_page(story + timeline)))
    assert _STORY[-1] in text
    assert "annual report counted a fall in donors" in text
    assert "population estimates by age" in text


def _reply(name: str, day: int, words: str) -> str:
    return (
        f"<div class='r'><b>{name}</b> <span>{day} Jan 2008</span>"
        f"<p>{name} says {words}, and the clinic near the station is never open late.</p></div>"
    )


def test_replies_each_dated_by_a_day_alone_still_go() -> None:
    story = "".join(f"<p>{p}</p>" for p in _STORY)
    replies = "".join(
        _reply(name, day, words)
        for name, day, words in (
            ("Ann", 15, "she would give more often if parking were free"),
            ("Raj", 16, "the walk-in hours suit shift workers badly"),
            ("Lee", 16, "his whole office gave blood together last spring"),
            ("Kim", 17, "the weekend clinic is the best news in months"),
        )
    )
    page = _page(f"<div class='story'>{story}</div><div class='thread'>Comments{replies}</div>")
    text = "\n".join(own_paragraphs(page))
    assert _STORY[-1] in text
    assert "clinic near the station" not in text
