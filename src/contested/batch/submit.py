"""Entry point for ``spark-submit``: the same job as ``contested spark``, with the master, the
executors and their resources set by spark-submit rather than ``--master``::

    spark-submit --master yarn --num-executors 20 src/contested/batch/submit.py \\
        '/mnt/cc-news/2024/*.warc.gz' --out /mnt/out/parquet --db /mnt/out/contested.db

Executors need contested installed in their Python (``pip install contested[spark]``), and the
input paths must be readable at the same path by the driver and every executor (a local disk
in local mode, a shared mount on a cluster); object stores (s3a://) are not read yet.
"""

from __future__ import annotations

import sys

from contested.cli import main

if __name__ == "__main__":
    main(["spark", *sys.argv[1:]])
