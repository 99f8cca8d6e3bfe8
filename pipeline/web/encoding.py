"""Bytes -> text: a page's encoding read from its bytes, its declarations and its script.

`decode_body` tries, in turn: a byte-order mark, strict UTF-8 (most pages, returned at once
with the body kept for the parser), the declared charsets (HTTP header, then <meta>) when the
bytes decode under them, GB18030 when high bytes pair as in GBK text, the least damaged
candidate, charset_normalizer's guess, else UTF-8 with replacement characters.
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]+?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I | re.S)
_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "cp936": "gb18030",
    "euc-cn": "gb18030",
    "big5": "big5hkscs",
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "utf8": "utf-8",
    "unicode": "utf-8",
}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_HIGH_PAIR = re.compile(rb"[\x81-\xfe][\x00-\xff]", re.S)
_LOW_BYTES = bytes(range(0x80))
_MAX_REPLACED = 0.005  # a declared/likely codec may leave this share of bytes undecodable


def _codec(name: str | bytes | None) -> str | None:
    if not name:
        return None
    text = name.decode("ascii", "ignore") if isinstance(name, bytes) else name
    text = _ALIASES.get(text.strip().lower(), text.strip().lower())
    try:
        return codecs.lookup(text).name
    except LookupError:
        return None


def _declared(body: bytes, content_type: str | None) -> list[str]:
    found = []
    header = _HEADER_CHARSET.search(content_type or "")
    found.append(_codec(header.group(1)) if header else None)
    meta = _META_CHARSET.search(body[:8192])
    found.append(_codec(meta.group(1)) if meta else None)
    return [name for name in found if name and not name.startswith("utf-16")]


def _lenient(body: bytes, candidates: list[str]) -> tuple[str, str] | None:
    """The candidate leaving the fewest undecodable bytes, if they are few (damaged pages)."""
    best: tuple[int, str, str] | None = None
    for name in candidates:
        text = body.decode(name, "replace")
        bad = text.count("\ufffd")
        if best is None or bad < best[0]:
            best = (bad, text, name)
    if best is not None and best[0] <= max(2, len(body) * _MAX_REPLACED):
        return best[1], best[2]
    return None


def _looks_double_byte(body: bytes) -> bool:
    """True when high bytes come in high-high pairs, as in GBK text (not Latin-1 accents)."""
    pairs = b"".join(_HIGH_PAIR.findall(body[:200_000]))
    seconds = pairs[1::2]  # the byte after each high byte; counted at C speed below
    strong = len(seconds.translate(None, _LOW_BYTES))
    return bool(seconds) and strong >= 0.8 * len(seconds)


def _strict(body: bytes, names: list[str]) -> tuple[str, str] | None:
    for name in names:
        try:
            return body.decode(name), name
        except UnicodeDecodeError:
            continue
    return None


class Decoded(NamedTuple):
    """A page's markup as text, the codec read, and `utf8`: the body itself when it is the
    text's exact UTF-8 encoding (it decoded as strict UTF-8), which the parser then reads
    instead of the text (`web.html.parse_document`)."""

    text: str
    codec: str
    utf8: bytes | None = None


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode page bytes -> (text, codec name): BOM, valid UTF-8, the declared charset
    (header, then <meta>), GB18030, charset_normalizer, else UTF-8 with replacement.

    A declaration is only trusted when the bytes decode under it: pages declaring UTF-8
    but sent in GBK (legacy Sohu) come out right. Valid UTF-8 returns at once (most pages):
    the declarations and the double-byte sniffing are only read for the others.
    """
    text, codec, _ = decode_body(body, content_type)
    return text, codec


