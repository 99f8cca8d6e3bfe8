"""A paragraph of the article whose sentences link a few of their words, printed in a block
of its own before the body's (a paywalled body's free opening; its class scoring low), is
prose for the sibling rule up to `_LINKED_PROSE_MAX_LINKS` (pipeline.maintext.siblings
`_links_inside`); a teaser whose text opens on its headline's link stays out. Our markup."""

from __future__ import annotations

from pipeline.maintext.core import own_paragraphs
from tests.sample_pages import HARBOUR_STORY as STORY

OPENING = (
    "Uma <a href='/vaquinha'>vaquinha online foi aberta no intuito de arrecadar</a> recursos "
    "para custear o tratamento do cachorro resgatado na última quinta-feira, após ser "
    "<a href='/noticia/abandonado'>abandonado em uma estrada</a> de Porto Velho. O animal tem "
    "uma deficiência nas patas que o impede de ficar em pé ou caminhar sozinho."
)
TEASER = (
    "<a href='/noticia/outra'>Cachorro abandonado em estrada de Porto Velho procura um novo "
    "lar para viver</a> Dois borracheiros que trabalham na região alimentaram o animal por "
    "cerca de vinte dias e agora procuram uma família para adotá-lo em breve."
)


def _page(block: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        "<html><head><title>Harbour opens a new terminal</title></head><body><main><article>"
        "<h1>Harbour opens a new terminal</h1>"
        f"<div class='ad-slot'></div><div class='text-column extra-styles'><p>{block}</p></div>"
        f"<div class='wall protected'>{body}</div></article></main></body></html>"
    )


def test_a_linked_opening_before_the_body_is_kept() -> None:
    kept = own_paragraphs(_page(OPENING))
    assert kept[0].startswith("Uma vaquinha online foi aberta")
    assert kept[1:] == STORY


def test_a_teaser_opening_on_its_link_stays_out() -> None:
    assert own_paragraphs(_page(TEASER)) == STORY
