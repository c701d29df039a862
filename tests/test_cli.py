import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lagebild.cli import build_parser, main
from tests.corpus_builder import write_corpus

REPO = Path(__file__).resolve().parents[1]


def _commands():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return sub.choices


def test_every_command_has_help_with_an_example(capsys):
    for name, sub in _commands().items():
        text = sub.format_help()
        assert "example" in text.lower(), name
        assert sub.description, name


def test_every_command_is_documented_in_the_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for name in _commands():
        assert f"lagebild {name}" in readme


def test_analyze_writes_every_format_and_names_bad_files(tmp_path, capsys):
    write_corpus(tmp_path / "in")
    outs = [tmp_path / "out" / f"d.{ext}" for ext in ("json", "md", "html")]
    args = ["analyze", str(tmp_path / "in"), "--db", str(tmp_path / "s.db")]
    for out in outs:
        args += ["--out", str(out)]
    assert main(args) == 0
    captured = capsys.readouterr()
    assert "image.txt" in captured.err and "binary" in captured.err
    assert "empty.txt" in captured.err
    assert "report written to" in captured.out
    assert all(o.exists() and o.stat().st_size > 0 for o in outs)
    assert len(json.loads(outs[0].read_text(encoding="utf-8"))["articles"]) == 7


def test_quiet_prints_only_problems(tmp_path, capsys):
    write_corpus(tmp_path / "in")
    assert main(["analyze", str(tmp_path / "in"), "--out", str(tmp_path / "d.json"), "--quiet"]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "image.txt" in captured.err


def test_nothing_readable_is_an_error(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["analyze", str(tmp_path), "--out", str(tmp_path / "d.json")]) == 1
    assert "no article" in capsys.readouterr().err


def test_bad_output_suffix_and_bad_setting_are_plain_errors(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Ein Text.", encoding="utf-8")
    assert main(["analyze", str(tmp_path), "--out", str(tmp_path / "d.pdf")]) == 2
    assert "must end in" in capsys.readouterr().err
    assert main(["analyze", str(tmp_path), "--set", "cluster.nope=1"]) == 2
    assert "unknown setting" in capsys.readouterr().err


def test_missing_path_is_named(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Ein Text über Regen in Berlin.", encoding="utf-8")
    assert main(["analyze", str(tmp_path), str(tmp_path / "nope"), "--out", str(tmp_path / "d.json")]) == 0
    assert "nope: does not exist" in capsys.readouterr().err


@pytest.mark.parametrize("entry", [["-m", "lagebild"]])
def test_python_dash_m_works(entry):
    out = subprocess.run([sys.executable, *entry, "analyze", "--help"], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(REPO / "src")})
    assert out.returncode == 0 and "lagebild analyze" in out.stdout


def test_dates_prints_exactly_the_five_keys_with_offsets_into_the_file(tmp_path, capsys):
    text = "Kiew, 12. November 2024\r\nAm Montag hat Kim das Dekret unterzeichnet; vor sieben Jahren nicht.\r\n"
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("utf-8"))
    assert main(["dates", str(path), "--reference", "2024-11-13"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [set(o) for o in lines] == [{"start", "end", "text", "value", "precision"}] * 3
    assert all(text[o["start"]:o["end"]] == o["text"] for o in lines)
    assert [o["value"] for o in lines] == ["2024-11-12", "2024-11-11", "2017"]


def test_dates_verbose_and_modes(tmp_path, capsys):
    path = tmp_path / "h.txt"
    path.write_text("Am 3. Mai 1945 fiel Berlin. Heute erinnert ein Denkmal daran. Am Dienstag.", encoding="utf-8")
    assert main(["dates", str(path), "--mode", "narrative", "--verbose"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o["value"] for o in lines] == ["1945-05-03", "PRESENT_REF", "1945-05-08"]
    assert {"kind", "mod", "interval", "reason"} <= set(lines[0])
    assert main(["dates", str(path)]) == 0  # news mode, no reference: nothing is guessed
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o["value"] for o in lines] == ["1945-05-03", None, None]


def test_dates_names_a_missing_or_binary_file_and_a_bad_reference(tmp_path, capsys):
    assert main(["dates", str(tmp_path / "nope.txt")]) == 2
    assert "nope.txt" in capsys.readouterr().err
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    assert main(["dates", str(binary)]) == 1
    assert "b.txt" in capsys.readouterr().err
    ok = tmp_path / "ok.txt"
    ok.write_text("heute", encoding="utf-8")
    assert main(["dates", str(ok), "--reference", "13.11.2024"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
