"""A video player printed as text inside the article (`classwords`: the player's control bar
dropped, its box unless it holds prose; `cjklines`: its failure notice, error code and
length lines). Pages and lines we wrote ourselves, after the kind found on modern Chinese
portals: a clip above a short story, its controls and error box printed when the script
does not run."""

from __future__ import annotations

import pytest

from pipeline.maintext.cjklines import is_cjk_site_line
from pipeline.maintext.core import own_paragraphs
from pipeline.web.html import boilerplate_kind, parse

STORY = [
    "本网讯 市文化馆周五宣布，本月起每周六晚将在广场举办露天电影放映，首场放映经典老片。",
    "文化馆负责人表示，放映活动免费向市民开放，现场还将设置志愿者服务点，方便老人和儿童。",
]

CONTROLS = (
    "<div class='playerControl'><div class='controlLeft'><span class='playerTime'>"
    "<span>00:00</span>/<span>00:00</span></span><span>直播</span></div>"
    "<div class='controlRight'><span>倍速</span><ul><li>2.0X</li><li>1.5X</li><li>1.0X</li>"
    "</ul><span>高清</span><ul><li>超清</li><li>高清</li><li>标清</li></ul>"
    "<span>循环播放</span><span>跳过片头</span></div></div>"
)
ERROR_BOX = (
    "<div class='errorWrap'><div>很抱歉，当前视频播放失败</div>"
    "<div>错误代码：<span>XYZ.1234</span></div></div>"
)


def _page(player: str, box_class: str = "video-player") -> str:
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        "<html><head><title>广场露天电影每周六放映</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/news'>新闻</a></div>"
        "<div class='content'><h1>广场露天电影每周六放映</h1>"
        f"<div class='{box_class}'><div class='inner'>{player}</div></div>"
        f"{paras}</div></body></html>"
    )


def test_a_players_controls_and_error_box_are_not_text() -> None:
    assert own_paragraphs(_page(CONTROLS + ERROR_BOX)) == STORY


def test_a_control_bar_goes_in_a_box_of_any_name() -> None:
    assert own_paragraphs(_page(CONTROLS, box_class="clip-wrap")) == STORY


def test_a_clip_description_in_the_players_box_stays() -> None:
    description = (
        "<p>这段视频记录了去年夏天广场放映的现场：数百名市民自带板凳前来观看，"
        "孩子们在银幕前追逐嬉戏，放映持续到深夜，许多老人说这让他们想起了年轻时的露天影院。</p>"
    )
    paras = own_paragraphs(_page(CONTROLS + description))
    assert any(p.startswith("这段视频记录了") for p in paras)
    assert not any("倍速" in p or "循环播放" in p for p in paras)


@pytest.mark.parametrize(
    "line",
    [
        "很抱歉，当前视频播放失败",
        "视频加载失败！",
        "错误代码：QVS.4100",
        "时长：01:45建议WIFI下打开",
    ],
)
def test_a_players_own_lines_are_site_lines(line: str) -> None:
    assert is_cjk_site_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "他说视频播放失败后，观众陆续散去",
        "比赛时长：90分钟",
        "错误代码：系统升级",
    ],
)
def test_sentences_about_a_video_stay(line: str) -> None:
    assert not is_cjk_site_line(line)


def _kind(cls: str) -> str:
    doc = parse(f"<html><body><div class='{cls}'>x</div></body></html>")
    assert doc is not None
    return boilerplate_kind(doc.find(".//div"))


@pytest.mark.parametrize("cls", ["playerControl", "player-controls", "vjs-control-bar"])
def test_a_control_bar_is_strong_furniture(cls: str) -> None:
    assert _kind(cls) == "strong"


@pytest.mark.parametrize("cls", ["video-player", "mplayer", "audio_player"])
def test_a_players_box_is_layout_furniture(cls: str) -> None:
    assert _kind(cls) == "layout"


@pytest.mark.parametrize("cls", ["player-stats", "player-name", "team-players"])
def test_a_sports_pages_player_classes_name_none(cls: str) -> None:
    assert _kind(cls) == ""
