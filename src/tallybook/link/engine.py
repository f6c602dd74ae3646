"""The probabilistic scorer: a Fellegi-Sunter model run by splink on DuckDB.

Callers hand over one table (dedupe) or two (link) as pandas frames with a `unique_id`
column, the comparisons and blocking rules; they get back the scored pairs. A model is either
trained on the data (u by random sampling, m by expectation maximisation, for large inputs) or
uses the m/u probabilities written into its comparisons (small stores, where EM cannot learn).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import duckdb
import pandas as pd
import pyarrow as pa

from tallybook.link import names

PAIR_COLUMNS = ("unique_id_l", "unique_id_r", "match_probability")


@dataclass
class LinkModel:
    comparisons: list[Any]
    blocking_rules: list[Any]
    prior: float = 0.001  # probability that two random records are the same person
    training_rules: list[Any] = field(default_factory=list)  # EM blocks; empty = fixed m/u
    u_max_pairs: float = 1e6


def connect(threads: int = 2, memory_limit: str | None = None) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection with tallybook's name comparison available as `tb_name_sim`."""
    con = duckdb.connect(":memory:")
    con.execute(f"SET threads = {int(threads)}")
    if memory_limit:
        con.execute(f"SET memory_limit = '{memory_limit}'")
    register_name_udf(con)
    return con


def register_name_udf(con: duckdb.DuckDBPyConnection) -> None:
    """Expose `names.similarity` to SQL, vectorised over Arrow batches."""

    def batch(a: pa.Array, b: pa.Array) -> pa.Array:
        left, right = a.to_pylist(), b.to_pylist()
        out = [
            None if x is None or y is None else names.similarity(x, y)
            for x, y in zip(left, right, strict=True)
        ]
        return pa.array(out, type=pa.float64())

    con.create_function(  # type: ignore[call-overload]
        "tb_name_sim",
        batch,
        [duckdb.sqltype("VARCHAR"), duckdb.sqltype("VARCHAR")],
        duckdb.sqltype("DOUBLE"),
        type="arrow",
        null_handling="special",
        side_effects=False,
    )


def predict(
    frames: Sequence[pd.DataFrame],
    model: LinkModel,
    *,
    threshold: float = 0.0,
    con: duckdb.DuckDBPyConnection | None = None,
    on_stage: Callable[[str], None] | None = None,
) -> pd.DataFrame:
    """Score candidate pairs. One frame: dedupe; two: link the first to the second
    (result has source_dataset_l/_r). Returns unique_id_l, unique_id_r, match_probability."""
    logging.getLogger("splink").setLevel(logging.ERROR)
    own = con is None
    con = con or connect()
    try:
        return _predict(frames, model, threshold, con, on_stage)
    finally:
        if own:
            con.close()


def _predict(
    frames: Sequence[pd.DataFrame],
    model: LinkModel,
    threshold: float,
    con: duckdb.DuckDBPyConnection,
    on_stage: Callable[[str], None] | None,
) -> pd.DataFrame:
    from splink import DuckDBAPI, Linker, SettingsCreator

    db_api = DuckDBAPI(connection=con)
    link_type: Literal["dedupe_only", "link_only"] = "dedupe_only" if len(frames) == 1 else "link_only"
    tables = [
        db_api.register(frame, table_name=f"tb_input_{i}_{id(frame)}") for i, frame in enumerate(frames)
    ]
    settings = SettingsCreator(
        link_type=link_type,
        comparisons=list(model.comparisons),
        blocking_rules_to_generate_predictions=list(model.blocking_rules),
        probability_two_random_records_match=model.prior,
        retain_matching_columns=False,
        retain_intermediate_calculation_columns=False,
    )
    linker = Linker(tables if len(tables) > 1 else tables[0], settings, log_level=None)
    if model.training_rules:
        if on_stage:
            on_stage("estimating u")
        linker.training.estimate_u_using_random_sampling(max_pairs=model.u_max_pairs, seed=1)
        for rule in model.training_rules:
            if on_stage:
                on_stage("estimating m")
            linker.training.estimate_parameters_using_expectation_maximisation(rule)
    if on_stage:
        on_stage("scoring pairs")
    result = linker.inference.predict(threshold_match_probability=threshold, warning_mode="never")
    frame: pd.DataFrame = result.as_pandas_dataframe()  # type: ignore[no-untyped-call]
    keep = [c for c in frame.columns if c in PAIR_COLUMNS or c.startswith("source_dataset")]
    return frame[keep]
