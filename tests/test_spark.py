"""brandlint on a local Spark: `mapInPandas` over a DataFrame of messages gives the
diagnostics `brandlint check` gives on the same rows (needs the `spark` extra and Java;
.ci/run installs the extra and sets BRANDLINT_REQUIRE_SPARK so that CI cannot skip it)."""

from __future__ import annotations

import csv
import json
import os
import sys

import pytest

from brandlint.cli import main
from tests.conftest import PROFILES, ROOT

pytestmark = pytest.mark.slow
BATCH = ROOT / "corpora" / "lego" / "campagne-noel.csv"


@pytest.fixture(scope="module")
def spark():
    if os.environ.get("BRANDLINT_REQUIRE_SPARK"):
        import pyspark  # noqa: F401  (CI: a missing extra is a failure, not a skip)
    else:
        pytest.importorskip("pyspark")
        pytest.importorskip("pyarrow")
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable  # workers run this environment
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (SparkSession.builder.master("local[2]").appName("brandlint-test")
               .config("spark.ui.enabled", "false")
               .config("spark.sql.shuffle.partitions", "2")
               .getOrCreate())
    yield session
    session.stop()


def test_spark_rows_are_the_command_line_findings(spark, tmp_path, monkeypatch, capsys):
    from brandlint.api import FIELDS
    from brandlint.spark import check_dataframe, spark_schema

    with BATCH.open(encoding="utf-8", newline="") as file:
        records = [{"id": r["id"], "channel": r["channel"], "text": r["text"],
                    "noqa": r["noqa"]} for r in csv.DictReader(file)]
    messages = spark.createDataFrame(records,
                                     "id string, channel string, text string, noqa string")
    messages = messages.repartition(2)  # two workers, each loading its own Checker
    rows = check_dataframe(messages, str(PROFILES["fr"])).collect()

    monkeypatch.chdir(tmp_path)
    main(["check", str(BATCH), "--profile", str(PROFILES["fr"]), "--format", "json",
          "--no-cache"])
    report = json.loads(capsys.readouterr().out)
    expected = sorted((d["id"], d["code"], d["severity"], d["message"], d["text"])
                      for document in report["documents"] for d in document["diagnostics"])
    got = sorted((r["id"], r["code"], r["severity"], r["message"], r["text"]) for r in rows)
    assert got == expected and len(expected) > 10
    assert tuple(rows[0].asDict()) == FIELDS
    assert spark_schema().startswith("`id` STRING, `channel` STRING")
