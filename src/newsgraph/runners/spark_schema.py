"""Spark schemas of the store's tables, built from ``newsgraph.store.schema`` (the one declaration).

Each DuckDB type maps to the Spark type whose Parquet form DuckDB reads back as the same
type. The one type Spark lacks is ``UBIGINT`` (the MinHash signature): it is written as
``DECIMAL(20,0)``, which holds every unsigned 64-bit value exactly, and ``newsgraph import``
casts it back to ``UBIGINT[]``.

Tables with a ``language`` column are partitioned by language and by the month of their
first DATE column (``month=YYYY-MM``, ``month=unknown`` when the date is missing): the
columns a backfill is queried by, and a layout Spark SQL and DuckDB both prune on.
"""
from __future__ import annotations

import decimal
from typing import Callable

from newsgraph.store import schema
from newsgraph.store.schema import Table

#: The month partition column added to partitioned tables; not a column of the store.
MONTH = "month"
#: Month value of rows without a date.
NO_MONTH = "unknown"


def spark_type(duckdb_type: str):
    """The Spark SQL type for one DuckDB column type."""
    from pyspark.sql import types as T

    scalar = {
        "VARCHAR": T.StringType(), "INTEGER": T.IntegerType(), "BIGINT": T.LongType(),
        "DOUBLE": T.DoubleType(), "BOOLEAN": T.BooleanType(), "DATE": T.DateType(),
        "TIMESTAMP": T.TimestampType(), "UBIGINT": T.DecimalType(20, 0),
    }
    if duckdb_type.endswith("[]"):
        return T.ArrayType(spark_type(duckdb_type[:-2]), containsNull=True)
    try:
        return scalar[duckdb_type]
    except KeyError as err:
        raise ValueError(f"no Spark type for DuckDB type {duckdb_type!r}") from err


def spark_schema(table: Table):
    """The StructType of ``table``: same column names, same order, nullable like DuckDB's."""
    from pyspark.sql import types as T

    return T.StructType([T.StructField(c, spark_type(t), nullable=True) for c, t in table.columns])


def row_converter(table: Table) -> Callable[[tuple], tuple]:
    """A function making one row of ``table`` acceptable to its Spark schema.

    Only the unsigned columns need it (Python ints -> Decimal); other rows pass unchanged.
    """
    fixes = [(i, t) for i, (_, t) in enumerate(table.columns) if t.startswith("UBIGINT")]
    if not fixes:
        return lambda row: row

    def convert(row: tuple) -> tuple:
        values = list(row)
        for i, t in fixes:
            v = values[i]
            if v is None:
                continue
            values[i] = [decimal.Decimal(x) for x in v] if t.endswith("[]") else decimal.Decimal(v)
        return tuple(values)

    return convert


#: 2**64, and the first unsigned 64-bit value a signed long cannot hold.
_WRAP, _SIGNED_MAX = 1 << 64, 1 << 63


def carrier_schema(table: Table):
    """``table``'s StructType with unsigned columns as signed longs (their two's complement).

    What a row crosses from Python to the JVM in: 64 minhash values as longs pickle and
    unpickle far cheaper than as decimals. :func:`unsigned_frame` turns them back.
    """
    from pyspark.sql import types as T

    def carried(t: str):
        if t.startswith("UBIGINT"):
            return T.ArrayType(T.LongType(), containsNull=True) if t.endswith("[]") else T.LongType()
        return spark_type(t)

    return T.StructType([T.StructField(c, carried(t), nullable=True) for c, t in table.columns])


def carrier_converter(table: Table) -> Callable[[tuple], tuple]:
    """A function making one row of ``table`` fit :func:`carrier_schema` (unsigned -> signed)."""
    fixes = [(i, t) for i, (_, t) in enumerate(table.columns) if t.startswith("UBIGINT")]
    if not fixes:
        return lambda row: row
    signed = lambda v: v - _WRAP if v >= _SIGNED_MAX else v  # noqa: E731

    def convert(row: tuple) -> tuple:
        values = list(row)
        for i, t in fixes:
            v = values[i]
            if v is not None:
                values[i] = [None if x is None else signed(x) for x in v] if t.endswith("[]") else signed(v)
        return tuple(values)

    return convert


def unsigned_frame(frame, table: Table):
    """``frame`` (columns of :func:`carrier_schema`) with the unsigned columns as ``DECIMAL(20,0)``, exact."""
    from pyspark.sql import functions as F

    decimal_type = spark_type("UBIGINT")
    wrap = F.lit(decimal.Decimal(_WRAP))

    def unsigned(x):
        value = x.cast(decimal_type)
        return F.when(x < 0, (value + wrap).cast(decimal_type)).otherwise(value)

    for column, t in table.columns:
        if t == "UBIGINT[]":
            frame = frame.withColumn(column, F.transform(F.col(column), unsigned))
        elif t == "UBIGINT":
            frame = frame.withColumn(column, unsigned(F.col(column)))
    return frame


def partition_columns(table: Table) -> tuple[str, ...]:
    """``("language", "month")`` for tables with a language column, else ``()``."""
    names = table.column_names
    return ("language", MONTH) if "language" in names else ()


def month_source(table: Table) -> str | None:
    """The DATE column the month partition is taken from (the table's first), or None."""
    return next((c for c, t in table.columns if t == "DATE"), None)


def import_select(table: Table, *, available: set[str]) -> str:
    """The SELECT list that reads ``table``'s Parquet back with the store's exact types.

    Columns missing from the files (an older run) read as NULL of the right type.
    """
    parts = []
    for column, duckdb_type in table.columns:
        source = f'"{column}"' if column in available else "NULL"
        parts.append(f'CAST({source} AS {duckdb_type}) AS "{column}"')
    return ", ".join(parts)


def tables() -> dict[str, Table]:
    """Every table the store declares, by name."""
    return dict(schema.TABLES)
