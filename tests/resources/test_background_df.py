import gzip
import json

from lagebild.resources import build_background_df
from lagebild.stages.cluster import load_background
from tests.conftest import shared_path


def test_packaged_background_loads():
    docs, df = load_background()
    assert docs > 500 and len(df) > 5000
    assert max(df.values()) <= docs
    assert df.get("stadt", 0) > 20


def test_build_script_rebuilds_the_shipped_file():
    folder = shared_path("data", "europeana_ner")
    shipped = json.loads(gzip.decompress(build_background_df.OUT.read_bytes()))
    assert build_background_df.build(folder) == shipped
