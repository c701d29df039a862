"""Every public name has a docstring, and the README's two set-up commands are there."""

import inspect
import re

import lagebild
from tests.conftest import REPO


def test_public_api_is_sorted_and_documented():
    assert lagebild.__all__ == sorted(lagebild.__all__)
    for name in lagebild.__all__:
        obj = getattr(lagebild, name)
        if inspect.isfunction(obj) or inspect.isclass(obj):
            assert inspect.getdoc(obj), f"lagebild.{name} has no docstring"


def test_readme_has_the_two_setup_commands_and_ci_calls_the_test_one():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)\n```", readme, re.S)
    assert any("lagebild analyze examples/corpus" in b and ".venv" in b for b in blocks)
    test_cmd = next(b for b in blocks if "pytest" in b)
    assert test_cmd.strip() in (REPO / ".ci" / "run").read_text(encoding="utf-8")
