"""Article pages written for the tests: a title, a headline and two paragraphs of numbered
sentences, enough text for the generic extractor to keep."""

from __future__ import annotations


def article_page(title: str, sentence: str, sentences: int = 12) -> bytes:
    """An HTML article page; `sentence` is formatted with `i`, its number."""
    text = " ".join(sentence.format(i=i) for i in range(sentences))
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p>{text}</p><p>{text}</p></article></body></html>"
    ).encode()
