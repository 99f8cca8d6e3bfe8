"""Code in the article, coloured by a syntax highlighter: its spans carry the highlighter's
token classes ("hljs-comment", "hljs-keyword", "token comment", "token tag"), words that
name furniture outside code (a comments section, a keyword list, a tag cloud). Inside <pre>
or <code> they are the code's own words, and a comment written in Chinese is text. Pages
we wrote ourselves, in the shape of a technical blog post."""

from __future__ import annotations

from pipeline.maintext.core import own_paragraphs

INTRO = [
    "在容器里部署服务时，我们通常会写一个简单的脚本，先判断本机装的是哪一种容器工具。",
    "下面的脚本会检查命令是否存在，再决定用哪个命令启动服务，适合在不同的机器之间复用。",
]
OUTRO = "脚本写好以后，把它放进版本库里，团队里的每个人都可以用同一个命令启动整套服务。"

HLJS = (
    "<pre><code class='language-bash hljs'>"
    "<span class='hljs-meta'>#!/bin/bash</span>\n"
    "<span class='hljs-comment'># 检查容器工具是否已经安装</span>\n"
    "<span class='hljs-keyword'>if</span> <span class='hljs-built_in'>which</span> docker; "
    "<span class='hljs-keyword'>then</span>\n"
    "  <span class='hljs-built_in'>echo</span> <span class='hljs-string'>\"use docker\"</span>\n"
    "<span class='hljs-keyword'>else</span>\n"
    "  <span class='hljs-built_in'>echo</span> <span class='hljs-string'>\"use podman\"</span>\n"
    "<span class='hljs-keyword'>fi</span>\n"
    "</code></pre>"
)
PRISM = (
    "<pre class='language-html'><code class='language-html'>"
    "<span class='token comment'>&lt;!-- 页面的标题区域 --&gt;</span>\n"
    "<span class='token tag'>&lt;h1&gt;</span>标题<span class='token tag'>&lt;/h1&gt;</span>"
    "</code></pre>"
)


def _page(code: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in INTRO) + code + f"<p>{OUTRO}</p>"
    return (
        "<html><head><title>用脚本切换容器工具</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/tags'>标签</a></div>"
        f"<div class='post'><h1>用脚本切换容器工具</h1>{body}</div>"
        "<div class='comments'><h3>评论</h3><p>写得不错！</p></div></body></html>"
    )


def test_a_highlighted_comment_and_keywords_in_code_are_kept() -> None:
    text = "\n".join(own_paragraphs(_page(HLJS)))
    assert "检查容器工具是否已经安装" in text
    assert "then" in text.split() and "else" in text.split() and "fi" in text.split()
    assert OUTRO in text


def test_prism_token_comment_and_tag_in_code_are_kept() -> None:
    text = "\n".join(own_paragraphs(_page(PRISM)))
    assert "页面的标题区域" in text
    assert "标题" in text


def test_a_comments_section_outside_code_still_goes() -> None:
    text = "\n".join(own_paragraphs(_page(HLJS)))
    assert "写得不错" not in text


# A code block's own chrome: the line numbers of its gutter, printed as text (a list beside
# the code inside <pre>, a table cell's <pre> of numbers), and its copy button's label.
PLAIN = "<pre><code>docker run -d --name web nginx\ndocker logs web</code></pre>"
CHROME = [
    "<pre><code>docker run -d --name web nginx\ndocker logs web</code>"
    "<ul class='numbers'><li>1</li><li>2</li></ul></pre>",
    "<table class='code-table'><tr><td><pre>1\n2</pre></td>"
    "<td><pre>docker run -d --name web nginx\ndocker logs web</pre></td></tr></table>",
    "<div class='code-box'><div class='bar'><span>复制代码</span></div>" + PLAIN + "</div>",
    "<pre><code>docker run -d --name web nginx\ndocker logs web</code><span>复制代码</span></pre>",
    "<div class='code-box'>" + PLAIN + "<button>Copy code</button></div>",
]


def test_a_code_blocks_gutter_and_copy_button_are_not_text() -> None:
    plain = own_paragraphs(_page(PLAIN))
    assert any("docker logs web" in p for p in plain)
    for code in CHROME:
        assert own_paragraphs(_page(code)) == plain, code


def test_numbers_in_code_and_a_copy_word_in_prose_are_kept() -> None:
    code = "<pre><code>SELECT id FROM users WHERE id IN (1, 2, 3)</code></pre>"
    assert "(1, 2, 3)" in "\n".join(own_paragraphs(_page(code)))
    line = "<p>复制</p>"
    assert "复制" in own_paragraphs(_page(PLAIN + line))
