#!/usr/bin/env python3
"""Runs one DuckDB script on a Scrutin bundle and reports its time, for `scrutin bench`.

    python3 bench.py BUNDLE SCRIPT.sql [--outcomes FILE] [--threads N]

Prints one JSON object: wall and CPU seconds of the script (reading the CSVs included, Python's
start-up excluded), the process's peak resident memory, and the number of constituencies.
With --outcomes, writes `constituency,status,lists` sorted by constituency, the format that
`scrutin bench` compares with its own.
"""
import argparse
import json
import os
import resource
import time

import duckdb


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("bundle")
    parser.add_argument("script")
    parser.add_argument("--outcomes")
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    args = parser.parse_args()
    sql = open(args.script, encoding="utf-8").read()
    outcomes = os.path.abspath(args.outcomes) if args.outcomes else None
    os.chdir(args.bundle)
    connection = duckdb.connect(config={"threads": args.threads})
    start_wall, start_cpu = time.perf_counter(), time.process_time()
    connection.execute(sql)
    count = connection.execute("SELECT count(*) FROM outcomes").fetchone()[0]
    wall, cpu = time.perf_counter() - start_wall, time.process_time() - start_cpu
    if outcomes:
        rows = connection.execute(
            "SELECT constituency, status, coalesce(lists, '') FROM outcomes ORDER BY constituency").fetchall()
        with open(outcomes, "w", encoding="utf-8") as out:
            out.write("constituency,status,lists\n")
            for row in rows:
                out.write(",".join(row) + "\n")
    print(json.dumps({
        "engine": "duckdb " + duckdb.__version__,
        "threads": args.threads,
        "wallSeconds": round(wall, 4),
        "cpuSeconds": round(cpu, 4),
        "peakMiB": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "constituencies": count,
    }))


if __name__ == "__main__":
    main()
