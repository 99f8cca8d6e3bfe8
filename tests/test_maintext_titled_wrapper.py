"""An old portal's article wrapper named for the comments below the story
(`<div id="comments_page_wrapper">`), on a page printing no `<h1>`: its headline is set in a
`<div>` whose text is in the page's `<title>`. The wrapper is the misnamed article
(`misnamed._titled_box`, searched by `_holds_headed_prose` from that block), not furniture
dropped whole, which left a columnist's teaser in the sidebar as the text. Pages we wrote."""

from __future__ import annotations

from pipeline.maintext.core import own_paragraphs
from pipeline.web.html import parse
from pipeline.web.misnamed import PageHeadline, is_misnamed_article

HEADLINE = "Врачи установили причину смерти солдата в области"
STORY = [
    "Закончилась медицинская экспертиза по факту смерти солдата в одной из военных частей "
    "района, сообщает областная газета. По заключению врачей, срочник умер от тяжелой ОРВИ.",
    "Напомним, что призванный на службу в ноябре солдат умер в воинской части, расположенной "
    "в селе Березовка, 21 декабря. Ранее в качестве причины его смерти назывался менингит.",
    "Это вторая подряд смерть призывника в этой части: за неделю до этого на ее территории "
    "был найден труп другого срочника. Возбуждено уголовное дело.",
]
COLUMN = (
    "Сначала я хотел написать статью на тему «Итоги года», но потом засомневался: в конце "
    "концов, у каждого свои итоги, и никто не обязан их читать, даже если они написаны хорошо, "
    "с юмором и с любовью к нашему городу, его улицам, его людям и его бесконечным пробкам."
)
COMMENTS = "".join(
    f"<div class='comment'><b>Гость {i}</b> <a href='/u/{i}'>ответить</a>"
    f"<p>Комментарий номер {i}: согласен, это ужасно, куда смотрят врачи и командиры?</p></div>"
    for i in range(6)
)


def _page(headline_block: str, title: str = f"Новости - {HEADLINE}") -> str:
    sidebar = "".join(
        f"<div class='column'><div class='text'><p>{COLUMN}</p></div>"
        f"<a href='/c/{i}'>Читать дальше</a></div>"
        for i in range(3)
    )
    story = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        f"<html><head><title>{title}</title></head><body><div id='left'>{sidebar}</div>"
        "<div id='center'><div class='news_wrapper'><div id='news_title'>Новости</div>"
        "<div id='comments_page_wrapper'><div id='news_date'>17.01.2012 | 17:17</div>"
        f"<div class='newspaper_wrapper'>{headline_block}"
        f"<div class='newspaper_text'>{story}</div></div>"
        f"<div class='comments_list'>{COMMENTS}</div></div></div></div></body></html>"
    )


def test_the_wrapper_named_for_comments_holds_the_story() -> None:
    paragraphs = own_paragraphs(_page(f"<div class='newspaper_name'>{HEADLINE}</div>"))
    assert paragraphs[: len(STORY)] == STORY
    assert not any("Итоги года" in p for p in paragraphs)


def test_the_headline_block_names_the_wrapper_only_as_the_title_names_it() -> None:
    def judged(headline_block: str, title: str = f"Новости - {HEADLINE}") -> bool:
        doc = parse(_page(headline_block, title))
        page = PageHeadline(doc)
        wrapper = next(el for el in doc.iter("div") if el.get("id") == "comments_page_wrapper")
        return is_misnamed_article(wrapper, None, page)

    assert judged(f"<div class='newspaper_name'>{HEADLINE}</div>")
    assert not judged(f"<div class='newspaper_name'>{HEADLINE}</div>", "Новости - Саратов")
    assert not judged(f"<div class='newspaper_name'><a href='/n/1'>{HEADLINE}</a></div>")
    assert not judged("<div class='newspaper_name'>Новости</div>")