def decode_body(body: bytes, content_type: str | None = None) -> Decoded:
    """`decode_html`, with the body kept as `utf8` when it decoded as strict UTF-8."""
    for bom, name in _BOMS:
        if body.startswith(bom):
            marked = _under_bom(body, name)
            if marked is not None:
                return marked
            body = body[len(bom) :]  # a mark the bytes after it belie: read them unmarked
            break
    try:
        return Decoded(body.decode("utf-8"), "utf-8", body if isinstance(body, bytes) else None)
    except UnicodeDecodeError:
        pass
    declared = _declared(body, content_type)
    multibyte = [n for n in dict.fromkeys(["utf-8", *declared]) if n != "cp1252"]
    if "gb18030" not in multibyte and _looks_double_byte(body):
        multibyte.append("gb18030")
    decoded = _strict(body, multibyte[1:])
    if decoded:
        return Decoded(*decoded)
    if "cp1252" in declared:
        return Decoded(body.decode("cp1252", "replace"), "cp1252")
    damaged = _lenient(body, multibyte)
    if damaged:
        return Decoded(*damaged)
    guessed = _guess(body)
    if guessed:
        return Decoded(*guessed)
    return Decoded(body.decode("utf-8", "replace"), "utf-8")


def _under_bom(body: bytes, name: str) -> Decoded | None:
    """`body` read under the codec its byte-order mark names, or None when the bytes after the
    mark belie it: UTF-8 text leaving more undecodable bytes than a damaged page does (a GBK
    page a server prefixed with the UTF-8 mark: 70-80% of its text came out replaced and the
    page was rejected undecodable), or no NUL byte among the first 4 KB after a UTF-16 mark
    (UTF-16 markup sets one beside every ASCII character: a UTF-8 or GBK page behind a stray
    UTF-16 mark came out as CJK-looking noise with no title)."""
    if name == "utf-16":
        return Decoded(body.decode(name, "replace"), name) if b"\0" in body[2:4098] else None
    text = body.decode(name, "replace")
    if text.count("\ufffd") <= max(2, len(body) * _MAX_REPLACED):
        return Decoded(text, name)
    return None


def _guess(body: bytes) -> tuple[str, str] | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return None
    best = from_bytes(body).best()
    if best is None:
        return None
    return str(best), _codec(best.encoding) or best.encoding


def undo_mojibake(decoded: Decoded, content_type: str | None = None) -> Decoded | None:
    """The page read again when its UTF-8 is mojibake: a page in a declared multibyte charset
    (GB2312, Shift_JIS, ...) read as ISO-8859-1 or Windows-1252 and saved as UTF-8 ("Ã\x96Â¹"
    for Han), once or more. Each layer is undone (each character back to its one byte; the
    five bytes Windows-1252 leaves undefined kept as the control characters they became)
    while the bytes are UTF-8 again, then they are decoded under the charset the page
    declares. None when the text is not such (a character beyond Windows-1252, no multibyte
    charset declared, or the bytes do not decode under it). Called only for a page whose
    text came out undecodable (it costs a few passes over the page)."""
    if decoded.codec != "utf-8":
        return None
    text = decoded.text
    for _ in range(_MOJIBAKE_LAYERS):
        if text.isascii():
            return None
        raw = _single_bytes(text)
        if raw is None:
            return None
        try:
            text = raw.decode("utf-8")  # one more layer
            continue
        except UnicodeDecodeError:
            pass
        declared = [n for n in _declared(raw, content_type) if n not in ("utf-8", "cp1252")]
        found = _strict(raw, declared)
        return Decoded(*found) if found else None
    return None


_MOJIBAKE_LAYERS = 3


def _single_bytes(text: str) -> bytes | None:
    """`text` back in the one-byte charset it was read in: ISO-8859-1 when every character is
    below U+0100, else Windows-1252 with a C1 control character (U+0081 ...) as its byte.
    Encoded run by run at C speed (the runs between C1 controls, the controls as their bytes):
    a loop over the characters cost a second a megabyte."""
    try:
        return text.encode("latin-1")
    except UnicodeEncodeError:
        pass
    parts = _C1_RUN.split(text)  # text, controls, text, ...: the controls at odd places
    try:
        return b"".join(
            part.encode("latin-1" if i % 2 else "cp1252") for i, part in enumerate(parts)
        )
    except UnicodeEncodeError:
        return None


_C1_RUN = re.compile("([\x80-\x9f]+)")
