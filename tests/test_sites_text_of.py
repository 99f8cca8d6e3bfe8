"""pipeline.sites._common.text_of: the collapsed text_content of any node, childless or not."""

from __future__ import annotations

import lxml.html
import pytest

from pipeline.sites._common import text_of


def test_text_of_is_the_collapsed_text_content() -> None:
    doc = lxml.html.document_fromstring(
        "<html><body><a> one\n two </a><a></a><a>x<!-- c -->y</a><p>a<b> b </b>c<?pi z?></p>"
        "<a>&amp; &#20013;\u3000文</a><!-- a comment --><br></body></html>"
    )
    nodes = list(doc.iter())
    assert any(not isinstance(n.tag, str) for n in nodes)
    for node in nodes:
        if isinstance(node.tag, str):
            assert text_of(node) == " ".join(node.text_content().split())
        else:  # a comment or a processing instruction: refused as text_content refuses it
            with pytest.raises(ValueError):
                node.text_content()
            with pytest.raises(ValueError):
                text_of(node)
    assert text_of(None) == ""
