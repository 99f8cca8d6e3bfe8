"""The command line: help texts, and bad input that exits 2 with a message naming it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.app.cli import build_parser, main

COMMANDS = ["demo", "run", "crawl", "process", "extract", "brief", "factcheck", "models", "eval"]


def test_top_level_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    for command in COMMANDS:
        assert command in out
    assert "exit codes" in out


@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_says_what_it_does(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main([command, "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    sub = build_parser()._subparsers._group_actions[0].choices[command]  # type: ignore[union-attr]
    assert sub.description and sub.description.split()[0] in out


def test_missing_file_exits_2_naming_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope.html"
    assert main(["extract", str(missing)]) == 2
    assert str(missing) in capsys.readouterr().err


def test_unknown_story_exits_2_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["run", "no-such-story", "--db", str(tmp_path / "db.sqlite3"), "--out", str(tmp_path)]
    )
    assert code == 2
    err = capsys.readouterr().err
    assert "no-such-story" in err and "unknown story" in err


def test_invalid_story_config_exits_2_naming_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(
        'id = "x"\ntitle_hint = "t"\nkeywords = ["a"]\ncolour = "red"\n', encoding="utf-8"
    )
    assert main(["run", str(bad), "--db", str(tmp_path / "db.sqlite3")]) == 2
    err = capsys.readouterr().err
    assert "bad.toml" in err and "colour" in err


def test_invalid_overlay_config_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    overlay = tmp_path / "overlay.toml"
    overlay.write_text("[crawl]\nmax_pages = 'many'\n", encoding="utf-8")
    code = main(
        [
            "demo",
            "--config",
            str(overlay),
            "--db",
            str(tmp_path / "db.sqlite3"),
            "--out",
            str(tmp_path),
        ]
    )
    assert code == 2
    err = capsys.readouterr().err
    assert "overlay.toml" in err and "max_pages" in err


def test_missing_replay_archive_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "run",
            "zhipu-ipo",
            "--replay",
            str(tmp_path / "gone.warc.gz"),
            "--db",
            str(tmp_path / "db.sqlite3"),
            "--out",
            str(tmp_path),
        ]
    )
    assert code == 2
    assert "gone.warc.gz" in capsys.readouterr().err


def test_console_script_starts_without_heavy_imports() -> None:
    """`newsbrief --help` must not import scrapy, transformers or torch (fast start)."""
    code = (
        "import sys; from pipeline.app.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('scrapy', 'transformers', 'torch') if m in sys.modules]\n"
        "print('HEAVY=' + ','.join(heavy))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip().splitlines()[-1] == "HEAVY="


def test_missing_model_fails_before_crawling(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_HOME", str(tmp_path / "empty-hf"))
    code = main(
        [
            "demo",
            "--backend",
            "llm",
            "--offline",
            "--db",
            str(tmp_path / "db.sqlite3"),
            "--out",
            str(tmp_path / "out"),
        ]
    )
    assert code == 1
    err = capsys.readouterr().err
    assert "newsbrief models pull" in err
    assert not (tmp_path / "db.sqlite3").exists()  # nothing was crawled or stored


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        ([], "newsbrief: error: the following arguments are required: COMMAND"),
        (["bogus"], "newsbrief: error: argument COMMAND: invalid choice: 'bogus'"),
        (["run"], "newsbrief run: error: the following arguments are required: story"),
        (["factcheck", "b.md"], "newsbrief factcheck: error: the following arguments are required"),
        (["brief", "a.jsonl", "--story", "s", "--backend", "nope"], "argument --backend"),
        (["crawl", "https://example.org/", "--bogus"], "unrecognized arguments: --bogus"),
    ],
)
def test_a_usage_error_is_one_line(
    argv: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """What is wrong and where the help is, exit 2, as any bad input (argparse printed its
    usage block first: three lines and more)."""
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and said in err and "-h)" in err, err


@pytest.mark.parametrize("option", ["--db", "--archive"])
def test_brief_offers_no_option_it_would_ignore(
    option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`brief` reads its articles from a file: it neither opens a store nor fetches. It took
    --db and --archive and ignored them (a typo'd store went unnoticed)."""
    with pytest.raises(SystemExit) as exited:
        main(["brief", "a.jsonl", "--story", "zhipu-ipo", option, "x"])
    assert exited.value.code == 2 and f"unrecognized arguments: {option}" in capsys.readouterr().err
    brief = build_parser()._subparsers._group_actions[0].choices["brief"]  # type: ignore[union-attr]
    run = build_parser()._subparsers._group_actions[0].choices["run"]  # type: ignore[union-attr]
    assert option not in brief.format_help() and option in run.format_help()


@pytest.mark.parametrize(("verbosity", "shown"), [(-1, False), (0, False), (1, True)])
def test_the_fallback_extractors_errors_show_from_v_on(
    verbosity: int, shown: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    """trafilatura logs a page it cannot read at ERROR ("empty HTML tree"): our reject of the
    page says so already, and those lines reached every user of `factcheck --sources`."""
    import logging

    from pipeline.app.cli import setup_logging

    fallback = logging.getLogger("trafilatura")
    level = fallback.level
    setup_logging("text", verbosity)
    try:
        logging.getLogger("trafilatura.core").error("empty HTML tree: None")
        logging.getLogger("pipeline.extract").warning("ours")
        err = capsys.readouterr().err
        assert ("empty HTML tree" in err) is shown and "ours" in err
    finally:
        fallback.setLevel(level)


def test_json_log_format_keeps_every_stderr_line_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Under --log-format json, the lines a crawl says besides its log (each URL that
    failed, what it wrote) were plain text among the JSON lines."""
    import json

    out = tmp_path / "a.jsonl"
    code = main(["--log-format", "json", "crawl", "http://127.0.0.1:9/a", "--out", str(out)])
    assert code == 3  # the address guard refuses loopback: a refused page, no outage
    lines = capsys.readouterr().err.strip().splitlines()
    records = [json.loads(line) for line in lines]
    said = [r["message"] for r in records if r["logger"] == "newsbrief.say"]
    assert any(m.startswith("error: http://127.0.0.1:9/a: ") for m in said), said
    assert any(m.startswith("wrote 0 article(s)") for m in said), said


def test_a_reader_that_stops_early_ends_the_command_quietly() -> None:
    """`newsbrief process ARCHIVE | head`: the pipe closes under the writer. That was an
    internal error (BrokenPipeError, exit 1); it ends as a command killed by SIGPIPE does:
    exit 141, nothing on stderr but the log."""
    import subprocess
    import sys

    demo = Path(__file__).resolve().parents[1] / "pipeline" / "demo"
    child = subprocess.Popen(
        [sys.executable, "-m", "pipeline.app.cli", "-q", "process", str(demo)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None and child.stderr is not None
    assert child.stdout.read(100)
    child.stdout.close()
    err = child.stderr.read().decode()
    child.stderr.close()
    assert child.wait(timeout=120) == 141, err
    assert "Traceback" not in err and "internal error" not in err and "Broken pipe" not in err
