"""brandlint on Apache Spark: a DataFrame of messages in, a DataFrame of diagnostics out.

    from brandlint.spark import check_dataframe

    messages = spark.read.json("s3://…/campaign/*.jsonl")      # columns id, channel, text
    diagnostics = check_dataframe(messages, "profiles/lego.yaml")
    diagnostics.write.parquet("s3://…/campaign-diagnostics/")

Each executor's Python worker builds one Checker (profile, rules, spaCy model) with the
first Arrow batch it receives and reuses it for the following ones (`mapInPandas`
streams batches through one Python function per partition, and `checker_for` keeps
the Checker for the life of the worker process). The rows are brandlint.api's, with
the Spark types of `spark_schema()`. Install with `pip install 'brandlint[spark]'`;
the profile file must be readable at the same path on every executor (ship it with
`spark.sparkContext.addFile` and pass `SparkFiles.get(name)`, or use shared storage).
"""

from __future__ import annotations

from collections.abc import Iterator

from brandlint.api import FIELDS, SCHEMA

_SPARK_TYPES = {str: "STRING", int: "INT"}


def spark_schema() -> str:
    """The diagnostic rows' schema as a Spark DDL string (column names quoted)."""
    return ", ".join(f"`{name}` {_SPARK_TYPES[kind]}" for name, kind in SCHEMA)


def check_batches(batches: Iterator, profile_path: str, id_column: str = "id",
                  channel_column: str = "channel", text_column: str = "text",
                  noqa_column: str | None = "noqa") -> Iterator:
    """The `mapInPandas` function: pandas batches of messages in, of diagnostics out."""
    import pandas as pd

    from brandlint.api import checker_for

    checker = checker_for(profile_path)
    for batch in batches:
        columns = {"id": id_column, "channel": channel_column, "text": text_column}
        if noqa_column and noqa_column in batch.columns:
            columns["noqa"] = noqa_column
        present = {key: name for key, name in columns.items() if name in batch.columns}
        records = ({key: _value(row[name]) for key, name in present.items()}
                   for _, row in batch.iterrows())
        rows = list(checker.check_records(records))
        frame = pd.DataFrame(rows, columns=list(FIELDS))
        for name, kind in SCHEMA:
            if kind is int:
                frame[name] = frame[name].astype("Int32")
        yield frame


def check_dataframe(messages, profile_path: str, **columns):
    """Every diagnostic of `messages` (a Spark DataFrame with `id`, `channel`, `text`
    columns, or the names given as `id_column=`, `channel_column=`, `text_column=`)."""
    def run(batches):
        return check_batches(batches, profile_path, **columns)

    return messages.mapInPandas(run, spark_schema())


def _value(value):
    """pandas gives NaN/None for missing cells; the records want None."""
    try:
        import pandas as pd

        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value
