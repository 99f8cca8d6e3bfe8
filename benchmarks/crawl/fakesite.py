"""A made-up news site on 127.0.0.1 for the crawl benchmark: article pages of about 90 KB.

Routes (any page count, so one server serves every run):
  /robots.txt              allows everything (both crawlers obey robots)
  /sitemap-<N>.xml         lists /article/0.html ... /article/<N-1>.html (the seed)
  /article/<i>.html        an article page, Chinese for even i, English for odd i
  /_hits                   JSON {path: times served} of the article pages (duplicate fetches)
  /_build?pages=<N>        builds articles 0 .. N-1 now and keeps their bytes (see below)

A page is built from its number alone (seeded), so two runs see the same bytes and every page
differs (distinct text: no page is a duplicate of another). Its shape is a real news page's:
inline CSS and scripts, Open Graph and JSON-LD metadata, a navigation bar, the article's
paragraphs, related links and a footer; the text is about a fifth of the bytes.

Building a page costs about 1.8 ms of CPU (its seeded text), on the same cores as the crawl
being measured: a remote site costs the crawling machine nothing. So before a timed run the
benchmark asks for `/_build?pages=N`, and the site then serves those pages from memory (the
same bytes), as a static file server would; a page not built ahead is built when asked.

    python benchmarks/crawl/fakesite.py [--port 0]     prints "PORT <n>" once it listens
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PAGE_BYTES = 90_000

_ZH = (
    "智谱今日在香港交易所挂牌上市，开盘价较发行价上涨百分之十二。",
    "公司表示，募集资金将主要用于大模型研发和算力基础设施建设。",
    "分析人士认为，此次上市为国内人工智能企业打开了新的融资渠道。",
    "招股书显示，公司去年营收同比增长超过一倍，但仍处于亏损状态。",
    "多家基石投资者参与认购，合计认购金额约占本次发售规模的三成。",
    "业内普遍关注其开源模型的商业化路径以及海外市场的拓展计划。",
    "董事长在上市仪式上表示，公司将继续加大基础模型的研发投入。",
    "按发行价计算，公司市值约为数百亿港元，成为年内最大的科技新股之一。",
    "此前，公司已完成多轮融资，投资方包括多家互联网企业和国有资本。",
    "市场人士提醒，新股上市初期股价波动较大，投资者需注意风险。",
    "据悉，公司的企业客户覆盖金融、制造、医疗和政务等多个行业。",
    "在算力成本持续上升的背景下，模型推理效率成为竞争的关键因素。",
)
_EN = (
    "The company listed its shares in Hong Kong on Thursday, opening well above the offer price.",
    "Proceeds will fund research on large models and the computing infrastructure they need.",
    "Analysts said the listing opens a new funding channel for Chinese artificial intelligence.",
    "Revenue more than doubled last year, according to the prospectus, while losses widened.",
    "Cornerstone investors took up about a third of the shares on offer in the global sale.",
    "Investors are watching how the open-source models will be turned into paying products.",
    "The chairman told the listing ceremony that spending on foundation models will continue.",
    "At the offer price the company is valued at tens of billions of Hong Kong dollars.",
    "Earlier funding rounds drew internet groups as well as state-backed investment funds.",
    "Brokers warned that newly listed shares tend to swing sharply in their first weeks.",
    "Its enterprise customers span finance, manufacturing, healthcare and public services.",
    "With computing costs rising, the efficiency of inference has become a key battleground.",
)
_NAV = ("首页", "财经", "科技", "汽车", "房产", "体育", "娱乐", "国际", "视频", "专题") * 10
_CSS = "".join(
    f".c{i}{{margin:{i % 7}px;padding:{i % 5}px;color:#{i * 4099 % 0xFFFFFF:06x};}}\n"
    for i in range(120)
)
_SCRIPT_LINE = 'window.__cfg=window.__cfg||{{}};window.__cfg["k{0}"]={{"ab":{0},"slot":"s{0}"}};\n'
_ARTICLE = re.compile(r"^/article/(\d+)\.html$")
_SITEMAP = re.compile(r"^/sitemap-(\d+)\.xml$")


def article_url(base: str, i: int) -> str:
    return f"{base}/article/{i}.html"


def _paragraphs(rng: random.Random, pool: tuple[str, ...], i: int, count: int) -> list[str]:
    paras = []
    for n in range(count):
        picks = [rng.choice(pool) for _ in range(rng.randint(3, 6))]
        paras.append(f"{' '.join(picks)} ({i}-{n}: {rng.randint(10, 9999)})")
    return paras


def article_page(i: int, base: str = "") -> bytes:
    """Article `i` as the bytes the server sends (UTF-8 HTML, about PAGE_BYTES long)."""
    rng = random.Random(i)
    zh = i % 2 == 0
    lang = "zh-CN" if zh else "en"
    title = f"智谱上市观察之{i}：资本市场迎来大模型公司" if zh else f"AI listing watch {i}"
    paras = _paragraphs(rng, _ZH if zh else _EN, i, 28 if zh else 36)
    meta = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": f"2026-01-{1 + i % 28:02d}T08:00:00+08:00",
        "author": {"@type": "Person", "name": "记者" if zh else "Staff reporter"},
        "inLanguage": lang,
    }
    nav = "".join(f'<li><a href="/channel/{n}">{name}</a></li>' for n, name in enumerate(_NAV))
    related = "".join(
        f'<li><a href="{article_url(base, (i + k) * 7)}">{title} ({k})</a></li>' for k in range(40)
    )
    head = (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{title}</title>"
        f'<meta property="og:title" content="{title}">'
        f'<meta property="og:type" content="article">'
        f'<meta property="og:url" content="{article_url(base, i)}">'
        f'<meta name="description" content="{paras[0][:120]}">'
        f'<script type="application/ld+json">{json.dumps(meta, ensure_ascii=False)}</script>'
        f"<style>{_CSS}</style></head>"
    )
    body = (
        f'<body><header><nav><ul class="nav">{nav}</ul></nav></header>'
        f'<main><article><h1 class="title">{title}</h1>'
        f'<div class="byline">{meta["author"]["name"]} · {meta["datePublished"][:10]}</div>'
        f'<div class="article-content">{"".join(f"<p>{p}</p>" for p in paras)}</div>'
        f'</article><aside><h2>Related</h2><ul class="related">{related}</ul></aside></main>'
        "<footer><p>Copyright 2026 Example News. All rights reserved.</p></footer>"
    )
    page = head + body
    pad = PAGE_BYTES - len(page.encode("utf-8")) - len("<script></script></body></html>")
    lines, n = [], 0
    while pad > 0:
        line = _SCRIPT_LINE.format(n)
        lines.append(line[:pad])
        pad -= len(line)
        n += 1
    return (page + f"<script>{''.join(lines)}</script></body></html>").encode("utf-8")


def sitemap(count: int, base: str) -> bytes:
    """A sitemap of the first `count` articles."""
    locs = "".join(f"<url><loc>{article_url(base, i)}</loc></url>" for i in range(count))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>'
    ).encode()


HITS: Counter[str] = Counter()  # article path -> times served
_HITS_LOCK = threading.Lock()
BUILT: dict[tuple[str, int], bytes] = {}  # (base URL, article number) -> its bytes
_BUILD = re.compile(r"^/_build\?pages=(\d+)$")


def _article(base: str, i: int) -> bytes:
    body = BUILT.get((base, i))
    return body if body is not None else article_page(i, base)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as a real server

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        base = f"http://{self.headers.get('Host', '127.0.0.1')}"
        path = self.path.split("?", 1)[0]
        if path == "/robots.txt":
            self._send(b"User-agent: *\nAllow: /\n", "text/plain")
        elif path == "/_hits":
            with _HITS_LOCK:
                self._send(json.dumps(dict(HITS)).encode(), "application/json")
        elif m := _ARTICLE.match(path):
            with _HITS_LOCK:
                HITS[path] += 1
            self._send(_article(base, int(m.group(1))), "text/html; charset=utf-8")
        elif m := _BUILD.match(self.path):
            BUILT.clear()  # only the run ahead's pages are kept (memory)
            BUILT.update(((base, i), article_page(i, base)) for i in range(int(m.group(1))))
            self._send(f"built {len(BUILT)}".encode(), "text/plain")
        elif m := _SITEMAP.match(path):
            self._send(sitemap(int(m.group(1)), base), "application/xml")
        else:
            self._send(b"not found", "text/plain", 404)

    def _send(self, body: bytes, ctype: str, status: int = 200) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.port), _Handler)
    server.daemon_threads = True
    print(f"PORT {server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
