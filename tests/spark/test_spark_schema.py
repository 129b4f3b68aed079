"""Unsigned 64-bit values cross from Python to the JVM as signed longs and are written as exact decimals."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.spark


def test_unsigned_values_round_trip_exactly(spark):
    from newsgraph.runners.spark_schema import carrier_converter, carrier_schema, unsigned_frame, spark_type
    from newsgraph.store import schema

    table = schema.TABLES["articles"]
    values = [0, 1, 2**32, 2**63 - 1, 2**63, 2**64 - 1]
    row = tuple(values if c == "minhash" else None for c, _ in table.columns)
    frame = spark.createDataFrame([carrier_converter(table)(row)], carrier_schema(table))
    back = unsigned_frame(frame, table)
    assert back.schema["minhash"].dataType.elementType == spark_type("UBIGINT")
    assert [int(v) for v in back.select("minhash").collect()[0][0]] == values
